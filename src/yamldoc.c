/* yamldoc.c — load a YAML document with libyaml and bound alias expansion. */
#include "yamldoc.h"

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

struct keyref {
	const char *s;
	size_t i;
};

static int keyref_cmp(const void *a, const void *b)
{
	const struct keyref *x = a, *y = b;
	int c = strcmp(x->s, y->s);
	if (c)
		return c;
	return x->i < y->i ? -1 : x->i > y->i;
}

int ydoc_check_keys(const struct ydoc *d, const yaml_node_t *map, const char *where, struct gerr *e)
{
	yaml_node_pair_t *p0 = map->data.mapping.pairs.start;
	size_t n = (size_t)(map->data.mapping.pairs.top - p0);
	struct keyref *k = xcalloc(n, sizeof *k);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *kn = ydoc_node(d, p0[i].key);
		if (!kn || kn->type != YAML_SCALAR_NODE) {
			free(k);
			if (where)
				return ydoc_err(d, kn, e, "keys in '%s' must be plain names", where);
			return ydoc_err(d, kn, e, "keys must be plain names");
		}
		k[i] = (struct keyref){ydoc_str(kn), i};
	}
	qsort(k, n, sizeof *k, keyref_cmp);
	/* Report the duplicate that comes first in the file. */
	size_t dup = SIZE_MAX;
	for (size_t i = 1; i < n; i++)
		if (!strcmp(k[i].s, k[i - 1].s) && k[i].i < dup)
			dup = k[i].i;
	free(k);
	if (dup == SIZE_MAX)
		return 0;
	yaml_node_t *kn = ydoc_node(d, p0[dup].key);
	if (where)
		return ydoc_err(d, kn, e, "duplicate key '%s' in '%s'", ydoc_str(kn), where);
	return ydoc_err(d, kn, e, "duplicate key '%s'", ydoc_str(kn));
}
