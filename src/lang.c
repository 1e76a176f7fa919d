/* lang.c — language packs (libyaml) and ICU locale data. */
#include "lang.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <yaml.h>

#include "hindex.h"
#include "paths.h"
#include "yamldoc.h"

struct entry {
	const char *text;  /* as written */
	const char *key;   /* folded */
	const char *value; /* "" for list entries */
	size_t klen;
	uint32_t hash;
	uint32_t tlen;     /* strlen(text) */
};

/* The strings of a lexicon's entries: a language pack has some ten
 * thousand entries, and allocating (then freeing) three strings each cost
 * more than parsing them.  They live in blocks freed with the lexicon. */
#define POOL_BLOCK ((size_t)1 << 15)

struct pool {
	char **blocks;
	size_t nblocks, capblocks;
	size_t used, room;        /* in the last block */
};

struct lexicon {
	char *name;
	uint32_t namehash;        /* hash_fnv of the name */
	struct entry *e;
	size_t n, cap;
	struct pool strs;         /* texts, keys and values of e */
	struct hindex ix;
	int max_words;
	/* Hashes of the first words (before the first space) of the entries
	 * of several words, for lex_first_word(). */
	uint32_t *fw;
	size_t nfw, capfw;
	struct hindex fwix;
};

struct lang {
	char *code, *name, *path;
	struct lexicon **lex;
	size_t nlex, caplex;
	struct hindex lexix;      /* lexicons by name */
	char *months[13][2], *weekdays[8][2];
	char *quotes[2][2];
	bool icu_loaded;
};

static const struct lexicon empty_lexicon = {0};
static void load_icu(const lang *cl);

/* ---- folding ---------------------------------------------------------- */

/* Case folding of text made of Latin letters (U+0000..U+024F), where ICU's
 * simple per-code-point folding (u_foldCase) equals the full folding of
 * u_strFoldCase and keeps NFC text NFC — except for the few letters whose
 * full folding expands (ß, İ, ŉ, ǰ) or folds apostrophes, which go the slow
 * way.  Writes into out (at most cap bytes, not NUL-terminated) and returns
 * the length, or -1 when the text needs the general path.  The FNV-1a hash
 * of the output (hash_fnv) goes to *hash. */
static long fold_latin_h(const char *s, size_t n, char *out, size_t cap, uint32_t *hash)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t h = HASH_FNV_INIT;
	size_t o = 0, i = 0;
	while (i < n) {
		unsigned c = u[i];
		if (c < 0x80) {
			if (o >= cap)
				return -1;
			c = (c - 'A' < 26u) ? c + 32 : c;
			out[o++] = (char)c;
			h = (h ^ c) * 16777619u;
			i++;
			continue;
		}
		/* Two-byte sequences C2..C9 cover U+0080..U+027F; anything else
		 * (or a malformed sequence) is beyond the fast path. */
		if (c < 0xC2 || c > 0xC9 || i + 1 >= n || (u[i + 1] & 0xC0) != 0x80)
			return -1;
		int32_t cp = (int32_t)(((c & 0x1F) << 6) | (u[i + 1] & 0x3F));
		i += 2;
		if (cp >= 0x250 || cp == 0xDF || cp == 0x130 || cp == 0x149 || cp == 0x1F0)
			return -1;
		cp = (int32_t)u_foldCase(cp, U_FOLD_CASE_DEFAULT);
		if (cp >= 0x250 || o + 2 > cap)
			return -1;
		char enc[4];
		int k = utf8_encode(cp, enc);
		for (int j = 0; j < k; j++) {
			out[o++] = enc[j];
			h = (h ^ (unsigned char)enc[j]) * 16777619u;
		}
	}
	*hash = h;
	return (long)o;
}

static long fold_latin(const char *s, size_t n, char *out, size_t cap)
{
	uint32_t h;
	return fold_latin_h(s, n, out, cap, &h);
}

