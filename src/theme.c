/* theme.c — colour themes: the slot table, the built-in themes, theme files,
 * colour-mode detection and SGR sequences for the printer. */
#include "theme.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "paths.h"
#include "yamldoc.h"

static const char *const slot_keys[SLOT_COUNT] = {
#define X(e, k, d) [e] = k,
	THEME_SLOTS(X)
#undef X
};

static const char *const slot_descs[SLOT_COUNT] = {
#define X(e, k, d) [e] = d,
	THEME_SLOTS(X)
#undef X
};

const char *theme_slot_key(enum theme_slot s)
{
	return (int)s >= 0 && s < SLOT_COUNT ? slot_keys[s] : NULL;
}

const char *theme_slot_desc(enum theme_slot s)
{
	return (int)s >= 0 && s < SLOT_COUNT ? slot_descs[s] : NULL;
}

int theme_slot_find(const char *key)
{
	if (!key)
		return -1;
	for (int i = 0; i < SLOT_COUNT; i++)
		if (strcmp(slot_keys[i], key) == 0)
			return i;
	return -1;
}

/* ---- colours ---------------------------------------------------------- */

static const char *const names16[16] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	"bright-black", "bright-red", "bright-green", "bright-yellow",
	"bright-blue", "bright-magenta", "bright-cyan", "bright-white",
};

static int colour16_find(const char *name)
{
	if (!strcmp(name, "default"))
		return -1;
	for (int i = 0; i < 16; i++)
		if (!strcmp(names16[i], name))
			return i;
	return -2;
}

/* xterm's palette: the 16 system colours (xterm defaults), the 6x6x6 cube
 * and the grey ramp. */
int32_t theme_rgb256(int i)
{
	static const int32_t sys[16] = {
		0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
		0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
	};
	static const int cube[6] = {0, 95, 135, 175, 215, 255};
	if (i < 0 || i > 255)
		return -1;
	if (i < 16)
		return sys[i];
	if (i < 232) {
		i -= 16;
		return cube[i / 36] << 16 | cube[(i / 6) % 6] << 8 | cube[i % 6];
	}
	int g = 8 + 10 * (i - 232);
	return g << 16 | g << 8 | g;
}

