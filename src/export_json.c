/* export_json.c — JSON schema 1 (docs/json.md). */
#include "export.h"
#include "export_ids.h"
#include "timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* sbuf_puts() inlined: nearly everything written here is a literal,
 * whose length the compiler then knows (no strlen call per key). */
static inline void put(struct sbuf *b, const char *s)
{
	sbuf_add(b, s, strlen(s));
}

static void key(struct sbuf *b, const char *k)
{
	sbuf_addc(b, '"');
	put(b, k);
	put(b, "\": ");
}

/* A decimal integer (what "%d" writes), without printf. */
static void add_int(struct sbuf *b, long long v)
{
	if (v < 0) {
		sbuf_addc(b, '-');
		sbuf_add_uint(b, (uint64_t)0 - (uint64_t)v);
	} else
		sbuf_add_uint(b, (uint64_t)v);
}

/* "<prefix><id>" with quotes: "a12", "q3". */
static void add_id(struct sbuf *b, char prefix, int id)
{
	char h[2] = {'"', prefix};
	sbuf_add(b, h, 2);
	add_int(b, id);
	sbuf_addc(b, '"');
}

static void str_or_null(struct sbuf *b, const char *s)
{
	if (s)
		json_str(b, s, strlen(s));
	else
		put(b, "null");
}

/* The code point offsets of [start, end): the end counted from the start. */
static void cp_pair(const doc *d, size_t start, size_t end, size_t *cs, size_t *ce)
{
	*cs = doc_cp(d, start);
	if (end >= start && end <= doc_len(d))
		*ce = *cs + utf8_cplen(doc_text(d) + start, end - start);
	else
		*ce = doc_cp(d, end);
}

static void span_fields(struct sbuf *b, const doc *d, size_t start, size_t end)
{
	size_t cs, ce;
	cp_pair(d, start, end, &cs, &ce);
	put(b, "\"start\": ");
	sbuf_add_uint(b, cs);
	put(b, ", \"end\": ");
	sbuf_add_uint(b, ce);
	put(b, ", \"text\": ");
	json_str(b, doc_text(d) + start, end - start);
}

/* A confidence as "%.2f" writes it; the few values extractors give are
 * formatted once each. */
struct conf_cache {
	float v[8];
	char s[8][16];
	size_t n;
};

static void add_conf(struct sbuf *b, float v, struct conf_cache *c)
{
	for (size_t i = 0; i < c->n; i++)
		if (memcmp(&c->v[i], &v, sizeof v) == 0) {
			put(b, c->s[i]);
			return;
		}
	char buf[64];
	snprintf(buf, sizeof buf, "%.2f", (double)v);
	if (c->n < ARRAY_LEN(c->v) && strlen(buf) < sizeof c->s[0]) {
		c->v[c->n] = v;
		memcpy(c->s[c->n++], buf, strlen(buf) + 1);
	}
	put(b, buf);
}

static void actor_ref(struct sbuf *b, const struct export_ids *m, int actor)
{
	int id = export_ids_actor(m, actor);
	if (id)
		add_id(b, 'a', id);
	else
		put(b, "null");
}