char *lang_fold(const char *s, size_t n, size_t *outlen)
{
	if (n < 256) {
		char buf[512];
		long fl = fold_latin(s, n, buf, sizeof buf);
		if (fl >= 0) {
			char *o = xmalloc((size_t)fl + 1);
			memcpy(o, buf, (size_t)fl);
			o[fl] = 0;
			if (outlen)
				*outlen = (size_t)fl;
			return o;
		}
	}
	bool ascii = true;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80) {
			ascii = false;
			break;
		}
	if (ascii) {
		char *o = xmalloc(n + 1);
		for (size_t i = 0; i < n; i++) {
			char c = s[i];
			o[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
		o[n] = 0;
		if (outlen)
			*outlen = n;
		return o;
	}
	UErrorCode st = U_ZERO_ERROR;
	int32_t ulen = 0;
	u_strFromUTF8WithSub(NULL, 0, &ulen, s, (int32_t)n, 0xFFFD, NULL, &st);
	st = U_ZERO_ERROR;
	UChar *u = xmalloc(((size_t)ulen + 1) * sizeof *u);
	u_strFromUTF8WithSub(u, ulen + 1, NULL, s, (int32_t)n, 0xFFFD, NULL, &st);
	/* Apostrophes: ’ ʼ ‘ fold to ' so "aujourd’hui" finds "aujourd'hui". */
	for (int32_t i = 0; i < ulen; i++)
		if (u[i] == 0x2019 || u[i] == 0x02BC || u[i] == 0x2018)
			u[i] = '\'';
	int32_t flen = ulen * 3 + 4;
	UChar *f = xmalloc((size_t)flen * sizeof *f);
	st = U_ZERO_ERROR;
	flen = u_strFoldCase(f, flen, u, ulen, U_FOLD_CASE_DEFAULT, &st);
	free(u);
	if (U_FAILURE(st))
		flen = 0;
	/* NFC after folding (folding may decompose). */
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
	UChar *g = f;
	int32_t glen = flen;
	if (U_SUCCESS(st) && !unorm2_isNormalized(nfc, f, flen, &st)) {
		st = U_ZERO_ERROR;
		g = xmalloc(((size_t)flen * 3 + 4) * sizeof *g);
		glen = unorm2_normalize(nfc, f, flen, g, flen * 3 + 4, &st);
		if (U_FAILURE(st))
			glen = 0;
		free(f);
	}
	st = U_ZERO_ERROR;
	int32_t blen = 0;
	u_strToUTF8(NULL, 0, &blen, g, glen, &st);
	st = U_ZERO_ERROR;
	char *o = xmalloc((size_t)blen + 1);
	u_strToUTF8(o, blen + 1, NULL, g, glen, &st);
	o[blen] = 0;
	free(g);
	if (outlen)
		*outlen = (size_t)blen;
	return o;
}

/* ---- lexicons --------------------------------------------------------- */

static uint32_t entry_hash(const void *ctx, size_t i)
{
	return ((const struct lexicon *)ctx)->e[i].hash;
}

static long lex_lookup_h(const lexicon *x, const char *key, size_t klen, uint32_t h)
{
	for (size_t j = hindex_start(&x->ix, h), k; (k = hindex_next(&x->ix, &j)) != HINDEX_NONE;) {
		const struct entry *en = &x->e[k];
		if (en->hash == h && en->klen == klen && memcmp(en->key, key, klen) == 0)
			return (long)k;
	}
	return -1;
}

static long lex_lookup(const lexicon *x, const char *key, size_t klen)
{
	return lex_lookup_h(x, key, klen, hash_fnv(key, klen));
}

static uint32_t fw_hash(const void *ctx, size_t i)
{
	return ((const struct lexicon *)ctx)->fw[i];
}

bool lex_first_word(const lexicon *x, const char *key, size_t klen, uint32_t hash)
{
	(void)key;
	(void)klen;
	for (size_t j = hindex_start(&x->fwix, hash), k; (k = hindex_next(&x->fwix, &j)) != HINDEX_NONE;)
		if (x->fw[k] == hash)
			return true;
	return false;
}

const char *lex_get_folded(const lexicon *x, const char *key, size_t klen, uint32_t hash)
{
	if (!x->n)
		return NULL;
	long i = lex_lookup_h(x, key, klen, hash);
	return i < 0 ? NULL : x->e[i].value;
}

/* A NUL-terminated copy of s[0..n) in the pool. */
static const char *pool_add(struct pool *p, const char *s, size_t n)
{
	if (n + 1 > p->room - p->used || !p->nblocks) {
		size_t sz = n + 1 > POOL_BLOCK ? n + 1 : POOL_BLOCK;
		p->blocks = xgrow(p->blocks, &p->capblocks, p->nblocks + 1, sizeof *p->blocks);
		p->blocks[p->nblocks++] = xmalloc(sz);
		p->used = 0;
		p->room = sz;
	}
	char *o = p->blocks[p->nblocks - 1] + p->used;
	memcpy(o, s, n);
	o[n] = 0;
	p->used += n + 1;
	return o;
}

static void pool_free(struct pool *p)
{
	for (size_t i = 0; i < p->nblocks; i++)
		free(p->blocks[i]);
	free(p->blocks);
	memset(p, 0, sizeof *p);
}

static void lex_add(struct lexicon *x, const char *text, const char *value)
{
	/* The key as lang_fold() writes it: by the Latin fast path into a
	 * buffer when it applies (the same bytes), else by lang_fold(). */
	size_t tl = strlen(text), klen;
	char buf[512], *heap = NULL;
	const char *key = buf;
	uint32_t h;
	long fl = tl < 256 ? fold_latin_h(text, tl, buf, sizeof buf, &h) : -1;
	if (fl >= 0) {
		klen = (size_t)fl;
	} else {
		key = heap = lang_fold(text, tl, &klen);
		h = hash_fnv(key, klen);
	}
	long old = lex_lookup_h(x, key, klen, h);
	if (old >= 0) {
		/* First value wins for a repeated entry; a list entry gains a value. */
		struct entry *en = &x->e[old];
		if (!*en->value && value && *value)
			en->value = pool_add(&x->strs, value, strlen(value));
		free(heap);
		return;
	}
	x->e = xgrow(x->e, &x->cap, x->n + 1, sizeof *x->e);
	struct entry *en = &x->e[x->n++];
	en->text = pool_add(&x->strs, text, tl);
	en->tlen = tl < UINT32_MAX ? (uint32_t)tl : UINT32_MAX;
	/* A key equal to its text (a lower-case word) and a value equal to
	 * the text (a mapping's own key) share its copy. */
	en->key = klen == tl && memcmp(key, text, tl) == 0 ? en->text : pool_add(&x->strs, key, klen);
	en->klen = klen;
	if (!value || !*value)
		en->value = "";
	else
		en->value = strcmp(value, text) == 0 ? en->text : pool_add(&x->strs, value, strlen(value));
	en->hash = h;
	free(heap);
	key = en->key;
	int words = 1;
	for (const char *p = text; *p; p++)
		if (*p == ' ')
			words++;
	if (words > x->max_words)
		x->max_words = words;
	hindex_add(&x->ix, en->hash, x->n - 1, x->n, entry_hash, x);
	const char *sp = memchr(key, ' ', klen);
	if (sp) {
		uint32_t fh = hash_fnv(key, (size_t)(sp - key));
		if (!lex_first_word(x, key, (size_t)(sp - key), fh)) {
			x->fw = xgrow(x->fw, &x->capfw, x->nfw + 1, sizeof *x->fw);
			x->fw[x->nfw++] = fh;
			hindex_add(&x->fwix, fh, x->nfw - 1, x->nfw, fw_hash, x);
		}
	}
}

static uint32_t lexname_hash(const void *ctx, size_t i)
{
	return ((const lang *)ctx)->lex[i]->namehash;
}

static struct lexicon *lex_by_name(const lang *l, const char *name, uint32_t h)
{
	for (size_t j = hindex_start(&l->lexix, h), k; (k = hindex_next(&l->lexix, &j)) != HINDEX_NONE;)
		if (l->lex[k]->namehash == h && strcmp(l->lex[k]->name, name) == 0)
			return l->lex[k];
	return NULL;
}

static struct lexicon *lang_lex_mut(lang *l, const char *name, bool create)
{
	uint32_t h = hash_fnv(name, strlen(name));
	struct lexicon *old = lex_by_name(l, name, h);
	if (old || !create)
		return old;
	l->lex = xgrow(l->lex, &l->caplex, l->nlex + 1, sizeof *l->lex);
	struct lexicon *x = xcalloc(1, sizeof *x);
	x->name = xstrdup(name);
	x->namehash = h;
	l->lex[l->nlex++] = x;
	hindex_add(&l->lexix, h, l->nlex - 1, l->nlex, lexname_hash, l);
	return x;
}

const lexicon *lang_lex(const lang *l, const char *name)
{
	const struct lexicon *x = l ? lex_by_name(l, name, hash_fnv(name, strlen(name))) : NULL;
	return x ? x : &empty_lexicon;
}

void lang_add(lang *l, const char *lexicon_name, const char *entry, const char *value)
{
	if (!entry || !*entry)
		return;
	lex_add(lang_lex_mut(l, lexicon_name, true), entry, value);
}

size_t lex_size(const lexicon *x)
{
	return x->n;
}

int lex_max_words(const lexicon *x)
{
	return x->max_words;
}

const char *lex_get(const lexicon *x, const char *s, size_t n)
{
	if (!x->n)
		return NULL;
	char buf[256];
	uint32_t h;
	long fl = n < sizeof buf / 2 ? fold_latin_h(s, n, buf, sizeof buf, &h) : -1;
	long i;
	if (fl >= 0) {
		i = lex_lookup_h(x, buf, (size_t)fl, h);
	} else {
		size_t kl;
		char *k = lang_fold(s, n, &kl);
		i = lex_lookup(x, k, kl);
		free(k);
	}
	return i < 0 ? NULL : x->e[i].value;
}

bool lex_has_ending(const lexicon *x, const char *w, size_t n, size_t before)
{
	for (size_t i = 0; i < x->n; i++) {
		const struct entry *en = &x->e[i];
		size_t el = en->tlen;
		if (el == UINT32_MAX)
			el = strlen(en->text);
		if (n > el + before && (!el || w[n - 1] == en->text[el - 1]) && memcmp(w + n - el, en->text, el) == 0)
			return true;
	}
	return false;
}

bool lex_has(const lexicon *x, const char *s, size_t n)
{
	return lex_get(x, s, n) != NULL;
}

const char *lex_entry(const lexicon *x, size_t i, const char **value)
{
	if (i >= x->n)
		return NULL;
	if (value)
		*value = x->e[i].value;
	return x->e[i].text;
}

/* ---- loading ---------------------------------------------------------- */

#define MAX_PACK_NODES 2000000

struct loader {
	const char *name;
	yaml_document_t *doc;
	struct gerr *e;
	size_t visited;
};

static int node_err(struct loader *ld, yaml_node_t *n, const char *fmt, const char *arg)
{
	char msg[512];
	snprintf(msg, sizeof msg, fmt, arg);
	return gerr_set(ld->e, EXIT_CONFIG, "%s:%zu:%zu: %s", ld->name,
	                (size_t)n->start_mark.line + 1, (size_t)n->start_mark.column + 1, msg);
}

static const char *scalar(yaml_node_t *n)
{
	return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static int visit(struct loader *ld, yaml_node_t *n)
{
	if (++ld->visited > MAX_PACK_NODES)
		return node_err(ld, n, "%s", "too many entries (alias expansion?)");
	return 0;
}

static int load_lexicon(struct loader *ld, lang *l, const char *name, yaml_node_t *v)
{
	struct lexicon *x = lang_lex_mut(l, name, true);
	yaml_document_t *d = ld->doc;
	if (v->type == YAML_SEQUENCE_NODE) {
		for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
			yaml_node_t *item = yaml_document_get_node(d, *it);
			if (visit(ld, item))
				return -1;
			const char *s = scalar(item);
			if (!s)
				return node_err(ld, item, "entries of '%s' must be words (strings)", name);
			if (*s)
				lex_add(x, s, "");
		}
		return 0;
	}
	if (v->type != YAML_MAPPING_NODE)
		return node_err(ld, v, "'%s' must be a list or a mapping", name);
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(d, p->key);
		yaml_node_t *val = yaml_document_get_node(d, p->value);
		if (visit(ld, k))
			return -1;
		const char *ks = scalar(k);
		if (!ks)
			return node_err(ld, k, "keys of '%s' must be strings", name);
		if (val->type == YAML_SCALAR_NODE) {
			lex_add(x, ks, (const char *)val->data.scalar.value);
		} else if (val->type == YAML_SEQUENCE_NODE) {
			lex_add(x, ks, ks);
			for (yaml_node_item_t *it = val->data.sequence.items.start; it < val->data.sequence.items.top; it++) {
				yaml_node_t *item = yaml_document_get_node(d, *it);
				if (visit(ld, item))
					return -1;
				const char *s = scalar(item);
				if (!s)
					return node_err(ld, item, "forms of '%s' must be strings", ks);
				if (*s)
					lex_add(x, s, ks);
			}
		} else {
			return node_err(ld, val, "the value of '%s' must be a string or a list of strings", ks);
		}
	}
	return 0;
}

