/* timeline.c — the events of an article in time order, and their summaries (see timeline.h). */
#include "timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "timex_date.h"
#include "util.h"

static const char *value_of(annots *an, const struct ann *a)
{
	if (a && a->kind == ANN_EVENT)
		a = annots_get(an, a->link);
	if (!a || a->kind != ANN_TIME || (a->flags & ANN_DELETED))
		return NULL;
	return annots_str(an, annots_id(an, a));
}

struct timeline_key timeline_key(annots *an, int id)
{
	struct timeline_key k;
	memset(&k, 0, sizeof k);
	const struct ann *a = annots_get(an, id);
	if (!a)
		return k;
	k.pos = a->start;
	struct tx_point p;
	const char *v = value_of(an, a);
	if (v && tx_value_point(v, &p)) {
		k.dated = true;
		k.gran = (int)p.gran;
		k.when = ((int64_t)tx_days(p.y, p.m, p.d) - tx_days(1, 1, 1)) * 1440 + p.h * 60 + p.mi;
	}
	return k;
}

int timeline_cmp(const struct timeline_key *a, const struct timeline_key *b)
{
	if (a->dated && b->dated) {
		if (a->when != b->when)
			return a->when < b->when ? -1 : 1;
		if (a->gran != b->gran)
			return a->gran < b->gran ? -1 : 1;
	} else if (a->dated != b->dated) {
		/* only reached for raw keys: dated ones first */
		return a->dated ? -1 : 1;
	}
	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

struct slot {
	int id;
	struct timeline_key k;
	size_t order;              /* tie-break: the place of an undated event after its anchor */
};

static int cmp_slot(const void *pa, const void *pb)
{
	const struct slot *a = pa, *b = pb;
	int c;
	if (a->k.dated && b->k.dated) {
		if (a->k.when != b->k.when)
			return a->k.when < b->k.when ? -1 : 1;
		if (a->k.gran != b->k.gran)
			return a->k.gran < b->k.gran ? -1 : 1;
	} else if (a->k.dated != b->k.dated) {
		return a->k.dated ? 1 : -1;   /* undated with no anchor: first */
	}
	c = a->order < b->order ? -1 : a->order > b->order;
	return c ? c : (a->id < b->id ? -1 : a->id > b->id);
}

size_t timeline_order_keys(annots *an, int **ids, size_t *cap, struct timeline_key **keys, size_t *kcap)
{
	size_t n;
	const int *ev = annots_of_kind(an, ANN_EVENT, &n);
	if (!n)
		return 0;
	struct slot *s = xmalloc(n * sizeof *s);
	/* text order: an undated event borrows the key of the last dated one */
	struct timeline_key last;
	bool have_last = false;
	memset(&last, 0, sizeof last);
	for (size_t i = 0; i < n; i++) {
		s[i].id = ev[i];
		s[i].k = timeline_key(an, ev[i]);
		s[i].order = s[i].k.pos;
		if (s[i].k.dated) {
			last = s[i].k;
			have_last = true;
		} else if (have_last) {
			size_t pos = s[i].k.pos;
			s[i].k = last;
			s[i].k.pos = pos;
			/* after its anchor and after the anchor's ties at that position */
			s[i].order = pos;
		}
	}
	qsort(s, n, sizeof *s, cmp_slot);
	*ids = xgrow(*ids, cap, n, sizeof **ids);
	if (keys)
		*keys = xgrow(*keys, kcap, n, sizeof **keys);
	for (size_t i = 0; i < n; i++) {
		(*ids)[i] = s[i].id;
		if (keys)
			(*keys)[i] = s[i].k;
	}
	free(s);
	return n;
}

size_t timeline_order(annots *an, int **ids, size_t *cap)
{
	return timeline_order_keys(an, ids, cap, NULL, NULL);
}

void timeline_label(const char *value, char *out, size_t cap)
{
	if (!cap)
		return;
	out[0] = 0;
	if (!value)
		return;
	struct tx_point p;
	if (!tx_value_point(value, &p)) {
		snprintf(out, cap, "%s", value);
		return;
	}
	size_t n = strlen(value);
	if (p.gran == TXG_MINUTE && n >= 16)
		snprintf(out, cap, "%.10s %.5s", value, value + 11);
	else if (p.gran == TXG_PART && n > 11)
		snprintf(out, cap, "%.10s %s", value, value + 11);
	else
		snprintf(out, cap, "%s", value);
}

/* ---- summaries ------------------------------------------------------------ */

#define SUMMARY_MAX 80          /* characters (code points) */
#define PIECE_REACH (4 * SUMMARY_MAX)  /* bytes looked at for the ", " around a time */

static bool invisible(int32_t cp)
{
	if (cp < 0x80)
		return cp < 0x20 || cp == 0x7F;
	return u_iscntrl(cp) || cp == 0xFFFD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

static bool blank(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return u_isspace(cp) || cp == 0xA0 || cp == 0x202F;
}

/* Visible characters of t[a, b), white space runs counted once; counting
 * stops past SUMMARY_MAX (all callers compare with it). */
static size_t width(const char *t, size_t a, size_t b)
{
	size_t n = 0, i = a;
	bool space = false;
	while (i < b && n <= SUMMARY_MAX) {
		unsigned char c = (unsigned char)t[i];
		if (c == ' ') {
			/* the space between words: blank() without a decode */
			space = n > 0;
			i++;
			continue;
		}
		if (c > 0x20 && c < 0x7F) {
			/* a run of visible ASCII */
			n += space ? 2 : 1;
			space = false;
			/* each byte of the run counts one, up to SUMMARY_MAX + 1 */
			size_t room = n <= SUMMARY_MAX ? SUMMARY_MAX + 1 - n : 0;
			size_t lim = b - (i + 1) > room ? i + 1 + room : b, k = i + 1;
			while (k < lim && (unsigned char)(t[k] - 0x21) < 0x7F - 0x21)
				k++;
			n += k - (i + 1);
			i = k;
			continue;
		}
		int32_t cp = c < 0x80 ? t[i++] : utf8_next(t, b, &i);
		if (blank(cp)) {
			space = n > 0;
		} else if (!invisible(cp)) {
			n += space ? 2 : 1;
			space = false;
		}
	}
	return n;
}

/* Does t[a, b) show at most max characters?  Each character width()
 * counts (a space between words too) takes one byte at least, so a span
 * of max bytes or fewer fits without counting. */
static bool fits(const char *t, size_t a, size_t b, size_t max)
{
	return b - a <= max || width(t, a, b) <= max;
}

/* Where the piece of text holding p starts: just after the ", " before
 * it, looking back at most PIECE_REACH bytes and not before lo. */
static size_t piece_start(const char *t, size_t lo, size_t p)
{
	size_t stop = p > lo + PIECE_REACH ? p - PIECE_REACH : lo;
	for (size_t i = p; i >= stop + 2; i--)
		if (t[i - 2] == ',' && t[i - 1] == ' ')
			return i;
	while (stop > lo && ((unsigned char)t[stop] & 0xC0) == 0x80)
		stop++;
	return stop;
}

/* Where it ends: at the next ", " from p, else hi. */
static size_t piece_end(const char *t, size_t p, size_t hi)
{
	size_t stop = hi > p + PIECE_REACH ? p + PIECE_REACH : hi;
	for (size_t i = p; i + 1 < stop; i++)
		if (t[i] == ',' && t[i + 1] == ' ')
			return i;
	return hi;
}

/* The part of the clause a summary shows: all of it if it fits, else the
 * comma-separated pieces around the time, as many as fit. */
static struct span window(const char *t, struct span c, size_t ts, size_t te)
{
	if (fits(t, c.start, c.end, SUMMARY_MAX))
		return c;
	struct span w = {piece_start(t, c.start, ts), piece_end(t, te, c.end)};
	/* grow by whole pieces, after first, while it fits */
	for (bool grew = true; grew;) {
		grew = false;
		if (w.end + 2 < c.end) {
			size_t e2 = piece_end(t, w.end + 2, c.end);
			if (fits(t, w.start, e2, SUMMARY_MAX)) {
				w.end = e2;
				grew = true;
			}
		}
		if (w.start >= c.start + 2 && t[w.start - 2] == ',') {
			size_t s2 = piece_start(t, c.start, w.start - 2);
			if (fits(t, s2, w.end, SUMMARY_MAX)) {
				w.start = s2;
				grew = true;
			}
		}
	}
	/* the time too far into its piece: start a little before it, and run
	 * on to the end of the clause (the summary is cut there) */
	if (!fits(t, w.start, te, SUMMARY_MAX - 10)) {
		size_t i = ts, back = 0;
		while (i > w.start && back < 30) {
			i = utf8_prev(t, i);
			back++;
		}
		while (i > w.start && t[i - 1] != ' ')
			i = utf8_prev(t, i);
		w.start = i;
		w.end = c.end;
	}
	return w;
}

static char *summary(const char *t, struct span c, size_t ts, size_t te)
{
	struct span w = window(t, c, ts, te);
	struct sbuf b = {0};
	size_t ncp = 0, last_space = 0;
	bool space = false, cut = false;
	if (w.start > c.start) {
		sbuf_puts(&b, "\xe2\x80\xa6");
		ncp++;
	}
	/* visible characters are copied in runs: run_s..run_e of t */
	size_t i = w.start, run_s = w.start, run_e = w.start;
	while (i < w.end) {
		size_t at = i;
		int32_t cp = (unsigned char)t[i] < 0x80 ? t[i++] : utf8_next(t, w.end, &i);
		if (blank(cp)) {
			space = ncp > 0;
			continue;
		}
		if (invisible(cp))
			continue;
		if (ncp + (space ? 2 : 1) > SUMMARY_MAX - 1 && (i < w.end || w.end < c.end)) {
			cut = true;
			break;
		}
		if (space) {
			if (run_e > run_s && at == run_e + 1 && t[run_e] == ' ') {
				/* one plain space: it stays in the run */
				last_space = b.len + (run_e - run_s);
				run_e = at;
			} else {
				if (run_e > run_s)
					sbuf_add(&b, t + run_s, run_e - run_s);
				run_s = run_e = at;
				last_space = b.len;
				sbuf_addc(&b, ' ');
			}
			ncp++;
			space = false;
		}
		if (at != run_e) {
			if (run_e > run_s)
				sbuf_add(&b, t + run_s, run_e - run_s);
			run_s = at;
		}
		run_e = i;
		ncp++;
	}
	if (run_e > run_s)
		sbuf_add(&b, t + run_s, run_e - run_s);
	if (!cut && w.end < c.end)
		cut = true;
	if (cut) {
		/* at a word boundary, then the ellipsis */
		if (i < w.end && last_space > b.len / 3)
			b.len = last_space;
		while (b.len > 0 && (b.s[b.len - 1] == ' ' || b.s[b.len - 1] == ',' || b.s[b.len - 1] == ';' ||
		                     b.s[b.len - 1] == ':'))
			b.len--;
		if (b.s)
			b.s[b.len] = 0;
		sbuf_puts(&b, "\xe2\x80\xa6");
	}
	return sbuf_take(&b);
}

char *timeline_summary(const doc *d, annots *an, int id)
{
	const struct ann *e = annots_get(an, id);
	if (!e || e->kind != ANN_EVENT)
		return NULL;
	if (annots_str(an, id))
		return xstrdup(annots_str(an, id));
	const struct ann *t = annots_get(an, e->link);
	size_t len = doc_len(d), cs = e->start, ce = e->end;
	if (ce > len || cs > ce)
		return xstrdup("");
	/* the time it hangs on, if it still lies in the clause */
	size_t ts = cs, te = cs;
	if (t && t->start >= cs && t->end <= ce && t->start <= t->end)
		ts = t->start, te = t->end;
	return summary(doc_text(d), (struct span){cs, ce}, ts, te);
}
