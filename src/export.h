/* export.h — the exporter seam.
 *
 * Each format lives in its own file (export_json.c, export_w3c.c,
 * export_brat.c, export_csv.c, export_md.c) and exports one
 * `struct exporter`.  An exporter writes into memory; the caller writes
 * the files atomically (file_write_atomic), so a failure never truncates
 * an existing file.  Offsets in every format are code points (doc_cp()).
 * Spans and actors flagged deleted by the reader are left out; notes and
 * corrections are included.
 */
#ifndef GLOSE_EXPORT_H
#define GLOSE_EXPORT_H

#include "article.h"
#include "util.h"

/* What an exporter produces: the main output, and for some formats a
 * companion file (brat's .txt beside the .ann). */
struct export_out {
	struct sbuf main;
	struct sbuf companion;
	const char *companion_ext; /* ".txt", or NULL if none */
};

struct exporter {
	const char *name;          /* "json", "w3c", "brat", "csv", "md" */
	const char *ext;           /* default file extension: ".json", ".ann", ... */
	const char *summary;
	int (*write)(struct article *a, struct export_out *out, struct gerr *e);
};

extern const struct exporter export_json, export_w3c, export_brat, export_csv, export_md;

const struct exporter *const *export_registry(size_t *n);
const struct exporter *export_find(const char *name);

/* Export `a` with `x` to `path` ("-" = standard output), writing the
 * companion file beside it (same stem) where the format has one. */
int export_to_path(const struct exporter *x, struct article *a, const char *path, struct gerr *e);
void export_out_free(struct export_out *o);

/* JSON string escaping, shared by the JSON-based exporters. */
void json_str(struct sbuf *b, const char *s, size_t n);   /* writes "…" with escapes */

#endif