lang *lang_load_buf(const char *name, const char *yaml, size_t len, struct gerr *e)
{
	yaml_parser_t p;
	yaml_document_t doc;
	if (!yaml_parser_initialize(&p))
		die_nomem();
	yaml_parser_set_input_string(&p, (const unsigned char *)yaml, len);
	if (!yaml_parser_load(&p, &doc)) {
		gerr_set(e, EXIT_CONFIG, "%s:%zu:%zu: %s%s%s", name, (size_t)p.problem_mark.line + 1,
		         (size_t)p.problem_mark.column + 1, p.problem ? p.problem : "YAML error",
		         p.context ? " " : "", p.context ? p.context : "");
		yaml_parser_delete(&p);
		return NULL;
	}
	yaml_parser_delete(&p);
	/* A word listed twice as a key would silently keep one of its values. */
	if (ydoc_check_dups(name, &doc, e) != 0) {
		yaml_document_delete(&doc);
		return NULL;
	}
	struct loader ld = {name, &doc, e, 0};
	lang *l = xcalloc(1, sizeof *l);
	l->path = xstrdup(name);
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	int rc = 0;
	if (!root) {
		rc = gerr_set(e, EXIT_CONFIG, "%s:1:1: empty language pack", name);
	} else if (root->type != YAML_MAPPING_NODE) {
		rc = node_err(&ld, root, "%s", "a language pack must be a mapping (code:, name:, lexicons)");
	} else {
		for (yaml_node_pair_t *pr = root->data.mapping.pairs.start; !rc && pr < root->data.mapping.pairs.top; pr++) {
			yaml_node_t *k = yaml_document_get_node(&doc, pr->key);
			yaml_node_t *v = yaml_document_get_node(&doc, pr->value);
			const char *ks = scalar(k);
			if (!ks) {
				rc = node_err(&ld, k, "%s", "top-level keys must be strings");
			} else if (strcmp(ks, "code") == 0 || strcmp(ks, "name") == 0) {
				const char *vs = scalar(v);
				if (!vs || !*vs)
					rc = node_err(&ld, v, "'%s' must be a non-empty string", ks);
				else if (ks[0] == 'c')
					l->code = xstrdup(vs);
				else
					l->name = xstrdup(vs);
			} else {
				rc = load_lexicon(&ld, l, ks, v);
			}
		}
		if (!rc && !l->code)
			rc = node_err(&ld, root, "%s", "missing 'code' (the language, e.g. fr)");
	}
	yaml_document_delete(&doc);
	if (rc) {
		lang_free(l);
		return NULL;
	}
	if (!l->name)
		l->name = xstrdup(l->code);
	load_icu(l);  /* eagerly: the pack is then read-only and thread-safe */
	return l;
}

