/* test_config.c — defaults, config.example.yaml, every option taking
 * effect, every error with its exact message, lookup order, dump. */
#include "testutil.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "lang.h"
#include "paths.h"

static const char *data_dir(void)
{
	const char *d = getenv("GLOSE_DATADIR");
	return d ? d : ".";
}

static char *read_example(size_t *len)
{
	char *p = xasprintf("%s/config.example.yaml", data_dir());
	char *text = NULL;
	struct gerr e = {0};
	if (file_read_all(p, &text, len, &e) != 0)
		fail_msg("%s", e.msg);
	free(p);
	return text;
}

/* Replace the one occurrence of `from` in *text. */
static void replace(char **text, const char *from, const char *to)
{
	char *at = strstr(*text, from);
	if (!at)
		fail_msg("'%s' not in the example", from);
	assert_null(strstr(at + 1, from));
	char *out = xasprintf("%.*s%s%s", (int)(at - *text), *text, to, at + strlen(from));
	free(*text);
	*text = out;
}

static void strv_eq(char **a, size_t na, char **b, size_t nb)
{
	assert_int_equal(na, nb);
	for (size_t i = 0; i < na; i++)
		assert_string_equal(a[i], b[i]);
}

static void str_eq(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

/* Two configurations mean the same (the keymaps as sets). */
static void config_eq(const struct config *a, const struct config *b)
{
	str_eq(a->theme, b->theme);
	assert_int_equal(a->colour, b->colour);
	assert_int_equal(a->keys.n, b->keys.n);
	for (size_t i = 0; i < a->keys.n; i++)
		assert_int_equal(keymap_lookup(&b->keys, a->keys.b[i].code, a->keys.b[i].is_func), a->keys.b[i].act);
	assert_memory_equal(a->pane_open, b->pane_open, sizeof a->pane_open);
	assert_int_equal(a->pane_side, b->pane_side);
	assert_int_equal(a->pane_width, b->pane_width);
	assert_int_equal(a->pane_height, b->pane_height);
	assert_int_equal(a->wrap_width, b->wrap_width);
	assert_int_equal(a->mouse, b->mouse);
	str_eq(a->modules, b->modules);
	str_eq(a->lang, b->lang);
	str_eq(a->export_format, b->export_format);
	str_eq(a->export_dir, b->export_dir);
	strv_eq(a->speech_verbs, a->nspeech_verbs, b->speech_verbs, b->nspeech_verbs);
	strv_eq(a->titles, a->ntitles, b->titles, b->ntitles);
	assert_int_equal(a->nactors, b->nactors);
	for (size_t i = 0; i < a->nactors; i++) {
		assert_string_equal(a->actors[i].name, b->actors[i].name);
		assert_string_equal(a->actors[i].type, b->actors[i].type);
		strv_eq(a->actors[i].aliases, a->actors[i].naliases, b->actors[i].aliases, b->actors[i].naliases);
	}
}

static void load_ok(struct config *c, const char *name, const char *yaml)
{
	struct gerr e = {0};
	if (config_load_buf(c, name, yaml, strlen(yaml), &e) != 0)
		fail_msg("%s", e.msg);
}

static enum action lookup(const struct config *c, const char *key)
{
	int code;
	bool f;
	assert_int_equal(key_parse(key, &code, &f), 0);
	return keymap_lookup(&c->keys, code, f);
}

static void test_defaults(void **state)
{
	(void)state;
	struct config c;
	config_defaults(&c);
	assert_null(c.path);
	assert_string_equal(c.theme, "dark");
	assert_int_equal(c.colour, CPREF_AUTO);
	assert_int_equal(lookup(&c, "q"), ACT_QUIT);
	for (int i = 0; i < PANE_COUNT; i++)
		assert_false(c.pane_open[i]);
	assert_int_equal(c.pane_side, SIDE_AUTO);
	assert_int_equal(c.pane_width, 40);
	assert_int_equal(c.pane_height, 10);
	assert_int_equal(c.wrap_width, 0);
	assert_false(c.mouse);
	assert_string_equal(c.modules, "all");
	assert_null(c.lang);
	assert_string_equal(c.export_format, "json");
	assert_null(c.export_dir);
	assert_int_equal(c.nspeech_verbs + c.ntitles + c.nactors, 0);
	config_free(&c);
}

/* The example, as shipped, sets every option to its default. */
static void test_example_is_defaults(void **state)
{
	(void)state;
	size_t len;
	char *text = read_example(&len);
	struct config def, c;
	config_defaults(&def);
	config_defaults(&c);
	struct gerr e = {0};
	if (config_load_buf(&c, "config.example.yaml", text, len, &e) != 0)
		fail_msg("%s", e.msg);
	assert_string_equal(c.path, "config.example.yaml");
	config_eq(&def, &c);
	/* Every action is in the example, with its default keys. */
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		char *pat = xasprintf("\n  %s:", action_name((enum action)a));
		if (!strstr(text, pat))
			fail_msg("config.example.yaml does not list the action %s", action_name((enum action)a));
		free(pat);
	}
	config_free(&def);
	config_free(&c);
	free(text);
}

