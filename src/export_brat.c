/* export_brat.c — brat standoff: an .ann file beside a copy of the
 * normalised text (docs/export.md).
 *
 * T lines for actor mentions (Person, Organization, Place), quotations
 * (Quote), cues (Cue), time expressions (Time) and notes on no other span
 * (Note), numbered in text order; A lines for a quotation's kind and a
 * time's type; R lines from a quotation to its speaker's nearest mention
 * (Speaker) and to its cue (Cue); # AnnotatorNotes for TIMEX3 values and
 * the reader's notes.  Offsets are code points into the .txt.  A span that
 * crosses a line break is written as fragments, since brat's text field
 * cannot hold a line break.
 */
#include "export.h"

#include <stdlib.h>
#include <string.h>

#include "export_ids.h"

struct tb {
	size_t start, end;     /* bytes */
	int id;                /* store span id */
	const char *type;
	int rank;              /* order between spans at the same place */
};

struct brat {
	struct sbuf *b;
	annots *an;
	const doc *d;
	struct export_ids m;
	struct tb *t;          /* text-bound annotations, in output order */
	size_t nt;
	int *tnum;             /* span id -> T number, 0 = none */
	char **notes;          /* T number -> AnnotatorNotes text (malloc'd) or NULL */
	int nattr, nrel, nnote;
};

/* Line breaks as Python's str.splitlines() sees them: brat reads the .ann
 * with it, so none of these may appear inside a T line's text. */
static bool is_break(int32_t c)
{
	return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
	       c == 0x2028 || c == 0x2029;
}

