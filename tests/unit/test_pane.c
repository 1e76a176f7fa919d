/* test_pane.c — the panes built from an annotation store: who said what
 * (grouping, counts, roles, reported speech, Enter), the timeline (date
 * order, times when there are no events), the actors (counts, other
 * names, the focused actor, Enter walking the mentions), the notes (the
 * reader's notes, then the sidecar's records that could not be placed,
 * each shown at length on the status line when selected). */
#include "testutil.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pane.h"
#include "paths.h"
#include "sidecar.h"

static const char text[] =
	"Le port rouvre\n"
	"Ada Moreau a dit : \xc2\xab Le port rouvrira lundi. \xc2\xbb Karl Brenner a promis que les quais seraient pr\xc3\xaats.\n"
	"Selon la ministre, les travaux ont commenc\xc3\xa9 le 3 mars. \xc2\xab Tout ira bien \xc2\xbb, a ajout\xc3\xa9 Ada Moreau.\n"
	"Un porte-parole a parl\xc3\xa9 d'un \xc2\xab retard l\xc3\xa9ger \xc2\xbb.\n";

struct fx {
	struct article a;
	int ada, karl, q1, q2, q3, q4;
	int8_t spk[2];
	struct hl_ctx hl;
};

static size_t at(const char *needle, int nth)
{
	const char *p = text;
	for (int i = 0; i < nth; i++) {
		p = strstr(i ? p + 1 : p, needle);
		assert_non_null(p);
	}
	return (size_t)(p - text);
}

static int quote(annots *an, const char *inner, int actor, enum quote_kind k, bool marks)
{
	size_t s = at(inner, 1);
	int id = annots_add(an, ANN_QUOTE, s, s + strlen(inner), actor, -1, k, 1, NULL);
	if (marks) {
		annots_set_outer(an, id, s - 3, s + strlen(inner) + 3);   /* "« " */
	}
	return id;
}

static int setup(void **state)
{
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "en_US.UTF-8");
	struct fx *f = xcalloc(1, sizeof *f);
	test_article(&f->a, text, "fr", "2025-12-03", "none");
	annots *an = f->a.an;
	f->ada = annots_add_actor(an, "Ada Moreau", ACTOR_PERSON, "ministre", ACTOR_FEMALE);
	f->karl = annots_add_actor(an, "Karl Brenner", ACTOR_PERSON, NULL, ACTOR_MALE);
	annots_add(an, ANN_MENTION, at("Ada Moreau", 1), at("Ada Moreau", 1) + 10, f->ada, -1, MENTION_NAME, 1, NULL);
	annots_add(an, ANN_MENTION, at("la ministre", 1), at("la ministre", 1) + 11, f->ada, -1, MENTION_ROLE, 1, NULL);
	annots_add(an, ANN_MENTION, at("Ada Moreau", 2), at("Ada Moreau", 2) + 10, f->ada, -1, MENTION_NAME, 1, NULL);
	annots_add(an, ANN_MENTION, at("Karl Brenner", 1), at("Karl Brenner", 1) + 12, f->karl, -1, MENTION_NAME, 1, NULL);
	f->q1 = quote(an, "Le port rouvrira lundi.", f->ada, QUOTE_DIRECT, true);
	f->q2 = quote(an, "les quais seraient pr\xc3\xaats", f->karl, QUOTE_INDIRECT, false);
	f->q3 = quote(an, "Tout ira bien", f->ada, QUOTE_DIRECT, true);
	f->q4 = quote(an, "retard l\xc3\xa9ger", -1, QUOTE_DIRECT, true);
	size_t d = at("le 3 mars", 1);
	annots_add(an, ANN_TIME, d, d + 9, -1, -1, TIME_DATE, 1, "2025-03-03");
	size_t l = at("lundi", 1);
	annots_add(an, ANN_TIME, l, l + 5, -1, -1, TIME_DATE, 1, "2025-12-08");
	f->spk[0] = 0;
	f->spk[1] = 1;
	f->hl.an = an;
	f->hl.spk = f->spk;
	f->hl.nspk = 2;
	f->hl.cur_quote = -1;
	f->hl.focus_actor = -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	article_close(&f->a);
	free(f);
	ui_cells_cleanup();
	return 0;
}

static struct pane_ctx ctx(struct fx *f)
{
	return (struct pane_ctx){&f->a, f->a.an, &f->hl, 0};
}

