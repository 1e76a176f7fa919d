/* test_actors_institutions.c — French organisations (issue #3): bare local
 * institutions (« la mairie », « le parquet »), on sentences written for
 * these tests. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

/* ---- bare local institutions ------------------------------------------------ */

static void test_bare_institutions(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Crue à Kervadec\n\nLa municipalité a fermé jeudi les deux écoles de Kervadec. La mairie a ouvert "
	              "une salle pour les familles évacuées, et la commune paiera les repas. Le parquet a ouvert une "
	              "enquête sur la digue. La préfecture demande aux habitants de rester chez eux.\n", "fr");
	int town = test_actor_of(&a, "La municipalité");
	assert_true(town >= 0);
	assert_int_equal(annots_actor(a.an, town)->type, ACTOR_ORG);
	assert_int_equal(test_actor_of(&a, "La mairie"), town);      /* one body: municipalité = mairie */
	assert_int_equal(test_actor_of(&a, "la commune"), town);     /* the commune joins it */
	assert_int_equal(test_mention_type(&a, "Le parquet"), ACTOR_ORG);
	assert_int_equal(test_mention_type(&a, "La préfecture"), ACTOR_ORG);
	assert_true(test_actor_of(&a, "Le parquet") != test_actor_of(&a, "La préfecture"));
	article_close(&a);

	/* « la gendarmerie » alone: the body */
	test_actors_text(&a, "Vol de câbles\n\nLa plainte, transmise à la gendarmerie, reste sans suite.\n", "fr");
	assert_int_equal(test_mention_type(&a, "la gendarmerie"), ACTOR_ORG);
	article_close(&a);

	/* Named in full: the bare head is that body, no second one. */
	test_actors_text(&a, "Budget\n\nLa mairie de Plouvenec a voté son budget lundi. La mairie prévoit une hausse des "
	              "tarifs de la cantine.\n", "fr");
	int m = test_actor_of(&a, "mairie de Plouvenec");
	assert_true(m >= 0);
	assert_int_equal(test_actor_of(&a, "La mairie"), m);
	article_close(&a);

	/* « la commune » alone is the town, « la préfecture maritime » and « le parquet
	 * national » have their own words, « sa mairie » no definite article. */
	test_actors_text(&a, "Fête\n\nLes habitants de la commune ont dansé samedi. La préfecture maritime surveille la côte, "
	              "le parquet national financier enquête et le maire a quitté sa mairie.\n", "fr");
	assert_int_equal(test_actor_of(&a, "la commune"), -1);
	assert_int_equal(test_actor_of(&a, "La préfecture"), -1);
	assert_int_equal(test_actor_of(&a, "le parquet"), -1);
	assert_int_equal(test_actor_of(&a, "mairie"), -1);
	article_close(&a);

	/* A complement creates no body; a capitalised name with the head takes the bare one. */
	test_actors_text(&a, "Travaux\n\nLes services de la mairie ont repeint le préau. Le Parquet européen enquête sur le "
	              "chantier. Le parquet a saisi les factures.\n", "fr");
	assert_int_equal(test_actor_of(&a, "la mairie"), -1);
	int pe = annots_find_actor(a.an, "Parquet européen");
	assert_true(pe >= 0);
	int bare = test_actor_of(&a, "Le parquet");
	assert_int_equal(bare, pe);
	article_close(&a);

	/* English has no such lexicon: "the council" alone stays unnamed. */
	test_actors_text(&a, "Flood\n\nThe council closed two schools on Thursday. The mayor said the town would pay.\n", "en");
	assert_int_equal(test_actor_of(&a, "The council"), -1);
	article_close(&a);
}

/* ---- collectives named by a common word and a place ------------------------ */

/* « une section de recherches de Kervadec », « le centre régional
 * d'oncologie de Kervadec »: heads of actor_local_institutions in two
 * words, named by their seat. */
static void test_research_section(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nUne section de recherches de Kervadec a été créée en mars. "
	              "Le centre régional d'oncologie de Kervadec recrute trois infirmiers.\n", "fr");
	int sr = test_actor_named(&a, "section de recherches de Kervadec");
	assert_true(sr >= 0);
	assert_int_equal(annots_actor(a.an, sr)->type, ACTOR_ORG);
	int crpv = test_actor_named(&a, "centre régional d'oncologie de Kervadec");
	assert_true(crpv >= 0);
	assert_int_equal(annots_actor(a.an, crpv)->type, ACTOR_ORG);
	article_close(&a);
}

/* « le syndicat CGT des verriers de Kervadec »: a classifier, an acronym and
 * a complement in lower case up to a clear boundary are a fuller name of
 * the acronym's organisation; no such name runs on to an unknown word. */