/* Every option in a changed copy of the example takes effect. */
/* docs/config.md documents every action and every option. */
static void test_docs_complete(void **state)
{
	(void)state;
	char *p = xasprintf("%s/docs/config.md", data_dir());
	char *md = NULL;
	size_t len;
	struct gerr e = {0};
	if (file_read_all(p, &md, &len, &e) != 0)
		fail_msg("%s", e.msg);
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		char *pat = xasprintf("| `%s` |", action_name((enum action)a));
		if (!strstr(md, pat))
			fail_msg("docs/config.md does not describe the action %s", action_name((enum action)a));
		free(pat);
	}
	const char *opts[] = {"theme", "colour", "keys", "panes.open", "panes.side", "panes.width",
	                      "panes.height", "wrap_width", "mouse", "modules", "lang", "export.format",
	                      "export.dir", "lexicon.speech_verbs", "lexicon.titles", "lexicon.actors"};
	for (size_t i = 0; i < ARRAY_LEN(opts); i++) {
		char *pat = xasprintf("| `%s`", opts[i]);
		if (!strstr(md, pat))
			fail_msg("docs/config.md does not describe the option %s", opts[i]);
		free(pat);
	}
	free(md);
	free(p);
}

static void test_example_every_option(void **state)
{
	(void)state;
	size_t len;
	char *text = read_example(&len);
	replace(&text, "\ntheme: dark\n", "\ntheme: high-contrast\n");
	replace(&text, "\ncolour: auto\n", "\ncolour: 256\n");
	replace(&text, "\n  quit:          [q, Q]", "\n  quit:          [C-q, F10]");
	replace(&text, "\n  export:        [x]", "\n  export:        X");
	replace(&text, "\n  help:          [h, F1]", "\n  help:          []");
	replace(&text, "\n  open: []\n", "\n  open: [who, timeline]\n");
	replace(&text, "\n  side: auto\n", "\n  side: bottom\n");
	replace(&text, "\n  width: 40\n", "\n  width: 50\n");
	replace(&text, "\n  height: 10\n", "\n  height: 12\n");
	replace(&text, "\nwrap_width: 0\n", "\nwrap_width: 72\n");
	replace(&text, "\nmouse: false\n", "\nmouse: true\n");
	replace(&text, "\nmodules: all\n", "\nmodules: all,-timex\n");
	replace(&text, "\nlang: auto\n", "\nlang: fr\n");
	replace(&text, "\n  format: json\n", "\n  format: md\n");
	replace(&text, "\n  dir: null\n", "\n  dir: ~/exports\n");
	replace(&text, "\n  speech_verbs: []\n", "\n  speech_verbs: [concede, « tranche »]\n");
	replace(&text, "\n  titles: []\n", "\n  titles: [commissioner, garde des Sceaux]\n");
	replace(&text, "\n  actors: []\n",
	        "\n  actors:\n"
	        "    - name: Volodymyr Zelensky\n"
	        "      aliases: [Zelensky, Zelenskyy, Zelenskiy]\n"
	        "    - name: Conseil d'État\n"
	        "      type: org\n");
	struct config c;
	config_defaults(&c);
	setenv("HOME", "/home/reader", 1);
	load_ok(&c, "config.yaml", text);
	assert_string_equal(c.theme, "high-contrast");
	assert_int_equal(c.colour, CPREF_256);
	assert_int_equal(lookup(&c, "C-q"), ACT_QUIT);
	assert_int_equal(lookup(&c, "F10"), ACT_QUIT);
	assert_int_equal(lookup(&c, "q"), ACT_NONE);   /* replaced, not added to */
	assert_int_equal(lookup(&c, "X"), ACT_EXPORT);
	assert_int_equal(lookup(&c, "x"), ACT_NONE);
	assert_int_equal(lookup(&c, "h"), ACT_NONE);
	assert_int_equal(lookup(&c, "F1"), ACT_NONE);
	assert_int_equal(keymap_keys(&c.keys, ACT_HELP, NULL, 0), 0);
	assert_int_equal(lookup(&c, "j"), ACT_DOWN);    /* untouched */
	assert_true(c.pane_open[PANE_WHO]);
	assert_true(c.pane_open[PANE_TIMELINE]);
	assert_false(c.pane_open[PANE_ACTORS]);
	assert_false(c.pane_open[PANE_NOTES]);
	assert_int_equal(c.pane_side, SIDE_BOTTOM);
	assert_int_equal(c.pane_width, 50);
	assert_int_equal(c.pane_height, 12);
	assert_int_equal(c.wrap_width, 72);
	assert_true(c.mouse);
	assert_string_equal(c.modules, "all,-timex");
	assert_string_equal(c.lang, "fr");
	assert_string_equal(c.export_format, "md");
	assert_string_equal(c.export_dir, "/home/reader/exports");
	assert_int_equal(c.nspeech_verbs, 2);
	assert_string_equal(c.speech_verbs[1], "« tranche »");
	assert_int_equal(c.ntitles, 2);
	assert_string_equal(c.titles[1], "garde des Sceaux");
	assert_int_equal(c.nactors, 2);
	assert_string_equal(c.actors[0].name, "Volodymyr Zelensky");
	assert_string_equal(c.actors[0].type, "person");
	assert_int_equal(c.actors[0].naliases, 3);
	assert_string_equal(c.actors[0].aliases[2], "Zelenskiy");
	assert_string_equal(c.actors[1].name, "Conseil d'État");
	assert_string_equal(c.actors[1].type, "org");
	assert_int_equal(c.actors[1].naliases, 0);

	/* The dump of that loads back to the same configuration, and dumps
	 * the same way again. */
	struct sbuf d1 = {0}, d2 = {0};
	struct gerr e = {0};
	assert_int_equal(config_dump(&c, &d1, &e), 0);
	struct config back;
	config_defaults(&back);
	load_ok(&back, "dump.yaml", d1.s);
	config_eq(&c, &back);
	assert_int_equal(config_dump(&back, &d2, &e), 0);
	assert_string_equal(d1.s, d2.s);
	sbuf_free(&d1);
	sbuf_free(&d2);
	config_free(&back);
	config_free(&c);
	free(text);
}

