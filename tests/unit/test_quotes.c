/* test_quotes.c — quotations and who said them: marks, attribution
 * patterns in French and English, reported speech, typography. */
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

static size_t count_kind(struct article *a, int kind)
{
	size_t n, c = 0;
	const int *ids = annots_of_kind(a->an, ANN_QUOTE, &n);
	for (size_t i = 0; i < n; i++)
		if (kind < 0 || annots_get(a->an, ids[i])->subtype == kind)
			c++;
	return c;
}

/* A quotation left open at the end of its paragraph runs on to the next one
 * that reopens, even with a quotation of another family nested in it. */
static void test_marks_nested_runs_on(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe maire, Paul Durand, a pris la parole. « Le préfet m'a écrit que le quai était \"fermé "
	             "pour travaux\", puis plus rien. Nous attendons encore.\n\n« Personne ne nous répond. »\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	const struct ann *f = test_find_quote(&a,
	                                      "Le préfet m'a écrit que le quai était \"fermé pour travaux\", puis plus rien. "
	                                      "Nous attendons encore.\n\n« Personne ne nous répond.",
	                                      QUOTE_DIRECT);
	assert_true(f->flags & ANN_CONTINUED);
	assert_true(test_find_quote(&a, "fermé pour travaux", QUOTE_MIXED)->flags & ANN_NESTED);
	article_close(&a);
	open_doc(&a, "Title\n\nThe mayor, Tom Reed, spoke first. “The council wrote that the pier was ‘closed for "
	             "repairs’, then nothing. We are still waiting.\n\n“Nobody answers us.”\n",
	         "en");
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	const struct ann *e = test_find_quote(&a,
	                                      "The council wrote that the pier was ‘closed for repairs’, then nothing. We are "
	                                      "still waiting.\n\n“Nobody answers us.",
	                                      QUOTE_DIRECT);
	assert_true(e->flags & ANN_CONTINUED);
	article_close(&a);
}

/* A title noun after its determiner, before a quotation in lower case:
 * the subject of the quoted words (three words or more after a definite
 * determiner) or qualified by them (after an indefinite one), no title. */
static void test_title_noun_as_subject(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nBishop Ann Kerr said the programme \"leaves the smallest farms without help.\" She "
	             "watched the film \"Grey Harbour\" twice. The mayor called the film \"dull\". Ann Kerr defended a "
	             "programme \"broadly fair\".\n",
	         "en");
	person(&a, "Ann Kerr", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "broadly fair", "Ann Kerr", NULL);
	test_find_quote(&a, "leaves the smallest farms without help.", QUOTE_DIRECT);
	test_find_quote(&a, "Grey Harbour", QUOTE_MIXED);
	test_find_quote(&a, "dull", QUOTE_MIXED);
	article_close(&a);
	open_doc(&a, "Titre\n\nSelon Anne Kerlan, le documentaire « oublie les pêcheurs de l'île ». Elle a vu "
	             "le film « La Maison grise » deux fois. Anne Kerlan soutient une campagne « utile ».\n",
	         "fr");
	person(&a, "Anne Kerlan", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "utile", "Anne Kerlan", NULL);
	test_find_quote(&a, "oublie les pêcheurs de l'île", QUOTE_DIRECT);
	test_find_quote(&a, "La Maison grise", QUOTE_MIXED);
	article_close(&a);
}

/* An incise whose subject is a description names nobody itself, but it
 * still splits the quoted words; a relative clause or circumstances up to a
 * full stop belong to it. */
static void test_incise_split_description(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe président du club, Bernard Lavigne, a ouvert la séance. « Nous voulons d'abord, a "
	             "précisé le comptable, qu'on publie les comptes. »\n\n« Les cotisations ont baissé, confie M. "
	             "Lavigne, que nous avons croisé au marché. Le club tiendra jusqu'en juin. »\n\n« On a fait le "
	             "maximum, a dit M. Lavigne après le conseil, jeudi, à la halle. Le reste dépend des adhérents. »\n",
	         "fr");
	int bl = person(&a, "Bernard Lavigne", ACTOR_MALE, NULL);
	test_mention_all(&a, bl, "M. Lavigne", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous voulons d'abord", "Bernard Lavigne", NULL);
	test_expect_direct(&a, "qu'on publie les comptes.", "Bernard Lavigne", NULL);
	test_expect_direct(&a, "Les cotisations ont baissé", "Bernard Lavigne", "confie");
	test_expect_direct(&a, "Le club tiendra jusqu'en juin.", "Bernard Lavigne", "confie");
	test_expect_direct(&a, "On a fait le maximum", "Bernard Lavigne", "a dit");
	test_expect_direct(&a, "Le reste dépend des adhérents.", "Bernard Lavigne", "a dit");
	article_close(&a);
	open_doc(&a, "Title\n\nTom Reddle, the club chairman, opened the meeting. \"We want first, added the "
	             "former referee, that the accounts be published.\"\n",
	         "en");
	person(&a, "Tom Reddle", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "We want first", "Tom Reddle", NULL);
	test_expect_direct(&a, "that the accounts be published.", "Tom Reddle", NULL);
	article_close(&a);
}

/* A byname after « dit », "aka" or a naming verb is no quotation; « il
 * dit « … » » still is. */
static void test_bynames(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n« On a tout donné », a expliqué le capitaine, Paul Ravel dit «Polo». Le moulin dit « de "
	             "Kervern » sera vendu. Au village, on la surnomme encore « Petite Reine ». Paul Ravel dit « Nous "
	             "reviendrons plus forts ».\n",
	         "fr");
	person(&a, "Paul Ravel", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "On a tout donné", "Paul Ravel", "a expliqué");
	test_find_quote(&a, "Polo", QUOTE_MIXED);
	test_find_quote(&a, "de Kervern", QUOTE_MIXED);
	test_find_quote(&a, "Petite Reine", QUOTE_MIXED);
	test_find_quote(&a, "Nous reviendrons plus forts", QUOTE_DIRECT);
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 2);
	article_close(&a);
	open_doc(&a, "Title\n\n\"We gave everything,\" said Ray Dunn. The captain is Ray Dunn aka \"Sparky\". Fans had "
	             "long dubbed the boy \"Little Thunder\".\n",
	         "en");
	person(&a, "Ray Dunn", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "We gave everything,", "Ray Dunn", "said");
	test_find_quote(&a, "Sparky", QUOTE_MIXED);
	test_find_quote(&a, "Little Thunder", QUOTE_MIXED);
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 1);
	article_close(&a);
}

/* A capitalised quotation followed by a comma and a title word names a
 * work, even after a named subject. */
static void test_title_after(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLéa Morvan jouera « Les Nuits grises de la ville basse », une fresque familiale "
	             "en trois actes, puis « Le Port des brumes du nord », son dernier spectacle.\n",
	         "fr");
	person(&a, "Léa Morvan", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_find_quote(&a, "Les Nuits grises de la ville basse", QUOTE_MIXED);
	test_find_quote(&a, "Le Port des brumes du nord", QUOTE_MIXED);
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 0);
	article_close(&a);
	open_doc(&a, "Title\n\n\"Grey Harbour\", directed by Ann Kerr, opens on Friday. \"We shot it in ten days,\" "
	             "Ann Kerr said.\n",
	         "en");
	person(&a, "Ann Kerr", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_find_quote(&a, "Grey Harbour", QUOTE_MIXED);
	test_expect_direct(&a, "We shot it in ten days,", "Ann Kerr", "said");
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 1);
	article_close(&a);
}

/* Words written on a sign or a banner are nobody's spoken words. */
static void test_inscriptions(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nDevant la mairie, Paul Ravel brandissait une pancarte proclamant « Touche pas à notre "
	             "marché couvert ». « Nous resterons jusqu'au vote », a dit Paul Ravel.\n",
	         "fr");
	person(&a, "Paul Ravel", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_find_quote(&a, "Touche pas à notre marché couvert", QUOTE_MIXED);
	test_expect_direct(&a, "Nous resterons jusqu'au vote", "Paul Ravel", "a dit");
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 1);
	article_close(&a);
	open_doc(&a, "Title\n\nOutside the hall, Ray Dunn held a placard saying \"Save our covered market.\" \"We "
	             "will stay until the vote,\" Ray Dunn said.\n",
	         "en");
	person(&a, "Ray Dunn", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_find_quote(&a, "Save our covered market.", QUOTE_MIXED);
	test_expect_direct(&a, "We will stay until the vote,", "Ray Dunn", "said");
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 1);
	article_close(&a);
}

/* ---- French attribution patterns ------------------------------------------ */

/* « en fin d'après-midi : » ends the paragraph that names who speaks in the
 * next one: « d'après » of the compound is no source */
static void test_fr_colon_after_compound(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe responsable de la sécurité civile, Paul Mercadier, qui supervisait la simulation, a "
	             "établi un premier constat en fin d'après-midi :\n\n« La sirène a bien fonctionné. Les habitants ont "
	             "réagi vite. »\n",
	         "fr");
	person(&a, "Paul Mercadier", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "La sirène a bien fonctionné. Les habitants ont réagi vite.", "Paul Mercadier", NULL);
	article_close(&a);
}

static void test_fr_speaker_cue_quote(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe ministre Paul Durand a déclaré : « Nous tiendrons nos engagements. »\n", "fr");
	person(&a, "Paul Durand", ACTOR_MALE, "ministre");
	test_run_quotes(&a);
	const struct ann *q = test_expect_direct(&a, "Nous tiendrons nos engagements.", "Paul Durand", "a déclaré");
	assert_string_equal(annots_str(a.an, annots_id(a.an, q)), "Le ministre Paul Durand");
	/* outer span holds the marks */
	const char *t = doc_text(a.doc);
	size_t os, oe;
	assert_true(annots_outer(a.an, annots_id(a.an, q), &os, &oe));
	assert_memory_equal(t + os, "«", strlen("«"));
	assert_memory_equal(t + oe - strlen("»"), "»", strlen("»"));
	assert_true(q->confidence > 0.5f && q->confidence <= 1.0f);
	article_close(&a);
}

static void test_fr_inversion(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n« La réforme est prête », a affirmé mardi à la presse Claire Martin, porte-parole du "
	             "gouvernement.\n\n« Le texte passera », a-t-elle ajouté.\n\n« Rien ne presse », poursuit-elle.\n",
	         "fr");
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "La réforme est prête", "Claire Martin", "a affirmé");
	test_expect_direct(&a, "Le texte passera", "Claire Martin", "a-t-elle ajouté");
	test_expect_direct(&a, "Rien ne presse", "Claire Martin", "poursuit-elle");
	article_close(&a);
}

static void test_fr_pronoun_gender(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nClaire Martin a rencontré Paul Durand à Lyon. « Nous avons avancé », a-t-elle "
	             "assuré. « Pas assez », a-t-il répliqué.\n",
	         "fr");
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous avons avancé", "Claire Martin", "a-t-elle assuré");
	test_expect_direct(&a, "Pas assez", "Paul Durand", "a-t-il répliqué");
	article_close(&a);
}

static void test_fr_first_person_never_speaker(void **state)
{
	(void)state;
	struct article a;
	/* The name inside the quotation is not the pronoun's antecedent. */
	open_doc(&a, "Titre\n\nClaire Martin est arrivée à la mairie. « Marc Petit ne m'a jamais appelée », "
	             "a-t-elle dit.\n",
	         "fr");
	person(&a, "Claire Martin", 0, NULL);
	person(&a, "Marc Petit", 0, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Marc Petit ne m'a jamais appelée", "Claire Martin", "a-t-elle dit");
	article_close(&a);
}

static void test_fr_split_quote(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nClaire Martin a présenté le budget. « Il est serré, dit-elle, mais nous tiendrons. »\n\n"
	             "« Les dépenses baissent », explique Paul Durand, « et les recettes montent. »\n",
	         "fr");
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	/* the incise inside the marks is not her words: two stretches */
	test_expect_direct(&a, "Il est serré", "Claire Martin", "dit-elle");
	test_expect_direct(&a, "mais nous tiendrons.", "Claire Martin", "dit-elle");
	test_expect_direct(&a, "Les dépenses baissent", "Paul Durand", "explique");
	test_expect_direct(&a, "et les recettes montent.", "Paul Durand", NULL);
	article_close(&a);
}