lang *lang_load(const char *path, struct gerr *e)
{
	char *data;
	size_t n;
	if (file_read_all(path, &data, &n, e) != 0) {
		if (e)
			e->code = EXIT_CONFIG;
		return NULL;
	}
	lang *l = lang_load_buf(path, data, n, e);
	free(data);
	return l;
}

static void lexicon_clear(struct lexicon *x)
{
	free(x->e);
	pool_free(&x->strs);
	hindex_free(&x->ix);
	free(x->fw);
	hindex_free(&x->fwix);
	memset(x, 0, sizeof *x);
}

void lang_free(lang *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->nlex; i++) {
		struct lexicon *x = l->lex[i];
		free(x->name);
		lexicon_clear(x);
		free(x);
	}
	free(l->lex);
	hindex_free(&l->lexix);
	for (int i = 0; i < 13; i++)
		for (int j = 0; j < 2; j++)
			free(l->months[i][j]);
	for (int i = 0; i < 8; i++)
		for (int j = 0; j < 2; j++)
			free(l->weekdays[i][j]);
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 2; j++)
			free(l->quotes[i][j]);
	free(l->code);
	free(l->name);
	free(l->path);
	free(l);
}

const char *lang_code(const lang *l)
{
	if (!l)
		return "";
	return l->code;
}