static double srgb_lin(int c)
{
	double v = c / 255.0;
	return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double lab_f(double t)
{
	return t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116.0;
}

/* CIE L*a*b* (D65) of 0xRRGGBB. */
static void rgb_lab(int32_t rgb, double lab[3])
{
	double r = srgb_lin(rgb >> 16 & 0xff), g = srgb_lin(rgb >> 8 & 0xff), b = srgb_lin(rgb & 0xff);
	double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	double fx = lab_f(x), fy = lab_f(y), fz = lab_f(z);
	lab[0] = 116 * fy - 16;
	lab[1] = 500 * (fx - fy);
	lab[2] = 200 * (fy - fz);
}

static double lab_dist2(const double a[3], const double b[3])
{
	double d0 = a[0] - b[0], d1 = a[1] - b[1], d2 = a[2] - b[2];
	return d0 * d0 + d1 * d1 + d2 * d2;
}

/* The palette entry in [lo, hi] nearest to rgb (CIE76). */
static int nearest(int32_t rgb, int lo, int hi)
{
	double want[3], got[3];
	rgb_lab(rgb, want);
	int best = lo;
	double bestd = INFINITY;
	for (int i = lo; i <= hi; i++) {
		rgb_lab(theme_rgb256(i), got);
		double d = lab_dist2(want, got);
		if (d < bestd) {
			bestd = d;
			best = i;
		}
	}
	return best;
}

static int nearest256(int32_t rgb)
{
	/* 0..15 are whatever the terminal's palette says: use the fixed ones. */
	return rgb < 0 ? -1 : nearest(rgb, 16, 255);
}

static int nearest16(int32_t rgb)
{
	return rgb < 0 ? -1 : nearest(rgb, 0, 15);
}

int theme_colour(const struct style *st, enum colour_mode mode, bool bg, enum colour_mode *kind)
{
	int32_t rgb = bg ? st->bg_rgb : st->fg_rgb;
	int c256 = bg ? st->bg256 : st->fg256;
	int c16 = bg ? st->bg16 : st->fg16;
	if (mode == COLOUR_TRUE && rgb >= 0) {
		*kind = COLOUR_TRUE;
		return rgb;
	}
	if (mode >= COLOUR_256 && c256 >= 0) {
		*kind = COLOUR_256;
		return c256;
	}
	if (mode >= COLOUR_16 && c16 >= 0) {
		*kind = COLOUR_16;
		return c16;
	}
	*kind = COLOUR_NONE;
	return -1;
}

/* ---- built-in themes --------------------------------------------------- */

enum { B = 1, U = 2, R = 4, I = 8, D = 16 };
enum { BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE,
       BBLACK, BRED, BGREEN, BYELLOW, BBLUE, BMAGENTA, BCYAN, BWHITE, DEF = -1 };

#define ST(fg, f256, f16, bg, b256, b16, at) \
	{ (fg), (bg), (f256), (b256), (f16), (b16), \
	  ((at) & B) != 0, ((at) & U) != 0, ((at) & R) != 0, ((at) & I) != 0, ((at) & D) != 0 }
#define FG(fg, f256, f16, at) ST(fg, f256, f16, -1, -1, DEF, at)
#define ATTR(at) ST(-1, -1, DEF, -1, -1, DEF, at)

/* Keep equal to themes/dark.yaml (a test checks). */
static const struct style builtin_dark[SLOT_COUNT] = {
	[SLOT_TEXT]          = FG(0xd0d0d0, 252, WHITE, 0),
	[SLOT_TITLE]         = FG(0xffffff, 231, BWHITE, B),
	[SLOT_ACTOR_PERSON]  = FG(0xffd75f, 221, BYELLOW, B),
	[SLOT_ACTOR_ORG]     = FG(0x5fd7d7, 80, BCYAN, B),
	[SLOT_ACTOR_PLACE]   = FG(0xd7afff, 183, BMAGENTA, B),
	[SLOT_ACTOR_FOCUS]   = ST(0x000000, 16, BLACK, 0x87d7ff, 117, CYAN, B),
	[SLOT_QUOTE]         = FG(0xd7d7af, 187, WHITE, I),
	[SLOT_QUOTE_CURRENT] = ST(-1, -1, DEF, 0x303030, 236, DEF, B),
	[SLOT_CUE]           = FG(0xa8a8a8, 248, BBLACK, I),
	[SLOT_TIME]          = FG(0xafd7ff, 153, BBLUE, U),
	[SLOT_SPEAKER0]      = FG(0x0087ff, 33, BBLUE, 0),
	[SLOT_SPEAKER1]      = FG(0xff5f00, 202, RED, 0),
	[SLOT_SPEAKER2]      = FG(0x00af00, 34, GREEN, 0),
	[SLOT_SPEAKER3]      = FG(0xff0087, 198, MAGENTA, 0),
	[SLOT_SPEAKER4]      = FG(0xaf8700, 136, YELLOW, 0),
	[SLOT_SPEAKER5]      = FG(0xafffaf, 157, BGREEN, 0),
	[SLOT_SPEAKER6]      = FG(0xffafaf, 217, BRED, 0),
	[SLOT_SPEAKER7]      = FG(0xaf5fff, 135, CYAN, 0),
	[SLOT_STATUS]        = ST(0xd0d0d0, 252, BLACK, 0x3a3a3a, 237, WHITE, 0),
	[SLOT_STATUS_ERROR]  = ST(0xffffff, 231, BWHITE, 0xaf0000, 124, RED, B),
	[SLOT_PANE]          = FG(0xbcbcbc, 250, WHITE, 0),
	[SLOT_PANE_TITLE]    = FG(0xffffff, 231, BWHITE, B | U),
	[SLOT_PANE_BORDER]   = FG(0x585858, 240, BBLACK, 0),
	[SLOT_SELECTION]     = ST(0xffffff, 231, BWHITE, 0x005f87, 24, BLUE, 0),
	[SLOT_SEARCH]        = ST(0x000000, 16, BLACK, 0xffaf00, 214, YELLOW, 0),
	[SLOT_NOTE]          = FG(0xd7af87, 180, YELLOW, U),
	[SLOT_NOTE_MARK]     = FG(0xffaf5f, 215, BYELLOW, B),
	[SLOT_CONTROL]       = FG(0xd75f5f, 167, RED, B),
	[SLOT_DIM]           = FG(0x808080, 244, BBLACK, 0),
};

/* Keep equal to themes/mono.yaml (a test checks). */
static const struct style builtin_mono[SLOT_COUNT] = {
	[SLOT_TEXT]          = ATTR(0),
	[SLOT_TITLE]         = ATTR(B | U),
	[SLOT_ACTOR_PERSON]  = ATTR(B),
	[SLOT_ACTOR_ORG]     = ATTR(B),
	[SLOT_ACTOR_PLACE]   = ATTR(B),
	[SLOT_ACTOR_FOCUS]   = ATTR(B | R),
	[SLOT_QUOTE]         = ATTR(0),
	[SLOT_QUOTE_CURRENT] = ATTR(R),
	[SLOT_CUE]           = ATTR(0),
	[SLOT_TIME]          = ATTR(U),
	[SLOT_SPEAKER0]      = ATTR(0),
	[SLOT_SPEAKER1]      = ATTR(0),
	[SLOT_SPEAKER2]      = ATTR(0),
	[SLOT_SPEAKER3]      = ATTR(0),
	[SLOT_SPEAKER4]      = ATTR(0),
	[SLOT_SPEAKER5]      = ATTR(0),
	[SLOT_SPEAKER6]      = ATTR(0),
	[SLOT_SPEAKER7]      = ATTR(0),
	[SLOT_STATUS]        = ATTR(R),
	[SLOT_STATUS_ERROR]  = ATTR(B | R),
	[SLOT_PANE]          = ATTR(0),
	[SLOT_PANE_TITLE]    = ATTR(B),
	[SLOT_PANE_BORDER]   = ATTR(0),
	[SLOT_SELECTION]     = ATTR(R),
	[SLOT_SEARCH]        = ATTR(R | U),
	[SLOT_NOTE]          = ATTR(U),
	[SLOT_NOTE_MARK]     = ATTR(B),
	[SLOT_CONTROL]       = ATTR(B),
	[SLOT_DIM]           = ATTR(0),
};

static void theme_set_builtin(struct theme *t, const char *name, const struct style *slots)
{
	t->name = xstrdup(name);
	memcpy(t->slot, slots, sizeof t->slot);
}

void theme_default(struct theme *t)
{
	theme_set_builtin(t, "dark", builtin_dark);
}

int theme_builtin(struct theme *t, const char *name)
{
	if (name && !strcmp(name, "dark"))
		theme_set_builtin(t, "dark", builtin_dark);
	else if (name && !strcmp(name, "mono"))
		theme_set_builtin(t, "mono", builtin_mono);
	else
		return -1;
	return 0;
}

void theme_free(struct theme *t)
{
	free(t->name);
	t->name = NULL;
}

/* ---- theme files -------------------------------------------------------- */

static const char *const attr_keys[] = {"bold", "underline", "reverse", "italic", "dim"};

static bool *attr_field(struct style *st, size_t i)
{
	bool *f[] = {&st->bold, &st->underline, &st->reverse, &st->italic, &st->dim};
	return f[i];
}

static int parse_hex(const char *s, int32_t *out)
{
	if (!strcmp(s, "default")) {
		*out = -1;
		return 0;
	}
	if (s[0] != '#' || strlen(s) != 7)
		return -1;
	int32_t v = 0;
	for (int i = 1; i < 7; i++) {
		char c = s[i];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
		        : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		v = v << 4 | d;
	}
	*out = v;
	return 0;
}

enum { F_FG, F_BG, F_FG256, F_BG256, F_FG16, F_BG16, F_COUNT };
static const char *const colour_keys[F_COUNT] = {"fg", "bg", "fg256", "bg256", "fg16", "bg16"};

static int parse_style(const struct ydoc *d, const char *slot, yaml_node_t *n, struct style *st,
                       struct gerr *e)
{
	if (n->type != YAML_MAPPING_NODE && !ydoc_is_null(n))
		return ydoc_err(d, n, e, "'%s' must be a mapping such as {fg: \"#d0d0d0\", fg256: 252, "
		                "fg16: white, bold: true}", slot);
	*st = (struct style)ATTR(0);
	if (n->type != YAML_MAPPING_NODE)
		return 0;
	if (ydoc_check_keys(d, n, slot, e) != 0)
		return -1;
	bool given[F_COUNT] = {0};
	for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ydoc_node(d, p->key), *v = ydoc_node(d, p->value);
		const char *key = ydoc_str(k), *val = ydoc_str(v);
		int f = -1;
		for (int i = 0; i < F_COUNT; i++)
			if (!strcmp(key, colour_keys[i]))
				f = i;
		if (f == F_FG || f == F_BG) {
			int32_t *dst = f == F_FG ? &st->fg_rgb : &st->bg_rgb;
			if (!val || parse_hex(val, dst) != 0)
				return ydoc_err(d, v, e, "bad colour '%s' for '%s.%s': write \"#rrggbb\" or default",
				                val ? val : "", slot, key);
		} else if (f == F_FG256 || f == F_BG256) {
			int16_t *dst = f == F_FG256 ? &st->fg256 : &st->bg256;
			long x;
			if (val && !strcmp(val, "default"))
				*dst = -1;
			else if (ydoc_int(v, 0, 255, &x) == 0)
				*dst = (int16_t)x;
			else
				return ydoc_err(d, v, e, "bad colour '%s' for '%s.%s': write a number from 0 to 255 "
				                "or default", val ? val : "", slot, key);
		} else if (f == F_FG16 || f == F_BG16) {
			int c = val ? colour16_find(val) : -2;
			if (c == -2)
				return ydoc_err(d, v, e, "bad colour '%s' for '%s.%s': write black, red, green, "
				                "yellow, blue, magenta, cyan, white, bright-black ... bright-white "
				                "or default", val ? val : "", slot, key);
			*(f == F_FG16 ? &st->fg16 : &st->bg16) = (int8_t)c;
		} else {
			size_t a = ARRAY_LEN(attr_keys);
			for (size_t i = 0; i < ARRAY_LEN(attr_keys); i++)
				if (!strcmp(key, attr_keys[i]))
					a = i;
			if (a == ARRAY_LEN(attr_keys))
				return ydoc_err(d, k, e, "unknown key '%s' in '%s'", key, slot);
			if (ydoc_bool(v, attr_field(st, a)) != 0)
				return ydoc_err(d, v, e, "'%s.%s' must be true or false", slot, key);
			continue;
		}
		given[f] = true;
	}
	/* Fill the modes a slot leaves out from the richer value it gives. */
	if (!given[F_FG256] && st->fg_rgb >= 0)
		st->fg256 = (int16_t)nearest256(st->fg_rgb);
	if (!given[F_BG256] && st->bg_rgb >= 0)
		st->bg256 = (int16_t)nearest256(st->bg_rgb);
	if (!given[F_FG16] && st->fg256 >= 0)
		st->fg16 = (int8_t)nearest16(theme_rgb256(st->fg256));
	if (!given[F_BG16] && st->bg256 >= 0)
		st->bg16 = (int8_t)nearest16(theme_rgb256(st->bg256));
	return 0;
}

