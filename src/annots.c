/* annots.c — the annotation store. */
#include "annots.h"

#include <stdlib.h>
#include <string.h>

#include "hindex.h"
#include "util.h"

/* Spans per block of the overlap index's running maximum (one size_t
 * per block rather than per span: a query scans at most a block more). */
#define MAXEND_BLOCK 16
/* The ann_extra records come from blocks of this many (no malloc header
 * each). */
#define EXTRA_BLOCK 256
/* Span strings (speakers' words, time values, notes) are kept once each
 * (a large input has a million time values, mostly the same few thousand
 * dates, and as many speakers' words), copied into chunks of this many bytes, one after another: a malloc'd string of
 * a dozen bytes costs 32.  Longer ones are malloc'd. */
#define STR_CHUNK ((size_t)256 << 10)
#define STR_POOLED_MAX (STR_CHUNK / 16)

/* A bump allocator: chunks kept sorted by address, so that a pointer can
 * be told to be in it (and never freed alone). */
struct pool {
	char **chunk;
	size_t *size;        /* bytes of each chunk */
	size_t nchunk, capchunk, capsize;
	char *cur;           /* the chunk being filled */
	size_t used, room;
};

/* A set of span ids, each with a place 0..n-1 (ids ascending) where the
 * map's owner keeps its values: a bit per span and, per word of 64 bits,
 * the number of ids below it (one span in three or so is in a map: a
 * bit and a rank beat a 4-byte id each, and find the place at once). */
struct idmap {
	uint64_t *bits;
	uint32_t *rank;          /* rank[w]: ids below w * 64 */
	size_t nwords, capbits, caprank;
	size_t n;
};

struct annots {
	struct actor *actors;
	size_t nactors, capactors;
	struct ann *a;
	size_t n, cap;
	/* Indexes, rebuilt lazily after a change.  The order is kept from
	 * one rebuild to the next: the spans added since (ids from nindexed
	 * on) are merged into it. */
	bool dirty;
	size_t nindexed;     /* spans that existed when the order was built */
	int *by_kind[ANN_KIND_COUNT]; /* runs of order, one per kind */
	size_t nkind[ANN_KIND_COUNT];
	int *order;          /* live spans by kind, then by start */
	size_t *by_actor_at; /* mentions/quotes per actor: index into by_actor, nactors+2 entries */
	int *by_actor;       /* [mentions of actor 0..n-1][quotes of -1, 0..n-1], each by start */
	size_t *qby_actor_at;
	int *qby_actor;
	uint32_t *maxend;     /* maxend[b]: running max of end over order[0 .. the end of block b] */
	struct ann_extra **xblock; /* ann_extra storage: blocks of EXTRA_BLOCK */
	size_t nxblock, capxblock, xused; /* xused: records used in the last block */
	size_t norder;
	size_t block_at[ANN_KIND_COUNT];  /* kind k's blocks start at maxend[block_at[k]] */
	struct pool strs;    /* span strings */
	/* The spans that have a string / an extra record, by id: ids ascending
	 * (a span gets them mostly right after it is added, so mostly at the
	 * end), each with its string / its record's number. */
	struct idmap smap, xmap;
	uint32_t *sval;      /* a number in dstr */
	uint32_t *xval;
	size_t capsval, capxval;
	/* Quotations' spans with their marks: [2k] start, [2k + 1] end. */
	struct idmap omap;
	uint32_t *oval;
	size_t capoval;
	/* Events' actors: amap's k-th event has anum[k] of them from av[aoff[k]]
	 * (one list after another; a list that grows when it is not the last
	 * one moves to the end). */
	struct idmap amap;
	uint32_t *aoff, *anum;
	size_t capaoff, capanum;
	int *av;
	size_t nav, capav;
	/* The distinct strings, each once, never freed before the store (a
	 * span's string that changes leaves its old value here). */
	char **dstr;
	uint32_t *dhash;
	size_t ndstr, capdstr, capdhash;
	struct hindex dix;
};

/* ---- pools ------------------------------------------------------------- */