/* "key:" at the start of lines indented 0 or 2 (not comments, not list items). */
static char *shape(const char *text)
{
	struct sbuf b = {0};
	for (const char *l = text; *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : l + strlen(l)) {
		const char *p = l;
		int ind = 0;
		while (*p == ' ')
			p++, ind++;
		if ((ind != 0 && ind != 2) || *p == '#' || *p == '-' || *p == '\n' || !*p)
			continue;
		size_t n = strcspn(p, ":\n");
		sbuf_addf(&b, "%d%.*s\n", ind, (int)n, p);
	}
	return sbuf_take(&b);
}

static void test_dump_defaults(void **state)
{
	(void)state;
	struct config c;
	config_defaults(&c);
	struct sbuf d = {0};
	struct gerr e = {0};
	assert_int_equal(config_dump(&c, &d, &e), 0);
	test_golden("config-dump.yaml", d.s, d.len);
	/* Same options, same order, same nesting as config.example.yaml. */
	size_t len;
	char *ex = read_example(&len);
	char *s1 = shape(ex), *s2 = shape(d.s);
	assert_string_equal(s1, s2);
	free(s1);
	free(s2);
	free(ex);
	/* It loads back to the defaults. */
	struct config back;
	config_defaults(&back);
	load_ok(&back, "dump.yaml", d.s);
	config_eq(&c, &back);
	config_free(&back);
	sbuf_free(&d);
	config_free(&c);
}

static void test_dump_quoting(void **state)
{
	(void)state;
	/* Strings YAML would read as something else survive the round trip. */
	struct config c;
	config_defaults(&c);
	load_ok(&c, "q.yaml", "lexicon:\n  titles: [\"null\", \"~\", \"true\", \"123\", \"a: b\", \"#x\", \"- y\", \"'\", \"\\\"\"]\n"
	                      "  speech_verbs: [\"NULL\", \" lead\", \"trail \", \"multi\\nline\"]\n"
	                      "keys:\n  quote-next: \"#\"\n  quote-prev: \"'\"\n  search: \"\\\"\"\n"
	                      "  mark: \":\"\n  goto-mark: \"*\"\n  top: \"&\"\n  bottom: \"!\"\n"
	                      "  help: \"@\"\n  note: \"|\"\n  tag: \">\"\n  select: \"`\"\n  undo: \",\"\n"
	                      "  delete: \"-\"\n  reassign: \"?\"\n  search-back: \"é\"\n");
	/* A long title with runs of spaces is not folded or changed. */
	struct sbuf longt = {0};
	sbuf_puts(&longt, "lexicon:\n  titles: [\"");
	for (int i = 0; i < 60; i++)
		sbuf_puts(&longt, i % 7 ? "word " : "two  spaces ");
	sbuf_puts(&longt, "\"]\n");
	struct config lc;
	config_defaults(&lc);
	load_ok(&lc, "long.yaml", longt.s);
	struct sbuf d = {0};
	struct gerr e = {0};
	assert_int_equal(config_dump(&lc, &d, &e), 0);
	struct config back;
	config_defaults(&back);
	load_ok(&back, "dump.yaml", d.s);
	config_eq(&lc, &back);
	config_free(&back);
	config_free(&lc);
	sbuf_free(&longt);
	sbuf_reset(&d);

	assert_int_equal(config_dump(&c, &d, &e), 0);
	config_defaults(&back);
	load_ok(&back, "dump.yaml", d.s);
	config_eq(&c, &back);
	assert_string_equal(back.titles[0], "null");
	assert_string_equal(back.speech_verbs[3], "multi\nline");
	assert_int_equal(lookup(&back, "#"), ACT_QUOTE_NEXT);
	assert_int_equal(lookup(&back, "é"), ACT_SEARCH_BACK);
	/* Non-ASCII is written as is, not escaped. */
	assert_non_null(strstr(d.s, "[é]"));
	config_free(&back);
	config_free(&c);
	sbuf_free(&d);
}