/* "themes/high-contrast.yaml" -> "high-contrast" */
static char *stem(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	size_t n = strlen(b);
	if (n > 5 && !strcmp(b + n - 5, ".yaml"))
		n -= 5;
	return xstrndup(b, n);
}

static int parse_theme(struct theme *t, const struct ydoc *d, struct gerr *e)
{
	yaml_node_t *root = ydoc_root(d);
	if (!root || ydoc_is_null(root))
		return 0;
	if (root->type != YAML_MAPPING_NODE)
		return ydoc_err(d, root, e, "a theme must be a mapping with 'name' and 'slots'");
	if (ydoc_check_keys(d, root, NULL, e) != 0)
		return -1;
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ydoc_node(d, p->key), *v = ydoc_node(d, p->value);
		const char *key = ydoc_str(k);
		if (!strcmp(key, "name")) {
			if (v->type != YAML_SCALAR_NODE || ydoc_is_null(v))
				return ydoc_err(d, v, e, "'name' must be a string");
			free(t->name);
			t->name = xstrdup(ydoc_str(v));
		} else if (!strcmp(key, "slots")) {
			if (ydoc_is_null(v))
				continue;
			if (v->type != YAML_MAPPING_NODE)
				return ydoc_err(d, v, e, "'slots' must be a mapping from slot names to styles");
			if (ydoc_check_keys(d, v, "slots", e) != 0)
				return -1;
			for (yaml_node_pair_t *q = v->data.mapping.pairs.start; q < v->data.mapping.pairs.top; q++) {
				yaml_node_t *sk = ydoc_node(d, q->key);
				int s = theme_slot_find(ydoc_str(sk));
				if (s < 0)
					return ydoc_err(d, sk, e, "unknown slot '%s'", ydoc_str(sk));
				if (parse_style(d, slot_keys[s], ydoc_node(d, q->value), &t->slot[s], e) != 0)
					return -1;
			}
		} else {
			return ydoc_err(d, k, e, "unknown key '%s'", key);
		}
	}
	return 0;
}

