/* extract_timex.c — time expressions, normalised against the article's date.
 *
 * Each sentence's words go through the recogniser (timex_match.c) — a
 * sentence with no digit and no time word (txmatch_may_hold) is skipped
 * before its words are broken; then
 * every expression gets its reference and its TIMEX3 value (timex_norm.c):
 *  1. expressions outside quotations, against the document date;
 *  2. expressions inside a quotation, against the day its speaker spoke when
 *     the attribution names one (« "Je pars demain", a-t-il dit mardi »:
 *     « demain » is the day after that Tuesday), else the document date;
 *  3. « le lendemain » counts from the last day mentioned within ten
 *     sentences, else from the reference day; then times of day alone
 *     (« à 17 heures ») take the day named right after them in their clause
 *     (« à 17 heures mardi »), else the last day named in their sentence or
 *     the three before (a report of a meeting dated « mardi » gives its
 *     hours on that Tuesday), else the last day not after the reference
 *     named in the ten before, else the reference day.  A time of day beside
 *     a set (« chaque lundi à midi ») or after a plural day or part of the day
 *     ("most mornings at 6 a.m.") has no day.
 * Expressions without a value (no document date for « hier ») keep their
 * text and type with a null value.  A large document is read a window of
 * sentences at a time (see WINDOW below).
 */
#include "extract.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timex_date.h"
#include "timex_lex.h"
#include "timex_match.h"
#include "timex_norm.h"

#define ANCHOR_SENTENCES 3      /* how far back a time of day looks for its day */
#define ANCHOR_PAST 10          /* and for a day not after the reference day */
#define ANAPHOR_SENTENCES 10    /* and « le lendemain » for the last date */
#define SET_REACH 60            /* bytes between « chaque lundi » and « à midi » */
#define FOLLOW_REACH 12         /* bytes between « à 17 heures » and « mardi » after it */
#define FOLLOW_WORD 3           /* the one short word allowed there ("on") */
#define NEAR_ITEMS 32           /* expressions looked at around one in a sentence */
#define SPEECH_REACH 400        /* bytes around a cue where the speech day is named */
#define QUOTE_DEPTH 8           /* quotations looked at around an expression */
#define VALUE_MAX 48

struct item {
	struct tx_found f;
	size_t sent;
	int quote;                  /* the quotation it is in, or -1 */
	bool done;
	bool has_value;
	bool has_day;               /* the value names a day (or a time on one): */
	int dy, dm, dd;             /* that day */
	uint32_t value;             /* in the value pool, if has_value */
};

/* The values, one after another (NUL-terminated). */
struct pool {
	char *s;
	size_t n, cap;
};

static bool item_day(const struct item *it, int *y, int *m, int *d)
{
	if (!it->has_day)
		return false;
	*y = it->dy, *m = it->dm, *d = it->dd;
	return true;
}

static void set_ref_day(struct tx_ref *r, int y, int m, int d)
{
	r->has_ref = true;
	r->y = y, r->m = m, r->d = d;
}

