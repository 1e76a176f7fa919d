/* article.c — open an article: load, pick the language, segment. */
#include "article.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "config.h"
#include "extract.h"
#include "paths.h"

int parse_iso_date(const char *s, int *y, int *m, int *d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	int Y = atoi(s), M = atoi(s + 5), D = atoi(s + 8);
	if (Y < 1 || M < 1 || M > 12 || D < 1 || D > mdays[M - 1])
		return -1;
	if (M == 2 && D == 29 && !((Y % 4 == 0 && Y % 100 != 0) || Y % 400 == 0))
		return -1;
	*y = Y;
	*m = M;
	*d = D;
	return 0;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s && s[1] ? s + 1 : path;
}

/* Step one: everything the first screen needs, and cheap — the text, its
 * paragraphs and title, the language's code (from the packs' stopwords). */
static int finish_open_text(struct article *a, struct loaded *ld, const struct article_opts *o, struct gerr *e)
{
	int y = 0, m = 0, d = 0;
	if (o->date && parse_iso_date(o->date, &y, &m, &d) != 0) {
		free(ld->text);
		return gerr_set(e, EXIT_USAGE, "--date: '%s' is not a date (YYYY-MM-DD)", o->date);
	}
	snprintf(a->encoding, sizeof a->encoding, "%s", ld->encoding);
	a->had_bom = ld->had_bom;
	a->invalid = ld->invalid;
	a->opts = *o;
	if (o->lang) {
		/* Fail now on an unknown code (the pack itself is read later). */
		lang *probe = NULL;
		char *rel = xasprintf("lang/%s.yaml", o->lang);
		char *path = strchr(o->lang, '/') ? NULL : paths_data(rel);
		free(rel);
		if (!path) {
			probe = lang_open(o->lang, e);    /* gives the "unknown language" error */
			if (!probe) {
				free(ld->text);
				return -1;
			}
			lang_free(probe);
		}
		free(path);
		snprintf(a->lang_code, sizeof a->lang_code, "%s", o->lang);
	} else {
		char *code = lang_detect_code(ld->text, ld->len);
		if (!code) {
			free(ld->text);
			return gerr_set(e, EXIT_CONFIG,
			                "no language pack installed (looked for lang/*.yaml in the data directories)");
		}
		snprintf(a->lang_code, sizeof a->lang_code, "%s", code);
		free(code);
	}
	a->doc = doc_new_plain(ld->text, ld->len);
	ld->text = NULL;
	a->an = annots_new();
	return 0;
}

int article_prepare(struct article *a, struct gerr *e)
{
	if (a->prepared)
		return 0;
	const struct article_opts *o = &a->opts;
	sha256_hex(doc_text(a->doc), doc_len(a->doc), a->sha256);
	a->lang = lang_open(a->lang_code, e);
	if (!a->lang)
		return -1;
	if (o->config)
		config_apply_lang(o->config, a->lang);
	doc_segment(a->doc, a->lang);
	int y, m, d;
	if (o->date && parse_iso_date(o->date, &y, &m, &d) == 0)
		doc_set_date(a->doc, y, m, d);
	a->prepared = true;
	return 0;
}

static int open_loaded(struct article *a, struct loaded *ld, const struct article_opts *o, bool prepare,
                       struct gerr *e)
{
	if (finish_open_text(a, ld, o, e) != 0 || (prepare && article_prepare(a, e) != 0)) {
		article_close(a);
		return -1;
	}
	return 0;
}

int article_open_text(struct article *a, const char *path, const struct article_opts *o, struct gerr *e)
{
	memset(a, 0, sizeof *a);
	struct load_opts lo = {o->encoding, o->force};
	struct loaded ld = {0};
	if (load_file(path, &lo, &ld, e) != 0)
		return -1;
	a->path = xstrdup(path);
	a->display_name = xstrdup(strcmp(path, "-") == 0 ? "(stdin)" : base_name(path));
	return open_loaded(a, &ld, o, false, e);
}