int theme_load_buf(struct theme *t, const char *name, const char *yaml, size_t len, struct gerr *e)
{
	struct theme nt;
	theme_default(&nt);
	free(nt.name);
	nt.name = stem(name);
	struct ydoc d;
	int r = ydoc_load(&d, name, yaml, len, e);
	if (r == 0)
		r = parse_theme(&nt, &d, e);
	ydoc_free(&d);
	if (r != 0) {
		theme_free(&nt);
		return -1;
	}
	theme_free(t);
	*t = nt;
	return 0;
}

static bool is_path(const char *s)
{
	size_t n = strlen(s);
	return strchr(s, '/') || (n >= 5 && !strcmp(s + n - 5, ".yaml"));
}

static bool is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Directories searched for named themes, in order; NULL-terminated. */
static char **theme_dirs(void)
{
	char *cfg = paths_config_dir();
	char **data = paths_data_dirs("themes");
	size_t n = 0;
	while (data[n])
		n++;
	char **dirs = xcalloc(n + 2, sizeof *dirs);
	dirs[0] = xasprintf("%s/themes", cfg);
	memcpy(dirs + 1, data, n * sizeof *dirs);
	free(data);
	free(cfg);
	return dirs;
}

static bool good_name(const char *s)
{
	return *s && *s != '.' && !strchr(s, '/');
}