static int cmp_tb(const void *pa, const void *pb)
{
	const struct tb *a = pa, *b = pb;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void add_tb(struct brat *x, size_t *cap, const struct ann *s, const char *type, int rank)
{
	if (s->end <= s->start)
		return;    /* brat has no empty spans */
	x->t = xgrow(x->t, cap, x->nt + 1, sizeof *x->t);
	x->t[x->nt++] = (struct tb){s->start, s->end, annots_id(x->an, s), type, rank};
}

static const char *actor_type(enum actor_type t)
{
	switch (t) {
	case ACTOR_PERSON: return "Person";
	case ACTOR_ORG: return "Organization";
	case ACTOR_PLACE: return "Place";
	}
	return "Person";
}

/* Does a note attach to an exported T of its own, or to the span it
 * annotates?  Returns the annotated span's id or -1. */
static int note_target(struct brat *x, const struct ann *nt)
{
	const struct ann *t = annots_get(x->an, nt->link);
	if (!t || t->kind == ANN_NOTE || t->kind == ANN_EVENT || t->end <= t->start)
		return -1;
	return export_ids_span(&x->m, annots_id(x->an, t)) ? annots_id(x->an, t) : -1;
}

static void collect(struct brat *x)
{
	size_t cap = 0, n;
	const int *ids = annots_of_kind(x->an, ANN_MENTION, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *s = annots_get(x->an, ids[i]);
		if (export_ids_span(&x->m, annots_id(x->an, s)))
			add_tb(x, &cap, s, actor_type(annots_actor(x->an, s->actor)->type), 0);
	}
	static const struct {
		enum ann_kind kind;
		const char *type;
	} kinds[] = {{ANN_QUOTE, "Quote"}, {ANN_CUE, "Cue"}, {ANN_TIME, "Time"}};
	for (size_t k = 0; k < ARRAY_LEN(kinds); k++) {
		ids = annots_of_kind(x->an, kinds[k].kind, &n);
		for (size_t i = 0; i < n; i++)
			add_tb(x, &cap, annots_get(x->an, ids[i]), kinds[k].type, (int)k + 1);
	}
	ids = annots_of_kind(x->an, ANN_NOTE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *s = annots_get(x->an, ids[i]);
		if (note_target(x, s) < 0)
			add_tb(x, &cap, s, "Note", 4);
	}
	if (x->nt)
		qsort(x->t, x->nt, sizeof *x->t, cmp_tb);
	x->tnum = xcalloc(annots_count(x->an) + 1, sizeof *x->tnum);
	x->notes = xcalloc(x->nt + 1, sizeof *x->notes);
	for (size_t i = 0; i < x->nt; i++)
		x->tnum[x->t[i].id] = (int)i + 1;
}

/* "T<n>\t<type> s e[;s e…]\t<text>[ <text>…]" with one fragment per line. */
static void t_line(struct brat *x, size_t n, const struct tb *t)
{
	struct sbuf *b = x->b;
	const char *s = doc_text(x->d);
	struct sbuf txt = {0};
	sbuf_addf(b, "T%zu\t%s ", n, t->type);
	bool first = true;
	size_t i = t->start;
	while (i < t->end) {
		/* One fragment: up to the next line break. */
		size_t fs = i, fe = i;
		while (fe < t->end) {
			size_t k = fe;
			if (is_break(utf8_next(s, t->end, &k)))
				break;
			fe = k;
		}
		if (fe > fs) {
			sbuf_addf(b, "%s%zu %zu", first ? "" : ";", doc_cp(x->d, fs), doc_cp(x->d, fe));
			if (!first)
				sbuf_addc(&txt, ' ');
			sbuf_add(&txt, s + fs, fe - fs);
			first = false;
		}
		i = fe;
		while (i < t->end) {     /* skip the breaks */
			size_t k = i;
			if (!is_break(utf8_next(s, t->end, &k)))
				break;
			i = k;
		}
	}
	sbuf_addc(b, '\t');
	if (txt.len)
		sbuf_add(b, txt.s, txt.len);
	sbuf_addc(b, '\n');
	sbuf_free(&txt);
}

/* True if [start, end) holds something besides line breaks. */
static bool has_text(const doc *d, size_t start, size_t end)
{
	const char *s = doc_text(d);
	for (size_t i = start; i < end;)
		if (!is_break(utf8_next(s, end, &i)))
			return true;
	return false;
}

/* One line of free text for a # line: breaks, tabs and other controls
 * become spaces. */
static void oneline(struct sbuf *b, const char *s)
{
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		size_t k = i;
		int32_t c = utf8_next(s, len, &k);
		if (is_break(c) || c == '\t' || c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
			sbuf_addc(b, ' ');
		else
			sbuf_add(b, s + i, k - i);
		i = k;
	}
}

static void add_note(struct brat *x, int tnum, const char *text)
{
	struct sbuf b = {0};
	if (x->notes[tnum - 1]) {
		sbuf_puts(&b, x->notes[tnum - 1]);
		sbuf_puts(&b, " | ");
		free(x->notes[tnum - 1]);
	}
	oneline(&b, text);
	x->notes[tnum - 1] = sbuf_take(&b);
}

/* The speaker's mention nearest to the quotation, preferring one in the
 * same paragraph (0 if it has none). */
static int nearest_mention(struct brat *x, const struct ann *q, int **buf, size_t *cap)
{
	size_t n = annots_mentions_of(x->an, q->actor, buf, cap);
	size_t qpara = doc_para_at(x->d, q->start);
	int best = 0;
	size_t bestd = SIZE_MAX;
	bool bestsame = false;
	for (size_t i = 0; i < n; i++) {
		const struct ann *mn = annots_get(x->an, (*buf)[i]);
		int t = x->tnum[annots_id(x->an, mn)];
		if (!t)
			continue;
		size_t dist = mn->end <= q->start ? q->start - mn->end : mn->start >= q->end ? mn->start - q->end : 0;
		bool same = doc_para_at(x->d, mn->start) == qpara;
		if ((same && !bestsame) || (same == bestsame && dist < bestd)) {
			bestd = dist;
			best = t;
			bestsame = same;
		}
	}
	return best;
}

static int write_brat(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)e;
	struct brat x = {.b = &out->main, .an = a->an, .d = a->doc};
	export_ids_build(a->an, &x.m);
	collect(&x);

	/* Spans made only of line breaks have no fragment: brat cannot hold
	 * them, so they are left out (and so is anything pointing at them). */
	size_t nout = 0;
	for (size_t i = 0; i < x.nt; i++) {
		x.tnum[x.t[i].id] = 0;
		if (has_text(x.d, x.t[i].start, x.t[i].end)) {
			x.t[nout] = x.t[i];
			nout++;
			x.tnum[x.t[nout - 1].id] = (int)nout;
		}
	}
	x.nt = nout;
	for (size_t i = 0; i < x.nt; i++)
		t_line(&x, i + 1, &x.t[i]);

	/* Attributes, relations and notes, in T order. */
	int *buf = NULL;
	size_t cap = 0;
	struct sbuf rel = {0};
	for (size_t i = 0; i < x.nt; i++) {
		const struct ann *s = annots_get(a->an, x.t[i].id);
		int tn = (int)i + 1;
		if (s->kind == ANN_QUOTE) {
			sbuf_addf(x.b, "A%d\tQuoteKind T%d %s\n", ++x.nattr, tn, annots_quote_kind_name(s->subtype));
			if (export_ids_actor(&x.m, s->actor)) {
				int mt = nearest_mention(&x, s, &buf, &cap);
				if (mt) {
					sbuf_addf(&rel, "R%d\tSpeaker Arg1:T%d Arg2:T%d\n", ++x.nrel, tn, mt);
				} else {
					/* No mention to point at: name the speaker in a note. */
					char *v = xasprintf("speaker: %s", annots_actor(a->an, s->actor)->name);
					add_note(&x, tn, v);
					free(v);
				}
			}
			const struct ann *cue = export_cue_of(a->an, s);
			if (cue && x.tnum[annots_id(a->an, cue)])
				sbuf_addf(&rel, "R%d\tCue Arg1:T%d Arg2:T%d\n", ++x.nrel, tn, x.tnum[annots_id(a->an, cue)]);
		} else if (s->kind == ANN_TIME) {
			sbuf_addf(x.b, "A%d\tTimeType T%d %s\n", ++x.nattr, tn, annots_time_type_name(s->subtype));
			const char *val = annots_str(a->an, annots_id(a->an, s));
			if (val) {
				char *v = xasprintf("value=%s", val);
				add_note(&x, tn, v);
				free(v);
			}
		}
	}
	size_t n;
	const int *ns = annots_of_kind(a->an, ANN_NOTE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *nt = annots_get(a->an, ns[i]);
		int target = note_target(&x, nt);
		int tn = x.tnum[target >= 0 ? target : annots_id(a->an, nt)];
		if (!tn)
			continue;
		struct sbuf nb = {0};
		const char *body = annots_str(a->an, annots_id(a->an, nt));
		const struct ann_extra *nx = annots_x(a->an, annots_id(a->an, nt));
		if (body)
			sbuf_puts(&nb, body);
		for (size_t k = 0; nx && k < nx->ntags; k++) {
			sbuf_puts(&nb, k ? ", " : nb.len ? " [tags: " : "[tags: ");
			sbuf_puts(&nb, nx->tags[k]);
		}
		if (nx && nx->ntags)
			sbuf_addc(&nb, ']');
		add_note(&x, tn, nb.s ? nb.s : "");
		sbuf_free(&nb);
	}
	if (rel.len)
		sbuf_add(x.b, rel.s, rel.len);
	sbuf_free(&rel);
	for (size_t i = 0; i < x.nt; i++)
		if (x.notes[i]) {
			sbuf_addf(x.b, "#%d\tAnnotatorNotes T%zu\t%s\n", ++x.nnote, i + 1, x.notes[i]);
			free(x.notes[i]);
		}

	out->companion_ext = ".txt";
	sbuf_add(&out->companion, doc_text(a->doc), doc_len(a->doc));
	free(buf);
	free(x.t);
	free(x.tnum);
	free(x.notes);
	export_ids_free(&x.m);
	return 0;
}

const struct exporter export_brat = {
	.name = "brat",
	.ext = ".ann",
	.summary = "brat standoff (.ann beside a .txt copy)",
	.write = write_brat,
};
