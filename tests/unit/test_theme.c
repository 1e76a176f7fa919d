/* test_theme.c — slots, built-in and installed themes, theme files and
 * their errors, colour modes, SGR sequences. */
#include "testutil.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"
#include "theme.h"

static char *themes_dir(void)
{
	const char *d = getenv("GLOSE_DATADIR");
	return xasprintf("%s/themes", d ? d : ".");
}

static void style_eq(const char *what, const char *slot, const struct style *a, const struct style *b)
{
	if (a->fg_rgb != b->fg_rgb || a->bg_rgb != b->bg_rgb || a->fg256 != b->fg256 || a->bg256 != b->bg256 ||
	    a->fg16 != b->fg16 || a->bg16 != b->bg16 || a->bold != b->bold || a->underline != b->underline ||
	    a->reverse != b->reverse || a->italic != b->italic || a->dim != b->dim)
		fail_msg("%s: slot %s differs", what, slot);
}

static void test_slots(void **state)
{
	(void)state;
	for (int i = 0; i < SLOT_COUNT; i++) {
		const char *k = theme_slot_key((enum theme_slot)i);
		assert_non_null(k);
		assert_true(strlen(theme_slot_desc((enum theme_slot)i)) > 0);
		assert_int_equal(theme_slot_find(k), i);
	}
	assert_string_equal(theme_slot_key(SLOT_ACTOR_PERSON), "actor.person");
	assert_string_equal(theme_slot_key(SLOT_SPEAKER7), "speaker.7");
	assert_int_equal(theme_slot_find("speaker.8"), -1);
	assert_int_equal(theme_slot_find(NULL), -1);
	assert_null(theme_slot_key(SLOT_COUNT));
	assert_int_equal(SLOT_SPEAKER7 - SLOT_SPEAKER0 + 1, THEME_SPEAKERS);
}

/* Load themes/<file> and check the file itself: every slot is written out,
 * and every colour it gives comes in all three modes. */
static void load_installed(const char *file, struct theme *t)
{
	char *dir = themes_dir();
	char *path = xasprintf("%s/%s", dir, file);
	struct gerr e = {0};
	theme_default(t);
	if (theme_load(t, path, &e) != 0)
		fail_msg("%s: %s", path, e.msg);
	char *text = NULL;
	size_t len;
	assert_int_equal(file_read_all(path, &text, &len, &e), 0);
	for (int i = 0; i < SLOT_COUNT; i++) {
		char *pat = xasprintf("\n  %s:", theme_slot_key((enum theme_slot)i));
		const char *line = strstr(text, pat);
		if (!line)
			fail_msg("%s does not set slot %s", file, theme_slot_key((enum theme_slot)i));
		line++;
		size_t n = strcspn(line, "\n");
		char *l = xstrndup(line, n);
		bool fg = strstr(l, " fg:") || strstr(l, "{fg:"), bg = strstr(l, " bg:") || strstr(l, "{bg:");
		if (fg && !(strstr(l, "fg256:") && strstr(l, "fg16:")))
			fail_msg("%s: %s gives fg without fg256 and fg16", file, l);
		if (bg && !(strstr(l, "bg256:") && strstr(l, "bg16:")))
			fail_msg("%s: %s gives bg without bg256 and bg16", file, l);
		free(l);
		free(pat);
	}
	free(text);
	free(path);
	free(dir);
}

static void test_docs_list_slots(void **state)
{
	(void)state;
	const char *d = getenv("GLOSE_DATADIR");
	char *p = xasprintf("%s/docs/config.md", d ? d : ".");
	char *md = NULL;
	size_t len;
	struct gerr e = {0};
	if (file_read_all(p, &md, &len, &e) != 0)
		fail_msg("%s", e.msg);
	for (int i = 0; i < SLOT_COUNT; i++) {
		char *pat = xasprintf("| `%s` | %s |", theme_slot_key((enum theme_slot)i),
		                      theme_slot_desc((enum theme_slot)i));
		if (!strstr(md, pat))
			fail_msg("docs/config.md does not list the slot %s", theme_slot_key((enum theme_slot)i));
		free(pat);
	}
	free(md);
	free(p);
}

