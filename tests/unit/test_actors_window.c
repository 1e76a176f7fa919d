/* test_actors_window.c — the actor pass on a document too large for one
 * pass (extract_actors.c reads it a window at a time): one actor per name
 * across windows, mentions at the document's offsets, in order; a short
 * document is read whole.  The sentences are written for this test. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Article k of a concatenation: a title, a date line, three paragraphs. */
static void add_article(struct sbuf *b, int k)
{
	sbuf_addf(b,
	            "Budget numéro %d : la mairie de Brest présente ses comptes\n"
	            "Publié le 12 mars 2025\n"
	            "Hélène Marchetti, maire de Brest, a présenté mardi le budget de la ville devant le conseil municipal. "
	            "Les élus de l'opposition ont demandé un nouveau vote sur la piscine du quartier %d.\n"
	            "« Nous tiendrons nos engagements », a déclaré Hélène Marchetti à la sortie de la séance. "
	            "Selon Bertrand Quéméner, adjoint aux finances, la dette baissera de %d %% en deux ans.\n"
	            "Le conseil se réunira de nouveau le mois prochain pour voter les subventions des associations "
	            "sportives, culturelles et sociales de la commune, dont la liste sera publiée la semaine prochaine.\n\n",
	            k, k % 17, k % 9 + 1);
}

static size_t mentions_named(struct article *a, int actor, const char *name, size_t *last_start, size_t *bad)
{
	int *ids = NULL;
	size_t cap = 0, n = annots_mentions_of(a->an, actor, &ids, &cap), hits = 0, prev = 0;
	size_t len = strlen(name);
	for (size_t i = 0; i < n; i++) {
		const struct ann *m = annots_get(a->an, ids[i]);
		if (m->start < prev)
			(*bad)++;
		prev = m->start;
		if (m->end > doc_len(a->doc))
			(*bad)++;
		else if (m->end - m->start == len && memcmp(doc_text(a->doc) + m->start, name, len) == 0)
			hits++;
		*last_start = m->start;
	}
	free(ids);
	return hits;
}

static void check(size_t articles)
{
	struct sbuf b = {0};
	for (size_t k = 0; k < articles; k++)
		add_article(&b, (int)k);
	struct article a;
	memset(&a, 0, sizeof a);
	test_article(&a, b.s, "fr", NULL, "actors");
	/* One actor for the mayor, whatever the number of windows. */
	size_t found = 0;
	int mayor = -1;
	for (size_t i = 0; i < annots_nactors(a.an); i++) {
		const struct actor *ac = annots_actor(a.an, (int)i);
		if (strcmp(ac->name, "Hélène Marchetti") == 0) {
			found++;
			mayor = (int)i;
			assert_int_equal(ac->type, ACTOR_PERSON);
		}
	}
	assert_int_equal(found, 1);
	/* Her full name twice an article, at the document's offsets, in order. */
	size_t last = 0, bad = 0;
	assert_int_equal(mentions_named(&a, mayor, "Hélène Marchetti", &last, &bad), 2 * articles);
	assert_int_equal(bad, 0);
	assert_true(last + 2000 > doc_len(a.doc));
	/* The deputy too, once an article. */
	int deputy = annots_find_actor(a.an, "Bertrand Quéméner");
	assert_true(deputy >= 0);
	assert_int_equal(mentions_named(&a, deputy, "Bertrand Quéméner", &last, &bad), articles);
	assert_int_equal(bad, 0);
	article_close(&a);
	sbuf_free(&b);
}

static void test_short_document(void **state)
{
	(void)state;
	check(3);
}

/* Some 2.4 MB: two windows at least. */
static void test_windows_merge(void **state)
{
	(void)state;
	check(3200);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_document),
		cmocka_unit_test(test_windows_merge),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
