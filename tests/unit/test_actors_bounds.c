/* test_actors_bounds.c — where a named actor's span starts and ends: lower-case
 * particles and Celtic articles inside names, post-nominal letters, a
 * demonym noun before a name, French place nouns opening a place's name;
 * on sentences written for these tests. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

static void open_text(struct article *a, const char *text, const char *code, const char *modules)
{
	memset(a, 0, sizeof *a);
	test_article(a, text, code, NULL, modules);
}

static void test_en_particles(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Bus drivers walk out\n\n"
	          "The drivers' leader Roberto delos Reyes Jr. spoke on Monday beside Carlos de los Santos, "
	          "a mechanic. Later Eilidh Nic an t-Sealgair, a teacher at Ysgol y Felin, joined them, "
	          "and the board of Bord na Coille sent a letter. She gave Mary an Oscar.\n",
	          "en", "actors");
	assert_int_equal(test_actor_type(&a, "Roberto delos Reyes Jr"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Carlos de los Santos"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Eilidh Nic an t-Sealgair"), ACTOR_PERSON);
	assert_true(test_actor_named(&a, "Ysgol y Felin") >= 0);
	assert_true(test_actor_named(&a, "Bord na Coille") >= 0);
	assert_int_equal(annots_find_actor(a.an, "Roberto"), -1);
	assert_int_equal(annots_find_actor(a.an, "Eilidh Nic"), -1);
	/* "an" before an unmutated capital is the English article */
	assert_int_equal(annots_find_actor(a.an, "Mary an Oscar"), -1);
	article_close(&a);
}

static void test_en_postnominals(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Quarry appeal heard\n\n"
	          "Opening for the quarry owner, Fiona Gallacher KC said the site \"had changed beyond recognition\". "
	          "The local member, Dylan Morgan MP, wrote to the council. Gallacher and Morgan met on Friday.\n",
	          "en", "actors,quotes");
	int id = test_actor_named(&a, "Fiona Gallacher");
	assert_int_equal(annots_actor(a.an, id)->type, ACTOR_PERSON);
	assert_true(test_has_mention(&a, id, "Fiona Gallacher KC"));
	assert_true(test_actor_named(&a, "Dylan Morgan") >= 0);
	assert_int_equal(annots_find_actor(a.an, "Fiona Gallacher KC"), -1);
	/* the quotation stays hers */
	size_t n;
	const int *ids = annots_of_kind(a.an, ANN_QUOTE, &n);
	bool hers = false;
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(a.an, ids[i]);
		if (q->subtype == QUOTE_DIRECT)
			hers = q->actor == id;
	}
	assert_true(hers);
	article_close(&a);
}

static void test_en_demonym_noun(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Cup final\n\n"
	          "Englishman Peter Ashdown-Hale refereed the final, and the Welshman Rhys Tallack ran the line. "
	          "Ashdown-Hale later praised both teams.\n",
	          "en", "actors");
	assert_int_equal(test_actor_type(&a, "Peter Ashdown-Hale"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Rhys Tallack"), ACTOR_PERSON);
	assert_int_equal(annots_find_actor(a.an, "Englishman Peter Ashdown-Hale"), -1);
	article_close(&a);
}

static void test_fr_place_nouns(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Accident en montagne\n\n"
	          "Un skieur a été blessé samedi sous le télésiège de la Croix-Blanche, près du sentier Bleu "
	          "et de la route de la Vanoise.\n",
	          "fr", "actors");
	int id = test_actor_of(&a, "télésiège de la Croix-Blanche");
	assert_true(id >= 0);
	assert_int_equal(annots_actor(a.an, id)->type, ACTOR_PLACE);
	assert_true(test_actor_of(&a, "sentier Bleu") >= 0);
	assert_true(test_actor_of(&a, "route de la Vanoise") >= 0);
	article_close(&a);
}

static void test_en_body_names(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Ferry cuts\n\n"
	          "On Monday the Oregon Marine Highway System cut sailings, and the Diocese of Tagbilaran "
	          "asked for a review. The Archdiocese of Cebu agreed.\n",
	          "en", "actors");
	assert_true(test_actor_named(&a, "Oregon Marine Highway System") >= 0);
	assert_int_equal(annots_find_actor(a.an, "Marine Highway System"), -1);
	assert_int_equal(test_actor_type(&a, "Diocese of Tagbilaran"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Archdiocese of Cebu"), ACTOR_ORG);
	article_close(&a);
}

static void test_fr_place_noun_adjective(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Réunion publique\n\n"
	          "La réunion a eu lieu jeudi dans la salle polyvalente de Plouay, devant deux cents habitants.\n",
	          "fr", "actors");
	assert_true(test_actor_of(&a, "salle polyvalente de Plouay") >= 0);
	article_close(&a);
}

/* A place named by a cue word and a number: a road after other words, a
 * district or a terminal after its one word; a year after a place is not
 * part of it. */
