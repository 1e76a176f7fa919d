/* test_sidecar.c — the reader's annotations: save and reload, undo,
 * re-anchoring after the article changed, orphans kept, damaged files
 * kept, writes that fail leaving the store as it was. */
#include "testutil.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "export.h"
#include "extract.h"
#include "paths.h"
#include "sidecar.h"

static const char V1[] =
	"Ferry timetable changes this spring\n"
	"Nadia Berg said: \"The early boat stays.\"\n"
	"Oskar Lund replied: \"The late boat goes.\"\n"
	"The boat leaves at nine. The boat returns at noon.\n"
	"Nadia Berg answered readers about fares.\n"
	"Tickets cost four crowns on weekdays.\n";

/* V1 with a paragraph inserted near the top and two words changed: one
 * in the context of an annotation, one inside an annotated span. */
static const char V2[] =
	"Ferry timetable changes this spring\n"
	"Update: the harbour board met on Monday and agreed.\n"
	"Nadia Berg said: \"The early boat stays.\"\n"
	"Oskar Lund replied: \"The late boat goes.\"\n"
	"The boat leaves at ten. The boat returns at noon.\n"
	"Nadia Berg answered readers about fares.\n"
	"Tickets cost five crowns on weekdays.\n";

static char dir[64];         /* per-test folder: articles and $XDG_DATA_HOME */

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/glose-sidecar-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	char *data = xasprintf("%s/data", dir);
	setenv("XDG_DATA_HOME", data, 1);
	free(data);
	return 0;
}

static void rm_rf(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		struct dirent *de;
		while (d && (de = readdir(d))) {
			if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
				continue;
			char *p = xasprintf("%s/%s", path, de->d_name);
			rm_rf(p);
			free(p);
		}
		if (d)
			closedir(d);
		rmdir(path);
	} else {
		unlink(path);
	}
}

static int teardown(void **state)
{
	(void)state;
	rm_rf(dir);
	return 0;
}

static char *write_article(const char *name, const char *text)
{
	char *p = xasprintf("%s/%s", dir, name);
	struct gerr e = {0};
	if (file_write_atomic(p, text, strlen(text), &e) != 0)
		fail_msg("%s", e.msg);
	return p;
}

static struct span find(struct article *a, const char *needle, int nth)
{
	const char *t = doc_text(a->doc), *p = t;
	for (int i = 0;; i++) {
		p = strstr(p, needle);
		if (!p)
			fail_msg("'%s' (#%d) is not in the text", needle, nth);
		if (i == nth)
			break;
		p++;
	}
	return (struct span){(size_t)(p - t), (size_t)(p - t) + strlen(needle)};
}

/* A stand-in for the extractors, so the test does not depend on them:
 * every name is a mention, every "…" a quotation, all given to Nadia. */
static void fake_extract(struct article *a)
{
	annots *an = a->an;
	const char *names[] = {"Nadia Berg", "Oskar Lund"};
	for (int k = 0; k < 2; k++) {
		int ac = annots_add_actor(an, names[k], ACTOR_PERSON, NULL, 0);
		const char *t = doc_text(a->doc);
		for (const char *p = strstr(t, names[k]); p; p = strstr(p + 1, names[k]))
			annots_add(an, ANN_MENTION, (size_t)(p - t), (size_t)(p - t) + strlen(names[k]), ac, -1,
			           MENTION_NAME, 0.9f, NULL);
	}
	const char *t = doc_text(a->doc);
	for (const char *p = strchr(t, '"'); p; p = strchr(p, '"')) {
		const char *q = strchr(p + 1, '"');
		if (!q)
			break;
		annots_add(an, ANN_QUOTE, (size_t)(p + 1 - t), (size_t)(q - t), 0, -1, QUOTE_DIRECT, 0.8f, "Nadia Berg");
		p = q + 1;
	}
}

static void open_article(struct article *a, const char *path)
{
	struct article_opts o = {0};
	struct gerr e = {0};
	o.lang = "en";
	if (article_open(a, path, &o, &e) != 0)
		fail_msg("%s", e.msg);
	fake_extract(a);
}

