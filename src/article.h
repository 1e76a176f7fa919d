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
	char lang_code[16];        /* known from the start */
	lang *lang;                /* NULL until article_prepare() */
	doc *doc;
	annots *an;
	bool prepared;
	bool partial;              /* only the head of a big file is loaded */
	struct article_opts opts;  /* as opened (for article_prepare) */
};

/* Load and segment (no extraction yet). */
int article_open(struct article *a, const char *path, const struct article_opts *o, struct gerr *e);
/* The first half of article_open(), for a reader that shows the text at
 * once: load, paragraphs, title and the language's code.  sha256, lang,
 * sentences and the date come with article_prepare(), which may run in
 * another thread (the first thread then reads only the text, paragraphs,
 * title, display_name and lang_code until it is done). */
int article_open_text(struct article *a, const char *path, const struct article_opts *o, struct gerr *e);
int article_prepare(struct article *a, struct gerr *e);
/* The same for a big file: only its first lines (about `max` bytes), with
 * a->partial set if there is more (load.h, load_file_head).  Another thread
 * then loads and prepares the whole text into `full` (article_load_rest),
 * and the first thread takes it over with article_adopt(), which frees the
 * head and `full`'s shell and returns false if the whole text does not
 * begin with the head (the file changed meanwhile). */
int article_open_head(struct article *a, const char *path, const struct article_opts *o, size_t max,
                      struct gerr *e);
int article_load_rest(const struct article *a, struct article *full, struct gerr *e);
bool article_adopt(struct article *a, struct article *full);
/* Same, from memory (tests, fuzzers). */
int article_open_mem(struct article *a, const char *name, const char *bytes, size_t n,
                     const struct article_opts *o, struct gerr *e);
/* Run the extractors named in o->modules into a->an (preparing first). */
int article_extract(struct article *a, unsigned modules, struct gerr *e);
void article_close(struct article *a);

/* Parse "YYYY-MM-DD" (a real calendar date).  0 or -1. */
int parse_iso_date(const char *s, int *y, int *m, int *d);

#endif
