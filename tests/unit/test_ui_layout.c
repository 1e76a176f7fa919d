/* test_ui_layout.c — the reader's text layout: cells and widths (accents,
 * combining marks, CJK, emoji, control characters), wrapping at ICU line
 * breaks, segments of long lines, navigation, the line index. */
#include "testutil.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"

static int setup(void **state)
{
	(void)state;
	/* wcwidth needs a UTF-8 locale, as in the reader. */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "en_US.UTF-8");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	ui_cells_cleanup();
	return 0;
}

/* All rows of a text at a width, as "row|row|row". */
static char *rows_of(const char *t, int width)
{
	size_t len = strlen(t);
	layout *l = layout_new(t, len, "fr");
	layout_set_width(l, width);
	struct sbuf b = {0};
	struct lpos p = layout_pos_at(l, 0);
	bool first = true;
	do {
		struct ui_row r = layout_row(l, p);
		if (!first)
			sbuf_addc(&b, '|');
		sbuf_add(&b, t + r.start, r.end - r.start);
		first = false;
	} while (layout_next(l, &p));
	layout_free(l);
	return sbuf_take(&b);
}

static int width_of(const char *s)
{
	return ui_text_width(s, strlen(s));
}

static void test_widths(void **state)
{
	(void)state;
	assert_int_equal(width_of("abc"), 3);
	assert_int_equal(width_of("\xc3\xa9t\xc3\xa9"), 3);              /* été, precomposed */
	assert_int_equal(width_of("e\xcc\x81t\xc3\xa9"), 3);             /* e + combining acute */
	assert_int_equal(width_of("\xe4\xb8\xad\xe6\x96\x87"), 4);       /* 中文 */
	assert_int_equal(width_of("\xf0\x9f\x98\x80"), 2);               /* 😀 */
	/* 👩‍👧: the joiner is dropped, each emoji keeps its own two columns. */
	assert_int_equal(width_of("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7"), 4);
	/* ❤️: the variation selector is dropped, the heart keeps its width. */
	assert_int_equal(width_of("\xe2\x9d\xa4\xef\xb8\x8f"), width_of("\xe2\x9d\xa4"));
	assert_int_equal(width_of("\x1b"), 2);                           /* ^[ */
	assert_int_equal(width_of("\x7f"), 2);                           /* ^? */
	assert_int_equal(width_of("\xe2\x80\xae"), 8);                   /* <U+202E> */
	assert_int_equal(width_of("\xc2\x9b"), 8);                       /* <U+009B>, the C1 CSI */
	assert_int_equal(width_of("\t"), UI_TAB_WIDTH);
	assert_int_equal(width_of("\xe2\x80\x8b"), 0);                   /* zero width space */
}

static void test_cells(void **state)
{
	(void)state;
	struct ucell c[16];
	/* A decomposed é is one cell: the base and its mark. */
	const char *e = "e\xcc\x81";
	int n = ui_cluster_cells(e, 0, 3, c, 16);
	assert_int_equal(n, 1);
	assert_int_equal(c[0].wc[0], L'e');
	assert_int_equal(c[0].wc[1], 0x301);
	assert_int_equal(c[0].width, 1);
	/* Escape shows as ^[ in the control style, never as ESC. */
	n = ui_cluster_cells("\x1b", 0, 1, c, 16);
	assert_int_equal(n, 2);
	assert_int_equal(c[0].wc[0], L'^');
	assert_int_equal(c[1].wc[0], L'[');
	assert_true(c[0].control && c[1].control);
	/* A mark with no base sits on a space. */
	n = ui_cluster_cells("\xcc\x81", 0, 2, c, 16);
	assert_int_equal(n, 1);
	assert_int_equal(c[0].wc[0], L' ');
	assert_int_equal(c[0].wc[1], 0x301);
	/* Many marks on one base: the cell keeps what fits, nothing spills. */
	const char *zalgo = "a\xcc\x81\xcc\x82\xcc\x83\xcc\x84\xcc\x85\xcc\x86";
	n = ui_cluster_cells(zalgo, 0, strlen(zalgo), c, 16);
	assert_int_equal(n, 1);
	assert_int_equal(c[0].wc[0], L'a');
	/* Wide: one cell, two columns. */
	n = ui_cluster_cells("\xe4\xb8\xad", 0, 3, c, 16);
	assert_int_equal(n, 1);
	assert_int_equal(c[0].width, 2);
	/* Clusters: a flag's two regional indicators belong together. */
	const char *flag = "\xf0\x9f\x87\xab\xf0\x9f\x87\xb7x";
	assert_int_equal(ui_next_cluster(flag, 0, strlen(flag), 0), 8);
	assert_int_equal(ui_next_cluster(e, 0, 3, 0), 3);
}

