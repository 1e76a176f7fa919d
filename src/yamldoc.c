/* yamldoc.c — load a YAML document with libyaml and bound alias expansion. */
#include "yamldoc.h"

#include "hindex.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int mark_err(const char *name, yaml_mark_t m, struct gerr *e, const char *fmt, va_list ap)
{
	char msg[900];
	vsnprintf(msg, sizeof msg, fmt, ap);
	return gerr_set(e, EXIT_CONFIG, "%s:%zu:%zu: %s", name, m.line + 1, m.column + 1, msg);
}

int ydoc_err(const struct ydoc *d, const yaml_node_t *at, struct gerr *e, const char *fmt, ...)
{
	yaml_mark_t m = {0, 0, 0};
	if (at)
		m = at->start_mark;
	va_list ap;
	va_start(ap, fmt);
	mark_err(d->name, m, e, fmt, ap);
	va_end(ap);
	return -1;
}

static int err_at(const char *name, yaml_mark_t m, struct gerr *e, const char *fmt, ...) GLOSE_PRINTF(4, 5);
static int err_at(const char *name, yaml_mark_t m, struct gerr *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	mark_err(name, m, e, fmt, ap);
	va_end(ap);
	return -1;
}

/* libyaml's own error, with its position. */
static int parser_err(const char *name, const yaml_parser_t *p, const char *yaml, size_t len,
                      struct gerr *e)
{
	const char *problem = p->problem ? p->problem : "cannot parse YAML";
	if (p->error == YAML_MEMORY_ERROR)
		die_nomem();
	if (p->error == YAML_READER_ERROR) {
		/* The reader gives a byte offset, not a mark. */
		size_t off = p->problem_offset < len ? p->problem_offset : len;
		yaml_mark_t m = {off, 0, 0};
		size_t bol = 0;
		for (size_t i = 0; i < off; i++)
			if (yaml[i] == '\n') {
				m.line++;
				bol = i + 1;
			}
		m.column = utf8_cplen(yaml + bol, off - bol);
		if (p->problem_value >= 0 && p->problem_value <= 0xff)
			return err_at(name, m, e, "%s (byte 0x%02x)", problem, (unsigned)p->problem_value);
		return err_at(name, m, e, "%s", problem);
	}
	if (p->context)
		return err_at(name, p->problem_mark, e, "%s %s (line %zu)", p->context, problem,
		              p->context_mark.line + 1);
	return err_at(name, p->problem_mark, e, "%s", problem);
}

struct sizer {
	struct ydoc *d;
	size_t *size;          /* expanded size of each node, 0 = not yet known */
	unsigned char *state;  /* 0 new, 1 in progress, 2 done */
	size_t limit;
	struct gerr *e;
};

/* Expanded size of node `i` (1-based), counting every path to a node. */
static int expanded(struct sizer *s, int i, int depth, size_t *out)
{
	yaml_node_t *n = ydoc_node(s->d, i);
	if (!n)
		return ydoc_err(s->d, NULL, s->e, "broken document");
	if (s->state[i - 1] == 2) {
		*out = s->size[i - 1];
		return 0;
	}
	if (s->state[i - 1] == 1)
		return ydoc_err(s->d, n, s->e, "recursive alias");
	if (depth > YDOC_MAX_DEPTH)
		return ydoc_err(s->d, n, s->e, "nesting deeper than %d levels", YDOC_MAX_DEPTH);
	s->state[i - 1] = 1;
	size_t total = 1, sub;
	if (n->type == YAML_SEQUENCE_NODE) {
		for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
			if (expanded(s, *it, depth + 1, &sub) != 0)
				return -1;
			total += sub;
			if (total > s->limit)
				return ydoc_err(s->d, n, s->e, "too many alias expansions");
		}
	} else if (n->type == YAML_MAPPING_NODE) {
		for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
			if (expanded(s, p->key, depth + 1, &sub) != 0)
				return -1;
			total += sub;
			if (expanded(s, p->value, depth + 1, &sub) != 0)
				return -1;
			total += sub;
			if (total > s->limit)
				return ydoc_err(s->d, n, s->e, "too many alias expansions");
		}
	}
	s->state[i - 1] = 2;
	s->size[i - 1] = total;
	*out = total;
	return 0;
}

