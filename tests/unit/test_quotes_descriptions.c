/* test_quotes_descriptions.c — speaker attribution from descriptions and colons: a
 * description resolved from its own position, a subject pronoun before a
 * colon, the impersonal « on » after a fronted place before a colon, the
 * organisation whose name ends a description linked to another actor. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "quotes.h"

/* ---- fixtures ---------------------------------------------------------- */

static void open_doc(struct article *a, const char *text, const char *code)
{
	test_article(a, text, code, "2024-03-05", "none");
}

static int person(struct article *a, const char *name, unsigned flags, const char *role)
{
	int id = annots_add_actor(a->an, name, ACTOR_PERSON, role, flags);
	test_mention_all(a, id, name, MENTION_NAME);
	return id;
}

static int org(struct article *a, const char *name)
{
	int id = annots_add_actor(a->an, name, ACTOR_ORG, NULL, 0);
	test_mention_all(a, id, name, MENTION_NAME);
	return id;
}

/* ---- a description names the person before it in its own sentence ---- */

static void test_description_same_sentence(void **state)
{
	(void)state;
	struct article a;
	/* the person is named earlier in the sentence that holds the
	 * description, not in the sentence before it */
	open_doc(&a, "Titre\n\nLa pluie est tombée toute la nuit. Au petit matin, Marc Delorme a fermé ses "
	             "serres ; « on replantera tout en avril », a soupiré le maraîcher de 61 ans.\n",
	         "fr");
	person(&a, "Marc Delorme", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "on replantera tout en avril", "Marc Delorme", "a soupiré");
	article_close(&a);

	open_doc(&a, "Title\n\nThe storm hit overnight. By dawn Ann Roe had closed her shop, and the "
	             "baker, who is 58, locked up; \"we will open again on Friday,\" said the baker.\n",
	         "en");
	person(&a, "Ann Roe", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "we will open again on Friday,", "Ann Roe", "said");
	article_close(&a);
}

/* ---- a colon after "…, she smiled" ------------------------------------ */

static void test_colon_subject_pronoun(void **state)
{
	(void)state;
	struct article a;
	/* the name in the fronted clause is not the subject: the pronoun is */
	open_doc(&a, "Title\n\nThe mayor, Mary Kell, said the council had met twice. Asked whether her rival, "
	             "Tom Ward, had lost his seat, she shrugged: \"He reads the papers like everyone else.\"\n",
	         "en");
	person(&a, "Mary Kell", ACTOR_FEMALE, NULL);
	person(&a, "Tom Ward", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "He reads the papers like everyone else.", "Mary Kell", NULL);
	article_close(&a);

	open_doc(&a, "Titre\n\nClaire Martin a présidé la séance. Interrogée sur le départ de son adjoint, "
	             "Paul Durand, elle a souri : « Il a ses raisons. »\n",
	         "fr");
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Il a ses raisons.", "Claire Martin", NULL);
	article_close(&a);

	/* no pronoun before the colon: the subject is still the name */
	open_doc(&a, "Title\n\nTom Ward shrugged: \"No comment.\"\n", "en");
	person(&a, "Tom Ward", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "No comment.", "Tom Ward", NULL);
	article_close(&a);
}

/* ---- « À X, on se veut prudent : « … » » --------------------------------- */

static void test_colon_on_after_place(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLa digue a cédé samedi. Paul Durand, le maire, réclame des renforts.\n\n"
	             "À la préfecture du Cantal, on se veut prudent : « Une réunion aura lieu lundi, rien "
	             "n'est décidé. »\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, "maire");
	org(&a, "préfecture du Cantal");
	test_run_quotes(&a);
	test_expect_direct(&a, "Une réunion aura lieu lundi, rien n'est décidé.", "préfecture du Cantal", NULL);
	article_close(&a);
}

/* ---- a description mention that ends with another organisation's name -- */

