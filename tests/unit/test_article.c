/* test_article.c — opening an article in steps: the text first
 * (article_open_text), the language pack, hash and sentences later
 * (article_prepare); a big file's head first (article_open_head), the
 * whole text later (article_load_rest, article_adopt); language detection
 * from the packs' stopwords alone (lang_detect_code). */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *FR =
	"Le port de Saint-Vaast rouvre ses quais\n"
	"Publié le 14 mars 2026\n"
	"Les pêcheurs ont retrouvé leurs pontons mardi. La capitainerie a levé les restrictions.\n"
	"Le maire a salué le travail des équipes de la ville et des bénévoles.\n";

static char *write_tmp(const char *text, size_t len)
{
	char tmpl[] = "/tmp/glose-article-XXXXXX";
	int fd = mkstemp(tmpl);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	return xstrdup(tmpl);
}

/* French text of about `size` bytes, many short lines. */
static char *big_text(size_t size, const char *first_line, size_t *len)
{
	struct sbuf b = {0};
	sbuf_puts(&b, first_line);
	sbuf_puts(&b, "\nPublié le 2 février 2026\n");
	for (int i = 1; b.len < size; i++)
		sbuf_addf(&b, "Paragraphe %d : les élus de la commune ont voté le budget de la médiathèque et du port.\n", i);
	sbuf_puts(&b, "Fin de l'article.\n");
	*len = b.len;
	return sbuf_take(&b);
}

static void test_text_then_prepare(void **state)
{
	(void)state;
	char *path = write_tmp(FR, strlen(FR));
	struct article a;
	struct article_opts o = {.modules = 0};
	struct gerr e = {0};
	assert_int_equal(article_open_text(&a, path, &o, &e), 0);
	/* The first step: text, paragraphs, title and the language's code. */
	assert_false(a.prepared);
	assert_null(a.lang);
	assert_string_equal(a.lang_code, "fr");
	assert_int_equal(doc_npara(a.doc), 4);
	assert_int_equal(doc_nsent(a.doc), 0);
	assert_false(doc_segmented(a.doc));
	assert_string_equal(a.sha256, "");
	assert_false(doc_date(a.doc, NULL, NULL, NULL));
	/* Offsets convert even before the checkpoints exist. */
	assert_int_equal(doc_cp(a.doc, strlen("Le port de Saint-Vaast rouvre ses quais\nPublié")),
	                 strlen("Le port de Saint-Vaast rouvre ses quais\nPublié") - 1);
	/* The second step. */
	assert_int_equal(article_prepare(&a, &e), 0);
	assert_true(a.prepared);
	assert_non_null(a.lang);
	assert_string_equal(lang_code(a.lang), "fr");
	assert_int_equal(doc_nsent(a.doc), 5);
	int y, m, d;
	assert_true(doc_date(a.doc, &y, &m, &d));
	assert_int_equal(y * 10000 + m * 100 + d, 20260314);
	assert_int_equal(strlen(a.sha256), 64);
	/* Preparing twice changes nothing; extraction prepares by itself. */
	assert_int_equal(article_prepare(&a, &e), 0);
	assert_int_equal(doc_nsent(a.doc), 5);
	article_close(&a);
	unlink(path);
	free(path);
}

static void test_prepare_same_as_open(void **state)
{
	(void)state;
	char *path = write_tmp(FR, strlen(FR));
	struct article a, b;
	struct article_opts o = {.date = "2026-03-20"};
	struct gerr e = {0};
	assert_int_equal(article_open(&a, path, &o, &e), 0);
	assert_int_equal(article_open_text(&b, path, &o, &e), 0);
	assert_int_equal(article_extract(&b, 0, &e), 0);
	assert_true(b.prepared);
	assert_string_equal(a.sha256, b.sha256);
	assert_int_equal(doc_nsent(a.doc), doc_nsent(b.doc));
	int y, m, d;
	assert_true(doc_date(b.doc, &y, &m, &d));
	assert_int_equal(y * 10000 + m * 100 + d, 20260320);   /* --date wins over the dateline */
	article_close(&a);
	article_close(&b);
	unlink(path);
	free(path);
}

