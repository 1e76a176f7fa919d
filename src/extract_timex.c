/* extract_timex.c — time expressions, normalised against the article's date.
 *
 * Each sentence's words go through the recogniser (timex_match.c); then
 * every expression gets its reference and its TIMEX3 value (timex_norm.c):
 *  1. expressions outside quotations, against the document date;
 *  2. expressions inside a quotation, against the day its speaker spoke when
 *     the attribution names one (« "Je pars demain", a-t-il dit mardi »:
 *     « demain » is the day after that Tuesday), else the document date;
 *  3. times of day alone (« à 17 heures ») and « le lendemain »: on the
 *     nearest day-level date in the same sentence, else the last one in the
 *     three sentences before (a report of a meeting dated « mardi » gives
 *     its hours on that Tuesday), else the reference day.  « le lendemain »
 *     counts from the last day mentioned within ten sentences.  A time of
 *     day in a sentence with a set (« chaque lundi à midi ») has no day.
 * Expressions without a value (no document date for « hier ») keep their
 * text and type with a null value.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

#include "timex_date.h"
#include "timex_match.h"
#include "timex_norm.h"

#define ANCHOR_SENTENCES 3      /* how far back a time of day looks for its day */
#define ANAPHOR_SENTENCES 10    /* and « le lendemain » for the last date */
#define VALUE_MAX 48

struct item {
	struct tx_found f;
	size_t sent;
	int quote;                  /* the quotation it is in, or -1 */
	bool done;
	bool has_value;
	char value[VALUE_MAX];
};