char *theme_find(const char *name_or_path)
{
	if (!name_or_path || !*name_or_path)
		return NULL;
	if (is_path(name_or_path))
		return is_file(name_or_path) ? xstrdup(name_or_path) : NULL;
	if (!good_name(name_or_path))
		return NULL;
	char **dirs = theme_dirs();
	char *found = NULL;
	for (size_t i = 0; dirs[i] && !found; i++) {
		char *p = xasprintf("%s/%s.yaml", dirs[i], name_or_path);
		if (is_file(p))
			found = p;
		else
			free(p);
	}
	paths_free_list(dirs);
	return found;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **theme_list(void)
{
	char **dirs = theme_dirs();
	char **out = NULL;
	size_t n = 0, cap = 0;
	const char *builtins[] = {"dark", "mono"};
	for (size_t i = 0; i < ARRAY_LEN(builtins); i++) {
		out = xgrow(out, &cap, n + 1, sizeof *out);
		out[n++] = xstrdup(builtins[i]);
	}
	for (size_t i = 0; dirs[i]; i++) {
		DIR *dir = opendir(dirs[i]);
		if (!dir)
			continue;
		struct dirent *de;
		while ((de = readdir(dir))) {
			size_t len = strlen(de->d_name);
			if (len <= 5 || de->d_name[0] == '.' || strcmp(de->d_name + len - 5, ".yaml"))
				continue;
			out = xgrow(out, &cap, n + 1, sizeof *out);
			out[n++] = xstrndup(de->d_name, len - 5);
		}
		closedir(dir);
	}
	paths_free_list(dirs);
	qsort(out, n, sizeof *out, cmp_str);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (k && !strcmp(out[k - 1], out[i]))
			free(out[i]);
		else
			out[k++] = out[i];
	}
	out = xrealloc(out, (k + 1) * sizeof *out);
	out[k] = NULL;
	return out;
}

