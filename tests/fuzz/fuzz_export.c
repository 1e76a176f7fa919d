/* fuzz_export.c — every exporter on an article made from arbitrary bytes,
 * each output parsed back:
 *   json, w3c  valid JSON (json_check.c);
 *   csv        RFC 4180: the header, then records of the same number of
 *              fields, CRLF line ends, start <= end <= the text's length;
 *   brat       every .ann line well formed, T offsets inside the .txt
 *              companion and its text equal to the fragments it names,
 *              A/R/# lines pointing at existing T lines;
 *   md         valid UTF-8.
 * Input format: as fuzz_article (a flag byte, then the text). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "fuzz_common.h"
#include "json_check.h"

/* ---- CSV ---------------------------------------------------------------- */

#define CSV_FIELDS 7   /* speaker,role,quotation,kind,cue,start,end */

static size_t parse_size(const char *what, const char *s, size_t n)
{
	if (n == 0 || n > 18)
		fuzz_fail(what, "not a number");
	size_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			fuzz_fail(what, "not a number");
		v = v * 10 + (size_t)(s[i] - '0');
	}
	return v;
}

static void check_csv(const char *s, size_t n, size_t ncp)
{
	static const char header[] = "speaker,role,quotation,kind,cue,start,end\r\n";
	if (n < sizeof header - 1 || memcmp(s, header, sizeof header - 1) != 0)
		fuzz_fail("csv", "missing or wrong header");
	size_t i = sizeof header - 1;
	while (i < n) {
		/* One record. */
		size_t nf = 0;
		const char *fs[CSV_FIELDS];
		size_t fl[CSV_FIELDS];
		for (;;) {
			size_t st = i;
			if (i < n && s[i] == '"') {
				i++;
				for (;;) {
					if (i >= n)
						fuzz_fail("csv", "unterminated quoted field");
					if (s[i] == '"') {
						if (i + 1 < n && s[i + 1] == '"') {
							i += 2;
							continue;
						}
						i++;
						break;
					}
					i++;
				}
			} else {
				while (i < n && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
					if (s[i] == '"')
						fuzz_fail("csv", "double quote in an unquoted field");
					i++;
				}
			}
			if (nf < CSV_FIELDS) {
				fs[nf] = s + st;
				fl[nf] = i - st;
			}
			nf++;
			if (i < n && s[i] == ',') {
				i++;
				continue;
			}
			if (i + 1 < n && s[i] == '\r' && s[i + 1] == '\n') {
				i += 2;
				break;
			}
			fuzz_fail("csv", "record not ended by CRLF, or junk after a quoted field");
		}
		if (nf != CSV_FIELDS)
			fuzz_fail("csv", "record with the wrong number of fields");
		size_t a = parse_size("csv start", fs[5], fl[5]), b = parse_size("csv end", fs[6], fl[6]);
		if (a > b || b > ncp)
			fuzz_fail("csv", "start/end outside the text");
		static const char *const kinds[] = {"direct", "indirect", "mixed"};
		bool kind_ok = false;
		for (size_t k = 0; k < 3; k++)
			kind_ok |= fl[3] == strlen(kinds[k]) && memcmp(fs[3], kinds[k], fl[3]) == 0;
		if (!kind_ok)
			fuzz_fail("csv", "unknown quotation kind");
	}
}

/* ---- brat ----------------------------------------------------------------- */

struct cpmap {
	size_t *byte;   /* code point index -> byte offset in the .txt, ncp + 1 entries */
	size_t ncp;
};

static void cpmap_build(struct cpmap *m, const char *t, size_t n)
{
	m->byte = xmalloc((n + 1) * sizeof *m->byte);
	m->ncp = 0;
	for (size_t i = 0; i < n;) {
		m->byte[m->ncp++] = i;
		i++;
		while (i < n && ((unsigned char)t[i] & 0xC0) == 0x80)
			i++;
	}
	m->byte[m->ncp] = n;
}

/* Does s[0..n) hold a line break as Python's str.splitlines() sees it
 * (brat reads the .ann with it)? */
static bool has_pybreak(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t c = utf8_next(s, n, &i);
		if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
		    c == 0x2028 || c == 0x2029)
			return true;
	}
	return false;
}

/* Read a decimal number at *p; advances *p. */
static size_t read_num(const char **p, const char *end, const char *what)
{
	const char *s = *p;
	while (*p < end && **p >= '0' && **p <= '9')
		(*p)++;
	return parse_size(what, s, (size_t)(*p - s));
}

static void expect(const char **p, const char *end, const char *lit, const char *what)
{
	size_t k = strlen(lit);
	if ((size_t)(end - *p) < k || memcmp(*p, lit, k) != 0)
		fuzz_fail("brat", what);
	*p += k;
}

static size_t read_tref(const char **p, const char *end, size_t nt)
{
	expect(p, end, "T", "expected a T reference");
	size_t t = read_num(p, end, "brat T reference");
	if (t == 0 || t > nt)
		fuzz_fail("brat", "reference to no such T line");
	return t;
}

