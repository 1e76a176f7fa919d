/* export_json.c — JSON schema 1 (docs/json.md). */
#include "export.h"
#include "export_ids.h"

#include <stdlib.h>
#include <string.h>

static void key(struct sbuf *b, const char *k)
{
	sbuf_addf(b, "\"%s\": ", k);
}

static void str_or_null(struct sbuf *b, const char *s)
{
	if (s)
		json_str(b, s, strlen(s));
	else
		sbuf_puts(b, "null");
}

static void span_fields(struct sbuf *b, const doc *d, size_t start, size_t end)
{
	sbuf_puts(b, "\"start\": ");
	sbuf_add_uint(b, doc_cp(d, start));
	sbuf_puts(b, ", \"end\": ");
	sbuf_add_uint(b, doc_cp(d, end));
	sbuf_puts(b, ", \"text\": ");
	json_str(b, doc_text(d) + start, end - start);
}

static void actor_ref(struct sbuf *b, const struct export_ids *m, int actor)
{
	int id = export_ids_actor(m, actor);
	if (id > 0) {
		sbuf_puts(b, "\"a");
		sbuf_add_uint(b, (uint64_t)id);
		sbuf_puts(b, "\"");
	} else if (id)
		sbuf_addf(b, "\"a%d\"", id);
	else
		sbuf_puts(b, "null");
}