/* Mention the n-th (0-based) occurrence of `surface` as actor `actor`. */
static void mention_nth(struct article *a, int actor, const char *surface, int nth, enum mention_kind k)
{
	const char *t = doc_text(a->doc);
	const char *p = t;
	for (int i = 0; p && i <= nth; i++)
		if ((p = strstr(i ? p + 1 : p, surface)) == NULL)
			fail_msg("no occurrence %d of [%s]", nth, surface);
	annots_add(a->an, ANN_MENTION, (size_t)(p - t), (size_t)(p - t) + strlen(surface), actor, -1, k, 1, NULL);
}

/* « le service de surveillance des pollens Pollinor »: a description with its
 * complement, then the organisation's name, names the organisation; after a
 * role (« le directeur des ventes Avelor ») the name is no speaker. */
static void test_org_name_after_complement(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLes allergies reprennent à Varennes. La saison devrait être « plus longue que celle "
	             "de 2019 », selon le service de surveillance des pollens Pollinor.\n",
	         "fr");
	org(&a, "Pollinor");
	test_run_quotes(&a);
	test_expect_direct(&a, "plus longue que celle de 2019", "Pollinor", NULL);
	article_close(&a);

	open_doc(&a, "Titre\n\nLes ventes ont baissé. Elles restent « à un niveau correct », selon le directeur des "
	             "ventes Avelor.\n",
	         "fr");
	org(&a, "Avelor");
	test_run_quotes(&a);
	const char *who = test_speaker_name(&a, test_find_quote(&a, "à un niveau correct", QUOTE_DIRECT));
	assert_true(who == NULL || strcmp(who, "Avelor") != 0);
	article_close(&a);
}

static void test_org_name_ends_description(void **state)
{
	(void)state;
	struct article a;
	/* the actors module linked the whole description to the ship */
	open_doc(&a, "Titre\n\nLe cargo Orion a heurté un chalutier. Le cargo appartient à Velmar Shipping.\n\n"
	             "L'armateur, la société maltaise Velmar Shipping, a indiqué qu'il « coopère avec les enquêteurs ».\n",
	         "fr");
	int ship = org(&a, "Orion");
	int owner = annots_add_actor(a.an, "Velmar Shipping", ACTOR_ORG, NULL, 0);
	mention_nth(&a, owner, "Velmar Shipping", 0, MENTION_NAME);
	mention_nth(&a, ship, "la société maltaise Velmar Shipping", 0, MENTION_ROLE);
	test_run_quotes(&a);
	test_expect_direct(&a, "coopère avec les enquêteurs", "Velmar Shipping", "a indiqué");
	article_close(&a);
	(void)ship;

	/* « la filiale de X » is not X; a person's role mention stays the person */
	open_doc(&a, "Titre\n\nVelmar Shipping possède le cargo Orion.\n\n"
	             "La filiale locale de Velmar Shipping a indiqué qu'elle « attend le rapport ».\n\n"
	             "Le président de la Ligue Velmar Shipping a rappelé qu'il « faut attendre ».\n",
	         "fr");
	ship = org(&a, "Orion");
	owner = annots_add_actor(a.an, "Velmar Shipping", ACTOR_ORG, NULL, 0);
	mention_nth(&a, owner, "Velmar Shipping", 0, MENTION_NAME);
	mention_nth(&a, ship, "La filiale locale de Velmar Shipping", 0, MENTION_ROLE);
	int boss = annots_add_actor(a.an, "Jean Vidal", ACTOR_PERSON, "président", ACTOR_MALE);
	mention_nth(&a, boss, "Le président de la Ligue Velmar Shipping", 0, MENTION_ROLE);
	test_run_quotes(&a);
	test_expect_direct(&a, "attend le rapport", "Orion", NULL);
	test_expect_direct(&a, "faut attendre", "Jean Vidal", NULL);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_description_same_sentence),
		cmocka_unit_test(test_colon_subject_pronoun),
		cmocka_unit_test(test_colon_on_after_place),
		cmocka_unit_test(test_org_name_after_complement),
		cmocka_unit_test(test_org_name_ends_description),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
