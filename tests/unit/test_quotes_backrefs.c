/* test_quotes_backrefs.c — speaker attribution by reference back: a role
 * whose complement only qualifies it or whose determiner is a demonstrative
 * names the person just spoken of; a name in apposition to an inverted
 * description keeps its affiliation after it; a person's circle speaks for
 * the person; an institution noun names the organisation just spoken of. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "quotes.h"

static void open_doc(struct article *a, const char *text, const char *code)
{
	test_article(a, text, code, "2024-03-05", "none");
}

static int person(struct article *a, const char *name, unsigned flags)
{
	int id = annots_add_actor(a->an, name, ACTOR_PERSON, NULL, flags);
	test_mention_all(a, id, name, MENTION_NAME);
	return id;
}

/* ---- a role qualified or pointed back to ------------------------------ */

static void test_role_points_back(void **state)
{
	(void)state;
	struct article a;
	/* « d'opposition »: a complement with no determiner qualifies the role */
	open_doc(&a, "Titre\n\n« Cette salle vaut le double », a lancé Sophie Marchal avant de sortir. "
	             "L'élue d'opposition accuse la majorité d'avoir « bradé la salle ».\n",
	         "fr");
	person(&a, "Sophie Marchal", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "bradé la salle", "Sophie Marchal", NULL);
	article_close(&a);

	/* a demonstrative after the quotation: the person of the sentence before */
	open_doc(&a, "Titre\n\nMarc Delorme dit avoir perdu toute sa récolte. « J'ai tout perdu en une nuit », "
	             "raconte ce père de trois enfants.\n",
	         "fr");
	person(&a, "Marc Delorme", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "J'ai tout perdu en une nuit", "Marc Delorme", "raconte");
	article_close(&a);

	open_doc(&a, "Title\n\nTom Ward lost his whole harvest in the storm. \"We lost everything in one night,\" "
	             "said this father of three.\n",
	         "en");
	person(&a, "Tom Ward", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "We lost everything in one night,", "Tom Ward", "said");
	article_close(&a);

	/* « le maire de Vernay » names an office holder who may be someone new */
	open_doc(&a, "Titre\n\nMarc Delorme a perdu sa récolte. Le maire de Vernay assure que la commune « aidera "
	             "les sinistrés ».\n",
	         "fr");
	person(&a, "Marc Delorme", ACTOR_MALE);
	test_run_quotes(&a);
	const char *who = test_speaker_name(&a, test_find_quote(&a, "aidera les sinistrés", QUOTE_DIRECT));
	assert_true(who == NULL || strcmp(who, "Marc Delorme") != 0);
	article_close(&a);
}

/* ---- a bare role for the person last spoken of ------------------------- */

