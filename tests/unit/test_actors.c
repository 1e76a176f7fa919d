/* test_actors.c — the named-actor extractor: candidates, types, aliases,
 * roles, metonymy, in French and English, on sentences written for these
 * tests; and a regression on the seed article when it is present. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors_fold.h"
#include "extract.h"

/* ---- helpers ------------------------------------------------------------- */

/* No actor has this name nor a mention with this text. */
static void assert_no_actor(struct article *a, const char *text)
{
	assert_int_equal(annots_find_actor(a->an, text), -1);
	assert_int_equal(test_actor_of(a, text), -1);
}

/* ---- folding key ---------------------------------------------------------- */

static void assert_same_key(const char *x, const char *y)
{
	char *kx = actors_fold_key(x, strlen(x), NULL), *ky = actors_fold_key(y, strlen(y), NULL);
	if (strcmp(kx, ky) != 0)
		fail_msg("keys differ: %s -> %s, %s -> %s", x, kx, y, ky);
	free(kx);
	free(ky);
}

static void test_fold_key(void **state)
{
	(void)state;
	assert_same_key("Ouchakov", "Oushakov");
	assert_same_key("Oushakov", "Ushakov");
	assert_same_key("Iouri", "Youri");
	assert_same_key("Kiev", "Kyiv");
	assert_same_key("Zelensky", "Zelenskyy");
	assert_same_key("Érignac", "Erignac");
	assert_same_key("Khodorkovski", "Hodorkovsky");
	assert_same_key("Poutine", "Putin");
	assert_same_key("Ушаков", "Ushakov");   /* Cyrillic through Any-Latin */
	char *k = actors_fold_key("Jean-Marie  Le Pen", 18, NULL);
	assert_string_equal(k, "jeanmari le pen");
	free(k);
	assert_int_equal(actors_edit_distance("dmitriv", 7, "dimitriv", 8, 2), 1);
	assert_int_equal(actors_edit_distance("abcd", 4, "abdc", 4, 2), 1);
	assert_true(actors_edit_distance("volkov", 6, "petrov", 6, 1) > 1);
}

/* ---- candidates ------------------------------------------------------------- */

/* Lower-case particles after given names the lexicon does not know: the
 * whole name is one person; an article before it makes no person. */
static void test_unknown_first_particles(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLe négociateur néerlandais Maarten de Kloet a rencontré Aurélien d'Orvaux mardi à Bruges. "
	              "« Rien n'est joué », a dit Maarten de Kloet.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Maarten de Kloet"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Aurélien d'Orvaux"), ACTOR_PERSON);
	assert_no_actor(&a, "Kloet");
	article_close(&a);

	test_actors_text(&a, "Essai\n\nLa découverte du Quark de Talvenne a surpris les physiciens.\n", "fr");
	assert_int_equal(annots_find_actor(a.an, "Quark de Talvenne"), -1);
	article_close(&a);

	test_actors_text(&a, "Test\n\nHer former coach in Utrecht, Wouter de Bree, said the climb suited her. "
	              "The cyclist thanked Marieke ter Horst and Ines Salgado de la Fuente.\n", "en");
	assert_int_equal(test_actor_type(&a, "Wouter de Bree"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Marieke ter Horst"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Ines Salgado de la Fuente"), ACTOR_PERSON);
	assert_no_actor(&a, "Bree");
	article_close(&a);
}

/* Organisation cue words beat the person reading of a two-word name. */
static void test_org_cue_beats_person(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nThe season opens with a staging by Brindlewood Opera, funded by Halvard Capital "
	              "and advised by Quillon Research.\n", "en");
	assert_int_equal(test_actor_type(&a, "Brindlewood Opera"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Halvard Capital"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Quillon Research"), ACTOR_ORG);
	article_close(&a);

	test_actors_text(&a, "Test\n\nEngineers at Emir Faisal Polytechnic University tested the membranes.\n", "en");
	assert_int_equal(test_actor_type(&a, "Emir Faisal Polytechnic University"), ACTOR_ORG);
	article_close(&a);

	test_actors_text(&a, "Essai\n\nLe club a recruté un ailier venu du Lokomotiv Samtredia, grâce au fonds Orvelt Capital.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Lokomotiv Samtredia"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Orvelt Capital"), ACTOR_ORG);
	article_close(&a);
}

/* « la préfecture de Loire-Atlantique », « le tribunal correctionnel de
 * Marseille »: institutions named by their seat are organisations. */
static void test_local_institutions(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLa préfecture de Gironde a interdit le rassemblement. L'affaire sera jugée par le "
	              "tribunal correctionnel de Marseille en mars, à Marseille.\n", "fr");
	assert_int_equal(test_actor_type(&a, "préfecture de Gironde"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "tribunal correctionnel de Marseille"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Marseille"), ACTOR_PLACE);
	/* The noun phrase with its article is a mention too. */
	int id = test_actor_named(&a, "tribunal correctionnel de Marseille");
	assert_true(test_has_mention(&a, id, "le tribunal correctionnel de Marseille"));
	assert_true(test_has_mention(&a, id, "tribunal correctionnel de Marseille"));
	article_close(&a);
}

/* A dateline in capitals does not give the name its spelling; units are no
 * actors. */
static void test_dateline_caps(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nNAIROBI, May 4 - Temperatures reached 41 degrees Celsius as the city rationed water. "
	              "Officials in Nairobi said the shortage would last.\n", "en");
	assert_true(annots_find_actor(a.an, "Nairobi") >= 0);
	assert_int_equal(annots_find_actor(a.an, "NAIROBI"), -1);
	assert_no_actor(&a, "Celsius");
	article_close(&a);

	test_actors_text(&a, "Test\n\nNAIROBI, May 4 - The city rationed water again on Monday.\n", "en");
	assert_int_equal(test_actor_type(&a, "Nairobi"), ACTOR_PLACE);
	article_close(&a);
}

/* Capitalised non-names: the word after a wire dateline's dash opens the
 * sentence; plural common nouns before a speech verb; a credit line in
 * brackets is no headline. */
static void test_capitalised_non_names(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Police question Tarvo mill owner over river spill\n"
	              "QUITO, June 2 (Reuters) - Federal inspectors on Friday questioned the owner of a paper mill.\n\n"
	              "Fishermen said the water turned brown overnight. Inspectors said the damage was severe.\n\n"
	              "(Reporting by Kemi Adeyemi; Editing by Laura Bright)\n", "en");
	assert_no_actor(&a, "Federal");
	assert_no_actor(&a, "Fishermen");
	assert_no_actor(&a, "Inspectors");
	assert_int_equal(test_actor_type(&a, "Kemi Adeyemi"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Laura Bright"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Quito"), ACTOR_PLACE);
	article_close(&a);

	test_actors_text(&a, "Essai\n\nRENNES, 4 mai - Riverains et élus attendaient la décision. "
	              "Pêcheurs et agriculteurs ont manifesté devant la préfecture. "
	              "Manifestants a-t-on dit. Syndicalistes ont affirmé leur colère.\n", "fr");
	assert_no_actor(&a, "Riverains");
	assert_no_actor(&a, "Syndicalistes");
	assert_int_equal(test_actor_type(&a, "Rennes"), ACTOR_PLACE);
	article_close(&a);
}

/* The place of a wire dateline is a place even when no gazetteer knows
 * it; a possessive stays out of a place's mention; a place named in its
 * own right is no prefix of an organisation's name; a country inside a
 * title stays in the title. */
static void test_places_and_titles(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nTOLLBRIDGE, Ohio - Police arrested a builder in Tollbridge. Residents of Marsh End "
	              "formed the Marsh End Flood Action Group. Water reached homes in Marsh End on Monday. "
	              "Rain fell across Britain's south.\n", "en");
	assert_int_equal(test_actor_type(&a, "Tollbridge"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Marsh End"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Marsh End Flood Action Group"), ACTOR_ORG);
	assert_true(test_actor_of(&a, "Britain") >= 0);
	assert_int_equal(test_actor_of(&a, "Britain's"), -1);
	article_close(&a);

	/* Place words of other languages inside names; letters joined by '&'. */
	test_actors_text(&a, "Test\n\nQ&A: the rider\n\nThe stage ends at Campo Felice after the climb of the Passo della "
	              "Volpe. Snow fell on the Passo della Volpe overnight. He spoke after R&D talks on Sept. 4.\n", "en");
	assert_int_equal(test_actor_type(&a, "Campo Felice"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Passo della Volpe"), ACTOR_PLACE);
	assert_no_actor(&a, "Q&A");
	assert_no_actor(&a, "Sept");
	assert_no_actor(&a, "R&D");
	article_close(&a);

	test_actors_text(&a, "Essai\n\nLe peloton franchira le col du Galibier puis le Passo della Volpe. Son roman paraît "
	              "aux éditions du Chardon. Les éditions du Chardon ont confirmé.\n", "fr");
	assert_int_equal(test_actor_type(&a, "col du Galibier"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Passo della Volpe"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "éditions du Chardon"), ACTOR_ORG);
	article_close(&a);

	/* A classifier and its adjective before a name: an organisation. */
	test_actors_text(&a, "Essai\n\nLe site britannique Rugby Zone Europe affirme que le club hésite.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Rugby Zone Europe"), ACTOR_ORG);
	article_close(&a);

	test_actors_text(&a, "Test\n\n\"He lied,\" said Assistant U.S. Attorney Rebecca Lindholm. Lindholm appeared before "
	              "U.S. Magistrate Judge Carl Enwright on Friday. Enwright set bail.\n", "en");
	assert_int_equal(test_actor_type(&a, "Rebecca Lindholm"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Carl Enwright"), ACTOR_PERSON);
	assert_int_equal(annots_find_actor(a.an, "U.S. Magistrate"), -1);
	assert_int_equal(annots_find_actor(a.an, "Assistant U.S"), -1);
	article_close(&a);
}

/* Leading descriptors are no part of a name: a demonym used as a noun, a
 * sentence-initial classifier; the demonym later refers to the person. */
static void test_leading_descriptors(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nThe Colombian Mateo Ríos Salazar won the stage ahead of Dutch rider Wout Jansen. "
	              "Chipmaker Ardentis said on Monday it would build a plant. "
	              "The Dutchman said he was tired. The German government said nothing.\n", "en");
	assert_int_equal(test_actor_type(&a, "Mateo Ríos Salazar"), ACTOR_PERSON);
	assert_no_actor(&a, "Colombian Mateo Ríos Salazar");
	assert_int_equal(test_actor_type(&a, "Ardentis"), ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Chipmaker Ardentis"), -1);
	assert_true(test_has_mention(&a, test_actor_named(&a, "Wout Jansen"), "The Dutchman"));
	assert_int_equal(test_actor_of(&a, "The German"), -1);
	article_close(&a);

	test_actors_text(&a, "Essai\n\nLe club a recruté le Géorgien Levan Kipiani, 26 ans. "
	              "« Je suis heureux », a dit le Géorgien, qui arrive de Tbilissi.\n", "fr");
	int id = test_actor_named(&a, "Levan Kipiani");
	assert_int_equal(annots_actor(a.an, id)->type, ACTOR_PERSON);
	assert_true(test_has_mention(&a, id, "le Géorgien"));
	article_close(&a);
}

/* Abbreviation dots inside names: hyphenated initials, honorifics before a
 * particle. */
static void test_abbreviation_dots(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nL'arrière J.-M. Lartigue a prolongé son contrat. M. Lartigue a souri. "
	              "Mme de Villemont, présidente du directoire, a répondu. Hélène de Villemont dirige le groupe.\n", "fr");
	int id = test_actor_named(&a, "J.-M. Lartigue");
	assert_int_equal(annots_actor(a.an, id)->type, ACTOR_PERSON);
	assert_true(test_has_mention(&a, id, "Lartigue"));
	assert_int_equal(test_actor_type(&a, "Hélène de Villemont"), ACTOR_PERSON);
	assert_int_equal(test_actor_of(&a, "Villemont"), test_actor_named(&a, "Hélène de Villemont"));
	article_close(&a);
}

/* Organisation names with lower-case words. */
static void test_lowercase_org_names(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLes Chantiers de la Rance ont annoncé lundi 200 suppressions de postes. "
	              "La coopérative Prés du Cotentin a fermé une usine. "
	              "La Fédération des éleveurs de porcs de la Sarthe dénonce la décision.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Chantiers de la Rance"), ACTOR_ORG);
	assert_no_actor(&a, "Rance");
	assert_int_equal(test_actor_type(&a, "Prés du Cotentin"), ACTOR_ORG);
	assert_no_actor(&a, "Cotentin");
	assert_int_equal(test_actor_type(&a, "Fédération des éleveurs de porcs de la Sarthe"), ACTOR_ORG);
	article_close(&a);

	/* A head, adjectives, then its complements; « et » joins two nouns. */
	test_actors_text(&a, "Essai\n\nL'Agence régionale de santé de Normandie a fermé le service. "
	              "La Caisse des retraites et pensions a versé les arrérages. "
	              "L'Office régional de la pêche côtière a publié ses chiffres.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Agence régionale de santé de Normandie"), ACTOR_ORG);
	assert_no_actor(&a, "Agence régionale");
	assert_int_equal(test_actor_type(&a, "Caisse des retraites et pensions"), ACTOR_ORG);
	assert_no_actor(&a, "Caisse des retraites");
	assert_int_equal(test_actor_type(&a, "Office régional de la pêche côtière"), ACTOR_ORG);
	article_close(&a);

	/* A capitalised common noun is no name: « du Boson », « le boson ». */
	test_actors_text(&a, "Essai\n\nLa découverte du Neutrino de Fermi a été saluée. Le neutrino est léger, "
	              "et le neutrino de ce type est rare. Fermi a travaillé à Chicago.\n", "fr");
	assert_no_actor(&a, "Neutrino de Fermi");
	article_close(&a);

	test_actors_text(&a, "Test\n\nThe Securities and Exchange Commission opened an inquiry into Ardentis. "
	              "Apples and Pears Ltd was not named.\n", "en");
	assert_int_equal(test_actor_type(&a, "Securities and Exchange Commission"), ACTOR_ORG);
	assert_no_actor(&a, "Exchange Commission");
	article_close(&a);
}

