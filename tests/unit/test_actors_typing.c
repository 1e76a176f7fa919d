/* test_actors_typing.c — the type of a named actor the lexicons do not know,
 * from the contexts of its mentions, on sentences written for these tests. */
#include "testutil.h"

#include <string.h>

#include "actors_gaz.h"
#include "extract.h"

/* ---- one word after de / of: where, more often than who ------------------ */

static void test_complement_place(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Routes\n\nIl faut faire la route de Velmorac en hiver. Les crêtes du Tardoux sont enneigées.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Velmorac"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Tardoux"), ACTOR_PLACE);
	article_close(&a);
	test_actors_text(&a, "Lake\n\nHerders recall the last eruption of Brannock. The black sand of Ostravell "
	              "stretches to the sea.\n", "en");
	assert_int_equal(test_mention_type(&a, "Brannock"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Ostravell"), ACTOR_PLACE);
	article_close(&a);
	/* an acronym in the name keeps it an organisation */
	test_actors_text(&a, "Université\n\nLa secrétaire de la section locale du Sneval-FSU proteste.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Sneval-FSU"), ACTOR_ORG);
	article_close(&a);
}

/* ---- « le service de prévision des crues X »: a classifier and complements */

static void test_classifier_chain(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Crue\n\nLe niveau montera encore, selon le service de prévision des crues Hydravel.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Hydravel"), ACTOR_ORG);
	article_close(&a);
}

/* ---- appositions: "the capital, X", "X, the Y-based carrier" -------------- */

static void test_appositions(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Storm\n\nThe road between the capital, Tarvik, and the coast was cut. Marrow Ferries, the "
	              "Dunmore-based carrier, said it would add trips. Pacifica Netball, the regional governing "
	              "body, confirmed the date.\n", "en");
	assert_int_equal(test_mention_type(&a, "Tarvik"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Marrow Ferries"), ACTOR_ORG);
	assert_int_equal(test_mention_type(&a, "Pacifica Netball"), ACTOR_ORG);
	article_close(&a);
	test_actors_text(&a, "Capitale\n\nLa route vers la capitale, Ambrevik, est coupée.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Ambrevik"), ACTOR_PLACE);
	article_close(&a);
}

/* ---- « À X, la gendarmerie affirme »: no apposition after a place ------- */

static void test_fronted_place(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Vols\n\nA Tsaravo, la gendarmerie affirme avoir arrêté dix suspects. Le ministre se rendra "
	              "à Tsaravo lundi.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Tsaravo"), ACTOR_PLACE);
	article_close(&a);
	test_actors_text(&a, "Floods\n\nIn Marrowby, the agency said the river had peaked.\n", "en");
	assert_int_equal(test_mention_type(&a, "Marrowby"), ACTOR_PLACE);
	article_close(&a);
}

/* ---- natural features and classifiers ----------------------------------- */

static void test_features_and_classifiers(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Coast\n\nThe boat crossed Hallow Sound at dawn. Ash fell after the Brenna volcano erupted. "
	              "The study, in the journal Botanica Nova, shows a decline. Drivers joined in the cities of "
	              "Tamsa, Orillo and Pavao.\n", "en");
	assert_int_equal(test_mention_type(&a, "Hallow Sound"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Brenna volcano"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Botanica Nova"), ACTOR_ORG);
	assert_int_equal(test_mention_type(&a, "Tamsa"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Pavao"), ACTOR_PLACE);
	article_close(&a);
	test_actors_text(&a, "Vanille\n\nLes résultats, publiés dans la revue Botanica Nova, montrent un recul. Le négociant "
	              "Epices Varlin-Dumas suit la situation. Des vols ont eu lieu dans les districts d'Ambora "
	              "et de Sotrava.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Botanica Nova"), ACTOR_ORG);
	assert_int_equal(test_mention_type(&a, "Epices Varlin-Dumas"), ACTOR_ORG);
	assert_int_equal(test_mention_type(&a, "Ambora"), ACTOR_PLACE);
	article_close(&a);
}

