/* test_annots.c — the annotation store: actors, spans, indexes, merging. */
#include "testutil.h"

#include <stdlib.h>

static void test_actors_and_spans(void **state)
{
	(void)state;
	annots *s = annots_new();
	int a = annots_add_actor(s, "Ada Moreau", ACTOR_PERSON, "ministre", ACTOR_FEMALE);
	int b = annots_add_actor(s, "Port Alder", ACTOR_PLACE, NULL, ACTOR_CAN_SPEAK);
	assert_int_equal(a, 0);
	assert_int_equal(b, 1);
	assert_string_equal(annots_actor(s, a)->role, "ministre");
	assert_null(annots_actor(s, 7));
	assert_int_equal(annots_find_actor(s, "Port Alder"), b);
	int m2 = annots_add(s, ANN_MENTION, 50, 55, a, -1, MENTION_ALIAS, 1, NULL);
	int m1 = annots_add(s, ANN_MENTION, 10, 20, a, -1, MENTION_NAME, 1, NULL);
	int q = annots_add(s, ANN_QUOTE, 30, 45, a, -1, QUOTE_DIRECT, 0.9f, NULL);
	int c = annots_add(s, ANN_CUE, 22, 28, -1, q, 0, 1, NULL);
	annots_get(s, q)->link = c;
	int t = annots_add(s, ANN_TIME, 60, 68, -1, -1, TIME_DATE, 1, "2025-12-03");
	assert_string_equal(annots_get(s, t)->str, "2025-12-03");
	size_t n;
	const int *ids = annots_of_kind(s, ANN_MENTION, &n);
	assert_int_equal(n, 2);
	assert_int_equal(ids[0], m1);   /* ordered by position */
	assert_int_equal(ids[1], m2);
	int *out = NULL;
	size_t cap = 0;
	assert_int_equal(annots_mentions_of(s, a, &out, &cap), 2);
	assert_int_equal(annots_quotes_of(s, a, &out, &cap), 1);
	assert_int_equal(out[0], q);
	/* Overlap queries. */
	n = annots_overlapping(s, 40, 52, &out, &cap);
	assert_int_equal(n, 2);
	assert_int_equal(out[0], q);
	assert_int_equal(out[1], m2);
	n = annots_overlapping(s, 0, 10, &out, &cap);
	assert_int_equal(n, 0);
	n = annots_overlapping(s, 0, 1000, &out, &cap);
	assert_int_equal(n, 5);
	/* Deleting hides a span from every query. */
	annots_delete(s, m2, true);
	assert_int_equal(annots_mentions_of(s, a, &out, &cap), 1);
	annots_delete(s, m2, false);
	assert_int_equal(annots_mentions_of(s, a, &out, &cap), 2);
	free(out);
	annots_free(s);
}

static void test_merge(void **state)
{
	(void)state;
	annots *s = annots_new();
	int a = annots_add_actor(s, "Iouri Volkov", ACTOR_PERSON, NULL, 0);
	int b = annots_add_actor(s, "Volkov", ACTOR_PERSON, "conseiller", ACTOR_MALE);
	annots_add(s, ANN_MENTION, 0, 12, a, -1, MENTION_NAME, 1, NULL);
	annots_add(s, ANN_MENTION, 40, 46, b, -1, MENTION_ALIAS, 1, NULL);
	int q = annots_add(s, ANN_QUOTE, 20, 30, b, -1, QUOTE_DIRECT, 1, NULL);
	int e = annots_add(s, ANN_EVENT, 0, 50, -1, -1, 0, 1, "summary");
	annots_event_add_actor(s, e, b);
	annots_event_add_actor(s, e, b);
	assert_int_equal(annots_get(s, e)->x->nactors, 1);
	annots_merge_actors(s, a, b);
	assert_true(annots_actor(s, b)->flags & ACTOR_DELETED);
	assert_string_equal(annots_actor(s, a)->role, "conseiller");
	assert_true(annots_actor(s, a)->flags & ACTOR_MALE);
	assert_int_equal(annots_get(s, q)->actor, a);
	assert_int_equal(annots_get(s, e)->x->actors[0], a);
	int *out = NULL;
	size_t cap = 0;
	assert_int_equal(annots_mentions_of(s, a, &out, &cap), 2);
	assert_int_equal(annots_find_actor(s, "Volkov"), -1);
	free(out);
	annots_free(s);
}

static void test_tags_and_names(void **state)
{
	(void)state;
	annots *s = annots_new();
	int n = annots_add(s, ANN_NOTE, 5, 9, -1, -1, 0, 1, "à vérifier");
	annots_add_tag(s, n, "fact-check");
	annots_add_tag(s, n, "fact-check");
	annots_add_tag(s, n, "chiffres");
	assert_int_equal(annots_get(s, n)->x->ntags, 2);
	assert_string_equal(annots_kind_name(ANN_QUOTE), "quote");
	assert_string_equal(annots_actor_type_name(ACTOR_ORG), "org");
	assert_string_equal(annots_quote_kind_name(QUOTE_INDIRECT), "indirect");
	assert_string_equal(annots_time_type_name(TIME_DURATION), "duration");
	/* An inverted span is clamped, never negative. */
	int bad = annots_add(s, ANN_TIME, 9, 3, -1, -1, TIME_DATE, 1, NULL);
	assert_int_equal(annots_get(s, bad)->end, 9);
	annots_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actors_and_spans),
		cmocka_unit_test(test_merge),
		cmocka_unit_test(test_tags_and_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
