/* test_wordlist.c — system word lists: the three orders (bytes, a locale's
 * collation, none), exact lookups, line endings, missing files, the packs'
 * word_lists key, and the common-word rule in English and French, on lists
 * written by the tests; the system's own lists when they are installed. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lang.h"
#include "util.h"
#include "wordlist.h"

static char dir[64];

static int setup(void **state)
{
	(void)state;
	return test_scratch_dir(dir, sizeof dir, "wordlist");
}

static int teardown(void **state)
{
	(void)state;
	const char *const names[] = {"bytes", "dict", "coll", "unsorted", "crlf", "empty", "en", "fr", "pack.yaml", "rel",
	                       "packrel", "packfr"};
	test_scratch_remove(dir, names, sizeof names / sizeof names[0]);
	return 0;
}

/* Write `text` to the scratch directory's file `name`; returns the path. */
static char *write_list(const char *name, const char *text)
{
	return test_write_file(dir, name, text);
}

static const wordlist *open_ok(const char *path)
{
	struct gerr e = {0};
	const wordlist *w = wordlist_open(path, &e);
	if (!w)
		fail_msg("%s", e.msg);
	return w;
}

static bool has(const wordlist *w, const char *s)
{
	return wordlist_has(w, s, strlen(s));
}

/* Every line of `text` is found. */
static void all_found(const wordlist *w, const char *text)
{
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\r\n");
		if (n && !wordlist_has(w, p, n))
			fail_msg("not found: %.*s", (int)n, p);
		p += n;
		p += strspn(p, "\r\n");
	}
}

static void test_bytes(void **state)
{
	(void)state;
	const char *text = "Aaron\nMark\nZulu\nabbey\nkeep\nmark\nzebra\nzoo\n";
	char *p = write_list("bytes", text);
	const wordlist *w = open_ok(p);
	assert_int_equal(wordlist_order(w), WORDLIST_BYTES);
	assert_true(wordlist_check(w));
	assert_int_equal(wordlist_count(w), 8);
	all_found(w, text);
	assert_false(has(w, "Keep"));
	assert_false(has(w, "kee"));
	assert_false(has(w, "keeps"));
	assert_false(has(w, "a"));
	assert_false(has(w, "zoos"));
	assert_false(has(w, ""));
	assert_false(wordlist_has(w, "keep\nmark", 9));
	/* the same path: the same list, mapped once */
	assert_ptr_equal(open_ok(p), w);
	free(p);
}

/* LC_ALL=C sort -d (SCOWL's lists): only ASCII letters, digits and blanks
 * count, so capitalised words come first and Zürich sorts as "Zrich". */
static void test_dict(void **state)
{
	(void)state;
	const char *text = "AZ's\nAachen\nBartók\nBartlett\nZürich\nZulu\nabbey\néclair\nclam\nkeep\nmark's\nmarks\n";
	char *p = write_list("dict", text);
	const wordlist *w = open_ok(p);
	assert_int_equal(wordlist_order(w), WORDLIST_DICT);
	assert_true(wordlist_check(w));
	all_found(w, text);
	assert_false(has(w, "Zurich"));
	assert_false(has(w, "eclair"));
	assert_false(has(w, "Keep"));
	assert_false(has(w, "mark"));
	assert_false(has(w, "AZ"));
	free(p);
}

/* The order of `sort` in a UTF-8 locale (Debian's lists): case and accents
 * second, punctuation ignored. */
static void test_collated(void **state)
{
	(void)state;
	const char *text = "a\nà\nAaron\nAaron's\nabaca\nabbé\nabbés\nbec-d'âne\nbecs\ncœur\ncôte\ncoté\ncouper\n"
	                   "écluse\nÉcluse\nécluses\nmark\nMark\nmark's\nMark's\nmarks\nœuvre\nzèbre\nzoo\n";
	char *p = write_list("coll", text);
	const wordlist *w = open_ok(p);
	assert_int_equal(wordlist_order(w), WORDLIST_COLLATED);
	assert_true(wordlist_check(w));
	all_found(w, text);
	assert_false(has(w, "A"));
	assert_false(has(w, "ecluse"));
	assert_false(has(w, "Marks"));
	assert_false(has(w, "bec-d'ane"));
	assert_false(has(w, "abbe"));
	assert_false(has(w, "zzz"));
	assert_false(has(w, "0"));
	free(p);
}

static void test_unsorted(void **state)
{
	(void)state;
	const char *text = "zoo\nkeep\nMark\nabbey\nzebra\nécluse\nAaron\nmark\n";
	char *p = write_list("unsorted", text);
	const wordlist *w = open_ok(p);
	assert_int_equal(wordlist_order(w), WORDLIST_INDEXED);
	assert_true(wordlist_check(w));
	all_found(w, text);
	assert_false(has(w, "Keep"));
	assert_false(has(w, "ecluse"));
	free(p);
}

/* CRLF line ends and a last line without one. */
static void test_line_ends(void **state)
{
	(void)state;
	char *p = write_list("crlf", "apple\r\nkeep\r\nzoo");
	const wordlist *w = open_ok(p);
	assert_true(has(w, "apple"));
	assert_true(has(w, "keep"));
	assert_true(has(w, "zoo"));
	assert_false(has(w, "keep\r"));
	assert_int_equal(wordlist_count(w), 3);
	free(p);
}

