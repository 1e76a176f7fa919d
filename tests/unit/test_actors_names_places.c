/* test_actors_names_places.c — people's nicknames in quotation marks, places inside
 * French bodies' names, English place names closed by a geographical noun,
 * a role phrase with a complement before a name; on sentences written for
 * these tests. */
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

/* The number of direct quotations whose text is `inner`. */
static size_t direct_quotes(struct article *a, const char *inner)
{
	size_t n, c = 0;
	const int *ids = annots_of_kind(a->an, ANN_QUOTE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(a->an, ids[i]);
		if (q->subtype == QUOTE_DIRECT && q->end - q->start == strlen(inner) &&
		    !memcmp(doc_text(a->doc) + q->start, inner, strlen(inner)))
			c++;
	}
	return c;
}

/* ---- nicknames ------------------------------------------------------------ */

static void test_nickname_en(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Mill closes after ninety years\n\n"
	          "“We kept the looms running through two wars,” said Theodore “Ted” Varga, 71, who worked there "
	          "for forty years. Varga said the owners never visited.\n",
	          "en", "actors,quotes");
	int id = test_actor_named(&a, "Theodore Varga");
	assert_int_equal(annots_actor(a.an, id)->type, ACTOR_PERSON);
	assert_true(test_has_mention(&a, id, "Varga"));
	assert_int_equal(annots_find_actor(a.an, "Theodore"), -1);
	/* the nickname is no quotation; the words before the name are, and are his */
	assert_int_equal(direct_quotes(&a, "Ted"), 0);
	assert_int_equal(direct_quotes(&a, "We kept the looms running through two wars,"), 1);
	size_t n;
	const int *ids = annots_of_kind(a.an, ANN_QUOTE, &n);
	bool his = false;
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(a.an, ids[i]);
		if (q->subtype == QUOTE_DIRECT)
			his = q->actor == id;
	}
	assert_true(his);
	article_close(&a);
}

static void test_nickname_fr(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Un boulanger prend sa retraite\n\n"
	          "Le boulanger Bernard « Nanard » Chaumette ferme sa boutique samedi. Chaumette a pétri "
	          "son pain pendant quarante ans.\n",
	          "fr", "actors,quotes");
	int id = test_actor_named(&a, "Bernard Chaumette");
	assert_int_equal(annots_actor(a.an, id)->type, ACTOR_PERSON);
	assert_int_equal(direct_quotes(&a, "Nanard"), 0);
	article_close(&a);
}

/* Quoted words between two capitals that are no name stay a quotation. */
static void test_nickname_not_words(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Council vote\n\n"
	          "The mayor said the plan was “unworkable” and walked out. Residents of the Ward said "
	          "“Enough” Tuesday.\n",
	          "en", "actors,quotes");
	assert_int_equal(annots_find_actor(a.an, "Ward Enough"), -1);
	article_close(&a);
}

/* ---- places inside French bodies' names ---------------------------------- */

static void test_fr_place_in_body(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Une saison chargée\n\n"
	          "La pièce sera reprise au Théâtre national de Marseille en mai. Le titre a perdu 3 % à la "
	          "Bourse de Lyon, selon la Fédération viticole de la Gironde.\n",
	          "fr", "actors");
	assert_int_equal(test_actor_type(&a, "Théâtre national de Marseille"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Marseille"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Bourse de Lyon"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Lyon"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Gironde"), ACTOR_PLACE);
	article_close(&a);
}

/* ---- English places closed by a geographical noun ------------------------ */

static void test_en_geo_noun(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Buses cut\n\n"
	          "The route through the Teme valley will close, and hikers in the Carnedd mountains "
	          "lost their last bus. Farms across the Ardmore region are worried. Officials in the "
	          "London area said nothing.\n",
	          "en", "actors");
	assert_int_equal(test_actor_type(&a, "Teme valley"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Carnedd mountains"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Ardmore region"), ACTOR_PLACE);
	/* a known place keeps its own name */
	assert_int_equal(test_actor_type(&a, "London"), ACTOR_PLACE);
	assert_int_equal(annots_find_actor(a.an, "London area"), -1);
	article_close(&a);
}

/* ---- a role phrase before a name, with a complement ---------------------- */

static void test_role_with_complement(void **state)
{
	(void)state;
	struct article a;
	open_text(&a,
	          "Résultats contestés\n\n"
	          "La participation est trop faible, a estimé lundi le chef de file de la coalition, Tovo "
	          "Rakotomalala, devant ses partisans.\n",
	          "fr", "actors");
	assert_int_equal(test_actor_type(&a, "Tovo Rakotomalala"), ACTOR_PERSON);
	article_close(&a);
	open_text(&a,
	          "Results disputed\n\n"
	          "Turnout was far too low, the leader of the alliance, Tovo Rakotomalala, told supporters.\n",
	          "en", "actors");
	assert_int_equal(test_actor_type(&a, "Tovo Rakotomalala"), ACTOR_PERSON);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nickname_en),
		cmocka_unit_test(test_nickname_fr),
		cmocka_unit_test(test_nickname_not_words),
		cmocka_unit_test(test_fr_place_in_body),
		cmocka_unit_test(test_en_geo_noun),
		cmocka_unit_test(test_role_with_complement),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
