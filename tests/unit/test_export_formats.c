/* test_export_formats.c — the W3C, brat, CSV and Markdown exporters (and
 * JSON on the same article): golden files, plus checks that every offset
 * slices the text in code points to what the export says, on a text with
 * characters outside the BMP and combining marks. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "export.h"

/* My own sentences.  "cafe" + U+0301 becomes "café" (NFC); "q" + U+0303
 * has no precomposed form and stays two code points. */
static const char TEXT[] =
	"Harbour lights \U0001F30A festival opens with a cafe\u0301 debate\n"
	"\n"
	"Mayor Ana Quispe said on Friday: \"We will light every pier, even the old one \U0001F6A2, by June.\"\n"
	"The council's treasurer, Tom\u00e1s R\u00edos, warned that costs \"could double, maybe triple\n"
	"- if the weather turns\" and called the plan *ambitious* | risky & <late>.\n"
	"Quispe later told reporters the budget was \"fine, really fine\".\n"
	"She added that the Laq\u0303ui pier #5 would reopen in May.\n"
	"1. Zo\u00eb said nothing at all.\n";

static const char DELETED_QUOTE[] = "Zo\u00eb said nothing at all";

/* Byte span of the nth (0-based) occurrence of `needle` in the text. */
static struct span find(struct article *a, const char *needle, int nth)
{
	const char *t = doc_text(a->doc), *p = t;
	for (int i = 0;; i++) {
		p = strstr(p, needle);
		if (!p)
			fail_msg("'%s' (#%d) is not in the text", needle, nth);
		if (i == nth)
			break;
		p++;
	}
	return (struct span){(size_t)(p - t), (size_t)(p - t) + strlen(needle)};
}

static int span_add(struct article *a, enum ann_kind k, const char *needle, int nth, int actor, int link, int sub,
                    const char *str)
{
	struct span s = find(a, needle, nth);
	return annots_add(a->an, k, s.start, s.end, actor, link, sub, 0.9f, str);
}

