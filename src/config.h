/* config.h — the reader's configuration, read from YAML with libyaml.
 *
 * Lookup order: --config PATH, $GLOSE_CONFIG, $XDG_CONFIG_HOME/glose/config.yaml
 * (default ~/.config/glose/config.yaml), then the built-in defaults.
 * Every option is documented, with its default, in config.example.yaml.
 * Errors read "file:line:col: message" and name the key.
 */
#ifndef GLOSE_CONFIG_H
#define GLOSE_CONFIG_H

#include <stdbool.h>
#include "keys.h"
#include "theme.h"
#include "util.h"

struct lang;

enum pane_id { PANE_NONE = -1, PANE_WHO, PANE_TIMELINE, PANE_ACTORS, PANE_NOTES, PANE_COUNT };
enum pane_side { SIDE_AUTO, SIDE_RIGHT, SIDE_BOTTOM };
enum colour_pref { CPREF_AUTO, CPREF_TRUE, CPREF_256, CPREF_16, CPREF_NONE };

/* The reader's known actors: canonical name, type, aliases. */
struct known_actor {
	char *name;
	char *type;                /* "person", "org", "place" */
	char **aliases;
	size_t naliases;
};

struct config {
	char *path;                /* the file it came from, or NULL for defaults */
	char *theme;               /* theme name or path; default "dark" */
	enum colour_pref colour;   /* colour mode: auto|truecolor|256|16|none */
	struct keymap keys;
	bool pane_open[PANE_COUNT];/* panes open at start */
	enum pane_side pane_side;  /* auto: right if the terminal is wide enough */
	int pane_width;            /* columns for a right pane (default 40) */
	int pane_height;           /* lines for a bottom pane (default 10) */
	int wrap_width;            /* 0 = terminal width; else wrap at this column */
	bool mouse;                /* default false */
	char *modules;             /* extractors on: "all" or a --modules spec */
	char *lang;                /* default language code, NULL = detect */
	char *export_format;       /* default "json" */
	char *export_dir;          /* default NULL: beside the article */
	/* The reader's lexicon additions, merged into the language pack. */
	char **speech_verbs; size_t nspeech_verbs;
	char **titles; size_t ntitles;
	struct known_actor *actors; size_t nactors;
};

void config_defaults(struct config *c);
/* Load a file over the defaults: call config_defaults() first; the file
 * changes only the options it sets.  On error *c is left as it was, so the
 * reader can go on with it.  Errors are EXIT_CONFIG, "file:line:col: message".
 * Relative paths (theme file, export.dir) are taken from the file's folder
 * (config_load_buf: from `name`'s folder, if it has one); "~/" is $HOME. */
int config_load(struct config *c, const char *path, struct gerr *e);
int config_load_buf(struct config *c, const char *name, const char *yaml, size_t len, struct gerr *e);
/* The file to read by the lookup order (explicit may be NULL); NULL if none
 * exists (defaults).  malloc'd. */
char *config_find(const char *explicit_path);
/* The colour mode to use: the `colour` option, or with auto
 * theme_detect_mode(ncolors) (NO_COLOR, COLORTERM, terminfo). */
enum colour_mode config_colour_mode(const struct config *c, int ncolors);
/* Print the effective configuration as YAML (libyaml emitter), in the
 * shape of config.example.yaml; it loads back to the same configuration. */
int config_dump(const struct config *c, struct sbuf *out, struct gerr *e);
/* Merge the reader's lexicon additions into a language pack
 * (lexicons "speech_verbs", "titles", "known_actors", "known_actor_types"). */
void config_apply_lang(const struct config *c, struct lang *l);
void config_free(struct config *c);

#endif
