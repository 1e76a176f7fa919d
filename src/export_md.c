/* export_md.c — a readable Markdown report (docs/export.md): title,
 * source and date; the actors; who said what, grouped by speaker; the
 * timeline; the reader's notes.
 *
 * Article text is escaped so that nothing in it is read as Markdown (or
 * HTML): CommonMark backslash escapes for the punctuation that matters,
 * block markers escaped at the start of a line, control characters
 * replaced by U+FFFD.
 */
#include "export.h"

#include <stdlib.h>
#include <string.h>

#include "export_ids.h"
#include "timeline.h"

enum md_ctx {
	MD_LINE,       /* inline text: line breaks become spaces */
	MD_CELL,       /* a table cell: the same, and '|' escaped */
	MD_QUOTE,      /* inside a block quote: line breaks start a new quoted paragraph */
};

/* Characters that may start a block at the beginning of a line. */
static bool block_start(char c)
{
	return c == '#' || c == '+' || c == '-' || c == '=' || c == '>';
}

static void md(struct sbuf *b, const char *s, size_t n, enum md_ctx ctx, bool line_start)
{
	for (size_t i = 0; i < n;) {
		size_t k = i;
		int32_t c = utf8_next(s, n, &k);
		if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
			if (ctx == MD_QUOTE) {
				if (!line_start)
					sbuf_puts(b, "\n>\n> ");
				line_start = true;
			} else if (b->len && b->s[b->len - 1] != ' ') {
				sbuf_addc(b, ' ');
			}
			i = k;
			continue;
		}
		if (line_start && (c == ' ' || c == '\t')) {
			i = k;      /* leading blanks could make an indented code block */
			continue;
		}
		if (line_start) {
			/* "1." or "1)" would start an ordered list. */
			size_t d = i;
			while (d < n && s[d] >= '0' && s[d] <= '9')
				d++;
			if (d > i && d < n && (s[d] == '.' || s[d] == ')')) {
				sbuf_add(b, s + i, d - i);
				sbuf_addc(b, '\\');
				sbuf_addc(b, s[d]);
				i = d + 1;
				line_start = false;
				continue;
			}
			if (c < 0x80 && block_start((char)c))
				sbuf_addc(b, '\\');
		}
		line_start = false;
		if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
			sbuf_puts(b, c == '\t' ? " " : "\xEF\xBF\xBD");
		} else if (c < 0x80 && strchr("\\`*_[]<>~&!", (int)c)) {
			sbuf_addc(b, '\\');
			sbuf_addc(b, (char)c);
		} else if (c == '|' && ctx == MD_CELL) {
			sbuf_puts(b, "\\|");
		} else {
			sbuf_add(b, s + i, k - i);
		}
		i = k;
	}
}

static void md_str(struct sbuf *b, const char *s, enum md_ctx ctx)
{
	md(b, s, strlen(s), ctx, false);
}

static void md_span(struct sbuf *b, const doc *d, size_t start, size_t end, enum md_ctx ctx)
{
	md(b, doc_text(d) + start, end - start, ctx, ctx == MD_QUOTE);
}

/* A span's text, cut to about `max` code points with an ellipsis. */
static void md_clip(struct sbuf *b, const doc *d, size_t start, size_t end, size_t max)
{
	struct span s = export_after(d, start, max);
	if (s.end < end) {
		md_span(b, d, start, s.end, MD_LINE);
		sbuf_puts(b, "…");
	} else {
		md_span(b, d, start, end, MD_LINE);
	}
}

static void positions(struct sbuf *b, const doc *d, const struct ann *s)
{
	sbuf_addf(b, "characters %zu–%zu", doc_cp(d, s->start), doc_cp(d, s->end));
}

static void header(struct sbuf *b, struct article *a)
{
	const doc *d = a->doc;
	struct span t = doc_title(d);
	sbuf_puts(b, "# ");
	if (t.end > t.start)
		md_span(b, d, t.start, t.end, MD_LINE);
	else
		md_str(b, a->display_name, MD_LINE);
	sbuf_puts(b, "\n\n- Source: ");
	md_str(b, strcmp(a->path, "-") == 0 ? "standard input" : a->path, MD_LINE);
	sbuf_addf(b, " (SHA-256 %s)\n- Date: ", a->sha256);
	int y, m, dd;
	if (doc_date(d, &y, &m, &dd))
		sbuf_addf(b, "%04d-%02d-%02d\n", y, m, dd);
	else
		sbuf_puts(b, "unknown\n");
	sbuf_addf(b, "- Language: %s\n", lang_code(a->lang));
}

