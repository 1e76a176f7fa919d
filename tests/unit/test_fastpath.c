/* test_fastpath.c — the shortcuts taken for speed give the answers of the
 * slow paths they skip: the ASCII spelling of accented Latin letters
 * without the transliterator, lexicon lookups by a folded key, the filter
 * on the first words of multi-word entries, lexicons found by name, the
 * banded edit distance, numbers written two digits at a time, gazetteer
 * lookups by a folded key. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors_fold.h"
#include "actors_gaz.h"
#include "hindex.h"

/* ---- ASCII spelling -------------------------------------------------------- */

/* actors_fold_ascii() and the transliterator agree on s. */
static void same_ascii(const char *s)
{
	size_t n = strlen(s), fl = 0, il = 0;
	char *f = actors_fold_ascii(s, n, &fl);
	char *i = actors_fold_ascii_icu(s, n, &il);
	assert_non_null(f);
	assert_non_null(i);
	if (fl != il || memcmp(f, i, fl) != 0)
		fail_msg("\"%s\": shortcut \"%s\", transliterator \"%s\"", s, f, i);
	free(f);
	free(i);
}

/* Every letter the shortcut takes, alone and between letters of either
 * case (the transliterator's rules may look at the neighbours' case). */
static void test_plain_letters(void **state)
{
	(void)state;
	static const unsigned ranges[][2] = {{0x80, 0x250}, {0x1E00, 0x1F00}};
	size_t plain = 0;
	for (size_t r = 0; r < 2; r++)
		for (unsigned c = ranges[r][0]; c < ranges[r][1]; c++) {
			char u[5] = {0};
			utf8_encode((int32_t)c, u);
			if (!actors_fold_plain(u, strlen(u)))
				continue;
			plain++;
			static const char *const ctx[][2] = {{"", ""}, {"a", "a"}, {"A", "A"}, {"", "a"},
			                                     {"", "A"}, {"k", ""}, {"K", ""}, {"o", "o"}};
			for (size_t k = 0; k < ARRAY_LEN(ctx); k++) {
				char s[32];
				snprintf(s, sizeof s, "%s%s%s", ctx[k][0], u, ctx[k][1]);
				same_ascii(s);
			}
			char twice[16];
			snprintf(twice, sizeof twice, "%s%s", u, u);
			same_ascii(twice);
		}
	/* ASCII (copied as it is) beside an accented letter. */
	for (int c = 1; c < 0x80; c++) {
		char s[16];
		snprintf(s, sizeof s, "\xc3\xa9%c\xc3\x89%c", c, c);
		same_ascii(s);
	}
	/* The Latin-1 and Latin Extended-A accented letters at least. */
	assert_true(plain > 150);
}

static void test_plain_words(void **state)
{
	(void)state;
	static const char *const words[] = {"Hélène", "Kévin", "Müller-Lüdenscheidt", "Ñuñoa", "Crète",
	                                    "ÎLE-DE-FRANCE", "Nguyễn Văn", "Ångström", "plain ascii",
	                                    "Łódź", "Šimić", "Žižek", "Œuvre", "Straße", "Søren", "Ђорђе"};
	for (size_t k = 0; k < ARRAY_LEN(words); k++)
		same_ascii(words[k]);
	/* Letters the shortcut leaves to the transliterator. */
	assert_false(actors_fold_plain("Œuvre", strlen("Œuvre")));
	assert_false(actors_fold_plain("Šimić", strlen("Šimić")));
	assert_false(actors_fold_plain("Łódź", strlen("Łódź")));
	assert_false(actors_fold_plain("e\xcc\x81", 3));       /* e + combining acute */
	assert_true(actors_fold_plain("Hélène", strlen("Hélène")));
	size_t n;
	char *a = actors_fold_ascii("Kévin", strlen("Kévin"), &n);
	assert_string_equal(a, "Kevin");
	free(a);
	a = actors_fold_ascii("Šimić", strlen("Šimić"), &n);
	assert_string_equal(a, "Shimic");
	free(a);
	a = actors_fold_ascii("\xc3", 1, &n);                  /* broken UTF-8 goes the slow way */
	assert_non_null(a);
	free(a);
}

/* ---- lexicons ------------------------------------------------------------- */

static lang *load(const char *yaml)
{
	struct gerr e = {0};
	lang *l = lang_load_buf("pack.yaml", yaml, strlen(yaml), &e);
	assert_non_null(l);
	return l;
}

static void test_folded_lookups(void **state)
{
	(void)state;
	lang *l = load("code: xx\n"
	               "heads: [tribunal, \"centre hospitalier\", \"chambre d'agriculture\", Préfecture]\n"
	               "other: {Maire: m, adjointe: f}\n");
	const lexicon *h = lang_lex(l, "heads");
	static const char *const probes[] = {"Tribunal", "tribunal", "PRÉFECTURE", "préfecture", "centre hospitalier",
	                                     "Centre Hospitalier", "centre", "chambre d’agriculture", "maire", "x"};
	for (size_t k = 0; k < ARRAY_LEN(probes); k++) {
		size_t fl;
		char *f = lang_fold(probes[k], strlen(probes[k]), &fl);
		const char *a = lex_get(h, probes[k], strlen(probes[k]));
		const char *b = lex_get_folded(h, f, fl, hash_fnv(f, fl));
		assert_true(a == b);
		free(f);
	}
	/* First words of the entries of several words, folded. */
	static const struct {
		const char *w;
		bool first;
	} fw[] = {{"centre", true}, {"chambre", true}, {"tribunal", false}, {"hospitalier", false}, {"x", false}};
	for (size_t k = 0; k < ARRAY_LEN(fw); k++)
		assert_int_equal(lex_first_word(h, fw[k].w, strlen(fw[k].w), hash_fnv(fw[k].w, strlen(fw[k].w))),
		                 fw[k].first);
	/* Entries added later (the reader's configuration) join the filter. */
	lang_add(l, "heads", "Conseil Départemental", NULL);
	assert_true(lex_first_word(h, "conseil", 7, hash_fnv("conseil", 7)));
	assert_true(lex_has(h, "conseil départemental", strlen("conseil départemental")));
	/* Lexicons by name, a new one included. */
	assert_string_equal(lex_get(lang_lex(l, "other"), "MAIRE", 5), "m");
	assert_int_equal(lex_size(lang_lex(l, "nothing")), 0);
	lang_add(l, "late", "mot", "v");
	assert_string_equal(lex_get(lang_lex(l, "late"), "Mot", 3), "v");
	assert_int_equal(lex_size(lang_lex(l, "heads")), 5);
	lang_free(l);
}