struct err_case {
	const char *yaml;
	const char *msg;
};

static void test_errors(void **state)
{
	(void)state;
	const struct err_case cases[] = {
		/* unknown keys */
		{"foo: 1\n", "t.yaml:1:1: unknown key 'foo'"},
		{"theme: dark\nThemes: dark\n", "t.yaml:2:1: unknown key 'Themes'"},
		{"panes:\n  foo: 1\n", "t.yaml:2:3: unknown key 'foo' in 'panes'"},
		{"export:\n  path: /tmp\n", "t.yaml:2:3: unknown key 'path' in 'export'"},
		{"lexicon:\n  verbs: [say]\n", "t.yaml:2:3: unknown key 'verbs' in 'lexicon'"},
		{"lexicon:\n  actors:\n    - name: X\n      alias: [Y]\n",
		 "t.yaml:4:7: unknown key 'alias' in 'lexicon.actors'"},
		{"? [a, b]\n: c\n", "t.yaml:1:3: keys must be plain names"},
		/* duplicates */
		{"mouse: true\nmouse: false\n", "t.yaml:2:1: duplicate key \"mouse\" (first at line 1)"},
		{"theme: dark\nmouse: true\ntheme: light\n", "t.yaml:3:1: duplicate key \"theme\" (first at line 1)"},
		{"colour: 16\ncolour: 256\n", "t.yaml:2:1: duplicate key \"colour\" (first at line 1)"},
		{"colour: 16\ncolor: 256\n", "t.yaml:2:1: duplicate key \"color\" (first at line 1 as \"colour\", the same option)"},
		{"panes:\n  width: 30\n  width: 31\n", "t.yaml:3:3: duplicate key \"width\" (first at line 2)"},
		{"keys:\n  quit: q\n  quit: Q\n", "t.yaml:3:3: duplicate key \"quit\" (first at line 2)"},
		{"export: {format: json, dir: /tmp, \"format\": md}\n",
		 "t.yaml:1:35: duplicate key \"format\" (first at line 1)"},
		/* in mappings the loader did not check itself, and before other errors */
		{"lexicon:\n  actors:\n    - {name: X, type: org, name: Y}\n",
		 "t.yaml:3:28: duplicate key \"name\" (first at line 3)"},
		{"foo: 1\nmouse: true\nmouse: false\n", "t.yaml:3:1: duplicate key \"mouse\" (first at line 2)"},
		/* the earliest repeat in the file is reported */
		{"keys:\n  quit: q\n  help: h\n  quit: Q\nkeys: {}\n", "t.yaml:4:3: duplicate key \"quit\" (first at line 2)"},
		/* a key spelled through an alias: reported at its value */
		{"panes:\n  &w width: 30\n  *w : 31\n", "t.yaml:3:8: duplicate key \"width\" (first at line 2)"},
		/* wrong types */
		{"mouse: yes\n", "t.yaml:1:8: 'mouse' must be true or false"},
		{"mouse: \"true\"\n", "t.yaml:1:8: 'mouse' must be true or false"},
		{"mouse:\n", "t.yaml:1:7: 'mouse' must be true or false"},
		{"theme: [dark]\n", "t.yaml:1:8: 'theme' must be a non-empty string"},
		{"theme: \"\"\n", "t.yaml:1:8: 'theme' must be a non-empty string"},
		{"wrap_width: 10\n", "t.yaml:1:13: 'wrap_width' must be 0 (the terminal's width) or a whole number from 20 to 1000"},
		{"wrap_width: 80.5\n", "t.yaml:1:13: 'wrap_width' must be 0 (the terminal's width) or a whole number from 20 to 1000"},
		{"wrap_width: \"80\"\n", "t.yaml:1:13: 'wrap_width' must be 0 (the terminal's width) or a whole number from 20 to 1000"},
		{"panes:\n  width: 5\n", "t.yaml:2:10: 'panes.width' must be a whole number from 10 to 500"},
		{"panes:\n  height: 99999999999999999999\n", "t.yaml:2:11: 'panes.height' must be a whole number from 3 to 200"},
		{"panes: [who]\n", "t.yaml:1:8: 'panes' must be a mapping with open, side, width, height"},
		{"panes:\n  open: who\n", "t.yaml:2:9: 'panes.open' must be a list of pane names (who, timeline, actors, notes)"},
		{"panes:\n  open: [who, [x]]\n", "t.yaml:2:15: 'panes.open' must be a list of pane names (who, timeline, actors, notes)"},
		{"keys: [quit]\n", "t.yaml:1:7: 'keys' must be a mapping from action names to keys"},
		{"keys:\n  quit: {q: 1}\n", "t.yaml:2:9: 'keys.quit' must be a key name or a list of key names"},
		{"keys:\n  quit: [q, [Q]]\n", "t.yaml:2:13: 'keys.quit' must be a key name or a list of key names"},
		{"export: json\n", "t.yaml:1:9: 'export' must be a mapping with format and dir"},
		{"lexicon: [a]\n", "t.yaml:1:10: 'lexicon' must be a mapping with speech_verbs, titles, actors"},
		{"lexicon:\n  speech_verbs: say\n", "t.yaml:2:17: 'lexicon.speech_verbs' must be a list of strings"},
		{"lexicon:\n  titles: [dr, [x]]\n", "t.yaml:2:16: 'lexicon.titles' must be a list of strings"},
		{"lexicon:\n  titles: [dr, ~]\n", "t.yaml:2:16: 'lexicon.titles' must be a list of strings"},
		{"lexicon:\n  actors: X\n", "t.yaml:2:11: 'lexicon.actors' must be a list of {name, type, aliases}"},
		{"lexicon:\n  actors: [X]\n", "t.yaml:2:12: each entry in 'lexicon.actors' must be a mapping with name, type, aliases"},
		{"lexicon:\n  actors:\n    - type: org\n", "t.yaml:3:7: an entry in 'lexicon.actors' has no name"},
		{"lexicon:\n  actors:\n    - {name: X, aliases: Y}\n", "t.yaml:3:26: 'lexicon.actors.aliases' must be a list of strings"},
		{"- a\n- b\n", "t.yaml:1:1: the configuration must be a mapping of option names to values"},
		{"just words\n", "t.yaml:1:1: the configuration must be a mapping of option names to values"},
		/* bad enum values and colours */
		{"colour: purple\n", "t.yaml:1:9: 'colour' must be one of auto, truecolor, 256, 16, none, not 'purple'"},
		{"color: 88\n", "t.yaml:1:8: 'color' must be one of auto, truecolor, 256, 16, none, not '88'"},
		{"colour: [16]\n", "t.yaml:1:9: 'colour' must be one of auto, truecolor, 256, 16, none"},
		{"panes:\n  side: left\n", "t.yaml:2:9: 'panes.side' must be one of auto, right, bottom, not 'left'"},
		{"lexicon:\n  actors:\n    - {name: X, type: company}\n",
		 "t.yaml:3:23: 'lexicon.actors.type' must be one of person, org, place, not 'company'"},
		{"panes:\n  open: [who, map]\n", "t.yaml:2:15: unknown pane 'map' in 'panes.open' (panes: who, timeline, actors, notes)"},
		{"modules: all,-dates\n", "t.yaml:1:10: unknown module 'dates' in 'modules' (modules: all, none, actors, quotes, timex, events)"},
		{"modules: actors,,quotes\n", "t.yaml:1:10: empty module name in 'modules'"},
		{"modules: \",\"\n", "t.yaml:1:10: empty module name in 'modules'"},
		{"modules: -all\n", "t.yaml:1:10: '-all' makes no sense in 'modules'"},
		{"export:\n  format: pdf\n", "t.yaml:2:11: unknown format 'pdf' in 'export.format' (formats: json, w3c, brat, csv, md)"},
		{"theme: solarized\n", "t.yaml:1:8: unknown theme 'solarized' (available: dark, high-contrast, light, mono)"},
		{"theme: /nonexistent/x.yaml\n", "t.yaml:1:8: theme file '/nonexistent/x.yaml' not found"},
		/* actions and keys */
		{"keys:\n  jump: j\n", "t.yaml:2:3: unknown action 'jump' in 'keys'"},
		{"keys:\n  none: j\n", "t.yaml:2:3: unknown action 'none' in 'keys'"},
		{"keys:\n  quit: Ctrl-q\n",
		 "t.yaml:2:9: bad key name 'Ctrl-q' for 'quit' (write a character, C-x, Enter, Space, Tab, Esc, "
		 "Up, Down, Left, Right, PgUp, PgDn, Home, End, Backspace, Delete or F1 to F12)"},
		{"keys:\n  quit: [q, F13]\n",
		 "t.yaml:2:13: bad key name 'F13' for 'quit' (write a character, C-x, Enter, Space, Tab, Esc, "
		 "Up, Down, Left, Right, PgUp, PgDn, Home, End, Backspace, Delete or F1 to F12)"},
		{"keys:\n  quit: x\n  help: [F1, x]\n", "t.yaml:3:14: key 'x' is bound to both 'quit' and 'help'"},
		{"keys:\n  down-enter: Enter\n  repaint: C-m\n", "t.yaml:3:12: key 'C-m' is bound to both 'down-enter' and 'repaint'"},
		{"keys:\n  quit: [q, q]\n", "t.yaml:2:13: key 'q' is listed twice for 'quit'"},
		/* YAML itself */
		{"mouse: [true\n", "t.yaml:2:1: while parsing a flow sequence did not find expected ',' or ']' (line 1)"},
		{"a: b: c\n", "t.yaml:1:5: mapping values are not allowed in this context"},
		{"keys:\n\tquit: q\n", "t.yaml:2:1: while scanning for the next token found character that cannot start any token (line 2)"},
		{"theme: *nope\n", "t.yaml:1:8: found undefined alias"},
		{"mouse: true\n---\nmouse: false\n", "t.yaml:2:1: more than one YAML document"},
		{"mouse: \xff\n", "t.yaml:1:8: invalid leading UTF-8 octet (byte 0xff)"},
		{"a: &a [*a]\n", "t.yaml:1:4: recursive alias"},
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct config c;
		config_defaults(&c);
		struct gerr e = {0};
		if (config_load_buf(&c, "t.yaml", cases[i].yaml, strlen(cases[i].yaml), &e) == 0)
			fail_msg("case %zu (%s) should fail", i, cases[i].yaml);
		if (strcmp(e.msg, cases[i].msg) != 0)
			fail_msg("case %zu:\n  got  %s\n  want %s", i, e.msg, cases[i].msg);
		assert_int_equal(e.code, EXIT_CONFIG);
		config_free(&c);
	}
}