static void test_unknown_language_fails_at_once(void **state)
{
	(void)state;
	char *path = write_tmp(FR, strlen(FR));
	struct article a;
	struct article_opts o = {.lang = "xx"};
	struct gerr e = {0};
	assert_int_not_equal(article_open_text(&a, path, &o, &e), 0);
	assert_non_null(strstr(e.msg, "unknown language 'xx'"));
	o.lang = "../etc";
	e = (struct gerr){0};
	assert_int_not_equal(article_open_text(&a, path, &o, &e), 0);
	assert_non_null(strstr(e.msg, "unknown language"));
	unlink(path);
	free(path);
}

static void test_big_file_head_then_rest(void **state)
{
	(void)state;
	size_t len;
	char *text = big_text(600 * 1024, "Le budget de Port-Vallon adopté de justesse", &len);
	char *path = write_tmp(text, len);
	struct article a, full;
	struct article_opts o = {0};
	struct gerr e = {0};
	size_t max = 200 * 1024;
	assert_int_equal(article_open_head(&a, path, &o, max, &e), 0);
	assert_true(a.partial);
	size_t hl = doc_len(a.doc);
	assert_true(hl <= max && hl > max / 2);
	assert_int_equal(doc_text(a.doc)[hl - 1], '\n');        /* cut after a line break */
	assert_memory_equal(doc_text(a.doc), text, hl);
	assert_string_equal(a.lang_code, "fr");
	assert_int_equal(article_load_rest(&a, &full, &e), 0);
	assert_int_equal(article_prepare(&full, &e), 0);
	assert_true(article_adopt(&a, &full));
	assert_false(a.partial);
	assert_true(a.prepared);
	assert_int_equal(doc_len(a.doc), len);
	assert_memory_equal(doc_text(a.doc), text, len);
	assert_true(doc_nsent(a.doc) > 1000);
	article_close(&a);
	unlink(path);
	free(path);
	free(text);
}

static void test_big_file_changed_meanwhile(void **state)
{
	(void)state;
	size_t len, len2;
	char *text = big_text(600 * 1024, "Premier titre", &len);
	char *text2 = big_text(700 * 1024, "Un autre titre, plus long", &len2);
	char *path = write_tmp(text, len);
	struct article a, full;
	struct article_opts o = {0};
	struct gerr e = {0};
	assert_int_equal(article_open_head(&a, path, &o, 200 * 1024, &e), 0);
	assert_true(a.partial);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fwrite(text2, 1, len2, f), len2);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(article_load_rest(&a, &full, &e), 0);
	assert_false(article_adopt(&a, &full));          /* the caller goes back to the top */
	assert_int_equal(doc_len(a.doc), len2);
	article_close(&a);
	unlink(path);
	free(path);
	free(text);
	free(text2);
}

static void test_small_or_special_files_load_whole(void **state)
{
	(void)state;
	size_t len;
	char *text = big_text(100 * 1024, "Un titre court", &len);
	char *path = write_tmp(text, len);
	struct article a;
	struct article_opts o = {0};
	struct gerr e = {0};
	/* Not over twice the head: whole. */
	assert_int_equal(article_open_head(&a, path, &o, 200 * 1024, &e), 0);
	assert_false(a.partial);
	assert_int_equal(doc_len(a.doc), len);
	article_close(&a);
	/* An encoding given: whole (the head's bytes would not be the text's). */
	o.encoding = "UTF-8";
	assert_int_equal(article_open_head(&a, path, &o, 40 * 1024, &e), 0);
	assert_false(a.partial);
	assert_int_equal(doc_len(a.doc), len);
	article_close(&a);
	unlink(path);
	free(path);
	free(text);
	/* One long line: no line break to cut at, so whole. */
	struct sbuf b = {0};
	for (int i = 0; b.len < 400 * 1024; i++)
		sbuf_puts(&b, "la même ligne sans fin continue encore ");
	sbuf_addc(&b, '\n');
	size_t n = b.len;
	char *line = sbuf_take(&b);
	path = write_tmp(line, n);
	o.encoding = NULL;
	assert_int_equal(article_open_head(&a, path, &o, 150 * 1024, &e), 0);
	assert_false(a.partial);
	assert_int_equal(doc_len(a.doc), n);
	article_close(&a);
	unlink(path);
	free(path);
	free(line);
	/* A missing file: the loader's error. */
	e = (struct gerr){0};
	assert_int_not_equal(article_open_head(&a, "/nonexistent/glose.txt", &o, 200 * 1024, &e), 0);
	assert_non_null(strstr(e.msg, "/nonexistent/glose.txt"));
}