static int write_json(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)e;
	struct sbuf *b = &out->main;
	annots *an = a->an;
	const doc *d = a->doc;
	struct export_ids m;
	export_ids_build(an, &m);

	sbuf_puts(b, "{\n  \"glose\": 1,\n  \"source\": {");
	key(b, "path");
	json_str(b, a->path, strlen(a->path));
	sbuf_puts(b, ", ");
	key(b, "sha256");
	sbuf_addf(b, "\"%s\", ", a->sha256);
	key(b, "encoding");
	json_str(b, a->encoding, strlen(a->encoding));
	sbuf_puts(b, ", ");
	key(b, "lang");
	json_str(b, lang_code(a->lang), strlen(lang_code(a->lang)));
	sbuf_puts(b, ", ");
	key(b, "date");
	int y, mo, dd;
	if (doc_date(d, &y, &mo, &dd))
		sbuf_addf(b, "\"%04d-%02d-%02d\"", y, mo, dd);
	else
		sbuf_puts(b, "null");
	sbuf_puts(b, ", ");
	key(b, "title");
	struct span t = doc_title(d);
	json_str(b, doc_text(d) + t.start, t.end - t.start);
	sbuf_puts(b, "},\n  \"offsets\": \"codepoints\",\n");

	/* actors */
	sbuf_puts(b, "  \"actors\": [");
	bool first = true;
	int *ids = NULL;
	size_t cap = 0;
	for (size_t i = 0; i < annots_nactors(an); i++) {
		const struct actor *ac = annots_actor(an, (int)i);
		if (!export_ids_actor(&m, (int)i))
			continue;
		sbuf_puts(b, first ? "\n    " : ",\n    ");
		first = false;
		sbuf_addf(b, "{\"id\": \"a%d\", \"name\": ", export_ids_actor(&m, (int)i));
		json_str(b, ac->name, strlen(ac->name));
		sbuf_addf(b, ", \"type\": \"%s\", \"role\": ", annots_actor_type_name(ac->type));
		str_or_null(b, ac->role);
		sbuf_puts(b, ", \"mentions\": [");
		size_t n = annots_mentions_of(an, (int)i, &ids, &cap);
		for (size_t k = 0; k < n; k++) {
			const struct ann *mn = annots_get(an, ids[k]);
			sbuf_puts(b, k ? ", {" : "{");
			span_fields(b, d, mn->start, mn->end);
			sbuf_addc(b, '}');
		}
		sbuf_puts(b, "]}");
	}
	sbuf_puts(b, first ? "],\n" : "\n  ],\n");

	/* quotes */
	size_t n;
	const int *qs = annots_of_kind(an, ANN_QUOTE, &n);
	sbuf_puts(b, "  \"quotes\": [");
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(an, qs[i]);
		sbuf_puts(b, i ? ",\n    " : "\n    ");
		sbuf_addf(b, "{\"id\": \"q%d\", ", export_ids_span(&m, q->id));
		span_fields(b, d, q->start, q->end);
		sbuf_puts(b, ", \"speaker\": ");
		actor_ref(b, &m, q->actor);
		sbuf_puts(b, ", \"speaker_text\": ");
		str_or_null(b, q->str);
		sbuf_puts(b, ", \"cue\": ");
		const struct ann *cue = export_cue_of(an, q);
		if (cue)
			json_str(b, doc_text(d) + cue->start, cue->end - cue->start);
		else
			sbuf_puts(b, "null");
		sbuf_addf(b, ", \"kind\": \"%s\", \"confidence\": %.2f", annots_quote_kind_name(q->subtype),
		          (double)q->confidence);
		if (q->flags & ANN_USER)
			sbuf_puts(b, ", \"edited\": true");
		sbuf_addc(b, '}');
	}
	sbuf_puts(b, n ? "\n  ],\n" : "],\n");

	/* times */
	const int *ts = annots_of_kind(an, ANN_TIME, &n);
	sbuf_puts(b, "  \"times\": [");
	for (size_t i = 0; i < n; i++) {
		const struct ann *tm = annots_get(an, ts[i]);
		sbuf_puts(b, i ? ",\n    " : "\n    ");
		sbuf_addf(b, "{\"id\": \"t%d\", ", export_ids_span(&m, tm->id));
		span_fields(b, d, tm->start, tm->end);
		sbuf_addf(b, ", \"type\": \"%s\", \"value\": ", annots_time_type_name(tm->subtype));
		str_or_null(b, tm->str);
		sbuf_addc(b, '}');
	}
	sbuf_puts(b, n ? "\n  ],\n" : "],\n");

	/* events */
	const int *es = annots_of_kind(an, ANN_EVENT, &n);
	sbuf_puts(b, "  \"events\": [");
	for (size_t i = 0; i < n; i++) {
		const struct ann *ev = annots_get(an, es[i]);
		sbuf_puts(b, i ? ",\n    " : "\n    ");
		sbuf_addf(b, "{\"id\": \"e%d\", \"time\": ", export_ids_span(&m, ev->id));
		const struct ann *tm = annots_get(an, ev->link);
		if (tm && tm->kind == ANN_TIME && export_ids_span(&m, tm->id))
			sbuf_addf(b, "\"t%d\"", export_ids_span(&m, tm->id));
		else
			sbuf_puts(b, "null");
		sbuf_addf(b, ", \"start\": %zu, \"end\": %zu, \"actors\": [", doc_cp(d, ev->start), doc_cp(d, ev->end));
		bool f2 = true;
		for (size_t k = 0; ev->x && k < ev->x->nactors; k++) {
			int ac = ev->x->actors[k];
			if (!export_ids_actor(&m, ac))
				continue;
			sbuf_addf(b, "%s\"a%d\"", f2 ? "" : ", ", export_ids_actor(&m, ac));
			f2 = false;
		}
		sbuf_puts(b, "], \"summary\": ");
		str_or_null(b, ev->str);
		sbuf_addc(b, '}');
	}
	sbuf_puts(b, n ? "\n  ],\n" : "],\n");

	/* notes */
	const int *ns = annots_of_kind(an, ANN_NOTE, &n);
	sbuf_puts(b, "  \"notes\": [");
	for (size_t i = 0; i < n; i++) {
		const struct ann *nt = annots_get(an, ns[i]);
		sbuf_puts(b, i ? ",\n    " : "\n    ");
		sbuf_addf(b, "{\"id\": \"n%d\", ", export_ids_span(&m, nt->id));
		span_fields(b, d, nt->start, nt->end);
		sbuf_puts(b, ", \"note\": ");
		str_or_null(b, nt->str);
		sbuf_puts(b, ", \"tags\": [");
		for (size_t k = 0; nt->x && k < nt->x->ntags; k++) {
			if (k)
				sbuf_puts(b, ", ");
			json_str(b, nt->x->tags[k], strlen(nt->x->tags[k]));
		}
		sbuf_puts(b, "]}");
	}
	sbuf_puts(b, n ? "\n  ]\n}\n" : "]\n}\n");
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
