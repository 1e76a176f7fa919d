/* article.h — one opened article: the loaded text, its language pack,
 * document model and annotations.  Shared by the reader, the printer and
 * `glose export`.
 */
#ifndef GLOSE_ARTICLE_H
#define GLOSE_ARTICLE_H

#include <stdbool.h>
#include "annots.h"
#include "doc.h"
#include "lang.h"
#include "load.h"
#include "util.h"

struct config;

struct article_opts {
	const char *encoding;      /* --encoding, or NULL */
	bool force;                /* --force */
	const char *lang;          /* --lang code, or NULL to detect */
	const char *date;          /* --date YYYY-MM-DD, or NULL */
	unsigned modules;          /* extractor mask (extract_parse_modules) */
	const struct config *config; /* the reader's lexicon additions, or NULL */
};

struct article {
	char *path;                /* as given; "-" for standard input */
	char *display_name;        /* basename, or "(stdin)" */
	char sha256[65];           /* of the normalised text */
	char encoding[64];
	bool had_bom;
	size_t invalid;            /* bytes replaced by U+FFFD */
	lang *lang;
	doc *doc;
	annots *an;
};

/* Load and segment (no extraction yet). */
int article_open(struct article *a, const char *path, const struct article_opts *o, struct gerr *e);
/* Same, from memory (tests, fuzzers). */
int article_open_mem(struct article *a, const char *name, const char *bytes, size_t n,
                     const struct article_opts *o, struct gerr *e);
/* Run the extractors named in o->modules into a->an. */
int article_extract(struct article *a, unsigned modules, struct gerr *e);
void article_close(struct article *a);

/* Parse "YYYY-MM-DD" (a real calendar date).  0 or -1. */
int parse_iso_date(const char *s, int *y, int *m, int *d);

#endif