static void test_every_installed_theme_loads(void **state)
{
	(void)state;
	char *dir = themes_dir();
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *de;
	int n = 0;
	bool seen[4] = {0};
	const char *need[4] = {"dark.yaml", "light.yaml", "high-contrast.yaml", "mono.yaml"};
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".yaml"))
			continue;
		struct theme t;
		load_installed(de->d_name, &t);
		/* The name inside matches the file name. */
		char *stem = xstrndup(de->d_name, len - 5);
		assert_string_equal(t.name, stem);
		free(stem);
		for (int i = 0; i < 4; i++)
			seen[i] |= !strcmp(de->d_name, need[i]);
		theme_free(&t);
		n++;
	}
	closedir(d);
	free(dir);
	assert_true(n >= 4);
	for (int i = 0; i < 4; i++)
		if (!seen[i])
			fail_msg("themes/%s is missing", need[i]);
}

static void test_files_equal_builtins(void **state)
{
	(void)state;
	const char *names[] = {"dark", "mono"};
	for (size_t k = 0; k < ARRAY_LEN(names); k++) {
		struct theme file, built;
		char *f = xasprintf("%s.yaml", names[k]);
		load_installed(f, &file);
		assert_int_equal(theme_builtin(&built, names[k]), 0);
		assert_string_equal(built.name, names[k]);
		for (int i = 0; i < SLOT_COUNT; i++)
			style_eq(f, theme_slot_key((enum theme_slot)i), &file.slot[i], &built.slot[i]);
		theme_free(&file);
		theme_free(&built);
		free(f);
	}
	struct theme t;
	theme_default(&t);
	assert_string_equal(t.name, "dark");
	assert_true(theme_has_colour(&t));
	theme_free(&t);
	assert_int_equal(theme_builtin(&t, "light"), -1);
}

static void test_mono_has_no_colour(void **state)
{
	(void)state;
	struct theme t;
	load_installed("mono.yaml", &t);
	assert_false(theme_has_colour(&t));
	int attrs = 0;
	for (int i = 0; i < SLOT_COUNT; i++) {
		assert_false(t.slot[i].italic);
		assert_false(t.slot[i].dim);
		attrs += t.slot[i].bold + t.slot[i].underline + t.slot[i].reverse;
	}
	assert_true(attrs > 10);
	/* Names, the current quotation, search matches still stand out. */
	const struct style *s = t.slot;
	assert_true(s[SLOT_ACTOR_PERSON].bold);
	assert_true(s[SLOT_QUOTE_CURRENT].reverse);
	assert_true(s[SLOT_SEARCH].reverse);
	assert_true(s[SLOT_TIME].underline);
	theme_free(&t);
}

/* ---- palettes: measured, not eyeballed ---- */