static size_t find_item(struct pane *p, const char *prefix)
{
	for (size_t i = 0; i < p->list.n; i++)
		if (strncmp(p->list.it[i].text, prefix, strlen(prefix)) == 0)
			return i;
	fail_msg("no item starting with '%s'", prefix);
	return 0;
}

static void test_who(void **state)
{
	struct fx *f = *state;
	struct pane p = {0};
	p.ops = pane_ops_of(PANE_WHO);
	assert_ptr_equal(p.ops, &pane_who);
	struct pane_ctx cx = ctx(f);
	pane_build(&p, &cx, 1);
	assert_string_equal(p.title, "who said what \xc2\xb7 2 speakers, 4 quotations");
	/* Most quoted first, unattributed last. */
	assert_string_equal(p.list.it[0].text, "Ada Moreau (2) \xc2\xb7 ministre");
	assert_string_equal(p.list.it[1].text, "\xc2\xab Le port rouvrira lundi. \xc2\xbb");
	assert_string_equal(p.list.it[2].text, "\xc2\xab Tout ira bien \xc2\xbb");
	assert_string_equal(p.list.it[3].text, "Karl Brenner (1)");
	assert_string_equal(p.list.it[4].text, "reported: les quais seraient pr\xc3\xaats");
	assert_string_equal(p.list.it[5].text, "no known speaker (1)");
	/* The speaker's colour on the heading's name. */
	assert_int_equal(p.list.it[0].mark[0].slot, SLOT_SPEAKER0);
	assert_int_equal(p.list.it[3].mark[0].slot, SLOT_SPEAKER1);
	/* Enter on a quotation: go there, make it current. */
	list_select(&p.list, 2);
	int fl = pane_key(&p, &cx, ACT_DOWN2, '\n', false);
	assert_true(fl & PANE_JUMP);
	assert_int_equal(p.quote, f->q3);
	assert_int_equal(p.to.start, annots_get(f->a.an, f->q3)->start);
	/* Movement skips nothing: headings are items too (Enter on one goes to
	 * the speaker's first quotation). */
	pane_key(&p, &cx, ACT_DOWN, 'j', false);
	assert_int_equal(p.list.sel, 3);
	fl = pane_key(&p, &cx, ACT_DOWN2, '\n', false);
	assert_int_equal(p.quote, f->q2);
	/* A key the pane does not use is left to the reader. */
	assert_int_equal(pane_key(&p, &cx, ACT_QUIT, 'q', false), 0);
	list_free(&p.list);
}

static void test_timeline(void **state)
{
	struct fx *f = *state;
	struct pane p = {0};
	p.ops = pane_ops_of(PANE_TIMELINE);
	struct pane_ctx cx = ctx(f);
	pane_build(&p, &cx, 1);
	/* No events extracted: the time expressions, in date order. */
	assert_int_equal(p.list.n, 2);
	assert_true(strncmp(p.list.it[0].text, "2025-03-03  Selon la ministre", 29) == 0);
	assert_true(strncmp(p.list.it[1].text, "2025-12-08  Ada Moreau a dit", 28) == 0);
	assert_int_equal(p.list.it[0].mark[0].slot, SLOT_TIME);
	assert_true(strstr(p.title, "no events") != NULL);
	/* With an event: events instead, with their actors. */
	annots *an = f->a.an;
	size_t n;
	const int *tm = annots_of_kind(an, ANN_TIME, &n);
	int t_lundi = tm[0], t_mars = tm[1];
	int ev1 = annots_add(an, ANN_EVENT, at("Le port rouvrira", 1), at("Le port rouvrira", 1) + 16, -1, t_lundi, 0, 1,
	                     "le port rouvre");
	annots_event_add_actor(an, ev1, f->ada);
	annots_add(an, ANN_EVENT, at("les travaux", 1), at("les travaux", 1) + 11, -1, t_mars, 0, 1, "travaux");
	pane_build(&p, &cx, 2);
	assert_int_equal(p.list.n, 2);
	assert_string_equal(p.list.it[0].text, "2025-03-03  travaux");
	assert_string_equal(p.list.it[1].text, "2025-12-08  Ada Moreau \xe2\x80\x94 le port rouvre");
	assert_int_equal(pane_key(&p, &cx, ACT_BOTTOM, 'G', false), PANE_HANDLED);
	int fl = pane_key(&p, &cx, ACT_DOWN2, '\n', false);
	assert_true(fl & PANE_JUMP);
	assert_int_equal(p.to.start, at("Le port rouvrira", 1));
	/* Back to no events for the other tests. */
	annots_delete(an, ev1, true);
	annots_delete(an, ev1 + 1, true);
	list_free(&p.list);
}