/* The first item of sentence s (items are in text order), or n. */
static size_t first_of_sentence(const struct item *it, size_t n, size_t s)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (it[mid].sent < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The day the speaker of quotation q spoke: a day-level date outside any
 * quotation, in the sentence of its attribution cue, nearest the cue. */
static bool speech_day(const doc *dc, annots *an, int q, const struct item *it, size_t n,
                       int *y, int *m, int *d)
{
	const struct ann *qa = annots_get(an, q);
	if (!qa)
		return false;
	const struct ann *cue = annots_get(an, qa->link);
	size_t at = cue && cue->kind == ANN_CUE ? cue->start : qa->end;
	size_t s = doc_sent_at(dc, at);
	bool found = false;
	size_t best = SIZE_MAX;
	/* the cue's neighbours only: a huge sentence stays linear */
	size_t i0 = first_of_sentence(it, n, s);
	while (i0 < n && it[i0].sent == s && it[i0].f.end + SPEECH_REACH < at)
		i0++;
	for (size_t i = i0; i < n && it[i].sent == s && it[i].f.start <= at + SPEECH_REACH; i++) {
		int yy, mm, dd;
		if (it[i].quote >= 0 || !item_day(&it[i], &yy, &mm, &dd))
			continue;
		size_t dist = it[i].f.start > at ? it[i].f.start - at : at - it[i].f.start;
		if (dist < best) {
			best = dist;
			*y = yy, *m = mm, *d = dd;
			found = true;
		}
	}
	return found;
}

/* The innermost quotation holding [start, end), or -1.  qs is sorted by
 * start; the few quotations opening last before start are looked at
 * (nesting is shallow). */
static int quote_of(annots *an, const int *qs, size_t nq, size_t start, size_t end)
{
	size_t lo = 0, hi = nq;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (annots_get(an, qs[mid])->start <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = lo, seen = 0; k-- > 0 && seen < QUOTE_DEPTH; seen++) {
		const struct ann *q = annots_get(an, qs[k]);
		if (end <= q->end)
			return qs[k];
	}
	return -1;
}

static void resolve(struct item *it, const struct tx_ref *r, struct pool *vp)
{
	char value[VALUE_MAX];
	it->has_value = tx_normalise(&it->f.sem, r, value, sizeof value);
	it->has_day = it->has_value && tx_value_day(value, &it->dy, &it->dm, &it->dd);
	it->done = true;
	if (it->has_value) {
		size_t n = strlen(value) + 1;
		if (vp->n + n > UINT32_MAX)
			die_nomem();
		vp->s = xgrow(vp->s, &vp->cap, vp->n + n, 1);
		memcpy(vp->s + vp->n, value, n);
		it->value = (uint32_t)vp->n;
		vp->n += n;
	}
}

/* A day or month without a year takes it from its sentence: the end of a
 * range from the start (« du 5 décembre 2019 au 20 janvier » → 2020), else
 * a year written alone before it in the sentence (« en 2019, du 5 au 20
 * décembre ») or a past year named by its distance ("last year"). */
static void year_in_context(struct item *it, size_t i)
{
	struct tx_sem *s = &it[i].f.sem;
	if (s->anchor != TXA_ABS || s->y || !s->m)
		return;
	int y, m, d;
	if (s->range_end && i > 0 && it[i - 1].sent == it[i].sent && item_day(&it[i - 1], &y, &m, &d)) {
		s->y = (s->m < m || (s->m == m && s->d && s->d < d)) ? y + 1 : y;
		return;
	}
	if (s->dir)
		return;    /* « octobre dernier » counts from the reference */
	/* the nearest year alone before it in the sentence */
	for (size_t k = i; k-- > 0 && it[k].sent == it[i].sent && i - k <= NEAR_ITEMS;) {
		const struct tx_sem *o = &it[k].f.sem;
		if (o->anchor == TXA_ABS && o->y && !o->m && !o->quarter && o->focus) {
			s->y = o->y;
			return;
		}
		/* « … l'an dernier, … entre mai et août », "last year ...
		 * in June": a past year before it, in a clause not in the future */
		if (o->anchor == TXA_UNITREF && (o->unit & ~TXU_PLURAL) == TXU_YEAR && o->n < 0 &&
		    it[i].f.tense <= 0) {
			s->yrel = o->n;
			return;
		}
	}
}

/* A set with « chaque », "every" near item i: a time of day beside it has no day. */
static size_t gap_between(const struct item *a, const struct item *b)
{
	return b->f.start >= a->f.end ? b->f.start - a->f.end : a->f.start >= b->f.end ? a->f.start - b->f.end : 0;
}

static bool habitual(const struct item *it, size_t n, size_t i)
{
	size_t set = SIZE_MAX, day = SIZE_MAX;
	int y, m, d;
	if (it[i].f.sem.habitual)
		return true;
	size_t k0 = i > NEAR_ITEMS ? i - NEAR_ITEMS : 0;
	for (size_t k = k0; k < n && k <= i + NEAR_ITEMS; k++) {
		if (it[k].sent != it[i].sent)
			continue;
		size_t gap = gap_between(&it[i], &it[k]);
		if (it[k].f.sem.type == TIME_SET && it[k].f.sem.quantified && gap < set)
			set = gap;
		else if (k != i && item_day(&it[k], &y, &m, &d) && gap < day)
			day = gap;
	}
	/* « chaque lundi à midi », but not "every week ... next Monday at 10" */
	return set < SET_REACH && set < day;
}

/* Does b follow a closely: nothing between them but white space and at
 * most one short word (« à 17 heures mardi », "at 5 p.m. on Tuesday")? */
static bool close_after(const char *text, const struct item *a, const struct item *b)
{
	if (b->f.start < a->f.end || b->f.start - a->f.end > FOLLOW_REACH)
		return false;
	size_t words = 0, len = 0;
	bool in = false;
	for (size_t p = a->f.end; p < b->f.start; p++) {
		unsigned char c = (unsigned char)text[p];
		if (c == ' ' || c == '\t') {
			in = false;
			continue;
		}
		if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')')
			return false;
		if (!in)
			words++;
		in = true;
		len++;
	}
	return words == 0 || (words == 1 && len <= FOLLOW_WORD);
}

