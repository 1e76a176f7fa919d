/* pane_who.c — "who said what": speakers grouped (most quoted first), each
 * with role and count, then each quotation as a one-line snippet; reported
 * (indirect) speech is marked as such.  Enter brings a quotation into view
 * and makes it the current one. */
#include "pane.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SNIPPET 240

struct group {
	int actor;                 /* -1: no known speaker */
	size_t n, first, fill;
	int *ids;
};

static int cmp_group(const void *pa, const void *pb)
{
	const struct group *a = pa, *b = pb;
	if ((a->actor < 0) != (b->actor < 0))
		return a->actor < 0 ? 1 : -1;   /* unattributed last */
	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* One quotation: as the article writes it, marks included, or marked
 * "reported:" when it is indirect speech. */
static void add_quote(struct pane *p, const struct pane_ctx *cx, const struct ann *q, enum theme_slot spk)
{
	const char *t = doc_text(cx->a->doc);
	struct sbuf b = {0};
	size_t label_end = 0, text_from = 0, text_to = 0;
	if (q->subtype == QUOTE_INDIRECT) {
		sbuf_puts(&b, "reported: ");
		label_end = b.len;
	}
	text_from = b.len;
	size_t s = q->start, e = q->end;
	size_t os = 0, oe = 0;
	bool marks = annots_outer(cx->an, annots_id(cx->an, q), &os, &oe) && oe > os && q->subtype != QUOTE_INDIRECT;
	if (marks) {
		s = os;
		e = oe;
	} else if (q->subtype != QUOTE_INDIRECT) {
		sbuf_puts(&b, lang_quote(cx->a->lang, false, false));
	}
	char *snip = pane_snippet(t, s, e, SNIPPET);
	sbuf_puts(&b, snip);
	free(snip);
	if (!marks && q->subtype != QUOTE_INDIRECT)
		sbuf_puts(&b, lang_quote(cx->a->lang, false, true));
	text_to = b.len;
	if (q->subtype == QUOTE_MIXED) {
		label_end = b.len;
		sbuf_puts(&b, " (partly reported)");
	}
	struct ui_item *it = list_add(&p->list, b.s, b.len, SLOT_PANE);
	it->indent = 2;
	it->jump = q->start;
	it->jump_end = q->end;
	it->ann = annots_id(cx->an, q);
	it->actor = q->actor;
	if (q->subtype == QUOTE_INDIRECT)
		item_mark(it, 0, label_end, SLOT_DIM);
	item_mark(it, text_from, text_to, spk);
	if (q->subtype == QUOTE_MIXED)
		item_mark(it, label_end, b.len, SLOT_DIM);
	sbuf_free(&b);
}

static void build(struct pane *p, const struct pane_ctx *cx)
{
	annots *an = cx->an;
	size_t nq;
	const int *qs = annots_of_kind(an, ANN_QUOTE, &nq);
	size_t na = annots_nactors(an);
	/* Group index per actor (+1 slot for "no speaker"). */
	size_t *gi = xmalloc((na + 1) * sizeof *gi);
	for (size_t i = 0; i <= na; i++)
		gi[i] = SIZE_MAX;
	struct group *g = NULL;
	size_t ng = 0, capg = 0;
	for (size_t i = 0; i < nq; i++) {
		const struct ann *q = annots_get(an, qs[i]);
		size_t key = q->actor >= 0 && (size_t)q->actor < na ? (size_t)q->actor : na;
		if (gi[key] == SIZE_MAX) {
			g = xgrow(g, &capg, ng + 1, sizeof *g);
			g[ng] = (struct group){key == na ? -1 : q->actor, 0, q->start, 0, NULL};
			gi[key] = ng++;
		}
		g[gi[key]].n++;
	}
	for (size_t i = 0; i < ng; i++)
		g[i].ids = xmalloc(g[i].n * sizeof *g[i].ids);
	for (size_t i = 0; i < nq; i++) {
		const struct ann *q = annots_get(an, qs[i]);
		size_t key = q->actor >= 0 && (size_t)q->actor < na ? (size_t)q->actor : na;
		struct group *gr = &g[gi[key]];
		gr->ids[gr->fill++] = qs[i];
	}
	qsort(g, ng, sizeof *g, cmp_group);
	size_t speakers = 0;
	for (size_t i = 0; i < ng; i++) {
		const struct actor *ac = g[i].actor >= 0 ? annots_actor(an, g[i].actor) : NULL;
		enum theme_slot spk = hl_speaker_slot(cx->hl, g[i].actor);
		struct sbuf b = {0};
		sbuf_puts(&b, ac ? ac->name : "no known speaker");
		size_t name_end = b.len;
		sbuf_addf(&b, " (%zu)", g[i].n);
		size_t count_end = b.len;
		if (ac && ac->role && *ac->role)
			sbuf_addf(&b, " \xc2\xb7 %s", ac->role);
		struct ui_item *it = list_add(&p->list, b.s, b.len, SLOT_PANE);
		item_mark(it, 0, name_end, spk);
		item_mark(it, name_end, count_end, SLOT_DIM);
		item_mark(it, count_end, b.len, SLOT_DIM);
		const struct ann *first = annots_get(an, g[i].ids[0]);
		it->jump = first->start;
		it->jump_end = first->end;
		it->ann = g[i].ids[0];
		it->actor = g[i].actor >= 0 ? g[i].actor : -2;
		sbuf_free(&b);
		if (ac)
			speakers++;
		for (size_t k = 0; k < g[i].n; k++)
			add_quote(p, cx, annots_get(an, g[i].ids[k]), spk);
	}
	snprintf(p->title, sizeof p->title, "who said what \xc2\xb7 %zu speaker%s, %zu quotation%s", speakers,
	         speakers == 1 ? "" : "s", nq, nq == 1 ? "" : "s");
	for (size_t i = 0; i < ng; i++)
		free(g[i].ids);
	free(g);
	free(gi);
}

const struct pane_ops pane_who = {
	.id = PANE_WHO,
	.name = "who said what",
	.empty = "no quotations found",
	.build = build,
};