static struct sidecar *open_sidecar(struct article *a)
{
	struct gerr w = {0};
	struct sidecar *s = sidecar_open(a, &w);
	if (w.code)
		fail_msg("unexpected warning: %s", w.msg);
	return s;
}

/* The live span of `kind` exactly at the nth occurrence of `text`, or -1. */
static int span_at(struct article *a, enum ann_kind kind, const char *text, int nth)
{
	struct span s = find(a, text, nth);
	size_t n;
	const int *ids = annots_of_kind(a->an, kind, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(a->an, ids[i]);
		if (x->start == s.start && x->end == s.end)
			return ids[i];
	}
	return -1;
}

static char *json_of(struct article *a)
{
	struct export_out o = {0};
	struct gerr e = {0};
	if (export_json.write(a, &o, &e) != 0)
		fail_msg("%s", e.msg);
	char *s = xstrdup(o.main.s);
	export_out_free(&o);
	return s;
}

/* Every kind of record, made in one session. */
static void annotate(struct sidecar *s, struct article *a)
{
	struct gerr e = {0};
	struct span sp = find(a, "The early boat stays.", 0);
	int note = sidecar_add_note(s, a, sp.start, sp.end, "Confirmed by the port.", &e);
	assert_true(note >= 0);
	assert_int_equal(annots_get(a->an, note)->kind, ANN_NOTE);
	assert_int_equal(annots_get(a->an, note)->link, span_at(a, ANN_QUOTE, "The early boat stays.", 0));

	int late = span_at(a, ANN_QUOTE, "The late boat goes.", 0);
	int oskar = annots_find_actor(a->an, "Oskar Lund");
	assert_int_equal(sidecar_reassign(s, a, late, oskar, &e), late);
	assert_int_equal(annots_get(a->an, late)->actor, oskar);
	assert_null(annots_str(a->an, late));
	assert_true(annots_get(a->an, late)->flags & ANN_USER);

	int m = span_at(a, ANN_MENTION, "Nadia Berg", 1);
	assert_int_equal(sidecar_delete(s, a, m, &e), m);
	assert_true(annots_get(a->an, m)->flags & ANN_DELETED);

	sp = find(a, "The boat", 1);
	int tagged = sidecar_add_tag(s, a, sp.start, sp.end, "route", &e);
	assert_true(tagged >= 0);
	assert_string_equal(annots_x(a->an, tagged)->tags[0], "route");

	sp = find(a, "Tickets cost four crowns", 0);
	assert_true(sidecar_add_note(s, a, sp.start, sp.end, "Check the price.", &e) >= 0);

	int office = sidecar_add_actor(s, a, "Harbour office", ACTOR_ORG, "the port's owner", 0, 0, &e);
	assert_true(office >= 0);
	assert_true(annots_actor(a->an, office)->flags & ACTOR_USER);

	sp = find(a, "The boat returns at noon", 0);
	int q = sidecar_add_quote(s, a, sp.start, sp.end, oskar, QUOTE_INDIRECT, &e);
	assert_true(q >= 0);
	assert_int_equal(annots_get(a->an, q)->actor, oskar);

	sp = find(a, "Oskar Lund", 0);
	int added = sidecar_add_actor(s, a, "Oskar Lund", ACTOR_PERSON, NULL, sp.start, sp.start + 5, &e);
	assert_int_equal(added, oskar);     /* an existing actor gets the mention */
	assert_int_equal(sidecar_count(s), 8);
}