const char *lang_name(const lang *l)
{
	return l->name;
}

const char *lang_path(const lang *l)
{
	return l->path;
}

/* ---- installed packs and detection ------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **lang_installed(void)
{
	char **dirs = paths_data_dirs("lang");
	char **out = NULL;
	size_t n = 0, cap = 0;
	for (char **d = dirs; *d; d++) {
		DIR *dh = opendir(*d);
		if (!dh)
			continue;
		struct dirent *de;
		while ((de = readdir(dh))) {
			size_t len = strlen(de->d_name);
			if (len < 6 || strcmp(de->d_name + len - 5, ".yaml") != 0 || de->d_name[0] == '.')
				continue;
			char *code = xstrndup(de->d_name, len - 5);
			bool dup = false;
			for (size_t i = 0; i < n; i++)
				if (strcmp(out[i], code) == 0)
					dup = true;
			if (dup) {
				free(code);
				continue;
			}
			out = xgrow(out, &cap, n + 2, sizeof *out);
			out[n++] = code;
		}
		closedir(dh);
	}
	paths_free_list(dirs);
	out = xgrow(out, &cap, n + 1, sizeof *out);
	out[n] = NULL;
	qsort(out, n, sizeof *out, cmp_str);
	return out;
}

lang *lang_open(const char *code, struct gerr *e)
{
	for (const char *c = code; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == '-' || *c == '_'))
			return gerr_set(e, EXIT_USAGE, "unknown language '%s'", code), NULL;
	char *rel = xasprintf("lang/%s.yaml", code);
	char *path = paths_data(rel);
	free(rel);
	if (!path) {
		char **inst = lang_installed();
		struct sbuf b = {0};
		for (char **p = inst; *p; p++) {
			if (p != inst)
				sbuf_puts(&b, ", ");
			sbuf_puts(&b, *p);
		}
		gerr_set(e, EXIT_USAGE, "unknown language '%s' (installed: %s)", code, b.s ? b.s : "none");
		sbuf_free(&b);
		for (char **p = inst; *p; p++)
			free(*p);
		free(inst);
		return NULL;
	}
	lang *l = lang_load(path, e);
	free(path);
	return l;
}

/* Count the words of text that are in the lexicon `sw`. */
/* The letter at text[*i] (advancing *i past it), or false.  The ASCII
 * letters are the only alphabetic code points below U+0080. */
