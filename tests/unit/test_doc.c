/* test_doc.c — paragraphs, sentences, words, title, dateline, offsets. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

static char *slice(const doc *d, struct span s)
{
	return xstrndup(doc_text(d) + s.start, s.end - s.start);
}

static void assert_sentence(const doc *d, size_t i, const char *want)
{
	char *got = slice(d, doc_sent(d, i));
	assert_string_equal(got, want);
	free(got);
}

static void test_paragraphs_and_title(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "  Le titre du jour  \n\nPremier paragraphe.\r\nSecond paragraphe.\n   \n", "fr", NULL, "none");
	assert_int_equal(doc_npara(a.doc), 3);
	char *t = slice(a.doc, doc_title(a.doc));
	assert_string_equal(t, "Le titre du jour");
	free(t);
	char *p = slice(a.doc, doc_para(a.doc, 2));
	assert_string_equal(p, "Second paragraphe.");
	free(p);
	assert_int_equal(doc_para_at(a.doc, doc_para(a.doc, 1).start + 3), 1);
	article_close(&a);
}

static void test_french_sentences(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Titre\nM. Dupont est arrivé à 9 h. Mme Leroy l'attendait. Le groupe J.-C. Decaux a signé.\n",
	             "fr", NULL, "none");
	/* "M.", "Mme" and "J.-C." do not end sentences; "9 h." does. */
	assert_int_equal(doc_nsent(a.doc), 4);
	assert_sentence(a.doc, 1, "M. Dupont est arrivé à 9 h.");
	assert_sentence(a.doc, 2, "Mme Leroy l'attendait.");
	assert_sentence(a.doc, 3, "Le groupe J.-C. Decaux a signé.");
	article_close(&a);
}

static void test_english_sentences(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Title\nMr. Gray met Dr. Stone in the U.S. capital. They spoke. J. K. Lowe left at 5 p.m. on Friday.\n",
	             "en", NULL, "none");
	assert_int_equal(doc_nsent(a.doc), 4);
	assert_sentence(a.doc, 1, "Mr. Gray met Dr. Stone in the U.S. capital.");
	assert_sentence(a.doc, 2, "They spoke.");
	assert_sentence(a.doc, 3, "J. K. Lowe left at 5 p.m. on Friday.");
	article_close(&a);
}

static void test_words_elisions(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "L'Europe s'inquiète aujourd'hui, jusqu'à l\u2019aube.", "fr", NULL, "none");
	struct word *w = NULL;
	size_t cap = 0;
	size_t n = doc_words(a.doc, (struct span){0, doc_len(a.doc)}, &w, &cap);
	const char *want[] = {"L'", "Europe", "s'", "inquiète", "aujourd'hui", ",", "jusqu'", "à", "l\u2019", "aube", "."};
	assert_int_equal(n, ARRAY_LEN(want));
	for (size_t i = 0; i < n; i++) {
		char *s = xstrndup(doc_text(a.doc) + w[i].start, w[i].end - w[i].start);
		assert_string_equal(s, want[i]);
		free(s);
	}
	assert_int_equal(w[1].kind, WORD_LETTER);
	assert_int_equal(w[5].kind, WORD_PUNCT);
	free(w);
	article_close(&a);
}

static void test_english_words_keep_apostrophes(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "O'Brien said they don't know 42 people.", "en", NULL, "none");
	struct word *w = NULL;
	size_t cap = 0;
	size_t n = doc_words(a.doc, (struct span){0, doc_len(a.doc)}, &w, &cap);
	assert_int_equal(n, 8);
	assert_int_equal(w[0].end - w[0].start, 7);      /* O'Brien */
	assert_int_equal(w[3].end - w[3].start, 5);      /* don't */
	assert_int_equal(w[5].kind, WORD_NUMBER);
	free(w);
	article_close(&a);
}

/* The words of s, broken by themselves: a doc of that text alone. */
static size_t words_alone(const doc *d, struct span s, struct word **out, size_t *cap)
{
	doc *alone = doc_new(xstrndup(doc_text(d) + s.start, s.end - s.start), s.end - s.start, doc_lang(d));
	size_t n = doc_words(alone, (struct span){0, s.end - s.start}, out, cap);
	for (size_t i = 0; i < n; i++) {
		(*out)[i].start += s.start;
		(*out)[i].end += s.start;
	}
	doc_free(alone);
	return n;
}

