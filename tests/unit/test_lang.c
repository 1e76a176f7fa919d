/* test_lang.c — language packs: loading, lookups, errors, ICU data, detection. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

static lang *load(const char *yaml, struct gerr *e)
{
	return lang_load_buf("pack.yaml", yaml, strlen(yaml), e);
}

static void test_lists_and_mappings(void **state)
{
	(void)state;
	struct gerr e = {0};
	lang *l = load("code: xx\nname: Test\n"
	               "titles: [président, \"premier ministre\"]\n"
	               "verbs:\n  déclarer: [déclaré, déclare]\n  dire: dit\n", &e);
	assert_non_null(l);
	assert_string_equal(lang_code(l), "xx");
	assert_string_equal(lang_name(l), "Test");
	const lexicon *t = lang_lex(l, "titles");
	assert_int_equal(lex_size(t), 2);
	assert_true(lex_has(t, "Président", strlen("Président")));
	assert_true(lex_has(t, "PRÉSIDENT", strlen("PRÉSIDENT")));
	assert_true(lex_has(t, "premier ministre", 16));
	assert_int_equal(lex_max_words(t), 2);
	assert_false(lex_has(t, "ministre", 8));
	const lexicon *v = lang_lex(l, "verbs");
	assert_string_equal(lex_get(v, "Déclaré", strlen("Déclaré")), "déclarer");
	assert_string_equal(lex_get(v, "déclarer", strlen("déclarer")), "déclarer");
	assert_string_equal(lex_get(v, "dire", 4), "dit");
	assert_null(lex_get(v, "parler", 6));
	/* Unknown lexicons are empty, never NULL. */
	assert_int_equal(lex_size(lang_lex(l, "nothing")), 0);
	lang_add(l, "titles", "Porte-parole", NULL);
	assert_true(lex_has(lang_lex(l, "titles"), "porte-parole", 12));
	lang_free(l);
}

static void test_fold_apostrophes(void **state)
{
	(void)state;
	size_t n;
	char *f = lang_fold("Aujourd\u2019HUI", strlen("Aujourd\u2019HUI"), &n);
	assert_string_equal(f, "aujourd'hui");
	free(f);
	f = lang_fold("ÉTATS-UNIS", strlen("ÉTATS-UNIS"), &n);
	assert_string_equal(f, "états-unis");
	free(f);
}

static void test_errors(void **state)
{
	(void)state;
	struct gerr e = {0};
	assert_null(load("name: x\n", &e));
	assert_string_equal(e.msg, "pack.yaml:1:1: missing 'code' (the language, e.g. fr)");
	assert_int_equal(e.code, EXIT_CONFIG);
	assert_null(load("code: xx\ntitles: 3\n", &e));
	assert_string_equal(e.msg, "pack.yaml:2:9: 'titles' must be a list or a mapping");
	assert_null(load("code: xx\ntitles: [a, [b]]\n", &e));
	assert_string_equal(e.msg, "pack.yaml:2:13: entries of 'titles' must be words (strings)");
	assert_null(load("code: xx\nverbs:\n  dire: {a: b}\n", &e));
	assert_string_equal(e.msg, "pack.yaml:3:9: the value of 'dire' must be a string or a list of strings");
	assert_null(load("code: xx\ntitles: [a, b\n", &e));
	assert_non_null(strstr(e.msg, "pack.yaml:"));
	assert_null(load("- a\n- b\n", &e));
	assert_string_equal(e.msg, "pack.yaml:1:1: a language pack must be a mapping (code:, name:, lexicons)");
	assert_null(load("code: xx\ncode: yy\n", &e));
	assert_string_equal(e.msg, "pack.yaml:2:1: duplicate key \"code\" (first at line 1)");
	assert_null(load("", &e));
	assert_string_equal(e.msg, "pack.yaml:1:1: empty language pack");
}