static void test_acronym_branches(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLe syndicat CGT des verriers de Kervadec a déposé un préavis. Le syndicat FO des "
	              "guides saisonniers proteste contre les horaires.\n", "fr");
	int cgt = test_actor_of(&a, "CGT");
	assert_true(cgt >= 0);
	assert_int_equal(annots_actor(a.an, cgt)->type, ACTOR_ORG);
	assert_true(test_has_mention(&a, cgt, "syndicat CGT des verriers de Kervadec"));
	int fo = test_actor_of(&a, "FO");
	assert_true(fo >= 0);
	assert_false(test_has_mention(&a, fo, "syndicat FO des guides saisonniers proteste"));
	assert_false(test_has_mention(&a, fo, "syndicat FO des guides saisonniers"));
	article_close(&a);
}

/* « la région Kernevez »: an article, a territory's word in lower case and
 * the place's name straight after it name the administration, apart from
 * the place; « la Région » alone then joins it.  « la région de X » stays
 * the place's. */
static void test_territorial_bodies(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLe chantier est financé par la région Kernevez à hauteur de deux millions "
	              "d'euros. En Kernevez, les travaux commencent lundi. « La Région a versé la moitié de la somme "
	              "pour ce pont », a rappelé le maire. Nous voulons que la Région fixe une date. "
	              "Des orages ont touché la région de Mardalec.\n", "fr");
	int body = test_actor_named(&a, "région Kernevez");
	assert_true(body >= 0);
	assert_int_equal(annots_actor(a.an, body)->type, ACTOR_ORG);
	assert_int_equal(test_actor_of(&a, "la région Kernevez"), body);
	assert_int_equal(test_actor_of(&a, "La Région"), body);
	int place = test_actor_of(&a, "Kernevez");
	assert_true(place >= 0 && place != body);
	assert_int_equal(annots_actor(a.an, place)->type, ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Mardalec"), ACTOR_PLACE);
	assert_int_equal(annots_find_actor(a.an, "région de Mardalec"), -1);
	article_close(&a);
}

static void test_slogan_collectives(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Bruit\n\nLe collectif Respirer aux Prés-Salés, qui regroupe quarante familles, a saisi la "
	              "justice. L'association de riverains Chanter en Vilaine, créée en 2019, réclame des horaires. "
	              "Le collectif Martin à Rennes a protesté. Le collectif Dormir en Paix proteste aussi.\n", "fr");
	int r = annots_find_actor(a.an, "Respirer aux Prés-Salés");
	assert_true(r >= 0);
	assert_int_equal(annots_actor(a.an, r)->type, ACTOR_ORG);
	int c = annots_find_actor(a.an, "Chanter en Vilaine");
	assert_true(c >= 0);
	assert_int_equal(annots_actor(a.an, c)->type, ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Respirer"), -1);
	/* a name, not a common word: the town stays apart */
	assert_int_equal(annots_find_actor(a.an, "Martin à Rennes"), -1);
	assert_true(annots_find_actor(a.an, "Rennes") >= 0);
	/* no clear boundary after the capitals: not sure, not extended */
	assert_int_equal(annots_find_actor(a.an, "Dormir en Paix"), -1);
	article_close(&a);
}

/* ---- a place's head before a « de » complement -------------------------------- */

static void test_place_head_complements(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Marché\n\nLe marché se tient sur la place de l'Église. Le match aura lieu au stade de la "
	              "Libération.\n", "fr");
	assert_int_equal(test_mention_type(&a, "place de l'Église"), ACTOR_PLACE);
	assert_int_equal(test_mention_type(&a, "stade de la Libération"), ACTOR_PLACE);
	article_close(&a);
	/* met elsewhere on its own, the name keeps its type */
	test_actors_text(&a, "Presse\n\nLe quotidien Libération a publié l'enquête. Le stade de la Libération sera rénové.\n", "fr");
	assert_int_equal(test_mention_type(&a, "Libération"), ACTOR_ORG);
	article_close(&a);
	/* a body's name after « de » without an article stays a body */
	test_actors_text(&a, "Radio\n\nIl était sur le plateau de France Info mardi.\n", "fr");
	assert_int_equal(test_mention_type(&a, "France Info"), ACTOR_ORG);
	article_close(&a);
}

/* ---- « un Vosgien »: a description, no name ------------------------------ */

static void test_indefinite_inhabitants(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Club\n\nUn Morbihannais retraité de la Poste préside le club depuis 2019. Une Lyonnaise installée "
	              "à Brest tient la buvette avec Anne Kerjean.\n", "fr");
	assert_int_equal(annots_find_actor(a.an, "Morbihannais"), -1);
	assert_int_equal(annots_find_actor(a.an, "Lyonnaise"), -1);
	assert_true(annots_find_actor(a.an, "Brest") >= 0);
	assert_true(annots_find_actor(a.an, "Anne Kerjean") >= 0);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bare_institutions),
		cmocka_unit_test(test_territorial_bodies),
		cmocka_unit_test(test_acronym_branches),
		cmocka_unit_test(test_research_section),
		cmocka_unit_test(test_slogan_collectives),
		cmocka_unit_test(test_place_head_complements),
		cmocka_unit_test(test_indefinite_inhabitants),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