/* ---- locative words: "beneath X", « au lieu-dit X » ----------------------- */

static void test_locatives(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Ice\n\nMeltwater gathers beneath Skardhval every spring.\n", "en");
	assert_int_equal(test_mention_type(&a, "Skardhval"), ACTOR_PLACE);
	article_close(&a);
	test_actors_text(&a, "Vigne\n\nIl exploite dix hectares au lieu-dit Kervoulec depuis 2010.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Kervoulec"), ACTOR_PLACE);
	article_close(&a);
	/* between / entre: where */
	test_actors_text(&a, "Farms\n\nThe cooperative farms land between Drumbeck and Ollerby.\n", "en");
	assert_int_equal(test_mention_type(&a, "Drumbeck"), ACTOR_PLACE);
	article_close(&a);
	test_actors_text(&a, "Sentier\n\nUn éboulement a coupé le sentier entre Kervalan et le col.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Kervalan"), ACTOR_PLACE);
	article_close(&a);
}

/* ---- « la fondation suisse X »: a demonym the country's name spells ------ */

static void test_classifier_demonym(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Lynx\n\nLa fondation suisse Lynx Alpina suit les animaux depuis dix ans.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Lynx Alpina"), ACTOR_ORG);
	article_close(&a);
}

/* ---- the gazetteer without marks the locale data lacks -------------------- */

static void test_gazetteer_marks(void **state)
{
	(void)state;
	const struct actors_gaz *g = actors_gaz_for("en");
	struct gaz_hit h, h2;
	/* a city the time zones know, written with a mark ICU's English omits */
	assert_true(actors_gaz_find(g, "Reykjavik", 9, &h));
	assert_true(actors_gaz_find(g, "Reykjav\xc3\xadk", 10, &h2));
	assert_string_equal(h.code, h2.code);
}

/* ---- a street's or building's noun heads a venue's name ------------------ */

static void test_venue_heads(void **state)
{
	(void)state;
	struct article a;
	/* English names end in their head: a body's word before it qualifies it */
	test_actors_text(&a, "Transit\n\nThe bus left from Union Station and crossed the river near Parliament "
	              "Square. The Harbour Authority said Kelbrook Stadium would reopen.\n", "en");
	assert_int_equal(test_mention_type(&a, "Union Station"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Parliament Square"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Kelbrook Stadium"), ACTOR_PLACE);
	/* the body's noun ends the name: still a body */
	assert_int_equal(test_mention_type(&a, "The Harbour Authority"), ACTOR_ORG);
	article_close(&a);
	/* French names open with their head */
	test_actors_text(&a, "Le match\n\nLe Stade vernois a joué au stade des Carrières samedi. Les supporters "
	              "ont rejoint la gare de Montbrac.\n", "fr");
	assert_int_equal(test_mention_type(&a, "stade des Carrières"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "gare de Montbrac"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "Le Stade vernois"), ACTOR_ORG);
	article_close(&a);
}

/* ---- an English organisation's head word after a place's name ------------ */

static void test_org_head_words(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Ferries\n\nLeaders of the Tarrow Islands Forum met on Monday. The Kessford Ferry System "
	              "cancelled two sailings, Ollerby Public Schools closed early and the Marrin Provincial Treasury "
	              "paid the bill, the Brannock Gazette reported.\n", "en");
	assert_int_equal(test_actor_type(&a, "Tarrow Islands Forum"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Kessford Ferry System"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Ollerby Public Schools"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Marrin Provincial Treasury"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Brannock Gazette"), ACTOR_ORG);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_complement_place),
		cmocka_unit_test(test_classifier_chain),
		cmocka_unit_test(test_appositions),
		cmocka_unit_test(test_fronted_place),
		cmocka_unit_test(test_features_and_classifiers),
		cmocka_unit_test(test_locatives),
		cmocka_unit_test(test_classifier_demonym),
		cmocka_unit_test(test_gazetteer_marks),
		cmocka_unit_test(test_venue_heads),
		cmocka_unit_test(test_org_head_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