int ydoc_load(struct ydoc *d, const char *name, const char *yaml, size_t len, struct gerr *e)
{
	memset(d, 0, sizeof *d);
	d->name = name;
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p))
		die_nomem();
	yaml_parser_set_input_string(&p, (const unsigned char *)yaml, len);
	if (!yaml_parser_load(&p, &d->doc)) {
		parser_err(name, &p, yaml, len, e);
		yaml_parser_delete(&p);
		return -1;
	}
	d->loaded = true;
	/* A second document is a mistake in a configuration file. */
	yaml_document_t extra;
	if (!yaml_parser_load(&p, &extra)) {
		parser_err(name, &p, yaml, len, e);
		yaml_parser_delete(&p);
		ydoc_free(d);
		return -1;
	}
	bool more = yaml_document_get_root_node(&extra) != NULL;
	yaml_mark_t more_at = extra.start_mark;
	yaml_document_delete(&extra);
	yaml_parser_delete(&p);
	if (more) {
		ydoc_free(d);
		return err_at(name, more_at, e, "more than one YAML document");
	}
	if (!ydoc_root(d))
		return 0;
	size_t nnodes = (size_t)(d->doc.nodes.top - d->doc.nodes.start);
	struct sizer s = {
		.d = d,
		.size = xcalloc(nnodes, sizeof(size_t)),
		.state = xcalloc(nnodes, 1),
		.limit = nnodes + YDOC_MAX_EXPANSION,
		.e = e,
	};
	size_t total;
	int r = expanded(&s, 1, 0, &total);
	free(s.size);
	free(s.state);
	if (r == 0)
		r = ydoc_check_dups(name, &d->doc, e);
	if (r != 0)
		ydoc_free(d);
	return r;
}

void ydoc_free(struct ydoc *d)
{
	if (d->loaded)
		yaml_document_delete(&d->doc);
	d->loaded = false;
}

/* libyaml's getters take a non-const document but do not change it. */
yaml_node_t *ydoc_root(const struct ydoc *d)
{
	return d->loaded ? yaml_document_get_root_node((yaml_document_t *)&d->doc) : NULL;
}

yaml_node_t *ydoc_node(const struct ydoc *d, int index)
{
	return d->loaded ? yaml_document_get_node((yaml_document_t *)&d->doc, index) : NULL;
}

