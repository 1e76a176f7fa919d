/* export_w3c.c — W3C Web Annotation JSON-LD (docs/export.md).
 *
 * One AnnotationCollection whose first (and only) AnnotationPage holds an
 * Annotation for every actor mention, quotation, cue, time expression and
 * note, plus one "linking" annotation from each attributed quotation to
 * its speaker.  Every target is a SpecificResource on urn:sha256:<hash of
 * the normalised text> with a TextQuoteSelector and a TextPositionSelector
 * (code points).
 */
#include "export.h"

#include <stdlib.h>
#include <string.h>

#include "export_ids.h"

#define CONTEXT_CP 32

struct w3c {
	struct sbuf *b;
	struct article *a;
	annots *an;
	const doc *d;
	struct export_ids m;
	bool first;            /* no item written yet */
	size_t total;
};

static void str(struct sbuf *b, const char *s)
{
	json_str(b, s, strlen(s));
}

static void text(struct sbuf *b, const doc *d, struct span s)
{
	json_str(b, doc_text(d) + s.start, s.end - s.start);
}

/* Open an item with id urn:glose:<hash>:<kind><num><suffix>. */
static void item_open(struct w3c *w, const char *kind, int num, const char *suffix, const char *motivation)
{
	struct sbuf *b = w->b;
	sbuf_puts(b, w->first ? "\n      {\n" : ",\n      {\n");
	w->first = false;
	w->total++;
	sbuf_addf(b, "        \"id\": \"urn:glose:%s:%s%d%s\",\n", w->a->sha256, kind, num, suffix);
	sbuf_addf(b, "        \"type\": \"Annotation\",\n        \"motivation\": \"%s\",\n", motivation);
}

/* A plain-text TextualBody with a purpose. */
static void body_text(struct sbuf *b, const char *purpose, const char *value)
{
	sbuf_puts(b, "{\"type\": \"TextualBody\", \"purpose\": \"");
	sbuf_puts(b, purpose);
	sbuf_puts(b, "\", \"value\": ");
	str(b, value);
	sbuf_puts(b, ", \"format\": \"text/plain\"}");
}

/* The body standing for an actor: the same object (same id) wherever the
 * actor appears, so JSON-LD merges them into one resource. */
static void body_actor(struct w3c *w, int actor)
{
	const struct actor *ac = annots_actor(w->an, actor);
	sbuf_addf(w->b, "{\"id\": \"urn:glose:%s:a%d\", \"type\": \"TextualBody\", \"purpose\": \"identifying\", "
	          "\"value\": ", w->a->sha256, export_ids_actor(&w->m, actor));
	str(w->b, ac->name);
	sbuf_puts(w->b, ", \"format\": \"text/plain\"}");
}

static void body_tags(struct sbuf *b, annots *an, const struct ann *s)
{
	const struct ann_extra *x = annots_x(an, annots_id(an, s));
	for (size_t k = 0; x && k < x->ntags; k++) {
		sbuf_puts(b, ",\n          ");
		body_text(b, "tagging", x->tags[k]);
	}
}

static void target(struct w3c *w, size_t start, size_t end)
{
	struct sbuf *b = w->b;
	sbuf_addf(b, ",\n        \"target\": {\n          \"type\": \"SpecificResource\",\n"
	          "          \"source\": \"urn:sha256:%s\",\n          \"selector\": [\n", w->a->sha256);
	sbuf_puts(b, "            {\"type\": \"TextQuoteSelector\", \"exact\": ");
	text(b, w->d, (struct span){start, end});
	sbuf_puts(b, ", \"prefix\": ");
	text(b, w->d, export_before(w->d, start, CONTEXT_CP));
	sbuf_puts(b, ", \"suffix\": ");
	text(b, w->d, export_after(w->d, end, CONTEXT_CP));
	sbuf_addf(b, "},\n            {\"type\": \"TextPositionSelector\", \"start\": %zu, \"end\": %zu}\n"
	          "          ]\n        }\n      }", doc_cp(w->d, start), doc_cp(w->d, end));
}

static void mentions(struct w3c *w)
{
	size_t n;
	const int *ids = annots_of_kind(w->an, ANN_MENTION, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *s = annots_get(w->an, ids[i]);
		int num = export_ids_span(&w->m, annots_id(w->an, s));
		if (!num)
			continue;
		item_open(w, "m", num, "", "identifying");
		sbuf_puts(w->b, "        \"body\": [\n          ");
		body_actor(w, s->actor);
		sbuf_puts(w->b, ",\n          ");
		body_text(w->b, "tagging", annots_actor_type_name(annots_actor(w->an, s->actor)->type));
		body_tags(w->b, w->an, s);
		sbuf_puts(w->b, "\n        ]");
		target(w, s->start, s->end);
	}
}

