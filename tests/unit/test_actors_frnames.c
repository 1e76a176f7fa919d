/* test_actors_frnames.c — names of persons and places: honorifics after a
 * sentence-initial word, inhabitants after a contracted article, on
 * sentences written for these tests. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

/* ---- « Pour Me Anne Roy »: the honorific after the opening word ----------- */

static void test_honorific_after_initial_word(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Procès\n\nLe procès s'est tenu mardi à Montbrac. Pour Me Aurélie Vantroux-Lebas, son avocate, "
	              "le dossier est vide.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Aurélie Vantroux-Lebas"), ACTOR_PERSON);
	assert_int_equal(annots_find_actor(a.an, "Me Aurélie Vantroux-Lebas"), -1);
	article_close(&a);

	test_actors_text(&a, "Trial\n\nThe trial opened on Tuesday in Wexbury. For Dr Helen Marsholt, the defence expert, "
	              "the file is empty.\n", "en");
	assert_int_equal(test_actor_type(&a, "Helen Marsholt"), ACTOR_PERSON);
	assert_int_equal(annots_find_actor(a.an, "Dr Helen Marsholt"), -1);
	article_close(&a);
}

/* ---- « face aux Tarvanais »: inhabitants after a contracted article -------- */

static void test_inhabitants_contracted(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Noix\n\nLa coopérative ne peut plus rester seule face aux Tarvanais et aux Morlenois, a dit "
	              "Paul Tréhorel. Les randonneurs étaient partis du refuge des Aubrins lundi.\n", "fr");
	assert_int_equal(annots_find_actor(a.an, "Tarvanais"), -1);
	assert_int_equal(annots_find_actor(a.an, "Morlenois"), -1);
	assert_true(annots_find_actor(a.an, "Paul Tréhorel") >= 0);
	/* after a cue noun, « des » opens the rest of the name */
	assert_true(test_actor_of(&a, "refuge des Aubrins") >= 0 || test_actor_of(&a, "Aubrins") >= 0);
	article_close(&a);
}

/* ---- « la France métropolitaine »: a part of a known country -------------- */

static void test_place_part_adjective(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Séisme\n\nLe département de la Vézonne a le climat le plus sec de France métropolitaine. "
	              "Les pierres venaient de la Méditerranée orientale, selon Paul Tréhorel. La France a réagi.\n", "fr");
	int fm = test_actor_of(&a, "France métropolitaine");
	assert_true(fm >= 0);
	assert_int_equal(annots_actor(a.an, fm)->type, ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "la Méditerranée orientale"), ACTOR_PLACE);
	/* the country alone is another place */
	int fr = test_actor_of(&a, "La France");
	assert_true(fr >= 0 && fr != fm);
	article_close(&a);

	/* not after a name no lexicon knows */
	test_actors_text(&a, "Vote\n\nLe village de Plouzarec centrale a voté.\n", "fr");
	assert_int_equal(test_actor_of(&a, "Plouzarec centrale"), -1);
	article_close(&a);
}

/* ---- « la Barre des Aubrins », « la Côte d’Ambre »: a capitalised relief --- */

static void test_relief_names(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Montagne\n\nTrois grimpeurs sont coincés sur l'arête de la Barre des Aubrins depuis "
	              "samedi. Le guide fait des allers-retours entre Lille et la Côte d’Ambre depuis août. Il a gravi la Dent "
	              "du Morlon.\n", "fr");
	assert_int_equal(test_mention_type(&a, "la Barre des Aubrins"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "la Côte d’Ambre"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "la Dent du Morlon"), ACTOR_PLACE);
	assert_int_equal(annots_find_actor(a.an, "Barre"), -1);
	assert_int_equal(annots_find_actor(a.an, "Ambre"), -1);
	article_close(&a);
}

/* ---- « dans l'Ouest », "in the North": a point of the compass -------------- */