int article_open_head(struct article *a, const char *path, const struct article_opts *o, size_t max,
                      struct gerr *e)
{
	memset(a, 0, sizeof *a);
	struct load_opts lo = {o->encoding, o->force};
	struct loaded ld = {0};
	bool more = false;
	if (load_file_head(path, &lo, max, &ld, &more, e) != 0)
		return -1;
	a->path = xstrdup(path);
	a->display_name = xstrdup(strcmp(path, "-") == 0 ? "(stdin)" : base_name(path));
	if (open_loaded(a, &ld, o, false, e) != 0)
		return -1;
	a->partial = more;
	return 0;
}

int article_load_rest(const struct article *a, struct article *full, struct gerr *e)
{
	/* The code detected on the head stands (the same 64 KiB decide), so
	 * the whole text is not scored again. */
	struct article_opts o = a->opts;
	o.lang = a->lang_code;
	if (article_open_text(full, a->path, &o, e) != 0)
		return -1;
	full->opts.lang = a->opts.lang;   /* not a pointer into `a` */
	return 0;
}

bool article_adopt(struct article *a, struct article *full)
{
	const doc *hd = a->doc, *fd = full->doc;
	bool same = doc_len(fd) >= doc_len(hd) && memcmp(doc_text(fd), doc_text(hd), doc_len(hd)) == 0;
	doc_free(a->doc);
	annots_free(a->an);
	lang_free(a->lang);
	a->doc = full->doc;
	a->an = full->an;
	a->lang = full->lang;
	a->prepared = full->prepared;
	a->partial = false;
	memcpy(a->sha256, full->sha256, sizeof a->sha256);
	memcpy(a->encoding, full->encoding, sizeof a->encoding);
	memcpy(a->lang_code, full->lang_code, sizeof a->lang_code);
	a->had_bom = full->had_bom;
	a->invalid = full->invalid;
	full->doc = NULL;
	full->an = NULL;
	full->lang = NULL;
	article_close(full);
	return same;
}

int article_open(struct article *a, const char *path, const struct article_opts *o, struct gerr *e)
{
	if (article_open_text(a, path, o, e) != 0)
		return -1;
	if (article_prepare(a, e) != 0) {
		article_close(a);
		return -1;
	}
	return 0;
}

int article_open_mem(struct article *a, const char *name, const char *bytes, size_t n,
                     const struct article_opts *o, struct gerr *e)
{
	memset(a, 0, sizeof *a);
	struct load_opts lo = {o->encoding, o->force};
	struct loaded ld = {0};
	if (load_bytes(name, bytes, n, &lo, &ld, e) != 0)
		return -1;
	a->path = xstrdup(name);
	a->display_name = xstrdup(base_name(name));
	return open_loaded(a, &ld, o, true, e);
}

int article_extract(struct article *a, unsigned modules, struct gerr *e)
{
	if (article_prepare(a, e) != 0)
		return -1;
	struct xctx x = {a->doc, a->an, a->lang};
	/* The passes that read words share the words of each paragraph
	 * (doc_words), kept until extract_run() ends.  The events pass reads
	 * none: it runs on its own, after they are dropped (on a large input
	 * they are a tenth of the peak). */
	size_t nreg;
	const struct extractor *const *reg = extract_registry(&nreg);
	unsigned last = nreg && reg[nreg - 1] == &extract_events ? 1u << (nreg - 1) : 0;
	if (!(modules & last) || !(modules & ~last))
		return extract_run(&x, modules, e);
	if (extract_run(&x, modules & ~last, e) != 0)   /* forgets the words when done */
		return -1;
#ifdef __GLIBC__
	malloc_trim(0);   /* the words' blocks, freed last: not yet given back */
#endif
	return extract_run(&x, last, e);
}

void article_close(struct article *a)
{
	if (!a)
		return;
	annots_free(a->an);
	doc_free(a->doc);
	lang_free(a->lang);
	free(a->path);
	free(a->display_name);
	memset(a, 0, sizeof *a);
}
