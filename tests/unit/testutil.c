/* testutil.c — helpers shared by the cmocka unit tests. */
#include "testutil.h"

#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

char *test_path(const char *rel)
{
	const char *dir = getenv("GLOSE_TESTDIR");
	return xasprintf("%s/%s", dir ? dir : "tests", rel);
}

char *test_read(const char *rel, size_t *len)
{
	char *p = test_path(rel);
	char *data = NULL;
	size_t n = 0;
	struct gerr e = {0};
	if (file_read_all(p, &data, &n, &e) != 0)
		fail_msg("cannot read %s: %s", p, e.msg);
	free(p);
	if (len)
		*len = n;
	return data;
}

int test_scratch_dir(char *dir, size_t n, const char *tag)
{
	snprintf(dir, n, "/tmp/glose-%s-XXXXXX", tag);
	return mkdtemp(dir) ? 0 : -1;
}

void test_scratch_remove(const char *dir, const char *const *names, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		char *p = xasprintf("%s/%s", dir, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
}

char *test_write_file(const char *dir, const char *name, const char *text)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return p;
}

void test_golden(const char *name, const char *got, size_t len)
{
	char *rel = xasprintf("golden/%s", name);
	char *p = test_path(rel);
	const char *upd = getenv("GLOSE_UPDATE_GOLDEN");
	if (upd && *upd == '1') {
		struct gerr e = {0};
		if (file_write_atomic(p, got, len, &e) != 0)
			fail_msg("%s", e.msg);
	} else {
		size_t n = 0;
		char *want = test_read(rel, &n);
		if (n != len || memcmp(want, got, len) != 0) {
			char *out = xasprintf("%s.got", p);
			FILE *f = fopen(out, "wb");
			if (f) {
				fwrite(got, 1, len, f);
				fclose(f);
			}
			fail_msg("output differs from %s (written to %s)", p, out);
		}
		free(want);
	}
	free(p);
	free(rel);
}

void test_article(struct article *a, const char *text, const char *code, const char *date,
                  const char *modules)
{
	struct article_opts o = {0};
	struct gerr e = {0};
	memset(a, 0, sizeof *a);
	o.lang = code;
	o.date = date;
	if (extract_parse_modules(modules ? modules : "all", &o.modules, &e) != 0)
		fail_msg("%s", e.msg);
	if (article_open_mem(a, "test", text, strlen(text), &o, &e) != 0)
		fail_msg("%s", e.msg);
	if (article_extract(a, o.modules, &e) != 0)
		fail_msg("%s", e.msg);
}

void test_actors_text(struct article *a, const char *text, const char *code)
{
	test_article(a, text, code, NULL, "actors");
}

int test_actor_named(struct article *a, const char *name)
{
	int id = annots_find_actor(a->an, name);
	if (id < 0) {
		fprintf(stderr, "no actor named '%s'; actors:", name);
		for (size_t i = 0; i < annots_nactors(a->an); i++)
			fprintf(stderr, " [%s]", annots_actor(a->an, (int)i)->name);
		fprintf(stderr, "\n");
	}
	assert_true(id >= 0);
	return id;
}

enum actor_type test_actor_type(struct article *a, const char *name)
{
	return annots_actor(a->an, test_actor_named(a, name))->type;
}

/* Is [s, e) of the article's text exactly `text`? */
static bool span_is(struct article *a, size_t s, size_t e, const char *text)
{
	return e - s == strlen(text) && memcmp(doc_text(a->doc) + s, text, e - s) == 0;
}

int test_actor_of(struct article *a, const char *text)
{
	size_t n;
	const int *ids = annots_of_kind(a->an, ANN_MENTION, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *m = annots_get(a->an, ids[i]);
		if (span_is(a, m->start, m->end, text))
			return m->actor;
	}
	return -1;
}

enum actor_type test_mention_type(struct article *a, const char *mention)
{
	int id = test_actor_of(a, mention);
	if (id < 0)
		fail_msg("no mention '%s'", mention);
	return annots_actor(a->an, id)->type;
}

bool test_has_mention(struct article *a, int id, const char *text)
{
	int *ids = NULL;
	size_t cap = 0;
	size_t n = annots_mentions_of(a->an, id, &ids, &cap);
	bool found = false;
	for (size_t i = 0; i < n && !found; i++) {
		const struct ann *m = annots_get(a->an, ids[i]);
		found = span_is(a, m->start, m->end, text);
	}
	free(ids);
	return found;
}

void test_mention_all(struct article *a, int actor, const char *surface, enum mention_kind k)
{
	const char *t = doc_text(a->doc);
	size_t n = strlen(surface);
	for (const char *p = t; (p = strstr(p, surface)) != NULL; p += n)
		annots_add(a->an, ANN_MENTION, (size_t)(p - t), (size_t)(p - t) + n, actor, -1, k, 1, NULL);
}

void test_run_quotes(struct article *a)
{
	struct xctx x = {a->doc, a->an, a->lang};
	struct gerr e = {0};
	assert_int_equal(extract_quotes.run(&x, &e), 0);
}

const struct ann *test_find_quote(struct article *a, const char *inner, int kind)
{
	size_t n;
	const int *ids = annots_of_kind(a->an, ANN_QUOTE, &n);
	const char *t = doc_text(a->doc);
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(a->an, ids[i]);
		if ((kind < 0 || q->subtype == kind) && strlen(inner) == q->end - q->start &&
		    memcmp(t + q->start, inner, q->end - q->start) == 0)
			return q;
	}
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(a->an, ids[i]);
		fprintf(stderr, "  have %s [%.*s]\n", annots_quote_kind_name(q->subtype), (int)(q->end - q->start),
		        t + q->start);
	}
	fail_msg("no %s quotation [%s]", kind < 0 ? "" : annots_quote_kind_name(kind), inner);
	return NULL;
}

const char *test_speaker_name(struct article *a, const struct ann *q)
{
	const struct actor *ac = annots_actor(a->an, q->actor);
	return ac ? ac->name : NULL;
}

void test_expect_cue(struct article *a, const struct ann *q, const char *cue)
{
	const struct ann *c = annots_get(a->an, q->link);
	if (!cue) {
		assert_true(!c || c->kind != ANN_CUE);
		return;
	}
	assert_non_null(c);
	assert_int_equal(c->kind, ANN_CUE);
	const char *t = doc_text(a->doc);
	if (strlen(cue) != c->end - c->start || memcmp(t + c->start, cue, c->end - c->start) != 0)
		fail_msg("cue [%.*s], expected [%s]", (int)(c->end - c->start), t + c->start, cue);
	/* the cue points back to a quotation */
	const struct ann *back = annots_get(a->an, c->link);
	assert_non_null(back);
	assert_int_equal(back->kind, ANN_QUOTE);
}

/* A direct quotation attributed to `who` (an actor name) with cue `cue`. */
const struct ann *test_expect_direct(struct article *a, const char *inner, const char *who, const char *cue)
{
	const struct ann *q = test_find_quote(a, inner, QUOTE_DIRECT);
	const char *got = test_speaker_name(a, q);
	if (who == NULL ? got != NULL : (got == NULL || strcmp(got, who) != 0))
		fail_msg("[%s]: speaker %s, expected %s", inner, got ? got : "(none)", who ? who : "(none)");
	if (cue)
		test_expect_cue(a, q, cue);
	return q;
}
