/* extract_events.c — events anchored by time expressions, ordered on a timeline.
 *
 * Each time expression anchors an event: the clause around it (the
 * sentence cut at « ; », « : » and dashes), the actors mentioned in it
 * (ANN_MENTION spans inside the clause, plus the speaker of a quotation
 * it holds or is in, and the speaker of the sentence's attributed speech);
 * its summary is built from the clause when asked for (timeline_summary():
 * a large input has a million events).  Times in one clause that name the
 * same moment at different precisions (« mardi » … « 17 heures » on that Tuesday), or a duration or
 * set beside a date, make one event linked to the most precise time.
 * Ordering is in timeline.c.  Runs after timex, actors and quotes.
 */
#include "extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timeline.h"

#define CLAUSE_MAX 400          /* bytes an event reaches on each side of its time */

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

/* ---- times in a clause ---------------------------------------------------- */

/* How precise a time is, for choosing the one an event hangs on. */
static int precision(annots *an, const struct ann *t)
{
	if (t->subtype == TIME_DURATION || t->subtype == TIME_SET)
		return 0;
	if (!annots_str(an, annots_id(an, t)))
		return 1;
	return 2 + (int)strlen(annots_str(an, annots_id(an, t)));
}

/* Do two times name the same moment, one more precisely?  A duration or a
 * set goes with any date beside it. */
static bool same_moment(annots *an, const struct ann *a, const struct ann *b)
{
	bool pa = a->subtype == TIME_DURATION || a->subtype == TIME_SET;
	bool pb = b->subtype == TIME_DURATION || b->subtype == TIME_SET;
	if (pa || pb)
		return true;
	const char *as = annots_str(an, annots_id(an, a)), *bs = annots_str(an, annots_id(an, b));
	if (!as || !bs)
		return false;
	size_t la = strlen(as), lb = strlen(bs);
	const char *s = la < lb ? as : bs, *l = la < lb ? bs : as;
	if (strncmp(s, l, strlen(s)) == 0)
		return true;
	/* the same day: « ce matin » and « à 9 heures » */
	return la >= 10 && lb >= 10 && strncmp(as, bs, 10) == 0 && as[4] == '-' && as[7] == '-' &&
	       as[5] != 'W';
}

/* ---- actors --------------------------------------------------------------- */

/* 16 bytes: a large input has a million events (a doc holds less than 4 GiB). */
struct pending {
	uint32_t start, end;       /* the clause */
	uint32_t sent;
	int time;                  /* the time the event hangs on */
};

static void add_actor(annots *an, int event, int actor)
{
	const struct actor *ac = annots_actor(an, actor);
	if (ac && !(ac->flags & ACTOR_DELETED))
		annots_event_add_actor(an, event, actor);   /* each once */
}

/* Mentions inside the clause; speakers of the quotations it overlaps; the
 * speaker of attributed speech in the sentence.  (The events themselves
 * are among the spans found: no branch takes them.) */
static void event_actors(annots *an, int event, struct span sent, int **ids, size_t *cap)
{
	const struct ann *e = annots_get(an, event);
	struct span c = {e->start, e->end};
	/* the sentence, but no further than CLAUSE_MAX around the clause */
	size_t from = c.start > sent.start + CLAUSE_MAX ? c.start - CLAUSE_MAX : sent.start;
	size_t to = c.end + CLAUSE_MAX < sent.end ? c.end + CLAUSE_MAX : sent.end;
	size_t n = annots_overlapping_kinds(an, from, to,
	                                    ANN_KIND_BIT(ANN_MENTION) | ANN_KIND_BIT(ANN_QUOTE) | ANN_KIND_BIT(ANN_CUE), ids,
	                                    cap);
	for (size_t k = 0; k < n; k++) {
		const struct ann *a = annots_get(an, (*ids)[k]);
		if (!a)
			continue;
		if (a->kind == ANN_MENTION && a->start >= c.start && a->end <= c.end && a->actor >= 0)
			add_actor(an, event, a->actor);
		else if (a->kind == ANN_QUOTE && a->actor >= 0 && a->start < c.end && a->end > c.start)
			add_actor(an, event, a->actor);
		else if (a->kind == ANN_CUE) {
			const struct ann *q = annots_get(an, a->link);
			if (q && q->kind == ANN_QUOTE && q->actor >= 0 && !(q->flags & ANN_DELETED))
				add_actor(an, event, q->actor);
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
	struct pending *ev = xmalloc(n * sizeof *ev);
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
		if (p && p->sent == s && p->start == c.start && p->end == c.end &&
		    same_moment(an, annots_get(an, p->time), t)) {
			if (precision(an, t) > precision(an, annots_get(an, p->time)))
				p->time = ts[i];
			continue;
		}
		p = &ev[nev++];
		p->time = ts[i];
		p->start = (uint32_t)c.start;
		p->end = (uint32_t)c.end;
		p->sent = (uint32_t)s;
	}
	free(sp.v);
	free(ts);
	/* 2. the events (ids first, first + 1, ...), keeping only their
	 * sentences: the rest is in the store now */
	uint32_t *sent = xmalloc(nev * sizeof *sent);
	int first = -1;
	for (size_t i = 0; i < nev; i++) {
		const struct pending *p = &ev[i];
		const struct ann *t = annots_get(an, p->time);
		int id = annots_add(an, ANN_EVENT, p->start, p->end, -1, p->time, 0, t->confidence, NULL);
		if (!i)
			first = id;
		sent[i] = p->sent;
	}
	free(ev);
	/* 3. their actors, from the store's indexes (built once, with the
	 * events in them: the export needs them so too; adding an event's
	 * actors leaves them standing) */
	int *ids = NULL;
	size_t cap = 0;
	for (size_t i = 0; i < nev; i++)
		event_actors(an, first + (int)i, doc_sent(d, sent[i]), &ids, &cap);
	free(ids);
	free(sent);
	return 0;
}

const struct extractor extract_events = {
	.name = "events",
	.summary = "events anchored by time expressions, ordered on a timeline",
	.run = run,
};