/* A seat's complement is a place: « le maire de X », « le tribunal
 * correctionnel de X », "the mayor of X"; a town after "through". */
static void test_seats_and_towns(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLe maire de Trémazan a reçu les pêcheurs. Le tribunal correctionnel de Plouvenec "
	              "a renvoyé l'affaire. Les habitants de Kerlivio sont inquiets. "
	              "Le président de Vantelis a démissionné.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Trémazan"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Plouvenec"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "tribunal correctionnel de Plouvenec"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Kerlivio"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Vantelis"), ACTOR_ORG);   /* a president's complement is no seat */
	article_close(&a);

	test_actors_text(&a, "Essai\n\nOriginaire de Kerlazec, le marin a été secouru près de Locmerien.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Kerlazec"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Locmerien"), ACTOR_PLACE);
	article_close(&a);

	test_actors_text(&a, "Test\n\nPassengers flying from Brantley faced delays. A statement from Corvex followed.\n", "en");
	assert_int_equal(test_actor_type(&a, "Brantley"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Corvex"), ACTOR_ORG);
	article_close(&a);

	test_actors_text(&a, "Test\n\nThe mayor of Ashcombe said the road would reopen. Trucks now drive through Pellbrook "
	              "to reach the quarry.\n", "en");
	assert_int_equal(test_actor_type(&a, "Ashcombe"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Pellbrook"), ACTOR_PLACE);
	article_close(&a);
}

/* French institution names: a capitalised adjective before the head, the
 * seat after the adjectives, several complements before a clear boundary;
 * « le Premier ministre » is a role. */
static void test_french_institution_names(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLa Haute Autorité de régulation des ports a rendu un avis. "
	              "Le Conservatoire national de Valenciennes recrute. "
	              "L'Union des producteurs de cidre du bocage (UPCB) a protesté. "
	              "Le Premier ministre a répondu aux questions.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Haute Autorité de régulation des ports"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Conservatoire national de Valenciennes"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Union des producteurs de cidre du bocage"), ACTOR_ORG);
	assert_no_actor(&a, "Premier");
	assert_no_actor(&a, "Le Premier");
	article_close(&a);

	/* A title's domain after « du » is no actor; a known name with lower-case
	 * words keeps its article. */
	test_actors_text(&a, "Essai\n\nLa ministre du Logement, Claire Dufresnoy, a présenté le plan. "
	              "Selon un sondage publié par Le Journal du dimanche, le projet divise.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Claire Dufresnoy"), ACTOR_PERSON);
	assert_no_actor(&a, "Logement");
	assert_int_equal(test_actor_type(&a, "Le Journal du dimanche"), ACTOR_ORG);
	article_close(&a);

	/* A territory's head with a capital mid-sentence names its
	 * administration; « du » (also a given name) splits no name. */
	test_actors_text(&a, "Essai\n\nLa Ville de Pontcroix et le Département du Finistère financent le port. "
	              "La ville de Pontcroix compte 1 600 habitants.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Ville de Pontcroix"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Département du Finistère"), ACTOR_ORG);
	assert_no_actor(&a, "du Finistère");
	article_close(&a);

	/* Without a boundary after them, complements stay out: « de la ville » goes on. */
	test_actors_text(&a, "Essai\n\nLa Fédération des pêcheurs de la rade voisine les quais.\n", "fr");
	assert_no_actor(&a, "Fédération des pêcheurs de la rade voisine les quais");
	article_close(&a);
}

/* Given-name compounds, elided capitals inside names, companies named
 * by an acronym or by what follows them. */
static void test_name_shapes(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLe député de la Manche Paul-Henri de La Roche-Vérel a voté contre. "
	              "Le milieu de terrain Kévin N'Dala-Ferreira a marqué deux fois. "
	              "Les analystes de Brivel KPX restent prudents.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Paul-Henri de La Roche-Vérel"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Manche"), ACTOR_PLACE);
	assert_no_actor(&a, "Manche Paul-Henri");
	assert_int_equal(test_actor_type(&a, "Kévin N'Dala-Ferreira"), ACTOR_PERSON);
	assert_no_actor(&a, "Kévin");
	assert_int_equal(test_actor_type(&a, "Brivel KPX"), ACTOR_ORG);
	article_close(&a);

	/* A lower-case syllable after a hyphen: a Korean given name, not an
	 * adjective ("Kremlin-backed", "Soviet-era"). */
	test_actors_text(&a, "Essai\n\nLe défenseur sud-coréen Park Ji-hoon a signé lundi. « Je suis fier », a dit le "
	              "Sud-Coréen.\n", "fr");
	int park = test_actor_named(&a, "Park Ji-hoon");
	assert_int_equal(test_actor_type(&a, "Park Ji-hoon"), ACTOR_PERSON);
	assert_int_equal(test_actor_of(&a, "le Sud-Coréen"), park);
	article_close(&a);
	test_actors_text(&a, "Test\n\nA Moscow-backed militia and a Soviet-era tank were seen, said the coach, Yoon Se-young.\n", "en");
	assert_int_equal(test_actor_type(&a, "Yoon Se-young"), ACTOR_PERSON);
	assert_no_actor(&a, "Moscow-backed");
	assert_no_actor(&a, "Soviet-era");
	article_close(&a);

	test_actors_text(&a, "Essai\n\nLe tribunal a condamné la société Habitat 7B à une amende. Le groupe Habitat 7B "
	              "fera appel en 2026.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Habitat 7B"), ACTOR_ORG);
	article_close(&a);

	test_actors_text(&a, "Test\n\nCorwin Hale shares fell 6% on Tuesday after the profit warning. "
	              "Corwin Hale said it would cut costs.\n", "en");
	assert_int_equal(test_actor_type(&a, "Corwin Hale"), ACTOR_ORG);
	article_close(&a);
}

/* English organisation names: "and" inside a complement, plural heads,
 * an office named after a title, a common noun's possessive. */
static void test_english_org_names(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nThe Nevada Department of Mines and Geology closed the site. "
	              "The National Institutes of Oceanography funded the survey. "
	              "The Office of the Attorney General opened a review. "
	              "Doctors at Queen's Hospital Wexley treated the crew. "
	              "The Department of Justice and Mary Penrose declined to comment.\n", "en");
	assert_int_equal(test_actor_type(&a, "Nevada Department of Mines and Geology"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "National Institutes of Oceanography"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Office of the Attorney General"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Queen's Hospital Wexley"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Department of Justice"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Mary Penrose"), ACTOR_PERSON);
	article_close(&a);

	/* Clubs, a title word before one cue word, a city with a particle. */
	test_actors_text(&a, "Test\n\nRexford United signed the winger from a Premier League rival. He grew up near "
	              "Rio de Janeiro.\n", "en");
	assert_int_equal(test_actor_type(&a, "Rexford United"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Premier League"), ACTOR_ORG);
	assert_no_actor(&a, "League");
	assert_int_equal(test_actor_type(&a, "Rio de Janeiro"), ACTOR_PLACE);
	article_close(&a);

	/* A wire dateline whose state abbreviation ends a sentence; a road and
	 * its number; a school; a party member is no actor. */
	test_actors_text(&a, "Test\n\nMAPLEFORD, Calif. (AP) — The Mapleford Unified School District closed Birchwood "
	              "Elementary on Monday. Buses now use Route 17. A Republican on the board objected.\n", "en");
	assert_int_equal(test_actor_type(&a, "Mapleford"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Birchwood Elementary"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Route 17"), ACTOR_PLACE);
	assert_no_actor(&a, "Republican");
	article_close(&a);

	/* A regional headline opening with its town; a classifier and an
	 * adjective before a name. */
	test_actors_text(&a, "Kerbrat-Vian. La kermesse attire la foule\n\nLa kermesse de Kerbrat-Vian a réuni 800 personnes. "
	              "Le cercle celtique Bro Lannvaz a dansé tout l'après-midi.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Kerbrat-Vian"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Bro Lannvaz"), ACTOR_ORG);
	article_close(&a);

	/* A group named by plurals; a sentence-initial name coordinated with
	 * another; « à hauteur de X »; an adjective after an organisation's head. */
	test_actors_text(&a, "Essai\n\nLes tracteurs ont bloqué la route à hauteur de Trévenec, à l'appel des "
	              "Vignerons Indépendants. Brélis et Ocanor n'ont pas répondu. La Fédération paysanne "
	              "soutient le mouvement.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Trévenec"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Vignerons Indépendants"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Brélis"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Fédération paysanne"), ACTOR_ORG);
	article_close(&a);

	/* « est parti de X » is a departure, « le parti de X » a party. */
	test_actors_text(&a, "Essai\n\nLe cortège est parti de Pontrivel vers midi, puis il a défilé à Pontrivel. "
	              "Les élus du parti de Gaspard Ruel ont protesté.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Pontrivel"), ACTOR_PLACE);
	assert_int_equal(test_actor_of(&a, "parti de Pontrivel"), -1);
	article_close(&a);
}

/* Other names of an organisation: a one-word name in brackets after it,
 * the initials of its words before « et »; a person's party in brackets
 * stays apart. */
static void test_bracket_and_initial_aliases(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nL'Office public de l'habitat rural (Ruralia) a vendu 40 logements. "
	              "Ruralia conteste les chiffres. L'Institut régional de recherche agronomique et des sols "
	              "a publié une étude. Selon l'IRRA, les rendements baissent. "
	              "Le député Hugo Marcellin (PS) a voté contre. Le PS a protesté.\n", "fr");
	int office = test_actor_named(&a, "Office public de l'habitat rural");
	assert_int_equal(test_actor_of(&a, "Ruralia"), office);
	int inst = test_actor_named(&a, "Institut régional de recherche agronomique et des sols");
	assert_int_equal(test_actor_of(&a, "l'IRRA"), inst);
	int ps = test_actor_of(&a, "PS");
	assert_true(ps >= 0);
	assert_int_not_equal(ps, test_actor_named(&a, "Hugo Marcellin"));
	article_close(&a);
}

/* A French organisation's name runs on over lower-case complements, commas
 * and « et » to the acronym in brackets that their initials spell; without
 * such an acronym it stops where it did.  An acronym with a number in
 * brackets (a French candidate keeps the number) is the other name of the
 * organisation before it. */
static void test_spelled_acronym_tail(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nUn agent de la Direction départementale de la pêche, de la chasse et des forêts "
	              "(DDPCF) a constaté les dégâts. La DDPCF a porté plainte. L'Institut régional de recherche pour "
	              "la vigne et le climat (Irvc) a publié une note. Le Service départemental de secours "
	              "en montagne (SDSM 38) est intervenu. La Direction départementale de la voirie, selon un "
	              "témoin (AFP), a fermé la route.\n", "fr");
	int dd = test_actor_named(&a, "Direction départementale de la pêche, de la chasse et des forêts");
	assert_true(dd >= 0);
	assert_int_equal(annots_actor(a.an, dd)->type, ACTOR_ORG);
	assert_int_equal(test_actor_of(&a, "DDPCF"), dd);
	int ir = test_actor_named(&a, "Institut régional de recherche pour la vigne et le climat");
	assert_true(ir >= 0);
	assert_int_equal(test_actor_of(&a, "Irvc"), ir);
	int sd = test_actor_named(&a, "Service départemental de secours en montagne");
	assert_true(sd >= 0);
	assert_int_equal(test_actor_of(&a, "SDSM 38"), sd);
	assert_true(test_actor_named(&a, "Direction départementale de la voirie") >= 0);
	assert_no_actor(&a, "Direction départementale de la voirie, selon un témoin");
	article_close(&a);
}

/* A capitalised plural and "for" open a group's name ("Parents for
 * Kellerby"), an organisation (not at a sentence's head, where "Tickets for
 * X" is no name: test_en_group_names); a singular word before "for" does
 * not ("Brannock for Ollerby"). */
static void test_cause_group_names(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nA housing group, Homes for the Tarrow Valley, spent $4,000 on the race. "
	              "The plan was rushed, said Parents for Kellerby. Voters backed Brannock for Ollerby.\n", "en");
	int homes = test_actor_named(&a, "Homes for the Tarrow Valley");
	assert_true(homes >= 0);
	assert_int_equal(annots_actor(a.an, homes)->type, ACTOR_ORG);
	int parents = test_actor_named(&a, "Parents for Kellerby");
	assert_true(parents >= 0);
	assert_int_equal(annots_actor(a.an, parents)->type, ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Brannock for Ollerby"), -1);
	article_close(&a);
}

/* A French organisation's complements take their adjectives before a
 * place (« … d'éleveurs laitiers du Morbihan »), and a region's name
 * straight after a complement in lower case ends the name, a place of its
 * own inside it (« l'Agence régionale de tourisme Bretagne »). */
static void test_complement_adjectives_and_region(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLa Fédération départementale des groupements d'éleveurs laitiers du Morbihan "
	              "tient son congrès. Mardi, l'Agence régionale de tourisme Bretagne a publié un bilan.\n",
	              "fr");
	int fd = test_actor_named(&a, "Fédération départementale des groupements d'éleveurs laitiers du Morbihan");
	assert_true(fd >= 0);
	assert_int_equal(annots_actor(a.an, fd)->type, ACTOR_ORG);
	int ars = test_actor_named(&a, "Agence régionale de tourisme Bretagne");
	assert_true(ars >= 0);
	assert_int_equal(annots_actor(a.an, ars)->type, ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Bretagne"), ACTOR_PLACE);
	article_close(&a);
}

/* A plural possessive inside an English organisation's name ("the Tarrow
 * Rovers Members' Trust") keeps the name whole even after a cue word,
 * and the club named before it is another organisation; after a cue word
 * and its complement it still ends a name (two bodies). */
static void test_plural_possessive_names(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nThe Tarrow Rovers Members' Trust objected on Monday. Tarrow Rovers won 2-0 on "
	              "Saturday. The Department of Canals and Inland Waterways' Office of Audit opened an inquiry.\n", "en");
	int trust = test_actor_named(&a, "Tarrow Rovers Members' Trust");
	assert_true(trust >= 0);
	assert_int_equal(annots_actor(a.an, trust)->type, ACTOR_ORG);
	int club = test_actor_of(&a, "Tarrow Rovers");
	assert_true(club >= 0);
	assert_int_not_equal(club, trust);
	assert_true(test_actor_named(&a, "Office of Audit") >= 0);
	article_close(&a);
}

/* A given name the lexicon lacks, alone, is the person whose full name
 * starts with it. */
static void test_unknown_first_name_alias(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nThe climb suited Teun van der Poel, who took the lead. "
	              "His coach said that Teun could win the race.\n", "en");
	int id = test_actor_named(&a, "Teun van der Poel");
	assert_int_equal(test_actor_of(&a, "Teun"), id);
	article_close(&a);

	/* Saints' compounds alone are places. */
	test_actors_text(&a, "Essai\n\nL'ancien maire de Saint-Véran est jugé. « Saint-Véran demande justice », "
	              "a dit son avocat.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Saint-Véran"), ACTOR_PLACE);
	article_close(&a);
}