static void test_fr_neighbour_sentences(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nClaire Martin a répondu aux journalistes. « Nous n'avons rien à cacher. »\n\n"
	             "« La saison sera longue. » C'est ce qu'a affirmé Paul Durand devant le conseil.\n",
	         "fr");
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous n'avons rien à cacher.", "Claire Martin", NULL);
	test_expect_direct(&a, "La saison sera longue.", "Paul Durand", NULL);
	article_close(&a);
}

static void test_fr_sources(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nSelon Paul Durand, « la situation est grave ». « Le pire est passé », d'après "
	             "Claire Martin.\n\nPour elle, le projet reste « une bonne idée ».\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "la situation est grave", "Paul Durand", "Selon");
	test_expect_direct(&a, "Le pire est passé", "Claire Martin", "d'après");
	test_expect_direct(&a, "une bonne idée", "Claire Martin", "Pour");
	article_close(&a);
}

static void test_fr_participle_and_partial(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nPaul Durand a quitté la salle, déclarant que la décision était « irrévocable ».\n\n"
	             "Claire Martin a estimé que le projet était « mort-né » et l'a qualifié de « gâchis ».\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "irrévocable", "Paul Durand", "déclarant");
	test_expect_direct(&a, "mort-né", "Claire Martin", "a estimé");
	test_expect_direct(&a, "gâchis", "Claire Martin", NULL);
	/* the reported clause around the partial quotation is indirect speech */
	const struct ann *ind = test_find_quote(&a, "la décision était « irrévocable »", QUOTE_INDIRECT);
	assert_string_equal(test_speaker_name(&a, ind), "Paul Durand");
	article_close(&a);
}

static void test_fr_paragraph_continues(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n« Nous tiendrons », a promis Paul Durand.\n\n« Les chiffres le montrent. »\n\n"
	             "Le conseil a voté.\n\nClaire Martin a ensuite pris la parole :\n\n« Je ne suis pas d'accord. »\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Les chiffres le montrent.", "Paul Durand", NULL);
	test_expect_direct(&a, "Je ne suis pas d'accord.", "Claire Martin", NULL);
	article_close(&a);
}

static void test_fr_groups_roles_spokespeople(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLes responsables locaux ont qualifié l'accord de « piège grossier ».\n\n"
	             "Paul Durand, ministre de l'Intérieur, a déclaré : « La loi sera appliquée. » "
	             "« Sans exception », a ensuite indiqué le ministre.\n\n"
	             "« Nous regrettons ce retard », a répondu la porte-parole de la Fédération des pêcheurs.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	int fed = annots_add_actor(a.an, "Fédération des pêcheurs", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, fed, "Fédération des pêcheurs", MENTION_NAME);
	test_run_quotes(&a);
	const struct ann *g = test_expect_direct(&a, "piège grossier", NULL, "ont qualifié");
	assert_string_equal(annots_str(a.an, annots_id(a.an, g)), "Les responsables locaux");
	test_expect_direct(&a, "La loi sera appliquée.", "Paul Durand", "a déclaré");
	const struct ann *r = test_expect_direct(&a, "Sans exception", "Paul Durand", "a ensuite indiqué");
	assert_string_equal(annots_str(a.an, annots_id(a.an, r)), "le ministre");
	test_expect_direct(&a, "Nous regrettons ce retard", "Fédération des pêcheurs", "a répondu");
	article_close(&a);
}

static void test_fr_scare_quotes_and_titles(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLes deux hommes servaient de « passeurs » pour le réseau. Elle a publié le livre "
	             "« Les Années de plomb » en 2010.\n",
	         "fr");
	test_run_quotes(&a);
	const struct ann *s = test_find_quote(&a, "passeurs", QUOTE_MIXED);
	assert_int_equal(s->actor, -1);
	const struct ann *t = test_find_quote(&a, "Les Années de plomb", QUOTE_MIXED);
	assert_int_equal(t->actor, -1);
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 0);
	article_close(&a);
}

static void test_fr_indirect(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nPaul Durand a déclaré à la presse que le plan serait présenté lundi. Selon Claire "
	             "Martin, la commune manque de moyens. Il a annoncé la décision que tout le monde attendait.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	const struct ann *q = test_find_quote(&a, "le plan serait présenté lundi", QUOTE_INDIRECT);
	assert_string_equal(test_speaker_name(&a, q), "Paul Durand");
	test_expect_cue(&a, q, "a déclaré");
	q = test_find_quote(&a, "la commune manque de moyens", QUOTE_INDIRECT);
	assert_string_equal(test_speaker_name(&a, q), "Claire Martin");
	/* « la décision que … » is a relative clause, not reported speech */
	assert_int_equal(count_kind(&a, QUOTE_INDIRECT), 2);
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 0);
	article_close(&a);
}

static void test_fr_headline(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Pêche : « Nous ne lâcherons rien »\n\n« La saison est perdue », a déclaré Paul Durand. "
	             "« Il faut des aides », a-t-il ajouté.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous ne lâcherons rien", "Paul Durand", NULL);
	article_close(&a);
}

static void test_fr_missing_actor_created(void **state)
{
	(void)state;
	struct article a;
	/* The actors module did not run: the speaker's name becomes an actor. */
	open_doc(&a, "Titre\n\n« Le marché reprend », a estimé Julie Arnaud, économiste.\n", "fr");
	test_run_quotes(&a);
	const struct ann *q = test_expect_direct(&a, "Le marché reprend", "Julie Arnaud", "a estimé");
	assert_int_equal(annots_actor(a.an, q->actor)->type, ACTOR_PERSON);
	int *ids = NULL;
	size_t cap = 0;
	assert_int_equal(annots_mentions_of(a.an, q->actor, &ids, &cap), 1);
	free(ids);
	article_close(&a);
}

static void test_fr_passive_roles_headline(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Pêche : le ministre promet « des aides rapides »\n\n"
	             "« Nous verserons des aides rapides », a déclaré Paul Durand.\n\n"
	             "La mesure a été jugée « insuffisante » par l'opposition.\n\n"
	             "Paul Durand a ensuite visité le port. « Tout va bien », a assuré le ministre.\n\n"
	             "Paul Durand a défendu une réforme « juste et nécessaire » devant les pêcheurs.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	/* the headline repeats part of a quotation from the body */
	test_expect_direct(&a, "des aides rapides", "Paul Durand", NULL);
	const struct ann *p = test_expect_direct(&a, "insuffisante", NULL, "jugée");
	assert_string_equal(annots_str(a.an, annots_id(a.an, p)), "l'opposition");
	test_expect_direct(&a, "Tout va bien", "Paul Durand", "a assuré");
	/* no cue, but a named subject's words */
	test_expect_direct(&a, "juste et nécessaire", "Paul Durand", NULL);
	article_close(&a);
}

static void test_fr_multi_paragraph_cue_last(void **state)
{
	(void)state;
	struct article a;
	/* « each paragraph reopens, only the last closes »: the cue on the last
	 * piece names the speaker of the whole quotation */
	open_doc(&a, "Titre\n\nClaire Martin a présenté le bilan.\n\n« Le premier point est réglé.\n\n"
	             "« Le second suivra », prévient Paul Durand.\n",
	         "fr");
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	const struct ann *q = test_expect_direct(&a, "Le premier point est réglé.\n\n« Le second suivra", "Paul Durand", NULL);
	assert_true(q->flags & ANN_CONTINUED);
	article_close(&a);
}

static void test_fr_roles_titles_institutions(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n"
	             "Le procureur Jean Roux a requis trois ans de prison. « La fraude est établie », a lancé le magistrat.\n\n"
	             "La Commission, de son côté, rejette le plan, qu'elle juge « beaucoup trop coûteux ».\n\n"
	             "Interrogée, Mme de Vallon a rappelé que le chantier « prendra deux ans ».\n\n"
	             "Son roman, « Les Vagues », paraît demain. Elle dit que « Les Vagues » lui a pris dix ans.\n\n"
	             "Léa Morin a quitté la salle. Debout, l'ancienne ministre a lu un texte : « Je ne partirai pas. »\n\n"
	             "« Les ventes reculent », a indiqué le groupe Alpha, évoquant « un marché difficile ».\n\n"
	             "« Nous suivrons », a poursuivi M. Jean Roux.\n",
	         "fr");
	int roux = annots_add_actor(a.an, "Jean Roux", ACTOR_PERSON, "procureur", ACTOR_MALE);
	test_mention_all(&a, roux, "Jean Roux", MENTION_NAME);
	int com = annots_add_actor(a.an, "Commission", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, com, "La Commission", MENTION_NAME);
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	int mme = annots_add_actor(a.an, "Mme", ACTOR_ORG, NULL, 0);   /* as a careless actors pass might */
	test_mention_all(&a, mme, "Mme", MENTION_NAME);
	int val = annots_add_actor(a.an, "Hélène de Vallon", ACTOR_PERSON, NULL, ACTOR_FEMALE);
	test_mention_all(&a, val, "Vallon", MENTION_ALIAS);
	person(&a, "Léa Morin", ACTOR_FEMALE, NULL);
	int alpha = annots_add_actor(a.an, "Alpha", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, alpha, "Alpha", MENTION_NAME);
	test_run_quotes(&a);
	/* « le magistrat » names the prosecutor (quote_role_synonyms) */
	test_expect_direct(&a, "La fraude est établie", "Jean Roux", "a lancé");
	/* « elle » for the institution that is the subject */
	test_expect_direct(&a, "beaucoup trop coûteux", "Commission", "juge");
	test_expect_direct(&a, "prendra deux ans", "Hélène de Vallon", "a rappelé");
	/* a work's title, and the same title quoted again */
	assert_int_equal(count_kind(&a, QUOTE_MIXED), 2);
	/* the subject of the verb before the colon, a role of the previous sentence */
	test_expect_direct(&a, "Je ne partirai pas.", "Léa Morin", NULL);
	/* a participle after an incise shares its speaker */
	test_expect_direct(&a, "un marché difficile", "Alpha", "évoquant");
	/* « M. » before a name */
	test_expect_direct(&a, "Nous suivrons", "Jean Roux", "a poursuivi");
	article_close(&a);
}

/* ---- English attribution patterns ------------------------------------------ */

static void test_en_patterns(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nMayor Ann Lee said: \"We will rebuild the bridge.\" \"It will take a year,\" said Ann Lee. "
	             "\"Work starts soon,\" Tom Reed told reporters. \"Not soon enough,\" he said.\n\n"
	             "\"The bridge is old,\" she said, \"but it will stand.\"\n",
	         "en");
	person(&a, "Ann Lee", ACTOR_FEMALE, NULL);
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "We will rebuild the bridge.", "Ann Lee", "said");
	test_expect_direct(&a, "It will take a year,", "Ann Lee", "said");
	test_expect_direct(&a, "Work starts soon,", "Tom Reed", "told");
	test_expect_direct(&a, "Not soon enough,", "Tom Reed", "said");
	test_expect_direct(&a, "The bridge is old,", "Ann Lee", "said");
	test_expect_direct(&a, "but it will stand.", "Ann Lee", NULL);
	article_close(&a);
}

static void test_en_sources_participles_partial(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nAccording to Ann Lee, \"the bridge is safe\". Tom Reed left the meeting, adding that "
	             "the vote was \"a farce\". Ann Lee said the plan was \"dead on arrival\".\n\n"
	             "Tom Reed, a local farmer, wrote: \"We are tired.\"\n",
	         "en");
	person(&a, "Ann Lee", ACTOR_FEMALE, NULL);
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "the bridge is safe", "Ann Lee", "According to");
	test_expect_direct(&a, "a farce", "Tom Reed", "adding");
	test_expect_direct(&a, "dead on arrival", "Ann Lee", "said");
	test_expect_direct(&a, "We are tired.", "Tom Reed", "wrote");
	article_close(&a);
	open_doc(&a, "Title\n\nThe plan was described as \"reckless\" by Ann Lee. \"We will appeal,\" Tom Reed said. "
	             "\"The ruling is wrong,\" the farmer added.\n",
	         "en");
	person(&a, "Ann Lee", ACTOR_FEMALE, NULL);
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "reckless", "Ann Lee", "described");
	/* a definite role right after a named speaker */
	test_expect_direct(&a, "The ruling is wrong,", "Tom Reed", "added");
	article_close(&a);
	/* "the prosecutor" names the attorney (quote_role_synonyms) */
	open_doc(&a, "Title\n\nU.S. Attorney Jane Roe filed the charges. \"He lied to everyone,\" the prosecutor said.\n",
	         "en");
	int roe = annots_add_actor(a.an, "Jane Roe", ACTOR_PERSON, "attorney", ACTOR_FEMALE);
	test_mention_all(&a, roe, "Jane Roe", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "He lied to everyone,", "Jane Roe", "said");
	article_close(&a);
}