static void check_brat(const char *ann, size_t n, const char *txt, size_t tn)
{
	struct cpmap m;
	cpmap_build(&m, txt, tn);
	/* First pass: count the T lines (they come first). */
	size_t nt = 0;
	for (size_t i = 0; i < n; i++)
		if ((i == 0 || ann[i - 1] == '\n') && ann[i] == 'T')
			nt++;
	size_t want_t = 1, want_a = 1, want_r = 1, want_note = 1;
	const char *p = ann, *end = ann + n;
	struct sbuf frag = {0};
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			fuzz_fail("brat", "last line not ended by a line feed");
		for (const char *q = p; q < eol; q++)
			if (*q == '\r')
				fuzz_fail("brat", "CR inside a line");
		char kind = *p++;
		if (kind == 'T') {
			if (read_num(&p, eol, "brat T number") != want_t++)
				fuzz_fail("brat", "T lines not numbered 1, 2, 3...");
			expect(&p, eol, "\t", "no tab after the T id");
			const char *ty = p;
			while (p < eol && *p != ' ' && *p != '\t')
				p++;
			if (p == ty)
				fuzz_fail("brat", "T line without a type");
			sbuf_reset(&frag);
			size_t last = 0;
			bool first = true;
			expect(&p, eol, " ", "expected a space before the offsets");
			for (;;) {   /* "s e" fragments separated by ';' */
				size_t a = read_num(&p, eol, "brat start");
				expect(&p, eol, " ", "expected a space between offsets");
				size_t b = read_num(&p, eol, "brat end");
				if (a >= b || b > m.ncp || (!first && a < last))
					fuzz_fail("brat", "fragment empty, reversed, out of order or outside the .txt");
				if (!first)
					sbuf_addc(&frag, ' ');
				sbuf_add(&frag, txt + m.byte[a], m.byte[b] - m.byte[a]);
				first = false;
				last = b;
				if (p < eol && *p == ';') {
					p++;
					continue;
				}
				break;
			}
			expect(&p, eol, "\t", "no tab before the T text");
			if ((size_t)(eol - p) != frag.len || memcmp(p, frag.s, frag.len) != 0)
				fuzz_fail("brat", "T text differs from the .txt at its offsets");
			if (has_pybreak(frag.s, frag.len))
				fuzz_fail("brat", "a line break (as Python's splitlines sees them) inside a T text");
		} else if (kind == 'A') {
			if (read_num(&p, eol, "brat A number") != want_a++)
				fuzz_fail("brat", "A lines not numbered 1, 2, 3...");
			expect(&p, eol, "\t", "no tab after the A id");
			while (p < eol && *p != ' ')
				p++;
			expect(&p, eol, " ", "A line without a target");
			read_tref(&p, eol, nt);
			expect(&p, eol, " ", "A line without a value");
			if (p == eol)
				fuzz_fail("brat", "A line with an empty value");
			for (; p < eol; p++)
				if (*p == ' ' || *p == '\t')
					fuzz_fail("brat", "space in an A value");
		} else if (kind == 'R') {
			if (read_num(&p, eol, "brat R number") != want_r++)
				fuzz_fail("brat", "R lines not numbered 1, 2, 3...");
			expect(&p, eol, "\t", "no tab after the R id");
			while (p < eol && *p != ' ')
				p++;
			expect(&p, eol, " Arg1:", "R line without Arg1");
			read_tref(&p, eol, nt);
			expect(&p, eol, " Arg2:", "R line without Arg2");
			read_tref(&p, eol, nt);
			if (p < eol && *p == '\t')
				p++;
			if (p != eol)
				fuzz_fail("brat", "junk at the end of an R line");
		} else if (kind == '#') {
			if (read_num(&p, eol, "brat # number") != want_note++)
				fuzz_fail("brat", "# lines not numbered 1, 2, 3...");
			expect(&p, eol, "\tAnnotatorNotes ", "# line is not AnnotatorNotes");
			read_tref(&p, eol, nt);
			expect(&p, eol, "\t", "no tab before the note text");
			if (has_pybreak(p, (size_t)(eol - p)))
				fuzz_fail("brat", "line break inside a note");
			for (; p < eol; p++)
				if (*p == '\t' || (unsigned char)*p < 0x20)
					fuzz_fail("brat", "control character in a note");
		} else {
			fuzz_fail("brat", "line of an unknown kind");
		}
		p = eol + 1;
	}
	sbuf_free(&frag);
	free(m.byte);
}

/* ---- the harness ---------------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	if (!fuzz_article_open(&a, data, size))
		return 0;
	size_t ncp = utf8_cplen(doc_text(a.doc), doc_len(a.doc));
	size_t nx;
	const struct exporter *const *reg = export_registry(&nx);
	for (size_t k = 0; k < nx; k++) {
		const struct exporter *x = reg[k];
		struct export_out o = {0};
		struct gerr e = {0};
		if (x->write(&a, &o, &e) != 0)
			fuzz_fail(x->name, e.msg);
		const char *s = o.main.s ? o.main.s : "";
		fuzz_check_utf8(x->name, s, o.main.len);
		if (strlen(s) != o.main.len)
			fuzz_fail(x->name, "NUL byte in the output");
		char err[128];
		if (!strcmp(x->name, "json") || !strcmp(x->name, "w3c")) {
			if (json_check(s, o.main.len, err, sizeof err) != 0)
				fuzz_fail(x->name, err);
		} else if (!strcmp(x->name, "csv")) {
			check_csv(s, o.main.len, ncp);
		} else if (!strcmp(x->name, "brat")) {
			if (!o.companion_ext || strcmp(o.companion_ext, ".txt") != 0)
				fuzz_fail("brat", "no .txt companion");
			if (o.companion.len != doc_len(a.doc) ||
			    memcmp(o.companion.s ? o.companion.s : "", doc_text(a.doc), o.companion.len) != 0)
				fuzz_fail("brat", "the .txt companion is not the text");
			check_brat(s, o.main.len, doc_text(a.doc), doc_len(a.doc));
		}
		export_out_free(&o);
	}
	fuzz_article_close(&a);
	return 0;
}
