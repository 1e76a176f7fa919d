/* paths.c — data and user directories. */
#include "paths.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "glose_config.h"
#include "util.h"

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Base data directories in lookup order (NULL entries skipped). */
static size_t bases(const char *out[3])
{
	size_t n = 0;
	const char *env = getenv("GLOSE_DATADIR");
	if (env && *env)
		out[n++] = env;
	/* The source tree, when it is still where the binary was built from:
	 * running from the build directory finds lang/ and themes/ there. */
	if (is_dir(GLOSE_SRCDIR "/lang"))
		out[n++] = GLOSE_SRCDIR;
	out[n++] = GLOSE_DATADIR_INSTALLED;
	return n;
}

char *paths_data(const char *rel)
{
	const char *b[3];
	size_t n = bases(b);
	for (size_t i = 0; i < n; i++) {
		char *p = xasprintf("%s/%s", b[i], rel);
		if (is_file(p))
			return p;
		free(p);
	}
	return NULL;
}

char **paths_data_dirs(const char *sub)
{
	const char *b[3];
	size_t n = bases(b);
	char **out = xcalloc(n + 1, sizeof *out);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		char *p = xasprintf("%s/%s", b[i], sub);
		if (is_dir(p))
			out[k++] = p;
		else
			free(p);
	}
	return out;
}

void paths_free_list(char **list)
{
	if (!list)
		return;
	for (char **p = list; *p; p++)
		free(*p);
	free(list);
}

static char *xdg(const char *var, const char *fallback)
{
	const char *v = getenv(var);
	if (v && *v == '/')
		return xasprintf("%s/glose", v);
	const char *home = getenv("HOME");
	if (!home || !*home)
		home = "/tmp";
	return xasprintf("%s/%s/glose", home, fallback);
}

char *paths_config_dir(void)
{
	return xdg("XDG_CONFIG_HOME", ".config");
}

char *paths_user_data_dir(void)
{
	return xdg("XDG_DATA_HOME", ".local/share");
}

int paths_mkdirs(const char *dir)
{
	char *p = xstrdup(dir);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = 0;
		if (mkdir(p, 0755) != 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	int r = mkdir(p, 0755);
	free(p);
	if (r != 0 && errno != EEXIST)
		return -1;
	return is_dir(dir) ? 0 : -1;
}