/* Times of day alone and « le lendemain »: the day they hang on. */
static void resolve_late(const doc *dc, annots *an, struct item *it, size_t n, size_t i, const struct tx_ref *dct,
                         struct pool *vp)
{
	struct tx_ref r = *dct;
	int y, mo, d;
	r.tense = it[i].f.tense;
	if (it[i].quote >= 0 && speech_day(dc, an, it[i].quote, it, n, &y, &mo, &d))
		set_ref_day(&r, y, mo, d);
	bool anaphor = it[i].f.sem.anchor == TXA_ANAPHOR;
	if (!anaphor && habitual(it, n, i)) {
		r.has_ref = false;
		resolve(&it[i], &r, vp);
		return;
	}
	bool found = false;
	/* a day right after it in its clause: « à 17 heures mardi » */
	for (size_t k = i + 1; !anaphor && k < n && close_after(doc_text(dc), &it[i], &it[k]); k++)
		if (item_day(&it[k], &y, &mo, &d)) {
			found = true;
			break;
		}
	/* else the nearest day before it: in its sentence, else in the few before */
	size_t back = anaphor ? ANAPHOR_SENTENCES : ANCHOR_PAST;
	for (size_t k = i; !found && k-- > 0;) {
		if (it[i].sent - it[k].sent > back || i - k > NEAR_ITEMS * 4)
			break;
		/* inside a quotation, only its own dates (or the speech day) */
		if (it[i].quote >= 0 && it[k].quote != it[i].quote && it[k].sent != it[i].sent)
			continue;
		if (!item_day(&it[k], &y, &mo, &d))
			continue;
		/* further back, only the day of a past event (the day of the
		 * report's news, not a date announced since) */
		if (!anaphor && it[i].sent - it[k].sent > ANCHOR_SENTENCES &&
		    (!r.has_ref || tx_days(y, mo, d) > tx_days(r.y, r.m, r.d)))
			continue;
		found = true;
	}
	if (found) {
		r.has_anchor = true;
		r.ay = y, r.am = mo, r.ad = d;
	} else if (r.has_ref) {
		r.has_anchor = true;
		r.ay = r.y, r.am = r.m, r.ad = r.d;
	}
	resolve(&it[i], &r, vp);
}

/* The pass's state; its items are those of one window of sentences. */
struct tctx {
	doc *dc;
	annots *an;
	txmatch *m;
	int *qs;                    /* the quotations by position (ids), before any time is added */
	size_t nq;
	struct tx_ref dct;          /* the document date */
	struct item *it;
	size_t icap;
	struct word *w;
	size_t wcap;
	struct tx_found *fs;        /* one sentence's expressions */
	size_t fcap;
	struct pool vp;
};