/* doc_words() keeps the words of a paragraph once broken and serves spans
 * inside it from them: every span gives the words the span gives alone. */
static void check_every_span(const doc *d, struct span whole)
{
	struct word *w = NULL, *w2 = NULL;
	size_t cap = 0, cap2 = 0;
	const char *t = doc_text(d);
	for (size_t s = whole.start; s < whole.end; s++) {
		if (((unsigned char)t[s] & 0xC0) == 0x80)
			continue;
		for (size_t e = s + 1; e <= whole.end; e++) {
			if (e < whole.end && ((unsigned char)t[e] & 0xC0) == 0x80)
				continue;
			size_t n = doc_words(d, (struct span){s, e}, &w, &cap);
			size_t n2 = words_alone(d, (struct span){s, e}, &w2, &cap2);
			if (n != n2)
				fail_msg("[%zu, %zu) \"%.*s\": %zu words, %zu alone", s, e, (int)(e - s), t + s, n, n2);
			for (size_t i = 0; i < n; i++)
				if (w[i].start != w2[i].start || w[i].end != w2[i].end || w[i].kind != w2[i].kind)
					fail_msg("[%zu, %zu) \"%.*s\": word %zu differs", s, e, (int)(e - s), t + s, i);
		}
	}
	free(w);
	free(w2);
}

static void test_words_kept(void **state)
{
	(void)state;
	struct article a;
	test_article(&a,
	             "Titre\n« L'État n'a pas dit ça », a-t-il lancé à 9 h 30, jusqu'à 3,5 % (U.S.) l\u2019été.\n"
	             "They don't   pay $1,200.50 to O'Neil\u2019s  co-op, e.g. 4th.\n",
	             "fr", NULL, "none");
	const doc *d = a.doc;
	/* The first call on a paragraph breaks it whole, the next ones reuse it. */
	check_every_span(d, doc_para(d, 1));
	check_every_span(d, doc_para(d, 2));
	/* Spans across paragraphs are broken by themselves. */
	check_every_span(d, (struct span){doc_para(d, 1).end - 6, doc_para(d, 2).start + 8});
	/* A window reads its document's words. */
	size_t base;
	doc *w = doc_window(d, 1, 3, &base);
	check_every_span(w, doc_para(w, 1));
	doc_free(w);
	/* Forgotten words are broken again, the same. */
	doc_words_forget(a.doc);
	check_every_span(d, doc_para(d, 2));
	article_close(&a);
}

static void assert_date(const char *text, const char *code, int y, int m, int d)
{
	struct article a;
	test_article(&a, text, code, NULL, "none");
	int Y = 0, M = 0, D = 0;
	assert_true(doc_date(a.doc, &Y, &M, &D));
	assert_int_equal(Y, y);
	assert_int_equal(M, m);
	assert_int_equal(D, d);
	assert_true(doc_dateline(a.doc, NULL));
	article_close(&a);
}

static void test_datelines(void **state)
{
	(void)state;
	assert_date("Le port rouvre\nPublié le 21 décembre 2006 à 10 h 12\nLe texte.\n", "fr", 2006, 12, 21);
	assert_date("Le port rouvre\nMis à jour le 1er mars 2024\nLe texte.\n", "fr", 2024, 3, 1);
	assert_date("Harbour reopens\nDec. 3, 2025\nThe text.\n", "en", 2025, 12, 3);
	assert_date("Harbour reopens\nPublished September 30, 2019\nThe text.\n", "en", 2019, 9, 30);
	assert_date("Harbour reopens\n2025-12-03\nThe text.\n", "en", 2025, 12, 3);
	assert_date("Harbour reopens\nWASHINGTON (Dec. 3, 2025) - The harbour authority said on Tuesday that the port would reopen.\n",
	            "en", 2025, 12, 3);
	assert_date("Le port rouvre\nBREST, 4 février 2026 (AFP) - Le port de commerce rouvrira lundi, a annoncé la préfecture.\n",
	            "fr", 2026, 2, 4);
}