static void test_en_numbered_places(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Flood closes roads\n\nWater covered State Highway 41 near Marrowby on Tuesday. Leona Fitch-Varga "
	          "won the District 4 seat on the Brantock County Commission. Flights from Terminal 3 were delayed. "
	          "Voters in Brantock County 2024 turnout figures were not released. Ward 7 Councilwoman Odile Brask, "
	          "whose ward lies along the river, called for a new bridge.\n",
	          "en", "actors");
	/* opening a sentence, and written in lower case elsewhere */
	assert_int_equal(test_actor_type(&a, "Ward 7"), ACTOR_PLACE);
	assert_int_equal(annots_find_actor(a.an, "Ward"), -1);
	assert_int_equal(test_actor_type(&a, "State Highway 41"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "District 4"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Terminal 3"), ACTOR_PLACE);
	assert_int_equal(annots_find_actor(a.an, "District"), -1);
	assert_int_equal(annots_find_actor(a.an, "State Highway"), -1);
	assert_int_equal(annots_find_actor(a.an, "Brantock County 2024"), -1);
	article_close(&a);
}

/* Dotted initials open a name ("D.O. Freight Services"); a dotted
 * abbreviation ending a sentence does not run into the next one. */
static void test_en_dotted_initials(void **state)
{
	(void)state;
	struct article a;
	open_text(&a, "Club sold\n\nThe club owes money to its owner's company, K.T. Haulage Services, and to the "
	          "bank. Its owner moved to the U.S. The club agreed to the sale.\n", "en", "actors");
	assert_int_equal(test_actor_type(&a, "K.T. Haulage Services"), ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Haulage Services"), -1);
	assert_int_equal(annots_find_actor(a.an, "U.S. The"), -1);
	assert_int_equal(test_actor_type(&a, "United States"), ACTOR_PLACE);
	article_close(&a);
}

/* A common noun with a capital mid-sentence, "for" and capitals: a group's
 * name ("Homes for the Lower Dale"); not at the head of a sentence.  A
 * broadcaster's station for two places ("BBC Tarrow and Keldby"). */
static void test_en_group_names(void **state)
{
	(void)state;
	struct article a;
	open_text(&a, "Vote\n\nA housing group, Homes for the Lower Dale, spent $9,000 on the race. The local branch "
	          "of the Campaign for Clean Rivers backed it. Tickets for Marrowby sold out. The mayor told BBC Tarrow "
	          "and Keldby the vote was fair.\n", "en", "actors");
	/* a broadcaster's acronym, a place, "and" and a place: one station */
	assert_int_equal(test_actor_type(&a, "BBC Tarrow and Keldby"), ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Keldby"), -1);
	assert_int_equal(test_actor_type(&a, "Homes for the Lower Dale"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Campaign for Clean Rivers"), ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Homes"), -1);
	assert_int_equal(annots_find_actor(a.an, "Tickets for Marrowby"), -1);
	article_close(&a);
}

/* After a lower-case classifier, one-word names listed up to "and" name
 * one firm; given names so listed stay people. */
static void test_en_firm_lists(void **state)
{
	(void)state;
	struct article a;
	open_text(&a, "Deal\n\nThe sale is handled by the law firm Ardley, Brook and Quarrie, and by a bank. The "
	          "company's founders, Tom, Anna and Liz Garrow, agreed.\n", "en", "actors");
	assert_int_equal(test_actor_type(&a, "Ardley, Brook and Quarrie"), ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Brook"), -1);
	assert_int_equal(annots_find_actor(a.an, "Quarrie"), -1);
	assert_int_equal(annots_find_actor(a.an, "Tom, Anna and Liz Garrow"), -1);
	article_close(&a);
}

/* A line set like a headline: a surname after a given name goes with it. */
static void test_head_given_surname(void **state)
{
	(void)state;
	struct article a;
	open_text(&a, "Hedges count\n\nThe study was published on Monday.\n\n"
	          "Media contact: Hannah Castelo-Brandt, Press Officer\n", "en", "actors");
	assert_int_equal(test_actor_type(&a, "Hannah Castelo-Brandt"), ACTOR_PERSON);
	assert_int_equal(annots_find_actor(a.an, "Hannah"), -1);
	article_close(&a);
	open_text(&a, "Haies\n\nL'étude a été publiée lundi.\n\n"
	          "Contact Presse : Léa Castelo-Brandt, Chargée De Communication\n", "fr", "actors");
	assert_int_equal(test_actor_type(&a, "Léa Castelo-Brandt"), ACTOR_PERSON);
	assert_int_equal(annots_find_actor(a.an, "Léa"), -1);
	article_close(&a);
}

static void test_fr_union_branch(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Grève à l'usine\n\n"
	          "Le syndicat CFDT Métallurgie du Morbihan appelle à la grève lundi. Le délégué Jean Dupont "
	          "de la CGT suit le mouvement.\n",
	          "fr", "actors");
	assert_int_equal(test_actor_type(&a, "CFDT Métallurgie du Morbihan"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Morbihan"), ACTOR_PLACE);
	assert_int_equal(annots_find_actor(a.an, "CFDT Métallurgie"), -1);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_en_particles),
		cmocka_unit_test(test_en_postnominals),
		cmocka_unit_test(test_en_demonym_noun),
		cmocka_unit_test(test_fr_place_nouns),
		cmocka_unit_test(test_en_body_names),
		cmocka_unit_test(test_fr_place_noun_adjective),
		cmocka_unit_test(test_fr_union_branch),
		cmocka_unit_test(test_head_given_surname),
		cmocka_unit_test(test_en_dotted_initials),
		cmocka_unit_test(test_en_group_names),
		cmocka_unit_test(test_en_firm_lists),
		cmocka_unit_test(test_en_numbered_places),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