static void build(struct article *a)
{
	test_article(a, TEXT, "en", "2025-03-14", "none");
	annots *an = a->an;
	int ana = annots_add_actor(an, "Ana Quispe", ACTOR_PERSON, "mayor", ACTOR_FEMALE);
	int tomas = annots_add_actor(an, "Tom\u00e1s R\u00edos", ACTOR_PERSON, "the council's treasurer", ACTOR_MALE);
	int council = annots_add_actor(an, "Harbour council", ACTOR_ORG, NULL, ACTOR_CAN_SPEAK);
	int pier = annots_add_actor(an, "Laq\u0303ui pier", ACTOR_PLACE, NULL, 0);
	int zoe = annots_add_actor(an, "Zo\u00eb", ACTOR_PERSON, NULL, 0);

	span_add(a, ANN_MENTION, "Ana Quispe", 0, ana, -1, MENTION_NAME, NULL);
	span_add(a, ANN_MENTION, "Quispe", 1, ana, -1, MENTION_ALIAS, NULL);
	span_add(a, ANN_MENTION, "She", 0, ana, -1, MENTION_PRONOUN, NULL);
	span_add(a, ANN_MENTION, "Tom\u00e1s R\u00edos", 0, tomas, -1, MENTION_NAME, NULL);
	span_add(a, ANN_MENTION, "The council's treasurer", 0, tomas, -1, MENTION_ROLE, NULL);
	span_add(a, ANN_MENTION, "council", 0, council, -1, MENTION_NAME, NULL);
	span_add(a, ANN_MENTION, "Laq\u0303ui pier", 0, pier, -1, MENTION_NAME, NULL);
	span_add(a, ANN_MENTION, "Zo\u00eb", 0, zoe, -1, MENTION_NAME, NULL);
	annots_actor(an, zoe)->flags |= ACTOR_DELETED;          /* the reader marked it wrong */

	int q0 = span_add(a, ANN_QUOTE, "We will light every pier, even the old one \U0001F6A2, by June.", 0, ana, -1,
	                  QUOTE_DIRECT, NULL);
	int q1 = span_add(a, ANN_QUOTE, "could double, maybe triple\n- if the weather turns", 0, ana, -1, QUOTE_MIXED,
	                  "Ana Quispe");
	int q2 = span_add(a, ANN_QUOTE, "fine, really fine", 0, ana, -1, QUOTE_DIRECT, NULL);
	int q3 = span_add(a, ANN_QUOTE, "the Laq\u0303ui pier #5 would reopen in May", 0, -1, -1, QUOTE_INDIRECT, "She");
	int q4 = span_add(a, ANN_QUOTE, DELETED_QUOTE, 0, zoe, -1, QUOTE_INDIRECT, NULL);
	const char *cues[] = {"said", "warned", "told", "added"};
	int qs[] = {q0, q1, q2, q3};
	for (int i = 0; i < 4; i++) {
		int cue = span_add(a, ANN_CUE, cues[i], 0, -1, qs[i], 0, NULL);
		annots_get(an, qs[i])->link = cue;
	}
	/* The reader's corrections: q1 was Tomás's, not Ana's; q4 is wrong. */
	struct ann *q = annots_get(an, q1);
	q->actor = tomas;
	q->flags |= ANN_USER;
	annots_set_str(an, q1, NULL);
	annots_delete(an, q4, true);

	int t0 = span_add(a, ANN_TIME, "Friday", 0, -1, -1, TIME_DATE, "2025-03-14");
	span_add(a, ANN_TIME, "by June", 0, -1, -1, TIME_DATE, "2025-06");
	int t2 = span_add(a, ANN_TIME, "in May", 0, -1, -1, TIME_DATE, "2025-05");
	int e0 = span_add(a, ANN_EVENT, "Mayor Ana Quispe said on Friday", 0, -1, t0, 0,
	                  "Ana Quispe promises to light every pier");
	annots_event_add_actor(an, e0, ana);
	int e1 = span_add(a, ANN_EVENT, "the Laq\u0303ui pier #5 would reopen in May", 0, -1, t2, 0, NULL);
	annots_event_add_actor(an, e1, pier);
	annots_event_add_actor(an, e1, zoe);

	int n0 = span_add(a, ANN_NOTE, "could double, maybe triple\n- if the weather turns", 0, -1, q1, 0,
	                  "Check the figures: \"double\" seems *high* <b>,\nask the treasurer");
	annots_add_tag(an, n0, "budget");
	annots_add_tag(an, n0, "check");
	span_add(a, ANN_NOTE, "Laq\u0303ui", 0, -1, -1, 0, "Spelling? \U0001F30A q\u0303");
	int n2 = span_add(a, ANN_NOTE, "caf\u00e9", 0, -1, -1, 0, NULL);
	annots_add_tag(an, n2, "todo");
	annots_touch(an);
}

static char *run(const struct exporter *x, struct article *a, struct export_out *o)
{
	struct gerr e = {0};
	memset(o, 0, sizeof *o);
	if (x->write(a, o, &e) != 0)
		fail_msg("%s: %s", x->name, e.msg);
	return o->main.s ? o->main.s : "";
}

/* ---- code-point slicing, independent of doc_cp() ----------------------- */

static size_t byte_of(const char *t, size_t cp)
{
	size_t i = 0, len = strlen(t);
	for (size_t k = 0; k < cp; k++) {
		if (i >= len)
			fail_msg("code point %zu is past the end", cp);
		i++;
		while (i < len && ((unsigned char)t[i] & 0xC0) == 0x80)
			i++;
	}
	return i;
}

static char *slice(const char *t, size_t s, size_t e)
{
	size_t bs = byte_of(t, s), be = byte_of(t, e);
	assert_true(bs <= be);
	return xstrndup(t + bs, be - bs);
}

static size_t ncp(const char *t)
{
	return utf8_cplen(t, strlen(t));
}

/* ---- a small JSON string reader ---------------------------------------- */

static unsigned hex4(const char *p)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
		      : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		assert_true(d >= 0);
		v = v * 16 + (unsigned)d;
	}
	return v;
}

