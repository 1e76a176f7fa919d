/* extract_events.c — events anchored by time expressions, ordered on a timeline.
 *
 * Each time expression anchors an event: the clause around it (the
 * sentence cut at « ; », « : » and dashes), the actors mentioned in it
 * (ANN_MENTION spans inside the clause, plus the speaker of a quotation
 * it holds or is in, and the speaker of the sentence's attributed speech),
 * and a summary: the clause, white space collapsed, control characters
 * dropped, cut at a word boundary to at most SUMMARY_MAX characters with an
 * ellipsis.  Times in one clause that name the same moment at different
 * precisions (« mardi » … « 17 heures » on that Tuesday), or a duration or
 * set beside a date, make one event linked to the most precise time.
 * Ordering is in timeline.c.  Runs after timex, actors and quotes.
 */
#include "extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "timeline.h"

#define SUMMARY_MAX 80          /* characters (code points) */
#define CLAUSE_MAX 400          /* bytes an event reaches on each side of its time */
#define PIECE_REACH (4 * SUMMARY_MAX)  /* bytes looked at for the ", " around a time */

/* ---- clauses ------------------------------------------------------------ */

static bool dash_at(const char *t, size_t i, size_t end, size_t *len)
{
	/* " — ", " – " and " - " between spaces */
	static const char *const dashes[] = {"\xe2\x80\x94", "\xe2\x80\x93", "-"};
	if (i == 0 || t[i - 1] != ' ')
		return false;
	for (size_t k = 0; k < ARRAY_LEN(dashes); k++) {
		size_t n = strlen(dashes[k]);
		if (i + n < end && memcmp(t + i, dashes[k], n) == 0 && t[i + n] == ' ') {
			*len = n;
			return true;
		}
	}
	return false;
}

/* A clause separator at byte i of the sentence?  Sets its length. */
static bool separator(const char *t, size_t i, size_t end, size_t *len)
{
	static const bool may[256] = {[';'] = true, [':'] = true, ['-'] = true, [0xE2] = true};
	*len = 1;
	if (!may[(unsigned char)t[i]])
		return false;
	if (t[i] == ';')
		return true;
	/* a colon, but not in « 16:50 » */
	if (t[i] == ':' && !(i + 1 < end && t[i + 1] >= '0' && t[i + 1] <= '9'))
		return true;
	return dash_at(t, i, end, len);
}

/* The clause separators of one sentence, found once. */
struct seps {
	size_t sent;               /* the sentence they are of, SIZE_MAX if none */
	struct span *v;            /* separator spans, in order */
	size_t n, cap;
};

static void find_seps(const char *t, struct span s, size_t sent, struct seps *sp)
{
	sp->sent = sent;
	sp->n = 0;
	size_t len;
	for (size_t i = s.start; i < s.end; i++)
		if (separator(t, i, s.end, &len)) {
			sp->v = xgrow(sp->v, &sp->cap, sp->n + 1, sizeof *sp->v);
			sp->v[sp->n++] = (struct span){i, i + len};
			i += len - 1;
		}
}

/* The clause of sentence s holding [a, b): between the separators around
 * it, at most CLAUSE_MAX bytes on each side, trimmed of white space. */
static struct span clause_of(const char *t, struct span s, const struct seps *sp, size_t a, size_t b)
{
	struct span c = s;
	/* the first separator starting at or after b */
	size_t lo = 0, hi = sp->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (sp->v[mid].start < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < sp->n)
		c.end = sp->v[lo].start;
	for (size_t k = lo; k-- > 0;)
		if (sp->v[k].end <= a) {
			c.start = sp->v[k].end;
			break;
		}
	if (a > c.start + CLAUSE_MAX)
		c.start = a - CLAUSE_MAX;
	if (b + CLAUSE_MAX < c.end)
		c.end = b + CLAUSE_MAX;
	/* not inside a character */
	while (c.start < a && ((unsigned char)t[c.start] & 0xC0) == 0x80)
		c.start++;
	while (c.end > b && ((unsigned char)t[c.end] & 0xC0) == 0x80)
		c.end--;
	while (c.start < c.end && (t[c.start] == ' ' || t[c.start] == '\t'))
		c.start++;
	while (c.end > c.start && (t[c.end - 1] == ' ' || t[c.end - 1] == '\t'))
		c.end--;
	if (c.end <= c.start || a < c.start || b > c.end)
		return s;
	return c;
}

