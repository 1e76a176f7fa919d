/* test_timex_window.c — the time pass on a document too large for one
 * pass (extract_timex.c reads it a window of sentences at a time, cut
 * between the articles of a concatenation): the same expressions, values
 * and offsets as reading it whole, in every article; a short document is
 * read whole.  GLOSE_TIMEX_WINDOW sets the window's size (0: none).  The
 * sentences are written for this test. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Article k of a concatenation: a title, a date line, three paragraphs
 * with days, times of day, « le lendemain », a quoted « demain » said on
 * a named day, a date and a set; « le lendemain » in the paragraph after
 * the day it follows. */
static void add_article(struct sbuf *b, int k)
{
	sbuf_addf(b,
	          "Séance numéro %d : le conseil de Lorient vote son budget\n"
	          "Publié le 12 mars 2025\n"
	          "Le conseil municipal s'est réuni mardi à 18 heures pour examiner les comptes du quartier %d.\n"
	          "Le lendemain, les élus ont reçu les associations à 9 heures.\n"
	          "« Nous voterons demain », a déclaré la maire lundi. Le vote a eu lieu le lendemain, à 10 heures.\n"
	          "Une nouvelle séance est prévue le 2 avril, puis chaque jeudi à midi jusqu'à l'été.\n\n",
	          k, k % 13);
}

struct tx {
	size_t start, end;
	int type;
	char value[32];
};

/* The times of a document, by position. */
static size_t times_of(const char *text, const char *window, struct tx **out, size_t *len)
{
	if (window)
		setenv("GLOSE_TIMEX_WINDOW", window, 1);
	else
		unsetenv("GLOSE_TIMEX_WINDOW");
	struct article a;
	memset(&a, 0, sizeof a);
	test_article(&a, text, "fr", "2025-03-12", "quotes,timex");
	unsetenv("GLOSE_TIMEX_WINDOW");
	size_t n;
	const int *ids = annots_of_kind(a.an, ANN_TIME, &n);
	*out = calloc(n ? n : 1, sizeof **out);
	assert_non_null(*out);
	for (size_t i = 0; i < n; i++) {
		const struct ann *t = annots_get(a.an, ids[i]);
		(*out)[i].start = t->start;
		(*out)[i].end = t->end;
		(*out)[i].type = t->subtype;
		snprintf((*out)[i].value, sizeof (*out)[i].value, "%s", annots_str(a.an, annots_id(a.an, t)) ? annots_str(a.an, annots_id(a.an, t)) : "null");
	}
	*len = doc_len(a.doc);
	article_close(&a);
	return n;
}

static void assert_same(const struct tx *a, size_t na, const struct tx *b, size_t nb)
{
	assert_int_equal(na, nb);
	for (size_t i = 0; i < na; i++) {
		assert_int_equal(a[i].start, b[i].start);
		assert_int_equal(a[i].end, b[i].end);
		assert_int_equal(a[i].type, b[i].type);
		assert_string_equal(a[i].value, b[i].value);
	}
}

static char *concatenation(int articles)
{
	struct sbuf b = {0};
	for (int k = 0; k < articles; k++)
		add_article(&b, k);
	return b.s;
}

/* One article's times, read whole: what every article of a concatenation
 * must give, windows or not. */
static void check(int articles, const char *window)
{
	char *one = concatenation(1);
	struct tx *ref, *whole, *win;
	size_t len, per = times_of(one, NULL, &ref, &len);
	assert_int_equal(per, 12);
	assert_string_equal(ref[1].value, "2025-03-11T18:00");    /* mardi à 18 heures */
	assert_string_equal(ref[2].value, "2025-03-12");          /* le lendemain of that Tuesday */
	assert_string_equal(ref[3].value, "2025-03-12T09:00");    /* à 9 heures, that day */
	assert_string_equal(ref[4].value, "2025-03-11");          /* demain, said on Monday the 10th */
	assert_string_equal(ref[6].value, "2025-03-11");          /* le lendemain of that Monday */
	assert_string_equal(ref[7].value, "2025-03-11T10:00");    /* à 10 heures, that day */
	char *text = concatenation(articles);
	size_t nw = times_of(text, "0", &whole, &len);
	size_t nv = times_of(text, window, &win, &len);
	/* every article gives its own times, at the document's offsets */
	assert_int_equal(nw, per * (size_t)articles);
	assert_same(whole, nw, win, nv);
	for (size_t i = 0; i < nv; i++) {
		assert_string_equal(win[i].value, ref[i % per].value);
		assert_int_equal(win[i].end - win[i].start, ref[i % per].end - ref[i % per].start);
		assert_true(win[i].end <= len);
		assert_true(i == 0 || win[i].start > win[i - 1].start);
		assert_memory_equal(text + win[i].start, one + ref[i % per].start, win[i].end - win[i].start);
	}
	free(ref);
	free(whole);
	free(win);
	free(text);
	free(one);
}

static void test_short_document(void **state)
{
	(void)state;
	check(3, NULL);
}

/* Windows of a few articles each, of sizes that put the ends of the
 * windows' first lengths at every paragraph of an article. */
static void test_small_windows(void **state)
{
	(void)state;
	for (int size = 1000; size < 1600; size += 75) {
		char w[16];
		snprintf(w, sizeof w, "%d", size);
		check(24, w);
	}
}

/* Some 2 MB: two windows of the default size. */
static void test_default_windows(void **state)
{
	(void)state;
	char *text = concatenation(5000);
	assert_true(strlen(text) > 3 * ((size_t)1 << 19));   /* past 1.5 MiB: windowed */
	free(text);
	check(5000, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_document),
		cmocka_unit_test(test_small_windows),
		cmocka_unit_test(test_default_windows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