static void test_no_date(void **state)
{
	(void)state;
	struct article a;
	/* A date inside a long body paragraph is not a dateline. */
	test_article(&a, "Titre\nLe conseil a voté le 3 mars 2025 un budget qui a surpris tout le monde, y compris ses propres membres, et la presse.\n",
	             "fr", NULL, "none");
	assert_false(doc_date(a.doc, NULL, NULL, NULL));
	article_close(&a);
	/* --date overrides. */
	test_article(&a, "Titre\n2020-01-01\nTexte.\n", "fr", "2025-12-03", "none");
	int y, m, d;
	assert_true(doc_date(a.doc, &y, &m, &d));
	assert_int_equal(y * 10000 + m * 100 + d, 20251203);
	assert_false(doc_dateline(a.doc, NULL));
	article_close(&a);
}

static void test_offsets(void **state)
{
	(void)state;
	/* é (2 bytes, 1 cp, 1 unit), 😀 (4 bytes, 1 cp, 2 units) */
	struct article a;
	test_article(&a, "é😀x", "en", NULL, "none");
	assert_int_equal(doc_len(a.doc), 7);
	assert_int_equal(doc_cp(a.doc, 2), 1);
	assert_int_equal(doc_cp(a.doc, 6), 2);
	assert_int_equal(doc_u16(a.doc, 6), 3);
	assert_int_equal(doc_u16(a.doc, 7), 4);
	assert_int_equal(doc_byte_of_cp(a.doc, 2), 6);
	assert_int_equal(doc_byte_of_cp(a.doc, 3), 7);
	article_close(&a);
	/* Across checkpoints. */
	struct sbuf b = {0};
	for (int i = 0; i < 3000; i++)
		sbuf_puts(&b, i % 3 ? "ab" : "é😀");
	test_article(&a, b.s, "en", NULL, "none");
	for (size_t cp = 0; cp < 100; cp += 7) {
		size_t by = doc_byte_of_cp(a.doc, cp * 50);
		assert_int_equal(doc_cp(a.doc, by), cp * 50);
	}
	assert_int_equal(doc_cp(a.doc, doc_len(a.doc)), utf8_cplen(b.s, b.len));
	sbuf_free(&b);
	article_close(&a);
}

static void test_empty(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "", "fr", NULL, "none");
	assert_int_equal(doc_len(a.doc), 0);
	assert_int_equal(doc_npara(a.doc), 0);
	assert_int_equal(doc_nsent(a.doc), 0);
	struct span t = doc_title(a.doc);
	assert_int_equal(t.end - t.start, 0);
	article_close(&a);
}