static void *pool_take(struct pool *p, size_t n, size_t align, size_t chunk)
{
	size_t at = (p->used + align - 1) & ~(align - 1);
	if (!p->cur || at + n > p->room) {
		size_t sz = n > chunk ? n : chunk;
		char *c = xmalloc(sz);
		p->chunk = xgrow(p->chunk, &p->capchunk, p->nchunk + 1, sizeof *p->chunk);
		p->size = xgrow(p->size, &p->capsize, p->nchunk + 1, sizeof *p->size);
		size_t k = p->nchunk++;
		while (k > 0 && (uintptr_t)p->chunk[k - 1] > (uintptr_t)c) {
			p->chunk[k] = p->chunk[k - 1];
			p->size[k] = p->size[k - 1];
			k--;
		}
		p->chunk[k] = c;
		p->size[k] = sz;
		p->cur = c;
		p->room = sz;
		at = 0;
	}
	p->used = at + n;
	return p->cur + at;
}

static bool pool_has(const struct pool *p, const void *v)
{
	uintptr_t a = (uintptr_t)v;
	size_t lo = 0, hi = p->nchunk;
	while (lo < hi) {   /* the first chunk starting after a */
		size_t mid = lo + (hi - lo) / 2;
		if ((uintptr_t)p->chunk[mid] <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && a < (uintptr_t)p->chunk[lo - 1] + p->size[lo - 1];
}

static void pool_free(struct pool *p)
{
	for (size_t i = 0; i < p->nchunk; i++)
		free(p->chunk[i]);
	free(p->chunk);
	free(p->size);
	memset(p, 0, sizeof *p);
}

static char *pool_strdup(struct pool *p, const char *v)
{
	size_t n = strlen(v) + 1;
	if (n > STR_POOLED_MAX)
		return xstrdup(v);
	return memcpy(pool_take(p, n, 1, STR_CHUNK), v, n);
}

/* ---- id maps ----------------------------------------------------------- */

static inline unsigned pop64(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ull;
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
	return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

/* The place of id in m, or where it would go (*found false). */
static size_t map_find(const struct idmap *m, int32_t id, bool *found)
{
	size_t w = (size_t)id / 64;
	if (id < 0 || w >= m->nwords) {
		*found = false;
		return m->n;
	}
	uint64_t bit = (uint64_t)1 << (id % 64);
	*found = (m->bits[w] & bit) != 0;
	return m->rank[w] + pop64(m->bits[w] & (bit - 1));
}

/* Adds id (not in m) at place k (from map_find): the owner moves its
 * values from k on one place up. */
static void map_insert(struct idmap *m, size_t k, int32_t id)
{
	(void)k;
	size_t w = (size_t)id / 64;
	if (w >= m->nwords) {
		m->bits = xgrow(m->bits, &m->capbits, w + 1, sizeof *m->bits);
		m->rank = xgrow(m->rank, &m->caprank, w + 1, sizeof *m->rank);
		for (size_t i = m->nwords; i <= w; i++) {
			m->bits[i] = 0;
			m->rank[i] = (uint32_t)m->n;
		}
		m->nwords = w + 1;
	}
	m->bits[w] |= (uint64_t)1 << (id % 64);
	for (size_t i = w + 1; i < m->nwords; i++)
		m->rank[i]++;
	m->n++;
}

/* Removes id (in m); the owner moves its values after its place down. */
static void map_remove(struct idmap *m, int32_t id)
{
	size_t w = (size_t)id / 64;
	m->bits[w] &= ~((uint64_t)1 << (id % 64));
	for (size_t i = w + 1; i < m->nwords; i++)
		m->rank[i]--;
	m->n--;
}

static void map_free(struct idmap *m)
{
	free(m->bits);
	free(m->rank);
	memset(m, 0, sizeof *m);
}

static uint32_t dstr_hash(const void *ctx, size_t i)
{
	return ((const annots *)ctx)->dhash[i];
}

/* The number of v among the distinct strings (added if new). */
static uint32_t str_intern(annots *s, const char *v)
{
	size_t n = strlen(v);
	uint32_t h = hash_fnv(v, n);
	for (size_t j = hindex_start(&s->dix, h), k; (k = hindex_next(&s->dix, &j)) != HINDEX_NONE;)
		if (s->dhash[k] == h && strcmp(s->dstr[k], v) == 0)
			return (uint32_t)k;
	if (s->ndstr >= UINT32_MAX)
		die_nomem();
	s->dstr = xgrow(s->dstr, &s->capdstr, s->ndstr + 1, sizeof *s->dstr);
	s->dhash = xgrow(s->dhash, &s->capdhash, s->ndstr + 1, sizeof *s->dhash);
	size_t k = s->ndstr++;
	s->dstr[k] = pool_strdup(&s->strs, v);
	s->dhash[k] = h;
	hindex_add(&s->dix, h, k, s->ndstr, dstr_hash, s);
	return (uint32_t)k;
}

/* Sets (v non-NULL: copies it) or removes span id's string. */
static void str_put(annots *s, int id, const char *v)
{
	bool found;
	size_t k = map_find(&s->smap, id, &found);
	if (found) {
		if (v) {
			s->sval[k] = str_intern(s, v);
		} else {
			memmove(s->sval + k, s->sval + k + 1, (s->smap.n - k - 1) * sizeof *s->sval);
			map_remove(&s->smap, id);
		}
		return;
	}
	if (!v)
		return;
	uint32_t c = str_intern(s, v);
	s->sval = xgrow(s->sval, &s->capsval, s->smap.n + 1, sizeof *s->sval);
	memmove(s->sval + k + 1, s->sval + k, (s->smap.n - k) * sizeof *s->sval);
	s->sval[k] = c;
	map_insert(&s->smap, k, id);
}

static struct ann_extra *xrec(const annots *s, uint32_t r)
{
	return &s->xblock[r / EXTRA_BLOCK][r % EXTRA_BLOCK];
}

annots *annots_new(void)
{
	annots *s = xcalloc(1, sizeof *s);
	s->dirty = true;
	return s;
}

/* Frees what is derived from the order (not the order itself). */
static void free_derived(annots *s)
{
	for (int k = 0; k < ANN_KIND_COUNT; k++) {
		s->by_kind[k] = NULL;   /* views into order */
		s->nkind[k] = 0;
	}
	free(s->maxend);
	free(s->by_actor_at);
	free(s->by_actor);
	free(s->qby_actor_at);
	free(s->qby_actor);
	s->by_actor_at = s->qby_actor_at = NULL;
	s->by_actor = s->qby_actor = NULL;
	s->maxend = NULL;
}

static void free_index(annots *s)
{
	free_derived(s);
	free(s->order);
	s->order = NULL;
	s->norder = 0;
	s->nindexed = 0;
}

void annots_free(annots *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nactors; i++) {
		free(s->actors[i].name);
		free(s->actors[i].role);
		free(s->actors[i].country);
	}
	free(s->actors);
	for (size_t i = 0; i < s->ndstr; i++)
		if (!pool_has(&s->strs, s->dstr[i]))
			free(s->dstr[i]);
	free(s->dstr);
	free(s->dhash);
	hindex_free(&s->dix);
	for (size_t i = 0; i < s->xmap.n; i++) {
		struct ann_extra *x = xrec(s, s->xval[i]);
		for (size_t t = 0; t < x->ntags; t++)
			free(x->tags[t]);
		free(x->tags);
	}
	for (size_t b = 0; b < s->nxblock; b++)
		free(s->xblock[b]);
	free(s->xblock);
	free(s->sval);
	free(s->xval);
	map_free(&s->smap);
	map_free(&s->xmap);
	free(s->a);
	pool_free(&s->strs);
	free(s->oval);
	free(s->aoff);
	free(s->anum);
	free(s->av);
	map_free(&s->omap);
	map_free(&s->amap);
	free_index(s);
	free(s);
}

int annots_add_actor(annots *s, const char *name, enum actor_type type, const char *role, unsigned flags)
{
	s->actors = xgrow(s->actors, &s->capactors, s->nactors + 1, sizeof *s->actors);
	struct actor *a = &s->actors[s->nactors];
	a->id = (int)s->nactors;
	a->name = xstrdup(name ? name : "");
	a->type = type;
	a->role = role ? xstrdup(role) : NULL;
	a->flags = flags;
	a->country = NULL;
	s->nactors++;
	s->dirty = true;
	return a->id;
}

size_t annots_nactors(const annots *s)
{
	return s->nactors;
}

struct actor *annots_actor(const annots *s, int id)
{
	return id >= 0 && (size_t)id < s->nactors ? &s->actors[id] : NULL;
}

static void set_str(char **dst, const char *v)
{
	char *n = v ? xstrdup(v) : NULL;
	free(*dst);
	*dst = n;
}

void annots_actor_set_name(annots *s, int id, const char *name)
{
	struct actor *a = annots_actor(s, id);
	if (a)
		set_str(&a->name, name ? name : "");
}

void annots_actor_set_role(annots *s, int id, const char *role)
{
	struct actor *a = annots_actor(s, id);
	if (a)
		set_str(&a->role, role);
}

void annots_actor_set_country(annots *s, int id, const char *country)
{
	struct actor *a = annots_actor(s, id);
	if (a)
		set_str(&a->country, country);
}

int annots_find_actor(const annots *s, const char *name)
{
	for (size_t i = 0; i < s->nactors; i++)
		if (!(s->actors[i].flags & ACTOR_DELETED) && strcmp(s->actors[i].name, name) == 0)
			return (int)i;
	return -1;
}

int annots_add(annots *s, enum ann_kind kind, size_t start, size_t end, int actor, int link,
               int subtype, float confidence, const char *str)
{
	if (end < start)
		end = start;
	if (end > UINT32_MAX)
		die_nomem();   /* a doc holds less than 4 GiB */
	s->a = xgrow(s->a, &s->cap, s->n + 1, sizeof *s->a);
	struct ann *a = &s->a[s->n];
	memset(a, 0, sizeof *a);
	a->start = (uint32_t)start;
	a->end = (uint32_t)end;
	a->actor = actor;
	a->link = link;
	a->kind = (uint8_t)kind;
	a->subtype = (uint8_t)subtype;
	a->confidence = confidence;
	int id = (int)s->n++;
	if (str)
		str_put(s, id, str);
	s->dirty = true;
	return id;
}

size_t annots_count(const annots *s)
{
	return s->n;
}

struct ann *annots_get(const annots *s, int id)
{
	return id >= 0 && (size_t)id < s->n ? &s->a[id] : NULL;
}

int annots_id(const annots *s, const struct ann *a)
{
	return (int)(a - s->a);
}

const char *annots_str(const annots *s, int id)
{
	if (id < 0 || (size_t)id >= s->n || !s->smap.n)
		return NULL;
	bool found;
	size_t k = map_find(&s->smap, id, &found);
	return found ? s->dstr[s->sval[k]] : NULL;
}

void annots_set_str(annots *s, int id, const char *str)
{
	if (annots_get(s, id))
		str_put(s, id, str);
}

struct ann_extra *annots_x(const annots *s, int id)
{
	if (id < 0 || (size_t)id >= s->n || !s->xmap.n)
		return NULL;
	bool found;
	size_t k = map_find(&s->xmap, id, &found);
	return found ? xrec(s, s->xval[k]) : NULL;
}

struct ann_extra *annots_extra(annots *s, int id)
{
	struct ann *a = annots_get(s, id);
	if (!a)
		return NULL;
	bool found;
	size_t k = map_find(&s->xmap, id, &found);
	if (found)
		return xrec(s, s->xval[k]);
	if (!s->nxblock || s->xused == EXTRA_BLOCK) {
		s->xblock = xgrow(s->xblock, &s->capxblock, s->nxblock + 1, sizeof *s->xblock);
		s->xblock[s->nxblock++] = xmalloc(EXTRA_BLOCK * sizeof **s->xblock);
		s->xused = 0;
	}
	size_t r = (s->nxblock - 1) * EXTRA_BLOCK + s->xused++;
	if (r > UINT32_MAX)
		die_nomem();
	s->xval = xgrow(s->xval, &s->capxval, s->xmap.n + 1, sizeof *s->xval);
	memmove(s->xval + k + 1, s->xval + k, (s->xmap.n - k) * sizeof *s->xval);
	s->xval[k] = (uint32_t)r;
	map_insert(&s->xmap, k, id);
	struct ann_extra *x = xrec(s, (uint32_t)r);
	memset(x, 0, sizeof *x);
	return x;
}

bool annots_outer(const annots *s, int id, size_t *start, size_t *end)
{
	if (id < 0 || (size_t)id >= s->n || !s->omap.n)
		return false;
	bool found;
	size_t k = map_find(&s->omap, id, &found);
	if (found) {
		*start = s->oval[2 * k];
		*end = s->oval[2 * k + 1];
	}
	return found;
}

void annots_set_outer(annots *s, int id, size_t start, size_t end)
{
	if (!annots_get(s, id))
		return;
	if (end < start)
		end = start;
	if (end > UINT32_MAX)
		die_nomem();
	bool found;
	size_t k = map_find(&s->omap, id, &found);
	if (!found) {
		s->oval = xgrow(s->oval, &s->capoval, 2 * (s->omap.n + 1), sizeof *s->oval);
		memmove(s->oval + 2 * k + 2, s->oval + 2 * k, 2 * (s->omap.n - k) * sizeof *s->oval);
		map_insert(&s->omap, k, id);
	}
	s->oval[2 * k] = (uint32_t)start;
	s->oval[2 * k + 1] = (uint32_t)end;
}

const int *annots_event_actors(const annots *s, int id, size_t *n)
{
	*n = 0;
	if (id < 0 || (size_t)id >= s->n || !s->amap.n)
		return NULL;
	bool found;
	size_t k = map_find(&s->amap, id, &found);
	if (!found || !s->anum[k])
		return NULL;
	*n = s->anum[k];
	return s->av + s->aoff[k];
}

void annots_add_tag(annots *s, int id, const char *tag)
{
	struct ann_extra *x = annots_extra(s, id);
	if (!x || !tag)
		return;
	for (size_t i = 0; i < x->ntags; i++)
		if (strcmp(x->tags[i], tag) == 0)
			return;
	x->tags = xrealloc(x->tags, (x->ntags + 1) * sizeof *x->tags);
	x->tags[x->ntags++] = xstrdup(tag);
}

void annots_event_add_actor(annots *s, int id, int actor)
{
	if (!annots_get(s, id))
		return;
	bool found;
	size_t k = map_find(&s->amap, id, &found);
	if (!found) {
		s->aoff = xgrow(s->aoff, &s->capaoff, s->amap.n + 1, sizeof *s->aoff);
		s->anum = xgrow(s->anum, &s->capanum, s->amap.n + 1, sizeof *s->anum);
		memmove(s->aoff + k + 1, s->aoff + k, (s->amap.n - k) * sizeof *s->aoff);
		memmove(s->anum + k + 1, s->anum + k, (s->amap.n - k) * sizeof *s->anum);
		map_insert(&s->amap, k, id);
		s->aoff[k] = (uint32_t)s->nav;
		s->anum[k] = 0;
	}
	size_t off = s->aoff[k], n = s->anum[k];
	for (size_t i = 0; i < n; i++)
		if (s->av[off + i] == actor)
			return;
	if (s->nav + n + 1 > UINT32_MAX)
		die_nomem();
	if (off + n != s->nav) {
		/* not the last list: it moves to the end */
		s->av = xgrow(s->av, &s->capav, s->nav + n + 1, sizeof *s->av);
		memmove(s->av + s->nav, s->av + off, n * sizeof *s->av);
		off = s->aoff[k] = (uint32_t)s->nav;
		s->nav += n;
	}
	s->av = xgrow(s->av, &s->capav, s->nav + 1, sizeof *s->av);
	s->av[s->nav++] = actor;
	s->anum[k]++;
}

/* ---- indexes ---------------------------------------------------------- */

static int cmp_pos(const void *pa, const void *pb, void *ctx)
{
	const annots *s = ctx;
	int ia = *(const int *)pa, ib = *(const int *)pb;
	const struct ann *a = &s->a[ia], *b = &s->a[ib];
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;   /* longer first: outer spans before inner */
	return ia < ib ? -1 : ia > ib;
}

/* Whether span ia comes before span ib in the order: by kind (each
 * kind's list is a run of the order), then by position as cmp_pos. */
static inline bool before(const annots *s, int ia, int ib)
{
	const struct ann *a = &s->a[ia], *b = &s->a[ib];
	if (a->kind != b->kind)
		return a->kind < b->kind;
	if (a->start != b->start)
		return a->start < b->start;
	if (a->end != b->end)
		return a->end > b->end;
	return ia < ib;
}

/* Sorts v[0, n) into the order by merging its ascending runs, pairs of
 * runs at a time: the spans an extractor adds come in a few runs. */
static void sort_runs(const annots *s, int *v, size_t n)
{
	size_t *b = xmalloc((n + 1) * sizeof *b), r = 0;   /* run r: [b[r], b[r + 1]) */
	b[r++] = 0;
	for (size_t j = 1; j < n; j++)
		if (!before(s, v[j - 1], v[j]))
			b[r++] = j;
	b[r] = n;
	int *tmp = xmalloc((n ? n : 1) * sizeof *tmp), *src = v, *dst = tmp;
	while (r > 1) {
		size_t nr = 0;
		for (size_t q = 0; q < r; q += 2) {
			size_t lo = b[q], mid = b[q + 1], hi = q + 1 < r ? b[q + 2] : mid, i = lo, j = mid, o = lo;
			while (i < mid && j < hi)
				dst[o++] = before(s, src[j], src[i]) ? src[j++] : src[i++];
			memcpy(dst + o, src + i, (mid - i) * sizeof *dst);
			o += mid - i;
			memcpy(dst + o, src + j, (hi - j) * sizeof *dst);
			b[nr++] = lo;   /* nr <= q: b[q..] is still to be read */
		}
		b[nr] = n;
		r = nr;
		int *t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof *v);
	free(tmp);
	free(b);
}

/* The previous order without the spans deleted since; false if it is no
 * longer the order of the spans that were indexed (a span was restored,
 * or moved through annots_get()): then it must be sorted anew.  The order
 * is strict (ids break ties), so a list that is still in it and holds
 * the same spans is the one a full sort would give. */
static bool order_kept(annots *s)
{
	size_t live = 0;
	for (size_t i = 0; i < s->nindexed; i++)
		if (!(s->a[i].flags & ANN_DELETED))
			live++;
	size_t k = 0;
	for (size_t i = 0; i < s->norder; i++) {
		int id = s->order[i];
		if (s->a[id].flags & ANN_DELETED)
			continue;
		if (k && !before(s, s->order[k - 1], id))
			return false;
		s->order[k++] = id;
	}
	s->norder = k;
	return k == live;   /* all distinct ids < nindexed, so the same set */
}

/* The previous order with the live spans added since merged in (with no
 * previous order: all of them, sorted).  Each extractor adds its spans
 * mostly in order, often two kinds in turn (a quotation, its cue): they
 * are put in runs by kind, a run is sorted only if it is not already, and
 * each span finds its place in the previous order by galloping from the
 * last one's. */
static void order_merge(annots *s)
{
	size_t at[ANN_KIND_COUNT + 1] = {0};
	for (size_t i = s->nindexed; i < s->n; i++)
		if (!(s->a[i].flags & ANN_DELETED))
			at[s->a[i].kind + 1]++;
	for (int k = 0; k < ANN_KIND_COUNT; k++)
		at[k + 1] += at[k];
	size_t nadd = at[ANN_KIND_COUNT], fill[ANN_KIND_COUNT];
	if (!nadd)
		return;
	memcpy(fill, at, sizeof fill);
	bool sorted[ANN_KIND_COUNT];
	for (int k = 0; k < ANN_KIND_COUNT; k++)
		sorted[k] = true;
	int *add = xmalloc(nadd * sizeof *add);
	for (size_t i = s->nindexed; i < s->n; i++)
		if (!(s->a[i].flags & ANN_DELETED)) {
			int k = s->a[i].kind;
			if (fill[k] > at[k] && sorted[k] && !before(s, add[fill[k] - 1], (int)i))
				sorted[k] = false;
			add[fill[k]++] = (int)i;
		}
	for (int k = 0; k < ANN_KIND_COUNT; k++)
		if (!sorted[k])
			sort_runs(s, add + at[k], at[k + 1] - at[k]);
	const int *old = s->order;
	size_t nold = s->norder, i = 0, o = 0;
	int *out = xmalloc((nold + nadd) * sizeof *out);
	for (size_t j = 0; j < nadd; j++) {
		int x = add[j];
		/* old[i, lo) come before x; old[hi] (if hi < nold) after it */
		size_t lo = i, hi = i, step = 1;
		while (hi < nold && before(s, old[hi], x)) {
			lo = hi + 1;
			hi += step;
			step *= 2;
		}
		if (hi > nold)
			hi = nold;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (before(s, old[mid], x))
				lo = mid + 1;
			else
				hi = mid;
		}
		memcpy(out + o, old + i, (lo - i) * sizeof *out);
		o += lo - i;
		i = lo;
		out[o++] = x;
	}
	memcpy(out + o, old + i, (nold - i) * sizeof *out);
	free(add);
	free(s->order);
	s->order = out;
	s->norder = nold + nadd;
}

/* The store is not thread-safe: the reader swaps whole stores rather
 * than sharing one between threads. */
static void reindex(annots *s)
{
	if (!s->dirty)
		return;
	free_derived(s);
	if (!s->order) {
		s->order = xmalloc(sizeof *s->order);
		s->norder = s->nindexed = 0;
	} else if (!order_kept(s)) {
		s->nindexed = 0;   /* sort them all anew */
		s->norder = 0;
	}
	order_merge(s);
	s->nindexed = s->n;
	for (size_t i = 0; i < s->norder; i++)
		s->nkind[s->a[s->order[i]].kind]++;
	size_t blocks = 0;
	for (int k = 0, at = 0; k < ANN_KIND_COUNT; k++) {
		s->by_kind[k] = s->order + at;
		s->block_at[k] = blocks;
		blocks += (s->nkind[k] + MAXEND_BLOCK - 1) / MAXEND_BLOCK;
		at += (int)s->nkind[k];
	}
	/* each kind's running maximum of end, by blocks */
	s->maxend = xmalloc((blocks ? blocks : 1) * sizeof *s->maxend);
	for (int k = 0; k < ANN_KIND_COUNT; k++) {
		size_t m = 0;
		for (size_t i = 0; i < s->nkind[k]; i++) {
			size_t e = s->a[s->by_kind[k][i]].end;
			if (e > m)
				m = e;
			if (i % MAXEND_BLOCK == MAXEND_BLOCK - 1 || i + 1 == s->nkind[k])
				s->maxend[s->block_at[k] + i / MAXEND_BLOCK] = (uint32_t)m;
		}
	}
	s->dirty = false;
}

const int *annots_of_kind(annots *s, enum ann_kind kind, size_t *n)
{
	reindex(s);
	*n = s->nkind[kind];
	return s->by_kind[kind];
}

size_t annots_overlapping(annots *s, size_t start, size_t end, int **out, size_t *cap)
{
	return annots_overlapping_kinds(s, start, end, ANN_ALL_KINDS, out, cap);
}

size_t annots_overlapping_kinds(annots *s, size_t start, size_t end, unsigned kinds, int **out, size_t *cap)
{
	reindex(s);
	size_t n = 0;
	for (int k = 0; k < ANN_KIND_COUNT; k++) {
		if (!(kinds & ANN_KIND_BIT(k)))
			continue;
		const int *ids = s->by_kind[k];
		const uint32_t *maxend = s->maxend + s->block_at[k];
		/* First span starting at or after `end`: candidates are before it. */
		size_t lo = 0, hi = s->nkind[k];
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			const struct ann *a = &s->a[ids[mid]];
			if (a->start < end || (a->start == end && start == end))
				lo = mid + 1;
			else
				hi = mid;
		}
		for (size_t i = lo; i-- > 0;) {
			size_t me = maxend[i / MAXEND_BLOCK];   /* >= the running max at i: stopping stays right */
			if (me <= start && !(start == end && me == start))
				break;
			const struct ann *a = &s->a[ids[i]];
			bool hit = a->start == a->end ? (a->start >= start && (a->start < end || start == end))
			                              : (a->end > start && a->start < (end > start ? end : start + 1));
			if (hit) {
				*out = xgrow(*out, cap, n + 1, sizeof **out);
				(*out)[n++] = ids[i];
			}
		}
	}
	/* by position, as the spans of all kinds would be */
	int *v = *out;
	if (n > 16) {
		qsort_r(v, n, sizeof *v, cmp_pos, s);
	} else {
		for (size_t i = 1; i < n; i++) {
			int t = v[i];
			size_t j = i;
			for (; j > 0 && cmp_pos(&v[j - 1], &t, s) > 0; j--)
				v[j] = v[j - 1];
			v[j] = t;
		}
	}
	return n;
}