static void test_actors(void **state)
{
	struct fx *f = *state;
	struct pane p = {0};
	p.ops = pane_ops_of(PANE_ACTORS);
	struct pane_ctx cx = ctx(f);
	pane_build(&p, &cx, 1);
	assert_string_equal(p.title, "actors \xc2\xb7 2");
	size_t i = find_item(&p, "Ada Moreau");
	assert_string_equal(p.list.it[i].text, "Ada Moreau  person \xc3\x97""3");
	assert_string_equal(p.list.it[i + 1].text, "aka la ministre, ministre");
	assert_false(p.list.it[i + 1].selectable);
	/* Moving the selection focuses the actor. */
	list_select(&p.list, i);
	int fl = pane_key(&p, &cx, ACT_DOWN, 'j', false);
	assert_true(fl & PANE_FOCUS_ACTOR);
	assert_int_equal(p.actor, f->karl);
	fl = pane_key(&p, &cx, ACT_UP, 'k', false);
	assert_int_equal(p.actor, f->ada);
	/* Enter walks through her mentions, then round. */
	size_t first = at("Ada Moreau", 1), second = at("la ministre", 1), third = at("Ada Moreau", 2);
	size_t seen[4];
	for (int k = 0; k < 4; k++) {
		fl = pane_key(&p, &cx, ACT_DOWN2, '\n', false);
		assert_true(fl & PANE_JUMP);
		seen[k] = p.to.start;
	}
	assert_int_equal(seen[0], first);
	assert_int_equal(seen[1], second);
	assert_int_equal(seen[2], third);
	assert_int_equal(seen[3], first);
	list_free(&p.list);
}

/* A sidecar written by hand for this text: a note on text it has, a note
 * and a speaker correction on text it does not have (orphans), and a tag
 * on a phrase it has twice, with no context to choose (an orphan too). */
static const char sidecar_yaml[] =
	"glose-annotations: 1\n"
	"records:\n"
	"- kind: note\n"
	"  at: {start: 48, end: 61, exact: \"Karl Brenner \", prefix: \"\\xBB \", suffix: \"a promis\"}\n"
	"  body: \"promised, not said\"\n"
	"- kind: note\n"
	"  at: {start: 200, end: 222, exact: \"Le ferry part \\xE0 l'aube.\"}\n"
	"  body: \"ask the harbour master\"\n"
	"- kind: speaker\n"
	"  at: {start: 300, end: 310, exact: \"Rien ne va\"}\n"
	"  actor: \"Karl Brenner\"\n"
	"  actor-type: person\n"
	"- kind: tag\n"
	"  at: {start: 5, end: 15, exact: \"Ada Moreau\", prefix: \"La d\\xE9l\\xE9gu\\xE9e \", suffix: \" a sign\\xE9\"}\n"
	"  tag: \"minister\"\n";