/* Sentences [s0, s1): recognise, resolve, store. */
static void pass(struct tctx *c, size_t s0, size_t s1)
{
	doc *dc = c->dc;
	annots *an = c->an;
	const char *text = doc_text(dc);
	/* room for an expression a sentence: pages never written are never
	 * touched, and growing is rare */
	c->it = xgrow(c->it, &c->icap, s1 - s0 + 16, sizeof *c->it);
	struct item *it = c->it;
	size_t nf = 0;
	for (size_t s = s0; s < s1; s++) {
		struct span sp = doc_sent(dc, s);
		if (!txmatch_may_hold(c->m, text, sp.start, sp.end))
			continue;   /* no digit, no time word: no expression */
		size_t nw = doc_words(dc, sp, &c->w, &c->wcap);
		size_t k = 0;
		txmatch_sentence(c->m, text, c->w, nw, &c->fs, &k, &c->fcap);
		if (!k)
			continue;
		it = c->it = xgrow(c->it, &c->icap, nf + k, sizeof *it);
		for (size_t j = 0; j < k; j++, nf++) {
			struct item *ni = &it[nf];
			memset(ni, 0, sizeof *ni);
			ni->f = c->fs[j];
			ni->sent = s;
			ni->quote = quote_of(an, c->qs, c->nq, c->fs[j].start, c->fs[j].end);
		}
	}

	struct pool *vp = &c->vp;
	vp->n = 0;
	int y, mo, d;
	/* 1. outside quotations */
	for (size_t i = 0; i < nf; i++) {
		if (it[i].quote >= 0 || tx_needs_anchor(&it[i].f.sem))
			continue;
		year_in_context(it, i);
		struct tx_ref r = c->dct;
		r.tense = it[i].f.tense;
		/* « La réunion a eu lieu le 3 mars, puis le 1er janvier »: in a
		 * past clause, the next date of a list after a past day is past */
		if (r.tense < 0 && it[i].f.sem.listed && it[i - 1].sent == it[i].sent && item_day(&it[i - 1], &y, &mo, &d) &&
		    r.has_ref && tx_days(y, mo, d) <= tx_days(r.y, r.m, r.d))
			it[i].f.sem.past_bound = true;
		resolve(&it[i], &r, vp);
	}
	/* 2. inside quotations: the day the speaker spoke */
	for (size_t i = 0; i < nf; i++) {
		if (it[i].quote < 0 || tx_needs_anchor(&it[i].f.sem))
			continue;
		struct tx_ref r = c->dct;
		year_in_context(it, i);
		if (tx_is_deictic(&it[i].f.sem) && speech_day(dc, an, it[i].quote, it, nf, &y, &mo, &d))
			set_ref_day(&r, y, mo, d);
		r.tense = it[i].f.tense;
		resolve(&it[i], &r, vp);
	}
	/* 3. « le lendemain », then times of day alone, in text order */
	for (size_t i = 0; i < nf; i++)
		if (!it[i].done && it[i].f.sem.anchor == TXA_ANAPHOR)
			resolve_late(dc, an, it, nf, i, &c->dct, vp);
	for (size_t i = 0; i < nf; i++)
		if (!it[i].done)
			resolve_late(dc, an, it, nf, i, &c->dct, vp);

	for (size_t i = 0; i < nf; i++) {
		const struct tx_found *f = &it[i].f;
		int type = f->sem.type;
		if ((type == TIME_DATE) && (f->sem.hour >= 0 || f->sem.part))
			type = TIME_TIME;
		float conf = it[i].has_value ? f->confidence : f->confidence * 0.8f;
		annots_add(an, ANN_TIME, f->start, f->end, -1, -1, type, conf,
		           it[i].has_value ? vp->s + it[i].value : NULL);
	}
}

/* ---- windows ---------------------------------------------------------- */

/* A large document is read a window of about WINDOW bytes at a time (the
 * expressions of a window, some 150 bytes each, are all held until its
 * last is resolved), cut between the articles of a concatenation as the
 * actor pass cuts it; a document up to 1.5 windows is read whole.  Only
 * the few sentences after a cut lose a day named before it.
 * GLOSE_TIMEX_WINDOW (bytes; 0 for none) changes the size, for tests. */
#define WINDOW ((size_t)1 << 20)

static size_t window_size(void)
{
	const char *v = getenv("GLOSE_TIMEX_WINDOW");
	if (!v || !*v)
		return WINDOW;
	char *end;
	unsigned long long n = strtoull(v, &end, 10);
	return *end ? WINDOW : (size_t)n;
}

static int run(struct xctx *x, struct gerr *e)
{
	(void)e;
	struct tctx c;
	memset(&c, 0, sizeof c);
	c.dc = x->doc;
	c.an = x->an;
	c.m = txmatch_new(x->lang);
	const int *qs0 = annots_of_kind(c.an, ANN_QUOTE, &c.nq);
	c.qs = xmalloc((c.nq ? c.nq : 1) * sizeof *c.qs);
	if (c.nq)
		memcpy(c.qs, qs0, c.nq * sizeof *c.qs);
	int y, mo, d;
	if (doc_date(c.dc, &y, &mo, &d))
		set_ref_day(&c.dct, y, mo, d);

	size_t ns = doc_nsent(c.dc), np = doc_npara(c.dc), win = window_size();
	if (!win || doc_len(c.dc) <= win + win / 2 || np < 2) {
		pass(&c, 0, ns);
	} else {
		for (size_t p0 = 0, s0 = 0; p0 < np && s0 < ns;) {
			size_t p1 = doc_window_end(c.dc, p0, win);
			size_t s1 = p1 < np ? doc_sent_at(c.dc, doc_para(c.dc, p1).start) : ns;
			pass(&c, s0, s1);
			p0 = p1;
			s0 = s1;
		}
	}
	free(c.w);
	free(c.fs);
	free(c.vp.s);
	free(c.it);
	free(c.qs);
	txmatch_free(c.m);   /* last: values given by the lexicon point into it */
	return 0;
}

const struct extractor extract_timex = {
	.name = "timex",
	.summary = "time expressions, normalised against the article's date",
	.run = run,
};
