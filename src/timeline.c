/* timeline.c — the events of an article in time order (see timeline.h). */
#include "timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timex_date.h"
#include "util.h"

static const char *value_of(annots *an, const struct ann *a)
{
	if (a && a->kind == ANN_EVENT)
		a = annots_get(an, a->link);
	if (!a || a->kind != ANN_TIME || (a->flags & ANN_DELETED))
		return NULL;
	return a->str;
}

struct timeline_key timeline_key(annots *an, int id)
{
	struct timeline_key k;
	memset(&k, 0, sizeof k);
	const struct ann *a = annots_get(an, id);
	if (!a)
		return k;
	k.pos = a->start;
	struct tx_point p;
	const char *v = value_of(an, a);
	if (v && tx_value_point(v, &p)) {
		k.dated = true;
		k.gran = (int)p.gran;
		k.when = ((int64_t)tx_days(p.y, p.m, p.d) - tx_days(1, 1, 1)) * 1440 + p.h * 60 + p.mi;
	}
	return k;
}

int timeline_cmp(const struct timeline_key *a, const struct timeline_key *b)
{
	if (a->dated && b->dated) {
		if (a->when != b->when)
			return a->when < b->when ? -1 : 1;
		if (a->gran != b->gran)
			return a->gran < b->gran ? -1 : 1;
	} else if (a->dated != b->dated) {
		/* only reached for raw keys: dated ones first */
		return a->dated ? -1 : 1;
	}
	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

struct slot {
	int id;
	struct timeline_key k;
	size_t order;              /* tie-break: the place of an undated event after its anchor */
};

static int cmp_slot(const void *pa, const void *pb)
{
	const struct slot *a = pa, *b = pb;
	int c;
	if (a->k.dated && b->k.dated) {
		if (a->k.when != b->k.when)
			return a->k.when < b->k.when ? -1 : 1;
		if (a->k.gran != b->k.gran)
			return a->k.gran < b->k.gran ? -1 : 1;
	} else if (a->k.dated != b->k.dated) {
		return a->k.dated ? 1 : -1;   /* undated with no anchor: first */
	}
	c = a->order < b->order ? -1 : a->order > b->order;
	return c ? c : (a->id < b->id ? -1 : a->id > b->id);
}

size_t timeline_order_keys(annots *an, int **ids, size_t *cap, struct timeline_key **keys, size_t *kcap)
{
	size_t n;
	const int *ev = annots_of_kind(an, ANN_EVENT, &n);
	if (!n)
		return 0;
	struct slot *s = xmalloc(n * sizeof *s);
	/* text order: an undated event borrows the key of the last dated one */
	struct timeline_key last;
	bool have_last = false;
	memset(&last, 0, sizeof last);
	for (size_t i = 0; i < n; i++) {
		s[i].id = ev[i];
		s[i].k = timeline_key(an, ev[i]);
		s[i].order = s[i].k.pos;
		if (s[i].k.dated) {
			last = s[i].k;
			have_last = true;
		} else if (have_last) {
			size_t pos = s[i].k.pos;
			s[i].k = last;
			s[i].k.pos = pos;
			/* after its anchor and after the anchor's ties at that position */
			s[i].order = pos;
		}
	}
	qsort(s, n, sizeof *s, cmp_slot);
	*ids = xgrow(*ids, cap, n, sizeof **ids);
	if (keys)
		*keys = xgrow(*keys, kcap, n, sizeof **keys);
	for (size_t i = 0; i < n; i++) {
		(*ids)[i] = s[i].id;
		if (keys)
			(*keys)[i] = s[i].k;
	}
	free(s);
	return n;
}

size_t timeline_order(annots *an, int **ids, size_t *cap)
{
	return timeline_order_keys(an, ids, cap, NULL, NULL);
}

void timeline_label(const char *value, char *out, size_t cap)
{
	if (!cap)
		return;
	out[0] = 0;
	if (!value)
		return;
	struct tx_point p;
	if (!tx_value_point(value, &p)) {
		snprintf(out, cap, "%s", value);
		return;
	}
	size_t n = strlen(value);
	if (p.gran == TXG_MINUTE && n >= 16)
		snprintf(out, cap, "%.10s %.5s", value, value + 11);
	else if (p.gran == TXG_PART && n > 11)
		snprintf(out, cap, "%.10s %s", value, value + 11);
	else
		snprintf(out, cap, "%s", value);
}