static void test_unknown_language(void **state)
{
	(void)state;
	char **inst = lang_installed();
	struct sbuf b = {0};
	for (size_t i = 0; inst[i]; i++)
		sbuf_addf(&b, "%s%s", i ? ", " : "", inst[i]);
	assert_non_null(b.s);
	char *want = xasprintf("t.yaml:1:7: unknown language 'xx' in 'lang' (auto, or an installed one: %s)", b.s);
	struct config c;
	config_defaults(&c);
	struct gerr e = {0};
	assert_int_equal(config_load_buf(&c, "t.yaml", "lang: xx\n", 9, &e), -1);
	assert_string_equal(e.msg, want);
	/* Each installed pack is accepted; auto and null mean: detect. */
	for (size_t i = 0; inst[i]; i++) {
		char *y = xasprintf("lang: %s\n", inst[i]);
		load_ok(&c, "t.yaml", y);
		assert_string_equal(c.lang, inst[i]);
		free(y);
	}
	load_ok(&c, "t.yaml", "lang: auto\n");
	assert_null(c.lang);
	load_ok(&c, "t.yaml", "lang: fr\n");
	load_ok(&c, "t.yaml", "lang:\n");
	assert_null(c.lang);
	config_free(&c);
	free(want);
	sbuf_free(&b);
	paths_free_list(inst);
}