static void test_bare_role_back(void **state)
{
	(void)state;
	struct article a;
	/* two sentences back, the person the article gave no role */
	open_doc(&a, "Titre\n\nPaul Mercadier a signé l'accord à Varennes. Le chantier durera cinq ans.\n\n"
	             "« Nous tiendrons parole », a déclaré le ministre devant la presse.\n",
	         "fr");
	person(&a, "Paul Mercadier", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous tiendrons parole", "Paul Mercadier", "a déclaré");
	article_close(&a);

	open_doc(&a, "Title\n\nPaul Mercer signed the deal in Varenne. The money will be paid over five years.\n\n"
	             "\"We will keep our word,\" said the minister.\n",
	         "en");
	person(&a, "Paul Mercer", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "We will keep our word,", "Paul Mercer", "said");
	article_close(&a);

	/* « la ministre » is not the man just spoken of */
	open_doc(&a, "Titre\n\nPaul Mercadier a signé l'accord à Varennes. Le chantier durera cinq ans.\n\n"
	             "« Nous tiendrons parole », a déclaré la ministre devant la presse.\n",
	         "fr");
	person(&a, "Paul Mercadier", ACTOR_MALE);
	test_run_quotes(&a);
	const char *who = test_speaker_name(&a, test_find_quote(&a, "Nous tiendrons parole", QUOTE_DIRECT));
	assert_true(who == NULL || strcmp(who, "Paul Mercadier") != 0);
	article_close(&a);

	/* nor a person the article gave another role */
	open_doc(&a, "Titre\n\nLe maire de Varennes, Paul Mercadier, a signé l'accord. Le chantier durera cinq "
	             "ans.\n\n« Nous tiendrons parole », a déclaré le ministre devant la presse.\n",
	         "fr");
	int pm = annots_add_actor(a.an, "Paul Mercadier", ACTOR_PERSON, "maire de Varennes", ACTOR_MALE);
	test_mention_all(&a, pm, "Paul Mercadier", MENTION_NAME);
	test_run_quotes(&a);
	who = test_speaker_name(&a, test_find_quote(&a, "Nous tiendrons parole", QUOTE_DIRECT));
	assert_true(who == NULL || strcmp(who, "Paul Mercadier") != 0);
	article_close(&a);

	/* « le prévenu »: the defendant of the sentence before */
	open_doc(&a, "Titre\n\nÀ la barre, Paul Mercadier a contesté les faits. « Je n'ai rien caché », a déclaré le "
	             "prévenu.\n",
	         "fr");
	person(&a, "Paul Mercadier", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "Je n'ai rien caché", "Paul Mercadier", "a déclaré");
	article_close(&a);
}

/* ---- a person described by origin and age, further on ------------------ */

static void test_origin_description_back(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLa commission a suspendu le coureur Julien Barthès. La suspension court jusqu'en 2029.\n\n"
	             "Le Béarnais de 24 ans, qui nie tout dopage, a réagi lundi matin : « Je n'ai jamais "
	             "triché. » Son avocat, Me Paul Olmeda, a confirmé un recours.\n",
	         "fr");
	person(&a, "Julien Barthès", ACTOR_MALE);
	int po = annots_add_actor(a.an, "Paul Olmeda", ACTOR_PERSON, "avocat", ACTOR_MALE);
	test_mention_all(&a, po, "Paul Olmeda", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "Je n'ai jamais triché.", "Julien Barthès", NULL);
	article_close(&a);

	open_doc(&a, "Title\n\nThe panel banned the rider Julian Barthes. The ban runs until 2029. His team said "
	             "nothing.\n\n\"I never cheated,\" said the Spaniard.\n",
	         "en");
	person(&a, "Julian Barthes", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "I never cheated,", "Julian Barthes", "said");
	article_close(&a);
}

/* ---- a pronoun for the first person of a sentence --------------------- */

static void test_pronoun_first_person(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nAnne Lorvel a devancé sa dauphine, Julie Mercier, de deux heures. « Les sentiers sont "
	             "raides », a-t-elle confié.\n",
	         "fr");
	person(&a, "Anne Lorvel", ACTOR_FEMALE);
	person(&a, "Julie Mercier", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "Les sentiers sont raides", "Anne Lorvel", "a-t-elle confié");
	article_close(&a);

	open_doc(&a, "Title\n\nAnne Lorimer beat her rival, Julie Mercer, by two hours. \"The trails are hard,\" she "
	             "said.\n",
	         "en");
	person(&a, "Anne Lorimer", ACTOR_FEMALE);
	person(&a, "Julie Mercer", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "The trails are hard,", "Anne Lorimer", "said");
	article_close(&a);

	/* the gender still decides first */
	open_doc(&a, "Titre\n\nPaul Lorvel a devancé sa dauphine, Julie Mercier, de deux heures. « Les sentiers sont "
	             "raides », a-t-elle confié.\n",
	         "fr");
	person(&a, "Paul Lorvel", ACTOR_MALE);
	person(&a, "Julie Mercier", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "Les sentiers sont raides", "Julie Mercier", "a-t-elle confié");
	article_close(&a);
}

/* ---- a name in apposition with its affiliation ------------------------ */

static void test_apposition_affiliation(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nThe lake has doubled in size. \"We did not expect this,\" said the lead author, "
	             "Dr Tomas Brenner of the University of Oldcastle.\n",
	         "en");
	person(&a, "Tomas Brenner", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "We did not expect this,", "Tomas Brenner", "said");
	article_close(&a);

	open_doc(&a, "Titre\n\nLe lac a doublé de volume. « Nous ne l'attendions pas », explique l'autrice "
	             "principale, Anne Roy de l'université de Caen.\n",
	         "fr");
	person(&a, "Anne Roy", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous ne l'attendions pas", "Anne Roy", "explique");
	article_close(&a);
}

static int org(struct article *a, const char *name)
{
	int id = annots_add_actor(a->an, name, ACTOR_ORG, NULL, 0);
	test_mention_all(a, id, name, MENTION_NAME);
	return id;
}

/* ---- cues inside a reported clause ------------------------------------ */