int theme_load(struct theme *t, const char *name_or_path, struct gerr *e)
{
	char *path = theme_find(name_or_path);
	if (!path) {
		struct theme bt;
		if (theme_builtin(&bt, name_or_path) == 0) {
			theme_free(t);
			*t = bt;
			return 0;
		}
		if (name_or_path && is_path(name_or_path))
			return gerr_set(e, EXIT_CONFIG, "%s: no such theme file", name_or_path);
		char **names = theme_list();
		struct sbuf b = {0};
		for (size_t i = 0; names[i]; i++)
			sbuf_addf(&b, "%s%s", i ? ", " : "", names[i]);
		paths_free_list(names);
		gerr_set(e, EXIT_CONFIG, "unknown theme '%s' (available: %s)", name_or_path ? name_or_path : "",
		         b.s ? b.s : "");
		sbuf_free(&b);
		return -1;
	}
	char *data = NULL;
	size_t len = 0;
	int r = file_read_all(path, &data, &len, e);
	if (r == 0)
		r = theme_load_buf(t, path, data, len, e);
	else if (e)
		e->code = EXIT_CONFIG;
	free(data);
	free(path);
	return r;
}

bool theme_has_colour(const struct theme *t)
{
	for (int i = 0; i < SLOT_COUNT; i++) {
		const struct style *s = &t->slot[i];
		if (s->fg_rgb >= 0 || s->bg_rgb >= 0 || s->fg256 >= 0 || s->bg256 >= 0 || s->fg16 >= 0 ||
		    s->bg16 >= 0)
			return true;
	}
	return false;
}

int theme_open(struct theme *t, const char *name_or_path, enum colour_mode mode, struct gerr *e)
{
	if (theme_load(t, name_or_path, e) != 0)
		return -1;
	if (mode == COLOUR_NONE && theme_has_colour(t))
		return theme_load(t, "mono", e);
	return 0;
}

/* ---- terminal ------------------------------------------------------------ */

enum colour_mode theme_detect_mode(int ncolors)
{
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		return COLOUR_NONE;
	const char *ct = getenv("COLORTERM");
	if (ct && (!strcmp(ct, "truecolor") || !strcmp(ct, "24bit")))
		return COLOUR_TRUE;
	if (ncolors >= 256)
		return COLOUR_256;
	if (ncolors >= 8)
		return COLOUR_16;
	return COLOUR_NONE;
}

enum theme_slot theme_speaker_slot(int actor)
{
	if (actor < 0)
		return SLOT_QUOTE;
	return (enum theme_slot)(SLOT_SPEAKER0 + actor % THEME_SPEAKERS);
}

static void sgr_colour(struct sbuf *b, const struct style *st, enum colour_mode mode, bool bg)
{
	enum colour_mode kind;
	int c = theme_colour(st, mode, bg, &kind);
	switch (kind) {
	case COLOUR_TRUE:
		sbuf_addf(b, ";%d;2;%d;%d;%d", bg ? 48 : 38, c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff);
		break;
	case COLOUR_256:
		sbuf_addf(b, ";%d;5;%d", bg ? 48 : 38, c);
		break;
	case COLOUR_16:
		sbuf_addf(b, ";%d", (c < 8 ? 30 : 90 - 8) + c + (bg ? 10 : 0));
		break;
	case COLOUR_NONE:
		break;
	}
}

char *theme_sgr(const struct style *st, enum colour_mode mode, char *buf, size_t n)
{
	if (!buf || n == 0)
		return buf;
	struct sbuf b = {0};
	sbuf_puts(&b, "\x1b[0");
	if (st->bold)
		sbuf_puts(&b, ";1");
	if (st->dim)
		sbuf_puts(&b, ";2");
	if (st->italic)
		sbuf_puts(&b, ";3");
	if (st->underline)
		sbuf_puts(&b, ";4");
	if (st->reverse)
		sbuf_puts(&b, ";7");
	if (mode != COLOUR_NONE) {
		sgr_colour(&b, st, mode, false);
		sgr_colour(&b, st, mode, true);
	}
	sbuf_addc(&b, 'm');
	/* A sequence cut short would garble the terminal: all or nothing. */
	if (b.len < n)
		memcpy(buf, b.s, b.len + 1);
	else
		buf[0] = 0;
	sbuf_free(&b);
	return buf;
}
