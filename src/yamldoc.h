/* yamldoc.h — a YAML document loaded with libyaml, made safe to walk, with
 * the helpers the configuration and theme readers share.
 *
 * Loading checks what a hostile file could do with aliases before anyone
 * walks the tree: a node reached through more than YDOC_MAX_EXPANSION
 * extra nodes by alias expansion ("billion laughs"), an alias inside its
 * own anchor, or nesting deeper than YDOC_MAX_DEPTH is refused.  After a
 * successful load a full walk visits at most (nodes + YDOC_MAX_EXPANSION)
 * nodes.
 *
 * Errors read "file:line:col: message" (1-based; columns in characters).
 */
#ifndef GLOSE_YAMLDOC_H
#define GLOSE_YAMLDOC_H

#include <stdbool.h>
#include <yaml.h>
#include "util.h"

#define YDOC_MAX_EXPANSION 10000
#define YDOC_MAX_DEPTH 64

struct ydoc {
	yaml_document_t doc;
	const char *name;          /* for messages; not owned */
	bool loaded;
};

/* Parse one YAML document.  An empty input gives a document whose root is
 * NULL.  A mapping with two equal keys is refused (ydoc_check_dups).
 * Errors are EXIT_CONFIG. */
int ydoc_load(struct ydoc *d, const char *name, const char *yaml, size_t len, struct gerr *e);
void ydoc_free(struct ydoc *d);

yaml_node_t *ydoc_root(const struct ydoc *d);
yaml_node_t *ydoc_node(const struct ydoc *d, int index);

/* "name:line:col: message" at node `at` (EXIT_CONFIG); returns -1. */
int ydoc_err(const struct ydoc *d, const yaml_node_t *at, struct gerr *e, const char *fmt, ...)
	GLOSE_PRINTF(4, 5);

/* A plain scalar "", "~", "null", "Null" or "NULL". */
bool ydoc_is_null(const yaml_node_t *n);
/* The text of a scalar node (NUL-terminated), NULL for other nodes. */
const char *ydoc_str(const yaml_node_t *n);
/* A plain true/True/TRUE/false/False/FALSE: 0, else -1. */
int ydoc_bool(const yaml_node_t *n, bool *out);
/* A plain decimal integer in [lo, hi]: 0, else -1. */
int ydoc_int(const yaml_node_t *n, long lo, long hi, long *out);

/* Refuse a document in which a mapping has two equal scalar keys (same
 * text, any style): "name:line:col: duplicate key "X" (first at line L)",
 * at the repeat that comes first in the file (EXIT_CONFIG); returns -1.
 * ydoc_load() calls it; for documents loaded with libyaml directly. */
int ydoc_check_dups(const char *name, yaml_document_t *doc, struct gerr *e);

/* Check that a mapping's keys are scalars; `where` names the mapping in
 * messages ("panes"), or NULL at the top level.  (Duplicates were refused
 * when the document was loaded.) */
int ydoc_check_keys(const struct ydoc *d, const yaml_node_t *map, const char *where, struct gerr *e);

#endif