static void test_compass_regions(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Levée\n\nC'est la plus grosse levée de l'année dans l'Ouest, dit Paul Tréhorel. Le ministre "
	              "part ensuite en Afrique de l'Est. Ouest et Est se disputent.\n", "fr");
	assert_int_equal(test_mention_type(&a, "l'Ouest"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Afrique de l'Est"), ACTOR_PLACE);
	/* without an article, no region */
	assert_int_equal(test_actor_of(&a, "Ouest"), -1);
	article_close(&a);

	test_actors_text(&a, "Buses\n\nBus services in the North are being cut, said Anne Roe. She moved to the North "
	              "East in 2019. North and South agree.\n", "en");
	assert_int_equal(test_mention_type(&a, "the North"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "the North East"), ACTOR_PLACE);
	assert_int_equal(test_actor_of(&a, "South"), -1);
	article_close(&a);
}

/* ---- « la vallée de la Vézonne » beside « la Vézonne » ---------------------- */

static void test_own_place_heads(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Bois\n\nDans la vallée de la Nièvre, les exploitants protestent. La Nièvre produit du bois, "
	              "dit Paul Tréhorel. Le train s'arrête à la gare de Plouzarec. Plouzarec attend.\n", "fr");
	int v = test_actor_of(&a, "la vallée de la Nièvre"), d = test_actor_of(&a, "La Nièvre");
	assert_true(v >= 0 && d >= 0 && v != d);
	assert_int_equal(annots_actor(a.an, v)->type, ACTOR_PLACE);
	int g = test_actor_of(&a, "la gare de Plouzarec"), p = test_actor_of(&a, "Plouzarec");
	assert_true(g >= 0 && p >= 0 && g != p);
	article_close(&a);

	/* the complement met only there, or a massif named by its mountains: one place */
	test_actors_text(&a, "Neige\n\nLa route de la Vézonne est fermée. Le massif du Jura est blanc. Le Jura attend.\n", "fr");
	int r = test_actor_of(&a, "La route de la Vézonne");
	assert_true(r >= 0);
	assert_int_equal(test_actor_of(&a, "la Vézonne"), r);
	assert_int_equal(test_actor_of(&a, "Le massif du Jura"), test_actor_of(&a, "Le Jura"));
	article_close(&a);
}

/* ---- « le Trail des Aubrins »: a race, no actor ------------------------------ */

static void test_trail_event(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Course\n\nPaul Tréhorel a remporté dimanche la 9e édition du Trail des Aubrins, à Plouzarec.\n", "fr");
	assert_int_equal(annots_find_actor(a.an, "Trail"), -1);
	assert_int_equal(test_actor_of(&a, "Trail des Aubrins"), -1);
	assert_true(annots_find_actor(a.an, "Paul Tréhorel") >= 0);
	article_close(&a);

	/* the event's complement in capitals is part of it; a known place stays */
	test_actors_text(&a, "Course\n\nLe Marathon des Aubrins a failli disparaître, dit Paul Tréhorel. Le Marathon de Lyon "
	              "aussi.\n", "fr");
	assert_int_equal(annots_find_actor(a.an, "Aubrins"), -1);
	assert_int_equal(test_mention_type(&a, "Lyon"), ACTOR_PLACE);
	article_close(&a);
}

/* ---- « Plouzarec » after « Plouzarec-Kermor »: the town's short name ------- */

static void test_town_short_name(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Séisme\n\nUn séisme a été simulé jeudi à Plouzarec-Kermor. Au collège, les élèves de Plouzarec "
	              "se sont abrités, dit Paul Tréhorel.\n", "fr");
	int t = test_actor_of(&a, "Plouzarec-Kermor");
	assert_true(t >= 0);
	assert_int_equal(test_actor_of(&a, "Plouzarec"), t);
	article_close(&a);

	test_actors_text(&a, "Flood\n\nThe river burst its banks on Monday in Kelbury-on-Tarn. Shops in Kelbury stayed "
	              "closed, said Anne Roe.\n", "en");
	t = test_actor_of(&a, "Kelbury-on-Tarn");
	assert_true(t >= 0);
	assert_int_equal(test_actor_of(&a, "Kelbury"), t);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_honorific_after_initial_word),
		cmocka_unit_test(test_inhabitants_contracted),
		cmocka_unit_test(test_place_part_adjective),
		cmocka_unit_test(test_relief_names),
		cmocka_unit_test(test_compass_regions),
		cmocka_unit_test(test_own_place_heads),
		cmocka_unit_test(test_trail_event),
		cmocka_unit_test(test_town_short_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
