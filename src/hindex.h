/* hindex: the one hash index of glose.
 *
 * An open-addressing (linear probing) index over an array the caller owns:
 * the index stores item numbers, the caller keeps the items and each item's
 * 32-bit hash. Lexicons, the actors' word and name tables, the quotation
 * and time lexicons all use it, each with its own item type.
 *
 *     struct hindex ix = {0};
 *     hindex_add(&ix, h, i, n_items, hash_of, items);   // item i added
 *     for (size_t j = hindex_start(&ix, h), k; (k = hindex_next(&ix, &j)) != HINDEX_NONE;)
 *             if (items[k] matches) ...;
 *     hindex_free(&ix);
 *
 * The table keeps at least twice as many slots as items, so probes stay
 * short; it is rebuilt from hash_of() when it grows. */
#ifndef GLOSE_HINDEX_H
#define GLOSE_HINDEX_H

#include <stddef.h>
#include <stdint.h>

#define HASH_FNV_INIT 2166136261u
#define HINDEX_NONE ((size_t)-1)

/* FNV-1a over n bytes, continuing from h (start with HASH_FNV_INIT). */
static inline uint32_t hash_fnv_more(uint32_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t i = 0;
	for (; i + 4 <= n; i += 4) {
		h = (h ^ s[i]) * 16777619u;
		h = (h ^ s[i + 1]) * 16777619u;
		h = (h ^ s[i + 2]) * 16777619u;
		h = (h ^ s[i + 3]) * 16777619u;
	}
	for (; i < n; i++)
		h = (h ^ s[i]) * 16777619u;
	return h;
}

static inline uint32_t hash_fnv(const void *p, size_t n)
{
	return hash_fnv_more(HASH_FNV_INIT, p, n);
}

struct hindex {
	uint32_t *slot; /* item number + 1, 0 for an empty slot */
	size_t cap;     /* a power of two, or 0 before the first item */
};

/* The hash of item i, for rebuilding. */
typedef uint32_t (*hindex_hash_fn)(const void *ctx, size_t i);

/* Item i (with hash h) was added; the caller now has n items (i < n).
 * Grows and rebuilds the index when needed. */
void hindex_add(struct hindex *x, uint32_t h, size_t i, size_t n, hindex_hash_fn hash_of, const void *ctx);
/* Rebuilds the index for items 0..n-1 (at least min_cap slots). */
void hindex_build(struct hindex *x, size_t n, size_t min_cap, hindex_hash_fn hash_of, const void *ctx);
void hindex_free(struct hindex *x);

/* Probing: j = hindex_start(x, h), then hindex_next(x, &j) gives the items
 * whose slot chain h meets, one by one, and HINDEX_NONE at the end. */
static inline size_t hindex_start(const struct hindex *x, uint32_t h)
{
	return x->cap ? (h & (x->cap - 1)) : 0;
}

static inline size_t hindex_next(const struct hindex *x, size_t *j)
{
	if (!x->cap || !x->slot[*j])
		return HINDEX_NONE;
	size_t k = x->slot[*j] - 1;
	*j = (*j + 1) & (x->cap - 1);
	return k;
}

#endif
