/* fuzz_article.c — the loader, the document model and every extractor on
 * arbitrary bytes, then the JSON export re-parsed.
 *
 * Input: one flag byte (see fuzz_article_open: language, date, --force,
 * encoding), then the text.  Besides "no crash, no leak, no UB", it checks
 * what the rest of glose relies on: loaded text is NUL-free NFC-ready
 * UTF-8, paragraphs and sentences are ordered spans on code point
 * boundaries, every annotation lies inside the text on code point
 * boundaries with valid links, the JSON export is valid JSON, and the
 * printer sends nothing to the terminal but text and SGR sequences. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "fuzz_common.h"
#include "json_check.h"
#include "print.h"
#include "theme.h"

static bool on_boundary(const char *t, size_t len, size_t i)
{
	return i == len || (i < len && ((unsigned char)t[i] & 0xC0) != 0x80);
}

static void check_span(const char *what, const char *t, size_t len, size_t s, size_t e)
{
	if (s > e || e > len)
		fuzz_fail(what, "span outside the text or reversed");
	if (!on_boundary(t, len, s) || !on_boundary(t, len, e))
		fuzz_fail(what, "span not on code point boundaries");
}

static void check_doc(doc *d)
{
	const char *t = doc_text(d);
	size_t len = doc_len(d);
	size_t prev = 0;
	for (size_t i = 0; i < doc_npara(d); i++) {
		struct span p = doc_para(d, i);
		check_span("doc_para", t, len, p.start, p.end);
		if (p.start < prev)
			fuzz_fail("doc_para", "paragraphs overlap or are out of order");
		if (memchr(t + p.start, '\n', p.end - p.start))
			fuzz_fail("doc_para", "paragraph holds a line break");
		if (doc_para_at(d, p.start) != i)
			fuzz_fail("doc_para_at", "does not find the paragraph at its start");
		prev = p.end;
	}
	prev = 0;
	for (size_t i = 0; i < doc_nsent(d); i++) {
		struct span s = doc_sent(d, i);
		check_span("doc_sent", t, len, s.start, s.end);
		if (s.start < prev)
			fuzz_fail("doc_sent", "sentences overlap or are out of order");
		if (s.end > s.start && memchr(t + s.start, '\n', s.end - s.start))
			fuzz_fail("doc_sent", "sentence crosses a line break");
		if (s.end > s.start && doc_sent_at(d, s.start) != i)
			fuzz_fail("doc_sent_at", "does not find the sentence at its start");
		prev = s.end;
	}
	/* Words of the first few sentences. */
	struct word *w = NULL;
	size_t cap = 0;
	for (size_t i = 0; i < doc_nsent(d) && i < 64; i++) {
		struct span s = doc_sent(d, i);
		size_t n = doc_words(d, s, &w, &cap);
		size_t last = s.start;
		for (size_t k = 0; k < n; k++) {
			check_span("doc_words", t, len, w[k].start, w[k].end);
			if (w[k].start < last || w[k].end > s.end || w[k].start >= w[k].end)
				fuzz_fail("doc_words", "word outside its span, empty or out of order");
			if (w[k].kind == WORD_SPACE)
				fuzz_fail("doc_words", "white space returned as a word");
			last = w[k].end;
		}
	}
	free(w);
	struct span title = doc_title(d);
	check_span("doc_title", t, len, title.start, title.end);
	struct span dl;
	if (doc_dateline(d, &dl))
		check_span("doc_dateline", t, len, dl.start, dl.end);
	int y, m, day;
	if (doc_date(d, &y, &m, &day) && (m < 1 || m > 12 || day < 1 || day > 31))
		fuzz_fail("doc_date", "impossible date");
	/* Offset conversions, at every boundary of a sample of positions. */
	size_t step = len / 512 + 1, last_cp = 0;
	for (size_t i = 0; i <= len; i += step) {
		size_t b = i;
		while (!on_boundary(t, len, b))
			b--;
		size_t cp = doc_cp(d, b);
		if (cp < last_cp)
			fuzz_fail("doc_cp", "not monotonic");
		last_cp = cp;
		if (doc_byte_of_cp(d, cp) != b)
			fuzz_fail("doc_byte_of_cp", "does not invert doc_cp");
		if (doc_u16(d, b) < cp)
			fuzz_fail("doc_u16", "fewer UTF-16 units than code points");
	}
	if (doc_cp(d, len) != utf8_cplen(t, len))
		fuzz_fail("doc_cp", "wrong code point count at the end");
}