static void test_round_trip(void **state)
{
	(void)state;
	char *path = write_article("ferry.txt", V1);
	struct article a;
	open_article(&a, path);
	struct sidecar *s = open_sidecar(&a);
	assert_int_equal(sidecar_count(s), 0);
	assert_int_equal(sidecar_apply(s, &a, NULL), 0);
	annotate(s, &a);
	char *before = json_of(&a);
	char *file = xstrdup(sidecar_path(s));
	sidecar_free(s);
	article_close(&a);

	/* A new session: the same corrections and notes come back. */
	open_article(&a, path);
	s = open_sidecar(&a);
	assert_string_equal(sidecar_path(s), file);
	assert_null(sidecar_inherited(s));
	assert_int_equal(sidecar_count(s), 8);
	assert_int_equal(sidecar_apply(s, &a, NULL), 0);
	char *after = json_of(&a);
	assert_string_equal(before, after);
	assert_non_null(strstr(after, "\"note\": \"Confirmed by the port.\""));
	assert_non_null(strstr(after, "\"tags\": [\"route\"]"));
	sidecar_free(s);
	article_close(&a);

	/* The export path does the same. */
	open_article(&a, path);
	struct gerr w = {0};
	assert_int_equal(sidecar_apply_for_export(&a, &w), 0);
	char *exported = json_of(&a);
	assert_string_equal(before, exported);
	article_close(&a);

	free(before);
	free(after);
	free(exported);
	free(file);
	free(path);
}

static void test_undo(void **state)
{
	(void)state;
	char *path = write_article("undo.txt", V1);
	struct article a;
	open_article(&a, path);
	struct sidecar *s = open_sidecar(&a);
	sidecar_apply(s, &a, NULL);
	struct gerr e = {0};
	assert_int_equal(sidecar_undo_last(s, &a, &e), 0);     /* nothing yet */
	char *pristine = json_of(&a);
	annotate(s, &a);
	for (int i = 0; i < 8; i++)
		assert_int_equal(sidecar_undo_last(s, &a, &e), 1);
	assert_int_equal(sidecar_count(s), 0);
	char *undone = json_of(&a);
	assert_string_equal(pristine, undone);     /* the store is as extracted */
	sidecar_free(s);
	article_close(&a);

	open_article(&a, path);
	s = open_sidecar(&a);
	assert_int_equal(sidecar_count(s), 0);     /* and so is the file */
	sidecar_free(s);
	article_close(&a);
	free(pristine);
	free(undone);
	free(path);
}