static void test_particles(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLa présidente Ursula von der Leyen a reçu Charles de Villiers et Mohammed bin Salman à Bruxelles.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Ursula von der Leyen"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Charles de Villiers"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Mohammed bin Salman"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Bruxelles"), ACTOR_PLACE);
	article_close(&a);

	test_actors_text(&a, "Test\n\nThe talks between Ursula von der Leyen and Recep Tayyip Erdogan ended late.\n", "en");
	assert_int_equal(test_actor_type(&a, "Ursula von der Leyen"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Recep Tayyip Erdogan"), ACTOR_PERSON);
	article_close(&a);

	/* Welsh patronymics: ap, ab (before a vowel), ferch */
	test_actors_text(&a, "Test\n\nThe fair in Bala was opened by the trust's chair, Rhodri ap Gruffydd, with Nia ferch "
	              "Dafydd and Owain ab Iorwerth. Later ap Gruffydd thanked the volunteers.\n", "en");
	int rg = test_actor_named(&a, "Rhodri ap Gruffydd");
	assert_int_equal(test_actor_type(&a, "Rhodri ap Gruffydd"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Nia ferch Dafydd"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Owain ab Iorwerth"), ACTOR_PERSON);
	assert_true(rg >= 0);
	assert_true(test_actor_of(&a, "Gruffydd") == rg || test_actor_of(&a, "ap Gruffydd") == rg);
	article_close(&a);
}

/* A capitalised word after a singular article and before an age describes
 * a person already named: « le Béarnais de 31 ans », "the Mancunian, 34,". */
static void test_described_by_age(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLa commission a suspendu le coureur Paul Sarrat pour deux ans. Le Béarnais de 31 ans, "
	              "qui conteste la sanction, fera appel à Albi.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Paul Sarrat"), ACTOR_PERSON);
	assert_no_actor(&a, "Béarnais");
	assert_no_actor(&a, "Le Béarnais");
	article_close(&a);

	test_actors_text(&a, "Test\n\nThe club signed Owen Hollis on Friday. The Mancunian, 34, joins from Exeter. The "
	              "Mancunian aged 34 will play on Sunday.\n", "en");
	assert_int_equal(test_actor_type(&a, "Owen Hollis"), ACTOR_PERSON);
	assert_no_actor(&a, "Mancunian");
	assert_no_actor(&a, "The Mancunian");
	article_close(&a);

	/* without an age the word may still be a name: « le Lodévois » (the country around Lodève) */
	test_actors_text(&a, "Essai\n\nLes orages ont touché le Lodévois et le Lauragais dimanche.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Lodévois"), ACTOR_PLACE);
	article_close(&a);
}

static void test_hyphenated_and_initials(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nJean-Baptiste Morel a démissionné. Morel dirigeait la Caisse des dépôts depuis 2019.\n", "fr");
	int jb = test_actor_named(&a, "Jean-Baptiste Morel");
	assert_int_equal(test_actor_of(&a, "Morel"), jb);
	assert_int_equal(annots_actor(a.an, jb)->flags & ACTOR_MALE, ACTOR_MALE);
	article_close(&a);

	test_actors_text(&a, "Test\n\nThe novel by J. K. Rowling sold well, said George W. Bush, who read it twice.\n", "en");
	assert_int_equal(test_actor_type(&a, "J. K. Rowling"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "George W. Bush"), ACTOR_PERSON);
	article_close(&a);
}

static void test_acronyms(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nL'OTAN et l'ONU ont salué l'accord, tout comme la CGT.\n", "fr");
	assert_int_equal(test_actor_type(&a, "OTAN"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "ONU"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "CGT"), ACTOR_ORG);
	article_close(&a);

	test_actors_text(&a, "Test\n\nNATO allies met in Brussels. The WHO and the IMF sent observers. The Union of Rail Workers (URW) joined.\n", "en");
	assert_int_equal(test_actor_type(&a, "NATO"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "IMF"), ACTOR_ORG);
	/* An acronym in parentheses after a name is that name's alias. */
	int u = test_actor_named(&a, "Union of Rail Workers");
	assert_int_equal(test_actor_of(&a, "URW"), u);
	article_close(&a);
}