/* Parse the JSON string starting at *pp (at its opening quote). */
static char *json_string(const char **pp)
{
	const char *p = *pp;
	assert_int_equal(*p, '"');
	p++;
	struct sbuf b = {0};
	while (*p != '"') {
		assert_true(*p != 0);
		assert_true((unsigned char)*p >= 0x20);   /* no raw control characters */
		if (*p != '\\') {
			sbuf_addc(&b, *p++);
			continue;
		}
		p++;
		char c = *p++;
		switch (c) {
		case 'n': sbuf_addc(&b, '\n'); break;
		case 't': sbuf_addc(&b, '\t'); break;
		case 'r': sbuf_addc(&b, '\r'); break;
		case 'b': sbuf_addc(&b, '\b'); break;
		case 'f': sbuf_addc(&b, '\f'); break;
		case '"': case '\\': case '/': sbuf_addc(&b, c); break;
		case 'u': {
			unsigned v = hex4(p);
			p += 4;
			if (v >= 0xD800 && v < 0xDC00) {
				assert_true(p[0] == '\\' && p[1] == 'u');
				unsigned lo = hex4(p + 2);
				p += 6;
				v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
			}
			char enc[4];
			sbuf_add(&b, enc, (size_t)utf8_encode((int32_t)v, enc));
			break;
		}
		default:
			fail_msg("bad escape \\%c", c);
		}
	}
	*pp = p + 1;
	return sbuf_take(&b);
}

static char *json_field_str(const char *from, const char *key, const char **after)
{
	char *k = xasprintf("\"%s\": ", key);
	const char *p = strstr(from, k);
	if (!p)
		fail_msg("no %s after offset", key);
	p += strlen(k);
	free(k);
	char *s = json_string(&p);
	if (after)
		*after = p;
	return s;
}

static size_t json_field_num(const char *from, const char *key)
{
	char *k = xasprintf("\"%s\": ", key);
	const char *p = strstr(from, k);
	if (!p)
		fail_msg("no %s", key);
	size_t v = strtoul(p + strlen(k), NULL, 10);
	free(k);
	return v;
}

/* ---- tests -------------------------------------------------------------- */

static void test_goldens(void **state)
{
	(void)state;
	struct article a;
	build(&a);
	static const struct {
		const struct exporter *x;
		const char *golden;
	} cases[] = {
		{&export_json, "export_formats.json"}, {&export_w3c, "export_formats.jsonld"},
		{&export_brat, "export_formats.ann"},  {&export_csv, "export_formats.csv"},
		{&export_md, "export_formats.md"},
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct export_out o;
		const char *s = run(cases[i].x, &a, &o);
		test_golden(cases[i].golden, s, strlen(s));
		/* What the reader marked wrong is in no export (W3C's context
		 * selectors may still quote its text around other spans). */
		if (cases[i].x == &export_w3c) {
			assert_null(strstr(s, "\"exact\": \"Zo\u00eb"));
			assert_null(strstr(s, "\"value\": \"Zo\u00eb"));
		} else {
			assert_null(strstr(s, "nothing at all"));
			assert_null(strstr(s, "Zo\u00eb"));
		}
		if (cases[i].x == &export_brat) {
			assert_string_equal(o.companion_ext, ".txt");
			assert_int_equal(o.companion.len, doc_len(a.doc));
			assert_memory_equal(o.companion.s, doc_text(a.doc), doc_len(a.doc));
			test_golden("export_formats.txt", o.companion.s, o.companion.len);
		}
		export_out_free(&o);
	}
	article_close(&a);
}