static void test_reanchor(void **state)
{
	(void)state;
	char *path = write_article("ferry.txt", V1);
	struct article a;
	open_article(&a, path);
	struct sidecar *s = open_sidecar(&a);
	sidecar_apply(s, &a, NULL);
	annotate(s, &a);
	char *old_file = xstrdup(sidecar_path(s));
	char old_hash[65];
	memcpy(old_hash, a.sha256, sizeof old_hash);
	sidecar_free(s);
	article_close(&a);

	/* The article is edited at the same path. */
	free(write_article("ferry.txt", V2));
	open_article(&a, path);
	assert_string_not_equal(a.sha256, old_hash);
	s = open_sidecar(&a);
	assert_non_null(sidecar_inherited(s));
	assert_string_equal(sidecar_inherited(s), old_hash);
	assert_int_equal(sidecar_count(s), 8);
	assert_int_equal(sidecar_apply(s, &a, NULL), 1);

	/* The note moved down with its quotation. */
	size_t n;
	const int *notes = annots_of_kind(a.an, ANN_NOTE, &n);
	assert_int_equal(n, 2);          /* the note, and the tag's note */
	struct span sp = find(&a, "The early boat stays.", 0);
	bool found = false;
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(a.an, notes[i]);
		if (annots_str(a.an, annots_id(a.an, x)) && !strcmp(annots_str(a.an, annots_id(a.an, x)), "Confirmed by the port.")) {
			assert_int_equal(x->start, sp.start);
			assert_int_equal(x->end, sp.end);
			found = true;
		}
	}
	assert_true(found);
	/* The tag went to the second "The boat", though "nine" became "ten"
	 * just before it. */
	sp = find(&a, "The boat", 1);
	int tagged = -1;
	for (size_t i = 0; i < n; i++)
		if (annots_get(a.an, notes[i])->start == sp.start)
			tagged = notes[i];
	assert_true(tagged >= 0);
	assert_int_equal(annots_get(a.an, tagged)->end, sp.end);
	/* The speaker correction and the deletion followed their spans. */
	int late = span_at(&a, ANN_QUOTE, "The late boat goes.", 0);
	assert_int_equal(annots_get(a.an, late)->actor, annots_find_actor(a.an, "Oskar Lund"));
	assert_int_equal(span_at(&a, ANN_MENTION, "Nadia Berg", 1), -1);
	assert_true(span_at(&a, ANN_MENTION, "Nadia Berg", 0) >= 0);
	assert_true(span_at(&a, ANN_QUOTE, "The boat returns at noon", 0) >= 0);
	assert_true(annots_find_actor(a.an, "Harbour office") >= 0);

	/* "four" became "five": that note is an orphan, kept and listed. */
	const struct sidecar_record **orph;
	assert_int_equal(sidecar_orphans(s, &orph), 1);
	assert_int_equal(orph[0]->kind, SIDECAR_NOTE);
	assert_string_equal(orph[0]->at.exact, "Tickets cost four crowns");
	char *desc = sidecar_describe(orph[0]);
	assert_string_equal(desc, "note on “Tickets cost four crowns”: “Check the price.”");
	free(desc);
	assert_int_equal(orph[0]->why, SIDECAR_TEXT_GONE);
	desc = sidecar_detail(orph[0]);
	assert_string_equal(desc, "not placed: its text is no longer in the article (it was at character 211) — "
	                          "note on “Tickets cost four crowns”: “Check the price.”");
	free(desc);
	free(orph);

	/* The next change saves everything under the new text's hash; the
	 * old file is left as it was. */
	struct gerr e = {0};
	sp = find(&a, "Update", 0);
	assert_true(sidecar_add_note(s, &a, sp.start, sp.end, "New paragraph.", &e) >= 0);
	assert_string_not_equal(sidecar_path(s), old_file);
	char *new_file = xstrdup(sidecar_path(s));
	sidecar_free(s);
	article_close(&a);
	assert_int_equal(access(old_file, F_OK), 0);

	open_article(&a, path);
	s = open_sidecar(&a);
	assert_null(sidecar_inherited(s));
	assert_string_equal(sidecar_path(s), new_file);
	assert_int_equal(sidecar_count(s), 9);
	assert_int_equal(sidecar_apply(s, &a, NULL), 1);      /* the orphan is still there */
	sidecar_free(s);

	/* For an export, the orphan is reported. */
	article_close(&a);
	open_article(&a, path);
	struct gerr w = {0};
	assert_int_equal(sidecar_apply_for_export(&a, &w), 1);
	assert_non_null(strstr(w.msg, "1 annotation could not be placed"));
	article_close(&a);
	free(new_file);
	free(old_file);
	free(path);
}

static char *sidecar_file_for(struct article *a)
{
	struct sidecar *s = sidecar_open(a, NULL);
	char *p = xstrdup(sidecar_path(s));
	sidecar_free(s);
	return p;
}

static void write_raw(const char *path, const char *text)
{
	char *d = xstrdup(path);
	*strrchr(d, '/') = 0;
	assert_int_equal(paths_mkdirs(d), 0);
	free(d);
	struct gerr e = {0};
	assert_int_equal(file_write_atomic(path, text, strlen(text), &e), 0);
}

static void check_corrupt(const char *content, const char *want_msg)
{
	char *path = write_article("bad.txt", V1);
	struct article a;
	open_article(&a, path);
	char *file = sidecar_file_for(&a);
	write_raw(file, content);

	struct gerr w = {0};
	struct sidecar *s = sidecar_open(&a, &w);
	assert_true(w.code != 0);
	char *prefix = xasprintf("%s:", file);
	assert_true(strncmp(w.msg, prefix, strlen(prefix)) == 0);
	assert_non_null(strstr(w.msg, want_msg));
	assert_int_equal(sidecar_count(s), 0);
	assert_int_equal(sidecar_apply(s, &a, NULL), 0);

	/* Opening changes nothing on disk. */
	char *got = NULL;
	size_t len = 0;
	struct gerr e = {0};
	assert_int_equal(file_read_all(file, &got, &len, &e), 0);
	assert_string_equal(got, content);
	free(got);

	/* Saving moves the damaged file aside, intact, and writes a good one. */
	struct span sp = find(&a, "Ferry", 0);
	assert_true(sidecar_add_note(s, &a, sp.start, sp.end, "after the damage", &e) >= 0);
	const char *moved = sidecar_moved_aside(s);
	assert_non_null(moved);
	assert_true(strncmp(moved, file, strlen(file)) == 0);
	assert_non_null(strstr(moved, ".corrupt-"));
	assert_int_equal(file_read_all(moved, &got, &len, &e), 0);
	assert_string_equal(got, content);
	free(got);
	unlink(moved);
	sidecar_free(s);
	s = open_sidecar(&a);
	assert_int_equal(sidecar_count(s), 1);
	sidecar_free(s);
	unlink(file);

	free(prefix);
	free(file);
	article_close(&a);
	free(path);
}