static void test_sentence_initial(void **state)
{
	(void)state;
	struct article a;
	/* An ordinary word opening a sentence is no name; a known one is. */
	test_actors_text(&a, "Essai\n\nSelon Bloomberg, les ventes ont baissé. Hier, la direction a réagi. Febelin a publié un rapport. "
	              "Le rapport de Febelin est public.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Bloomberg"), ACTOR_ORG);
	assert_no_actor(&a, "Selon");
	assert_no_actor(&a, "Selon Bloomberg");
	assert_no_actor(&a, "Hier");
	/* capitalised mid-sentence elsewhere: evidence */
	assert_true(test_actor_of(&a, "Febelin") >= 0);
	article_close(&a);

	test_actors_text(&a, "Test\n\nVolunteers gathered outside at 9 a.m. Residents brought food. Trump spoke later. "
	              "Donald Trump had arrived by car.\n", "en");
	assert_no_actor(&a, "Volunteers");
	assert_no_actor(&a, "Residents");
	/* A sentence-initial surname joins the full name found elsewhere. */
	int t = test_actor_named(&a, "Donald Trump");
	assert_int_equal(test_actor_of(&a, "Trump"), t);
	article_close(&a);
}

/* A given name whose folded form two languages give different genders
 * (« Danièle », Italian "Daniele") tells no gender: a pronoun of either
 * gender may refer to the person. */
static void test_folded_given_name_gender(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nDanièle Varenne-Lhuillier a été réélue à Mornac. Sa rivale Ginette Corbière "
	                     "l'a félicitée.\n", "fr");
	assert_int_equal(annots_actor(a.an, test_actor_named(&a, "Danièle Varenne-Lhuillier"))->flags & ACTOR_MALE, 0);
	article_close(&a);

	test_actors_text(&a, "Test\n\nMichele Tarrant was re-elected in Dunmore on Sunday.\n", "en");
	assert_int_equal(annots_actor(a.an, test_actor_named(&a, "Michele Tarrant"))->flags & ACTOR_MALE, 0);
	article_close(&a);
}

static void test_typing(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nM. Dufresne a rencontré à Lyon les dirigeants de la Banque de France et du groupe Altéon. "
	              "Le maire a envoyé Mme Karine Sorel, qui vit en Corrèze.\n", "fr");
	assert_int_equal(test_actor_type(&a, "Dufresne"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Lyon"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Banque de France"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Altéon"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Karine Sorel"), ACTOR_PERSON);
	assert_int_equal(annots_actor(a.an, test_actor_named(&a, "Karine Sorel"))->flags & ACTOR_FEMALE, ACTOR_FEMALE);
	assert_int_equal(test_actor_type(&a, "Corrèze"), ACTOR_PLACE);
	article_close(&a);

	test_actors_text(&a, "Test\n\nMr. Hallam flew to Ohio to visit Brenmoor Industries Inc. and the University of Leeds. "
	              "He later met Sen. Maria Quintero in Tucson.\n", "en");
	assert_int_equal(test_actor_type(&a, "Hallam"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Ohio"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "University of Leeds"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Maria Quintero"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Tucson"), ACTOR_PLACE);
	assert_true(test_actor_of(&a, "Brenmoor Industries Inc") >= 0);
	assert_int_equal(annots_actor(a.an, test_actor_of(&a, "Brenmoor Industries Inc"))->type, ACTOR_ORG);
	article_close(&a);
}

static void test_demonyms(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLe président russe Vladimir Poutine a appelé deux Polonais. Le gouvernement malien a protesté.\n", "fr");
	const struct actor *p = annots_actor(a.an, test_actor_named(&a, "Vladimir Poutine"));
	assert_string_equal(p->role, "président russe");
	assert_non_null(p->country);
	assert_string_equal(p->country, "Russie");
	assert_no_actor(&a, "Polonais");
	const struct actor *g = annots_actor(a.an, test_actor_named(&a, "gouvernement malien"));
	assert_int_equal(g->type, ACTOR_ORG);
	assert_string_equal(g->country, "Mali");
	article_close(&a);

	test_actors_text(&a, "Test\n\nRussian President Vladimir Putin called the Australian envoy.\n", "en");
	p = annots_actor(a.an, test_actor_named(&a, "Vladimir Putin"));
	assert_non_null(p->country);
	assert_string_equal(p->country, "Russia");
	assert_no_actor(&a, "Australian");
	assert_no_actor(&a, "Russian");
	article_close(&a);

	/* a demonym of several words, opening a sentence or not, and one a
	 * quotation's speaker search meets; religions and Latina as nouns */
	test_article(&a, "Yards\n\nSouth Korean shipbuilder Orvane Heavy said it had won an order. Several New "
	             "Zealanders and some Catholic bishops came, and the first Latina to sit on the board spoke. "
	             "Letters came from Tongan families. The foreshore is owned by the Crown, and the Cabinet will decide.\n",
	             "en", NULL, "actors,quotes");
	assert_true(test_actor_named(&a, "Orvane Heavy") >= 0);
	assert_no_actor(&a, "South Korean");
	assert_no_actor(&a, "South");
	assert_no_actor(&a, "Korean");
	assert_no_actor(&a, "New Zealanders");
	assert_no_actor(&a, "Catholic");
	assert_no_actor(&a, "Latina");
	assert_no_actor(&a, "Tongan");
	assert_no_actor(&a, "Crown");
	assert_no_actor(&a, "Cabinet");
	article_close(&a);
}

/* ---- aliases ------------------------------------------------------------------ */

static void test_surname_alias(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nMarine Valbert et Jean-Marc Valbert ont débattu. Marine Valbert a gagné. "
	              "Ensuite, Valbert a remercié ses électeurs.\n", "fr");
	int mv = test_actor_named(&a, "Marine Valbert");
	int jv = test_actor_named(&a, "Jean-Marc Valbert");
	assert_true(mv != jv);
	/* the ambiguous surname goes to the one mentioned last before it */
	assert_int_equal(test_actor_of(&a, "Valbert"), mv);
	article_close(&a);

	test_actors_text(&a, "Test\n\nKeir Ashdown won the vote. Ashdown thanked his staff, and Keir stayed late.\n", "en");
	int k = test_actor_named(&a, "Keir Ashdown");
	assert_int_equal(test_actor_of(&a, "Ashdown"), k);
	assert_int_equal(test_actor_of(&a, "Keir"), k);
	article_close(&a);
}

/* The surname before post-nominal letters, and the first of two family
 * names after a given name, join the full name. */
static void test_inner_surname_alias(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Trial\n\nFor the defence, Tudwal Gwyndaf KC called the evidence thin. "
	              "Mexico's trade minister, Valeria Quintero Solórzano, led the talks. Quintero said the deal was "
	              "close, Mr Gwyndaf added.\n", "en");
	int r = annots_find_actor(a.an, "Tudwal Gwyndaf KC");
	if (r < 0)
		r = test_actor_named(&a, "Tudwal Gwyndaf");
	int v = test_actor_named(&a, "Valeria Quintero Solórzano");
	assert_true(r >= 0 && v >= 0);
	assert_int_equal(test_actor_of(&a, "Mr Gwyndaf"), r);
	assert_int_equal(test_actor_of(&a, "Quintero"), v);
	article_close(&a);
}

/* Wars are events: "the Cold War", and a numbered one without an article;
 * a known place inside stays a place. */
static void test_war_events(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Jeeps\n\nThe buses were first built from army trucks after Great War II, and since the "
	              "Cold War ended the Korea War has been studied in Dunmore.\n", "en");
	assert_no_actor(&a, "Great War II");
	assert_no_actor(&a, "Cold War");
	assert_no_actor(&a, "Korea War");
	assert_int_equal(test_actor_type(&a, "Dunmore"), ACTOR_PLACE);
	article_close(&a);
}

/* "Bruce and Leanne Vassell": a given name alone before a conjunction and a
 * person's full name is a person too, even in a list after a place; a
 * country stays one ("Jordan and Saudi Arabia"). */
static void test_shared_surname(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Rock found\n\nThe fragments fell on Tarrow Downs, a cattle run some 60 kilometres "
	              "north of Keldby.\n\nThe owners of Tarrow Downs, Bruce and Leanne Vassell, let the searchers camp "
	              "near the homestead. Envoys from Jordan and Saudi Arabia came.\n", "en");
	assert_int_equal(test_actor_type(&a, "Tarrow Downs"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Bruce"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Leanne Vassell"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Jordan"), ACTOR_PLACE);
	article_close(&a);
}

/* A family name written first: after an honorific, the one word that opens
 * a single person's name and ends none is that person ("Ms. Quach"). */
static void test_family_name_first(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Flood\n\nAcross the road, Quach Kim Yen stood in the water outside her shop. "
	              "Ms. Quach said she had no insurance.\n", "en");
	int q = test_actor_named(&a, "Quach Kim Yen");
	assert_true(q >= 0);
	assert_int_equal(test_actor_of(&a, "Quach"), q);
	assert_int_equal(annots_find_actor(a.an, "Quach"), -1);
	article_close(&a);

	test_actors_text(&a, "Inondation\n\nDevant sa boutique, Quach Kim Yen regardait l'eau monter. "
	              "Mme Quach n'a pas d'assurance.\n", "fr");
	q = test_actor_named(&a, "Quach Kim Yen");
	assert_true(q >= 0);
	assert_int_equal(test_actor_of(&a, "Quach"), q);
	article_close(&a);
}

static void test_transliteration_variants(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nIouri Ouchakov est arrivé à Kiev. Plus tard, Iouri Oushakov a quitté Kyiv. "
	              "Ushakov a parlé avec Volodymyr Zelensky, puis Zelenskyy est parti.\n", "fr");
	int u = test_actor_named(&a, "Iouri Ouchakov");
	assert_int_equal(test_actor_of(&a, "Iouri Oushakov"), u);
	assert_int_equal(test_actor_of(&a, "Ushakov"), u);
	int k = test_actor_of(&a, "Kiev");
	assert_true(k >= 0);
	assert_int_equal(test_actor_of(&a, "Kyiv"), k);
	assert_int_equal(annots_actor(a.an, k)->type, ACTOR_PLACE);
	int z = test_actor_named(&a, "Volodymyr Zelensky");
	assert_int_equal(test_actor_of(&a, "Zelenskyy"), z);
	article_close(&a);

	test_actors_text(&a, "Test\n\nMuammar Gaddafi ruled for decades. Critics said Gadaffi never listened.\n", "en");
	int g = test_actor_named(&a, "Muammar Gaddafi");
	assert_int_equal(test_actor_of(&a, "Gadaffi"), g);
	article_close(&a);
}

static void test_org_aliases(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Test\n\nThe Harlow Foundation opened a clinic. Harlow staff said the foundation would expand.\n", "en");
	int f = test_actor_named(&a, "Harlow Foundation");
	assert_int_equal(annots_actor(a.an, f)->type, ACTOR_ORG);
	assert_true(test_has_mention(&a, f, "the foundation"));
	assert_int_equal(test_actor_of(&a, "Harlow"), f);
	article_close(&a);

	test_actors_text(&a, "Essai\n\nL'Union européenne a réagi. Selon l'UE, le Front national a tort.\n", "fr");
	int ue = test_actor_named(&a, "Union européenne");
	assert_int_equal(test_actor_of(&a, "l'UE"), ue);   /* an organisation's mention keeps its article */
	assert_int_equal(test_actor_type(&a, "Front national"), ACTOR_ORG);
	article_close(&a);
}