static inline bool letter_at(const char *text, size_t len, size_t *i)
{
	unsigned char b = (unsigned char)text[*i];
	if (b < 0x80) {
		if ((unsigned)((b | 0x20) - 'a') >= 26u)
			return false;
		(*i)++;
		return true;
	}
	size_t k = *i;
	if (!u_isalpha(utf8_next(text, len, &k)))
		return false;
	*i = k;
	return true;
}

static size_t stopword_hits(const lexicon *sw, const char *text, size_t len)
{
	size_t hits = 0, i = 0;
	while (i < len) {
		size_t j = i;
		/* Skip to a letter. */
		while (j < len) {
			size_t k = j;
			if (letter_at(text, len, &k))
				break;
			if ((unsigned char)text[j] < 0x80)
				j++;
			else
				utf8_next(text, len, &j);
		}
		size_t start = j;
		while (j < len && letter_at(text, len, &j))
			;
		if (j > start && j - start < 32 && lex_has(sw, text + start, j - start))
			hits++;
		i = j > i ? j : i + 1;
	}
	return hits;
}


/* Read only the `stopwords:` list of a pack, with libyaml's event parser,
 * stopping as soon as it is read (packs put it near the top), so that
 * detection does not load every installed pack.  False if the file cannot
 * be read or has no usable list (the caller then loads the whole pack,
 * which reports any error properly). */
static bool peek_stopwords_in(const char *data, size_t n, struct lexicon *out);

