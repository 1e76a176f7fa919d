/* export_ids.h — what the exporters share beyond export.h: the output ids
 * (the same numbering as the JSON export, docs/json.md) and quote context
 * in code points.
 *
 * Ids: actors not deleted are numbered a1, a2, ... in store order; spans
 * of each kind in annots_of_kind() order (q1.., c1.., t1.., e1.., n1..).
 * Mentions are numbered m1.. in position order, leaving out the mentions
 * of deleted actors, which no format exports.
 */
#ifndef GLOSE_EXPORT_IDS_H
#define GLOSE_EXPORT_IDS_H

#include <stdbool.h>
#include "annots.h"
#include "doc.h"

struct export_ids {
	int *actor;      /* actor index -> output number, 0 = not exported */
	size_t nactors;
	/* A span's number is found from its place in its kind's order (no
	 * table a span: a large input has millions): */
	annots *an;
	const int *ids[ANN_KIND_COUNT];  /* annots_of_kind() */
	size_t n[ANN_KIND_COUNT];
	size_t *skipped;  /* places in the mentions' order of the mentions not exported, ascending */
	size_t nskipped;
	size_t *hint;     /* per kind, the place last found (lookups go mostly in order) */
};

/* The store must not change until export_ids_free(). */
void export_ids_build(annots *an, struct export_ids *m);
void export_ids_free(struct export_ids *m);
/* The output number of a span (0 if it is not exported). */
int export_ids_span(const struct export_ids *m, int id);
/* The output number of the live speaker of a quotation, or 0. */
int export_ids_actor(const struct export_ids *m, int actor);

/* Up to `ncp` code points of text before `start` / after `end` (bytes). */
struct span export_before(const doc *d, size_t start, size_t ncp);
struct span export_after(const doc *d, size_t end, size_t ncp);

/* The live cue of a quotation, or NULL. */
const struct ann *export_cue_of(annots *an, const struct ann *q);

#endif