static void test_reported_clause_cues(void **state)
{
	(void)state;
	struct article a;
	/* a passive speech verb: its subject is spoken to */
	open_doc(&a, "Title\n\nTarnley Valley Council will close two depots. A council spokeswoman said drivers had been "
	             "told \"well before the winter timetable\". The depots open at six.\n",
	         "en");
	org(&a, "Tarnley Valley Council");
	test_run_quotes(&a);
	test_expect_direct(&a, "well before the winter timetable", "Tarnley Valley Council", "said");
	article_close(&a);

	open_doc(&a, "Titre\n\nLe maire de Vercolles, Ivan Sorbier, a répondu jeudi. Il a indiqué que les riverains "
	             "avaient été informés « bien avant le début des travaux ». Le chantier dure un mois.\n",
	         "fr");
	person(&a, "Ivan Sorbier", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "bien avant le début des travaux", "Ivan Sorbier", "a indiqué");
	article_close(&a);

	/* a speech act still to come, reported by the sentence's speaker */
	open_doc(&a, "Title\n\nNadia Orlov leads the Brennock tenants group. She noted that the guild would ask the "
	             "landlord to \"halt every eviction this winter\". The meeting is in June.\n",
	         "en");
	person(&a, "Nadia Orlov", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "halt every eviction this winter", "Nadia Orlov", "noted");
	article_close(&a);

	open_doc(&a, "Titre\n\nNadia Orlov préside l'amicale des locataires de Brennock. Elle a précisé que la "
	             "fédération demanderait au bailleur de « geler toutes les expulsions cet hiver ». La réunion a lieu "
	             "en juin.\n",
	         "fr");
	person(&a, "Nadia Orlov", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "geler toutes les expulsions cet hiver", "Nadia Orlov", "a précisé");
	article_close(&a);

	/* a speech act already made keeps its own cue */
	open_doc(&a, "Titre\n\nNadia Orlov préside l'amicale des locataires. Elle a précisé que la fédération avait "
	             "demandé au bailleur de « geler toutes les expulsions ». La réunion a lieu en juin.\n",
	         "fr");
	person(&a, "Nadia Orlov", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "geler toutes les expulsions", NULL, "avait demandé");
	article_close(&a);
}

/* ---- a person's circle, an institution noun --------------------------- */

static void test_circle_and_institution(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe maire, Paul Ardouin, a refusé tout commentaire. Son entourage assure qu'il "
	             "« attend la décision avec calme ».\n",
	         "fr");
	person(&a, "Paul Ardouin", ACTOR_MALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "attend la décision avec calme", "Paul Ardouin", NULL);
	article_close(&a);

	open_doc(&a, "Title\n\nGovernor Ann Lee declined to comment. Her office said the request was \"under "
	             "review.\"\n",
	         "en");
	person(&a, "Ann Lee", ACTOR_FEMALE);
	test_run_quotes(&a);
	test_expect_direct(&a, "under review.", "Ann Lee", "said");
	article_close(&a);

	/* "the agency": the organisation just spoken of */
	open_doc(&a, "Title\n\nThe Food Safety Board said the cheese had been withdrawn. The agency added that it "
	             "had been \"in close contact with the dairy since May.\"\n",
	         "en");
	org(&a, "Food Safety Board");
	test_run_quotes(&a);
	test_expect_direct(&a, "in close contact with the dairy since May.", "Food Safety Board", NULL);
	article_close(&a);

	/* an adjective after the noun: the organisation speaking in the paragraph */
	open_doc(&a, "Titre\n\n« Les forêts souffrent », constate l'Office des forêts dans un communiqué. "
	             "L'établissement public annonce deux pistes « d'ici à 2028 ».\n",
	         "fr");
	org(&a, "Office des forêts");
	test_run_quotes(&a);
	test_expect_direct(&a, "d'ici à 2028", "Office des forêts", NULL);
	article_close(&a);

	/* « au siège de l'organisation »: the organisation speaks there */
	open_doc(&a, "Titre\n\nDu côté de la Fédération des scieurs, on se montre prudent. « Le dossier est "
	             "complexe », indique-t-on au siège de l'organisation.\n",
	         "fr");
	org(&a, "Fédération des scieurs");
	test_run_quotes(&a);
	test_expect_direct(&a, "Le dossier est complexe", "Fédération des scieurs", NULL);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_points_back),
		cmocka_unit_test(test_bare_role_back),
		cmocka_unit_test(test_origin_description_back),
		cmocka_unit_test(test_pronoun_first_person),
		cmocka_unit_test(test_apposition_affiliation),
		cmocka_unit_test(test_circle_and_institution),
		cmocka_unit_test(test_reported_clause_cues),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