/* ---- edit distance ---------------------------------------------------------- */

/* The full optimal-string-alignment table, for reference. */
static int osa_full(const char *a, size_t an, const char *b, size_t bn)
{
	int d[20][20];
	for (size_t i = 0; i <= an; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= bn; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= an; i++)
		for (size_t j = 1; j <= bn; j++) {
			int cost = a[i - 1] == b[j - 1] ? 0 : 1, v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < v)
				v = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[an][bn];
}

static void test_edit_distance(void **state)
{
	(void)state;
	/* Random words over a small alphabet, so that near misses abound. */
	unsigned long r = 12345;
	for (int n = 0; n < 20000; n++) {
		char a[16], b[16];
		r = r * 6364136223846793005ul + 1442695040888963407ul;
		size_t an = (r >> 33) % 13, bn = an + (r >> 40) % 5;
		bn = bn >= 2 ? bn - 2 : 0;
		for (size_t i = 0; i < an; i++) {
			r = r * 6364136223846793005ul + 1442695040888963407ul;
			a[i] = "abcd"[(r >> 35) % 4];
		}
		memcpy(b, a, an < bn ? an : bn);
		for (size_t i = 0; i < bn; i++) {
			r = r * 6364136223846793005ul + 1442695040888963407ul;
			if (i >= an || (r >> 37) % 4 == 0)
				b[i] = "abcd"[(r >> 45) % 4];
		}
		int full = osa_full(a, an, b, bn);
		for (int max = 0; max <= 3; max++) {
			int want = full > max ? max + 1 : full;
			int got = actors_edit_distance(a, an, b, bn, max);
			if (got != want)
				fail_msg("\"%.*s\" \"%.*s\" max %d: %d, want %d", (int)an, a, (int)bn, b, max, got, want);
		}
	}
	assert_int_equal(actors_edit_distance("dimitriev", 9, "dmitriev", 8, 2), 1);
	assert_int_equal(actors_edit_distance("gaddafi", 7, "gadaffi", 7, 2), 2);
	assert_int_equal(actors_edit_distance("abcdef", 6, "badcfe", 6, 2), 3);
	assert_int_equal(actors_edit_distance("putin", 5, "putin", 5, 0), 0);
	assert_int_equal(actors_edit_distance("putin", 5, "putim", 5, 0), 1);
}

/* ---- numbers ------------------------------------------------------------- */

static void test_uint(void **state)
{
	(void)state;
	uint64_t v[] = {0, 1, 9, 10, 99, 100, 101, 999, 1000, 65535, 1234567890, UINT64_MAX, UINT64_MAX / 7};
	for (size_t k = 0; k < ARRAY_LEN(v) + 2000; k++) {
		uint64_t x = k < ARRAY_LEN(v) ? v[k] : (uint64_t)k * k * 977u;
		struct sbuf b = {0};
		sbuf_addc(&b, '<');
		sbuf_add_uint(&b, x);
		char want[32];
		snprintf(want, sizeof want, "<%llu", (unsigned long long)x);
		assert_string_equal(b.s, want);
		sbuf_free(&b);
	}
}

/* ---- gazetteer ------------------------------------------------------------ */

static void test_gazetteer(void **state)
{
	(void)state;
	const struct actors_gaz *g = actors_gaz_for("fr");
	static const char *const names[] = {"Arabie saoudite", "France", "ÉTATS-UNIS", "Nouvelle-Zélande", "Paris",
	                                    "Tombouctou", "nulle part", "x"};
	for (size_t k = 0; k < ARRAY_LEN(names); k++) {
		size_t n = strlen(names[k]), fl;
		char *f = lang_fold(names[k], n, &fl);
		struct gaz_hit a = {0}, b = {0};
		bool ra = actors_gaz_find(g, names[k], n, &a);
		bool rb = actors_gaz_find_folded(g, f, fl, hash_fnv(f, fl), &b);
		assert_int_equal(ra, rb);
		assert_true(a.name == b.name && a.kind == b.kind);
		/* A name of several words is let through by its first word. */
		const char *sp = memchr(f, ' ', fl);
		if (ra && sp)
			assert_true(actors_gaz_first_word(g, hash_fnv(f, (size_t)(sp - f))));
		free(f);
	}
	assert_true(actors_gaz_find(g, "Arabie saoudite", 15, NULL));
	assert_false(actors_gaz_first_word(g, hash_fnv("qqqq", 4)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_letters),
		cmocka_unit_test(test_plain_words),
		cmocka_unit_test(test_folded_lookups),
		cmocka_unit_test(test_edit_distance),
		cmocka_unit_test(test_uint),
		cmocka_unit_test(test_gazetteer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