static double lin(int c)
{
	double v = c / 255.0;
	return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double luminance(int32_t rgb)
{
	return 0.2126 * lin(rgb >> 16 & 0xff) + 0.7152 * lin(rgb >> 8 & 0xff) + 0.0722 * lin(rgb & 0xff);
}

/* WCAG 2 contrast ratio. */
static double contrast(int32_t a, int32_t b)
{
	double la = luminance(a), lb = luminance(b);
	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static double f_lab(double t)
{
	return t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116.0;
}

/* CIE76 colour difference. */
static double delta_e(int32_t a, int32_t b)
{
	double l[2][3];
	int32_t c[2] = {a, b};
	for (int i = 0; i < 2; i++) {
		double r = lin(c[i] >> 16 & 0xff), g = lin(c[i] >> 8 & 0xff), bl = lin(c[i] & 0xff);
		double x = f_lab((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
		double y = f_lab(0.2126 * r + 0.7152 * g + 0.0722 * bl);
		double z = f_lab((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
		l[i][0] = 116 * y - 16;
		l[i][1] = 500 * (x - y);
		l[i][2] = 200 * (y - z);
	}
	return sqrt(pow(l[0][0] - l[1][0], 2) + pow(l[0][1] - l[1][1], 2) + pow(l[0][2] - l[1][2], 2));
}

struct palette_case {
	const char *file;
	int32_t background;        /* the terminal background the theme is for */
	double min_contrast;
};

static void test_palettes(void **state)
{
	(void)state;
	const struct palette_case cases[] = {
		{"dark.yaml", 0x1c1c1c, 4.5},
		{"light.yaml", 0xffffff, 4.5},
		{"high-contrast.yaml", 0x000000, 7.0},
	};
	/* The 8 speaker colours and the 3 actor-type colours. */
	const enum theme_slot pal[] = {
		SLOT_SPEAKER0, SLOT_SPEAKER1, SLOT_SPEAKER2, SLOT_SPEAKER3, SLOT_SPEAKER4, SLOT_SPEAKER5,
		SLOT_SPEAKER6, SLOT_SPEAKER7, SLOT_ACTOR_PERSON, SLOT_ACTOR_ORG, SLOT_ACTOR_PLACE,
	};
	for (size_t c = 0; c < ARRAY_LEN(cases); c++) {
		struct theme t;
		load_installed(cases[c].file, &t);
		for (size_t i = 0; i < ARRAY_LEN(pal); i++) {
			const struct style *a = &t.slot[pal[i]];
			const char *ka = theme_slot_key(pal[i]);
			assert_true(a->fg_rgb >= 0 && a->fg256 >= 0 && a->fg16 >= 0);
			double con = contrast(a->fg_rgb, cases[c].background);
			if (con < cases[c].min_contrast)
				fail_msg("%s: %s contrast %.2f < %.1f", cases[c].file, ka, con, cases[c].min_contrast);
			/* The 256-colour value is the same colour, near enough. */
			double d256 = delta_e(a->fg_rgb, theme_rgb256(a->fg256));
			if (d256 > 5)
				fail_msg("%s: %s fg256 is %.1f away from fg", cases[c].file, ka, d256);
			for (size_t j = 0; j < i; j++) {
				const struct style *b = &t.slot[pal[j]];
				double de = delta_e(a->fg_rgb, b->fg_rgb);
				if (de < 25)
					fail_msg("%s: %s and %s too alike (dE %.1f)", cases[c].file, ka,
					         theme_slot_key(pal[j]), de);
				assert_int_not_equal(a->fg256, b->fg256);
				/* 16 colours cannot keep 11 apart on every background;
				 * the speakers among themselves they can. */
				if (i < THEME_SPEAKERS && a->fg16 == b->fg16)
					fail_msg("%s: %s and %s share fg16", cases[c].file, ka, theme_slot_key(pal[j]));
			}
		}
		/* Text reads well too. */
		assert_true(contrast(t.slot[SLOT_TEXT].fg_rgb, cases[c].background) >= 7);
		theme_free(&t);
	}
}

static void load_ok(struct theme *t, const char *yaml)
{
	struct gerr e = {0};
	theme_default(t);
	if (theme_load_buf(t, "t.yaml", yaml, strlen(yaml), &e) != 0)
		fail_msg("%s", e.msg);
}

static void test_file_semantics(void **state)
{
	(void)state;
	struct theme t, dark;
	theme_default(&dark);
	/* A slot given only in truecolor gets the nearest 256 and 16 colours;
	 * slots left out keep the built-in values; the name defaults to the
	 * file's. */
	load_ok(&t, "slots:\n  text: {fg: \"#ff0000\", underline: true}\n"
	            "  title: {fg256: 21}\n  note: {fg16: bright-cyan, bg: default}\n");
	assert_string_equal(t.name, "t");
	assert_int_equal(t.slot[SLOT_TEXT].fg_rgb, 0xff0000);
	assert_int_equal(t.slot[SLOT_TEXT].fg256, 196);
	assert_int_equal(t.slot[SLOT_TEXT].fg16, 9);
	assert_int_equal(t.slot[SLOT_TEXT].bg_rgb, -1);
	assert_true(t.slot[SLOT_TEXT].underline);
	assert_false(t.slot[SLOT_TEXT].bold);
	assert_int_equal(t.slot[SLOT_TITLE].fg_rgb, -1);
	assert_int_equal(t.slot[SLOT_TITLE].fg256, 21);
	assert_int_equal(t.slot[SLOT_TITLE].fg16, 4);        /* #0000ff -> blue (#0000ee) */
	assert_false(t.slot[SLOT_TITLE].bold);                /* a slot given starts empty */
	assert_int_equal(t.slot[SLOT_NOTE].fg16, 14);
	assert_int_equal(t.slot[SLOT_NOTE].fg256, -1);
	style_eq("t.yaml", "pane", &t.slot[SLOT_PANE], &dark.slot[SLOT_PANE]);
	theme_free(&t);
	/* name:, all attributes, explicit defaults, an empty slot. */
	load_ok(&t, "name: mine\nslots:\n  cue: {bold: true, underline: True, reverse: TRUE, italic: false, dim: true,"
	            " fg: default, fg256: default, fg16: default, bg: \"#0A0b0C\", bg256: 0, bg16: black}\n"
	            "  pane:\n");
	assert_string_equal(t.name, "mine");
	const struct style *s = &t.slot[SLOT_CUE];
	assert_true(s->bold && s->underline && s->reverse && !s->italic && s->dim);
	assert_int_equal(s->fg_rgb, -1);
	assert_int_equal(s->fg256, -1);
	assert_int_equal(s->fg16, -1);
	assert_int_equal(s->bg_rgb, 0x0a0b0c);
	assert_int_equal(s->bg256, 0);
	assert_int_equal(s->bg16, 0);
	assert_int_equal(t.slot[SLOT_PANE].fg_rgb, -1);
	theme_free(&t);
	/* An empty file is the built-in theme. */
	load_ok(&t, "");
	style_eq("empty", "text", &t.slot[SLOT_TEXT], &dark.slot[SLOT_TEXT]);
	theme_free(&t);
	theme_free(&dark);
}

struct err_case {
	const char *yaml;
	const char *msg;
};

static void test_file_errors(void **state)
{
	(void)state;
	const struct err_case cases[] = {
		{"slots:\n  txt: {fg: \"#ffffff\"}\n", "t.yaml:2:3: unknown slot 'txt'"},
		{"slots:\n  text: {colour: red}\n", "t.yaml:2:10: unknown key 'colour' in 'text'"},
		{"slots:\n  text: {fg: red}\n",
		 "t.yaml:2:14: bad colour 'red' for 'text.fg': write \"#rrggbb\" or default"},
		{"slots:\n  text: {bg: \"#12345\"}\n",
		 "t.yaml:2:14: bad colour '#12345' for 'text.bg': write \"#rrggbb\" or default"},
		{"slots:\n  text: {fg: \"#12345g\"}\n",
		 "t.yaml:2:14: bad colour '#12345g' for 'text.fg': write \"#rrggbb\" or default"},
		{"slots:\n  text: {fg: [1]}\n",
		 "t.yaml:2:14: bad colour '' for 'text.fg': write \"#rrggbb\" or default"},
		{"slots:\n  time: {fg256: 256}\n",
		 "t.yaml:2:17: bad colour '256' for 'time.fg256': write a number from 0 to 255 or default"},
		{"slots:\n  time: {bg256: -1}\n",
		 "t.yaml:2:17: bad colour '-1' for 'time.bg256': write a number from 0 to 255 or default"},
		{"slots:\n  quote: {fg16: purple}\n",
		 "t.yaml:2:17: bad colour 'purple' for 'quote.fg16': write black, red, green, yellow, blue, "
		 "magenta, cyan, white, bright-black ... bright-white or default"},
		{"slots:\n  quote: {bold: yes}\n", "t.yaml:2:17: 'quote.bold' must be true or false"},
		{"slots:\n  quote: \"#ffffff\"\n",
		 "t.yaml:2:10: 'quote' must be a mapping such as {fg: \"#d0d0d0\", fg256: 252, fg16: white, "
		 "bold: true}"},
		{"slots: [text]\n", "t.yaml:1:8: 'slots' must be a mapping from slot names to styles"},
		{"name: [a]\n", "t.yaml:1:7: 'name' must be a string"},
		{"colours: {}\n", "t.yaml:1:1: unknown key 'colours'"},
		{"- text\n", "t.yaml:1:1: a theme must be a mapping with 'name' and 'slots'"},
		{"slots:\n  text: {}\n  text: {}\n", "t.yaml:3:3: duplicate key \"text\" (first at line 2)"},
		{"slots:\n  text: {bold: true, bold: false}\n", "t.yaml:2:22: duplicate key \"bold\" (first at line 2)"},
		{"name: a\nname: b\n", "t.yaml:2:1: duplicate key \"name\" (first at line 1)"},
		{"name: a\nslots:\n  text:\n    fg: \"#ffffff\"\n    bold: true\n    fg: \"#000000\"\n",
		 "t.yaml:6:5: duplicate key \"fg\" (first at line 4)"},
		{"slots:\n  text: {}\nname: a\nslots: {}\n", "t.yaml:4:1: duplicate key \"slots\" (first at line 1)"},
		/* control characters in a key are not printed */
		{"slots:\n  \"a\\tb\": {}\n  \"a\\tb\": {}\n", "t.yaml:3:3: duplicate key \"a?b\" (first at line 2)"},
		{"slots:\n  text: {fg: \"#ffffff\"\n", "t.yaml:3:1: while parsing a flow mapping did not find "
		 "expected ',' or '}' (line 2)"},
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct theme t;
		struct gerr e = {0};
		theme_default(&t);
		if (theme_load_buf(&t, "t.yaml", cases[i].yaml, strlen(cases[i].yaml), &e) == 0)
			fail_msg("case %zu should fail", i);
		assert_string_equal(e.msg, cases[i].msg);
		assert_int_equal(e.code, EXIT_CONFIG);
		/* On error the theme is left as it was. */
		assert_string_equal(t.name, "dark");
		theme_free(&t);
	}
}

static void test_alias_bomb(void **state)
{
	(void)state;
	/* "Billion laughs": 9 levels of 9 aliases would be 9^9 nodes. */
	struct sbuf b = {0};
	sbuf_puts(&b, "a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
	for (int i = 1; i < 10; i++) {
		sbuf_addf(&b, "a%d: &a%d [", i, i);
		for (int j = 0; j < 9; j++)
			sbuf_addf(&b, "%s*a%d", j ? ", " : "", i - 1);
		sbuf_puts(&b, "]\n");
	}
	sbuf_puts(&b, "slots:\n  text: {fg: \"#ffffff\"}\n");
	struct theme t = {0};
	struct gerr e = {0};
	assert_int_equal(theme_load_buf(&t, "bomb.yaml", b.s, b.len, &e), -1);
	assert_string_equal(e.msg, "bomb.yaml:5:5: too many alias expansions");
	theme_free(&t);
	sbuf_free(&b);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_lookup(void **state)
{
	(void)state;
	struct theme t = {0};      /* a zeroed theme may be loaded over */
	struct gerr e = {0};
	char tmpl[] = "/tmp/glose-theme-XXXXXX";
	char *tmp = mkdtemp(tmpl);
	assert_non_null(tmp);
	char *old = getenv("XDG_CONFIG_HOME") ? xstrdup(getenv("XDG_CONFIG_HOME")) : NULL;
	setenv("XDG_CONFIG_HOME", tmp, 1);

	/* Installed themes by name. */
	assert_int_equal(theme_load(&t, "light", &e), 0);
	assert_string_equal(t.name, "light");
	theme_free(&t);
	char **names = theme_list();
	struct sbuf b = {0};
	for (size_t i = 0; names[i]; i++)
		sbuf_addf(&b, "%s%s", i ? "," : "", names[i]);
	assert_string_equal(b.s, "dark,high-contrast,light,mono");
	sbuf_free(&b);
	paths_free_list(names);
	assert_int_equal(theme_load(&t, "light", &e), 0);
	assert_int_equal(theme_load(&t, "solarized", &e), -1);
	assert_string_equal(e.msg, "unknown theme 'solarized' (available: dark, high-contrast, light, mono)");
	assert_int_equal(e.code, EXIT_CONFIG);
	assert_string_equal(t.name, "light");     /* an error leaves the theme as it was */
	/* Built-in themes need no file. */
	assert_int_equal(theme_load(&t, "mono", &e), 0);
	assert_string_equal(t.name, "mono");
	theme_free(&t);
	assert_int_equal(theme_load(&t, "../light", &e), -1);
	assert_string_equal(e.msg, "../light: no such theme file");
	theme_free(&t);
	assert_null(theme_find(".hidden"));
	assert_null(theme_find(""));

	/* The user's themes come first, and are listed. */
	char *dir = xasprintf("%s/glose/themes", tmp);
	assert_int_equal(paths_mkdirs(dir), 0);
	char *mine = xasprintf("%s/light.yaml", dir);
	write_file(mine, "name: my-light\nslots:\n  text: {fg: \"#000000\"}\n");
	char *ocean = xasprintf("%s/ocean.yaml", dir);
	write_file(ocean, "slots:\n  text: {fg: \"#000080\"}\n");
	assert_int_equal(theme_load(&t, "light", &e), 0);
	assert_string_equal(t.name, "my-light");
	theme_free(&t);
	assert_int_equal(theme_load(&t, "ocean", &e), 0);
	assert_string_equal(t.name, "ocean");
	assert_int_equal(t.slot[SLOT_TEXT].fg_rgb, 0x000080);
	theme_free(&t);
	names = theme_list();
	for (size_t i = 0; names[i]; i++)
		sbuf_addf(&b, "%s%s", i ? "," : "", names[i]);
	assert_string_equal(b.s, "dark,high-contrast,light,mono,ocean");
	sbuf_free(&b);
	paths_free_list(names);

	/* By path; a broken file reports its own position. */
	assert_int_equal(theme_load(&t, ocean, &e), 0);
	theme_free(&t);
	write_file(ocean, "slots:\n  text: {fg: blue}\n");
	assert_int_equal(theme_load(&t, ocean, &e), -1);
	char *want = xasprintf("%s:2:14: bad colour 'blue' for 'text.fg': write \"#rrggbb\" or default", ocean);
	assert_string_equal(e.msg, want);
	free(want);
	theme_free(&t);

	/* theme_open: without colours, a colour theme gives way to mono. */
	assert_int_equal(theme_open(&t, "light", COLOUR_NONE, &e), 0);
	assert_string_equal(t.name, "mono");
	theme_free(&t);
	assert_int_equal(theme_open(&t, "light", COLOUR_16, &e), 0);
	assert_string_equal(t.name, "my-light");
	theme_free(&t);
	write_file(ocean, "slots:\n  text: {bold: true}\n  title: {}\n");
	/* ocean has no colours of its own but keeps dark's other slots. */
	assert_int_equal(theme_open(&t, "ocean", COLOUR_NONE, &e), 0);
	assert_string_equal(t.name, "mono");
	theme_free(&t);

	unlink(mine);
	unlink(ocean);
	rmdir(dir);
	char *g = xasprintf("%s/glose", tmp);
	rmdir(g);
	rmdir(tmp);
	free(g);
	free(mine);
	free(ocean);
	free(dir);
	if (old)
		setenv("XDG_CONFIG_HOME", old, 1);
	else
		unsetenv("XDG_CONFIG_HOME");
	free(old);
}

static void test_detect_mode(void **state)
{
	(void)state;
	unsetenv("NO_COLOR");
	unsetenv("COLORTERM");
	assert_int_equal(theme_detect_mode(256), COLOUR_256);
	assert_int_equal(theme_detect_mode(88), COLOUR_16);
	assert_int_equal(theme_detect_mode(16), COLOUR_16);
	assert_int_equal(theme_detect_mode(8), COLOUR_16);
	assert_int_equal(theme_detect_mode(2), COLOUR_NONE);
	assert_int_equal(theme_detect_mode(-1), COLOUR_NONE);
	setenv("COLORTERM", "truecolor", 1);
	assert_int_equal(theme_detect_mode(8), COLOUR_TRUE);
	setenv("COLORTERM", "24bit", 1);
	assert_int_equal(theme_detect_mode(256), COLOUR_TRUE);
	setenv("COLORTERM", "yes", 1);
	assert_int_equal(theme_detect_mode(256), COLOUR_256);
	/* NO_COLOR wins when it is non-empty, whatever its value. */
	setenv("COLORTERM", "truecolor", 1);
	setenv("NO_COLOR", "0", 1);
	assert_int_equal(theme_detect_mode(256), COLOUR_NONE);
	setenv("NO_COLOR", "", 1);
	assert_int_equal(theme_detect_mode(256), COLOUR_TRUE);
	unsetenv("NO_COLOR");
	unsetenv("COLORTERM");
}

static void test_speaker_slot(void **state)
{
	(void)state;
	for (int i = 0; i < 3 * THEME_SPEAKERS; i++)
		assert_int_equal(theme_speaker_slot(i), SLOT_SPEAKER0 + i % THEME_SPEAKERS);
	assert_int_equal(theme_speaker_slot(7), SLOT_SPEAKER7);
	assert_int_equal(theme_speaker_slot(-1), SLOT_QUOTE);
}

static void test_sgr(void **state)
{
	(void)state;
	struct theme t;
	theme_default(&t);
	char buf[64];
	const struct style *p = &t.slot[SLOT_ACTOR_PERSON];
	assert_string_equal(theme_sgr(p, COLOUR_TRUE, buf, sizeof buf), "\x1b[0;1;38;2;255;215;95m");
	assert_string_equal(theme_sgr(p, COLOUR_256, buf, sizeof buf), "\x1b[0;1;38;5;221m");
	assert_string_equal(theme_sgr(p, COLOUR_16, buf, sizeof buf), "\x1b[0;1;93m");
	assert_string_equal(theme_sgr(p, COLOUR_NONE, buf, sizeof buf), "\x1b[0;1m");
	const struct style *f = &t.slot[SLOT_ACTOR_FOCUS];
	assert_string_equal(theme_sgr(f, COLOUR_TRUE, buf, sizeof buf), "\x1b[0;1;38;2;0;0;0;48;2;135;215;255m");
	assert_string_equal(theme_sgr(f, COLOUR_256, buf, sizeof buf), "\x1b[0;1;38;5;16;48;5;117m");
	assert_string_equal(theme_sgr(f, COLOUR_16, buf, sizeof buf), "\x1b[0;1;30;46m");
	const struct style *err = &t.slot[SLOT_STATUS_ERROR];
	assert_string_equal(theme_sgr(err, COLOUR_16, buf, sizeof buf), "\x1b[0;1;97;41m");
	/* Every attribute, bright background. */
	struct style all = {-1, -1, -1, -1, -1, 12, true, true, true, true, true};
	assert_string_equal(theme_sgr(&all, COLOUR_TRUE, buf, sizeof buf), "\x1b[0;1;2;3;4;7;104m");
	assert_string_equal(theme_sgr(&all, COLOUR_NONE, buf, sizeof buf), "\x1b[0;1;2;3;4;7m");
	/* The longest sequence fits in 64 bytes; a short buffer gets "". */
	struct style big = {0xffffff, 0xffffff, 255, 255, 15, 15, true, true, true, true, true};
	assert_true(strlen(theme_sgr(&big, COLOUR_TRUE, buf, sizeof buf)) > 40);
	char small[8] = "junk";
	assert_string_equal(theme_sgr(p, COLOUR_256, small, sizeof small), "");
	theme_free(&t);
}

static void test_colour_fallback(void **state)
{
	(void)state;
	enum colour_mode kind;
	struct style only256 = {-1, -1, 33, -1, -1, -1, false, false, false, false, false};
	assert_int_equal(theme_colour(&only256, COLOUR_TRUE, false, &kind), 33);
	assert_int_equal(kind, COLOUR_256);
	assert_int_equal(theme_colour(&only256, COLOUR_16, false, &kind), -1);
	assert_int_equal(kind, COLOUR_NONE);
	struct style full = {0x123456, -1, 24, -1, 4, -1, false, false, false, false, false};
	assert_int_equal(theme_colour(&full, COLOUR_TRUE, false, &kind), 0x123456);
	assert_int_equal(kind, COLOUR_TRUE);
	assert_int_equal(theme_colour(&full, COLOUR_256, false, &kind), 24);
	assert_int_equal(theme_colour(&full, COLOUR_16, false, &kind), 4);
	assert_int_equal(kind, COLOUR_16);
	assert_int_equal(theme_colour(&full, COLOUR_NONE, false, &kind), -1);
	assert_int_equal(theme_colour(&full, COLOUR_TRUE, true, &kind), -1);
	assert_int_equal(kind, COLOUR_NONE);
	assert_int_equal(theme_rgb256(196), 0xff0000);
	assert_int_equal(theme_rgb256(232), 0x080808);
	assert_int_equal(theme_rgb256(9), 0xff0000);
	assert_int_equal(theme_rgb256(256), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slots),
		cmocka_unit_test(test_every_installed_theme_loads),
		cmocka_unit_test(test_docs_list_slots),
		cmocka_unit_test(test_files_equal_builtins),
		cmocka_unit_test(test_mono_has_no_colour),
		cmocka_unit_test(test_palettes),
		cmocka_unit_test(test_file_semantics),
		cmocka_unit_test(test_file_errors),
		cmocka_unit_test(test_alias_bomb),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_detect_mode),
		cmocka_unit_test(test_speaker_slot),
		cmocka_unit_test(test_sgr),
		cmocka_unit_test(test_colour_fallback),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