/* A window of paragraphs is a document of its own over the same bytes. */
static void test_window(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Le titre\nPublié le 3 mars 2025\nUn. Deux.\n\nAutre titre\nTrois l'a dit. Quatre.\nCinq.\n",
	             "fr", NULL, "none");
	const doc *d = a.doc;
	assert_int_equal(doc_npara(d), 6);
	size_t base = 0;
	doc *w = doc_window(d, 3, 5, &base);
	assert_int_equal(base, doc_para(d, 3).start);
	assert_ptr_equal(doc_text(w), doc_text(d) + base);
	assert_int_equal(doc_len(w), doc_para(d, 4).end - base);
	assert_int_equal(doc_npara(w), 2);
	char *t = slice(w, doc_title(w));
	assert_string_equal(t, "Autre titre");
	free(t);
	assert_int_equal(doc_nsent(w), 3);
	assert_sentence(w, 0, "Autre titre");
	assert_sentence(w, 1, "Trois l'a dit.");
	assert_sentence(w, 2, "Quatre.");
	assert_int_equal(doc_sent_at(w, doc_sent(w, 2).start), 2);
	assert_int_equal(doc_para_at(w, doc_para(w, 1).start), 1);
	/* Words and offsets count from the window's start. */
	struct word *wd = NULL;
	size_t cap = 0, n = doc_words(w, doc_sent(w, 1), &wd, &cap);
	assert_int_equal(n, 5);   /* Trois l' a dit . */
	assert_int_equal(wd[1].end - wd[1].start, 2);
	assert_memory_equal(doc_text(w) + wd[1].start, "l'", 2);
	free(wd);
	assert_int_equal(doc_cp(w, doc_para(w, 1).start), doc_cp(d, doc_para(d, 4).start) - doc_cp(d, base));
	/* The dateline is in the first article, not in this window. */
	assert_true(doc_dateline(d, NULL));
	assert_false(doc_dateline(w, NULL));
	assert_false(doc_date(w, NULL, NULL, NULL));
	doc_free(w);
	/* The first window keeps it, at the same place. */
	w = doc_window(d, 0, 3, &base);
	assert_int_equal(base, 0);
	struct span dl, wdl;
	assert_true(doc_dateline(d, &dl));
	assert_true(doc_dateline(w, &wdl));
	assert_int_equal(dl.start, wdl.start);
	int y, m, dd;
	assert_true(doc_date(w, &y, &m, &dd));
	assert_int_equal(y * 10000 + m * 100 + dd, 20250303);
	doc_free(w);
	/* Out of range: empty windows, no crash. */
	w = doc_window(d, 7, 9, &base);
	assert_int_equal(doc_len(w), 0);
	assert_int_equal(doc_nsent(w), 0);
	assert_int_equal(doc_npara(w), 0);
	doc_free(w);
	/* The parent's text is intact after its windows are freed. */
	assert_sentence(d, doc_nsent(d) - 1, "Cinq.");
	article_close(&a);
}

/* Words of a paragraph broken chunk by chunk (the chunks between spaces,
 * kept and reused: a segmented doc) are those of ICU breaking the whole
 * paragraph (a plain doc, which keeps nothing), for chunks that repeat and
 * for the characters that join across a space or start a segment of their
 * own: combining marks, joiners, other spaces, ideographs, emoji. */
static void compare_words(const char *text)
{
	size_t len = strlen(text);
	doc *plain = doc_new_plain(xstrndup(text, len), len);
	doc *seg = doc_new_plain(xstrndup(text, len), len);
	doc_segment(seg, NULL);
	assert_int_equal(doc_npara(plain), doc_npara(seg));
	struct word *a = NULL, *b = NULL;
	size_t ca = 0, cb = 0;
	for (int round = 0; round < 2; round++) {   /* the second from the kept chunks */
		for (size_t p = 0; p < doc_npara(seg); p++) {
			struct span ps = doc_para(seg, p);
			size_t na = doc_words(plain, ps, &a, &ca);
			size_t nb = doc_words(seg, ps, &b, &cb);
			if (na != nb)
				fail_msg("paragraph %zu: %zu words, %zu by chunks: %s", p, na, nb, text + ps.start);
			for (size_t i = 0; i < na; i++)
				if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].kind != b[i].kind)
					fail_msg("paragraph %zu, word %zu differs: %s", p, i, text + ps.start);
		}
		doc_words_forget(seg);
	}
	free(a);
	free(b);
	doc_free(plain);
	doc_free(seg);
}