/* The per-actor lists (counting sort keeps position order), built when
 * first asked for after a change (the extractors ask for none: they cost
 * 4 bytes a mention and a quotation); slot 0 is actor -1 (no actor),
 * slot k+1 is actor k. */
static void build_by_actor(annots *s)
{
	size_t na = s->nactors + 1;
	for (int pass = 0; pass < 2; pass++) {
		int kind = pass ? ANN_QUOTE : ANN_MENTION;
		size_t *at = xcalloc(na + 1, sizeof *at);
		int *ids = xmalloc((s->nkind[kind] ? s->nkind[kind] : 1) * sizeof *ids);
		for (size_t i = 0; i < s->nkind[kind]; i++) {
			int ac = s->a[s->by_kind[kind][i]].actor;
			at[(ac >= 0 && (size_t)ac < s->nactors ? (size_t)ac + 1 : 0) + 1]++;
		}
		for (size_t k = 1; k <= na; k++)
			at[k] += at[k - 1];
		size_t *fillp = xcalloc(na, sizeof *fillp);
		for (size_t i = 0; i < s->nkind[kind]; i++) {
			int id = s->by_kind[kind][i], ac = s->a[id].actor;
			size_t slot = ac >= 0 && (size_t)ac < s->nactors ? (size_t)ac + 1 : 0;
			ids[at[slot] + fillp[slot]++] = id;
		}
		free(fillp);
		if (pass) {
			s->qby_actor_at = at;
			s->qby_actor = ids;
		} else {
			s->by_actor_at = at;
			s->by_actor = ids;
		}
	}
}