/* Distinct mention texts other than the canonical name (pronouns left out). */
static void aliases(struct sbuf *b, struct article *a, const struct actor *ac, const int *ms, size_t n)
{
	const char *t = doc_text(a->doc);
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ann *mn = annots_get(a->an, ms[i]);
		size_t len = mn->end - mn->start;
		if (mn->subtype == MENTION_PRONOUN || len == 0 ||
		    (strlen(ac->name) == len && memcmp(ac->name, t + mn->start, len) == 0))
			continue;
		bool dup = false;
		for (size_t j = 0; j < i && !dup; j++) {
			const struct ann *o = annots_get(a->an, ms[j]);
			dup = o->subtype != MENTION_PRONOUN && o->end - o->start == len &&
			      memcmp(t + o->start, t + mn->start, len) == 0;
		}
		if (dup)
			continue;
		if (shown++)
			sbuf_puts(b, "; ");
		md_span(b, a->doc, mn->start, mn->end, MD_CELL);
	}
}

static void actors(struct sbuf *b, struct article *a, const struct export_ids *m)
{
	sbuf_puts(b, "\n## Actors\n\n");
	int *ms = NULL;
	size_t cap = 0;
	bool any = false;
	for (size_t i = 0; i < annots_nactors(a->an); i++) {
		if (!export_ids_actor(m, (int)i))
			continue;
		const struct actor *ac = annots_actor(a->an, (int)i);
		if (!any)
			sbuf_puts(b, "| Name | Type | Role | Aliases | Mentions |\n| --- | --- | --- | --- | ---: |\n");
		any = true;
		sbuf_puts(b, "| ");
		md_str(b, ac->name, MD_CELL);
		sbuf_addf(b, " | %s | ", annots_actor_type_name(ac->type));
		if (ac->role)
			md_str(b, ac->role, MD_CELL);
		sbuf_puts(b, " | ");
		size_t n = annots_mentions_of(a->an, (int)i, &ms, &cap);
		aliases(b, a, ac, ms, n);
		sbuf_addf(b, " | %zu |\n", n);
	}
	if (!any)
		sbuf_puts(b, "No actors.\n");
	free(ms);
}

static void quote(struct sbuf *b, struct article *a, const struct ann *q, bool name_speaker)
{
	sbuf_puts(b, "\n> ");
	md_span(b, a->doc, q->start, q->end, MD_QUOTE);
	sbuf_addf(b, "\n\n*%s*", annots_quote_kind_name(q->subtype));
	if (q->flags & ANN_USER)
		sbuf_puts(b, ", edited");
	const char *spk = annots_str(a->an, annots_id(a->an, q));
	if (name_speaker && spk) {
		sbuf_puts(b, ", speaker as written: ");
		md_str(b, spk, MD_LINE);
	}
	const struct ann *cue = export_cue_of(a->an, q);
	if (cue) {
		sbuf_puts(b, ", cue: ");
		md_span(b, a->doc, cue->start, cue->end, MD_LINE);
	}
	sbuf_puts(b, " (");
	positions(b, a->doc, q);
	sbuf_puts(b, ")\n");
}

static void who_said_what(struct sbuf *b, struct article *a, const struct export_ids *m)
{
	sbuf_puts(b, "\n## Who said what\n");
	size_t n;
	const int *qs = annots_of_kind(a->an, ANN_QUOTE, &n);
	if (!n) {
		sbuf_puts(b, "\nNo quotations.\n");
		return;
	}
	/* Speakers in the order of their first quotation, then the rest. */
	int *qcopy = xmalloc(n * sizeof *qcopy);
	memcpy(qcopy, qs, n * sizeof *qcopy);
	bool *done = xcalloc(n, sizeof *done);
	for (size_t i = 0; i < n; i++) {
		if (done[i])
			continue;
		const struct ann *q = annots_get(a->an, qcopy[i]);
		int sp = export_ids_actor(m, q->actor) ? q->actor : -1;
		if (sp < 0)
			continue;
		sbuf_puts(b, "\n### ");
		md_str(b, annots_actor(a->an, sp)->name, MD_LINE);
		sbuf_addc(b, '\n');
		for (size_t j = i; j < n; j++) {
			const struct ann *o = annots_get(a->an, qcopy[j]);
			if (!done[j] && o->actor == sp) {
				done[j] = true;
				quote(b, a, o, false);
			}
		}
	}
	bool header_done = false;
	for (size_t i = 0; i < n; i++) {
		if (done[i])
			continue;
		if (!header_done)
			sbuf_puts(b, "\n### Unattributed\n");
		header_done = true;
		quote(b, a, annots_get(a->an, qcopy[i]), true);
	}
	free(done);
	free(qcopy);
}

/* ---- timeline --------------------------------------------------------- */

struct tl_entry {
	const struct ann *span;    /* the event, or a time no event uses */
	const struct ann *time;    /* its time expression, or NULL */
	const char *value;         /* the time's value, or NULL */
};

/* Points in time first, in the order of their TIMEX3 values (ISO dates
 * sort as text), then whatever has no such value, in text order. */