static void test_words_by_chunks(void **state)
{
	(void)state;
	compare_words("The mayor said, in a statement, that the bridge said, would reopen.\n"
	              "The mayor said, twice: the bridge would reopen on 3.5 or 1,000 days.\n"
	              "Elle l'a dit : « non » ; l’accord d'ici 2025 vaut 3,5 %.\n"
	              "Elle l'a dit\xe2\x80\xaf: \xc2\xab\xe2\x80\xafnon\xe2\x80\xaf\xc2\xbb et 12\xc2\xa0" "000 euros.\n"
	              "a \xcc\x81" "b c\xcc\x81 \xe2\x80\x8d x \xc2\xad y\xc2\xad z \xe2\x80\x8bq\n"
	              "thin\xe2\x80\x89 space \xe2\x80\x89lead and ideographic\xe3\x80\x80 \xe3\x80\x80x\n"
	              "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe3\x81\xab\xe8\xa1\x8c\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x99 "
	              "\xe0\xb8\xa0\xe0\xb8\xb2\xe0\xb8\xa9\xe0\xb8\xb2\xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2 ok\n"
	              "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb \xe2\x80\x8d\xf0\x9f\x92\xbb "
	              "\xf0\x9f\x87\xab\xf0\x9f\x87\xb7\xf0\x9f\x87\xab \xf0\x9f\x87\xb7 flags\n"
	              "see https://example.org/a/rather/long/path/that/is/longer/than/any/kept/chunk?q=1 now\n"
	              "e-mail a:b x_y __init__ U.S. 9h30 3e 1er .NET C++ #tag @name can't\ttab\n"
	              "  \xcc\x81leading mark and trailing space  \n");
	/* Pieces in random order with random separators: chunks repeat, and
	 * every piece meets every neighbour. */
	static const char *piece[] = {
		"said,", "l'Europe", "l\xe2\x80\x99" "accord", "3,5", "1.000", "U.S.", "e-mail", "\xcc\x81", "\xe2\x80\x8d",
		"\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb", "\xf0\x9f\x87\xab\xf0\x9f\x87\xb7", "\xe6\x9d\xb1\xe4\xba\xac",
		"\xe0\xb8\xa0\xe0\xb8\xb2\xe0\xb8\xa9\xe0\xb8\xb2", "\xc2\xab", "\xc2\xbb", "a:b", "x_y", "...", "\xc2\xad",
		"\xe2\x80\x8b", "2025", "%", "caf\xc3\xa9", "cafe\xcc\x81", "M.", "(", ")", "\"", "'", "-", "A", "1",
	};
	static const char *sep[] = {" ", " ", " ", "  ", "", "\t", "\xc2\xa0", "\xe2\x80\xaf", "\xe2\x80\x89",
	                            "\xe3\x80\x80"};
	uint32_t x = 7;
	struct sbuf t = {0};
	for (int line = 0; line < 400; line++) {
		x = x * 1103515245u + 12345u;
		int n = 1 + (int)((x >> 16) % 12);
		for (int i = 0; i < n; i++) {
			x = x * 1103515245u + 12345u;
			sbuf_puts(&t, piece[(x >> 16) % ARRAY_LEN(piece)]);
			x = x * 1103515245u + 12345u;
			if (i + 1 < n)
				sbuf_puts(&t, sep[(x >> 16) % ARRAY_LEN(sep)]);
		}
		sbuf_addc(&t, '\n');
	}
	char *all = sbuf_take(&t);
	compare_words(all);
	free(all);
}

/* Paragraphs taken as one sentence without the break iterator are those
 * ICU gives one sentence too, and the others are still broken by ICU. */
static size_t icu_sentences(const char *text)
{
	UErrorCode st = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "@ss=standard", NULL, 0, &st);
	assert_false(U_FAILURE(st));
	UChar u[512];
	int32_t nu = 0;
	u_strFromUTF8(u, 512, &nu, text, -1, &st);
	assert_false(U_FAILURE(st));
	ubrk_setText(bi, u, nu, &st);
	size_t n = 0;
	ubrk_first(bi);
	while (ubrk_next(bi) != UBRK_DONE)
		n++;
	ubrk_close(bi);
	return n;
}

static void test_one_sentence_paragraphs(void **state)
{
	(void)state;
	static const char *para[] = {
		"Un titre sans point", "Il l'a dit.", "Vraiment ?! \xc2\xbb", "Fin de la phrase.)", "Quoi ?\xe2\x80\x9d",
		"Oui. \xc2\xbb", "Un. Deux.", "Le 3.5 et la fin.", "Une ligne\xe2\x80\xa8" "coup\xc3\xa9" "e",
		"Point\xef\xbc\x8e" "final", "\xe3\x80\x82\xe3\x80\x8d", "Fin.\xcc\x81", "Cri !!!", "Cri ! Et suite",
		"Wait...", "He left.\" She stayed.", "The end.'\"", "A\xc2\xad" "b.",
	};
	for (size_t k = 0; k < ARRAY_LEN(para); k++) {
		size_t len = strlen(para[k]);
		doc *d = doc_new_plain(xstrndup(para[k], len), len);
		doc_segment(d, NULL);
		size_t want = icu_sentences(para[k]);
		if (doc_nsent(d) != want)
			fail_msg("\"%s\": %zu sentences, ICU %zu", para[k], doc_nsent(d), want);
		doc_free(d);
	}
	/* the ASCII bytes skipped without a lookup are no terms or separators */
	for (int32_t c = 0; c < 0x80; c++) {
		if (c == '.' || c == '!' || c == '?' || c == '\r' || c == '\n')
			continue;
		int v = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
		assert_true(v != U_SB_ATERM && v != U_SB_STERM && v != U_SB_SEP && v != U_SB_CR && v != U_SB_LF);
	}
}