static void test_corrupt_kept(void **state)
{
	(void)state;
	check_corrupt("glose-annotations: 1\nrecords: [\n  {kind: note\n", "");
	check_corrupt("glose-annotations: 1\nrecords:\n  - kind: nope\n", ":3:11: unknown record kind 'nope'");
	check_corrupt("glose-annotations: 2\nrecords: []\n", ":1:20: unsupported format version '2'");
	check_corrupt("glose-annotations: 1\nrecords:\n  - kind: note\n    at: {start: 9, end: 3, exact: x}\n",
	              ":4:25: 'end' is before 'start'");
	check_corrupt("glose-annotations: 1\nrecords:\n  - kind: note\n    at: {start: 0, end: 1, exact: x}\n    tag: t\n",
	              ":5:5: 'tag' does not belong in a 'note' record");
	check_corrupt("", "empty file");
	check_corrupt("\xff\xfe garbage", "");
	/* A key written twice (a hand edit, a merge): neither value is
	 * dropped in silence; the file is kept and later moved aside whole. */
	check_corrupt("glose-annotations: 1\nrecords:\n  - kind: note\n    at: {start: 0, end: 5, exact: Ferry}\n"
	              "    body: first thought\n    body: second thought\n",
	              ":6:5: duplicate key \"body\" (first at line 5) (annotations not loaded; the file is kept)");
	check_corrupt("glose-annotations: 1\nrecords:\n  - kind: tag\n    at: {start: 0, end: 5, exact: Ferry}\n"
	              "    tag: mine\nrecords:\n  - kind: tag\n    at: {start: 0, end: 5, exact: Ferry}\n    tag: theirs\n",
	              ":6:1: duplicate key \"records\" (first at line 2)");
	check_corrupt("glose-annotations: 1\nrecords:\n  - kind: note\n    at: {start: 0, end: 5, exact: Ferry, end: 4}\n",
	              ":4:42: duplicate key \"end\" (first at line 4)");
}

static void test_odd_text_round_trips(void **state)
{
	(void)state;
	char *path = write_article("odd.txt", V1);
	struct article a;
	open_article(&a, path);
	struct sidecar *s = open_sidecar(&a);
	static const char *bodies[] = {
		"null", "~", "  leading and trailing  ", "- a list?", "key: value", "# not a comment",
		"tab\there, line\nbreak, \"quotes\", back\\slash", "bell \a, escape \x1b[31m, del \x7f",
		"U+2028 \u2028 U+0085 \xc2\x85 BOM \ufeff emoji \U0001F6A2 q\u0303", "'single' & *star* [link](x)", "",
	};
	struct span sp = find(&a, "Ferry", 0);
	struct gerr e = {0};
	for (size_t i = 0; i < ARRAY_LEN(bodies); i++)
		assert_true(sidecar_add_note(s, &a, sp.start, sp.end, bodies[i], &e) >= 0);
	/* Invalid UTF-8 from the keyboard is repaired, not refused. */
	assert_true(sidecar_add_note(s, &a, sp.start, sp.end, "bad \xc3 byte", &e) >= 0);
	assert_true(sidecar_add_tag(s, &a, sp.start, sp.end, "two words", &e) >= 0);
	sidecar_free(s);
	s = open_sidecar(&a);
	assert_int_equal(sidecar_count(s), ARRAY_LEN(bodies) + 2);
	for (size_t i = 0; i < ARRAY_LEN(bodies); i++)
		assert_string_equal(sidecar_get(s, i)->text, bodies[i]);
	assert_string_equal(sidecar_get(s, ARRAY_LEN(bodies))->text, "bad \xef\xbf\xbd byte");
	assert_string_equal(sidecar_get(s, ARRAY_LEN(bodies) + 1)->text, "two words");
	sidecar_free(s);
	article_close(&a);
	free(path);
}