static void test_alias_bomb(void **state)
{
	(void)state;
	/* "Billion laughs" in a config: would expand to 10^10 strings. */
	struct sbuf b = {0};
	sbuf_puts(&b, "lexicon:\n  titles: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]\n"
	              "  speech_verbs: &l1 [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]\n");
	sbuf_puts(&b, "keys: {quit: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]}\n");
	for (int i = 3; i <= 10; i++) {
		sbuf_addf(&b, "x%d: &l%d [", i, i);
		for (int j = 0; j < 10; j++)
			sbuf_addf(&b, "%s*l%d", j ? ", " : "", i - 1);
		sbuf_puts(&b, "]\n");
	}
	struct config c;
	config_defaults(&c);
	struct gerr e = {0};
	assert_int_equal(config_load_buf(&c, "bomb.yaml", b.s, b.len, &e), -1);
	assert_string_equal(e.msg, "bomb.yaml:5:5: too many alias expansions");
	sbuf_free(&b);

	/* Aliases within the bound are fine. */
	load_ok(&c, "t.yaml", "lexicon:\n  titles: &t [dr, prof]\n  speech_verbs: *t\n");
	assert_int_equal(c.nspeech_verbs, 2);
	assert_string_equal(c.speech_verbs[1], "prof");

	/* Deep nesting is refused before anything walks it. */
	sbuf_puts(&b, "lexicon: ");
	for (int i = 0; i < 100; i++)
		sbuf_addc(&b, '[');
	for (int i = 0; i < 100; i++)
		sbuf_addc(&b, ']');
	sbuf_addc(&b, '\n');
	assert_int_equal(config_load_buf(&c, "deep.yaml", b.s, b.len, &e), -1);
	assert_string_equal(e.msg, "deep.yaml:1:74: nesting deeper than 64 levels");
	sbuf_free(&b);
	config_free(&c);
}