static void test_detect_code_from_stopwords(void **state)
{
	(void)state;
	char *c = lang_detect_code(FR, strlen(FR));
	assert_string_equal(c, "fr");
	free(c);
	const char *en = "The harbour master said the quays would open again on Tuesday, and that the town was ready.";
	c = lang_detect_code(en, strlen(en));
	assert_string_equal(c, "en");
	free(c);
	c = lang_detect_code("2026 1234 5678", 14);     /* nothing to go on: English */
	assert_string_equal(c, "en");
	free(c);
}

static size_t naive_u16(const char *s, size_t n)
{
	size_t u = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c & 0xC0) != 0x80)
			u += c >= 0xF0 ? 2 : 1;
	}
	return u;
}

static void test_offsets_before_and_after_prepare(void **state)
{
	(void)state;
	struct sbuf b = {0};
	sbuf_puts(&b, "La fête du port 🎉\n");
	for (int i = 0; i < 3000; i++)
		sbuf_puts(&b, "Le chalutier « Étoile 🌊 » est rentré à 6 h ; l'équipage a fêté ça. 😀\n");
	char *path = write_tmp(b.s, b.len);
	struct article a;
	struct article_opts o = {0};
	struct gerr e = {0};
	assert_int_equal(article_open_text(&a, path, &o, &e), 0);
	size_t probes[] = {0, 1, 17, 1023, 1024, 1025, 4099, b.len / 2, b.len - 3, b.len};
	size_t before[ARRAY_LEN(probes)][2];
	for (size_t k = 0; k < ARRAY_LEN(probes); k++) {
		size_t at = probes[k];
		while (at < b.len && ((unsigned char)b.s[at] & 0xC0) == 0x80)
			at++;
		probes[k] = at;
		before[k][0] = doc_cp(a.doc, at);
		before[k][1] = doc_u16(a.doc, at);
		assert_int_equal(before[k][0], utf8_cplen(b.s, at));
		assert_int_equal(before[k][1], naive_u16(b.s, at));
		assert_int_equal(doc_byte_of_cp(a.doc, before[k][0]), at);
	}
	assert_int_equal(article_prepare(&a, &e), 0);
	for (size_t k = 0; k < ARRAY_LEN(probes); k++) {
		assert_int_equal(doc_cp(a.doc, probes[k]), before[k][0]);
		assert_int_equal(doc_u16(a.doc, probes[k]), before[k][1]);
		assert_int_equal(doc_byte_of_cp(a.doc, before[k][0]), probes[k]);
	}
	article_close(&a);
	unlink(path);
	free(path);
	sbuf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_then_prepare),
		cmocka_unit_test(test_prepare_same_as_open),
		cmocka_unit_test(test_unknown_language_fails_at_once),
		cmocka_unit_test(test_big_file_head_then_rest),
		cmocka_unit_test(test_big_file_changed_meanwhile),
		cmocka_unit_test(test_small_or_special_files_load_whole),
		cmocka_unit_test(test_detect_code_from_stopwords),
		cmocka_unit_test(test_offsets_before_and_after_prepare),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