static int cmp_tl(const void *pa, const void *pb)
{
	const struct tl_entry *x = pa, *y = pb;
	const char *vx = x->time && x->value && x->value[0] >= '0' && x->value[0] <= '9' ? x->value : NULL;
	const char *vy = y->time && y->value && y->value[0] >= '0' && y->value[0] <= '9' ? y->value : NULL;
	if (vx && vy) {
		int c = strcmp(vx, vy);
		if (c)
			return c;
	} else if (vx || vy) {
		return vx ? -1 : 1;
	}
	if (x->span->start != y->span->start)
		return x->span->start < y->span->start ? -1 : 1;
	return x->span < y->span ? -1 : x->span > y->span;   /* by id: one array */
}

static void timeline(struct sbuf *b, struct article *a, const struct export_ids *m)
{
	sbuf_puts(b, "\n## Timeline\n\n");
	size_t ne, nt;
	const int *es = annots_of_kind(a->an, ANN_EVENT, &ne);
	struct tl_entry *tl = xmalloc((ne + 1) * sizeof *tl);
	size_t n = 0;
	bool *used = xcalloc(annots_count(a->an) + 1, sizeof *used);
	for (size_t i = 0; i < ne; i++) {
		const struct ann *ev = annots_get(a->an, es[i]);
		const struct ann *tm = annots_get(a->an, ev->link);
		if (!tm || tm->kind != ANN_TIME || !export_ids_span(m, annots_id(a->an, tm)))
			tm = NULL;
		if (tm)
			used[annots_id(a->an, tm)] = true;
		tl[n++] = (struct tl_entry){ev, tm, tm ? annots_str(a->an, annots_id(a->an, tm)) : NULL};
	}
	const int *ts = annots_of_kind(a->an, ANN_TIME, &nt);
	tl = xrealloc(tl, (ne + nt + 1) * sizeof *tl);
	for (size_t i = 0; i < nt; i++) {
		const struct ann *tm = annots_get(a->an, ts[i]);
		if (!used[annots_id(a->an, tm)])
			tl[n++] = (struct tl_entry){tm, tm, annots_str(a->an, annots_id(a->an, tm))};
	}
	qsort(tl, n, sizeof *tl, cmp_tl);
	for (size_t i = 0; i < n; i++) {
		const struct ann *s = tl[i].span, *tm = tl[i].time;
		const char *tval = tl[i].value;
		sbuf_addf(b, "%zu. ", i + 1);
		sbuf_puts(b, "**");
		md_str(b, tm && tval ? tval : "?", MD_LINE);
		sbuf_puts(b, "**");
		if (tm) {
			sbuf_puts(b, " (");
			md_span(b, a->doc, tm->start, tm->end, MD_LINE);
			sbuf_addc(b, ')');
		}
		if (s->kind == ANN_EVENT) {
			sbuf_puts(b, ": ");
			char *sum = timeline_summary(a->doc, a->an, annots_id(a->an, s));
			if (sum)
				md_str(b, sum, MD_LINE);
			else
				md_clip(b, a->doc, s->start, s->end, 160);
			free(sum);
			bool first = true;
			size_t nact;
			const int *acts = annots_event_actors(a->an, annots_id(a->an, s), &nact);
			for (size_t k = 0; k < nact; k++) {
				int ac = acts[k];
				if (!export_ids_actor(m, ac))
					continue;
				sbuf_puts(b, first ? " — " : ", ");
				first = false;
				md_str(b, annots_actor(a->an, ac)->name, MD_LINE);
			}
		}
		sbuf_puts(b, " (");
		positions(b, a->doc, s);
		sbuf_puts(b, ")\n");
	}
	if (!n)
		sbuf_puts(b, "No dated events.\n");
	free(used);
	free(tl);
}

static void notes(struct sbuf *b, struct article *a)
{
	sbuf_puts(b, "\n## Notes\n\n");
	size_t n;
	const int *ns = annots_of_kind(a->an, ANN_NOTE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *nt = annots_get(a->an, ns[i]);
		sbuf_puts(b, "- On “");
		md_clip(b, a->doc, nt->start, nt->end, 80);
		sbuf_puts(b, "” (");
		positions(b, a->doc, nt);
		sbuf_puts(b, ")");
		const char *body = annots_str(a->an, annots_id(a->an, nt));
		const struct ann_extra *nx = annots_x(a->an, annots_id(a->an, nt));
		if (body) {
			sbuf_puts(b, ": ");
			md_str(b, body, MD_LINE);
		}
		for (size_t k = 0; nx && k < nx->ntags; k++) {
			sbuf_puts(b, k ? ", " : " — tags: ");
			md_str(b, nx->tags[k], MD_LINE);
		}
		sbuf_addc(b, '\n');
	}
	if (!n)
		sbuf_puts(b, "No notes.\n");
}

static int write_md(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)e;
	struct export_ids m;
	export_ids_build(a->an, &m);
	header(&out->main, a);
	actors(&out->main, a, &m);
	who_said_what(&out->main, a, &m);
	timeline(&out->main, a, &m);
	notes(&out->main, a);
	export_ids_free(&m);
	return 0;
}

const struct exporter export_md = {
	.name = "md",
	.ext = ".md",
	.summary = "a readable Markdown report",
	.write = write_md,
};
