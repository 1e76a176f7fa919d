/* test_events.c — events anchored by time expressions: clauses, actors,
 * summaries, and the timeline order.  Sentences written for these tests. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "timeline.h"

static size_t at(const struct article *a, const char *needle)
{
	const char *t = doc_text(a->doc), *p = strstr(t, needle);
	assert_non_null(p);
	return (size_t)(p - t);
}

/* The event whose time has text `text`, or NULL. */
static const struct ann *event_of(struct article *a, const char *text)
{
	size_t n;
	const int *ids = annots_of_kind(a->an, ANN_EVENT, &n);
	const char *t = doc_text(a->doc);
	for (size_t i = 0; i < n; i++) {
		const struct ann *e = annots_get(a->an, ids[i]);
		const struct ann *tm = annots_get(a->an, e->link);
		if (tm && tm->kind == ANN_TIME && tm->end - tm->start == strlen(text) &&
		    memcmp(t + tm->start, text, tm->end - tm->start) == 0)
			return e;
	}
	return NULL;
}

/* The summary of event e (the store keeps none: it is built when asked for). */
static const char *summary_of(struct article *a, const struct ann *e)
{
	static char buf[512];
	char *s = timeline_summary(a->doc, a->an, annots_id(a->an, e));
	assert_non_null(s);
	snprintf(buf, sizeof buf, "%s", s);
	free(s);
	return buf;
}

static bool has_actor(annots *an, const struct ann *e, int actor)
{
	size_t n;
	const int *acts = annots_event_actors(an, annots_id(an, e), &n);
	for (size_t k = 0; k < n; k++)
		if (acts[k] == actor)
			return true;
	return false;
}

static void run_events(struct article *a)
{
	struct xctx x = {a->doc, a->an, a->lang};
	struct gerr e = {0};
	assert_int_equal(extract_events.run(&x, &e), 0);
}

static void test_clauses_and_merging(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Conseil\n"
	                 "Le conseil s'est réuni mardi à 17 heures ; il reprendra vendredi.\n"
	                 "La séance a duré cinq heures.\n",
	             "fr", "2025-12-03", "timex,events");
	size_t n;
	annots_of_kind(a.an, ANN_EVENT, &n);
	assert_int_equal(n, 3);
	/* « mardi à 17 heures » is one moment: one event, on the hour */
	assert_null(event_of(&a, "mardi"));
	const struct ann *e = event_of(&a, "mardi à 17 heures");
	assert_non_null(e);
	assert_int_equal(e->start, at(&a, "Le conseil"));
	assert_int_equal(e->end, at(&a, " ; il"));                 /* the clause stops at « ; » */
	assert_string_equal(summary_of(&a, e), "Le conseil s'est réuni mardi à 17 heures");
	e = event_of(&a, "vendredi");
	assert_non_null(e);
	assert_string_equal(summary_of(&a, e), "il reprendra vendredi.");
	e = event_of(&a, "cinq heures");
	assert_non_null(e);
	article_close(&a);
}