static void test_alias_bomb(void **state)
{
	(void)state;
	/* Aliases are expanded by reference; the entry count is bounded. */
	struct sbuf b = {0};
	sbuf_puts(&b, "code: xx\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
	char prev = 'a';
	for (char c = 'b'; c <= 'i'; c++) {
		sbuf_addf(&b, "%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", c, c, prev, prev, prev,
		          prev, prev, prev, prev, prev, prev, prev);
		prev = c;
	}
	struct gerr e = {0};
	lang *l = load(b.s, &e);
	/* Nested lists are not words: refused at the first nested entry. */
	assert_null(l);
	assert_non_null(strstr(e.msg, "must be words"));
	sbuf_free(&b);
}

static void test_installed_packs(void **state)
{
	(void)state;
	struct gerr e = {0};
	lang *fr = lang_open("fr", &e);
	assert_non_null(fr);
	assert_string_equal(lang_month(fr, 12, false), "décembre");
	assert_string_equal(lang_month(fr, 12, true), "déc");
	assert_string_equal(lang_weekday(fr, 1, false), "lundi");
	assert_string_equal(lang_weekday(fr, 7, false), "dimanche");
	assert_string_equal(lang_quote(fr, false, false), "«");
	assert_string_equal(lang_quote(fr, false, true), "»");
	assert_true(lex_has(lang_lex(fr, "elisions"), "qu'", 3));
	lang_free(fr);
	lang *en = lang_open("en", &e);
	assert_non_null(en);
	assert_string_equal(lang_month(en, 3, false), "march");
	assert_string_equal(lang_weekday(en, 2, true), "tue");
	assert_string_equal(lang_quote(en, false, false), "\u201c");
	lang_free(en);
	assert_null(lang_open("zz", &e));
	assert_non_null(strstr(e.msg, "unknown language 'zz' (installed: "));
	assert_null(lang_open("../etc", &e));
	char **inst = lang_installed();
	bool has_fr = false, has_en = false;
	for (char **p = inst; *p; p++) {
		has_fr |= strcmp(*p, "fr") == 0;
		has_en |= strcmp(*p, "en") == 0;
		free(*p);
	}
	free(inst);
	assert_true(has_fr && has_en);
}

static void test_detect(void **state)
{
	(void)state;
	struct gerr e = {0};
	const char *fr = "Le maire a annoncé que les travaux du pont seraient terminés avant la fin de l'année.";
	const char *en = "The mayor said that the work on the bridge would be finished before the end of the year.";
	lang *l = lang_detect(fr, strlen(fr), &e);
	assert_string_equal(lang_code(l), "fr");
	lang_free(l);
	l = lang_detect(en, strlen(en), &e);
	assert_string_equal(lang_code(l), "en");
	lang_free(l);
	l = lang_detect("12345", 5, &e);
	assert_string_equal(lang_code(l), "en");
	lang_free(l);
}

/* A key written twice in any mapping of a pack is an error, wherever it
 * is, at the repeat that comes first in the file. */
static void test_duplicate_keys(void **state)
{
	(void)state;
	struct gerr e = {0};
	/* A verb listed twice, in block style. */
	assert_null(load("code: xx\nverbs:\n  dire: [dit]\n  parler: [parlé]\n  dire: [dis]\n", &e));
	assert_string_equal(e.msg, "pack.yaml:5:3: duplicate key \"dire\" (first at line 3)");
	assert_int_equal(e.code, EXIT_CONFIG);
	/* A lexicon section given twice. */
	assert_null(load("code: xx\ntitles: [a]\nverbs: {b: c}\ntitles: [d]\n", &e));
	assert_string_equal(e.msg, "pack.yaml:4:1: duplicate key \"titles\" (first at line 2)");
	/* Flow style, quoted and plain spellings of one key. */
	assert_null(load("code: xx\nnums: {un: 1, deux: 2, \"un\": 3}\n", &e));
	assert_string_equal(e.msg, "pack.yaml:2:24: duplicate key \"un\" (first at line 2)");
	/* A large mapping (the hashed path), repeat near the end. */
	struct sbuf b = {0};
	sbuf_puts(&b, "code: xx\nwords:\n");
	for (int i = 0; i < 500; i++)
		sbuf_addf(&b, "  w%d: v%d\n", i, i);
	sbuf_puts(&b, "  w123: again\n");
	assert_null(load(b.s, &e));
	assert_string_equal(e.msg, "pack.yaml:503:3: duplicate key \"w123\" (first at line 126)");
	sbuf_free(&b);
	/* Two repeats: the earlier in the file is reported, inner or outer. */
	assert_null(load("code: xx\nv:\n  a: x\n  b: y\n  a: z\nv: w\n", &e));
	assert_string_equal(e.msg, "pack.yaml:5:3: duplicate key \"a\" (first at line 3)");
	/* Not duplicates: the same word in two lexicons, keys differing in case,
	 * a form repeated in a list. */
	lang *l = load("code: xx\nverbs: {dire: [dit, dit]}\nnouns: {dire: x, Dire: y}\n", &e);
	assert_non_null(l);
	assert_string_equal(lex_get(lang_lex(l, "verbs"), "dit", 3), "dire");
	lang_free(l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lists_and_mappings),
		cmocka_unit_test(test_fold_apostrophes),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_duplicate_keys),
		cmocka_unit_test(test_alias_bomb),
		cmocka_unit_test(test_installed_packs),
		cmocka_unit_test(test_detect),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
