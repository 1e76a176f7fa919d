/* pane_timeline.c — the timeline: events in date order, each with its
 * normalised date, its actors and a summary.  An article whose events were
 * not extracted shows its time expressions instead, with their sentence.
 * Enter brings the event into view. */
#include "pane.h"
#include "timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SNIPPET 200

/* Time expressions, for an article without events: ordered like events. */
struct entry {
	int id;
	struct timeline_key key;
};

static int cmp_entry(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;
	return timeline_cmp(&a->key, &b->key);
}

static const char *time_value(annots *an, const struct ann *t)
{
	const char *v = t && t->kind == ANN_TIME ? annots_str(an, annots_id(an, t)) : NULL;
	return v && *v ? v : NULL;
}

static enum theme_slot actor_slot(const struct actor *ac)
{
	return ac->type == ACTOR_ORG ? SLOT_ACTOR_ORG : ac->type == ACTOR_PLACE ? SLOT_ACTOR_PLACE : SLOT_ACTOR_PERSON;
}

/* The normalised date ("2025-12-02 17:00"), else the expression's text. */
static void add_date(struct sbuf *b, const char *text, const char *value, const struct ann *t)
{
	char label[64] = "";
	if (value)
		timeline_label(value, label, sizeof label);
	if (*label)
		sbuf_puts(b, label);
	else if (t) {
		char *s = pane_snippet(text, t->start, t->end, 40);
		sbuf_puts(b, s);
		free(s);
	} else {
		sbuf_puts(b, "(undated)");
	}
}

static void build_events(struct pane *p, const struct pane_ctx *cx)
{
	annots *an = cx->an;
	const char *text = doc_text(cx->a->doc);
	int *order = NULL;
	size_t cap = 0, n = timeline_order(an, &order, &cap);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, order[i]);
		const struct ann *t = annots_get(an, x->link);
		if (t && (t->kind != ANN_TIME || (t->flags & ANN_DELETED)))
			t = NULL;
		struct sbuf b = {0};
		add_date(&b, text, time_value(an, t), t);
		size_t date_end = b.len;
		sbuf_puts(&b, "  ");
		size_t act_from = b.len;
		enum theme_slot aslot = SLOT_DIM;
		size_t shown = 0;
		size_t nact;
		const int *acts = annots_event_actors(an, annots_id(an, x), &nact);
		for (size_t k = 0; k < nact && shown < 3; k++) {
			const struct actor *ac = annots_actor(an, acts[k]);
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
		char *es = timeline_summary(cx->a->doc, an, annots_id(an, x));
		char *sum = es && *es ? pane_snippet(es, 0, strlen(es), SNIPPET) : pane_snippet(text, x->start, x->end, SNIPPET);
		free(es);
		sbuf_puts(&b, sum);
		free(sum);
		struct ui_item *it = list_add(&p->list, b.s, b.len, SLOT_PANE);
		item_mark(it, 0, date_end, SLOT_TIME);
		if (shown)
			item_mark(it, act_from, act_to, aslot);
		it->jump = x->start;
		it->jump_end = x->end;
		it->ann = annots_id(an, x);
		sbuf_free(&b);
	}
	snprintf(p->title, sizeof p->title, "timeline \xc2\xb7 %zu event%s", n, n == 1 ? "" : "s");
	free(order);
}

static void build_times(struct pane *p, const struct pane_ctx *cx, const int *tm, size_t n)
{
	annots *an = cx->an;
	const doc *d = cx->a->doc;
	const char *text = doc_text(d);
	struct entry *e = xmalloc(n * sizeof *e);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, tm[i]);
		e[i] = (struct entry){tm[i], timeline_key(an, tm[i])};
		e[i].key.pos = x->start;
	}
	qsort(e, n, sizeof *e, cmp_entry);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, e[i].id);
		struct sbuf b = {0};
		add_date(&b, text, time_value(an, x), x);
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
		it->ann = e[i].id;
		sbuf_free(&b);
	}
	snprintf(p->title, sizeof p->title, "timeline \xc2\xb7 %zu time expression%s (no events)", n, n == 1 ? "" : "s");
	free(e);
}

static void build(struct pane *p, const struct pane_ctx *cx)
{
	size_t n;
	annots_of_kind(cx->an, ANN_EVENT, &n);
	if (n) {
		build_events(p, cx);
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