static void test_actors(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Visite\n"
	                 "Ada Moreau a rencontré Paul Lenoir mardi ; Lise Brun arrivera jeudi.\n"
	                 "« Nous signerons lundi », a dit Paul Lenoir.\n",
	             "fr", "2025-12-03", "timex");
	annots *an = a.an;
	int ada = annots_add_actor(an, "Ada Moreau", ACTOR_PERSON, NULL, 0);
	int paul = annots_add_actor(an, "Paul Lenoir", ACTOR_PERSON, NULL, 0);
	int lise = annots_add_actor(an, "Lise Brun", ACTOR_PERSON, NULL, 0);
	size_t p = at(&a, "Ada Moreau");
	annots_add(an, ANN_MENTION, p, p + 10, ada, -1, MENTION_NAME, 1, NULL);
	p = at(&a, "Paul Lenoir");
	annots_add(an, ANN_MENTION, p, p + 11, paul, -1, MENTION_NAME, 1, NULL);
	p = at(&a, "Lise Brun");
	annots_add(an, ANN_MENTION, p, p + 9, lise, -1, MENTION_NAME, 1, NULL);
	p = at(&a, "Nous signerons");
	int q = annots_add(an, ANN_QUOTE, p, p + strlen("Nous signerons lundi"), paul, -1, QUOTE_DIRECT, 1, NULL);
	p = at(&a, "a dit");
	int c = annots_add(an, ANN_CUE, p, p + 5, -1, q, 0, 1, NULL);
	annots_get(an, q)->link = c;
	run_events(&a);
	const struct ann *e = event_of(&a, "mardi");
	assert_non_null(e);
	assert_true(has_actor(a.an, e, ada));
	assert_true(has_actor(a.an, e, paul));
	assert_false(has_actor(a.an, e, lise));       /* in the other clause */
	e = event_of(&a, "jeudi");
	assert_true(has_actor(a.an, e, lise));
	assert_false(has_actor(a.an, e, ada));
	/* inside a quotation: its speaker, from the quotation, not a mention */
	e = event_of(&a, "lundi");
	assert_non_null(e);
	assert_true(has_actor(a.an, e, paul));
	size_t nact;
	annots_event_actors(a.an, annots_id(a.an, e), &nact);
	assert_int_equal(nact, 1);
	article_close(&a);
}

static void test_summary_cut(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Long\n"
	                 "Selon plusieurs sources concordantes proches du dossier et de la préfecture du département, "
	                 "la digue principale du port aurait cédé dans la nuit de mardi sous la pression "
	                 "des vagues\x01 et du vent.\n",
	             "fr", "2025-12-03", "timex,events");
	const struct ann *e = event_of(&a, "nuit de mardi");
	assert_non_null(e);
	const char *s = summary_of(&a, e);
	assert_non_null(s);
	/* at most 80 characters, cut at a word boundary with an ellipsis */
	assert_true(utf8_cplen(s, strlen(s)) <= 80);
	assert_non_null(strstr(s, "mardi"));
	size_t n = strlen(s);
	assert_true(n > 3 && strcmp(s + n - 3, "\xe2\x80\xa6") == 0);
	assert_true(s[n - 4] != ' ');
	for (const char *c = s; *c; c++)
		assert_true((unsigned char)*c >= 0x20);
	/* the cut falls between words: the text before the ellipsis is whole words of the sentence */
	char *head = xstrndup(s, n - 3);
	const char *body = head;
	if (strncmp(body, "\xe2\x80\xa6", 3) == 0)
		body += 3;
	const char *t = doc_text(a.doc);
	const char *in = strstr(t, body);
	assert_non_null(in);
	char after = in[strlen(body)];
	assert_true(after == ' ' || after == ',' || after == '.');
	free(head);
	article_close(&a);
}

/* White space runs of any kind count as one space and control characters
 * are dropped; plain single spaces are kept as they are. */
static void test_summary_blanks(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Blancs\n"
	                 "Le conseil\tse  r\xc3\xa9unira \xc2\xa0 mardi\x02 soir, puis   encore\x01 jeudi "
	                 "\xe2\x80\xaf matin.\n",
	             "fr", "2025-12-03", "timex,events");
	const struct ann *e = event_of(&a, "mardi");
	assert_non_null(e);
	assert_string_equal(summary_of(&a, e), "Le conseil se r\xc3\xa9unira mardi soir, puis encore jeudi matin.");
	article_close(&a);
}