static void test_w3c_offsets(void **state)
{
	(void)state;
	struct article a;
	build(&a);
	const char *t = doc_text(a.doc);
	struct export_out o;
	const char *s = run(&export_w3c, &a, &o);
	size_t n = 0;
	bool saw_astral = false, saw_combining = false;
	const char *q = NULL;
	for (const char *p = strstr(s, "\"TextQuoteSelector\""); p; p = strstr(p, "\"TextQuoteSelector\"")) {
		char *exact = json_field_str(p, "exact", &q);
		char *prefix = json_field_str(q, "prefix", &q);
		char *suffix = json_field_str(q, "suffix", &q);
		const char *pos = strstr(q, "\"TextPositionSelector\"");
		assert_non_null(pos);
		size_t start = json_field_num(pos, "start"), end = json_field_num(pos, "end");
		char *got = slice(t, start, end);
		assert_string_equal(got, exact);
		size_t pl = ncp(prefix), sl = ncp(suffix);
		assert_true(pl <= 32 && sl <= 32);
		assert_true(pl == 32 || pl == start);          /* short only at the start of the text */
		char *want_prefix = slice(t, start - pl, start);
		char *want_suffix = slice(t, end, end + sl);
		assert_string_equal(want_prefix, prefix);
		assert_string_equal(want_suffix, suffix);
		saw_astral |= strstr(exact, "\U0001F6A2") != NULL;
		saw_combining |= strstr(exact, "q\u0303") != NULL;
		free(got);
		free(want_prefix);
		free(want_suffix);
		free(exact);
		free(prefix);
		free(suffix);
		p = pos;
		n++;
	}
	assert_true(saw_astral);
	assert_true(saw_combining);
	/* 7 mentions of live actors, 4 quotations, 4 cues, 3 times, 3 notes. */
	assert_int_equal(n, 7 + 4 + 4 + 3 + 3);
	/* Three attributed quotations, each with a linking annotation; q2 is
	 * Tomás's after the reader's correction. */
	assert_non_null(strstr(s, "\"@context\": \"http://www.w3.org/ns/anno.jsonld\""));
	assert_non_null(strstr(s, "\"total\": 24\n}"));
	const char *link = strstr(s, ":q2.speaker\"");
	assert_non_null(link);
	char *who = json_field_str(link, "value", NULL);
	assert_string_equal(who, "Tom\u00e1s R\u00edos");
	free(who);
	assert_null(strstr(s, ":q4.speaker\""));
	export_out_free(&o);
	article_close(&a);
}

struct brat_t {
	char type[32];
	char text[512];
	char spans[128];
};

static void test_brat_offsets(void **state)
{
	(void)state;
	struct article a;
	build(&a);
	struct export_out o;
	char *ann = xstrdup(run(&export_brat, &a, &o));
	const char *txt = o.companion.s;
	struct brat_t tb[64];
	size_t nt = 0;
	bool fragmented = false;
	int speaker_rel = 0;
	char *save = NULL;
	for (char *line = strtok_r(ann, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == 'T') {
			size_t num = strtoul(line + 1, NULL, 10);
			assert_int_equal(num, nt + 1);          /* numbered in order */
			char *tab1 = strchr(line, '\t'), *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
			assert_non_null(tab2);
			struct brat_t *b = &tb[nt++];
			snprintf(b->text, sizeof b->text, "%s", tab2 + 1);
			*tab2 = 0;
			char *sp = strchr(tab1 + 1, ' ');
			snprintf(b->type, sizeof b->type, "%.*s", (int)(sp - tab1 - 1), tab1 + 1);
			snprintf(b->spans, sizeof b->spans, "%s", sp + 1);
			/* Rebuild the text from the fragments, in code points. */
			struct sbuf want = {0};
			char *fs = NULL;
			int nfrag = 0;
			char spans[128];
			snprintf(spans, sizeof spans, "%s", b->spans);
			for (char *f = strtok_r(spans, ";", &fs); f; f = strtok_r(NULL, ";", &fs)) {
				size_t s, e;
				assert_int_equal(sscanf(f, "%zu %zu", &s, &e), 2);
				assert_true(s < e);
				char *piece = slice(txt, s, e);
				assert_null(strchr(piece, '\n'));
				if (nfrag++)
					sbuf_addc(&want, ' ');
				sbuf_puts(&want, piece);
				free(piece);
			}
			fragmented |= nfrag > 1;
			assert_string_equal(want.s, b->text);
			sbuf_free(&want);
		} else if (line[0] == 'R') {
			int r, a1, a2;
			char type[32];
			assert_int_equal(sscanf(line, "R%d\t%31s Arg1:T%d Arg2:T%d", &r, type, &a1, &a2), 4);
			assert_true(a1 >= 1 && (size_t)a1 <= nt && a2 >= 1 && (size_t)a2 <= nt);
			assert_string_equal(tb[a1 - 1].type, "Quote");
			if (strcmp(type, "Speaker") == 0 && strncmp(tb[a1 - 1].text, "could double", 12) == 0) {
				/* The corrected speaker, at the mention nearest the quotation. */
				assert_string_equal(tb[a2 - 1].text, "Tom\u00e1s R\u00edos");
				speaker_rel++;
			}
		} else if (line[0] == 'A' || line[0] == '#') {
			int target;
			const char *tp = strstr(line, " T");
			assert_non_null(tp);
			target = atoi(tp + 2);
			assert_true(target >= 1 && (size_t)target <= nt);
			assert_null(strchr(line, '\r'));
		} else {
			fail_msg("unexpected line: %s", line);
		}
	}
	assert_true(fragmented);
	assert_int_equal(speaker_rel, 1);
	/* 7 mentions + 4 quotes + 4 cues + 3 times + 1 note on no other span (the
	 * tag-only note on "café" gets one as well). */
	assert_int_equal(nt, 7 + 4 + 4 + 3 + 2);
	free(ann);
	export_out_free(&o);
	article_close(&a);
}

