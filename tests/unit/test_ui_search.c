/* test_ui_search.c — the reader's search: case- and accent-insensitive
 * through ICU collation, forward and backward, byte offsets right around
 * multi-byte characters, matches across the conversion windows. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "ui.h"

static const char fr[] =
	"Le ministre s'est rendu aux \xc3\x89tats-Unis mardi.\n"          /* États-Unis */
	"\xc3\x80 Washington, Marguerite OUCHAKOV a parl\xc3\xa9 longtemps.\n"
	"Puis la d\xc3\xa9l\xc3\xa9gation est rentr\xc3\xa9""e des \xc3\xa9tats-unis.\n";

static size_t at(const char *t, const char *needle)
{
	const char *p = strstr(t, needle);
	assert_non_null(p);
	return (size_t)(p - t);
}

static void test_insensitive(void **state)
{
	(void)state;
	struct search *s = search_new("fr");
	size_t len = strlen(fr);
	struct span m;
	assert_int_equal(search_set(s, "etats-unis", NULL), 0);
	assert_string_equal(search_pattern(s), "etats-unis");
	assert_true(search_find(s, fr, len, 0, false, &m));
	assert_int_equal(m.start, at(fr, "\xc3\x89tats"));
	assert_int_equal(m.end, m.start + strlen("\xc3\x89tats-Unis"));
	/* The next one, lower case. */
	assert_true(search_find(s, fr, len, m.end, false, &m));
	assert_int_equal(m.start, at(fr, "\xc3\xa9tats-unis"));
	assert_false(search_find(s, fr, len, m.end, false, &m));
	/* Upper-case text, lower-case pattern. */
	assert_int_equal(search_set(s, "ouchakov", NULL), 0);
	assert_true(search_find(s, fr, len, 0, false, &m));
	assert_int_equal(m.start, at(fr, "OUCHAKOV"));
	/* An accented pattern finds plain and accented text alike. */
	assert_int_equal(search_set(s, "D\xc3\x89L\xc3\x89GATION", NULL), 0);
	assert_true(search_find(s, fr, len, 0, false, &m));
	assert_int_equal(m.start, at(fr, "d\xc3\xa9l\xc3\xa9gation"));
	assert_int_equal(search_set(s, "a washington", NULL), 0);
	assert_true(search_find(s, fr, len, 0, false, &m));
	assert_int_equal(m.start, at(fr, "\xc3\x80 Washington"));
	search_free(s);
}

static void test_backward(void **state)
{
	(void)state;
	struct search *s = search_new("fr");
	size_t len = strlen(fr);
	struct span m;
	assert_int_equal(search_set(s, "\xc3\x89TATS-UNIS", NULL), 0);
	assert_true(search_find(s, fr, len, len, true, &m));
	assert_int_equal(m.start, at(fr, "\xc3\xa9tats-unis"));
	assert_true(search_find(s, fr, len, m.start, true, &m));
	assert_int_equal(m.start, at(fr, "\xc3\x89tats-Unis"));
	assert_false(search_find(s, fr, len, m.start, true, &m));
	search_free(s);
}

static void test_errors_and_misses(void **state)
{
	(void)state;
	struct search *s = search_new("fr");
	struct span m;
	struct gerr e = {0};
	assert_int_equal(search_set(s, "", &e), -1);
	assert_true(strstr(e.msg, "empty") != NULL);
	assert_null(search_pattern(s));
	assert_false(search_find(s, fr, strlen(fr), 0, false, &m));   /* no pattern yet */
	assert_int_equal(search_set(s, "kremlin", NULL), 0);
	assert_false(search_find(s, fr, strlen(fr), 0, false, &m));
	assert_false(search_find(s, "", 0, 0, false, &m));
	search_free(s);
}

static void test_offsets(void **state)
{
	(void)state;
	/* Characters outside the BMP (surrogate pairs in UTF-16) before the match. */
	const char *t = "\xf0\x9f\x98\x80 Qu\xc3\xa9""bec \xf0\x9f\x98\x80 quebec";
	struct search *s = search_new("fr");
	struct span m;
	assert_int_equal(search_set(s, "QUEBEC", NULL), 0);
	assert_true(search_find(s, t, strlen(t), 0, false, &m));
	assert_int_equal(m.start, 5);
	assert_int_equal(m.end, 5 + strlen("Qu\xc3\xa9""bec"));
	struct span *all = NULL;
	size_t cap = 0;
	assert_int_equal(search_all(s, t, 0, strlen(t), &all, &cap), 2);
	assert_int_equal(all[1].start, strlen(t) - 6);
	assert_int_equal(all[1].end, strlen(t));
	/* Only inside the range. */
	assert_int_equal(search_all(s, t, 6, strlen(t), &all, &cap), 1);
	free(all);
	/* Starting inside a character: the search starts at that character. */
	assert_true(search_find(s, t, strlen(t), 2, false, &m));
	assert_int_equal(m.start, 5);
	search_free(s);
}

static void test_filter(void **state)
{
	(void)state;
	struct search *s = search_new("fr");
	assert_int_equal(search_set(s, "helene", NULL), 0);
	const char *name = "H\xc3\xa9l\xc3\xa8ne Vasquez (4)";
	assert_true(search_in(s, name, strlen(name)));
	assert_false(search_in(s, "Karl Brenner (2)", 16));
	search_free(s);
}

/* A long text without line feeds: matches on both sides of the 64 KiB
 * conversion windows, found forward and backward. */
static void test_windows(void **state)
{
	(void)state;
	struct sbuf b = {0};
	size_t nw = 0;
	for (int i = 0; b.len < 300000; i++) {
		if (i % 3000 == 2999 && nw < 4) {
			nw++;
			sbuf_puts(&b, "Fran\xc3\xa7ois ");
		} else {
			sbuf_puts(&b, "lorem ipsum ");
		}
	}
	/* One more right across the first window edge. */
	size_t edge = 65536 - 3;
	struct sbuf c = {0};
	sbuf_add(&c, b.s, edge);
	sbuf_puts(&c, "FRANCOIS");
	sbuf_add(&c, b.s + edge, b.len - edge);
	struct search *s = search_new("fr");
	assert_int_equal(search_set(s, "francois", NULL), 0);
	struct span m;
	size_t from = 0, found = 0;
	bool saw_edge = false;
	while (search_find(s, c.s, c.len, from, false, &m)) {
		if (m.start == edge)
			saw_edge = true;
		found++;
		from = m.end;
	}
	assert_true(saw_edge);
	assert_int_equal(found, nw + 1);
	size_t back = 0;
	from = c.len;
	while (search_find(s, c.s, c.len, from, true, &m)) {
		back++;
		from = m.start;
	}
	assert_int_equal(back, found);
	search_free(s);
	sbuf_free(&b);
	sbuf_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insensitive),
		cmocka_unit_test(test_backward),
		cmocka_unit_test(test_errors_and_misses),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_filter),
		cmocka_unit_test(test_windows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