static void test_error_keeps_config(void **state)
{
	(void)state;
	struct config c;
	config_defaults(&c);
	load_ok(&c, "/etc/glose/a.yaml", "theme: light\nmouse: true\n");
	struct gerr e = {0};
	/* mouse and panes come before the mistake: none of it is applied. */
	const char *bad = "mouse: false\npanes: {width: 60}\nkeys: {quit: x}\nwrap_width: -1\n";
	assert_int_equal(config_load_buf(&c, "b.yaml", bad, strlen(bad), &e), -1);
	assert_string_equal(c.theme, "light");
	assert_true(c.mouse);
	assert_int_equal(c.pane_width, 40);
	assert_int_equal(lookup(&c, "q"), ACT_QUIT);
	assert_string_equal(c.path, "/etc/glose/a.yaml");
	/* An empty file or one with only comments changes nothing. */
	load_ok(&c, "empty.yaml", "");
	load_ok(&c, "comments.yaml", "# nothing here\n");
	load_ok(&c, "null.yaml", "~\n");
	assert_true(c.mouse);
	assert_string_equal(c.path, "null.yaml");
	/* Empty sections keep the defaults. */
	load_ok(&c, "s.yaml", "keys:\npanes:\nexport:\nlexicon:\n");
	assert_int_equal(lookup(&c, "q"), ACT_QUIT);
	config_free(&c);
}

