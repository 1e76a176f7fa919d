/* export_csv.c — who said what, RFC 4180 CSV (docs/export.md).
 *
 * Header "speaker,role,quotation,kind,cue,start,end", then one record per
 * quotation (direct, indirect and mixed) in text order.  Lines end with
 * CRLF; a field holding a comma, a double quote, CR or LF is enclosed in
 * double quotes, with its double quotes doubled.  start/end are code points.
 */
#include "export.h"

#include <string.h>

#include "export_ids.h"

static void field(struct sbuf *b, const char *s, size_t n)
{
	bool quote = false;
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
	if (!quote) {
		sbuf_add(b, s, n);
		return;
	}
	sbuf_addc(b, '"');
	size_t run = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '"') {
			sbuf_add(b, s + run, i + 1 - run);
			sbuf_addc(b, '"');
			run = i + 1;
		}
	sbuf_add(b, s + run, n - run);
	sbuf_addc(b, '"');
}

static void field_str(struct sbuf *b, const char *s)
{
	if (s)
		field(b, s, strlen(s));
}

static int write_csv(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)e;
	struct sbuf *b = &out->main;
	const doc *d = a->doc;
	const char *t = doc_text(d);
	struct export_ids m;
	export_ids_build(a->an, &m);
	sbuf_puts(b, "speaker,role,quotation,kind,cue,start,end\r\n");
	size_t n;
	const int *qs = annots_of_kind(a->an, ANN_QUOTE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *q = annots_get(a->an, qs[i]);
		const struct actor *sp = export_ids_actor(&m, q->actor) ? annots_actor(a->an, q->actor) : NULL;
		/* Without a known actor, the words naming the speaker, if any. */
		field_str(b, sp ? sp->name : annots_str(a->an, annots_id(a->an, q)));
		sbuf_addc(b, ',');
		field_str(b, sp ? sp->role : NULL);
		sbuf_addc(b, ',');
		field(b, t + q->start, q->end - q->start);
		sbuf_addf(b, ",%s,", annots_quote_kind_name(q->subtype));
		const struct ann *cue = export_cue_of(a->an, q);
		if (cue)
			field(b, t + cue->start, cue->end - cue->start);
		sbuf_addf(b, ",%zu,%zu\r\n", doc_cp(d, q->start), doc_cp(d, q->end));
	}
	export_ids_free(&m);
	return 0;
}

const struct exporter export_csv = {
	.name = "csv",
	.ext = ".csv",
	.summary = "who said what, RFC 4180 CSV",
	.write = write_csv,
};