/* An actor marked wrong said nothing: its quotations lose their speaker,
 * in the store and in the export, until it is undone; reopening does the
 * same. */
static void test_delete_speaker(void **state)
{
	(void)state;
	char *path = write_article("speaker.txt", V1);
	struct article a;
	open_article(&a, path);
	struct sidecar *s = open_sidecar(&a);
	sidecar_apply(s, &a, NULL);
	char *pristine = json_of(&a);
	int nadia = annots_find_actor(a.an, "Nadia Berg");
	int *ids = NULL;
	size_t cap = 0;
	assert_int_equal(annots_quotes_of(a.an, nadia, &ids, &cap), 2);
	struct gerr e = {0};
	assert_int_equal(sidecar_delete_actor(s, &a, nadia, &e), nadia);
	assert_int_equal(annots_quotes_of(a.an, nadia, &ids, &cap), 0);
	assert_int_equal(annots_quotes_of(a.an, -1, &ids, &cap), 2);
	char *deleted = json_of(&a);
	assert_null(strstr(deleted, "\"name\": \"Nadia Berg\""));
	assert_non_null(strstr(deleted, "\"text\": \"The early boat stays.\", \"speaker\": null"));
	assert_non_null(strstr(pristine, "\"name\": \"Nadia Berg\""));
	sidecar_free(s);
	article_close(&a);

	open_article(&a, path);
	s = open_sidecar(&a);
	assert_int_equal(sidecar_apply(s, &a, NULL), 0);
	char *again = json_of(&a);
	assert_string_equal(again, deleted);
	assert_int_equal(sidecar_undo_last(s, &a, &e), 1);
	assert_int_equal(annots_quotes_of(a.an, nadia, &ids, &cap), 2);
	char *undone = json_of(&a);
	assert_string_equal(undone, pristine);
	sidecar_free(s);
	article_close(&a);
	free(ids);
	free(pristine);
	free(deleted);
	free(again);
	free(undone);
	free(path);
}

static void test_bad_calls(void **state)
{
	(void)state;
	char *path = write_article("calls.txt", V1);
	struct article a;
	open_article(&a, path);
	struct sidecar *s = open_sidecar(&a);
	struct gerr e = {0};
	assert_int_equal(sidecar_add_note(s, &a, 5, 5, "empty", &e), -1);
	assert_int_equal(sidecar_add_note(s, &a, 0, doc_len(a.doc) + 1, "past the end", &e), -1);
	assert_int_equal(sidecar_reassign(s, &a, 9999, -1, &e), -1);
	int m = span_at(&a, ANN_MENTION, "Nadia Berg", 0);
	assert_int_equal(sidecar_reassign(s, &a, m, -1, &e), -1);     /* not a quotation */
	assert_int_equal(sidecar_delete(s, &a, -1, &e), -1);
	assert_int_equal(sidecar_delete_actor(s, &a, 42, &e), -1);
	assert_int_equal(sidecar_add_actor(s, &a, "", ACTOR_PERSON, NULL, 0, 0, &e), -1);
	assert_int_equal(sidecar_add_tag(s, &a, 0, 5, "", &e), -1);
	assert_int_equal(sidecar_count(s), 0);
	/* A quotation with no speaker, then deleted with its record undone. */
	int q = span_at(&a, ANN_QUOTE, "The early boat stays.", 0);
	assert_int_equal(sidecar_reassign(s, &a, q, -1, &e), q);
	assert_int_equal(annots_get(a.an, q)->actor, -1);
	assert_int_equal(sidecar_delete(s, &a, q, &e), q);
	assert_int_equal(sidecar_reassign(s, &a, q, -1, &e), -1);     /* deleted now */
	assert_int_equal(sidecar_undo_last(s, &a, &e), 1);
	assert_false(annots_get(a.an, q)->flags & ANN_DELETED);
	assert_int_equal(sidecar_undo_last(s, &a, &e), 1);
	assert_int_equal(annots_get(a.an, q)->actor, 0);
	assert_string_equal(annots_str(a.an, q), "Nadia Berg");
	sidecar_free(s);
	article_close(&a);
	free(path);
}

