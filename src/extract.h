/* extract.h — the extractor seam.
 *
 * An extractor reads the doc and adds to the annotation store.  Each lives
 * in its own file (extract_actors.c, extract_quotes.c, extract_timex.c,
 * extract_events.c) and exports one `struct extractor`; the registry in
 * extract.c lists them in the order they run (later ones read what earlier
 * ones added: quotes resolve speakers to actors, events use times and actors).
 */
#ifndef GLOSE_EXTRACT_H
#define GLOSE_EXTRACT_H

#include "annots.h"
#include "doc.h"
#include "lang.h"
#include "util.h"

struct xctx {
	doc *doc;
	annots *an;
	const lang *lang;
};

struct extractor {
	const char *name;          /* "actors": the name --modules and the config use */
	const char *summary;       /* one line for --help / --list-modules */
	int (*run)(struct xctx *x, struct gerr *e);
};

extern const struct extractor extract_actors;
extern const struct extractor extract_quotes;
extern const struct extractor extract_timex;
extern const struct extractor extract_events;

/* The registry, in run order. */
const struct extractor *const *extract_registry(size_t *n);
const struct extractor *extract_find(const char *name);

/* Which extractors run: a comma list of names ("actors,quotes"), "all",
 * or "none"; a name prefixed with '-' turns one off ("all,-timex").
 * Unknown names are an EXIT_USAGE error.  mask bit i = registry entry i. */
int extract_parse_modules(const char *spec, unsigned *mask, struct gerr *e);
/* Run the extractors in `mask`, in order. */
int extract_run(struct xctx *x, unsigned mask, struct gerr *e);

#endif