/* ---- roles ------------------------------------------------------------------------ */

static void test_role_apposition(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLes échanges ont été utiles, a déclaré Piotr Lavrenko, conseiller principal du ministre. "
	              "« Rien n'est réglé », a ajouté le conseiller.\n", "fr");
	int p = test_actor_named(&a, "Piotr Lavrenko");
	assert_true(test_has_mention(&a, p, "conseiller principal du ministre"));
	assert_true(test_has_mention(&a, p, "le conseiller"));
	assert_non_null(annots_actor(a.an, p)->role);
	article_close(&a);

	test_actors_text(&a, "Test\n\nA company spokeswoman, Nadia Brooks, confirmed the figures. The spokeswoman added that "
	              "the review was over. Its chief executive, Tom Alder, declined to comment.\n", "en");
	int n = test_actor_named(&a, "Nadia Brooks");
	assert_true(test_has_mention(&a, n, "The spokeswoman"));
	assert_int_equal(annots_actor(a.an, n)->flags & ACTOR_FEMALE, ACTOR_FEMALE);
	int t = test_actor_named(&a, "Tom Alder");
	assert_true(test_has_mention(&a, t, "Its chief executive"));
	article_close(&a);
}

static void test_two_presidents(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLe président russe Boris Orlov a reçu le président américain Frank Dalton. "
	              "Le président russe a parlé longtemps. Le président américain a répondu sèchement.\n", "fr");
	int r = test_actor_named(&a, "Boris Orlov"), u = test_actor_named(&a, "Frank Dalton");
	assert_true(r != u);
	assert_true(test_has_mention(&a, r, "Le président russe"));
	assert_true(test_has_mention(&a, u, "Le président américain"));
	assert_false(test_has_mention(&a, r, "Le président américain"));
	assert_false(test_has_mention(&a, u, "Le président russe"));
	article_close(&a);

	test_actors_text(&a, "Test\n\nFrench President Paul Girard met Kenyan President Amos Otieno. "
	              "The French president spoke first.\n", "en");
	int g = test_actor_named(&a, "Paul Girard"), o = test_actor_named(&a, "Amos Otieno");
	assert_true(g != o);
	assert_true(test_has_mention(&a, g, "The French president"));
	article_close(&a);
}

static void test_metonymy(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLe Kremlin a démenti, tandis que Moscou promettait une réponse.\n", "fr");
	const struct actor *k = annots_actor(a.an, test_actor_named(&a, "Kremlin"));
	assert_int_equal(k->type, ACTOR_ORG);
	assert_true(k->flags & ACTOR_CAN_SPEAK);
	const struct actor *m = annots_actor(a.an, test_actor_named(&a, "Moscou"));
	assert_int_equal(m->type, ACTOR_PLACE);
	assert_true(m->flags & ACTOR_CAN_SPEAK);
	assert_true(test_has_mention(&a, test_actor_named(&a, "Kremlin"), "Le Kremlin"));
	article_close(&a);

	test_actors_text(&a, "Test\n\nThe White House said Washington would not wait.\n", "en");
	assert_true(annots_actor(a.an, test_actor_named(&a, "White House"))->flags & ACTOR_CAN_SPEAK);
	assert_true(annots_actor(a.an, test_actor_named(&a, "Washington"))->flags & ACTOR_CAN_SPEAK);
	article_close(&a);
}

static void test_cue_phrases(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nLa ville de Tarvenne a accueilli l'agence Reuters près de la mosquée Sidi Brahim.\n", "fr");
	int t = test_actor_named(&a, "Tarvenne");
	assert_int_equal(annots_actor(a.an, t)->type, ACTOR_PLACE);
	assert_true(test_has_mention(&a, t, "La ville de Tarvenne"));
	assert_true(test_has_mention(&a, test_actor_named(&a, "Reuters"), "l'agence Reuters"));
	int m = test_actor_named(&a, "mosquée Sidi Brahim");
	assert_int_equal(annots_actor(a.an, m)->type, ACTOR_PLACE);
	article_close(&a);
}

static void test_no_common_words(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Essai\n\nMardi, en décembre, les Russes ont voté. Le Président a parlé. Dieu seul le sait.\n", "fr");
	assert_no_actor(&a, "Mardi");
	assert_no_actor(&a, "Président");
	assert_no_actor(&a, "Russes");
	assert_no_actor(&a, "Dieu");
	article_close(&a);

	test_actors_text(&a, "Test\n\nOn Monday, in December, the Prime Minister said the Internet was down. I agree.\n", "en");
	assert_no_actor(&a, "Monday");
	assert_no_actor(&a, "December");
	assert_no_actor(&a, "Prime Minister");
	assert_no_actor(&a, "Internet");
	assert_no_actor(&a, "I");
	article_close(&a);
}

static void test_odd_input(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"", "\n\n\n", "A", "É", "M. .", "Mme", "de de de", "L'", "« »", "J. K.", "the the The",
		"U.S.A. U.N. E.U.", "—", "X-Y-Z- -a-", "Le Président, , , Dupont,",
		"Jean-\nPierre", "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ",
	};
	for (size_t i = 0; i < ARRAY_LEN(texts); i++)
		for (int l = 0; l < 2; l++) {
			struct article a;
			test_actors_text(&a, texts[i], l ? "en" : "fr");
			for (size_t k = 0; k < annots_nactors(a.an); k++)
				assert_true(annots_actor(a.an, (int)k)->name[0] != 0);
			article_close(&a);
		}
}

/* Session 4 rules: seats of acronyms, ministries with two domains,
 * institutions named by a common noun, town shapes, brands, inhabitants,
 * lists, destinations, possessive plurals. */