static bool peek_stopwords(const char *path, struct lexicon *out)
{
	/* The list is near the top: the first 16 KiB are enough for the
	 * installed packs; else the whole file is read. */
	char head[16384];
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (peek_stopwords_in(head, n, out))
		return true;
	lexicon_clear(out);
	char *data;
	struct gerr e = {0};
	if (n < sizeof head || file_read_all(path, &data, &n, &e) != 0)
		return false;
	bool ok = peek_stopwords_in(data, n, out);
	free(data);
	return ok;
}

static bool peek_stopwords_in(const char *data, size_t n, struct lexicon *out)
{
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p))
		die_nomem();
	yaml_parser_set_input_string(&p, (const unsigned char *)data, n);
	bool found = false, ok = true;
	int depth = 0;            /* nesting below the top-level mapping */
	bool want_key = true, in_list = false;
	size_t events = 0;
	while (ok && !found) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&p, &ev) || ++events > 100000) {
			ok = false;
			break;
		}
		yaml_event_type_t t = ev.type;
		if (t == YAML_STREAM_END_EVENT || t == YAML_DOCUMENT_END_EVENT) {
			ok = false;
		} else if (in_list) {
			if (t == YAML_SCALAR_EVENT && ev.data.scalar.length)
				lex_add(out, (const char *)ev.data.scalar.value, "");
			else if (t == YAML_SEQUENCE_END_EVENT)
				found = true;
			else
				ok = false;
		} else if (t == YAML_MAPPING_START_EVENT || t == YAML_SEQUENCE_START_EVENT) {
			if (depth == 0 && t == YAML_MAPPING_START_EVENT && want_key && events <= 3) {
				/* the top-level mapping itself */
			} else {
				depth++;
			}
		} else if (t == YAML_MAPPING_END_EVENT || t == YAML_SEQUENCE_END_EVENT) {
			if (depth == 0)
				ok = false;
			else if (--depth == 0)
				want_key = true;
		} else if (t == YAML_SCALAR_EVENT || t == YAML_ALIAS_EVENT) {
			if (depth == 0) {
				if (want_key) {
					bool sw = t == YAML_SCALAR_EVENT &&
					          strcmp((const char *)ev.data.scalar.value, "stopwords") == 0;
					want_key = false;
					if (sw) {
						yaml_event_t nx;
						if (!yaml_parser_parse(&p, &nx)) {
							ok = false;
						} else {
							if (nx.type == YAML_SEQUENCE_START_EVENT)
								in_list = true;
							else
								ok = false;
							yaml_event_delete(&nx);
						}
					}
				} else {
					want_key = true;
				}
			}
		}
		/* A nested value just closed at depth 0 is handled above. */
		if (t == YAML_MAPPING_START_EVENT || t == YAML_SEQUENCE_START_EVENT)
			want_key = false;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	return found && out->n > 0;
}


char *lang_detect_code(const char *text, size_t len)
{
	if (len > 65536) {
		len = 65536;
		while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
			len--;
	}
	char **inst = lang_installed();
	/* Score each pack by its stopwords; a pack whose list cannot be
	 * peeked is loaded whole (and skipped if it does not load). */
	long best_hits = -1;
	const char *best = NULL;
	for (char **p = inst; *p; p++) {
		long h = -1;
		char *rel = xasprintf("lang/%s.yaml", *p);
		char *path = paths_data(rel);
		free(rel);
		struct lexicon sw = {0};
		if (path && peek_stopwords(path, &sw)) {
			h = (long)stopword_hits(&sw, text, len);
		} else {
			struct gerr le = {0};
			lang *l = lang_open(*p, &le);
			if (l)
				h = (long)stopword_hits(lang_lex(l, "stopwords"), text, len);
			lang_free(l);
		}
		lexicon_clear(&sw);
		free(path);
		/* Ties go to English, the fallback when nothing matches. */
		if (h >= 0 && (!best || h > best_hits || (h == best_hits && strcmp(*p, "en") == 0))) {
			best = *p;
			best_hits = h;
		}
	}
	char *code = NULL;
	if (best)
		code = xstrdup(best_hits == 0 ? "en" : best);
	for (char **p = inst; *p; p++)
		free(*p);
	free(inst);
	return code;
}

lang *lang_detect(const char *text, size_t len, struct gerr *e)
{
	char *code = lang_detect_code(text, len);
	if (!code) {
		gerr_set(e, EXIT_CONFIG, "no language pack installed (looked for lang/*.yaml in the data directories)");
		return NULL;
	}
	lang *l = lang_open(code, e);
	free(code);
	return l;
}