static void test_en_context_groups_scare(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\n\"We will appeal,\" said Tom Reed.\n\n\"The ruling is wrong.\"\n\n"
	             "Local officials called the deal \"a trap\". The men acted as \"mules\" for the gang. "
	             "She wrote the book \"Winter Roads\" in 2010.\n\n"
	             "\"We regret the delay,\" a spokesman for the Port Authority said.\n",
	         "en");
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	int port = annots_add_actor(a.an, "Port Authority", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, port, "Port Authority", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "The ruling is wrong.", "Tom Reed", NULL);
	const struct ann *g = test_expect_direct(&a, "a trap", NULL, "called");
	assert_string_equal(annots_str(a.an, annots_id(a.an, g)), "Local officials");
	assert_int_equal(test_find_quote(&a, "mules", QUOTE_MIXED)->actor, -1);
	assert_int_equal(test_find_quote(&a, "Winter Roads", QUOTE_MIXED)->actor, -1);
	test_expect_direct(&a, "We regret the delay,", "Port Authority", "said");
	article_close(&a);
}

static void test_en_indirect(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nAnn Lee said that the bridge would reopen in May. Tom Reed said the toll would rise.\n",
	         "en");
	person(&a, "Ann Lee", ACTOR_FEMALE, NULL);
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	const struct ann *q = test_find_quote(&a, "the bridge would reopen in May", QUOTE_INDIRECT);
	assert_string_equal(test_speaker_name(&a, q), "Ann Lee");
	q = test_find_quote(&a, "the toll would rise", QUOTE_INDIRECT);
	assert_string_equal(test_speaker_name(&a, q), "Tom Reed");
	article_close(&a);
}

/* ---- typography ------------------------------------------------------------ */

static void test_marks_every_style(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n"
	             "Paul Durand a dit : «\xC2\xA0" "avec espaces insécables\xC2\xA0" "». "
	             "Paul Durand a dit : «\xE2\x80\xAF" "avec espaces fines\xE2\x80\xAF" "». "
	             "Paul Durand a dit : «sans espaces». "
	             "Paul Durand a dit : “guillemets anglais”. "
	             "Paul Durand a dit : „guillemets allemands“. "
	             "Paul Durand a dit : ‹ guillemets simples ›. "
	             "Paul Durand a dit : \"guillemets droits\". "
	             "Paul Durand a dit : ‘apostrophes typographiques’.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "avec espaces insécables", "Paul Durand", "a dit");
	test_expect_direct(&a, "avec espaces fines", "Paul Durand", "a dit");
	test_expect_direct(&a, "sans espaces", "Paul Durand", "a dit");
	test_expect_direct(&a, "guillemets anglais", "Paul Durand", "a dit");
	test_expect_direct(&a, "guillemets allemands", "Paul Durand", "a dit");
	test_expect_direct(&a, "guillemets simples", "Paul Durand", "a dit");
	test_expect_direct(&a, "guillemets droits", "Paul Durand", "a dit");
	test_expect_direct(&a, "apostrophes typographiques", "Paul Durand", "a dit");
	assert_int_equal(count_kind(&a, -1), 8);
	article_close(&a);
}

static void test_marks_nesting(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n« Il m'a répondu “jamais” puis ‹ peut-être ›, et il est parti », a raconté Paul "
	             "Durand.\n\n« Ils criaient 'Allah' en cassant la porte », a raconté un témoin.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Il m'a répondu “jamais” puis ‹ peut-être ›, et il est parti", "Paul Durand", "a raconté");
	const struct ann *n1 = test_find_quote(&a, "jamais", QUOTE_MIXED);
	assert_true(n1->flags & ANN_NESTED);
	assert_true(test_find_quote(&a, "peut-être", QUOTE_MIXED)->flags & ANN_NESTED);
	const struct ann *w = test_expect_direct(&a, "Ils criaient 'Allah' en cassant la porte", NULL, "a raconté");
	assert_string_equal(annots_str(a.an, annots_id(a.an, w)), "un témoin");
	assert_true(test_find_quote(&a, "Allah", QUOTE_MIXED)->flags & ANN_NESTED);
	article_close(&a);
	open_doc(&a, "Title\n\n\"He told me 'never' and left,\" said Tom Reed.\n\n"
	             "“She wrote ‘not yet’ on the form,” Tom Reed added.\n",
	         "en");
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "He told me 'never' and left,", "Tom Reed", "said");
	assert_true(test_find_quote(&a, "never", QUOTE_MIXED)->flags & ANN_NESTED);
	test_expect_direct(&a, "She wrote ‘not yet’ on the form,", "Tom Reed", "added");
	assert_true(test_find_quote(&a, "not yet", QUOTE_MIXED)->flags & ANN_NESTED);
	article_close(&a);
}

static void test_marks_multi_paragraph(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nPaul Durand a déclaré : « Le premier point concerne la pêche.\n\n"
	             "« Le second point concerne le port. »\n\nLa séance a été levée.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	/* one quotation from the first opening mark to the last closing one */
	const struct ann *p1 = test_expect_direct(&a, "Le premier point concerne la pêche.\n\n« Le second point concerne le port.",
	                                     "Paul Durand", "a déclaré");
	assert_true(p1->flags & ANN_CONTINUED);
	/* the sentence after it is nobody's quotation */
	assert_int_equal(count_kind(&a, -1), 1);
	article_close(&a);
	open_doc(&a, "Title\n\nTom Reed said: \"First, the harbour.\n\n\"Second, the boats,\" he added.\n", "en");
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	const struct ann *e2 = test_expect_direct(&a, "First, the harbour.\n\n\"Second, the boats,", "Tom Reed", "said");
	assert_true(e2->flags & ANN_CONTINUED);
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 1);
	article_close(&a);
}

static void test_marks_unbalanced(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nPaul Durand a lancé « on verra bien et il est parti.\n\n"
	             "Le lendemain, tout était calme. « Rien à signaler », a dit Claire Martin.\n\n"
	             "Un guillemet fermant » perdu ne fait rien.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	/* bounded by its paragraph, not swallowing the next ones */
	test_expect_direct(&a, "on verra bien et il est parti.", "Paul Durand", "a lancé");
	test_expect_direct(&a, "Rien à signaler", "Claire Martin", "a dit");
	assert_int_equal(count_kind(&a, -1), 2);
	article_close(&a);
	/* in a one-paragraph text, bounded by its sentence; a paragraph that
	 * opens with the mark keeps to the paragraph */
	open_doc(&a, "Titre\n\nPaul Durand a lancé « on verra bien. Le lendemain, tout était calme. « Rien à "
	             "signaler », a dit Claire Martin.\n\n« Tout le paragraphe. Sans fermeture.\n",
	         "fr");
	person(&a, "Paul Durand", ACTOR_MALE, NULL);
	person(&a, "Claire Martin", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "on verra bien.", "Paul Durand", "a lancé");
	test_expect_direct(&a, "Rien à signaler", "Claire Martin", "a dit");
	test_find_quote(&a, "Tout le paragraphe. Sans fermeture.", QUOTE_DIRECT);
	article_close(&a);
}

static void test_marks_apostrophes(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nL'Europe aujourd'hui et aujourd’hui, l’Union.\n", "fr");
	test_run_quotes(&a);
	assert_int_equal(count_kind(&a, -1), 0);
	article_close(&a);
	open_doc(&a, "Title\n\nDon't ask O'Brien about rock 'n' roll in the '90s or the players' union; "
	             "it’s Sam’s 6\" pipe and 'em.\n",
	         "en");
	test_run_quotes(&a);
	assert_int_equal(count_kind(&a, -1), 0);
	article_close(&a);
	/* apostrophes inside a quotation do not end it */
	open_doc(&a, "Title\n\n\"It's O'Brien's turn, isn't it?\" said Tom Reed.\n", "en");
	person(&a, "Tom Reed", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "It's O'Brien's turn, isn't it?", "Tom Reed", "said");
	assert_int_equal(count_kind(&a, -1), 1);
	article_close(&a);
}

static void test_marks_locale_direction(void **state)
{
	(void)state;
	/* Hungarian writes inner guillemets the other way round: »…« (ICU). */
	struct gerr e = {0};
	static const char pack[] = "code: hu\nname: Magyar\n";
	lang *l = lang_load_buf("hu.yaml", pack, sizeof pack - 1, &e);
	assert_non_null(l);
	const char *text = "Cím\n\n„Ez egy »belső« idézet” – mondta.\n";
	doc *d = doc_new(xstrdup(text), strlen(text), l);
	annots *an = annots_new();
	struct xctx x = {d, an, l};
	assert_int_equal(extract_quotes.run(&x, &e), 0);
	size_t n;
	const int *ids = annots_of_kind(an, ANN_QUOTE, &n);
	assert_int_equal(n, 2);
	const struct ann *outer = annots_get(an, ids[0]), *inner = annots_get(an, ids[1]);
	assert_memory_equal(doc_text(d) + outer->start, "Ez egy", 6);
	assert_memory_equal(doc_text(d) + inner->start, "belső", strlen("belső"));
	assert_int_equal(inner->end - inner->start, strlen("belső"));
	assert_true(inner->flags & ANN_NESTED);
	annots_free(an);
	doc_free(d);
	lang_free(l);
}

static void test_no_quotes_and_empty(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nRien ici. Paul Durand a mangé.\n", "fr");
	test_run_quotes(&a);
	assert_int_equal(count_kind(&a, -1), 0);
	article_close(&a);
	open_doc(&a, "«»\n\n« »\n\n\"\"\n", "fr");
	test_run_quotes(&a);
	assert_int_equal(count_kind(&a, -1), 0);
	article_close(&a);
}

/* ---- the seed article, end to end ------------------------------------------ */

static char *seed_path(void)
{
	const char *env = getenv("GLOSE_SEED");
	if (env && *env)
		return xstrdup(env);
	const char *dir = getenv("GLOSE_TESTDIR");
	return xasprintf("%s/../../shared/seed/article.fr.txt", dir ? dir : "tests");
}

static void test_seed_article(void **state)
{
	(void)state;
	char *p = seed_path();
	char *text = NULL;
	size_t n = 0;
	struct gerr e = {0};
	if (file_read_all(p, &text, &n, &e) != 0) {
		free(p);
		skip();
	}
	free(p);
	struct article a;
	test_article(&a, text, "fr", "2025-12-03", "actors,quotes");
	free(text);
	static const struct {
		const char *text, *speaker;   /* speaker: last word of the actor's name, or NULL */
	} want[] = {
		{"constructives", "Ouchakov"},
		{"plutôt utile, constructive, plutôt substantielle", "Ouchakov"},
		{"formulation spécifique", "Ouchakov"},
		{"Jusqu'à présent, aucun compromis n'a été trouvé sur la question du territoire, sans lequel le Kremlin "
		 "ne voit pas de solution à la crise", "Ouchakov"},
		{"Mais il y a encore beaucoup de travail à faire, tant à Washington qu'à Moscou. C'est ce qui a été "
		 "convenu. Et les contacts se poursuivront", "Ouchakov"},
		{"prête maintenant", "Poutine"},
		{"l'Europe voulait déclencher une guerre", "Poutine"},
		{"plan américain", NULL},
		{"promis qu'ils n'iraient pas à Kyiv, mais qu'ils rentreraient chez eux", "Ouchakov"},
	};
	for (size_t i = 0; i < ARRAY_LEN(want); i++) {
		const struct ann *q = test_find_quote(&a, want[i].text, QUOTE_DIRECT);
		const char *who = test_speaker_name(&a, q);
		if (!want[i].speaker) {
			assert_null(who);
			assert_non_null(annots_str(a.an, annots_id(a.an, q)));     /* « Les responsables moscovites » */
			continue;
		}
		assert_non_null(who);
		size_t wl = strlen(who), sl = strlen(want[i].speaker);
		if (wl < sl || strcmp(who + wl - sl, want[i].speaker) != 0)
			fail_msg("[%s]: speaker %s, expected %s", want[i].text, who, want[i].speaker);
	}
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), ARRAY_LEN(want));
	article_close(&a);
}