static void test_timeline_order(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Chronologie\n"
	                 "Le traité a été signé le 3 mars 2024. "
	                 "Les négociations ont duré cinq heures. "
	                 "En 1998, une première tentative avait échoué. "
	                 "Hier à 17 heures, le texte est entré en vigueur. "
	                 "Le débat a repris mardi matin. "
	                 "Chaque lundi, le comité se réunit.\n",
	             "fr", "2025-12-03", "timex,events");
	int *ids = NULL;
	size_t cap = 0;
	struct timeline_key *keys = NULL;
	size_t kcap = 0;
	size_t n = timeline_order_keys(a.an, &ids, &cap, &keys, &kcap);
	assert_int_equal(n, 6);
	/* the set has no date: it stays after « mardi matin », which precedes it in the text */
	const char *order[] = {"1998", "3 mars 2024", "cinq heures", "mardi matin", "Chaque lundi", "Hier à 17 heures"};
	/* « Hier à 17 heures » is one expression: one event on the hour */
	const char *t = doc_text(a.doc);
	for (size_t i = 0; i < n; i++) {
		const struct ann *e = annots_get(a.an, ids[i]);
		const struct ann *tm = annots_get(a.an, e->link);
		const char *want = order[i];
		if (!(tm->end - tm->start == strlen(want) && memcmp(t + tm->start, want, strlen(want)) == 0))
			fail_msg("position %zu: [%.*s], expected [%s]", i, (int)(tm->end - tm->start), t + tm->start, want);
		if (i)
			assert_true(timeline_cmp(&keys[i - 1], &keys[i]) <= 0);
	}
	/* the undated duration sorts right after the dated event before it */
	assert_false(timeline_key(a.an, ids[2]).dated);
	assert_true(keys[2].dated && keys[2].when == keys[1].when);
	char lab[32];
	timeline_label("2025-12-02T17:00", lab, sizeof lab);
	assert_string_equal(lab, "2025-12-02 17:00");
	timeline_label("P5H", lab, sizeof lab);
	assert_string_equal(lab, "P5H");
	timeline_label(NULL, lab, sizeof lab);
	assert_string_equal(lab, "");
	free(ids);
	free(keys);
	article_close(&a);
}

static void test_no_times(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Rien\nLe port est calme.\n", "fr", NULL, "timex,events");
	size_t n;
	annots_of_kind(a.an, ANN_EVENT, &n);
	assert_int_equal(n, 0);
	int *ids = NULL;
	size_t cap = 0;
	assert_int_equal(timeline_order(a.an, &ids, &cap), 0);
	free(ids);
	article_close(&a);
}

static void test_english_events(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Vote\n"
	                 "The party voted this evening: the leader lost by 54 votes to 44.\n"
	                 "The ballot had been called at about 4:30pm.\n",
	             "en", NULL, "timex,events");
	const struct ann *e = event_of(&a, "this evening");
	assert_non_null(e);
	assert_string_equal(summary_of(&a, e), "The party voted this evening");
	e = event_of(&a, "about 4:30pm");
	assert_non_null(e);
	assert_string_equal(summary_of(&a, e), "The ballot had been called at about 4:30pm.");
	article_close(&a);
}

/* A clause of exactly 80 visible characters is shown whole, one of 81 is
 * cut, whatever the length of its runs of ASCII letters (counted a run at
 * a time up to the limit). */
static void test_summary_width_edge(void **state)
{
	(void)state;
	for (int extra = 0; extra <= 1; extra++) {
		/* "Le conseil votera mardi " (24) + a run + " sans faute." (12) */
		char run[64];
		size_t rl = 80 - 24 - 12 + (size_t)extra;
		memset(run, 'z', rl);
		run[rl] = 0;
		char *text = xasprintf("Titre\nLe conseil votera mardi %s sans faute.\n", run);
		struct article a;
		test_article(&a, text, "fr", "2025-12-03", "timex,events");
		const struct ann *e = event_of(&a, "mardi");
		assert_non_null(e);
		const char *s = summary_of(&a, e);
		size_t n = strlen(s);
		bool cut = n >= 3 && strcmp(s + n - 3, "\xe2\x80\xa6") == 0;
		if (extra)
			assert_true(cut);
		else
			assert_int_equal(utf8_cplen(s, n), 80);
		assert_false(extra == 0 && cut);
		article_close(&a);
		free(text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clauses_and_merging),
		cmocka_unit_test(test_actors),
		cmocka_unit_test(test_summary_cut),
		cmocka_unit_test(test_summary_blanks),
		cmocka_unit_test(test_summary_width_edge),
		cmocka_unit_test(test_timeline_order),
		cmocka_unit_test(test_no_times),
		cmocka_unit_test(test_english_events),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