/* When the file cannot be written, the change is taken back. */
static void test_save_failure(void **state)
{
	(void)state;
	char *path = write_article("ro.txt", V1);
	struct article a;
	open_article(&a, path);
	struct sidecar *s = open_sidecar(&a);
	/* $XDG_DATA_HOME/glose is a file: nothing can be created under it. */
	char *data = xasprintf("%s/data", dir);
	mkdir(data, 0755);
	char *glose = xasprintf("%s/glose", data);
	write_raw(glose, "not a folder\n");
	char *before = json_of(&a);
	struct gerr e = {0};
	struct span sp = find(&a, "Ferry", 0);
	assert_int_equal(sidecar_add_note(s, &a, sp.start, sp.end, "lost?", &e), -1);
	assert_true(e.msg[0] != 0);
	int late = span_at(&a, ANN_QUOTE, "The late boat goes.", 0);
	assert_int_equal(sidecar_reassign(s, &a, late, 1, &e), -1);
	assert_int_equal(sidecar_delete_actor(s, &a, 1, &e), -1);
	assert_int_equal(sidecar_count(s), 0);
	char *after = json_of(&a);
	assert_string_equal(before, after);
	unlink(glose);
	free(before);
	free(after);
	free(glose);
	free(data);
	sidecar_free(s);
	article_close(&a);
	free(path);
}

/* The same text read from standard input or from memory has no path to
 * remember, but its sidecar is still found by the text's hash. */
static void test_by_hash_only(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, V1, "en", NULL, "none");
	fake_extract(&a);
	struct sidecar *s = open_sidecar(&a);
	struct gerr e = {0};
	struct span sp = find(&a, "spring", 0);
	assert_true(sidecar_add_note(s, &a, sp.start, sp.end, "in memory", &e) >= 0);
	sidecar_free(s);
	article_close(&a);
	char *path = write_article("same.txt", V1);
	open_article(&a, path);
	s = open_sidecar(&a);
	assert_int_equal(sidecar_count(s), 1);
	assert_string_equal(sidecar_get(s, 0)->text, "in memory");
	sidecar_free(s);
	article_close(&a);
	free(path);
}

/* A temporary file left by a killed save is removed once it is old;
 * a fresh one may belong to a save in progress and stays. */
static void test_stale_tmp_removed(void **state)
{
	(void)state;
	char *path = write_article("tmp.txt", V1);
	struct article a;
	open_article(&a, path);
	char *file = sidecar_file_for(&a);
	char *old = xasprintf("%s.glose-tmp.AAAAAA", file), *fresh = xasprintf("%s.glose-tmp.BBBBBB", file);
	write_raw(old, "glose-annotations: 1\nrec");
	write_raw(fresh, "glose-annotations: 1\nrec");
	struct timeval tv[2] = {{time(NULL) - 7200, 0}, {time(NULL) - 7200, 0}};
	assert_int_equal(utimes(old, tv), 0);
	struct sidecar *s = open_sidecar(&a);
	assert_int_equal(sidecar_count(s), 0);
	assert_int_equal(access(old, F_OK), -1);
	assert_int_equal(access(fresh, F_OK), 0);
	sidecar_free(s);
	free(old);
	free(fresh);
	free(file);
	article_close(&a);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_undo, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reanchor, setup, teardown),
		cmocka_unit_test_setup_teardown(test_corrupt_kept, setup, teardown),
		cmocka_unit_test_setup_teardown(test_odd_text_round_trips, setup, teardown),
		cmocka_unit_test_setup_teardown(test_delete_speaker, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_calls, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_failure, setup, teardown),
		cmocka_unit_test_setup_teardown(test_by_hash_only, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_tmp_removed, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