/* A doc's sentences (one_sentence() paragraphs without the iterator, the
 * others by it) are ICU's over the whole paragraph: random paragraphs of
 * pieces with terms, closing marks, spaces and separators (none that the
 * abbreviation rule would join: no capital initials, no dotted words). */
static void test_sentences_by_terms(void **state)
{
	(void)state;
	static const char *piece[] = {
		"oui", "non", "la fin", "3.5", "12", ".", "!", "?", "?!", "\xc2\xbb", "\xc2\xab", ")", "(", "\"", "'",
		"\xe2\x80\x9d", "\xe2\x80\xa8", "\xe3\x80\x82", "\xef\xbc\x8e", "\xcc\x81", "\xef\xbc\x9f", "le\xc3\xa7on",
		"\xe2\x80\xa6", "fin.\xc2\xbb", "non?!)", "oui.\"", "vu.)", "mot.\xcc\x81", "tant.\xe2\x80\xa8",
	};
	/* always some space: "oui.non." would be a dotted abbreviation */
	static const char *sep[] = {" ", " ", "  ", "\t", "\xc2\xa0", " \xe2\x80\xa8"};
	uint32_t x = 99;
	UErrorCode st = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "@ss=standard", NULL, 0, &st);
	assert_false(U_FAILURE(st));
	for (int round = 0; round < 600; round++) {
		char text[600];
		size_t len = 0;
		x = x * 1103515245u + 12345u;
		int n = 1 + (int)((x >> 16) % 16);
		for (int i = 0; i < n; i++) {
			x = x * 1103515245u + 12345u;
			const char *pc = piece[(x >> 16) % ARRAY_LEN(piece)];
			x = x * 1103515245u + 12345u;
			const char *sp = i + 1 < n ? sep[(x >> 16) % ARRAY_LEN(sep)] : "";
			len += (size_t)snprintf(text + len, sizeof text - len, "%s%s", pc, sp);
		}
		/* ICU over the whole paragraph: the segments holding more than white space */
		UChar u[600];
		int32_t nu = 0;
		u_strFromUTF8(u, 600, &nu, text, (int32_t)len, &st);
		ubrk_setText(bi, u, nu, &st);
		assert_false(U_FAILURE(st));
		size_t want = 0;
		int32_t prev = ubrk_first(bi);
		for (int32_t b = ubrk_next(bi); b != UBRK_DONE; prev = b, b = ubrk_next(bi)) {
			bool ink = false;
			for (int32_t k = prev; k < b && !ink; k++)
				ink = !u_isUWhiteSpace(u[k]);
			want += ink;
		}
		doc *d = doc_new_plain(xstrndup(text, len), len);
		doc_segment(d, NULL);
		size_t got = doc_nsent(d);
		if (doc_npara(d) == 1 && got != want)
			fail_msg("\"%s\": %zu sentences, ICU %zu", text, got, want);
		doc_free(d);
	}
	ubrk_close(bi);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paragraphs_and_title),
		cmocka_unit_test(test_french_sentences),
		cmocka_unit_test(test_english_sentences),
		cmocka_unit_test(test_words_elisions),
		cmocka_unit_test(test_english_words_keep_apostrophes),
		cmocka_unit_test(test_datelines),
		cmocka_unit_test(test_no_date),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_window),
		cmocka_unit_test(test_words_kept),
		cmocka_unit_test(test_words_by_chunks),
		cmocka_unit_test(test_one_sentence_paragraphs),
		cmocka_unit_test(test_sentences_by_terms),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
