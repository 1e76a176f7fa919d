/* pane_timeline.c — the timeline: events in date order, each with its
 * normalised date, its actors and a summary.  An article whose events were
 * not extracted shows its time expressions instead, with their sentence.
 * Enter brings the event into view. */
#include "pane.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SNIPPET 200

struct entry {
	int id;
	const char *value;         /* TIMEX3 value, or NULL */
	size_t start;
};

static int cmp_entry(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;
	if (!a->value != !b->value)
		return a->value ? -1 : 1;  /* undated last */
	if (a->value) {
		int c = strcmp(a->value, b->value);
		if (c)
			return c;
	}
	return a->start < b->start ? -1 : a->start > b->start;
}

static const char *time_value(const struct ann *t)
{
	return t && t->kind == ANN_TIME && t->str && *t->str ? t->str : NULL;
}

static enum theme_slot actor_slot(const struct actor *ac)
{
	return ac->type == ACTOR_ORG ? SLOT_ACTOR_ORG : ac->type == ACTOR_PLACE ? SLOT_ACTOR_PLACE : SLOT_ACTOR_PERSON;
}

static void add_date(struct sbuf *b, const char *text, const char *value, const struct ann *t)
{
	if (value)
		sbuf_puts(b, value);
	else if (t) {
		char *s = pane_snippet(text, t->start, t->end, 40);
		sbuf_puts(b, s);
		free(s);
	} else {
		sbuf_puts(b, "(undated)");
	}
}

static void build_events(struct pane *p, const struct pane_ctx *cx, const int *ev, size_t n)
{
	annots *an = cx->an;
	const char *text = doc_text(cx->a->doc);
	struct entry *e = xmalloc(n * sizeof *e);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, ev[i]);
		e[i] = (struct entry){ev[i], time_value(annots_get(an, x->link)), x->start};
	}
	qsort(e, n, sizeof *e, cmp_entry);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, e[i].id);
		const struct ann *t = annots_get(an, x->link);
		struct sbuf b = {0};
		add_date(&b, text, e[i].value, t && t->kind == ANN_TIME ? t : NULL);
		size_t date_end = b.len;
		sbuf_puts(&b, "  ");
		size_t act_from = b.len;
		enum theme_slot aslot = SLOT_DIM;
		size_t shown = 0;
		for (size_t k = 0; x->x && k < x->x->nactors && shown < 3; k++) {
			const struct actor *ac = annots_actor(an, x->x->actors[k]);
			if (!ac || (ac->flags & ACTOR_DELETED))
				continue;
			if (shown == 0)
				aslot = actor_slot(ac);
			sbuf_puts(&b, shown ? ", " : "");
			sbuf_puts(&b, ac->name);
			shown++;
		}
		size_t act_to = b.len;
		if (shown)
			sbuf_puts(&b, " \xe2\x80\x94 ");
		char *sum = x->str && *x->str ? pane_snippet(x->str, 0, strlen(x->str), SNIPPET)
		                              : pane_snippet(text, x->start, x->end, SNIPPET);
		sbuf_puts(&b, sum);
		free(sum);
		struct ui_item *it = list_add(&p->list, b.s, b.len, SLOT_PANE);
		item_mark(it, 0, date_end, SLOT_TIME);
		if (shown)
			item_mark(it, act_from, act_to, aslot);
		it->jump = x->start;
		it->jump_end = x->end;
		it->ann = x->id;
		sbuf_free(&b);
	}
	snprintf(p->title, sizeof p->title, "timeline \xc2\xb7 %zu event%s", n, n == 1 ? "" : "s");
	free(e);
}

static void build_times(struct pane *p, const struct pane_ctx *cx, const int *tm, size_t n)
{
	annots *an = cx->an;
	const doc *d = cx->a->doc;
	const char *text = doc_text(d);
	struct entry *e = xmalloc(n * sizeof *e);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, tm[i]);
		e[i] = (struct entry){tm[i], time_value(x), x->start};
	}
	qsort(e, n, sizeof *e, cmp_entry);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, e[i].id);
		struct sbuf b = {0};
		add_date(&b, text, e[i].value, x);
		size_t date_end = b.len;
		sbuf_puts(&b, "  ");
		struct span s = doc_sent(d, doc_sent_at(d, x->start));
		if (s.end <= s.start || s.start > x->start)
			s = (struct span){x->start, x->end};
		char *ctx = pane_snippet(text, s.start, s.end, SNIPPET);
		sbuf_puts(&b, ctx);
		free(ctx);
		struct ui_item *it = list_add(&p->list, b.s, b.len, SLOT_PANE);
		item_mark(it, 0, date_end, SLOT_TIME);
		it->jump = x->start;
		it->jump_end = x->end;
		it->ann = x->id;
		sbuf_free(&b);
	}
	snprintf(p->title, sizeof p->title, "timeline \xc2\xb7 %zu time expression%s (no events)", n, n == 1 ? "" : "s");
	free(e);
}

static void build(struct pane *p, const struct pane_ctx *cx)
{
	size_t n;
	const int *ev = annots_of_kind(cx->an, ANN_EVENT, &n);
	if (n) {
		build_events(p, cx, ev, n);
		return;
	}
	const int *tm = annots_of_kind(cx->an, ANN_TIME, &n);
	if (n)
		build_times(p, cx, tm, n);
}

const struct pane_ops pane_timeline = {
	.id = PANE_TIMELINE,
	.name = "timeline",
	.empty = "no dates or events found",
	.build = build,
};