static void test_missing(void **state)
{
	(void)state;
	struct gerr e = {0};
	char *p = xasprintf("%s/no-such-list", dir);
	assert_null(wordlist_open(p, &e));
	assert_non_null(strstr(e.msg, "no-such-list"));
	assert_int_equal(e.code, EXIT_CONFIG);
	memset(&e, 0, sizeof e);
	assert_null(wordlist_open(dir, &e));                /* a directory */
	assert_non_null(strstr(e.msg, "not a regular file"));
	free(p);
	p = write_list("empty", "");
	memset(&e, 0, sizeof e);
	assert_null(wordlist_open(p, &e));
	assert_non_null(strstr(e.msg, "empty"));
	assert_null(wordlist_open("", &e));
	free(p);
	/* a missing list is no common word, never a crash */
	assert_false(wordlist_common(NULL, 0, "Keep", 4, "en", false));
}

/* English: the lower-case form listed and the word as written not; a
 * capitalised entry is a proper noun. */
static void test_common_en(void **state)
{
	(void)state;
	char *p = write_list("en", "Hope\nMark\nO'Hare\nRose\nhare\nhope\nkeep\nlocal\nmark\nparents\nrose\nterminal\n");
	const wordlist *w = open_ok(p);
	const wordlist *v[] = {w};
#define COMMON(s) wordlist_common(v, 1, s, strlen(s), "en", false)
	assert_true(COMMON("Keep"));
	assert_true(COMMON("Parents"));
	assert_true(COMMON("Terminal"));
	assert_true(COMMON("keep"));
	assert_false(COMMON("Mark"));
	assert_false(COMMON("Hope"));
	assert_false(COMMON("Rose"));
	assert_false(COMMON("Zorbla"));
	assert_false(COMMON("O'Hare"));
	assert_false(COMMON("O’Hare"));   /* the typographic apostrophe reads as ' */
	/* a second list that writes the word with a capital makes it a name */
	char *q = write_list("rel", "Terminal\n");
	const wordlist *v2[] = {w, open_ok(q)};
	assert_false(wordlist_common(v2, 2, "Terminal", 8, "en", false));
	assert_true(wordlist_common(v2, 2, "Keep", 4, "en", false));
#undef COMMON
	free(p);
	free(q);
}

/* French: every entry in lower case; ICU lowers the capitals (accented
 * ones too) and the elided article comes off. */
static void test_common_fr(void **state)
{
	(void)state;
	char *p = write_list("fr", "aujourd'hui\ncommandement\nécluse\nprairie\nvivre\n");
	const wordlist *v[] = {open_ok(p)};
#define COMMON(s, el) wordlist_common(v, 1, s, strlen(s), "fr", el)
	assert_true(COMMON("Vivre", true));
	assert_true(COMMON("Prairie", true));
	assert_true(COMMON("Écluse", true));
	assert_true(COMMON("ÉCLUSE", true));
	assert_true(COMMON("Commandement", false));
	assert_true(COMMON("Aujourd’hui", true));
	assert_true(COMMON("L'Écluse", true));
	assert_true(COMMON("l’Écluse", true));
	assert_false(COMMON("L'Écluse", false));
	assert_false(COMMON("Vivres", true));
	assert_false(COMMON("Kervadec", true));
	assert_false(COMMON("Qu'", true));
#undef COMMON
	free(p);
}

/* The pack's word_lists: a path relative to the pack's file, an absolute
 * one, and a missing one (left out). */
static void test_pack(void **state)
{
	(void)state;
	char *rel = write_list("packrel", "Terminal\n");
	char *fr = write_list("packfr", "prairie\nvivre\n");
	char *yaml = xasprintf("code: fr\nname: Test\nword_lists: [packrel, \"%s\", %s/absent]\n", fr, dir);
	char *pp = write_list("pack.yaml", yaml);
	struct gerr e = {0};
	lang *l = lang_load(pp, &e);
	if (!l)
		fail_msg("%s", e.msg);
	const wordlist *out[4];
	assert_int_equal(wordlist_open_pack(l, out, 4), 2);
	assert_true(wordlist_has(out[0], "Terminal", 8) || wordlist_has(out[1], "Terminal", 8));
	assert_int_equal(wordlist_open_pack(l, out, 1), 1);
	lang_free(l);
	/* no key: no list */
	l = lang_load_buf("none", "code: en\nname: None\n", 20, &e);
	assert_non_null(l);
	assert_int_equal(wordlist_open_pack(l, out, 4), 0);
	lang_free(l);
	free(rel);
	free(fr);
	free(yaml);
	free(pp);
}

/* The system's lists, when installed: Debian's french is sorted in its
 * locale's order, SCOWL's lists by `LC_ALL=C sort -d`; every line must be
 * found. */
static void test_system(void **state)
{
	(void)state;
	const char *paths[] = {"/usr/share/dict/french", "/usr/share/dict/british-english",
	                       "/usr/share/dict/american-english"};
	for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
		if (access(paths[i], R_OK) != 0)
			continue;
		const wordlist *w = open_ok(paths[i]);
		assert_int_equal(wordlist_order(w), i == 0 ? WORDLIST_COLLATED : WORDLIST_DICT);
		assert_true(wordlist_check(w));
		char *text;
		size_t len;
		struct gerr e = {0};
		assert_int_equal(file_read_all(paths[i], &text, &len, &e), 0);
		all_found(w, text);
		free(text);
		const wordlist *v[] = {w};
		if (i == 0) {
			assert_true(wordlist_common(v, 1, "Prairie", 7, "fr", true));
			assert_false(wordlist_common(v, 1, "Kervadec", 8, "fr", true));
		} else {
			assert_true(wordlist_common(v, 1, "Keep", 4, "en", false));
			assert_false(wordlist_common(v, 1, "Mark", 4, "en", false));
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bytes),
		cmocka_unit_test(test_dict),
		cmocka_unit_test(test_collated),
		cmocka_unit_test(test_unsorted),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_common_en),
		cmocka_unit_test(test_common_fr),
		cmocka_unit_test(test_pack),
		cmocka_unit_test(test_system),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