static void quotes(struct w3c *w)
{
	size_t n;
	const int *ids = annots_of_kind(w->an, ANN_QUOTE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(w->an, ids[i]);
		int num = export_ids_span(&w->m, annots_id(w->an, q));
		item_open(w, "q", num, "", "tagging");
		sbuf_puts(w->b, "        \"body\": [\n          ");
		body_text(w->b, "tagging", "quotation");
		sbuf_puts(w->b, ",\n          ");
		body_text(w->b, "tagging", annots_quote_kind_name(q->subtype));
		int sp = export_ids_actor(&w->m, q->actor);
		const char *spk = annots_str(w->an, annots_id(w->an, q));
		if (!sp && spk) {
			sbuf_puts(w->b, ",\n          ");
			body_text(w->b, "describing", spk);
		}
		body_tags(w->b, w->an, q);
		sbuf_puts(w->b, "\n        ]");
		target(w, q->start, q->end);
		if (sp) {
			item_open(w, "q", num, ".speaker", "linking");
			sbuf_puts(w->b, "        \"body\": ");
			body_actor(w, q->actor);
			sbuf_addf(w->b, ",\n        \"target\": \"urn:glose:%s:q%d\"\n      }", w->a->sha256, num);
		}
	}
}

static void cues(struct w3c *w)
{
	size_t n;
	const int *ids = annots_of_kind(w->an, ANN_CUE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *c = annots_get(w->an, ids[i]);
		item_open(w, "c", export_ids_span(&w->m, annots_id(w->an, c)), "", "tagging");
		sbuf_puts(w->b, "        \"body\": [\n          ");
		body_text(w->b, "tagging", "cue");
		const struct ann *q = annots_get(w->an, c->link);
		int qn = q && q->kind == ANN_QUOTE ? export_ids_span(&w->m, annots_id(w->an, q)) : 0;
		if (qn)
			sbuf_addf(w->b, ",\n          {\"type\": \"SpecificResource\", \"purpose\": \"linking\", "
			          "\"source\": \"urn:glose:%s:q%d\"}", w->a->sha256, qn);
		body_tags(w->b, w->an, c);
		sbuf_puts(w->b, "\n        ]");
		target(w, c->start, c->end);
	}
}

static void times(struct w3c *w)
{
	size_t n;
	const int *ids = annots_of_kind(w->an, ANN_TIME, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *t = annots_get(w->an, ids[i]);
		item_open(w, "t", export_ids_span(&w->m, annots_id(w->an, t)), "", "tagging");
		sbuf_puts(w->b, "        \"body\": [\n          ");
		body_text(w->b, "tagging", "time");
		sbuf_puts(w->b, ",\n          ");
		body_text(w->b, "tagging", annots_time_type_name(t->subtype));
		const char *val = annots_str(w->an, annots_id(w->an, t));
		if (val) {
			sbuf_puts(w->b, ",\n          ");
			body_text(w->b, "identifying", val);
		}
		body_tags(w->b, w->an, t);
		sbuf_puts(w->b, "\n        ]");
		target(w, t->start, t->end);
	}
}

static void notes(struct w3c *w)
{
	size_t n;
	const int *ids = annots_of_kind(w->an, ANN_NOTE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *t = annots_get(w->an, ids[i]);
		const char *body = annots_str(w->an, annots_id(w->an, t));
		bool has_body = body != NULL;
		item_open(w, "n", export_ids_span(&w->m, annots_id(w->an, t)), "", has_body ? "commenting" : "tagging");
		sbuf_puts(w->b, "        \"body\": [");
		if (has_body) {
			sbuf_puts(w->b, "\n          ");
			body_text(w->b, "commenting", body);
			body_tags(w->b, w->an, t);
		} else {
			/* body_tags() writes ",\n" before each tag: skip the first comma. */
			struct sbuf tmp = {0};
			body_tags(&tmp, w->an, t);
			if (tmp.len)
				sbuf_add(w->b, tmp.s + 1, tmp.len - 1);
			sbuf_free(&tmp);
		}
		sbuf_puts(w->b, "\n        ]");
		target(w, t->start, t->end);
	}
}

static int write_w3c(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)e;
	struct w3c w = {.b = &out->main, .a = a, .an = a->an, .d = a->doc, .first = true};
	export_ids_build(a->an, &w.m);
	struct sbuf *b = w.b;
	sbuf_puts(b, "{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n");
	sbuf_addf(b, "  \"id\": \"urn:glose:%s\",\n  \"type\": \"AnnotationCollection\",\n  \"label\": ", a->sha256);
	text(b, a->doc, doc_title(a->doc));
	/* The items stream out as they are made: "total", known only at the
	 * end, follows them (JSON objects are unordered). */
	sbuf_addf(b, ",\n  \"first\": {\n    \"id\": \"urn:glose:%s:page1\",\n"
	          "    \"type\": \"AnnotationPage\",\n    \"startIndex\": 0,\n    \"items\": [",
	          a->sha256);
	mentions(&w);
	quotes(&w);
	cues(&w);
	times(&w);
	notes(&w);
	sbuf_puts(b, w.total ? "\n    ]\n  }" : "]\n  }");
	sbuf_addf(b, ",\n  \"total\": %zu\n}\n", w.total);
	export_ids_free(&w.m);
	return 0;
}

const struct exporter export_w3c = {
	.name = "w3c",
	.ext = ".jsonld",
	.summary = "W3C Web Annotation JSON-LD",
	.write = write_w3c,
};