static size_t collect(annots *s, bool quotes, int actor, int **out, size_t *cap)
{
	reindex(s);
	if (actor < -1 || (actor >= 0 && (size_t)actor >= s->nactors))
		return 0;
	if (!s->by_actor)
		build_by_actor(s);
	const size_t *at = quotes ? s->qby_actor_at : s->by_actor_at;
	const int *ids = quotes ? s->qby_actor : s->by_actor;
	size_t slot = (size_t)(actor + 1), n = at[slot + 1] - at[slot];
	if (n) {
		*out = xgrow(*out, cap, n, sizeof **out);
		memcpy(*out, ids + at[slot], n * sizeof **out);
	}
	return n;
}

size_t annots_mentions_of(annots *s, int actor, int **out, size_t *cap)
{
	return collect(s, false, actor, out, cap);
}

size_t annots_quotes_of(annots *s, int actor, int **out, size_t *cap)
{
	return collect(s, true, actor, out, cap);
}

void annots_merge_actors(annots *s, int into, int from)
{
	if (into == from || !annots_actor(s, into) || !annots_actor(s, from))
		return;
	for (size_t i = 0; i < s->n; i++) {
		struct ann *a = &s->a[i];
		if (a->actor == from)
			a->actor = into;
	}
	for (size_t i = 0; i < s->nav; i++)   /* lists that moved too: harmless */
		if (s->av[i] == from)
			s->av[i] = into;
	struct actor *f = &s->actors[from], *t = &s->actors[into];
	if (!t->role && f->role)
		t->role = xstrdup(f->role);
	if (!t->country && f->country)
		t->country = xstrdup(f->country);
	t->flags |= f->flags & (ACTOR_CAN_SPEAK | ACTOR_FEMALE | ACTOR_MALE);
	f->flags |= ACTOR_DELETED;
	s->dirty = true;
}

void annots_touch(annots *s)
{
	s->dirty = true;
}

void annots_delete(annots *s, int id, bool deleted)
{
	struct ann *a = annots_get(s, id);
	if (!a)
		return;
	if (deleted)
		a->flags |= ANN_DELETED;
	else
		a->flags &= (uint16_t)~ANN_DELETED;
	s->dirty = true;
}

const char *annots_kind_name(enum ann_kind k)
{
	static const char *names[] = {"mention", "quote", "cue", "time", "event", "note"};
	return (unsigned)k < ARRAY_LEN(names) ? names[k] : "?";
}

const char *annots_actor_type_name(enum actor_type t)
{
	static const char *names[] = {"person", "org", "place"};
	return (unsigned)t < ARRAY_LEN(names) ? names[t] : "?";
}

const char *annots_quote_kind_name(enum quote_kind k)
{
	static const char *names[] = {"direct", "indirect", "mixed"};
	return (unsigned)k < ARRAY_LEN(names) ? names[k] : "?";
}

const char *annots_time_type_name(enum time_type t)
{
	static const char *names[] = {"date", "time", "duration", "set"};
	return (unsigned)t < ARRAY_LEN(names) ? names[t] : "?";
}
