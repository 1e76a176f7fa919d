/* export_ids.c — output ids and context shared by the exporters. */
#include "export_ids.h"

#include <stdlib.h>

#include "util.h"

void export_ids_build(annots *an, struct export_ids *m)
{
	m->nactors = annots_nactors(an);
	m->nspans = annots_count(an);
	m->actor = xcalloc(m->nactors + 1, sizeof *m->actor);
	m->span = xcalloc(m->nspans + 1, sizeof *m->span);
	int k = 0;
	for (size_t i = 0; i < m->nactors; i++)
		if (!(annots_actor(an, (int)i)->flags & ACTOR_DELETED))
			m->actor[i] = ++k;
	for (int kind = 0; kind < ANN_KIND_COUNT; kind++) {
		size_t n;
		const int *ids = annots_of_kind(an, kind, &n);
		int num = 0;
		for (size_t i = 0; i < n; i++) {
			const struct ann *s = annots_get(an, ids[i]);
			if (kind == ANN_MENTION && export_ids_actor(m, s->actor) == 0)
				continue;
			m->span[ids[i]] = kind == ANN_MENTION ? ++num : (int)i + 1;
		}
	}
}

void export_ids_free(struct export_ids *m)
{
	free(m->actor);
	free(m->span);
	m->actor = m->span = NULL;
}

int export_ids_span(const struct export_ids *m, int id)
{
	return id >= 0 && (size_t)id < m->nspans ? m->span[id] : 0;
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