static void test_fr_local_names(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Titre\n\n"
	              "Une aide-soignante du CHU de Quimperlé a témoigné. La FDSEA du Morbihan proteste devant le "
	              "ministère de l'Agriculture et de la Pêche maritime. Le ministère de la Transition écologique "
	              "se tait.\n\n"
	              "La Coordination rurale et la Mutualité sociale agricole se sont réunies à Pont-sur-Vère, "
	              "puis à Lanvéoc-lès-Brest. Les Quimperlois ont applaudi. Chez Korvane, Zébulon Tanguy "
	              "estime que tout va bien. Au Parti socialiste, Kévin Le Gall a dénoncé un budget. "
	              "Les élus de Kernevel-Trégor Communauté ont voté. Le directeur de TerraVolt France a parlé.\n\n"
	              "Kermaria-sur-Odet (Finistère). Les pompiers sont intervenus. Un camion venu de Plouzel (Somme) "
	              "s'est renversé. Le député LR de la Manche a voté contre. Le feu a pris dans le centre "
	              "commercial de Kervozen et dans l'usine de Plabennec-Haut. Les maires du Pays d'Arvor ont "
	              "écrit à France Travail. La coalition d'opposition Naatal Askan a défilé. L'Union des "
	              "villes côtières de l'Atlantique Nord (UVCAN) a protesté. Les policiers de la brigade de "
	              "protection des familles (BPF) ont saisi la rue de la Concorde. Le Parti communiste français "
	              "a voté. Son trésorier, Loïc Perrin, juge le budget « irréaliste ». Les Premiers ministres "
	              "des deux pays se sont vus. L'Autorité intergouvernementale pour le développement (Agid) "
	              "et la Ligue contre le paludisme alertent.\n\n"
	              "Interrogé par Le Télégramme, le ministère de la Mer dément. La députée Maëlle Quéméner "
	              "(Horizonte) a protesté. La CFTC de Korvane réclame des garanties.\n",
	          "fr");
	/* an acronym and its seat: one organisation, and the seat a place inside it */
	assert_int_equal(test_actor_type(&a, "CHU de Quimperlé"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Quimperlé"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "FDSEA du Morbihan"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Morbihan"), ACTOR_PLACE);
	/* a union's branch in a company is no seat: « la CFTC de Korvane » */
	assert_no_actor(&a, "CFTC de Korvane");
	/* not after a title: « le député LR de la Manche » is a party, then a seat */
	assert_no_actor(&a, "LR de la Manche");
	/* a ministry with two domains; with its adjective */
	assert_int_equal(test_actor_type(&a, "ministère de l'Agriculture et de la Pêche maritime"), ACTOR_ORG);
	assert_no_actor(&a, "Pêche");
	assert_int_equal(test_actor_type(&a, "ministère de la Transition écologique"), ACTOR_ORG);
	/* a capitalised common noun and its adjectives */
	assert_int_equal(test_actor_type(&a, "Coordination rurale"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Mutualité sociale agricole"), ACTOR_ORG);
	/* town shapes, with or without a known word */
	assert_int_equal(test_actor_type(&a, "Pont-sur-Vère"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Lanvéoc-lès-Brest"), ACTOR_PLACE);
	/* a town and its département in brackets, even opening a paragraph */
	assert_int_equal(test_actor_type(&a, "Kermaria-sur-Odet"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Plouzel"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Somme"), ACTOR_PLACE);
	/* sites whose complement is a town */
	assert_int_equal(test_actor_type(&a, "Kervozen"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Plabennec-Haut"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Pays d'Arvor"), ACTOR_PLACE);
	/* a country and a common word: a public body */
	assert_int_equal(test_actor_type(&a, "France Travail"), ACTOR_ORG);
	/* an organisation's classifier and its complement before the name */
	assert_int_equal(test_actor_type(&a, "Naatal Askan"), ACTOR_ORG);
	/* a name that runs on to the acronym given in brackets */
	int uv = test_actor_named(&a, "Union des villes côtières de l'Atlantique Nord");
	assert_int_equal(annots_actor(a.an, uv)->type, ACTOR_ORG);
	assert_true(test_has_mention(&a, uv, "UVCAN"));
	/* an acronym defined by a name in lower case */
	int bpf = test_actor_of(&a, "BPF");
	assert_true(bpf >= 0);
	assert_true(test_has_mention(&a, bpf, "brigade de protection des familles"));
	assert_int_equal(annots_actor(a.an, bpf)->type, ACTOR_ORG);
	/* a street's cue word makes its name a place */
	assert_int_equal(test_actor_type(&a, "rue de la Concorde"), ACTOR_PLACE);
	/* a known party and its country's adjective */
	assert_int_equal(test_actor_type(&a, "Parti communiste français"), ACTOR_ORG);
	/* « X, juge le budget »: a verb, no role bound to X */
	assert_int_equal(test_actor_type(&a, "Loïc Perrin"), ACTOR_PERSON);
	assert_false(test_has_mention(&a, test_actor_named(&a, "Loïc Perrin"), "juge le budget"));
	/* a plural title opened by a capital is no name */
	assert_no_actor(&a, "Premiers");
	/* « pour » and « contre » inside an organisation's name */
	int agid = test_actor_named(&a, "Autorité intergouvernementale pour le développement");
	assert_true(test_has_mention(&a, agid, "Agid"));
	assert_int_equal(test_actor_type(&a, "Ligue contre le paludisme"), ACTOR_ORG);
	/* a fronted participle's agent has no apposition */
	assert_false(test_has_mention(&a, test_actor_named(&a, "Le Télégramme"), "le ministère de la Mer dément"));
	/* a party in brackets after a person */
	assert_int_equal(test_actor_type(&a, "Horizonte"), ACTOR_ORG);
	/* inhabitants are no actor */
	assert_no_actor(&a, "Quimperlois");
	/* a fronted phrase and a comma are no list: the person stays a person */
	assert_int_equal(test_actor_type(&a, "Zébulon Tanguy"), ACTOR_PERSON);
	/* an accented spelling of a known given name */
	assert_int_equal(test_actor_type(&a, "Kévin Le Gall"), ACTOR_PERSON);
	/* an intercommunality, a brand and its country */
	assert_int_equal(test_actor_type(&a, "Kernevel-Trégor Communauté"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "TerraVolt France"), ACTOR_ORG);
	article_close(&a);
}

/* Type evidence: places by their river and valley contexts, names of
 * organisations and campaigns that are no persons. */
static void test_type_evidence(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Title\n\n"
	              "Water rose fast in the Corvell valley overnight. Families living on the banks of the Tarrow "
	              "left their homes. Pickers marched for better wages, and Fair Wages Now said the flood had "
	              "cost them dear, and Dunnock Holdings said it would appeal. \"We saw it coming,\" said Femi Adebayo-Crane, who farms "
	              "there. The scheme was designed by Ruth Pell, an engineer who worked for Brannoxa, and "
	              "Milo Brandt. \"We will not back down,\" said transport spokeswoman Orla Briody of the "
	              "Green Progressives. The brokerage Halvik Fondbolag said rates would fall.\n",
	          "en");
	/* "the X valley" (one place's name with its noun), "the banks of the X" */
	assert_int_equal(test_actor_type(&a, "Corvell valley"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Tarrow"), ACTOR_PLACE);
	/* a name made of a word the text writes in lower case speaks as an organisation */
	assert_int_equal(test_actor_type(&a, "Fair Wages Now"), ACTOR_ORG);
	/* a full name without a known given name that speaks stays a person */
	assert_int_equal(test_actor_type(&a, "Femi Adebayo-Crane"), ACTOR_PERSON);
	/* a one-word name next to a list of people is not one of them */
	assert_true(test_actor_type(&a, "Brannoxa") != ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Milo Brandt"), ACTOR_PERSON);
	/* the title is the person's before "of the X", not X's; a firm after its classifier */
	assert_int_equal(test_actor_type(&a, "Orla Briody"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Green Progressives"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Halvik Fondbolag"), ACTOR_ORG);
	article_close(&a);

	test_actors_text(&a, "Titre\n\n"
	              "La crue de la Lézonne a coupé trois routes. Les camions passent le long de la Varcelle et "
	              "au bord du Tarnon. Joan Ferrer, un Catalan arrivé de Vallmora il y a dix ans, tient le "
	              "café. Le projet est porté par Lucie Marand, ingénieure passée par Korvexa, et Paul Ivre. "
	              "Le collectif Vallée Vivante a dénoncé le bruit : « C'est une vallée vivante qu'on tue », "
	              "a déclaré Gwenaëlle Le Scouarnec. Sa fille a étudié à l'université de Vroslavia. La "
	              "start-up était hébergée à la pépinière d'entreprises Ségala Envol, puis à l'incubateur "
	              "Brassac Ferrand.\n",
	          "fr");
	/* « la crue de la X », « le long de la X », « au bord du X »: rivers */
	assert_int_equal(test_actor_type(&a, "Lézonne"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Varcelle"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Tarnon"), ACTOR_PLACE);
	/* « arrivé de X »: where one comes from */
	assert_int_equal(test_actor_type(&a, "Vallmora"), ACTOR_PLACE);
	assert_true(test_actor_type(&a, "Korvexa") != ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Paul Ivre"), ACTOR_PERSON);
	/* « l'université de X » names its seat */
	assert_int_equal(test_actor_type(&a, "Vroslavia"), ACTOR_PLACE);
	/* a business nursery's name, after its classifier and complement */
	assert_int_equal(test_actor_type(&a, "Ségala Envol"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Brassac Ferrand"), ACTOR_ORG);
	/* a particle inside a name is no common word */
	assert_int_equal(test_actor_type(&a, "Gwenaëlle Le Scouarnec"), ACTOR_PERSON);
	article_close(&a);
}

static void test_en_places_and_brands(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Title\n\n"
	              "\"We lost a week,\" said Mara Olsen, 52, from Dudwick, who was due to fly to Varnholm on "
	              "Friday. The Coastal Ferry Workers' Association condemned the delay, and flyKestrel apologised. "
	              "The Department of Harbours' Office of Audit reviewed it. Shares of BrightLoop Canada fell.\n\n"
	              "PORTVALE, Maine (AP) - Arden Partners bought the mill. U.S. District Judge Nora Quill "
	              "heard the case. State Sen. Ray Holt, a Democrat from Dunmore, objected. An Iowa "
	              "Republican, Jo Park, agreed. \"It is cheap,\" said Analyst Marcus Feld of Whitcombe "
	              "Securities.\n\n"
	              "The mill's owner, the Danish utility Vestergaard Kraft, declined to comment. "
	              "The Harbour Safety Commission opened an inquiry, backed by the Small Ports Operators in "
	              "Britain (SPOB). The Commission will report in May.\n\n"
	              "Floods hit Kestershire. Divers mapped Hollow Pine Cave. The U.S. embassy stayed shut while the United States weighed its answer.\n\n"
	              "(Reporting by Aino Virtanen in Helsinki and Sigrun Halvarsdottir in Reykjavik; "
	              "Editing by Tobias Kreel)\n",
	          "en");
	/* ", 52, from X" and "fly to X": places */
	assert_int_equal(test_actor_type(&a, "Dudwick"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Varnholm"), ACTOR_PLACE);
	/* a news agency in a dateline is no acronym of another company */
	int ap = test_actor_of(&a, "AP");
	assert_true(ap >= 0);
	assert_int_equal(annots_actor(a.an, ap)->type, ACTOR_ORG);
	assert_false(ap == test_actor_named(&a, "Arden Partners"));
	/* a judge's title with its country and court level is no organisation */
	assert_no_actor(&a, "U.S. District");
	assert_int_equal(test_actor_type(&a, "Nora Quill"), ACTOR_PERSON);
	/* "an Iowa Republican" describes a person; Iowa stays a place */
	assert_no_actor(&a, "Iowa Republican");
	assert_int_equal(test_actor_type(&a, "Iowa"), ACTOR_PLACE);
	/* a titled person's employer is no part of the name */
	assert_int_equal(test_actor_type(&a, "Marcus Feld"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Whitcombe Securities"), ACTOR_ORG);
	/* "a Democrat from X": a place */
	assert_int_equal(test_actor_type(&a, "Dunmore"), ACTOR_PLACE);
	/* "the Danish utility X": a classifier before the name */
	assert_int_equal(test_actor_type(&a, "Vestergaard Kraft"), ACTOR_ORG);
	/* an English organisation's head alone is that organisation */
	int hsc = test_actor_named(&a, "Harbour Safety Commission");
	assert_true(test_has_mention(&a, hsc, "The Commission"));
	/* a name that runs on to its bracketed acronym without a cue word */
	int spob = test_actor_named(&a, "Small Ports Operators in Britain");
	assert_true(test_has_mention(&a, spob, "SPOB"));
	/* an English county's ending */
	assert_int_equal(test_actor_type(&a, "Kestershire"), ACTOR_PLACE);
	/* a cave is a place */
	assert_int_equal(test_actor_type(&a, "Hollow Pine Cave"), ACTOR_PLACE);
	/* a plural possessive inside a name; not between two organisations */
	assert_int_equal(test_actor_type(&a, "Coastal Ferry Workers' Association"), ACTOR_ORG);
	assert_no_actor(&a, "Department of Harbours' Office of Audit");
	/* brands in camel case, even from a lower-case start */
	assert_int_equal(test_actor_type(&a, "flyKestrel"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "BrightLoop Canada"), ACTOR_ORG);
	/* two spellings of one country the gazetteer knows are one actor */
	int us = test_actor_named(&a, "United States");
	assert_true(test_has_mention(&a, us, "U.S"));
	assert_true(test_has_mention(&a, us, "United States"));
	/* reporters in a credit line are people, their cities places */
	assert_int_equal(test_actor_type(&a, "Sigrun Halvarsdottir"), ACTOR_PERSON);
	assert_int_equal(test_actor_type(&a, "Reykjavik"), ACTOR_PLACE);
	article_close(&a);
}

/* ---- the seed article --------------------------------------------------------------- */

static void test_seed(void **state)
{
	(void)state;
	char *p = test_path("../../shared/seed/article.fr.txt");
	char *data = NULL;
	size_t n = 0;
	struct gerr e = {0};
	if (file_read_all(p, &data, &n, &e) != 0) {
		free(p);
		skip();
	}
	free(p);
	struct article a;
	test_actors_text(&a, data, "fr");
	free(data);
	int u = test_actor_of(&a, "Iouri Ouchakov");
	assert_true(u >= 0);
	assert_int_equal(annots_actor(a.an, u)->type, ACTOR_PERSON);
	assert_int_equal(test_actor_of(&a, "Iouri Oushakov"), u);
	assert_int_equal(test_actor_of(&a, "Ushakov"), u);
	assert_int_equal(test_actor_of(&a, "le conseiller"), u);
	int v = test_actor_of(&a, "Vladimir Poutine");
	assert_true(v >= 0 && v != u);
	assert_int_equal(test_actor_of(&a, "le président russe"), v);
	article_close(&a);
}

/* Session 5: French institutions named in lower case, collectives'
 * names, complements of titles, seats. */
static void test_fr_institutions_and_collectives(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Titre\n\n"
	              "La clinique des Mimosas ferme. Le musée des Beaux-Arts de Quimper prête une salle. Le musée "
	              "de Bretagne aussi. Au domaine de Kervillec, on vendange. Les élèves du lycée Kerbrat et du "
	              "lycée de Plozévet défilent.\n\n"
	              "La chambre d'agriculture du Finistère, la chambre de commerce et d'industrie de Quimper, "
	              "l'agence régionale de santé de Bretagne, le comité des fêtes de Plozévet et le centre "
	              "hospitalier intercommunal de Quimper ont signé. Le centre de Rennes est bouclé.\n\n"
	              "Le collectif Soignants en lutte 29 manifeste. La liste Plozévet en commun a gagné. "
	              "L'association Riverains en colère prévoit un recours. Le collectif Vivre Plozévet en appelle "
	              "au préfet. Le groupe Korvane d'ici 2030 recrutera.\n\n"
	              "Selon Laure Kerhervé, déléguée de Sud Soins, tout va mal. Il habite à Quimper, pas à "
	              "Quimperlé. Les centrales de Brennilis et de Kerlouan ferment. On a trouvé des granulés "
	              "sur une plage de Kerlouan. Le conseil municipal de Plozévet a voté. Le Cercle nautique "
	              "quimpérois proteste, avec l'Union étudiante. Rennes Métropole paie. L'AS Kerlenn-Iroise "
	              "a battu l'US Kerlouan-Plage. La tempête Ciarán a frappé la côte. Au Salon de l'agriculture, "
	              "Paul Riou vend. Le Marathon de Paris partira dimanche.\n\n"
	              "Glaciologue à l'université de Savoie, Lucie Marchal mesure la fonte. Chercheuse au CNRS, "
	              "Léa Brun alerte. Le ferry Kattegat Star a heurté un quai.\n\n"
	              "Le Sdis 29 et le Samu du Cantal ont réagi, mais le CHU 22 lits. Le groupement du Trévarois "
	              "recrute. Vézère Négoce et Cidre & Sarrasin vendent. La mairie de Plozévet ferme. Le Val de "
	              "Kerlenn attire des touristes.\n",
	          "fr");
	/* a lower-case noun that opens an organisation's name */
	assert_int_equal(test_actor_type(&a, "clinique des Mimosas"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "domaine de Kervillec"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "musée des Beaux-Arts de Quimper"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Quimper"), ACTOR_PLACE);
	/* ... named by a known place, which stays a place */
	assert_int_equal(test_actor_type(&a, "musée de Bretagne"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Bretagne"), ACTOR_PLACE);
	assert_false(test_has_mention(&a, test_actor_named(&a, "Bretagne"), "musée de Bretagne"));
	/* « lycée Kerbrat » is a name; « lycée de Plozévet » names its seat */
	assert_int_equal(test_actor_type(&a, "lycée Kerbrat"), ACTOR_ORG);
	assert_true(test_has_mention(&a, test_actor_named(&a, "lycée Kerbrat"), "Kerbrat"));
	assert_int_equal(test_actor_type(&a, "Plozévet"), ACTOR_PLACE);
	/* complements in lower case before the seat; two-word heads */
	assert_int_equal(test_actor_type(&a, "chambre d'agriculture du Finistère"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "chambre de commerce et d'industrie de Quimper"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "agence régionale de santé de Bretagne"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "comité des fêtes de Plozévet"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "centre hospitalier intercommunal de Quimper"), ACTOR_ORG);
	assert_no_actor(&a, "centre de Rennes");
	/* collectives whose names go on in lower case */
	assert_int_equal(test_actor_type(&a, "Soignants en lutte 29"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Plozévet en commun"), ACTOR_ORG);
	assert_no_actor(&a, "Riverains en colère prévoit");
	assert_no_actor(&a, "Vivre Plozévet en appelle");
	assert_no_actor(&a, "Korvane d'ici");
	assert_no_actor(&a, "Korvane d'ici 2030");
	/* a title's complement is where the person serves */
	assert_int_equal(test_actor_type(&a, "Sud Soins"), ACTOR_ORG);
	/* a sounded final é: two towns */
	assert_true(test_actor_named(&a, "Quimper") != test_actor_named(&a, "Quimperlé"));
	/* « de X et de Y » after a seat; more seat words */
	assert_int_equal(test_actor_type(&a, "Brennilis"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Kerlouan"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "conseil municipal de Plozévet"), ACTOR_ORG);
	/* a capitalised head and adjectives; a territorial body at the end */
	assert_int_equal(test_actor_type(&a, "Cercle nautique quimpérois"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Union étudiante"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Rennes Métropole"), ACTOR_ORG);
	/* sports clubs: AS, US, FC … open an organisation's name */
	assert_int_equal(test_actor_type(&a, "AS Kerlenn-Iroise"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "US Kerlouan-Plage"), ACTOR_ORG);
	/* events are no actors; a known place in one stays */
	assert_no_actor(&a, "Ciarán");
	assert_no_actor(&a, "Salon de l'agriculture");
	assert_no_actor(&a, "Salon");
	assert_no_actor(&a, "Marathon de Paris");
	assert_int_equal(test_actor_type(&a, "Paris"), ACTOR_PLACE);
	/* a role that opens the sentence, before the name and a comma */
	assert_true(test_has_mention(&a, test_actor_named(&a, "Lucie Marchal"), "Glaciologue à l'université de Savoie"));
	assert_true(test_has_mention(&a, test_actor_named(&a, "Léa Brun"), "Chercheuse au CNRS"));
	/* a vessel is no actor */
	assert_no_actor(&a, "Kattegat Star");
	/* an acronym and its département's number; a local institution's acronym written as a word and its seat */
	assert_int_equal(test_actor_type(&a, "Sdis 29"), ACTOR_ORG);
	assert_no_actor(&a, "CHU 22");
	assert_int_equal(test_actor_type(&a, "Samu du Cantal"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Cantal"), ACTOR_PLACE);
	/* « le Trévarois »: the country around a town */
	assert_int_equal(test_actor_type(&a, "Trévarois"), ACTOR_PLACE);
	/* business words and ampersands make firms */
	assert_int_equal(test_actor_type(&a, "Vézère Négoce"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Cidre & Sarrasin"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "mairie de Plozévet"), ACTOR_ORG);
	/* a place cue opening the name beats a person's particle: Val de … */
	assert_int_equal(test_actor_type(&a, "Val de Kerlenn"), ACTOR_PLACE);
	article_close(&a);
}

/* Session 5: English towns by their region, origins, seats inside names. */
static void test_en_towns_and_seats(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Title\n\n"
	              "Owen Pryce, 58, of Cwmdarren, Gwynedd, was sentenced at Tregaron Crown Court. The firm is "
	              "based in Larkhaven, New Jersey. Two skiers from Corvale were buried. The 23-year-old "
	              "from Corbridge won. Officials declared an emergency for Sonoma and Mendell counties. "
	              "The Ashby Vale District Council voted. The Metropolitan Police said nothing. The Larch Fire "
	              "burned 5,000 acres, Cal Fire said. She ran the Lisbon Marathon. Hurricane Ida hit Louisiana. "
	              "Shares in Ardmore fell in Dublin. Analysts at Peel Garrow cut their forecast. Union regional "
	              "officer Dean McAllister spoke. Portland General Electric cut power.\n\n"
	              "STANFORD, Calif. (AP) — Halvor Labs recalled a drug. Its plant is in Olympia, Wash.\n\n"
	              "Statistics Norway said prices fell. Snow fell on West Yorkshire and Central Sweden. They live on "
	              "Alder Terrace. The Confederation of Danish Farmers objected, as did Scottish Hydrogens and "
	              "HM Revenue. Owen and Bridget Tallis, from Carrowmeen, booked a cottage. Pylons will "
	              "cross the Glenarrig and Dunmorrow estates.\n",
	          "en");
	/* a town and the known region it lies in */
	assert_int_equal(test_actor_type(&a, "Larkhaven"), ACTOR_PLACE);
	/* "from X" after people and ages */
	assert_int_equal(test_actor_type(&a, "Corvale"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Corbridge"), ACTOR_PLACE);
	/* a plural place classifier after the name */
	assert_int_equal(test_actor_type(&a, "Mendell"), ACTOR_PLACE);
	/* the seat inside an institution's name */
	assert_int_equal(test_actor_type(&a, "Tregaron Crown Court"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Tregaron"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Ashby Vale District Council"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Ashby Vale"), ACTOR_PLACE);
	assert_no_actor(&a, "Metropolitan");
	/* events: after an article or a classifier; the agency stays */
	assert_no_actor(&a, "Larch Fire");
	assert_no_actor(&a, "Lisbon Marathon");
	assert_no_actor(&a, "Ida");
	assert_no_actor(&a, "Hurricane Ida");
	assert_true(test_actor_of(&a, "Cal Fire") >= 0);
	assert_int_equal(test_actor_type(&a, "Lisbon"), ACTOR_PLACE);
	/* "shares in X", "analysts at X": companies */
	assert_int_equal(test_actor_type(&a, "Ardmore"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Peel Garrow"), ACTOR_ORG);
	/* a given name that is also a title, after a title */
	assert_int_equal(test_actor_type(&a, "Dean McAllister"), ACTOR_PERSON);
	/* a company's word at the end beats a title inside: General */
	assert_int_equal(test_actor_type(&a, "Portland General Electric"), ACTOR_ORG);
	/* a dateline's town, even a university's name; state abbreviations */
	assert_int_equal(test_actor_type(&a, "Stanford"), ACTOR_PLACE);
	assert_true(test_actor_of(&a, "Calif") >= 0);
	assert_int_equal(annots_actor(a.an, test_actor_of(&a, "Calif"))->type, ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Wash"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Olympia"), ACTOR_PLACE);
	/* a common word and a country: a body; a compass word or an adjective and a region: a place */
	assert_int_equal(test_actor_type(&a, "Statistics Norway"), ACTOR_ORG);
	assert_true(test_actor_type(&a, "West Yorkshire") != ACTOR_ORG);
	assert_true(test_actor_type(&a, "Central Sweden") != ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Alder Terrace"), ACTOR_PLACE);
	/* "of" and a nationality inside a body's name; a nationality and a plural; HM */
	assert_int_equal(test_actor_type(&a, "Confederation of Danish Farmers"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Scottish Hydrogens"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "HM Revenue"), ACTOR_ORG);
	/* ", from X," after a person; a plural place classifier after a list */
	assert_int_equal(test_actor_type(&a, "Carrowmeen"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Glenarrig"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Dunmorrow"), ACTOR_PLACE);
	article_close(&a);
}

/* One unknown word after "at" / « depuis » with nothing else for it is a
 * place; not inside a capitalised title; "analysts at X" stays a company. */
static void test_weak_place_preps(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Title\n\n"
	              "Rhona Beck, who farms at Drumcarrow, said the flood was the worst in years. At Ellisford, the "
	              "busiest port of the line, drivers waited. The painting "
	              "The Weavers at Tollmere was sold. Analysts at Brackwell cut their forecast.\n",
	          "en");
	assert_int_equal(test_actor_type(&a, "Drumcarrow"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Ellisford"), ACTOR_PLACE);
	assert_int_not_equal(test_actor_type(&a, "Tollmere"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Brackwell"), ACTOR_ORG);
	article_close(&a);
	test_actors_text(&a, "Titre\n\n"
	              "Le convoi, parti mardi depuis Kerbrézel, a rejoint le port de Brest. Les marins venus depuis "
	              "Trégavel ont salué la décision, a indiqué Gwenola Tréguer.\n",
	          "fr");
	assert_int_equal(test_actor_type(&a, "Kerbrézel"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Trégavel"), ACTOR_PLACE);
	article_close(&a);
}

/* Lists: inside an organisation's name, of places, of a partnership's
 * names; origins in an apposition; a given name that is also a month. */
static void test_lists_and_origins(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Title\n\n"
	              "The grant came from the Office for Rivers, Soil and Coastal Care and from HM Lands and "
	              "Tolls. The Board of Mines and Quarries met, and so did the Friends of Carrow Library and Museum. Talks between the Ministry of Harbours and "
	              "NATO stalled. Later, Ofwell said nothing, and the Bureau of Locks and Ofwell objected. "
	              "The lawyers of Tamsin, Pellow & Crane said so. Jan Kowal, a retired shepherd from "
	              "Glenbrae, spoke. Coaches left from Leeds, Crewe and Ardnaskel at dawn; hikers set off "
	              "from Kilbrannan. Fog covered the Westerlands.\n",
	          "en");
	/* items of the complement, the last after "and" */
	assert_int_equal(test_actor_type(&a, "Office for Rivers, Soil and Coastal Care"), ACTOR_ORG);
	assert_no_actor(&a, "Soil");
	assert_int_equal(test_actor_type(&a, "HM Lands and Tolls"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Board of Mines and Quarries"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Friends of Carrow Library and Museum"), ACTOR_ORG);
	/* an acronym or a name used alone elsewhere is a second body */
	assert_int_equal(test_actor_type(&a, "Ministry of Harbours"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "NATO"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Bureau of Locks"), ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Bureau of Locks and Ofwell"), -1);
	/* a partnership */
	assert_int_equal(test_actor_type(&a, "Tamsin, Pellow & Crane"), ACTOR_ORG);
	/* a month's abbreviation that is a given name */
	assert_int_equal(test_actor_type(&a, "Jan Kowal"), ACTOR_PERSON);
	/* "NAME, a retired shepherd from X", "set off from X" */
	assert_int_equal(test_actor_type(&a, "Glenbrae"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Kilbrannan"), ACTOR_PLACE);
	/* a list with known places */
	assert_int_equal(test_actor_type(&a, "Ardnaskel"), ACTOR_PLACE);
	/* the shape of a region */
	assert_int_equal(test_actor_type(&a, "Westerlands"), ACTOR_PLACE);
	article_close(&a);

	test_actors_text(&a, "Titre\n\n"
	              "Les cars partent de Brest, Morlaix et Locmeren chaque matin. Un éleveur de Kerlavan, "
	              "Yann Le Goff, a protesté.\n",
	          "fr");
	assert_int_equal(test_actor_type(&a, "Locmeren"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Kerlavan"), ACTOR_PLACE);
	article_close(&a);
}

/* Known places inside bodies' names; bodies opening a sentence; what an
 * apposition after a name says; French participles, town shapes after a
 * particle, acronyms after a plural determiner. */
static void test_inner_places_and_appositions(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Title\n\n"
	              "The figures came from the Harbour Board of New South Wales and the Oregon Historical "
	              "Commission. The Gulf Salt Research Council and the Labour Party of Norway disagreed.\n\n"
	              "Health Canada said it would review the case. Welsh Orchards said prices fell. "
	              "Corvane, a Swedish lender, declined to comment. Brigmoor, the contractor, was fined. "
	              "The National Tidal Monitoring Centre issued a warning.\n",
	          "en");
	assert_int_equal(test_actor_type(&a, "Harbour Board of New South Wales"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "New South Wales"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Oregon"), ACTOR_PLACE);
	/* the place mention has no article of its own */
	assert_true(test_has_mention(&a, test_actor_named(&a, "Oregon"), "Oregon"));
	/* a place word that is also a common noun; a party's country */
	assert_no_actor(&a, "Gulf");
	assert_int_equal(annots_find_actor(a.an, "Norway"), -1);
	assert_int_equal(test_actor_type(&a, "Health Canada"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Welsh Orchards"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Corvane"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Brigmoor"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "National Tidal Monitoring Centre"), ACTOR_ORG);
	article_close(&a);

	test_actors_text(&a, "Titre\n\n"
	              "La réunion se tiendra salle Paul-Éluard de Saint-Just-sur-Loire. L'hélicoptère de la "
	              "Protection civile basé à Gap a décollé. France Rivières Vivantes Loire a porté plainte. "
	              "Les PFAS inquiètent les PME, a dit la CGT.\n",
	          "fr");
	assert_no_actor(&a, "La réunion");
	assert_int_equal(test_actor_type(&a, "Saint-Just-sur-Loire"), ACTOR_PLACE);
	assert_int_equal(annots_find_actor(a.an, "Paul-Éluard de Saint-Just-sur-Loire"), -1);
	assert_int_equal(test_actor_type(&a, "Protection civile"), ACTOR_ORG);
	assert_no_actor(&a, "Protection civile basé");
	assert_int_equal(test_actor_type(&a, "France Rivières Vivantes Loire"), ACTOR_ORG);
	assert_no_actor(&a, "PFAS");
	assert_no_actor(&a, "PME");
	assert_int_equal(test_actor_type(&a, "CGT"), ACTOR_ORG);
	article_close(&a);
}

/* Names opened by a lower-case noun (a university, a hall, a glacier), a
 * collective's adjective, a seat's title in a run, a ward's number. */
static void test_heads_and_seats(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Titre\n\n"
	              "Un laboratoire de l'université Paul-Valéry a analysé l'eau. La réunion aura lieu salle "
	              "Jean-Moulin, sous le glacier Noir. Les alertes sont venues de l'association Loire vivante, "
	              "qui analyse l'eau. Aucun navire n'a quitté la gare maritime de Quibervec. Routes-France a fermé "
	              "l'axe, a-t-on appris à la direction Nord-Est de Routes-France.\n",
	          "fr");
	assert_int_equal(test_actor_type(&a, "université Paul-Valéry"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "salle Jean-Moulin"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "glacier Noir"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Loire vivante"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Quibervec"), ACTOR_PLACE);
	/* a hyphenated word ending in a country: a body, not a particle's name */
	assert_int_equal(test_actor_type(&a, "Routes-France"), ACTOR_ORG);
	assert_int_equal(annots_find_actor(a.an, "Nord-Est de Routes-France"), -1);
	article_close(&a);

	test_actors_text(&a, "Title\n\n"
	              "Halton Lord Mayor Rhys Pendle urged calm. Marlow County Clerk Dana Whitby counted. Ward 10 Councilwoman Marisol Vieira objected. "
	              "Inuit leaders agreed. A Brackford firm will build the bridge. Cllr Pádraig Ó Dubhghaill objected. "
	              "Lark Valley Creamery lost its stock. The Tarnby-based trust agreed.\n",
	          "en");
	assert_int_equal(test_actor_type(&a, "Halton"), ACTOR_PLACE);
	/* "a Brackford firm": where the firm is from */
	assert_int_equal(test_actor_type(&a, "Brackford"), ACTOR_PLACE);
	/* a trade's word ends a business's name, over a place's word inside */
	assert_int_equal(test_actor_type(&a, "Lark Valley Creamery"), ACTOR_ORG);
	/* "Brackmoor-based": the place stands apart from its adjective, without the article */
	assert_int_equal(test_actor_type(&a, "Tarnby"), ACTOR_PLACE);
	assert_true(test_has_mention(&a, test_actor_named(&a, "Tarnby"), "Tarnby"));
	assert_int_equal(test_actor_of(&a, "The Tarnby"), -1);
	assert_int_equal(test_actor_type(&a, "Rhys Pendle"), ACTOR_PERSON);
	/* county officers' titles split a run: the county, then the person */
	assert_int_equal(test_actor_type(&a, "Dana Whitby"), ACTOR_PERSON);
	assert_int_equal(annots_find_actor(a.an, "Marlow County Clerk Dana Whitby"), -1);
	assert_int_equal(test_actor_type(&a, "Ward 10"), ACTOR_PLACE);
	/* "Cllr", a councillor's honorific */
	assert_int_equal(test_actor_type(&a, "Pádraig Ó Dubhghaill"), ACTOR_PERSON);
	assert_no_actor(&a, "Inuit");
	article_close(&a);
}

/* ISO 3166-2 subdivisions (lang/iso3166-2.tsv) are known places; one
 * that is also a word of the lexicons is not taken alone. */
static void test_subdivisions(void **state)
{
	(void)state;
	struct article a;
	test_actors_text(&a, "Title\n\n"
	              "Buses came from Roscommon, Longford and Sligo. Her family moved from Michoacán. "
	              "Central heating failed.\n",
	          "en");
	assert_int_equal(test_actor_type(&a, "Roscommon"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Sligo"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Michoacán"), ACTOR_PLACE);
	assert_no_actor(&a, "Central");
	article_close(&a);

	test_actors_text(&a, "Titre\n\n"
	              "La grêle a touché le Lot et la Drôme mardi. La Creuse attend des renforts. Les noix du Quercy "
	              "partent, a dit Me Ana Roux, du barreau de Valence.\n",
	          "fr");
	assert_int_equal(test_actor_type(&a, "Lot"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Drôme"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "Creuse"), ACTOR_PLACE);
	/* historical provinces; a bar and its seat */
	assert_int_equal(test_actor_type(&a, "Quercy"), ACTOR_PLACE);
	assert_int_equal(test_actor_type(&a, "barreau de Valence"), ACTOR_ORG);
	assert_int_equal(test_actor_type(&a, "Valence"), ACTOR_PLACE);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_key),
		cmocka_unit_test(test_particles),
		cmocka_unit_test(test_described_by_age),
		cmocka_unit_test(test_hyphenated_and_initials),
		cmocka_unit_test(test_acronyms),
		cmocka_unit_test(test_sentence_initial),
		cmocka_unit_test(test_folded_given_name_gender),
		cmocka_unit_test(test_typing),
		cmocka_unit_test(test_demonyms),
		cmocka_unit_test(test_surname_alias),
		cmocka_unit_test(test_family_name_first),
		cmocka_unit_test(test_shared_surname),
		cmocka_unit_test(test_war_events),
		cmocka_unit_test(test_inner_surname_alias),
		cmocka_unit_test(test_transliteration_variants),
		cmocka_unit_test(test_org_aliases),
		cmocka_unit_test(test_role_apposition),
		cmocka_unit_test(test_two_presidents),
		cmocka_unit_test(test_metonymy),
		cmocka_unit_test(test_cue_phrases),
		cmocka_unit_test(test_no_common_words),
		cmocka_unit_test(test_odd_input),
		cmocka_unit_test(test_unknown_first_particles),
		cmocka_unit_test(test_org_cue_beats_person),
		cmocka_unit_test(test_local_institutions),
		cmocka_unit_test(test_dateline_caps),
		cmocka_unit_test(test_capitalised_non_names),
		cmocka_unit_test(test_leading_descriptors),
		cmocka_unit_test(test_places_and_titles),
		cmocka_unit_test(test_abbreviation_dots),
		cmocka_unit_test(test_lowercase_org_names),
		cmocka_unit_test(test_unknown_first_name_alias),
		cmocka_unit_test(test_seats_and_towns),
		cmocka_unit_test(test_french_institution_names),
		cmocka_unit_test(test_name_shapes),
		cmocka_unit_test(test_english_org_names),
		cmocka_unit_test(test_bracket_and_initial_aliases),
		cmocka_unit_test(test_spelled_acronym_tail),
		cmocka_unit_test(test_cause_group_names),
		cmocka_unit_test(test_complement_adjectives_and_region),
		cmocka_unit_test(test_plural_possessive_names),
		cmocka_unit_test(test_fr_local_names),
		cmocka_unit_test(test_fr_institutions_and_collectives),
		cmocka_unit_test(test_en_towns_and_seats),
		cmocka_unit_test(test_lists_and_origins),
		cmocka_unit_test(test_inner_places_and_appositions),
		cmocka_unit_test(test_heads_and_seats),
		cmocka_unit_test(test_subdivisions),
		cmocka_unit_test(test_en_places_and_brands),
		cmocka_unit_test(test_type_evidence),
		cmocka_unit_test(test_weak_place_preps),
		cmocka_unit_test(test_seed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
