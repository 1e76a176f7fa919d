/* export_ids.c — output ids and context shared by the exporters. */
#include "export_ids.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void export_ids_build(annots *an, struct export_ids *m)
{
	memset(m, 0, sizeof *m);
	m->an = an;
	m->nactors = annots_nactors(an);
	m->actor = xcalloc(m->nactors + 1, sizeof *m->actor);
	m->hint = xcalloc(ANN_KIND_COUNT, sizeof *m->hint);
	int k = 0;
	for (size_t i = 0; i < m->nactors; i++)
		if (!(annots_actor(an, (int)i)->flags & ACTOR_DELETED))
			m->actor[i] = ++k;
	for (int kind = 0; kind < ANN_KIND_COUNT; kind++)
		m->ids[kind] = annots_of_kind(an, kind, &m->n[kind]);
	size_t cap = 0;
	for (size_t i = 0; i < m->n[ANN_MENTION]; i++)
		if (export_ids_actor(m, annots_get(an, m->ids[ANN_MENTION][i])->actor) == 0) {
			m->skipped = xgrow(m->skipped, &cap, m->nskipped + 1, sizeof *m->skipped);
			m->skipped[m->nskipped++] = i;
		}
}

void export_ids_free(struct export_ids *m)
{
	free(m->actor);
	free(m->skipped);
	free(m->hint);
	m->actor = NULL;
	m->skipped = m->hint = NULL;
}

/* Does span ia come before span it in the order of their kind (annots_of_kind)? */
static bool before(const annots *an, int ia, int it)
{
	const struct ann *a = annots_get(an, ia), *t = annots_get(an, it);
	if (a->start != t->start)
		return a->start < t->start;
	if (a->end != t->end)
		return a->end > t->end;
	return ia < it;
}

/* The first of v[lo, hi) not before span it. */
static size_t first_not_before(const struct export_ids *m, const int *v, size_t lo, size_t hi, int it)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (before(m->an, v[mid], it))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int export_ids_span(const struct export_ids *m, int id)
{
	const struct ann *t = m->an ? annots_get(m->an, id) : NULL;
	if (!t || (t->flags & ANN_DELETED) || t->kind >= ANN_KIND_COUNT)
		return 0;
	int kind = t->kind;
	const int *v = m->ids[kind];
	size_t n = m->n[kind], h = m->hint[kind], pos;
	if (h < n && v[h] == id)
		pos = h;
	else if (h + 1 < n && v[h + 1] == id)
		pos = h + 1;
	else {
		pos = first_not_before(m, v, 0, n, id);
		if (pos >= n || v[pos] != id)
			return 0;
	}
	m->hint[kind] = pos;
	if (kind != ANN_MENTION)
		return (int)pos + 1;
	/* mentions of actors not exported have no number */
	size_t lo = 0, hi = m->nskipped;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->skipped[mid] < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < m->nskipped && m->skipped[lo] == pos)
		return 0;
	return (int)(pos + 1 - lo);
}

int export_ids_actor(const struct export_ids *m, int actor)
{
	return actor >= 0 && (size_t)actor < m->nactors ? m->actor[actor] : 0;
}

struct span export_before(const doc *d, size_t start, size_t ncp)
{
	const char *t = doc_text(d);
	size_t i = start;
	for (size_t k = 0; k < ncp && i > 0; k++)
		i = utf8_prev(t, i);
	return (struct span){i, start};
}

struct span export_after(const doc *d, size_t end, size_t ncp)
{
	const char *t = doc_text(d);
	size_t len = doc_len(d), i = end;
	for (size_t k = 0; k < ncp && i < len; k++)
		utf8_next(t, len, &i);
	return (struct span){end, i};
}

const struct ann *export_cue_of(annots *an, const struct ann *q)
{
	const struct ann *c = annots_get(an, q->link);
	if (c && c->kind == ANN_CUE && !(c->flags & ANN_DELETED))
		return c;
	return NULL;
}