static bool item_day(const struct item *it, int *y, int *m, int *d)
{
	return it->done && it->has_value && tx_value_day(it->value, y, m, d);
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
	for (size_t i = first_of_sentence(it, n, s); i < n && it[i].sent == s; i++) {
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

/* The quotation holding [start, end), or -1.  qs is sorted by start. */
static int quote_of(annots *an, const int *qs, size_t nq, size_t start, size_t end)
{
	int best = -1;
	for (size_t k = 0; k < nq; k++) {
		const struct ann *q = annots_get(an, qs[k]);
		if (q->start > start)
			break;
		if (end <= q->end)
			best = qs[k];
	}
	return best;
}

static void resolve(struct item *it, const struct tx_ref *r)
{
	it->has_value = tx_normalise(&it->f.sem, r, it->value, sizeof it->value);
	it->done = true;
}

static int run(struct xctx *x, struct gerr *e)
{
	(void)e;
	doc *dc = x->doc;
	annots *an = x->an;
	txmatch *m = txmatch_new(x->lang);
	struct word *w = NULL;
	size_t wcap = 0;
	struct tx_found *fs = NULL;
	size_t nf = 0, fcap = 0;
	size_t *sent = NULL, scap = 0;
	size_t ns = doc_nsent(dc);
	const char *text = doc_text(dc);
	for (size_t s = 0; s < ns; s++) {
		size_t nw = doc_words(dc, doc_sent(dc, s), &w, &wcap);
		size_t before = nf;
		txmatch_sentence(m, text, w, nw, &fs, &nf, &fcap);
		sent = xgrow(sent, &scap, nf ? nf : 1, sizeof *sent);
		for (size_t k = before; k < nf; k++)
			sent[k] = s;
	}
	free(w);

	struct item *it = xcalloc(nf ? nf : 1, sizeof *it);
	size_t nq;
	const int *qs0 = annots_of_kind(an, ANN_QUOTE, &nq);
	int *qs = xmalloc((nq ? nq : 1) * sizeof *qs);
	if (nq)
		memcpy(qs, qs0, nq * sizeof *qs);
	for (size_t i = 0; i < nf; i++) {
		it[i].f = fs[i];
		it[i].sent = sent[i];
		it[i].quote = quote_of(an, qs, nq, fs[i].start, fs[i].end);
	}
	free(fs);
	free(sent);

	struct tx_ref dct;
	memset(&dct, 0, sizeof dct);
	int y, mo, d;
	if (doc_date(dc, &y, &mo, &d))
		set_ref_day(&dct, y, mo, d);

	/* 1. outside quotations */
	for (size_t i = 0; i < nf; i++) {
		if (it[i].quote >= 0 || tx_needs_anchor(&it[i].f.sem))
			continue;
		struct tx_ref r = dct;
		r.tense = it[i].f.tense;
		resolve(&it[i], &r);
	}
	/* 2. inside quotations: the day the speaker spoke */
	for (size_t i = 0; i < nf; i++) {
		if (it[i].quote < 0 || tx_needs_anchor(&it[i].f.sem))
			continue;
		struct tx_ref r = dct;
		if (tx_is_deictic(&it[i].f.sem) && speech_day(dc, an, it[i].quote, it, nf, &y, &mo, &d))
			set_ref_day(&r, y, mo, d);
		r.tense = it[i].f.tense;
		resolve(&it[i], &r);
	}
	/* 3. times of day alone and « le lendemain », in text order */
	for (size_t i = 0; i < nf; i++) {
		if (it[i].done)
			continue;
		struct tx_ref r = dct;
		r.tense = it[i].f.tense;
		if (it[i].quote >= 0 && speech_day(dc, an, it[i].quote, it, nf, &y, &mo, &d))
			set_ref_day(&r, y, mo, d);
		bool anaphor = it[i].f.sem.anchor == TXA_ANAPHOR;
		bool found = false, habitual = false;
		size_t best = SIZE_MAX;
		/* « chaque lundi à midi »: a time of day beside a set has no day */
		for (size_t k = first_of_sentence(it, nf, it[i].sent); !anaphor && k < nf && it[k].sent == it[i].sent; k++)
			if (it[k].f.sem.type == TIME_SET && it[k].f.sem.quantified &&
			    (it[k].f.end > it[i].f.start ? it[k].f.start - it[i].f.end : it[i].f.start - it[k].f.end) < 60)
				habitual = true;
		if (habitual) {
			r.has_ref = false;
			resolve(&it[i], &r);
			continue;
		}
		if (!anaphor) {
			/* the same sentence, either side */
			for (size_t k = first_of_sentence(it, nf, it[i].sent); k < nf && it[k].sent == it[i].sent; k++) {
				if (k == i || !item_day(&it[k], &y, &mo, &d))
					continue;
				size_t dist = it[k].f.start > it[i].f.start ? it[k].f.start - it[i].f.start
				                                            : it[i].f.start - it[k].f.start;
				if (dist < best) {
					best = dist;
					r.has_anchor = true;
					r.ay = y, r.am = mo, r.ad = d;
					found = true;
				}
			}
		}
		size_t back = anaphor ? ANAPHOR_SENTENCES : ANCHOR_SENTENCES;
		for (size_t k = i; !found && k-- > 0;) {
			if (it[i].sent - it[k].sent > back)
				break;
			if (anaphor && it[k].f.sem.anchor == TXA_ANAPHOR && !it[k].has_value)
				continue;
			if (item_day(&it[k], &y, &mo, &d)) {
				r.has_anchor = true;
				r.ay = y, r.am = mo, r.ad = d;
				found = true;
			}
		}
		if (!found && r.has_ref) {
			r.has_anchor = true;
			r.ay = r.y, r.am = r.m, r.ad = r.d;
		}
		resolve(&it[i], &r);
	}

	for (size_t i = 0; i < nf; i++) {
		const struct tx_found *f = &it[i].f;
		int type = f->sem.type;
		if ((type == TIME_DATE) && (f->sem.hour >= 0 || f->sem.part))
			type = TIME_TIME;
		float conf = it[i].has_value ? f->confidence : f->confidence * 0.8f;
		annots_add(an, ANN_TIME, f->start, f->end, -1, -1, type, conf,
		           it[i].has_value ? it[i].value : NULL);
	}
	free(it);
	free(qs);
	txmatch_free(m);   /* last: values given by the lexicon point into it */
	return 0;
}

const struct extractor extract_timex = {
	.name = "timex",
	.summary = "time expressions, normalised against the article's date",
	.run = run,
};