/* The word table reads a phrase word by word and says when no entry goes
 * on; prefixes are never classes of their own. */
static void test_lexicon_phrases(void **state)
{
	(void)state;
	struct gerr e = {0};
	lang *en = lang_open("en", &e);
	assert_non_null(en);
	struct qlex *q = qlex_new(en);
	enum qgender g;
	bool more;
	assert_int_equal(qlex_lookup_phrase(q, "in the", 6, &g, &more), 0);
	assert_true(more);                        /* "in the words of" */
	assert_true(qlex_lookup_phrase(q, "in the words of", 15, &g, &more) & QW_SOURCE);
	assert_false(more);
	assert_int_equal(qlex_lookup_phrase(q, "in the house", 12, &g, &more), 0);
	assert_false(more);
	assert_true(qlex_lookup_phrase(q, "according to", 12, &g, &more) & QW_SOURCE);
	/* a prefix alone is no word of the lexicon */
	size_t maxtok;
	assert_int_equal(qlex_lookup(q, "in the words", 12, &g, &maxtok), 0);
	assert_int_equal(qlex_get(q, "In the", 6, &g), 0);
	qlex_free(q);
	lang_free(en);

	/* the phrase is still read in a sentence */
	struct article a;
	open_doc(&a, "Title\n\nIn the words of Mary Stone, \"the bridge will hold\".\n", "en");
	person(&a, "Mary Stone", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "the bridge will hold", "Mary Stone", "In the words of");
	article_close(&a);
}

/* A speaker's name the actors module missed becomes an organisation only
 * if it is one: not a possessive, a weekday, a word qualifying the noun
 * after it, or a plural-looking word opening its sentence. */
static void test_en_new_speaker_orgs(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Market day\n"
	             "Shopkeepers say the car park \"changed nothing at all\". "
	             "Harbour prosecutors said the inquiry \"would take months\". "
	             "Tuesday's meeting said \"nothing new\". "
	             "Vantora said it \"had no comment on the plan\".\n", "en");
	test_run_quotes(&a);
	test_expect_direct(&a, "changed nothing at all", NULL, NULL);
	test_expect_direct(&a, "would take months", NULL, NULL);
	test_expect_direct(&a, "nothing new", NULL, NULL);
	test_expect_direct(&a, "had no comment on the plan", "Vantora", NULL);
	assert_int_equal(annots_nactors(a.an), 1);
	assert_int_equal(annots_actor(a.an, 0)->type, ACTOR_ORG);
	article_close(&a);
}

/* An incise with its subject after the verb inside the marks splits the
 * quotation in two; a pronoun opening a sentence makes no new speaker. */
static void test_incise_inside_subject(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Réunion\n"
	             "Odile Brunet dirige le centre depuis 2019. « Les lits manquent, insiste la directrice, mais "
	             "l'équipe tient bon. » « Ce plan, a expliqué Jérôme Aubrac, ne règle rien. » "
	             "« Nous verrons », a-t-il conclu.\n", "fr");
	int odile = person(&a, "Odile Brunet", ACTOR_FEMALE, "directrice");
	test_mention_all(&a, odile, "la directrice", MENTION_ROLE);
	person(&a, "Jérôme Aubrac", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Les lits manquent", "Odile Brunet", "insiste");
	test_expect_direct(&a, "mais l'équipe tient bon.", "Odile Brunet", NULL);
	test_expect_direct(&a, "Ce plan", "Jérôme Aubrac", "a expliqué");
	test_expect_direct(&a, "ne règle rien.", "Jérôme Aubrac", NULL);
	article_close(&a);

	open_doc(&a, "Refunds\n"
	             "The lender said it was \"working with the regulator\" on refunds. It said it \"could not "
	             "predict the outcome\".\n", "en");
	test_run_quotes(&a);
	assert_int_equal(annots_nactors(a.an), 0);
	article_close(&a);
}

/* A bare spokesperson speaks for the organisation the sentence before is
 * about (its subject, not a complement, not a news medium). */
static void test_bare_spokesperson(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Ruling\n"
	             "Corvane, which may still appeal to the Tribunal Board, told Reuters it was disappointed. "
	             "\"We will study the decision,\" a spokesperson said.\n", "en");
	int corvane = annots_add_actor(a.an, "Corvane", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, corvane, "Corvane", MENTION_NAME);
	int board = annots_add_actor(a.an, "Tribunal Board", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, board, "Tribunal Board", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "We will study the decision,", "Corvane", "said");
	article_close(&a);

	/* « le cabinet de la ministre », no minister named: the ministry */
	open_doc(&a, "Dossier\n"
	             "Le ministère des Transports suit le dossier de près. « Nous restons vigilants », a précisé "
	             "le cabinet de la ministre.\n", "fr");
	int min = annots_add_actor(a.an, "ministère des Transports", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, min, "ministère des Transports", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous restons vigilants", "ministère des Transports", "a précisé");
	article_close(&a);

	/* "a council spokeswoman": the organisation whose name holds the
	 * noun before the spokesperson, even when another one was the
	 * subject of the sentence before */
	open_doc(&a, "Cuts\n"
	             "Westmoor Borough Council will close two libraries in March. Unison, which represents the "
	             "staff, said it learned of it from a newsletter. A council spokeswoman said the closures were "
	             "\"painful but unavoidable\".\n", "en");
	int wbc = annots_add_actor(a.an, "Westmoor Borough Council", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, wbc, "Westmoor Borough Council", MENTION_NAME);
	int uni = annots_add_actor(a.an, "Unison", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, uni, "Unison", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "painful but unavoidable", "Westmoor Borough Council", "said");
	article_close(&a);
}

/* Parts of the day after a weekday, and incise verbs of manner, between
 * an inverted cue and its subject. */
static void test_fr_time_of_day_incise(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n« Le musée rouvrira en juin », a déclaré mardi soir la ministre de la Culture, Anne "
	             "Dubreuil.\n\n« Les travaux ont pris du retard », a reconnu samedi après-midi Marc Le Ruyet.\n\n"
	             "« Je ne suis pas pressé », a souri Marc Le Ruyet.\n",
	         "fr");
	person(&a, "Anne Dubreuil", ACTOR_FEMALE, "ministre de la Culture");
	person(&a, "Marc Le Ruyet", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Le musée rouvrira en juin", "Anne Dubreuil", "a déclaré");
	test_expect_direct(&a, "Les travaux ont pris du retard", "Marc Le Ruyet", "a reconnu");
	test_expect_direct(&a, "Je ne suis pas pressé", "Marc Le Ruyet", "a souri");
	article_close(&a);
}

/* « indique-t-on à Matignon »: the impersonal « on » speaks for a place
 * named after « à », never for whom one speaks to (« à l'AFP »). */
static void test_fr_on_place(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe calendrier reste flou. « Rien n'est arrêté », indique-t-on à Matignon.\n\n"
	             "« Ce sera fait avant l'été », a-t-on confié à l'Agence Presse Sud.\n",
	         "fr");
	int mat = annots_add_actor(a.an, "Matignon", ACTOR_PLACE, NULL, ACTOR_CAN_SPEAK);
	test_mention_all(&a, mat, "Matignon", MENTION_NAME);
	int aps = annots_add_actor(a.an, "Agence Presse Sud", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, aps, "Agence Presse Sud", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "Rien n'est arrêté", "Matignon", "indique-t-on");
	const struct ann *q = test_find_quote(&a, "Ce sera fait avant l'été", QUOTE_DIRECT);
	assert_true(q->actor != aps);
	article_close(&a);
}

/* « observe-t-on à la direction régionale de X »: an unnamed unit of an
 * organisation speaks for it even before the organisation has spoken
 * (unlike « à X », whom one may speak to); « Du côté de X, on indique »:
 * a multi-word locative fronts the place the impersonal « on » speaks for. */
static void test_fr_on_unit_of_org(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLes averses ont noyé la plaine samedi. « Un tel cumul reste exceptionnel », observe-t-on "
	             "à la direction régionale de Météo-Ouest, à Rennes.\n\nLe chantier de la digue est à l'arrêt. "
	             "Du côté de Terrabat, on indique « attendre le feu vert ».\n",
	         "fr");
	int meteo = annots_add_actor(a.an, "Météo-Ouest", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, meteo, "Météo-Ouest", MENTION_NAME);
	int rennes = annots_add_actor(a.an, "Rennes", ACTOR_PLACE, NULL, 0);
	test_mention_all(&a, rennes, "Rennes", MENTION_NAME);
	int terra = annots_add_actor(a.an, "Terrabat", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, terra, "Terrabat", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "Un tel cumul reste exceptionnel", "Météo-Ouest", "observe-t-on");
	test_expect_direct(&a, "attendre le feu vert", "Terrabat", "indique");
	article_close(&a);
}

/* "the report said", « indique le rapport »: the organisation the article
 * named as the report's author, not the organisation spoken of last. */
static void test_report_author(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nThe Quarry Safety Board's report on the Delby pit came out on Monday. Delby Stone "
	             "said it would study it.\n\nThe pit floor was \"unstable in at least three places\", the report "
	             "said.\n",
	         "en");
	int board = annots_add_actor(a.an, "Quarry Safety Board", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, board, "Quarry Safety Board", MENTION_NAME);
	int stone = annots_add_actor(a.an, "Delby Stone", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, stone, "Delby Stone", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "unstable in at least three places", "Quarry Safety Board", "said");
	article_close(&a);

	open_doc(&a, "Titre\n\nLe rapport de l'Observatoire des Digues a été rendu public mardi. La société "
	             "Hydrobat conteste ses conclusions.\n\nLe mur nord est « fissuré sur toute sa hauteur », "
	             "indique le rapport.\n",
	         "fr");
	int obs = annots_add_actor(a.an, "Observatoire des Digues", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, obs, "Observatoire des Digues", MENTION_NAME);
	int hyd = annots_add_actor(a.an, "Hydrobat", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, hyd, "Hydrobat", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "fissuré sur toute sa hauteur", "Observatoire des Digues", "indique");
	article_close(&a);
}

/* A fronted participle with its agent (« Interrogé par X, ») holds no
 * subject: the speaker is the noun phrase after it. */
static void test_fr_fronted_participle(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLa CGST a réuni son bureau national mardi. Interrogé par Radio Nord, le syndicat "
	             "évoque « une piste sérieuse » pour le financement.\n",
	         "fr");
	int cgst = annots_add_actor(a.an, "CGST", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, cgst, "CGST", MENTION_NAME);
	int radio = annots_add_actor(a.an, "Radio Nord", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, radio, "Radio Nord", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "une piste sérieuse", "CGST", NULL);
	article_close(&a);
}

/* A relative clause and a named description between a person and the
 * cue: "X, an Ohio Democrat who chairs the panel, called …". */
static void test_en_relative_apposition(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nSen. Ann Roe, an Ohio Democrat who chairs the Senate transport panel, called the bill "
	             "\"a gift to the airlines.\"\n\nCouncillor Tom Hale, who leads the housing board, said: \"We "
	             "need more homes.\"\n",
	         "en");
	person(&a, "Ann Roe", ACTOR_FEMALE, NULL);
	person(&a, "Ohio Democrat", 0, NULL);   /* a description the actors module took for a name */
	int senate = annots_add_actor(a.an, "Senate", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, senate, "Senate", MENTION_NAME);
	person(&a, "Tom Hale", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "a gift to the airlines.", "Ann Roe", NULL);
	test_expect_direct(&a, "We need more homes.", "Tom Hale", NULL);
	article_close(&a);
}

