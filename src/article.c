/* article.c — open an article: load, pick the language, segment. */
#include "article.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "extract.h"

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

static int finish_open(struct article *a, struct loaded *ld, const struct article_opts *o, struct gerr *e)
{
	int y = 0, m = 0, d = 0;
	if (o->date && parse_iso_date(o->date, &y, &m, &d) != 0) {
		free(ld->text);
		return gerr_set(e, EXIT_USAGE, "--date: '%s' is not a date (YYYY-MM-DD)", o->date);
	}
	snprintf(a->encoding, sizeof a->encoding, "%s", ld->encoding);
	a->had_bom = ld->had_bom;
	a->invalid = ld->invalid;
	sha256_hex(ld->text, ld->len, a->sha256);
	a->lang = o->lang ? lang_open(o->lang, e) : lang_detect(ld->text, ld->len, e);
	if (!a->lang) {
		free(ld->text);
		return -1;
	}
	if (o->config)
		config_apply_lang(o->config, a->lang);
	a->doc = doc_new(ld->text, ld->len, a->lang);
	ld->text = NULL;
	if (o->date)
		doc_set_date(a->doc, y, m, d);
	a->an = annots_new();
	return 0;
}

int article_open(struct article *a, const char *path, const struct article_opts *o, struct gerr *e)
{
	memset(a, 0, sizeof *a);
	struct load_opts lo = {o->encoding, o->force};
	struct loaded ld = {0};
	if (load_file(path, &lo, &ld, e) != 0)
		return -1;
	a->path = xstrdup(path);
	a->display_name = xstrdup(strcmp(path, "-") == 0 ? "(stdin)" : base_name(path));
	if (finish_open(a, &ld, o, e) != 0) {
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
	if (finish_open(a, &ld, o, e) != 0) {
		article_close(a);
		return -1;
	}
	return 0;
}

int article_extract(struct article *a, unsigned modules, struct gerr *e)
{
	struct xctx x = {a->doc, a->an, a->lang};
	return extract_run(&x, modules, e);
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
