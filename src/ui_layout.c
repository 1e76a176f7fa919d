/* ui_layout.c — wrapping the article into screen rows, lazily.
 *
 * The text is cut into segments: at every line feed, and in lines longer
 * than LAYOUT_SEG bytes at the first code point boundary at or after each
 * multiple of LAYOUT_SEG ("soft points").  A segment's start can thus be
 * found from any byte by looking back at most one LAYOUT_SEG, and its end by
 * looking forward as far: opening a 100 MB file lays out nothing but what is
 * shown.  Segments are wrapped with ICU's line-break iterator over a UTF-8
 * UText (no copy), never inside a grapheme cluster, at display widths; the
 * rows of the most recently used segments are cached.
 */
#include "ui.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#define CACHE_N 256
#define LINE_STEP 4096      /* line index: one checkpoint every LINE_STEP lines */

struct lentry {
	size_t start, end, next;
	struct ui_row *rows;
	size_t n, cap;
	uint64_t used;
	bool valid;
};

struct layout {
	const char *t;
	size_t len;
	int width;
	UBreakIterator *lb;
	UText *ut;
	struct lentry cache[CACHE_N];
	uint64_t clock;
	size_t *lines;          /* start of line k*LINE_STEP */
	size_t nlines, caplines;
	size_t scan_line, scan_pos; /* the index is complete up to this line / byte */
	bool scan_done;
};

layout *layout_new(const char *text, size_t len, const char *locale)
{
	layout *l = xcalloc(1, sizeof *l);
	l->t = text;
	l->len = len;
	l->width = 80;
	UErrorCode st = U_ZERO_ERROR;
	l->lb = ubrk_open(UBRK_LINE, locale ? locale : "", NULL, 0, &st);
	if (U_FAILURE(st)) {
		st = U_ZERO_ERROR;
		l->lb = ubrk_open(UBRK_LINE, "", NULL, 0, &st);
		if (U_FAILURE(st))
			l->lb = NULL;
	}
	l->lines = xmalloc(sizeof *l->lines);
	l->lines[0] = 0;
	l->nlines = 1;
	l->caplines = 1;
	return l;
}

void layout_free(layout *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < CACHE_N; i++)
		free(l->cache[i].rows);
	if (l->lb)
		ubrk_close(l->lb);
	if (l->ut)
		utext_close(l->ut);
	free(l->lines);
	free(l);
}

void layout_set_width(layout *l, int width)
{
	if (width < 1)
		width = 1;
	if (width == l->width)
		return;
	l->width = width;
	for (size_t i = 0; i < CACHE_N; i++)
		l->cache[i].valid = false;
}

int layout_width(const layout *l)
{
	return l->width;
}

/* ---- segments ----------------------------------------------------------- */

/* The k-th soft point (k >= 1): the first code point boundary at or after
 * k*LAYOUT_SEG; len if past the end. */
static size_t soft_point(const layout *l, size_t k)
{
	if (k > l->len / LAYOUT_SEG)
		return l->len;
	size_t p = k * LAYOUT_SEG;
	while (p < l->len && ((unsigned char)l->t[p] & 0xC0) == 0x80)
		p++;
	return p;
}

/* A soft point cuts a line only strictly inside it. */
static bool soft_valid(const layout *l, size_t p)
{
	return p > 0 && p < l->len && l->t[p] != '\n' && l->t[p - 1] != '\n';
}

static size_t seg_start(const layout *l, size_t pos)
{
	if (l->len == 0)
		return 0;
	if (pos >= l->len)
		pos = l->len - 1;
	size_t lo = 0;
	for (size_t k = pos / LAYOUT_SEG; k >= 1; k--) {
		size_t p = soft_point(l, k);
		if (p <= pos && soft_valid(l, p)) {
			lo = p;
			break;
		}
	}
	const char *nl = pos > lo ? memrchr(l->t + lo, '\n', pos - lo) : NULL;
	return nl ? (size_t)(nl - l->t) + 1 : lo;
}

/* End (excluding the line feed) and the next segment's start (SIZE_MAX at
 * the end of the text). */
static void seg_bounds(const layout *l, size_t start, size_t *end, size_t *next)
{
	size_t soft = soft_point(l, start / LAYOUT_SEG + 1);
	size_t lim = soft < l->len ? soft + 1 : l->len;
	const char *nl = lim > start ? memchr(l->t + start, '\n', lim - start) : NULL;
	if (nl) {
		*end = (size_t)(nl - l->t);
		*next = *end + 1 < l->len ? *end + 1 : SIZE_MAX;
	} else if (soft < l->len) {
		*end = soft;
		*next = soft;
	} else {
		*end = l->len;
		*next = SIZE_MAX;
	}
}

struct span layout_segment(layout *l, size_t pos)
{
	size_t s = seg_start(l, pos), e, nx;
	seg_bounds(l, s, &e, &nx);
	return (struct span){s, e};
}

/* ---- wrapping ------------------------------------------------------------ */

static void push_row(struct lentry *en, size_t s, size_t e, int w)
{
	en->rows = xgrow(en->rows, &en->cap, en->n + 1, sizeof *en->rows);
	en->rows[en->n++] = (struct ui_row){s, e, w};
}