/* "said Hebden's deputy, Sarah Quayle": the possessor is not the speaker;
 * "said Harbour Agency area manager Rachel Dunmore": nor is the
 * organisation before a person's title. */
static void test_en_possessive_and_title_chain(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nMark Hebden spoke first. \"The union wants a headline,\" said Hebden's deputy, Sarah "
	             "Quayle.\n\n\"The water rose ten centimetres in an hour,\" said Harbour Agency area manager Rachel "
	             "Dunmore.\n",
	         "en");
	int hebden = person(&a, "Mark Hebden", ACTOR_MALE, NULL);
	/* the actors module's span stops before the 's */
	size_t at = (size_t)(strstr(doc_text(a.doc), "Hebden's") - doc_text(a.doc));
	annots_add(a.an, ANN_MENTION, at, at + strlen("Hebden"), hebden, -1, MENTION_NAME, 1, NULL);
	person(&a, "Sarah Quayle", ACTOR_FEMALE, NULL);
	int agency = annots_add_actor(a.an, "Harbour Agency", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, agency, "Harbour Agency", MENTION_NAME);
	person(&a, "Rachel Dunmore", ACTOR_FEMALE, "area manager");
	test_run_quotes(&a);
	test_expect_direct(&a, "The union wants a headline,", "Sarah Quayle", "said");
	test_expect_direct(&a, "The water rose ten centimetres in an hour,", "Rachel Dunmore", "said");
	article_close(&a);
}

/* "The company said": the organisation that spoke just before, not the
 * one it spoke about. */
static void test_institution_noun(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nOrvane Bank said Brill Securities had asked for documents. The company said it was "
	             "\"cooperating fully\" with the inquiry.\n",
	         "en");
	int orv = annots_add_actor(a.an, "Orvane Bank", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, orv, "Orvane Bank", MENTION_NAME);
	int brill = annots_add_actor(a.an, "Brill Securities", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, brill, "Brill Securities", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "cooperating fully", "Orvane Bank", "said");
	article_close(&a);

	open_doc(&a, "Titre\n\nLe groupe Velmont a annoncé la fermeture de deux usines. La société assure que les "
	             "salariés seront « tous reclassés ».\n",
	         "fr");
	int vel = annots_add_actor(a.an, "Velmont", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, vel, "Velmont", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "tous reclassés", "Velmont", NULL);
	article_close(&a);
}

/* "said it was "alarmed" by the arrests": the agent belongs to the clause,
 * not to the cue; "The Paris-based Reporters Without Borders" names the
 * organisation after its modifiers. */
static void test_en_agent_reach_and_based(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nThe Oslo-based Press Freedom Watch said it was \"alarmed\" by the arrests.\n", "en");
	int pfw = annots_add_actor(a.an, "Press Freedom Watch", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, pfw, "Press Freedom Watch", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "alarmed", "Press Freedom Watch", "said");
	article_close(&a);
}

/* « Selon elle, » opens the sentence: words quoted far from another verb
 * of it are hers (« la direction n'a proposé qu'une prime, versée « … » »);
 * after « Selon elle », a passive agent does not speak either. */
static void test_fr_source_sentence(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n« C'est une provocation », a réagi Nadia Ferrand. Selon elle, la direction n'a proposé "
	             "qu'une prime de 500 euros, versée « au mieux en décembre ».\n\nSelon elle, le directeur avait été "
	             "alerté « à trois reprises » par les infirmières.\n",
	         "fr");
	person(&a, "Nadia Ferrand", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "au mieux en décembre", "Nadia Ferrand", "Selon");
	test_expect_direct(&a, "à trois reprises", "Nadia Ferrand", "Selon");
	article_close(&a);
}

/* An organisation the actors module took for a person, then a titled
 * name: "said Cal Fire Battalion Chief Ana Ruiz". */
static void test_en_org_as_person_then_title(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\n\"The wind pushed embers a mile ahead,\" said Bay Fire Battalion Chief Ana Ruiz.\n", "en");
	person(&a, "Bay Fire Battalion", 0, NULL);
	int ruiz = annots_add_actor(a.an, "Ana Ruiz", ACTOR_PERSON, "Chief", ACTOR_FEMALE);
	test_mention_all(&a, ruiz, "Chief Ana Ruiz", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "The wind pushed embers a mile ahead,", "Ana Ruiz", "said");
	article_close(&a);
}

/* « le porte-parole de la préfecture, le capitaine Yann Morvan »: the
 * voice of the institution is named; « Au ministère, on indique « … » »:
 * the fronted place speaks; « sourit le vigneron »: a trade noun names the
 * person of the sentence before. */
static void test_fr_spokesman_name_on_fronted_trade(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n« Le cargo n'a pas dévié », a expliqué vendredi le porte-parole de la préfecture "
	             "maritime, le capitaine Yann Morvan.\n\nAu ministère de la Mer, on indique « suivre le dossier "
	             "de près ».\n\nPaul Guérin a fini ses vendanges jeudi. « Dix jours, c'est du jamais-vu », sourit "
	             "le maraîcher de 47 ans.\n",
	         "fr");
	int pref = annots_add_actor(a.an, "préfecture maritime", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, pref, "préfecture maritime", MENTION_NAME);
	person(&a, "Yann Morvan", ACTOR_MALE, NULL);
	int mer = annots_add_actor(a.an, "ministère de la Mer", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, mer, "ministère de la Mer", MENTION_NAME);
	person(&a, "Paul Guérin", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Le cargo n'a pas dévié", "Yann Morvan", "a expliqué");
	test_expect_direct(&a, "suivre le dossier de près", "ministère de la Mer", "indique");
	test_expect_direct(&a, "Dix jours, c'est du jamais-vu", "Paul Guérin", "sourit");
	article_close(&a);
}

/* Session 5: patterns of news the extractor had not seen. */

/* An inverted subject followed by an adverbial phrase, then a participle
 * that reuses it; a role mention and the name of the same person in
 * apposition after an inverted subject. */
static void test_fr_inverted_subject_then_pp(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLes ventes ont reculé de 8 %, a indiqué la coopérative Agrilait dans un communiqué, "
	             "évoquant « une année très difficile ».\n\n« Le calendrier sera tenu », a affirmé à la radio la "
	             "présidente de l'agglomération, l'ancienne sénatrice Odile Marchand.\n",
	         "fr");
	int coop = annots_add_actor(a.an, "Agrilait", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, coop, "la coopérative Agrilait", MENTION_NAME);
	int om = person(&a, "Odile Marchand", ACTOR_FEMALE, "ancienne sénatrice");
	test_mention_all(&a, om, "l'ancienne sénatrice", MENTION_ROLE);
	test_run_quotes(&a);
	test_expect_direct(&a, "une année très difficile", "Agrilait", NULL);
	const struct ann *q = test_expect_direct(&a, "Le calendrier sera tenu", "Odile Marchand", "a affirmé");
	assert_string_equal(annots_str(a.an, annots_id(a.an, q)), "l'ancienne sénatrice Odile Marchand");
	article_close(&a);
}

/* « Et d'ajouter : « … » »: a narrative infinitive continues the speaker
 * before it; without a speaker before it, nobody. */
static void test_fr_narrative_infinitive(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nPour Inès Carpentier, la coupe est pleine. « Nous avons tout essayé », affirme-t-elle."
	             "\n\nEt d'ajouter : « Si rien ne bouge, nous continuerons. »\n",
	         "fr");
	person(&a, "Inès Carpentier", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous avons tout essayé", "Inès Carpentier", "affirme-t-elle");
	test_expect_direct(&a, "Si rien ne bouge, nous continuerons.", "Inès Carpentier", NULL);
	article_close(&a);

	open_doc(&a, "Titre\n\nEt de conclure : « Tout reste à faire. »\n", "fr");
	test_run_quotes(&a);
	test_expect_direct(&a, "Tout reste à faire.", NULL, NULL);
	assert_null(annots_str(a.an, annots_id(a.an, test_find_quote(&a, "Tout reste à faire.", QUOTE_DIRECT))));
	article_close(&a);
}

/* « selon un communiqué » after the quotation says where the words were
 * written, not who wrote them: the subject of the cue before keeps them;
 * with nobody before, the document stays the speaker's text. */
static void test_source_document_after_cue(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe ministère de la Santé assure pour sa part que « les hôpitaux seront renforcés », "
	             "selon un communiqué publié jeudi.\n\nLa hausse atteint 4 %. « Le seuil est dépassé », selon un "
	             "communiqué publié lundi.\n",
	         "fr");
	int min = annots_add_actor(a.an, "ministère de la Santé", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, min, "ministère de la Santé", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "les hôpitaux seront renforcés", "ministère de la Santé", "assure");
	const struct ann *q = test_expect_direct(&a, "Le seuil est dépassé", NULL, NULL);
	assert_non_null(annots_str(a.an, annots_id(a.an, q)));
	assert_non_null(strstr(annots_str(a.an, annots_id(a.an, q)), "communiqué"));
	article_close(&a);

	open_doc(&a, "Title\n\nThe regulator insisted that the plant was \"entirely safe\", according to a statement "
	             "released on Friday.\n",
	         "en");
	int reg = annots_add_actor(a.an, "Nuclear Safety Board", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, reg, "The regulator", MENTION_ROLE);
	test_run_quotes(&a);
	test_expect_direct(&a, "entirely safe", "Nuclear Safety Board", "insisted");
	article_close(&a);
}

/* Institutions named by a common noun speak: « l'office de tourisme »,
 * "the embassy" (kept as the speaker's text when no actor is known). */
static void test_institution_common_nouns(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nL'office de tourisme a indiqué que le projet serait « présenté aux habitants en mai »."
	             "\n",
	         "fr");
	test_run_quotes(&a);
	const struct ann *q = test_expect_direct(&a, "présenté aux habitants en mai", NULL, "a indiqué");
	assert_string_equal(annots_str(a.an, annots_id(a.an, q)), "L'office de tourisme");
	article_close(&a);

	open_doc(&a, "Title\n\nThe embassy said the visas would be issued \"within a fortnight\".\n", "en");
	test_run_quotes(&a);
	q = test_expect_direct(&a, "within a fortnight", NULL, "said");
	assert_string_equal(annots_str(a.an, annots_id(a.an, q)), "The embassy");
	article_close(&a);
}

/* "the company" said: the organisation that has been speaking, even when
 * the mention was linked to another one nearby. */
static void test_en_company_that_spoke(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nCustomers should return the jars to Parcelink, the company's returns processor.\n\n"
	             "Brightwell said the fault was traced to a valve. Production will resume \"once the line has "
	             "been inspected,\" the company said.\n",
	         "en");
	int bw = annots_add_actor(a.an, "Brightwell", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, bw, "Brightwell", MENTION_NAME);
	int pl = annots_add_actor(a.an, "Parcelink", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, pl, "Parcelink", MENTION_NAME);
	test_mention_all(&a, pl, "the company", MENTION_ROLE);
	test_run_quotes(&a);
	test_expect_direct(&a, "once the line has been inspected,", "Brightwell", "said");
	article_close(&a);
}

/* A person named by a nationality noun: "said the Spaniard", « a reconnu
 * la Canadienne »; not a plural ("the Spaniards"). */
static void test_demonym_speaker(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nCarlos Ibarra, the second seed, was calm in defeat. \"He was better today,\" said the "
	             "Spaniard, who had not lost a set all week.\n\nMarta Ruiz watched. The Spaniards said it was "
	             "\"a sad day for the club\".\n",
	         "en");
	person(&a, "Carlos Ibarra", ACTOR_MALE, NULL);
	person(&a, "Marta Ruiz", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "He was better today,", "Carlos Ibarra", "said");
	const struct ann *q = test_expect_direct(&a, "a sad day for the club", NULL, "said");
	assert_string_equal(annots_str(a.an, annots_id(a.an, q)), "The Spaniards");
	article_close(&a);

	open_doc(&a, "Titre\n\nJulie Tremblay a terminé quatrième. « Je suis déçue », a reconnu la Canadienne.\n", "fr");
	person(&a, "Julie Tremblay", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Je suis déçue", "Julie Tremblay", "a reconnu");
	article_close(&a);
}

