/* pane_actors.c — the actors: each with its type, the other names it goes
 * by, and its mention count, most mentioned first.  The selected actor's
 * mentions are highlighted in the article; Enter goes to its next mention
 * (from the reading position, then round). */
#include "pane.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ALIASES 4

struct row {
	int actor;
	size_t mentions;
	size_t first;
};

static int cmp_row(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	if (a->mentions != b->mentions)
		return a->mentions > b->mentions ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

static enum theme_slot type_slot(enum actor_type t)
{
	return t == ACTOR_ORG ? SLOT_ACTOR_ORG : t == ACTOR_PLACE ? SLOT_ACTOR_PLACE : SLOT_ACTOR_PERSON;
}

/* The other surface forms of each actor's mentions (pronouns left out),
 * gathered in one pass over the mentions. */
struct forms {
	uint32_t n;
	struct span f[MAX_ALIASES];
};

static void note_form(struct forms *fm, const char *text, const struct actor *ac, const struct ann *m)
{
	if (m->subtype == MENTION_PRONOUN || m->end <= m->start || fm->n >= MAX_ALIASES)
		return;
	size_t len = m->end - m->start;
	if (len == strlen(ac->name) && memcmp(text + m->start, ac->name, len) == 0)
		return;
	for (uint32_t k = 0; k < fm->n; k++)
		if (fm->f[k].end - fm->f[k].start == len && memcmp(text + fm->f[k].start, text + m->start, len) == 0)
			return;
	fm->f[fm->n++] = (struct span){m->start, m->end};
}

static void build(struct pane *p, const struct pane_ctx *cx)
{
	annots *an = cx->an;
	const char *text = doc_text(cx->a->doc);
	size_t na = annots_nactors(an), nm;
	const int *ms = annots_of_kind(an, ANN_MENTION, &nm);
	struct row *r = xcalloc(na + 1, sizeof *r);
	struct forms *fm = xcalloc(na + 1, sizeof *fm);
	for (size_t i = 0; i < na; i++)
		r[i] = (struct row){(int)i, 0, SIZE_MAX};
	for (size_t i = 0; i < nm; i++) {
		const struct ann *m = annots_get(an, ms[i]);
		if (m->actor < 0 || (size_t)m->actor >= na)
			continue;
		struct row *x = &r[m->actor];
		x->mentions++;
		if (m->start < x->first)
			x->first = m->start;
		note_form(&fm[m->actor], text, annots_actor(an, m->actor), m);
	}
	qsort(r, na, sizeof *r, cmp_row);
	size_t shown = 0;
	for (size_t i = 0; i < na; i++) {
		const struct actor *ac = annots_actor(an, r[i].actor);
		if (!ac || (ac->flags & ACTOR_DELETED))
			continue;
		struct sbuf b = {0};
		sbuf_puts(&b, ac->name);
		size_t name_end = b.len;
		sbuf_addf(&b, "  %s \xc3\x97%zu", annots_actor_type_name(ac->type), r[i].mentions);
		struct ui_item *it = list_add(&p->list, b.s, b.len, SLOT_PANE);
		item_mark(it, 0, name_end, type_slot(ac->type));
		item_mark(it, name_end, b.len, SLOT_DIM);
		it->actor = ac->id;
		if (r[i].first != SIZE_MAX)
			it->jump = r[i].first;
		sbuf_reset(&b);
		const struct forms *f = &fm[ac->id];
		for (uint32_t k = 0; k < f->n; k++) {
			char *sn = pane_snippet(text, f->f[k].start, f->f[k].end, 60);
			sbuf_puts(&b, k ? ", " : "");
			sbuf_puts(&b, sn);
			free(sn);
		}
		if (ac->role && *ac->role) {
			sbuf_puts(&b, b.len ? ", " : "");
			sbuf_puts(&b, ac->role);
		}
		if (b.len) {
			struct ui_item *al = list_addf(&p->list, SLOT_DIM, "aka %s", b.s);
			al->indent = 2;
			al->selectable = false;
			al->actor = ac->id;
		}
		sbuf_free(&b);
		shown++;
	}
	snprintf(p->title, sizeof p->title, "actors \xc2\xb7 %zu", shown);
	free(r);
	free(fm);
}

static int selected(struct pane *p, const struct pane_ctx *cx)
{
	(void)cx;
	struct ui_item *it = list_selected(&p->list);
	p->actor = it ? it->actor : -1;
	p->last_jump = SIZE_MAX;
	return PANE_FOCUS_ACTOR;
}

static int enter(struct pane *p, const struct pane_ctx *cx)
{
	struct ui_item *it = list_selected(&p->list);
	if (!it || it->actor < 0)
		return 0;
	int *ids = NULL;
	size_t cap = 0, n = annots_mentions_of(cx->an, it->actor, &ids, &cap);
	int flags = PANE_FOCUS_ACTOR;
	p->actor = it->actor;
	if (n) {
		/* The next mention after the last one shown, or after the reading position. */
		size_t from = p->last_jump != SIZE_MAX ? p->last_jump + 1 : cx->top;
		size_t k = 0;
		while (k < n && annots_get(cx->an, ids[k])->start < from)
			k++;
		if (k == n)
			k = 0;
		const struct ann *m = annots_get(cx->an, ids[k]);
		p->to = (struct span){m->start, m->end};
		p->quote = -1;
		p->last_jump = m->start;
		flags |= PANE_JUMP;
	}
	free(ids);
	return flags;
}

const struct pane_ops pane_actors = {
	.id = PANE_ACTORS,
	.name = "actors",
	.empty = "no actors found",
	.build = build,
	.selected = selected,
	.enter = enter,
};