static int write_json(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)e;
	struct sbuf *b = &out->main;
	annots *an = a->an;
	const doc *d = a->doc;
	struct export_ids m;
	export_ids_build(an, &m);

	put(b, "{\n  \"glose\": 1,\n  \"source\": {");
	key(b, "path");
	json_str(b, a->path, strlen(a->path));
	put(b, ", ");
	key(b, "sha256");
	sbuf_addf(b, "\"%s\", ", a->sha256);
	key(b, "encoding");
	json_str(b, a->encoding, strlen(a->encoding));
	put(b, ", ");
	key(b, "lang");
	json_str(b, lang_code(a->lang), strlen(lang_code(a->lang)));
	put(b, ", ");
	key(b, "date");
	int y, mo, dd;
	if (doc_date(d, &y, &mo, &dd))
		sbuf_addf(b, "\"%04d-%02d-%02d\"", y, mo, dd);
	else
		put(b, "null");
	put(b, ", ");
	key(b, "title");
	struct span t = doc_title(d);
	json_str(b, doc_text(d) + t.start, t.end - t.start);
	put(b, "},\n  \"offsets\": \"codepoints\",\n");

	/* actors */
	put(b, "  \"actors\": [");
	bool first = true;
	int *ids = NULL;
	size_t cap = 0;
	for (size_t i = 0; i < annots_nactors(an); i++) {
		const struct actor *ac = annots_actor(an, (int)i);
		if (!export_ids_actor(&m, (int)i))
			continue;
		put(b, first ? "\n    " : ",\n    ");
		first = false;
		put(b, "{\"id\": ");
		add_id(b, 'a', export_ids_actor(&m, (int)i));
		put(b, ", \"name\": ");
		json_str(b, ac->name, strlen(ac->name));
		put(b, ", \"type\": \"");
		put(b, annots_actor_type_name(ac->type));
		put(b, "\", \"role\": ");
		str_or_null(b, ac->role);
		put(b, ", \"mentions\": [");
		size_t n = annots_mentions_of(an, (int)i, &ids, &cap);
		for (size_t k = 0; k < n; k++) {
			const struct ann *mn = annots_get(an, ids[k]);
			put(b, k ? ", {" : "{");
			span_fields(b, d, mn->start, mn->end);
			sbuf_addc(b, '}');
		}
		put(b, "]}");
	}
	put(b, first ? "],\n" : "\n  ],\n");

	/* quotes */
	size_t n;
	const int *qs = annots_of_kind(an, ANN_QUOTE, &n);
	put(b, "  \"quotes\": [");
	struct conf_cache cc = {.n = 0};
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(an, qs[i]);
		put(b, i ? ",\n    " : "\n    ");
		put(b, "{\"id\": ");
		add_id(b, 'q', (int)i + 1);   /* = export_ids_span(): its place in the order */
		put(b, ", ");
		span_fields(b, d, q->start, q->end);
		put(b, ", \"speaker\": ");
		actor_ref(b, &m, q->actor);
		put(b, ", \"speaker_text\": ");
		str_or_null(b, annots_str(an, annots_id(an, q)));
		put(b, ", \"cue\": ");
		const struct ann *cue = export_cue_of(an, q);
		if (cue)
			json_str(b, doc_text(d) + cue->start, cue->end - cue->start);
		else
			put(b, "null");
		put(b, ", \"kind\": \"");
		put(b, annots_quote_kind_name(q->subtype));
		put(b, "\", \"confidence\": ");
		add_conf(b, q->confidence, &cc);
		if (q->flags & ANN_USER)
			put(b, ", \"edited\": true");
		sbuf_addc(b, '}');
	}
	put(b, n ? "\n  ],\n" : "],\n");

	/* times */
	const int *ts = annots_of_kind(an, ANN_TIME, &n);
	put(b, "  \"times\": [");
	for (size_t i = 0; i < n; i++) {
		const struct ann *tm = annots_get(an, ts[i]);
		put(b, i ? ",\n    " : "\n    ");
		put(b, "{\"id\": ");
		add_id(b, 't', (int)i + 1);
		put(b, ", ");
		span_fields(b, d, tm->start, tm->end);
		put(b, ", \"type\": \"");
		put(b, annots_time_type_name(tm->subtype));
		put(b, "\", \"value\": ");
		str_or_null(b, annots_str(an, annots_id(an, tm)));
		sbuf_addc(b, '}');
	}
	put(b, n ? "\n  ],\n" : "],\n");

	/* events */
	const int *es = annots_of_kind(an, ANN_EVENT, &n);
	put(b, "  \"events\": [");
	for (size_t i = 0; i < n; i++) {
		const struct ann *ev = annots_get(an, es[i]);
		put(b, i ? ",\n    " : "\n    ");
		put(b, "{\"id\": ");
		add_id(b, 'e', (int)i + 1);
		put(b, ", \"time\": ");
		const struct ann *tm = annots_get(an, ev->link);
		int tn = tm && tm->kind == ANN_TIME ? export_ids_span(&m, annots_id(an, tm)) : 0;
		if (tn)
			add_id(b, 't', tn);
		else
			put(b, "null");
		size_t cs, ce;
		cp_pair(d, ev->start, ev->end, &cs, &ce);
		put(b, ", \"start\": ");
		sbuf_add_uint(b, cs);
		put(b, ", \"end\": ");
		sbuf_add_uint(b, ce);
		put(b, ", \"actors\": [");
		bool f2 = true;
		size_t nact;
		const int *acts = annots_event_actors(an, annots_id(an, ev), &nact);
		for (size_t k = 0; k < nact; k++) {
			int ac = acts[k];
			if (!export_ids_actor(&m, ac))
				continue;
			if (!f2)
				put(b, ", ");
			add_id(b, 'a', export_ids_actor(&m, ac));
			f2 = false;
		}
		put(b, "], \"summary\": ");
		char *sum = timeline_summary(d, an, annots_id(an, ev));   /* built now: the store keeps none */
		str_or_null(b, sum);
		free(sum);
		sbuf_addc(b, '}');
	}
	put(b, n ? "\n  ],\n" : "],\n");

	/* notes */
	const int *ns = annots_of_kind(an, ANN_NOTE, &n);
	put(b, "  \"notes\": [");
	for (size_t i = 0; i < n; i++) {
		const struct ann *nt = annots_get(an, ns[i]);
		put(b, i ? ",\n    " : "\n    ");
		put(b, "{\"id\": ");
		add_id(b, 'n', (int)i + 1);
		put(b, ", ");
		span_fields(b, d, nt->start, nt->end);
		put(b, ", \"note\": ");
		str_or_null(b, annots_str(an, annots_id(an, nt)));
		put(b, ", \"tags\": [");
		const struct ann_extra *nx = annots_x(an, annots_id(an, nt));
		for (size_t k = 0; nx && k < nx->ntags; k++) {
			if (k)
				put(b, ", ");
			json_str(b, nx->tags[k], strlen(nx->tags[k]));
		}
		put(b, "]}");
	}
	put(b, n ? "\n  ]\n}\n" : "]\n}\n");
	free(ids);
	export_ids_free(&m);
	return 0;
}

const struct exporter export_json = {
	.name = "json",
	.ext = ".json",
	.summary = "glose JSON, schema 1 (docs/json.md)",
	.write = write_json,
};