/* ---- RFC 4180 ------------------------------------------------------------ */

/* Parse a whole CSV document: rows of fields.  Fails the test on anything
 * RFC 4180 does not allow (bare LF line ends, stray quotes). */
static size_t csv_parse(const char *s, char ***fields, size_t *nfields_per_row, size_t max_rows)
{
	size_t row = 0, col = 0;
	const char *p = s;
	while (*p) {
		assert_true(row < max_rows);
		struct sbuf f = {0};
		if (*p == '"') {
			p++;
			for (;;) {
				assert_true(*p != 0);
				if (*p == '"' && p[1] == '"') {
					sbuf_addc(&f, '"');
					p += 2;
				} else if (*p == '"') {
					p++;
					break;
				} else {
					sbuf_addc(&f, *p++);
				}
			}
		} else {
			while (*p && *p != ',' && *p != '\r') {
				assert_true(*p != '"' && *p != '\n');
				sbuf_addc(&f, *p++);
			}
		}
		assert_true(col < 16);
		fields[row][col++] = sbuf_take(&f);
		if (*p == ',') {
			p++;
		} else {
			assert_true(p[0] == '\r' && p[1] == '\n');
			p += 2;
			nfields_per_row[row++] = col;
			col = 0;
		}
	}
	assert_int_equal(col, 0);
	return row;
}

static void test_csv_parses_back(void **state)
{
	(void)state;
	struct article a;
	build(&a);
	const char *t = doc_text(a.doc);
	struct export_out o;
	const char *s = run(&export_csv, &a, &o);
	enum { MAXR = 16 };
	char **rows[MAXR];
	char *cells[MAXR][16];
	size_t nf[MAXR];
	for (int i = 0; i < MAXR; i++)
		rows[i] = cells[i];
	size_t n = csv_parse(s, rows, nf, MAXR);
	assert_int_equal(n, 5);
	const char *head[] = {"speaker", "role", "quotation", "kind", "cue", "start", "end"};
	for (size_t c = 0; c < 7; c++)
		assert_string_equal(rows[0][c], head[c]);
	static const struct {
		const char *speaker, *role, *quote, *kind, *cue;
	} want[] = {
		{"Ana Quispe", "mayor", "We will light every pier, even the old one \U0001F6A2, by June.", "direct", "said"},
		{"Tom\u00e1s R\u00edos", "the council's treasurer", "could double, maybe triple\n- if the weather turns", "mixed",
		 "warned"},
		{"Ana Quispe", "mayor", "fine, really fine", "direct", "told"},
		{"She", "", "the Laq\u0303ui pier #5 would reopen in May", "indirect", "added"},
	};
	for (size_t r = 1; r < n; r++) {
		assert_int_equal(nf[r], 7);
		assert_string_equal(rows[r][0], want[r - 1].speaker);
		assert_string_equal(rows[r][1], want[r - 1].role);
		assert_string_equal(rows[r][2], want[r - 1].quote);
		assert_string_equal(rows[r][3], want[r - 1].kind);
		assert_string_equal(rows[r][4], want[r - 1].cue);
		char *got = slice(t, strtoul(rows[r][5], NULL, 10), strtoul(rows[r][6], NULL, 10));
		assert_string_equal(got, rows[r][2]);
		free(got);
	}
	for (size_t r = 0; r < n; r++)
		for (size_t c = 0; c < nf[r]; c++)
			free(rows[r][c]);
	export_out_free(&o);
	article_close(&a);
}