static void check_annots(struct article *a)
{
	const char *t = doc_text(a->doc);
	size_t len = doc_len(a->doc);
	annots *an = a->an;
	size_t na = annots_nactors(an), n = annots_count(an);
	for (size_t i = 0; i < na; i++) {
		const struct actor *ac = annots_actor(an, (int)i);
		if (!ac || ac->id != (int)i || !ac->name)
			fuzz_fail("actor", "missing, misnumbered or nameless");
		fuzz_check_utf8("actor name", ac->name, strlen(ac->name));
		if (ac->role)
			fuzz_check_utf8("actor role", ac->role, strlen(ac->role));
		if (ac->type != ACTOR_PERSON && ac->type != ACTOR_ORG && ac->type != ACTOR_PLACE)
			fuzz_fail("actor", "bad type");
	}
	for (size_t i = 0; i < n; i++) {
		const struct ann *s = annots_get(an, (int)i);
		if (!s || annots_id(an, s) != (int)i)
			fuzz_fail("annotation", "missing or misnumbered");
		if (s->kind >= ANN_KIND_COUNT)
			fuzz_fail("annotation", "bad kind");
		check_span(annots_kind_name(s->kind), t, len, s->start, s->end);
		if (isnan(s->confidence) || s->confidence < 0 || s->confidence > 1)
			fuzz_fail(annots_kind_name(s->kind), "confidence outside 0..1");
		if (s->kind == ANN_MENTION && (s->actor < 0 || (size_t)s->actor >= na))
			fuzz_fail("mention", "no such actor");
		if (s->kind != ANN_MENTION && s->actor >= 0 && (size_t)s->actor >= na)
			fuzz_fail(annots_kind_name(s->kind), "no such actor");
		if (s->link >= 0 && (size_t)s->link >= n)
			fuzz_fail(annots_kind_name(s->kind), "link to no such span");
		if (s->kind == ANN_CUE && s->link < 0)
			fuzz_fail("cue", "not linked to a quotation");
		if (s->kind == ANN_CUE && annots_get(an, s->link)->kind != ANN_QUOTE)
			fuzz_fail("cue", "linked to something other than a quotation");
		const char *str = annots_str(an, (int)i);
		size_t os, oe, nact;
		const int *acts = annots_event_actors(an, (int)i, &nact);
		if (str)
			fuzz_check_utf8(annots_kind_name(s->kind), str, strlen(str));
		if (s->kind == ANN_QUOTE && annots_outer(an, (int)i, &os, &oe) && oe) {
			check_span("quote outer", t, len, os, oe);
			if (os > s->start || oe < s->end)
				fuzz_fail("quote", "outer span does not hold the inner one");
		}
		for (size_t k = 0; k < nact; k++)
			if (acts[k] < 0 || (size_t)acts[k] >= na)
				fuzz_fail("event", "no such actor");
	}
	for (int k = 0; k < ANN_KIND_COUNT; k++) {
		size_t m;
		const int *ids = annots_of_kind(an, (enum ann_kind)k, &m);
		for (size_t i = 1; i < m; i++) {
			const struct ann *p = annots_get(an, ids[i - 1]), *q = annots_get(an, ids[i]);
			if (p->start > q->start || (p->start == q->start && p->end < q->end))
				fuzz_fail("annots_of_kind", "not ordered by start, then longer first");
		}
	}
}

/* What the printer writes may hold SGR sequences (ESC [ digits ; m) and
 * text: no other escape, no C0 control but tab and line feed, no DEL, no
 * C1 control, no bidi embedding, override or isolate. */
static void check_printed(const char *s, size_t n)
{
	fuzz_check_utf8("print_article", s, n);
	for (size_t i = 0; i < n;) {
		size_t k = i;
		int32_t c = utf8_next(s, n, &k);
		if (c == 0x1b) {
			if (k >= n || s[k] != '[')
				fuzz_fail("print_article", "raw ESC that is not an SGR sequence");
			k++;
			while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == ';'))
				k++;
			if (k >= n || s[k] != 'm')
				fuzz_fail("print_article", "escape sequence other than SGR");
			k++;
		} else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
		           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
			fuzz_fail("print_article", "control character reached the output");
		}
		i = k;
	}
}

static void print_check(struct article *a, enum colour_mode mode)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	if (!f)
		fuzz_fail("open_memstream", NULL);
	struct theme th;
	theme_default(&th);
	if (print_article(a, f, &th, mode) != 0)
		fuzz_fail("print_article", "failed on a memory stream");
	theme_free(&th);
	fclose(f);
	check_printed(buf, n);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	if (!fuzz_article_open(&a, data, size))
		return 0;
	check_doc(a.doc);
	check_annots(&a);

	struct export_out o = {0};
	struct gerr e = {0};
	if (export_json.write(&a, &o, &e) != 0)
		fuzz_fail("export_json", e.msg);
	char err[128];
	if (json_check(o.main.s ? o.main.s : "", o.main.len, err, sizeof err) != 0)
		fuzz_fail("export_json: invalid JSON", err);
	export_out_free(&o);
	print_check(&a, COLOUR_NONE);
	print_check(&a, (size && (data[0] & 0x40)) ? COLOUR_TRUE : COLOUR_256);
	fuzz_article_close(&a);
	return 0;
}