static void wrap(layout *l, struct lentry *en)
{
	size_t s = en->start, e = en->end;
	en->n = 0;
	if (s == e) {
		push_row(en, s, s, 0);
		return;
	}
	const int W = l->width;
	bool lb_ok = false;
	if (l->lb) {
		UErrorCode st = U_ZERO_ERROR;
		l->ut = utext_openUTF8(l->ut, l->t + s, (int64_t)(e - s), &st);
		if (U_SUCCESS(st))
			ubrk_setUText(l->lb, l->ut, &st);
		lb_ok = U_SUCCESS(st);
	}
	size_t row_s = s;
	int col = 0;
	size_t brk = s;           /* last break opportunity in this row */
	int brk_col = 0;
	size_t next_lb = s;       /* next break opportunity at or after i */
	bool next_hard = false;
	size_t i = s;
	while (i < e) {
		size_t ce = ui_next_cluster(l->t, s, e, i);
		if (lb_ok && next_lb < i) {
			int32_t b = ubrk_following(l->lb, (int32_t)(i - s) - 1);
			if (b == UBRK_DONE) {
				next_lb = e;
				next_hard = false;
			} else {
				next_lb = s + (size_t)b;
				int32_t rs = ubrk_getRuleStatus(l->lb);
				next_hard = rs >= UBRK_LINE_HARD && rs < UBRK_LINE_HARD_LIMIT;
			}
		}
		if (i == next_lb && i > row_s) {
			if (next_hard) {
				push_row(en, row_s, i, col);
				row_s = i;
				col = 0;
				brk = i;
				brk_col = 0;
			} else {
				brk = i;
				brk_col = col;
			}
		}
		int cw = ui_cluster_width(l->t, i, ce);
		if (col + cw > W && col > 0) {
			if (ui_is_space(l->t, e, i)) {
				/* Spaces at the end of a row hang past the edge. */
				i = ce;
				continue;
			}
			if (brk > row_s) {
				push_row(en, row_s, brk, brk_col);
				row_s = brk;
				col -= brk_col;
			} else {
				push_row(en, row_s, i, col);
				row_s = i;
				col = 0;
			}
			brk = row_s;
			brk_col = 0;
			if (col > 0 && col + cw > W) {
				/* The word that moved down is itself too long: cut it. */
				push_row(en, row_s, i, col);
				row_s = i;
				col = 0;
				brk = row_s;
			}
		}
		col += cw;
		i = ce;
	}
	if (row_s < e || en->n == 0)
		push_row(en, row_s, e, col);
}

static struct lentry *entry(layout *l, size_t seg)
{
	struct lentry *victim = &l->cache[0];
	for (size_t i = 0; i < CACHE_N; i++) {
		struct lentry *en = &l->cache[i];
		if (en->valid && en->start == seg) {
			en->used = ++l->clock;
			return en;
		}
		if (!en->valid || en->used < victim->used)
			victim = en;
		if (!victim->valid && victim->used == 0)
			break;
	}
	victim->start = seg;
	seg_bounds(l, seg, &victim->end, &victim->next);
	wrap(l, victim);
	victim->valid = true;
	victim->used = ++l->clock;
	return victim;
}

const struct ui_row *layout_rows(layout *l, size_t seg_start, size_t *n)
{
	struct lentry *en = entry(l, seg_start);
	*n = en->n;
	return en->rows;
}

size_t layout_next_segment(layout *l, size_t seg)
{
	return entry(l, seg)->next;
}

/* ---- row addresses ---------------------------------------------------------- */

struct lpos layout_pos_at(layout *l, size_t pos)
{
	size_t s = seg_start(l, pos);
	struct lentry *en = entry(l, s);
	size_t r = 0;
	while (r + 1 < en->n && en->rows[r + 1].start <= pos)
		r++;
	return (struct lpos){s, r};
}

struct ui_row layout_row(layout *l, struct lpos p)
{
	struct lentry *en = entry(l, p.seg);
	return en->rows[p.row < en->n ? p.row : en->n - 1];
}

bool layout_next(layout *l, struct lpos *p)
{
	struct lentry *en = entry(l, p->seg);
	if (p->row + 1 < en->n) {
		p->row++;
		return true;
	}
	if (en->next == SIZE_MAX)
		return false;
	p->seg = en->next;
	p->row = 0;
	return true;
}

bool layout_prev(layout *l, struct lpos *p)
{
	if (p->row > 0) {
		p->row--;
		return true;
	}
	if (p->seg == 0)
		return false;
	size_t s = seg_start(l, p->seg - 1);
	struct lentry *en = entry(l, s);
	p->seg = s;
	p->row = en->n - 1;
	return true;
}

struct lpos layout_last(layout *l)
{
	size_t s = seg_start(l, l->len);
	struct lentry *en = entry(l, s);
	return (struct lpos){s, en->n - 1};
}

/* ---- line index ------------------------------------------------------------ */

size_t layout_line_start(layout *l, size_t n)
{
	/* Extend the checkpoints as far as needed. */
	while (!l->scan_done && l->nlines <= n / LINE_STEP) {
		size_t line = l->scan_line, pos = l->scan_pos;
		while (line < l->nlines * LINE_STEP) {
			const char *nl = pos < l->len ? memchr(l->t + pos, '\n', l->len - pos) : NULL;
			if (!nl || (size_t)(nl - l->t) + 1 >= l->len) {
				l->scan_done = true;
				break;
			}
			pos = (size_t)(nl - l->t) + 1;
			line++;
		}
		l->scan_line = line;
		l->scan_pos = pos;
		if (l->scan_done)
			break;
		l->lines = xgrow(l->lines, &l->caplines, l->nlines + 1, sizeof *l->lines);
		l->lines[l->nlines++] = pos;
	}
	size_t k = n / LINE_STEP;
	if (k >= l->nlines)
		k = l->nlines - 1;
	size_t line = k * LINE_STEP, pos = l->lines[k];
	while (line < n) {
		const char *nl = pos < l->len ? memchr(l->t + pos, '\n', l->len - pos) : NULL;
		if (!nl || (size_t)(nl - l->t) + 1 >= l->len)
			break;
		pos = (size_t)(nl - l->t) + 1;
		line++;
	}
	return pos;
}
