/* paths.h — where glose finds its data (language packs, themes, samples)
 * and keeps the reader's (config, sidecars).
 *
 * Data directories, in order: $GLOSE_DATADIR; the source tree when the
 * binary runs from its build directory (compiled in as GLOSE_SRCDIR);
 * the installed data dir (GLOSE_DATADIR_INSTALLED, e.g. /usr/local/share/glose).
 */
#ifndef GLOSE_PATHS_H
#define GLOSE_PATHS_H

/* Path of a data file ("lang/fr.yaml", "themes/dark.yaml", "samples/…"),
 * or NULL if it is in no data directory.  malloc'd. */
char *paths_data(const char *rel);
/* Every existing data directory holding `sub` ("lang", "themes"); a
 * NULL-terminated malloc'd array of malloc'd paths. */
char **paths_data_dirs(const char *sub);
/* $XDG_CONFIG_HOME/glose (default ~/.config/glose), malloc'd. */
char *paths_config_dir(void);
/* $XDG_DATA_HOME/glose (default ~/.local/share/glose), malloc'd. */
char *paths_user_data_dir(void);
/* mkdir -p; 0 or -1 with errno. */
int paths_mkdirs(const char *dir);
void paths_free_list(char **list);

#endif