/* ---- summaries ---------------------------------------------------------- */

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
		if (c > 0x20 && c < 0x7F) {
			/* a run of visible ASCII */
			n += space ? 2 : 1;
			space = false;
			for (i++; i < b && n <= SUMMARY_MAX && (unsigned char)(t[i] - 0x21) < 0x7F - 0x21; i++)
				n++;
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
	if (width(t, c.start, c.end) <= SUMMARY_MAX)
		return c;
	struct span w = {piece_start(t, c.start, ts), piece_end(t, te, c.end)};
	/* grow by whole pieces, after first, while it fits */
	for (bool grew = true; grew;) {
		grew = false;
		if (w.end + 2 < c.end) {
			size_t e2 = piece_end(t, w.end + 2, c.end);
			if (width(t, w.start, e2) <= SUMMARY_MAX) {
				w.end = e2;
				grew = true;
			}
		}
		if (w.start >= c.start + 2 && t[w.start - 2] == ',') {
			size_t s2 = piece_start(t, c.start, w.start - 2);
			if (width(t, s2, w.end) <= SUMMARY_MAX) {
				w.start = s2;
				grew = true;
			}
		}
	}
	/* the time too far into its piece: start a little before it, and run
	 * on to the end of the clause (the summary is cut there) */
	if (width(t, w.start, te) > SUMMARY_MAX - 10) {
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

/* ---- times in a clause ---------------------------------------------------- */

/* How precise a time is, for choosing the one an event hangs on. */
static int precision(const struct ann *t)
{
	if (t->subtype == TIME_DURATION || t->subtype == TIME_SET)
		return 0;
	if (!t->str)
		return 1;
	return 2 + (int)strlen(t->str);
}

/* Do two times name the same moment, one more precisely?  A duration or a
 * set goes with any date beside it. */
static bool same_moment(const struct ann *a, const struct ann *b)
{
	bool pa = a->subtype == TIME_DURATION || a->subtype == TIME_SET;
	bool pb = b->subtype == TIME_DURATION || b->subtype == TIME_SET;
	if (pa || pb)
		return true;
	if (!a->str || !b->str)
		return false;
	size_t la = strlen(a->str), lb = strlen(b->str);
	const char *s = la < lb ? a->str : b->str, *l = la < lb ? b->str : a->str;
	if (strncmp(s, l, strlen(s)) == 0)
		return true;
	/* the same day: « ce matin » and « à 9 heures » */
	return la >= 10 && lb >= 10 && strncmp(a->str, b->str, 10) == 0 && a->str[4] == '-' && a->str[7] == '-' &&
	       a->str[5] != 'W';
}

/* ---- actors --------------------------------------------------------------- */

struct pending {
	struct span clause;
	size_t sent;
	int time;                  /* the time the event hangs on */
	uint32_t actor0, nactors;  /* its actors in the pool, gathered before any event is added */
};

/* The actors of all the events, one event after another. */
struct actor_pool {
	int *v;
	size_t n, cap;
};

static void add_actor(annots *an, struct pending *p, struct actor_pool *ap, int actor)
{
	const struct actor *ac = annots_actor(an, actor);
	if (!ac || (ac->flags & ACTOR_DELETED))
		return;
	for (size_t k = 0; k < p->nactors; k++)
		if (ap->v[p->actor0 + k] == actor)
			return;
	if (ap->n >= UINT32_MAX)
		die_nomem();
	ap->v = xgrow(ap->v, &ap->cap, ap->n + 1, sizeof *ap->v);
	ap->v[ap->n++] = actor;
	p->nactors++;
}

/* Mentions inside the clause; speakers of the quotations it overlaps; the
 * speaker of attributed speech in the sentence. */
static void event_actors(annots *an, struct pending *p, struct actor_pool *ap, struct span sent, int **ids,
                         size_t *cap)
{
	struct span c = p->clause;
	/* the sentence, but no further than CLAUSE_MAX around the clause */
	size_t from = c.start > sent.start + CLAUSE_MAX ? c.start - CLAUSE_MAX : sent.start;
	size_t to = c.end + CLAUSE_MAX < sent.end ? c.end + CLAUSE_MAX : sent.end;
	size_t n = annots_overlapping(an, from, to, ids, cap);
	for (size_t k = 0; k < n; k++) {
		const struct ann *a = annots_get(an, (*ids)[k]);
		if (!a)
			continue;
		if (a->kind == ANN_MENTION && a->start >= c.start && a->end <= c.end && a->actor >= 0)
			add_actor(an, p, ap, a->actor);
		else if (a->kind == ANN_QUOTE && a->actor >= 0 && a->start < c.end && a->end > c.start)
			add_actor(an, p, ap, a->actor);
		else if (a->kind == ANN_CUE) {
			const struct ann *q = annots_get(an, a->link);
			if (q && q->kind == ANN_QUOTE && q->actor >= 0 && !(q->flags & ANN_DELETED))
				add_actor(an, p, ap, q->actor);
		}
	}
}

/* ---- the extractor -------------------------------------------------------- */

static int run(struct xctx *x, struct gerr *e)
{
	(void)e;
	doc *d = x->doc;
	annots *an = x->an;
	size_t n;
	const int *ts0 = annots_of_kind(an, ANN_TIME, &n);
	if (!n)
		return 0;
	/* the list belongs to the store and changes as events are added */
	int *ts = xmalloc(n * sizeof *ts);
	memcpy(ts, ts0, n * sizeof *ts);
	const char *text = doc_text(d);
	struct pending *ev = xcalloc(n, sizeof *ev);
	size_t nev = 0;
	/* 1. clauses, and the times they hang on */
	struct seps sp = {SIZE_MAX, NULL, 0, 0};
	for (size_t i = 0; i < n; i++) {
		const struct ann *t = annots_get(an, ts[i]);
		size_t s = doc_sent_at(d, t->start);
		if (sp.sent != s)
			find_seps(text, doc_sent(d, s), s, &sp);
		struct span c = clause_of(text, doc_sent(d, s), &sp, t->start, t->end);
		struct pending *p = nev ? &ev[nev - 1] : NULL;
		if (p && p->sent == s && p->clause.start == c.start && p->clause.end == c.end &&
		    same_moment(annots_get(an, p->time), t)) {
			if (precision(t) > precision(annots_get(an, p->time)))
				p->time = ts[i];
			continue;
		}
		p = &ev[nev++];
		p->time = ts[i];
		p->clause = c;
		p->sent = s;
	}
	free(sp.v);
	/* 2. their actors, while the store's indexes stand */
	int *ids = NULL;
	size_t cap = 0;
	struct actor_pool ap = {0};
	for (size_t i = 0; i < nev; i++) {
		ev[i].actor0 = (uint32_t)ap.n;
		event_actors(an, &ev[i], &ap, doc_sent(d, ev[i].sent), &ids, &cap);
	}
	free(ids);
	/* 3. the events */
	for (size_t i = 0; i < nev; i++) {
		struct pending *p = &ev[i];
		const struct ann *t = annots_get(an, p->time);
		size_t ts_ = t->start, te = t->end;
		float conf = t->confidence;
		char *sum = summary(text, p->clause, ts_, te);
		int id = annots_add(an, ANN_EVENT, p->clause.start, p->clause.end, -1, p->time, 0, conf, sum);
		free(sum);
		for (size_t k = 0; k < p->nactors; k++)
			annots_event_add_actor(an, id, ap.v[p->actor0 + k]);
	}
	free(ap.v);
	free(ev);
	free(ts);
	return 0;
}

const struct extractor extract_events = {
	.name = "events",
	.summary = "events anchored by time expressions, ordered on a timeline",
	.run = run,
};