/* Nested reporting: the words belong to the subject of the reported
 * clause (« l'équipe de X avait promis « … » », "Y instructed staff to
 * "…""), not to the one who reports them. */
static void test_nested_reporting(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe maire, Jean Rivet, a rappelé qu'en 2019 l'équipe de Mme Claude Sorel avait promis "
	             "« une école par quartier ».\n\nIl a ajouté que la liste de Mme Sorel avait annoncé « zéro "
	             "fermeture de classe ».\n",
	         "fr");
	person(&a, "Jean Rivet", ACTOR_MALE, "maire");
	int cs = person(&a, "Claude Sorel", ACTOR_FEMALE, NULL);
	test_mention_all(&a, cs, "Mme Sorel", MENTION_ALIAS);
	test_run_quotes(&a);
	test_expect_direct(&a, "une école par quartier", "Claude Sorel", "avait promis");
	test_expect_direct(&a, "zéro fermeture de classe", "Claude Sorel", "avait annoncé");
	article_close(&a);

	open_doc(&a, "Title\n\nMr. Palmer told the jury that Raj Mehta instructed staff to \"keep the numbers up\" every "
	             "week.\n",
	         "en");
	person(&a, "Raj Mehta", ACTOR_MALE, NULL);
	int p2 = annots_add_actor(a.an, "Greg Palmer", ACTOR_PERSON, NULL, ACTOR_MALE);
	test_mention_all(&a, p2, "Mr. Palmer", MENTION_ALIAS);
	test_run_quotes(&a);
	test_expect_direct(&a, "keep the numbers up", "Raj Mehta", "instructed");
	article_close(&a);
}

/* An age between commas does not hide the subject; a description named
 * only in the next quotation of the paragraph takes that name. */
static void test_age_and_named_later(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLa tête de liste des écologistes, 47 ans, a salué « un vote de confiance ». « Les électeurs "
	             "ont tranché », a déclaré Mme Paule Dervieux, ancienne avocate.\n\nLe maire, 61 ans, a dénoncé « une "
	             "campagne sale ». « Nous ferons recours », a affirmé Marc Olier.\n",
	         "fr");
	int pd = annots_add_actor(a.an, "Paule Dervieux", ACTOR_PERSON, NULL, ACTOR_FEMALE);
	test_mention_all(&a, pd, "Mme Paule Dervieux", MENTION_NAME);
	int mo = person(&a, "Marc Olier", ACTOR_MALE, NULL);
	test_mention_all(&a, mo, "Marc Olier", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "Les électeurs ont tranché", "Paule Dervieux", "a déclaré");
	test_expect_direct(&a, "un vote de confiance", "Paule Dervieux", "a salué");
	/* a person mentioned before the description is not named later */
	article_close(&a);

	open_doc(&a, "Titre\n\nMarc Olier était présent. Le maire, 61 ans, a dénoncé « une campagne sale ». « Nous "
	             "ferons recours », a affirmé Marc Olier.\n",
	         "fr");
	person(&a, "Marc Olier", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	const struct ann *q = test_find_quote(&a, "une campagne sale", QUOTE_DIRECT);
	assert_non_null(annots_str(a.an, annots_id(a.an, q)));
	assert_string_equal(annots_str(a.an, annots_id(a.an, q)), "Le maire");
	article_close(&a);

	/* named in the lead only, paragraphs before: the description may be her */
	open_doc(&a, "Titre\n\nLa liste conduite par Paule Dervieux a gagné dimanche.\n\nLa participation a "
	             "progressé.\n\nLa tête de liste des écologistes, 47 ans, a salué « un vote de confiance ». « Les "
	             "électeurs ont tranché », a déclaré Mme Paule Dervieux.\n",
	         "fr");
	pd = annots_add_actor(a.an, "Paule Dervieux", ACTOR_PERSON, NULL, ACTOR_FEMALE);
	test_mention_all(&a, pd, "Mme Paule Dervieux", MENTION_NAME);
	test_mention_all(&a, pd, "Paule Dervieux", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "un vote de confiance", "Paule Dervieux", "a salué");
	article_close(&a);

	open_doc(&a, "Title\n\nThe list led by Paula Dervin won on Sunday.\n\nTurnout rose.\n\nThe leader of the "
	             "list, 47, hailed \"a vote of confidence\". \"Voters have spoken,\" said Paula Dervin.\n",
	         "en");
	pd = person(&a, "Paula Dervin", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "a vote of confidence", "Paula Dervin", "hailed");
	article_close(&a);

	open_doc(&a, "Title\n\nJane Rowe, 52, called the decision \"a betrayal of the town\".\n", "en");
	person(&a, "Jane Rowe", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "a betrayal of the town", "Jane Rowe", "called");
	article_close(&a);
}

/* A nationality after a role picks the person whose role holds it, and a
 * pronoun after a sentence whose subject is that description refers to
 * that person, not to the last speaker. */
static void test_fr_nationality_role_and_pronoun(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe président français, Paul Delorme, a reçu lundi son homologue portugais, Rui "
	             "Albuquerque.\n\n« Nous devons investir ensemble », a déclaré Paul Delorme.\n\nLe président "
	             "portugais s'est montré plus réservé. « Le Portugal paiera sa part », a-t-il souligné.\n\nLe "
	             "président portugais a aussi évoqué « un partenariat équilibré ».\n",
	         "fr");
	person(&a, "Paul Delorme", ACTOR_MALE, "président français");
	person(&a, "Rui Albuquerque", ACTOR_MALE, "homologue portugais");
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous devons investir ensemble", "Paul Delorme", "a déclaré");
	test_expect_direct(&a, "Le Portugal paiera sa part", "Rui Albuquerque", "a-t-il souligné");
	test_expect_direct(&a, "un partenariat équilibré", "Rui Albuquerque", "a aussi évoqué");
	article_close(&a);

	/* no description before: the pronoun keeps the last speaker */
	open_doc(&a, "Titre\n\n« Nous devons investir ensemble », a déclaré Paul Delorme.\n\nLa séance a été levée à "
	             "midi. « Le Portugal paiera sa part », a-t-il souligné.\n",
	         "fr");
	person(&a, "Paul Delorme", ACTOR_MALE, "président français");
	test_run_quotes(&a);
	test_expect_direct(&a, "Le Portugal paiera sa part", "Paul Delorme", "a-t-il souligné");
	article_close(&a);
}

/* Headline "'…': Name on …" names the speaker after the colon; a report
 * speaks for whoever wrote it, not for the person who cites it. */
static void test_title_name_after_and_report(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "'We were never favourites': Ruth Okafor on the cup run\n\nRuth Okafor's side won on Saturday. "
	             "\"I've never seen her cry,\" said Dean Whitaker. \"It was chaos,\" Whitaker said.\n",
	         "en");
	person(&a, "Ruth Okafor", ACTOR_FEMALE, NULL);
	int dw = person(&a, "Dean Whitaker", ACTOR_MALE, NULL);
	test_mention_all(&a, dw, "Whitaker said", MENTION_ALIAS);
	test_run_quotes(&a);
	test_expect_direct(&a, "We were never favourites", "Ruth Okafor", NULL);
	article_close(&a);

	open_doc(&a, "Titre\n\nKarim Hadj est le gérant. Le procureur a rappelé qu'un rapport d'expertise signalait "
	             "« des câbles dénudés dans la cuisine ».\n",
	         "fr");
	person(&a, "Karim Hadj", ACTOR_MALE, "gérant");
	test_run_quotes(&a);
	const struct ann *q = test_expect_direct(&a, "des câbles dénudés dans la cuisine", NULL, "signalait");
	assert_string_equal(annots_str(a.an, annots_id(a.an, q)), "un rapport d'expertise");
	article_close(&a);
}

/* ---- session 6: incises ending a sentence, sources, voices ------------- */

static int org(struct article *a, const char *name, const char *surface)
{
	int id = annots_add_actor(a->an, name, ACTOR_ORG, NULL, 0);
	test_mention_all(a, id, surface ? surface : name, MENTION_NAME);
	return id;
}

/* « A, poursuit Mme Marin. B »: an incise inside the marks may end its
 * sentence (also after an adverbial phrase, or an apposition); both
 * stretches are the speaker's. */
static void test_fr_incise_full_stop(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nOdile Marin préside l'amicale.\n\n« La récolte est mauvaise, poursuit Mme Marin. Nous "
	             "demandons une aide. »\n\nL'association Eau claire analyse la rivière. « Les taux ont doublé en un an, "
	             "affirme son président, Gaspard Lemoine. Personne ne nous écoute. »\n\n« Il faut agir vite, a dit "
	             "M. Lemoine après la réunion. Le temps presse. »\n",
	         "fr");
	int om = person(&a, "Odile Marin", ACTOR_FEMALE, NULL);
	test_mention_all(&a, om, "Mme Marin", MENTION_NAME);
	org(&a, "Eau claire", NULL);
	int gl = person(&a, "Gaspard Lemoine", ACTOR_MALE, NULL);
	test_mention_all(&a, gl, "M. Lemoine", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "La récolte est mauvaise", "Odile Marin", "poursuit");
	test_expect_direct(&a, "Nous demandons une aide.", "Odile Marin", "poursuit");
	test_expect_direct(&a, "Les taux ont doublé en un an", "Gaspard Lemoine", "affirme");
	test_expect_direct(&a, "Personne ne nous écoute.", "Gaspard Lemoine", "affirme");
	test_expect_direct(&a, "Il faut agir vite", "Gaspard Lemoine", "a dit");
	test_expect_direct(&a, "Le temps presse.", "Gaspard Lemoine", "a dit");
	article_close(&a);

	/* an inverted incise ending its sentence: the words after it are kept */
	open_doc(&a, "Titre\n\nLéa Dumas a pris la parole. « Les gros fixent les prix, a-t-elle résumé. Qui nous "
	             "défendra ? »\n",
	         "fr");
	person(&a, "Léa Dumas", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Les gros fixent les prix", "Léa Dumas", NULL);
	test_expect_direct(&a, "Qui nous défendra ?", "Léa Dumas", NULL);
	article_close(&a);

	/* a relative clause after the name belongs to the incise */
	open_doc(&a, "Titre\n\n« On a tout perdu, explique Josiane Martel, qui tient une boutique. La dernière fois, "
	             "on a fermé trois semaines. »\n",
	         "fr");
	person(&a, "Josiane Martel", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "On a tout perdu", "Josiane Martel", "explique");
	test_expect_direct(&a, "La dernière fois, on a fermé trois semaines.", "Josiane Martel", "explique");
	article_close(&a);
}

/* « Pour X, présidente de Y (Z), le drame rappelle … : « … » »: the names
 * beside the source are not the subject; the source speaks. */
static void test_fr_source_with_apposition(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nPour Clarisse Vautrin, présidente de la Fédération des pêcheurs du Lot (FPL), la "
	             "sécheresse rappelle une évidence : « Sans eau, il n'y a pas de poisson. »\n",
	         "fr");
	person(&a, "Clarisse Vautrin", ACTOR_FEMALE, "présidente de la Fédération des pêcheurs du Lot");
	int fpl = org(&a, "Fédération des pêcheurs du Lot", NULL);
	test_mention_all(&a, fpl, "FPL", MENTION_ALIAS);
	test_run_quotes(&a);
	test_expect_direct(&a, "Sans eau, il n'y a pas de poisson.", "Clarisse Vautrin", NULL);
	article_close(&a);
}

/* A role subject: « la représentante de l'État » is the prefect (a role
 * synonym over the whole phrase); « la bergère » after a sentence whose
 * quotation runs over two sentences is still the person just named;
 * « le noisetier de 61 ans » is one person. */
