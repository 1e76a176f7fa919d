/* hindex: an open-addressing index over a caller's array (see hindex.h). */
#include "hindex.h"

#include <stdlib.h>

#include "util.h"

static void place(struct hindex *x, uint32_t h, size_t i)
{
	size_t j = h & (x->cap - 1);
	while (x->slot[j])
		j = (j + 1) & (x->cap - 1);
	x->slot[j] = (uint32_t)i + 1;
}

void hindex_build(struct hindex *x, size_t n, size_t min_cap, hindex_hash_fn hash_of, const void *ctx)
{
	if (n >= UINT32_MAX / 4)
		die_nomem();
	size_t cap = 16;
	while (cap < min_cap || cap < n * 2 + 2)
		cap *= 2;
	free(x->slot);
	x->slot = xcalloc(cap, sizeof *x->slot);
	x->cap = cap;
	for (size_t i = 0; i < n; i++)
		place(x, hash_of(ctx, i), i);
}

void hindex_add(struct hindex *x, uint32_t h, size_t i, size_t n, hindex_hash_fn hash_of, const void *ctx)
{
	if (n * 2 + 2 > x->cap)
		hindex_build(x, n, x->cap * 2, hash_of, ctx);
	else
		place(x, h, i);
}

void hindex_free(struct hindex *x)
{
	free(x->slot);
	x->slot = NULL;
	x->cap = 0;
}