static void test_paths(void **state)
{
	(void)state;
	struct config c;
	config_defaults(&c);
	setenv("HOME", "/home/reader", 1);
	/* Relative paths are from the config file's folder; ~/ is $HOME. */
	load_ok(&c, "/etc/glose/config.yaml", "export: {dir: notes}\nmodules: \" actors , -quotes,timex\"\n");
	assert_string_equal(c.export_dir, "/etc/glose/notes");
	assert_string_equal(c.modules, "actors,-quotes,timex");
	config_free(&c);
	config_defaults(&c);
	char *light = xasprintf("%s/themes/light.yaml", data_dir());
	char *name = xasprintf("%s/config.yaml", data_dir());
	load_ok(&c, name, "theme: themes/light.yaml\n");
	assert_string_equal(c.theme, light);
	free(name);
	char *y = xasprintf("theme: %s\nexport: {dir: ~}\n", light);
	load_ok(&c, "/x/c.yaml", y);
	assert_string_equal(c.theme, light);
	assert_null(c.export_dir);
	load_ok(&c, "/x/c.yaml", "export: {dir: ~/out}\n");
	assert_string_equal(c.export_dir, "/home/reader/out");
	load_ok(&c, "c.yaml", "export: {dir: out}\ntheme: mono\n");
	assert_string_equal(c.export_dir, "out");
	assert_string_equal(c.theme, "mono");
	free(y);
	free(light);
	config_free(&c);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_find_and_load(void **state)
{
	(void)state;
	char tmpl[] = "/tmp/glose-config-XXXXXX";
	char *tmp = mkdtemp(tmpl);
	assert_non_null(tmp);
	char *old = getenv("XDG_CONFIG_HOME") ? xstrdup(getenv("XDG_CONFIG_HOME")) : NULL;
	setenv("XDG_CONFIG_HOME", tmp, 1);
	unsetenv("GLOSE_CONFIG");

	/* Nothing anywhere: defaults. */
	assert_null(config_find(NULL));
	char *p = config_find("/some/where.yaml");
	assert_string_equal(p, "/some/where.yaml");
	free(p);
	/* $XDG_CONFIG_HOME/glose/config.yaml when it exists. */
	char *dir = xasprintf("%s/glose", tmp);
	assert_int_equal(paths_mkdirs(dir), 0);
	char *xdg = xasprintf("%s/config.yaml", dir);
	write_file(xdg, "mouse: true\n");
	p = config_find(NULL);
	assert_string_equal(p, xdg);
	struct config c;
	config_defaults(&c);
	struct gerr e = {0};
	assert_int_equal(config_load(&c, p, &e), 0);
	assert_true(c.mouse);
	assert_string_equal(c.path, xdg);
	free(p);
	/* $GLOSE_CONFIG before it, --config before both. */
	setenv("GLOSE_CONFIG", "/env/config.yaml", 1);
	p = config_find(NULL);
	assert_string_equal(p, "/env/config.yaml");
	free(p);
	p = config_find("/cli.yaml");
	assert_string_equal(p, "/cli.yaml");
	free(p);
	setenv("GLOSE_CONFIG", "", 1);
	p = config_find(NULL);
	assert_string_equal(p, xdg);
	free(p);
	unsetenv("GLOSE_CONFIG");
	/* A file that cannot be read is an error, and changes nothing. */
	assert_int_equal(config_load(&c, "/nonexistent/glose.yaml", &e), -1);
	assert_int_equal(e.code, EXIT_CONFIG);
	assert_non_null(strstr(e.msg, "/nonexistent/glose.yaml"));
	assert_true(c.mouse);
	/* Errors from a file name the file. */
	write_file(xdg, "mouse: true\nwrap_width: wide\n");
	assert_int_equal(config_load(&c, xdg, &e), -1);
	char *want = xasprintf("%s:2:13: 'wrap_width' must be 0 (the terminal's width) or a whole number from 20 to 1000", xdg);
	assert_string_equal(e.msg, want);
	free(want);
	config_free(&c);

	unlink(xdg);
	rmdir(dir);
	rmdir(tmp);
	free(xdg);
	free(dir);
	if (old)
		setenv("XDG_CONFIG_HOME", old, 1);
	else
		unsetenv("XDG_CONFIG_HOME");
	free(old);
}

static void test_apply_lang(void **state)
{
	(void)state;
	struct config c;
	config_defaults(&c);
	load_ok(&c, "t.yaml", "lexicon:\n  speech_verbs: [concede, rétorquer]\n  titles: [commissioner]\n"
	                      "  actors:\n    - {name: Volodymyr Zelensky, aliases: [Zelenskyy, Zelenskiy]}\n"
	                      "    - {name: Glasgow City Council, type: org}\n");
	struct gerr e = {0};
	const char *pack = "code: en\nname: English\n";
	lang *l = lang_load_buf("pack.yaml", pack, strlen(pack), &e);
	if (!l)
		fail_msg("%s", e.msg);
	config_apply_lang(&c, l);
	const lexicon *v = lang_lex(l, "speech_verbs");
	assert_string_equal(lex_get(v, "concede", 7), "concede");
	assert_string_equal(lex_get(v, "Rétorquer", strlen("Rétorquer")), "rétorquer");
	assert_true(lex_has(lang_lex(l, "titles"), "Commissioner", 12));
	const lexicon *ka = lang_lex(l, "known_actors");
	assert_string_equal(lex_get(ka, "Zelenskiy", 9), "Volodymyr Zelensky");
	assert_string_equal(lex_get(ka, "zelenskyy", 9), "Volodymyr Zelensky");
	assert_string_equal(lex_get(ka, "Volodymyr Zelensky", 18), "Volodymyr Zelensky");
	assert_string_equal(lex_get(ka, "Glasgow City Council", 20), "Glasgow City Council");
	assert_null(lex_get(ka, "Zelensky", 8));
	const lexicon *kt = lang_lex(l, "known_actor_types");
	assert_string_equal(lex_get(kt, "Volodymyr Zelensky", 18), "person");
	assert_string_equal(lex_get(kt, "Glasgow City Council", 20), "org");
	lang_free(l);
	config_free(&c);
}

static void test_colour_mode(void **state)
{
	(void)state;
	struct config c;
	config_defaults(&c);
	setenv("NO_COLOR", "1", 1);
	assert_int_equal(config_colour_mode(&c, 256), COLOUR_NONE);
	/* An explicit choice in the file wins over NO_COLOR. */
	const char *modes[] = {"truecolor", "256", "16", "none"};
	const enum colour_mode want[] = {COLOUR_TRUE, COLOUR_256, COLOUR_16, COLOUR_NONE};
	for (size_t i = 0; i < ARRAY_LEN(modes); i++) {
		char *y = xasprintf("colour: %s\n", modes[i]);
		load_ok(&c, "t.yaml", y);
		assert_int_equal(config_colour_mode(&c, 8), want[i]);
		free(y);
	}
	load_ok(&c, "t.yaml", "color: auto\n");
	unsetenv("NO_COLOR");
	unsetenv("COLORTERM");
	assert_int_equal(config_colour_mode(&c, 256), COLOUR_256);
	config_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_example_is_defaults),
		cmocka_unit_test(test_example_every_option),
		cmocka_unit_test(test_docs_complete),
		cmocka_unit_test(test_dump_defaults),
		cmocka_unit_test(test_dump_quoting),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_unknown_language),
		cmocka_unit_test(test_alias_bomb),
		cmocka_unit_test(test_error_keeps_config),
		cmocka_unit_test(test_paths),
		cmocka_unit_test(test_find_and_load),
		cmocka_unit_test(test_apply_lang),
		cmocka_unit_test(test_colour_mode),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