static void test_fr_role_subjects(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLa préfète du Lot, Sandrine Aubertot, a réuni les maires lundi. La représentante de "
	             "l'État a demandé aux habitants de « limiter les arrosages » jusqu'à nouvel ordre.\n",
	         "fr");
	int sa = person(&a, "Sandrine Aubertot", ACTOR_FEMALE, "préfète du Lot");
	test_mention_all(&a, sa, "La préfète du Lot", MENTION_ROLE);
	test_run_quotes(&a);
	test_expect_direct(&a, "limiter les arrosages", "Sandrine Aubertot", "a demandé");
	article_close(&a);

	open_doc(&a, "Titre\n\nPour Maryse Dulac, présidente des bergers du Vercors, le plan rappelle une règle : « En "
	             "hiver, il faut attendre. On ne part pas sur un coup de tête. » La bergère, installée à Villard, "
	             "estime que les aides sont « trop lentes ».\n",
	         "fr");
	person(&a, "Maryse Dulac", ACTOR_FEMALE, "présidente des bergers du Vercors");
	test_run_quotes(&a);
	test_expect_direct(&a, "trop lentes", "Maryse Dulac", "estime");
	article_close(&a);

	open_doc(&a, "Titre\n\nSur 300 votants, 210 ont dit oui, a annoncé Bertrand Lafargue.\n\n« Nous ne pouvions "
	             "plus rester seuls, a lancé le noisetier de 61 ans depuis l'estrade. Ce soir, on avance. »\n",
	         "fr");
	person(&a, "Bertrand Lafargue", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Nous ne pouvions plus rester seuls", "Bertrand Lafargue", "a lancé");
	test_expect_direct(&a, "Ce soir, on avance.", "Bertrand Lafargue", "a lancé");
	article_close(&a);
}

/* Organisations: a news medium after « à » is whom the words went to;
 * « une porte-parole de l'instance », « la direction de l'établissement »
 * speak for the organisation just named (also in a complement);
 * « explique-t-on à l'Institut X » names the institute. */
static void test_fr_org_voices(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLa société Hydrolia exploite le barrage. Dans une déclaration transmise à l'AFP, "
	             "l'entreprise assure respecter « strictement » les débits.\n",
	         "fr");
	int hy = org(&a, "Hydrolia", NULL);
	int afp = org(&a, "AFP", NULL);
	test_mention_all(&a, afp, "l'entreprise", MENTION_ROLE);   /* bound to the wrong company */
	test_run_quotes(&a);
	test_expect_direct(&a, "strictement", "Hydrolia", "assure");
	(void)hy;
	article_close(&a);

	open_doc(&a, "Titre\n\nL'Office de l'eau surveille la situation. Une porte-parole de l'instance, basée à "
	             "Cahors, a indiqué qu'elle « suivra les relevés de près ».\n\nLes urgences du centre hospitalier "
	             "de Figeac fermeront la nuit « pour au moins six semaines », a annoncé la direction de "
	             "l'établissement.\n",
	         "fr");
	org(&a, "Office de l'eau", "L'Office de l'eau");
	org(&a, "centre hospitalier de Figeac", NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "suivra les relevés de près", "Office de l'eau", "a indiqué");
	test_expect_direct(&a, "pour au moins six semaines", "centre hospitalier de Figeac", "a annoncé");
	article_close(&a);

	open_doc(&a, "Titre\n\nSelon l'Institut de la cybersécurité, les attaques augmentent. « Les petites communes "
	             "sont des cibles faciles », explique-t-on à l'Institut de la cybersécurité. « Nous suivons le "
	             "dossier », indique-t-on à l'AFP.\n",
	         "fr");
	org(&a, "Institut de la cybersécurité", NULL);
	org(&a, "AFP", NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Les petites communes sont des cibles faciles", "Institut de la cybersécurité", NULL);
	const struct ann *q = test_find_quote(&a, "Nous suivons le dossier", QUOTE_DIRECT);
	assert_true(q->actor < 0 || strcmp(test_speaker_name(&a, q), "AFP") != 0);
	article_close(&a);
}

/* « X réclame « … », l'association estimant que … »: an absolute
 * participle after the quotation has its own subject, not the speaker. */
static void test_fr_absolute_participle(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLe président de l'Union des artisans de Cognac, Patrice Audry, réclame déjà « un "
	             "fonds d'urgence », l'association estimant les pertes à deux millions d'euros.\n",
	         "fr");
	person(&a, "Patrice Audry", ACTOR_MALE, NULL);
	org(&a, "Union des artisans de Cognac", "l'Union des artisans de Cognac");
	test_run_quotes(&a);
	test_expect_direct(&a, "un fonds d'urgence", "Patrice Audry", NULL);
	article_close(&a);
}

/* Two people named as one subject: nobody's alone. */
static void test_fr_coordinated_subject(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\n« C'est trop peu. Nous voulions davantage », regrettent Paul Berthier et Annie Roque, "
	             "qui vivent près du pont.\n\n« Nous partirons », a déclaré Paul Berthier avant de partir.\n",
	         "fr");
	person(&a, "Paul Berthier", ACTOR_MALE, NULL);
	person(&a, "Annie Roque", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "C'est trop peu. Nous voulions davantage", NULL, "regrettent");
	test_expect_direct(&a, "Nous partirons", "Paul Berthier", "a déclaré");
	article_close(&a);
}

/* English: a relative clause over several commas before the cue; a
 * pronoun with no person to refer to after a spokeswoman for a company;
 * a person's office speaks for the person. */
static void test_en_org_voices(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nNordwind Ferries, which runs 12 vessels from Hull, Leeds and Grimsby to ports in Norway, "
	             "Denmark and the Faroe Islands, called the offer \"insulting and late\".\n",
	         "en");
	org(&a, "Nordwind Ferries", NULL);
	int fi = annots_add_actor(a.an, "Faroe Islands", ACTOR_PLACE, NULL, 0);
	test_mention_all(&a, fi, "the Faroe Islands", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "insulting and late", "Nordwind Ferries", "called");
	article_close(&a);

	open_doc(&a, "Title\n\nA spokeswoman for Coastline Freight said the company had offered a bonus to every "
	             "driver.\n\n\"We have been talking in good faith for months,\" she said.\n",
	         "en");
	org(&a, "Coastline Freight", NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "We have been talking in good faith for months,", "Coastline Freight", "said");
	article_close(&a);

	open_doc(&a, "Title\n\nGovernor Alma Reyes's office said in a statement that the governor \"backs both sides\" "
	             "and would meet them.\n",
	         "en");
	person(&a, "Alma Reyes", ACTOR_FEMALE, "Governor");
	test_run_quotes(&a);
	test_expect_direct(&a, "backs both sides", "Alma Reyes", "said");
	article_close(&a);
}

/* English: a name the actors module missed after "a spokeswoman for";
 * "Its chief executive" is the organisation's voice; "the society said"
 * is the society just spoken of; an unnamed person in the incise ("one
 * agent in Leeds said") is nobody known, not the place nor the previous
 * speaker. */
static void test_en_unnamed_voices(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nA spokeswoman for the FSB said the regulator was \"making enquiries\" and would not "
	             "comment further.\n\n\"It took ten days to clear the queue last time,\" one agent in Leeds said, "
	             "asking not to be named.\n",
	         "en");
	int leeds = annots_add_actor(a.an, "Leeds", ACTOR_PLACE, NULL, 0);
	test_mention_all(&a, leeds, "Leeds", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "making enquiries", "FSB", "said");
	test_expect_direct(&a, "It took ten days to clear the queue last time,", NULL, NULL);
	article_close(&a);

	open_doc(&a, "Title\n\nGreen Power Alliance, the industry body, said the project was typical. Its chief "
	             "executive told the BBC that the target was out of reach \"if every inquiry takes a year\".\n\n"
	             "Pennant Mutual, a building society, said on Monday that hackers had reached a supplier. \"We are "
	             "sorry,\" the society said in a statement.\n",
	         "en");
	org(&a, "Green Power Alliance", NULL);
	org(&a, "BBC", "the BBC");
	org(&a, "Pennant Mutual", NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "if every inquiry takes a year", "Green Power Alliance", "told");
	test_expect_direct(&a, "We are sorry,", "Pennant Mutual", "said");
	article_close(&a);
}

/* Marks are found wherever they fall in the text (the scanner reads it
 * eight bytes at a time): every offset, every kind of mark. */
static void test_marks_any_offset(void **state)
{
	(void)state;
	static const char *const open[] = {"\xc2\xab ", "\xe2\x80\x9c", "\""};
	static const char *const close[] = {" \xc2\xbb", "\xe2\x80\x9d", "\""};
	for (size_t k = 0; k < 3; k++)
		for (size_t pad = 0; pad < 19; pad++) {
			char text[256];
			snprintf(text, sizeof text, "Titre\n\xc3\xa9 %.*sIl a dit %sle pont est ferm\xc3\xa9%s hier.\n", (int)pad,
			         "aaaaaaaaa bbbbbbbbb", open[k], close[k]);
			struct article a;
			open_doc(&a, text, "fr");
			test_run_quotes(&a);
			assert_int_equal(count_kind(&a, -1), 1);
			test_find_quote(&a, "le pont est ferm\xc3\xa9", -1);
			article_close(&a);
		}
}

/* « le ministre » names the minister (by the actors' roles) mentioned
 * last, again after other people were mentioned in between. */
static void test_fr_role_latest(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Budget\n"
	             "Paul Vernier a rencontr\xc3\xa9 les maires. "
	             "\xc2\xab Rien n'est d\xc3\xa9" "cid\xc3\xa9 \xc2\xbb, a d\xc3\xa9" "clar\xc3\xa9 le ministre.\n"
	             "Claire Ostrowski a pr\xc3\xa9sent\xc3\xa9 les comptes avec Hugo Malet. "
	             "\xc2\xab Les comptes sont justes \xc2\xbb, a affirm\xc3\xa9 le ministre.\n"
	             "Paul Vernier a quitt\xc3\xa9 la salle plus tard. "
	             "\xc2\xab Nous reviendrons \xc2\xbb, a ajout\xc3\xa9 le ministre.\n", "fr");
	person(&a, "Paul Vernier", ACTOR_MALE, "ministre de l'Int\xc3\xa9rieur");
	person(&a, "Claire Ostrowski", ACTOR_FEMALE, "ministre du Budget");
	person(&a, "Hugo Malet", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	test_expect_direct(&a, "Rien n'est d\xc3\xa9" "cid\xc3\xa9", "Paul Vernier", NULL);
	test_expect_direct(&a, "Les comptes sont justes", "Claire Ostrowski", NULL);
	test_expect_direct(&a, "Nous reviendrons", "Paul Vernier", NULL);
	article_close(&a);
}

/* "the Tarnby-based trust X said": the place inside the compound
 * modifier is no speaker. */
static void test_en_compound_modifier_not_speaker(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Title\n\nThe Tarnby-based trust Harbour Light said it was \"deeply worried\" by the ruling.\n",
	         "en");
	int place = annots_add_actor(a.an, "Tarnby", ACTOR_PLACE, NULL, 0);
	test_mention_all(&a, place, "Tarnby", MENTION_NAME);
	int org = annots_add_actor(a.an, "Harbour Light", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Harbour Light", MENTION_NAME);
	test_run_quotes(&a);
	const struct ann *q = test_find_quote(&a, "deeply worried", -1);
	assert_non_null(q);
	assert_string_equal(test_speaker_name(&a, q), "Harbour Light");
	article_close(&a);
}

/* « Dans ce rapport, dont Le Parisien a eu copie, elle … »: neither the
 * relative clause's subject nor a news medium is who « elle » is. */