/* ---- ICU locale data --------------------------------------------------- */

static char *u_to_utf8(const UChar *u, int32_t n)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t blen = 0;
	u_strToUTF8(NULL, 0, &blen, u, n, &st);
	st = U_ZERO_ERROR;
	char *o = xmalloc((size_t)blen + 1);
	u_strToUTF8(o, blen + 1, NULL, u, n, &st);
	o[blen] = 0;
	return o;
}

static char *symbol(UDateFormat *df, UDateFormatSymbolType t, int32_t i, bool strip_dot)
{
	UChar buf[64];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n = udat_getSymbols(df, t, i, buf, 64, &st);
	if (U_FAILURE(st) || n <= 0 || n >= 64)
		return xstrdup("");
	if (strip_dot && n > 0 && buf[n - 1] == '.')
		n--;
	/* Lower case as the locale writes it in running text. */
	UChar low[64];
	st = U_ZERO_ERROR;
	int32_t ln = u_strToLower(low, 64, buf, n, NULL, &st);
	if (U_FAILURE(st))
		return u_to_utf8(buf, n);
	return u_to_utf8(low, ln);
}

static void load_icu(const lang *cl)
{
	lang *l = (lang *)cl;    /* computed once, lazily */
	if (l->icu_loaded)
		return;
	l->icu_loaded = true;
	UErrorCode st = U_ZERO_ERROR;
	UDateFormat *df = udat_open(UDAT_NONE, UDAT_LONG, l->code, NULL, 0, NULL, 0, &st);
	if (U_FAILURE(st))
		df = NULL;
	/* Stand-alone forms are the dictionary forms ("décembre"); use format
	 * forms for weekdays too. */
	for (int m = 1; m <= 12; m++) {
		l->months[m][0] = df ? symbol(df, UDAT_MONTHS, m - 1, false) : xstrdup("");
		l->months[m][1] = df ? symbol(df, UDAT_SHORT_MONTHS, m - 1, true) : xstrdup("");
	}
	for (int w = 1; w <= 7; w++) {
		int icu_day = w == 7 ? UCAL_SUNDAY : UCAL_MONDAY + (w - 1);
		l->weekdays[w][0] = df ? symbol(df, UDAT_WEEKDAYS, icu_day, false) : xstrdup("");
		l->weekdays[w][1] = df ? symbol(df, UDAT_SHORT_WEEKDAYS, icu_day, true) : xstrdup("");
	}
	if (df)
		udat_close(df);
	st = U_ZERO_ERROR;
	ULocaleData *ld = ulocdata_open(l->code, &st);
	static const ULocaleDataDelimiterType types[2][2] = {
		{ULOCDATA_QUOTATION_START, ULOCDATA_QUOTATION_END},
		{ULOCDATA_ALT_QUOTATION_START, ULOCDATA_ALT_QUOTATION_END},
	};
	static const char *fallback[2][2] = {{"\xe2\x80\x9c", "\xe2\x80\x9d"}, {"\xe2\x80\x98", "\xe2\x80\x99"}};
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 2; j++) {
			UChar buf[16];
			UErrorCode s2 = U_ZERO_ERROR;
			int32_t n = U_SUCCESS(st) ? ulocdata_getDelimiter(ld, types[i][j], buf, 16, &s2) : 0;
			l->quotes[i][j] = (U_SUCCESS(st) && U_SUCCESS(s2) && n > 0) ? u_to_utf8(buf, n)
			                                                           : xstrdup(fallback[i][j]);
		}
	if (U_SUCCESS(st))
		ulocdata_close(ld);
}

const char *lang_month(const lang *l, int month, bool abbrev)
{
	if (month < 1 || month > 12)
		return "";
	load_icu(l);
	return l->months[month][abbrev];
}

const char *lang_weekday(const lang *l, int weekday, bool abbrev)
{
	if (weekday < 1 || weekday > 7)
		return "";
	load_icu(l);
	return l->weekdays[weekday][abbrev];
}

const char *lang_quote(const lang *l, bool inner, bool close)
{
	if (!l)
		return close ? "\xe2\x80\x9d" : "\xe2\x80\x9c";
	load_icu(l);
	return l->quotes[inner][close];
}