static void test_notes(void **state)
{
	struct fx *f = *state;
	char dir[] = "/tmp/glose-pane-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *data = xasprintf("%s/data", dir);
	setenv("XDG_DATA_HOME", data, 1);
	struct sidecar *s = sidecar_open(&f->a, NULL);
	char *file = xstrdup(sidecar_path(s));
	sidecar_free(s);
	char *folder = xstrdup(file);
	*strrchr(folder, '/') = 0;
	assert_int_equal(paths_mkdirs(folder), 0);
	struct gerr e = {0};
	assert_int_equal(file_write_atomic(file, sidecar_yaml, strlen(sidecar_yaml), &e), 0);

	struct gerr w = {0};
	s = sidecar_open(&f->a, &w);
	assert_int_equal(w.code, 0);
	assert_int_equal(sidecar_count(s), 4);
	assert_int_equal(sidecar_apply(s, &f->a, NULL), 3);

	struct pane p = {0};
	p.ops = pane_ops_of(PANE_NOTES);
	assert_ptr_equal(p.ops, &pane_notes);
	struct pane_ctx cx = ctx(f);
	cx.sc = s;
	pane_build(&p, &cx, 1);
	assert_string_equal(p.title, "notes (1) \xc2\xb7 3 not placed");
	assert_int_equal(p.list.n, 5);
	assert_string_equal(p.list.it[0].text, "promised, not said \xe2\x80\x94 \xe2\x80\x9cKarl Brenner\xe2\x80\x9d");
	assert_true(p.list.it[0].selectable);
	/* The orphans: listed, never dropped, under a heading one cannot select. */
	assert_string_equal(p.list.it[1].text, "could not be placed (3)");
	assert_false(p.list.it[1].selectable);
	assert_string_equal(p.list.it[2].text, "note on \xe2\x80\x9cLe ferry part \xc3\xa0 l'aube.\xe2\x80\x9d: "
	                    "\xe2\x80\x9c" "ask the harbour master\xe2\x80\x9d");
	assert_string_equal(p.list.it[3].text, "speaker of \xe2\x80\x9cRien ne va\xe2\x80\x9d set to "
	                    "\xe2\x80\x9cKarl Brenner\xe2\x80\x9d");
	assert_string_equal(p.list.it[4].text, "tag \xe2\x80\x9cminister\xe2\x80\x9d on \xe2\x80\x9c"
	                    "Ada Moreau\xe2\x80\x9d");
	for (size_t i = 2; i < 5; i++)
		assert_true(p.list.it[i].selectable);

	/* Selecting an item shows it at length on the status line. */
	list_select(&p.list, 0);
	int fl = pane_key(&p, &cx, ACT_DOWN, 'j', false);
	assert_int_equal(p.list.sel, 2);          /* the heading is skipped */
	assert_true(fl & PANE_MESSAGE);
	assert_string_equal(p.msg, "not placed: its text is no longer in the article (it was at character 200) "
	                    "\xe2\x80\x94 note on \xe2\x80\x9cLe ferry part \xc3\xa0 l'aube.\xe2\x80\x9d: "
	                    "\xe2\x80\x9c" "ask the harbour master\xe2\x80\x9d");
	/* Enter on an orphan has nowhere to go: it says what it is. */
	p.msg[0] = 0;
	fl = pane_key(&p, &cx, ACT_DOWN2, '\n', false);
	assert_false(fl & PANE_JUMP);
	assert_true(fl & PANE_MESSAGE);
	assert_non_null(strstr(p.msg, "not placed"));
	pane_key(&p, &cx, ACT_DOWN, 'j', false);
	assert_non_null(strstr(p.msg, "not placed: its text is no longer in the article (it was at character 300) "
	                       "\xe2\x80\x94 speaker of \xe2\x80\x9cRien ne va\xe2\x80\x9d set to "
	                       "\xe2\x80\x9cKarl Brenner\xe2\x80\x9d"));
	pane_key(&p, &cx, ACT_DOWN, 'j', false);
	assert_non_null(strstr(p.msg, "not placed: its text is in the article several times"));
	/* Back on the note: its text at length; Enter goes to it. */
	fl = pane_key(&p, &cx, ACT_TOP, 'g', false);
	assert_true(fl & PANE_MESSAGE);
	assert_string_equal(p.msg, "note: promised, not said");
	fl = pane_key(&p, &cx, ACT_DOWN2, '\n', false);
	assert_true(fl & PANE_JUMP);
	assert_int_equal(p.to.start, at("Karl Brenner", 1));
	assert_int_equal(p.to.end, at("Karl Brenner", 1) + 13);

	/* Without a sidecar (or with no orphans), only the notes. */
	cx.sc = NULL;
	pane_build(&p, &cx, 2);
	assert_string_equal(p.title, "notes (1)");
	assert_int_equal(p.list.n, 1);

	list_free(&p.list);
	sidecar_free(s);
	unlink(file);
	rmdir(folder);
	*strrchr(folder, '/') = 0;
	rmdir(folder);
	rmdir(data);
	rmdir(dir);
	free(folder);
	free(file);
	free(data);
}

static void test_snippet(void **state)
{
	(void)state;
	const char *t = "  un  texte\n\tsur deux\xc2\xa0lignes  ";
	char *s = pane_snippet(t, 0, strlen(t), 100);
	assert_string_equal(s, "un texte sur deux lignes");
	free(s);
	s = pane_snippet("\xc3\xa9t\xc3\xa9", 0, 4, 3);   /* never half a character */
	assert_string_equal(s, "\xc3\xa9t");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_who),
		cmocka_unit_test(test_timeline),
		cmocka_unit_test(test_actors),
		cmocka_unit_test(test_snippet),
		cmocka_unit_test(test_notes),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