bool ydoc_is_null(const yaml_node_t *n)
{
	if (!n || n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return false;
	const char *s = (const char *)n->data.scalar.value;
	return !*s || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") || !strcmp(s, "NULL");
}

const char *ydoc_str(const yaml_node_t *n)
{
	if (!n || n->type != YAML_SCALAR_NODE)
		return NULL;
	return (const char *)n->data.scalar.value;
}

int ydoc_bool(const yaml_node_t *n, bool *out)
{
	if (!n || n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return -1;
	const char *s = (const char *)n->data.scalar.value;
	if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE"))
		*out = true;
	else if (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE"))
		*out = false;
	else
		return -1;
	return 0;
}

int ydoc_int(const yaml_node_t *n, long lo, long hi, long *out)
{
	if (!n || n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return -1;
	const char *s = (const char *)n->data.scalar.value;
	const char *p = s;
	if (*p == '-' || *p == '+')
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	for (const char *q = p; *q; q++)
		if (*q < '0' || *q > '9')
			return -1;
	errno = 0;
	long v = strtol(s, NULL, 10);
	if (errno || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* ---- duplicate keys ---------------------------------------------------- */

struct dupscan {
	const yaml_node_t **key;   /* the scalar keys of one mapping, in order */
	uint32_t *hash;
	size_t kcap, hcap;
	const yaml_node_t *dup;    /* the earliest repeated key found so far */
	const yaml_node_t *first;  /* its first occurrence */
	yaml_mark_t at;            /* where to report it */
};

static uint32_t dup_hash_of(const void *ctx, size_t i)
{
	return ((const struct dupscan *)ctx)->hash[i];
}

static bool same_key(const yaml_node_t *a, const yaml_node_t *b)
{
	return a == b || (a->data.scalar.length == b->data.scalar.length &&
	                  memcmp(a->data.scalar.value, b->data.scalar.value, a->data.scalar.length) == 0);
}

/* Record the first repeated key of `map` if it comes before the one found. */
static void scan_mapping(struct dupscan *s, yaml_document_t *doc, const yaml_node_t *map)
{
	yaml_node_pair_t *p0 = map->data.mapping.pairs.start;
	size_t n = (size_t)(map->data.mapping.pairs.top - p0);
	if (n < 2)
		return;
	s->key = xgrow(s->key, &s->kcap, n, sizeof *s->key);
	if (n > 8)
		s->hash = xgrow(s->hash, &s->hcap, n, sizeof *s->hash);
	size_t m = 0;
	struct hindex ix = {0};
	for (size_t i = 0; i < n; i++) {
		const yaml_node_t *k = yaml_document_get_node(doc, p0[i].key);
		if (!k || k->type != YAML_SCALAR_NODE)
			continue;  /* the loaders refuse non-scalar keys themselves */
		if (s->dup && k->start_mark.index >= s->dup->start_mark.index)
			break;     /* an earlier repeat is already known */
		const yaml_node_t *first = NULL;
		if (n <= 8) {
			for (size_t j = 0; j < m && !first; j++)
				if (same_key(s->key[j], k))
					first = s->key[j];
		} else {
			uint32_t h = hash_fnv(k->data.scalar.value, k->data.scalar.length);
			for (size_t j = hindex_start(&ix, h), q; !first && (q = hindex_next(&ix, &j)) != HINDEX_NONE;)
				if (s->hash[q] == h && same_key(s->key[q], k))
					first = s->key[q];
			s->hash[m] = h;
		}
		if (first) {
			s->dup = k;
			s->first = first;
			/* A key written as an alias of the first has no position of
			 * its own in the document: point at its value instead. */
			const yaml_node_t *v = yaml_document_get_node(doc, p0[i].value);
			s->at = first == k && v ? v->start_mark : k->start_mark;
			break;
		}
		s->key[m++] = k;
		if (n > 8)
			hindex_add(&ix, s->hash[m - 1], m - 1, m, dup_hash_of, s);
	}
	hindex_free(&ix);
}

int ydoc_check_dups(const char *name, yaml_document_t *doc, struct gerr *e)
{
	struct dupscan s = {0};
	for (yaml_node_t *n = doc->nodes.start; n < doc->nodes.top; n++)
		if (n->type == YAML_MAPPING_NODE)
			scan_mapping(&s, doc, n);
	free(s.key);
	free(s.hash);
	if (!s.dup)
		return 0;
	/* The key as written, cut short and without control characters. */
	const char *k = (const char *)s.dup->data.scalar.value;
	size_t len = s.dup->data.scalar.length, i = 0, cps = 0;
	struct sbuf b = {0};
	while (i < len && cps < 60) {
		size_t at = i;
		int32_t c = utf8_next(k, len, &i);
		if (c < 0x20 || c == 0x7f)
			sbuf_addc(&b, '?');
		else
			sbuf_add(&b, k + at, i - at);
		cps++;
	}
	if (i < len)
		sbuf_puts(&b, "\xe2\x80\xa6");
	err_at(name, s.at, e, "duplicate key \"%s\" (first at line %zu)", b.s ? b.s : "",
	       s.first->start_mark.line + 1);
	sbuf_free(&b);
	return -1;
}

int ydoc_check_keys(const struct ydoc *d, const yaml_node_t *map, const char *where, struct gerr *e)
{
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *kn = ydoc_node(d, p->key);
		if (!kn || kn->type != YAML_SCALAR_NODE) {
			if (where)
				return ydoc_err(d, kn, e, "keys in '%s' must be plain names", where);
			return ydoc_err(d, kn, e, "keys must be plain names");
		}
	}
	return 0;
}