static void test_wrap_words(void **state)
{
	(void)state;
	char *r = rows_of("the quick brown fox jumps over the lazy dog", 10);
	assert_string_equal(r, "the quick |brown fox |jumps over |the lazy |dog");
	free(r);
	/* A word longer than the width is cut, at cluster boundaries. */
	r = rows_of("abcdefghijklmnopqrstuvwxyz", 10);
	assert_string_equal(r, "abcdefghij|klmnopqrst|uvwxyz");
	free(r);
	/* French: never break before the closing guillemet's no-break space. */
	r = rows_of("Il a dit \xc2\xab\xc2\xa0oui\xc2\xa0\xc2\xbb hier", 12);
	assert_string_equal(r, "Il a dit |\xc2\xab\xc2\xa0oui\xc2\xa0\xc2\xbb hier");
	free(r);
	/* Line feeds end rows; a blank line is an empty row. */
	r = rows_of("one\n\ntwo\n", 20);
	assert_string_equal(r, "one||two");
	free(r);
	r = rows_of("", 20);
	assert_string_equal(r, "");
	free(r);
}

static void test_wrap_wide(void **state)
{
	(void)state;
	/* Ideographs break anywhere, never in half. */
	char *r = rows_of("\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87", 5);
	assert_string_equal(r, "\xe4\xb8\xad\xe6\x96\x87|\xe4\xb8\xad\xe6\x96\x87|\xe4\xb8\xad\xe6\x96\x87");
	free(r);
	r = rows_of("\xe4\xb8\xad\xe6\x96\x87", 3);
	assert_string_equal(r, "\xe4\xb8\xad|\xe6\x96\x87");
	free(r);
	/* Emoji are two columns. */
	r = rows_of("\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 4);
	assert_string_equal(r, "\xf0\x9f\x98\x80\xf0\x9f\x98\x80|\xf0\x9f\x98\x80");
	free(r);
	/* Decomposed accents stay with their letters when a word is cut. */
	struct sbuf b = {0};
	for (int i = 0; i < 15; i++)
		sbuf_puts(&b, "e\xcc\x81");
	r = rows_of(b.s, 4);
	size_t start = 0;
	for (char *p = r;; p++) {
		if (*p == '|' || !*p) {
			assert_int_equal(((size_t)(p - r) - start) % 3, 0);
			start = (size_t)(p - r) + 1;
			if (!*p)
				break;
		}
	}
	free(r);
	sbuf_free(&b);
}

static void test_wrap_controls(void **state)
{
	(void)state;
	/* An escape character takes the two columns of its visible form "^[". */
	char *r = rows_of("ab\x1b[31mcdef", 6);
	assert_string_equal(r, "ab\x1b[3|1mcdef");
	free(r);
}

/* Every row fits the width (hanging spaces aside); rows cover the text. */
static void check_fits(const char *t, int width)
{
	size_t len = strlen(t);
	layout *l = layout_new(t, len, "fr");
	layout_set_width(l, width);
	struct lpos p = layout_pos_at(l, 0);
	size_t expect = 0;
	do {
		struct ui_row r = layout_row(l, p);
		assert_true(r.start >= expect);
		for (size_t i = expect; i < r.start; i++)
			assert_int_equal(t[i], '\n');
		size_t e = r.end;
		while (e > r.start && t[e - 1] == ' ')
			e--;
		int w = ui_text_width(t + r.start, e - r.start);
		if (w > width) {
			/* Only a single cluster may be wider than the row. */
			assert_int_equal(ui_next_cluster(t, r.start, e, r.start), e);
		}
		expect = r.end;
	} while (layout_next(l, &p));
	assert_true(expect == len || (expect + 1 == len && t[expect] == '\n'));
	layout_free(l);
}

static void test_narrow(void **state)
{
	(void)state;
	const char *t =
		"Le porte-parole du minist\xc3\xa8re, Jeanne Abiteboul, a d\xc3\xa9""clar\xc3\xa9 jeudi que "
		"\xc2\xab\xc2\xa0rien n'\xc3\xa9tait d\xc3\xa9""cid\xc3\xa9\xc2\xa0\xc2\xbb avant la r\xc3\xa9union de Lyon.\n"
		"\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe4\xbc\x9a\xe8\xad\xb0\xe3\x81\x8c\xe9\x96\x8b\xe3\x81\x8b\xe3\x82\x8c\xe3\x81\x9f\xe3\x80\x82 "
		"\xf0\x9f\x98\x80 \x1b[1mgras\x1b[0m \xe2\x80\xae""abc\n";
	for (int w = 1; w <= 24; w++)
		check_fits(t, w);
	char *r = rows_of(t, 20);
	/* Twenty columns: the first row breaks at a word. */
	assert_true(strncmp(r, "Le porte-parole du |", 20) == 0);
	free(r);
}

static void test_segments(void **state)
{
	(void)state;
	const char *t = "one\n\ntwo\nthree";
	layout *l = layout_new(t, strlen(t), "en");
	struct span s = layout_segment(l, 0);
	assert_int_equal(s.start, 0);
	assert_int_equal(s.end, 3);
	s = layout_segment(l, 3);                /* the line feed belongs to its line */
	assert_int_equal(s.start, 0);
	s = layout_segment(l, 4);
	assert_int_equal(s.start, 4);
	assert_int_equal(s.end, 4);
	assert_int_equal(layout_next_segment(l, 0), 4);
	assert_int_equal(layout_next_segment(l, 4), 5);
	assert_int_equal(layout_next_segment(l, 9), SIZE_MAX);
	struct lpos last = layout_last(l);
	assert_int_equal(last.seg, 9);
	struct lpos p = layout_pos_at(l, 12);
	assert_int_equal(p.seg, 9);
	assert_true(layout_prev(l, &p));
	assert_int_equal(p.seg, 5);
	assert_true(layout_prev(l, &p));
	assert_true(layout_prev(l, &p));
	assert_int_equal(p.seg, 0);
	assert_false(layout_prev(l, &p));
	layout_free(l);
}

/* A line much longer than a segment: forward and backward walks agree,
 * and no row starts inside a character. */
static void test_long_line(void **state)
{
	(void)state;
	struct sbuf b = {0};
	for (int i = 0; i < 12000; i++)
		sbuf_puts(&b, i % 7 == 0 ? "\xc3\xa9t\xc3\xa9 " : "word ");
	sbuf_puts(&b, "\nend");
	const char *t = b.s;
	size_t len = b.len;
	layout *l = layout_new(t, len, "fr");
	layout_set_width(l, 37);
	size_t cap = 0, n = 0;
	size_t *starts = NULL;
	struct lpos p = layout_pos_at(l, 0);
	do {
		struct ui_row r = layout_row(l, p);
		assert_true(((unsigned char)t[r.start] & 0xC0) != 0x80);
		starts = xgrow(starts, &cap, n + 1, sizeof *starts);
		starts[n++] = r.start;
		struct span s = layout_segment(l, r.start);
		assert_true(s.end - s.start <= LAYOUT_SEG + 4);
	} while (layout_next(l, &p));
	assert_true(n > 1000);
	p = layout_last(l);
	size_t k = n;
	do {
		assert_true(k > 0);
		k--;
		assert_int_equal(layout_row(l, p).start, starts[k]);
	} while (layout_prev(l, &p));
	assert_int_equal(k, 0);
	/* From any byte, the row found is the one holding it. */
	for (size_t i = 0; i < len; i += 997) {
		struct ui_row r = layout_row(l, layout_pos_at(l, i));
		assert_true(r.start <= i && (i < r.end || t[i] == '\n'));
	}
	free(starts);
	layout_free(l);
	sbuf_free(&b);
}

static void test_resize_keeps_text(void **state)
{
	(void)state;
	const char *t = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.\nNu xi omicron pi.";
	layout *l = layout_new(t, strlen(t), "en");
	layout_set_width(l, 30);
	size_t byte = 45;                  /* inside "iota" */
	struct ui_row r30 = layout_row(l, layout_pos_at(l, byte));
	layout_set_width(l, 12);
	struct ui_row r12 = layout_row(l, layout_pos_at(l, byte));
	assert_true(r30.start <= byte && byte < r30.end);
	assert_true(r12.start <= byte && byte < r12.end);
	assert_int_equal(layout_width(l), 12);
	layout_free(l);
}

static void test_lines(void **state)
{
	(void)state;
	const char *t = "a\nbb\nccc";
	layout *l = layout_new(t, strlen(t), "en");
	assert_int_equal(layout_line_start(l, 0), 0);
	assert_int_equal(layout_line_start(l, 1), 2);
	assert_int_equal(layout_line_start(l, 2), 5);
	assert_int_equal(layout_line_start(l, 99), 5);
	layout_free(l);
	/* Past the index's checkpoints. */
	struct sbuf b = {0};
	for (int i = 0; i < 10000; i++)
		sbuf_addf(&b, "%d\n", i);
	l = layout_new(b.s, b.len, "en");
	size_t at = layout_line_start(l, 9876);
	assert_true(strncmp(b.s + at, "9876\n", 5) == 0);
	at = layout_line_start(l, 5000);
	assert_true(strncmp(b.s + at, "5000\n", 5) == 0);
	at = layout_line_start(l, 20000);
	assert_true(strncmp(b.s + at, "9999\n", 5) == 0);
	layout_free(l);
	sbuf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_wide),
		cmocka_unit_test(test_wrap_controls),
		cmocka_unit_test(test_narrow),
		cmocka_unit_test(test_segments),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_resize_keeps_text),
		cmocka_unit_test(test_lines),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