static void test_fr_relative_clause_and_medium(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a,
	         "Titre\n\nLa Ligue des randonneurs a publié un rapport. Sa secrétaire, Odile Ferrandi, l'a envoyé "
	         "au préfet mardi. Dans ce rapport, dont Le Parisien a eu copie, elle qualifie le sentier de "
	         "« danger public ».\n",
	         "fr");
	person(&a, "Odile Ferrandi", ACTOR_FEMALE, NULL);
	int org = annots_add_actor(a.an, "Ligue des randonneurs", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Ligue des randonneurs", MENTION_NAME);
	int med = annots_add_actor(a.an, "Le Parisien", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, med, "Le Parisien", MENTION_NAME);
	test_run_quotes(&a);
	const struct ann *q = test_find_quote(&a, "danger public", -1);
	assert_string_equal(test_speaker_name(&a, q), "Odile Ferrandi");
	article_close(&a);
	/* « X, dont la présidente, Y, a salué »: the subject is inside the clause */
	open_doc(&a,
	         "Titre\n\nLe projet a été voté par la Ligue des randonneurs, dont la présidente, Odile Ferrandi, "
	         "a salué mardi « une belle victoire ».\n",
	         "fr");
	person(&a, "Odile Ferrandi", ACTOR_FEMALE, NULL);
	org = annots_add_actor(a.an, "Ligue des randonneurs", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Ligue des randonneurs", MENTION_NAME);
	test_run_quotes(&a);
	q = test_find_quote(&a, "une belle victoire", -1);
	assert_string_equal(test_speaker_name(&a, q), "Odile Ferrandi");
	article_close(&a);
}

/* « prévient un ingénieur de Météo-Alpes », "said an analyst at Corvane":
 * an unnamed member speaks for the organisation. */
static void test_unnamed_member_of_org(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a,
	         "Titre\n\nLa neige tombera dès vendredi. « Samedi matin, les routes seront glissantes », prévient "
	         "un ingénieur de Météo-Alpes.\n",
	         "fr");
	int org = annots_add_actor(a.an, "Météo-Alpes", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Météo-Alpes", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "Samedi matin, les routes seront glissantes", "Météo-Alpes", NULL);
	article_close(&a);
	/* the same with a relative clause after the organisation */
	open_doc(&a,
	         "Titre\n\nLes pistes rouvrent samedi. « La neige est bonne », assure une responsable de "
	         "Glissevent, qui loue des skis à Morzine.\n",
	         "fr");
	org = annots_add_actor(a.an, "Glissevent", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Glissevent", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "La neige est bonne", "Glissevent", NULL);
	article_close(&a);
	/* an employee (not a member noun) speaks for herself */
	open_doc(&a,
	         "Titre\n\nLe magasin ferme lundi. « Il nous a fallu trois heures », regrette une employée de "
	         "la Droguerie Saint-Vidal.\n",
	         "fr");
	org = annots_add_actor(a.an, "Droguerie Saint-Vidal", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Droguerie Saint-Vidal", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "Il nous a fallu trois heures", NULL, NULL);
	article_close(&a);
	/* "said an analyst at Corvane Capital" */
	open_doc(&a, "Title\n\nShares fell on Monday. \"The plan came too late,\" said an analyst at Corvane Capital.\n",
	         "en");
	org = annots_add_actor(a.an, "Corvane Capital", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Corvane Capital", MENTION_NAME);
	test_run_quotes(&a);
	test_expect_direct(&a, "The plan came too late,", "Corvane Capital", NULL);
	article_close(&a);
}

/* "The company said" after "owned by X": the agent, when no organisation
 * was a subject; a subject still comes first. */
static void test_en_company_after_agent(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a,
	         "Title\n\nThe old mill is owned by Corliss Holdings, a Bristol firm. The company said it was "
	         "\"open to offers\" from the town.\n",
	         "en");
	int org = annots_add_actor(a.an, "Corliss Holdings", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Corliss Holdings", MENTION_NAME);
	test_run_quotes(&a);
	const struct ann *q = test_find_quote(&a, "open to offers", QUOTE_DIRECT);
	assert_string_equal(test_speaker_name(&a, q), "Corliss Holdings");
	article_close(&a);
	open_doc(&a,
	         "Title\n\nCorliss Holdings was fined by Tarrant Water last year. The company said it was "
	         "\"open to offers\" from the town.\n",
	         "en");
	org = annots_add_actor(a.an, "Corliss Holdings", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, org, "Corliss Holdings", MENTION_NAME);
	int other = annots_add_actor(a.an, "Tarrant Water", ACTOR_ORG, NULL, 0);
	test_mention_all(&a, other, "Tarrant Water", MENTION_NAME);
	test_run_quotes(&a);
	q = test_find_quote(&a, "open to offers", QUOTE_DIRECT);
	assert_string_equal(test_speaker_name(&a, q), "Corliss Holdings");
	article_close(&a);
}

/* Names and titles in marks after a classifier noun, or used as a modifier
 * between a determiner and a noun, are nobody's words; a partial quote
 * after a speech verb stays a quotation. */
static void test_names_after_classifier_or_as_modifier(void **state)
{
	(void)state;
	struct article a;
	open_doc(&a, "Titre\n\nLa liste « Ensemble pour vivre à Brenac » a gagné huit sièges, devant l'association « Les Amis "
	             "du lavoir ». Le tableau, « Matin sur la Dordogne », a été vendu hier. Luc Vernier a jugé "
	             "le projet « trop coûteux pour la commune » lundi.\n",
	         "fr");
	person(&a, "Luc Vernier", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	assert_int_equal(test_find_quote(&a, "Ensemble pour vivre à Brenac", QUOTE_MIXED)->actor, -1);
	assert_int_equal(test_find_quote(&a, "Les Amis du lavoir", QUOTE_MIXED)->actor, -1);
	assert_int_equal(test_find_quote(&a, "Matin sur la Dordogne", QUOTE_MIXED)->actor, -1);
	test_expect_direct(&a, "trop coûteux pour la commune", "Luc Vernier", "a jugé");
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 1);
	article_close(&a);

	/* a nickname between a first name and a surname the mention does not
	 * cover; a quote after the name is still somebody's words */
	open_doc(&a, "Titre\n\n« Le port restera ouvert tout l'hiver », a promis le maire Pierre « Pierrot » "
	             "Lagarde-Ruiz. Lagarde-Ruiz a ajouté : « Nous le devons aux pêcheurs. »\n",
	         "fr");
	person(&a, "Lagarde-Ruiz", ACTOR_MALE, NULL);
	test_run_quotes(&a);
	assert_int_equal(test_find_quote(&a, "Pierrot", QUOTE_MIXED)->actor, -1);
	test_expect_direct(&a, "Nous le devons aux pêcheurs.", "Lagarde-Ruiz", "a ajouté");
	article_close(&a);

	open_doc(&a, "Title\n\nThe town launched a \"Buy Local on Main Street\" scheme in May, and the analyst kept his "
	             "\"hold\" rating. The painting, \"Low Tide at Kessock\", sold for a record. Nora Bell "
	             "called the scheme \"a costly gimmick\" on Tuesday.\n",
	         "en");
	person(&a, "Nora Bell", ACTOR_FEMALE, NULL);
	test_run_quotes(&a);
	assert_int_equal(test_find_quote(&a, "Buy Local on Main Street", QUOTE_MIXED)->actor, -1);
	assert_int_equal(test_find_quote(&a, "hold", QUOTE_MIXED)->actor, -1);
	assert_int_equal(test_find_quote(&a, "Low Tide at Kessock", QUOTE_MIXED)->actor, -1);
	test_expect_direct(&a, "a costly gimmick", "Nora Bell", "called");
	assert_int_equal(count_kind(&a, QUOTE_DIRECT), 1);
	article_close(&a);

	open_doc(&a, "Title\n\n\"The road stays open,\" said county judge Walter \"Buddy\" Okafor-Lind.\n",
	         "en");
	int w = person(&a, "Walter Okafor-Lind", ACTOR_MALE, NULL);
	test_mention_all(&a, w, "Walter", MENTION_NAME);
	test_mention_all(&a, w, "Okafor-Lind", MENTION_NAME);
	test_run_quotes(&a);
	assert_int_equal(test_find_quote(&a, "Buddy", QUOTE_MIXED)->actor, -1);
	test_find_quote(&a, "The road stays open,", QUOTE_DIRECT);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_en_compound_modifier_not_speaker),
		cmocka_unit_test(test_lexicon_phrases),
		cmocka_unit_test(test_fr_speaker_cue_quote),
		cmocka_unit_test(test_fr_inversion),
		cmocka_unit_test(test_fr_pronoun_gender),
		cmocka_unit_test(test_fr_first_person_never_speaker),
		cmocka_unit_test(test_fr_split_quote),
		cmocka_unit_test(test_fr_neighbour_sentences),
		cmocka_unit_test(test_fr_sources),
		cmocka_unit_test(test_fr_participle_and_partial),
		cmocka_unit_test(test_fr_paragraph_continues),
		cmocka_unit_test(test_fr_groups_roles_spokespeople),
		cmocka_unit_test(test_fr_scare_quotes_and_titles),
		cmocka_unit_test(test_fr_indirect),
		cmocka_unit_test(test_fr_headline),
		cmocka_unit_test(test_fr_missing_actor_created),
		cmocka_unit_test(test_fr_passive_roles_headline),
		cmocka_unit_test(test_fr_multi_paragraph_cue_last),
		cmocka_unit_test(test_fr_roles_titles_institutions),
		cmocka_unit_test(test_en_patterns),
		cmocka_unit_test(test_en_sources_participles_partial),
		cmocka_unit_test(test_en_context_groups_scare),
		cmocka_unit_test(test_en_indirect),
		cmocka_unit_test(test_marks_every_style),
		cmocka_unit_test(test_marks_nesting),
		cmocka_unit_test(test_marks_multi_paragraph),
		cmocka_unit_test(test_marks_unbalanced),
		cmocka_unit_test(test_marks_apostrophes),
		cmocka_unit_test(test_marks_locale_direction),
		cmocka_unit_test(test_no_quotes_and_empty),
		cmocka_unit_test(test_seed_article),
		cmocka_unit_test(test_en_new_speaker_orgs),
		cmocka_unit_test(test_marks_any_offset),
		cmocka_unit_test(test_fr_role_latest),
		cmocka_unit_test(test_incise_inside_subject),
		cmocka_unit_test(test_bare_spokesperson),
		cmocka_unit_test(test_fr_time_of_day_incise),
		cmocka_unit_test(test_fr_on_place),
		cmocka_unit_test(test_fr_on_unit_of_org),
		cmocka_unit_test(test_report_author),
		cmocka_unit_test(test_fr_fronted_participle),
		cmocka_unit_test(test_en_relative_apposition),
		cmocka_unit_test(test_en_possessive_and_title_chain),
		cmocka_unit_test(test_institution_noun),
		cmocka_unit_test(test_en_agent_reach_and_based),
		cmocka_unit_test(test_fr_source_sentence),
		cmocka_unit_test(test_en_org_as_person_then_title),
		cmocka_unit_test(test_fr_spokesman_name_on_fronted_trade),
		cmocka_unit_test(test_fr_inverted_subject_then_pp),
		cmocka_unit_test(test_fr_narrative_infinitive),
		cmocka_unit_test(test_source_document_after_cue),
		cmocka_unit_test(test_institution_common_nouns),
		cmocka_unit_test(test_en_company_that_spoke),
		cmocka_unit_test(test_demonym_speaker),
		cmocka_unit_test(test_nested_reporting),
		cmocka_unit_test(test_age_and_named_later),
		cmocka_unit_test(test_fr_nationality_role_and_pronoun),
		cmocka_unit_test(test_title_name_after_and_report),
		cmocka_unit_test(test_fr_incise_full_stop),
		cmocka_unit_test(test_fr_source_with_apposition),
		cmocka_unit_test(test_fr_role_subjects),
		cmocka_unit_test(test_fr_org_voices),
		cmocka_unit_test(test_fr_coordinated_subject),
		cmocka_unit_test(test_fr_absolute_participle),
		cmocka_unit_test(test_en_org_voices),
		cmocka_unit_test(test_en_unnamed_voices),
		cmocka_unit_test(test_fr_relative_clause_and_medium),
		cmocka_unit_test(test_fr_colon_after_compound),
		cmocka_unit_test(test_unnamed_member_of_org),
		cmocka_unit_test(test_en_company_after_agent),
		cmocka_unit_test(test_names_after_classifier_or_as_modifier),
		cmocka_unit_test(test_marks_nested_runs_on),
		cmocka_unit_test(test_title_noun_as_subject),
		cmocka_unit_test(test_incise_split_description),
		cmocka_unit_test(test_bynames),
		cmocka_unit_test(test_title_after),
		cmocka_unit_test(test_inscriptions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