static void test_md_safe(void **state)
{
	(void)state;
	struct article a;
	build(&a);
	struct export_out o;
	const char *s = run(&export_md, &a, &o);
	for (const char *p = s; *p; p++)
		assert_true((unsigned char)*p >= 0x20 || *p == '\n');
	/* Article text cannot open emphasis, HTML, or a list. */
	assert_non_null(strstr(s, "seems \\*high\\* \\<b\\>, ask the treasurer"));
	assert_non_null(strstr(s, "> could double, maybe triple\n>\n> \\- if the weather turns"));
	/* The corrected speaker has the quotation, the tag-only note is listed. */
	const char *tomas = strstr(s, "### Tom\u00e1s R\u00edos\n");
	assert_non_null(tomas);
	assert_non_null(strstr(tomas, "> could double, maybe triple"));
	assert_non_null(strstr(s, "tags: todo"));
	/* The timeline is in time order: March before May before June. */
	const char *tl = strstr(s, "## Timeline");
	assert_non_null(tl);
	const char *m3 = strstr(tl, "2025-03-14"), *m5 = strstr(tl, "2025-05"), *m6 = strstr(tl, "2025-06");
	assert_true(m3 && m5 && m6 && m3 < m5 && m5 < m6);
	export_out_free(&o);
	article_close(&a);
}

static void test_brat_files(void **state)
{
	(void)state;
	struct article a;
	build(&a);
	char dir[] = "/tmp/glose-brat-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *ann = xasprintf("%s/out.ann", dir), *txt = xasprintf("%s/out.txt", dir);
	struct gerr e = {0};
	assert_int_equal(export_to_path(&export_brat, &a, ann, &e), 0);
	char *data = NULL;
	size_t len = 0;
	assert_int_equal(file_read_all(txt, &data, &len, &e), 0);
	assert_int_equal(len, doc_len(a.doc));
	assert_memory_equal(data, doc_text(a.doc), len);
	free(data);
	assert_int_equal(file_read_all(ann, &data, &len, &e), 0);
	assert_true(len > 0 && data[0] == 'T');
	free(data);
	unlink(ann);
	unlink(txt);
	rmdir(dir);
	free(ann);
	free(txt);
	article_close(&a);
}

static void test_empty_store(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "A title\n\nNothing here.\n", "en", NULL, "none");
	size_t n;
	const struct exporter *const *r = export_registry(&n);
	for (size_t i = 0; i < n; i++) {
		struct export_out o;
		const char *s = run(r[i], &a, &o);
		/* brat's .ann is empty; its .txt is the text. */
		if (r[i] == &export_brat)
			assert_int_equal(o.companion.len, doc_len(a.doc));
		else
			assert_true(strlen(s) > 0);
		export_out_free(&o);
	}
	struct export_out o;
	assert_string_equal(run(&export_csv, &a, &o), "speaker,role,quotation,kind,cue,start,end\r\n");
	export_out_free(&o);
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_goldens),
		cmocka_unit_test(test_w3c_offsets),
		cmocka_unit_test(test_brat_offsets),
		cmocka_unit_test(test_csv_parses_back),
		cmocka_unit_test(test_md_safe),
		cmocka_unit_test(test_brat_files),
		cmocka_unit_test(test_empty_store),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
