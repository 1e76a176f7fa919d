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
	assert_string_equal(annots_str(s, t), "2025-12-03");
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
	/* ... of some kinds only: the same spans in the same order, less the others. */
	n = annots_overlapping_kinds(s, 0, 1000, ANN_KIND_BIT(ANN_MENTION) | ANN_KIND_BIT(ANN_CUE), &out, &cap);
	assert_int_equal(n, 3);
	assert_int_equal(out[0], m1);
	assert_int_equal(out[1], c);
	assert_int_equal(out[2], m2);
	n = annots_overlapping_kinds(s, 40, 70, ANN_KIND_BIT(ANN_TIME) | ANN_KIND_BIT(ANN_QUOTE), &out, &cap);
	assert_int_equal(n, 2);
	assert_int_equal(out[0], q);
	assert_int_equal(out[1], t);
	assert_int_equal(annots_overlapping_kinds(s, 0, 1000, 0, &out, &cap), 0);
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
	size_t na;
	assert_non_null(annots_event_actors(s, e, &na));
	assert_int_equal(na, 1);
	annots_merge_actors(s, a, b);
	assert_true(annots_actor(s, b)->flags & ACTOR_DELETED);
	assert_string_equal(annots_actor(s, a)->role, "conseiller");
	assert_true(annots_actor(s, a)->flags & ACTOR_MALE);
	assert_int_equal(annots_get(s, q)->actor, a);
	assert_int_equal(annots_event_actors(s, e, &na)[0], a);
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
	assert_int_equal(annots_x(s, n)->ntags, 2);
	assert_string_equal(annots_kind_name(ANN_QUOTE), "quote");
	assert_string_equal(annots_actor_type_name(ACTOR_ORG), "org");
	assert_string_equal(annots_quote_kind_name(QUOTE_INDIRECT), "indirect");
	assert_string_equal(annots_time_type_name(TIME_DURATION), "duration");
	/* An inverted span is clamped, never negative. */
	int bad = annots_add(s, ANN_TIME, 9, 3, -1, -1, TIME_DATE, 1, NULL);
	assert_int_equal(annots_get(s, bad)->end, 9);
	annots_free(s);
}

/* ---- the order kept from one query to the next ---------------------- */

static const annots *ref_store;

static int ref_cmp(const void *pa, const void *pb)
{
	int ia = *(const int *)pa, ib = *(const int *)pb;
	const struct ann *a = annots_get(ref_store, ia);
	const struct ann *b = annots_get(ref_store, ib);
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return ia < ib ? -1 : ia > ib;
}

/* Every kind's list equals a sort of its live spans from scratch. */
static void check_order(annots *s)
{
	int *want = malloc((annots_count(s) + 1) * sizeof *want);
	assert_non_null(want);
	ref_store = s;
	for (int k = 0; k < ANN_KIND_COUNT; k++) {
		size_t nw = 0, n;
		for (size_t i = 0; i < annots_count(s); i++) {
			const struct ann *a = annots_get(s, (int)i);
			if (a->kind == k && !(a->flags & ANN_DELETED))
				want[nw++] = (int)i;
		}
		qsort(want, nw, sizeof *want, ref_cmp);
		const int *ids = annots_of_kind(s, (enum ann_kind)k, &n);
		assert_int_equal(n, nw);
		for (size_t i = 0; i < n; i++)
			assert_int_equal(ids[i], want[i]);
	}
	free(want);
}

static unsigned lcg(unsigned *st)
{
	*st = *st * 1103515245u + 12345u;
	return (*st >> 16) & 0x7fff;
}

static void test_order_batches(void **state)
{
	(void)state;
	annots *s = annots_new();
	int a = annots_add_actor(s, "Lena Ostrova", ACTOR_PERSON, NULL, 0);
	unsigned st = 7;
	/* Batch 1, in text order: mentions, some sharing a start (the longer
	 * first) or the same span (by id). */
	for (int i = 0; i < 200; i++) {
		size_t at = (size_t)i * 10;
		annots_add(s, ANN_MENTION, at, at + 4, a, -1, MENTION_NAME, 1, NULL);
		if (i % 7 == 0)
			annots_add(s, ANN_MENTION, at, at + 9, a, -1, MENTION_NAME, 1, NULL);
		if (i % 11 == 0)
			annots_add(s, ANN_MENTION, at, at + 4, a, -1, MENTION_ALIAS, 1, NULL);
	}
	check_order(s);
	/* Batch 2, in text order, of two kinds at once, and mentions that fall
	 * between, before and after the indexed ones. */
	for (int i = 0; i < 150; i++) {
		size_t at = (size_t)i * 13 + 1;
		annots_add(s, ANN_QUOTE, at, at + 30, a, -1, QUOTE_DIRECT, 1, NULL);
		annots_add(s, ANN_CUE, at + 31, at + 35, -1, -1, 0, 1, NULL);
	}
	annots_add(s, ANN_MENTION, 0, 2, a, -1, MENTION_PRONOUN, 1, NULL);
	annots_add(s, ANN_MENTION, 0, 20, a, -1, MENTION_NAME, 1, NULL);
	annots_add(s, ANN_MENTION, 995, 997, a, -1, MENTION_NAME, 1, NULL);
	annots_add(s, ANN_MENTION, 5000, 5004, a, -1, MENTION_NAME, 1, NULL);
	check_order(s);
	/* Batch 3, out of order, with exact duplicates of indexed spans. */
	for (int i = 0; i < 300; i++) {
		size_t at = lcg(&st) % 2100, len = lcg(&st) % 12;
		enum ann_kind k = (enum ann_kind)(lcg(&st) % ANN_KIND_COUNT);
		annots_add(s, k, at, at + len, k == ANN_MENTION ? a : -1, -1, 0, 1, NULL);
	}
	annots_add(s, ANN_MENTION, 10, 14, a, -1, MENTION_NAME, 1, NULL);
	check_order(s);
	/* Removals only, then removals with additions, then restorations. */
	for (int i = 0; i < (int)annots_count(s); i += 5)
		annots_delete(s, i, true);
	check_order(s);
	for (int i = 1; i < (int)annots_count(s); i += 9)
		annots_delete(s, i, true);
	for (int i = 0; i < 100; i++) {
		size_t at = 2100 - (size_t)i * 20;   /* backwards */
		annots_add(s, ANN_TIME, at, at + 8, -1, -1, TIME_DATE, 1, NULL);
	}
	int gone = annots_add(s, ANN_EVENT, 50, 60, -1, -1, 0, 1, NULL);
	annots_delete(s, gone, true);
	check_order(s);
	for (int i = 0; i < (int)annots_count(s); i += 10)
		annots_delete(s, i, false);
	check_order(s);
	/* A span moved through annots_get(), then annots_touch(). */
	struct ann *m = annots_get(s, 3);
	m->start = 1500;
	m->end = 1501;
	annots_touch(s);
	check_order(s);
	m->kind = ANN_NOTE;
	annots_add(s, ANN_NOTE, 1500, 1501, -1, -1, 0, 1, NULL);
	check_order(s);
	/* The other indexes follow the merged order. */
	int *out = NULL;
	size_t cap = 0, n;
	size_t nm = annots_mentions_of(s, a, &out, &cap);
	const int *ms = annots_of_kind(s, ANN_MENTION, &n);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (annots_get(s, ms[i])->actor == a)
			assert_int_equal(out[k++], ms[i]);
	assert_int_equal(k, nm);
	free(out);
	annots_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actors_and_spans),
		cmocka_unit_test(test_merge),
		cmocka_unit_test(test_tags_and_names),
		cmocka_unit_test(test_order_batches),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
