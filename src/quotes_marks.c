/* quotes_marks.c — quotation marks: one pass over the text pairs opening
 * and closing marks paragraph by paragraph.
 *
 * Marks: « » and ‹ › (with or without inner no-break spaces), “ ” and „ “,
 * ‘ ’ and ‚ ‘, 「 」 『 』, straight " and ', and the locale's own marks
 * (ICU) for the direction of guillemets (»…« in some locales).  A stack
 * pairs them, so quotations nest.  Apostrophes (l'Europe, aujourd’hui,
 * don't, O'Brien, rock 'n' roll, the '90s) are never marks: an apostrophe
 * between letters is skipped, and a single-mark pair must close and hold a
 * word of two letters or more.  A quotation still open at the end of its
 * paragraph runs on when the next paragraph reopens (each paragraph
 * reopens, only the last closes); otherwise it is bounded by its paragraph
 * so an unbalanced mark never swallows the rest of the article.
 */
#include "quotes.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "util.h"

enum family { F_NONE, F_GUIL, F_SGUIL, F_DQ, F_SQ, F_SD, F_SS, F_CJK1, F_CJK2 };

/* Double families may run over paragraphs and are recovered when unclosed. */
static bool double_family(enum family f)
{
	return f == F_GUIL || f == F_DQ || f == F_SD || f == F_CJK1 || f == F_CJK2;
}

struct open {
	size_t at, len;            /* the mark's bytes */
	enum family fam;
	int32_t cp;                /* the opening code point */
	int carry;                 /* a piece continued from the previous paragraph: its index */
};

struct scan {
	const char *t;
	size_t len;
	bool reversed;             /* the locale opens with » (or ›) */
	struct qmark *out;
	size_t n, cap;
	struct open *st;
	size_t nst, capst;
};

static bool is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c) || c == 0x202F ||
	       c == 0x2009 || c == 0x200A || c == 0xA0;
}

static bool is_alnum(int32_t c)
{
	return c > 0 && (u_isalpha(c) || u_isdigit(c));
}

static int32_t cp_before(const struct scan *s, size_t lo, size_t at)
{
	if (at <= lo)
		return 0;
	size_t j = utf8_prev(s->t, at);
	return utf8_next(s->t, s->len, &j);
}

static int32_t cp_after(const struct scan *s, size_t at, size_t hi)
{
	if (at >= hi)
		return 0;
	return utf8_next(s->t, hi, &at);
}

/* Opening context: start of paragraph, after a space, a bracket, a dash or
 * another mark. */
static bool opens_after(int32_t p)
{
	return p == 0 || is_space(p) || p == '(' || p == '[' || p == '{' || p == 0x2014 || p == 0x2013 ||
	       p == '-' || p == '/' || p == 0xAB || p == 0x201C || p == 0x201E || p == 0x2018 || p == '"' ||
	       p == '\'' || p == ':' || p == 0x2039;
}

static void push(struct scan *s, size_t at, size_t len, enum family f, int32_t cp)
{
	s->st = xgrow(s->st, &s->capst, s->nst + 1, sizeof *s->st);
	s->st[s->nst++] = (struct open){at, len, f, cp, -1};
}

/* Index of the innermost open mark of family f, or -1. */
static long find_open(const struct scan *s, enum family f)
{
	for (size_t i = s->nst; i-- > 0;)
		if (s->st[i].fam == f)
			return (long)i;
	return -1;
}

static size_t skip_space_fwd(const struct scan *s, size_t i, size_t hi)
{
	while (i < hi) {
		size_t j = i;
		int32_t c = utf8_next(s->t, hi, &j);
		if (!is_space(c))
			break;
		i = j;
	}
	return i;
}

static size_t skip_space_back(const struct scan *s, size_t lo, size_t i)
{
	while (i > lo) {
		size_t j = utf8_prev(s->t, i);
		size_t k = j;
		int32_t c = utf8_next(s->t, s->len, &k);
		if (!is_space(c))
			break;
		i = j;
	}
	return i;
}

/* Letters in s[a..b), counted up to 2 (all the tests need). */
static size_t letters(const struct scan *s, size_t a, size_t b)
{
	size_t n = 0;
	while (a < b && n < 2) {
		int32_t c = utf8_next(s->t, b, &a);
		if (is_alnum(c))
			n++;
	}
	return n;
}

static int emit(struct scan *s, size_t os, size_t oe, size_t is, size_t ie, size_t para, unsigned flags)
{
	s->out = xgrow(s->out, &s->cap, s->n + 1, sizeof *s->out);
	s->out[s->n] = (struct qmark){os, oe, is, ie, para, -1, -1, flags};
	return (int)s->n++;
}

/* Close the open mark st[k] with the mark at [at, at+len). */
static void close_at(struct scan *s, long k, size_t at, size_t len, size_t para)
{
	struct open o = s->st[k];
	s->nst = (size_t)k;        /* marks opened inside and never closed were not marks */
	size_t is = skip_space_fwd(s, o.at + o.len, at);
	size_t ie = skip_space_back(s, is, at);
	bool single = !double_family(o.fam);
	size_t nl = letters(s, is, ie);
	if (o.carry >= 0) {
		/* A paragraph that did not reopen a running quotation closes it here. */
		struct qmark *m = &s->out[o.carry];
		m->oe = at + len;
		m->ie = ie;
		return;
	}
	if (nl == 0 || (single && nl < 2))
		return;
	emit(s, o.at, at + len, is, ie, para, single ? QM_SINGLE : 0);
}

/* Bytes that may begin a mark: " ' and the lead bytes of U+0080..U+00BF,
 * U+2000..U+2FFF and U+3000..U+3FFF. */
static const bool mark_lead[256] = {['"'] = true, ['\''] = true, [0xC2] = true, [0xE2] = true, [0xE3] = true};

#define ONES 0x0101010101010101ull

/* 0x80 in each byte of x that is zero (exact up to the lowest one). */
static inline uint64_t zero_bytes(uint64_t x)
{
	return (x - ONES) & ~x & (ONES * 0x80);
}

/* The first byte of t[i..hi) that may begin a mark, or hi: eight bytes at
 * a time (most of the text holds none). */
static size_t next_lead(const char *t, size_t i, size_t hi)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	for (; i + 8 <= hi; i += 8) {
		uint64_t w;
		memcpy(&w, t + i, 8);
		uint64_t m = zero_bytes(w ^ (ONES * '"')) | zero_bytes(w ^ (ONES * '\'')) |
		             zero_bytes(w ^ (ONES * 0xC2)) | zero_bytes((w | ONES) ^ (ONES * 0xE3));
		if (m)
			return i + ((size_t)__builtin_ctzll(m) >> 3);
	}
#endif
	while (i < hi && !mark_lead[(unsigned char)t[i]])
		i++;
	return i;
}

/* Does the paragraph [lo, hi) open with a double quotation mark? */
static enum family reopens(const struct scan *s, size_t lo, size_t hi, size_t *mark_end)
{
	size_t i = skip_space_fwd(s, lo, hi);
	if (i >= hi)
		return F_NONE;
	size_t j = i;
	int32_t c = utf8_next(s->t, hi, &j);
	*mark_end = j;
	switch (c) {
	case 0xAB: return s->reversed ? F_NONE : F_GUIL;
	case 0xBB: return s->reversed ? F_GUIL : F_NONE;
	case 0x201C: case 0x201E: case 0x201D: return F_DQ;
	case '"': return F_SD;
	case 0x300C: return F_CJK1;
	case 0x300E: return F_CJK2;
	default: return F_NONE;
	}
}

/* The family of the mark opening at byte at. */
static enum family family_at(const struct scan *s, size_t at)
{
	int32_t c = utf8_next(s->t, s->len, &at);
	switch (c) {
	case 0xAB: case 0xBB: return F_GUIL;
	case 0x2039: case 0x203A: return F_SGUIL;
	case 0x201E: case 0x201C: case 0x201D: return F_DQ;
	case 0x201A: case 0x2018: case 0x2019: return F_SQ;
	case '"': return F_SD;
	case '\'': return F_SS;
	case 0x300C: case 0x300D: return F_CJK1;
	case 0x300E: case 0x300F: return F_CJK2;
	default: return F_NONE;
	}
}

/* Scan one paragraph.  *carry is the previous paragraph's quotation still
 * open at its end (or -1), *carry_fam its family; on return they hold this
 * paragraph's. */
static void scan_para(struct scan *s, size_t para, size_t lo, size_t hi, int *carry, enum family *carry_fam)
{
	const char *t = s->t;
	s->nst = 0;
	size_t start = lo;
	size_t first_out = s->n;   /* quotations emitted for this paragraph start here */
	int pending = -1;          /* a running quotation this paragraph did not reopen */
	enum family pending_fam = F_NONE;
	if (*carry >= 0) {
		size_t me = 0;
		enum family f = reopens(s, lo, hi, &me);
		if (f != F_NONE) {
			s->out[*carry].flags &= ~QM_UNCLOSED;
			s->out[*carry].flags |= QM_RUNS_ON;
			size_t at = skip_space_fwd(s, lo, hi);
			size_t j = at;
			int32_t c0 = utf8_next(t, hi, &j);
			int id = emit(s, at, hi, skip_space_fwd(s, me, hi), hi, para, QM_CONTINUED);
			s->out[id].prev_piece = *carry;
			push(s, at, me - at, f, c0);
			s->st[0].carry = id;
			start = me;
		} else {
			pending = *carry;
			pending_fam = *carry_fam;
		}
	}
	*carry = -1;
	*carry_fam = F_NONE;
	for (size_t i = start; (i = next_lead(t, i, hi)) < hi;) {
		size_t at = i, j = i;
		int32_t c = utf8_next(t, hi, &j);
		size_t len = j - at;
		i = j;
		enum family fam = F_NONE;
		int role = 0;          /* 1 open, 2 close, 3 either */
		switch (c) {
		case 0xAB: fam = F_GUIL; role = s->reversed ? 2 : 1; break;
		case 0xBB: fam = F_GUIL; role = s->reversed ? 1 : 2; break;
		case 0x2039: fam = F_SGUIL; role = s->reversed ? 2 : 1; break;
		case 0x203A: fam = F_SGUIL; role = s->reversed ? 1 : 2; break;
		case 0x201E: fam = F_DQ; role = 1; break;
		case 0x201C: fam = F_DQ; role = 3; break;
		case 0x201D: fam = F_DQ; role = 3; break;
		case 0x201A: fam = F_SQ; role = 1; break;
		case 0x2018: fam = F_SQ; role = 3; break;
		case 0x2019: fam = F_SQ; role = 2; break;
		case '"': fam = F_SD; role = 3; break;
		case '\'': fam = F_SS; role = 3; break;
		case 0x300C: fam = F_CJK1; role = 1; break;
		case 0x300D: fam = F_CJK1; role = 2; break;
		case 0x300E: fam = F_CJK2; role = 1; break;
		case 0x300F: fam = F_CJK2; role = 2; break;
		default: continue;
		}
		int32_t p = cp_before(s, lo, at), nx = cp_after(s, j, hi);
		long k = find_open(s, fam);
		switch (c) {
		case 0x201A:
			/* low single mark, or a comma look-alike */
			if (!(opens_after(p) && is_alnum(nx)))
				continue;
			break;
		case 0x201C:
			/* “ closes „ (German), or a “ when it reads as closing */
			if (k >= 0 && (s->st[k].cp == 0x201E || (!is_space(p) && !is_alnum(nx))))
				role = 2;
			else
				role = 1;
			break;
		case 0x201D:
			if (k >= 0)
				role = 2;
			else if (opens_after(p) && nx && !is_space(nx) && pending < 0)
				role = 1;      /* ”…” (Swedish, Finnish) */
			else
				role = 2;
			break;
		case 0x2018:
			if (is_alnum(p) && is_alnum(nx))
				continue;      /* a mistyped apostrophe */
			if (k >= 0 && s->st[k].cp == 0x201A)
				role = 2;
			else if (opens_after(p) && is_alnum(nx) && !u_isdigit(nx))
				role = 1;
			else
				continue;      /* ‘90s */
			break;
		case 0x2019:
			if (is_alnum(p) && is_alnum(nx))
				continue;      /* aujourd’hui, don’t */
			if (k < 0 || is_space(p) || is_alnum(nx))
				continue;      /* ’tis, the players’ union */
			break;
		case '"':
			if (k >= 0)
				role = 2;
			else if (u_isdigit(p))
				continue;      /* 6" (inches) */
			else if (nx && !is_space(nx) && pending < 0)
				role = 1;
			else
				role = 2;
			break;
		case '\'':
			if (is_alnum(p) && is_alnum(nx))
				continue;      /* don't, O'Brien, l'Europe */
			if (k >= 0 && !is_space(p) && !is_alnum(nx))
				role = 2;
			else if (opens_after(p) && is_alnum(nx) && !u_isdigit(nx))
				role = 1;      /* 'n' and 'em never close well: dropped */
			else
				continue;
			break;
		default:
			break;
		}
		if (role == 1) {
			push(s, at, len, fam, c);
			continue;
		}
		if (k >= 0) {
			close_at(s, k, at, len, para);
			continue;
		}
		if (pending >= 0 && (fam == pending_fam || (double_family(fam) && s->nst == 0))) {
			/* The previous paragraph's quotation ends here without reopening. */
			s->out[pending].flags &= ~QM_UNCLOSED;
			s->out[pending].flags |= QM_RUNS_ON;
			size_t is = skip_space_fwd(s, lo, at);
			size_t ie = skip_space_back(s, is, at);
			if (letters(s, is, ie) > 0) {
				int id = emit(s, lo, at + len, is, ie, para, QM_CONTINUED);
				s->out[id].prev_piece = pending;
			}
			pending = -1;
		}
	}
	/* Open marks left: single ones were apostrophes; the outermost double
	 * one runs to the end of the paragraph. */
	for (size_t k = 0; k < s->nst; k++) {
		struct open o = s->st[k];
		if (!double_family(o.fam))
			continue;
		size_t is = skip_space_fwd(s, o.at + o.len, hi);
		size_t ie = skip_space_back(s, is, hi);
		if (o.carry >= 0) {
			struct qmark *m = &s->out[o.carry];
			m->oe = hi;
			m->ie = ie;
			m->flags |= QM_UNCLOSED;
			*carry = o.carry;
		} else {
			if (letters(s, is, ie) == 0)
				break;
			/* a quotation opening with a mark of its family closed after it
			 * in the paragraph: a stray mark, not the start of a quotation
			 * running on (one of another family is nested in it:
			 * « Il a écrit "non", puis … runs on) */
			bool stray = false;
			for (size_t q = first_out; q < s->n && !stray; q++)
				if (s->out[q].os > o.at && family_at(s, s->out[q].os) == o.fam)
					stray = true;
			int id = emit(s, o.at, hi, is, ie, para, QM_UNCLOSED);
			if (stray)
				break;
			*carry = id;
		}
		*carry_fam = o.fam;
		break;
	}
	s->nst = 0;
}

static int cmp_mark(const void *a, const void *b)
{
	const struct qmark *x = a, *y = b;
	if (x->os != y->os)
		return x->os < y->os ? -1 : 1;
	if (x->oe != y->oe)
		return x->oe > y->oe ? -1 : 1;
	/* then in emission order (parent holds it while sorting): the
	 * order a stable sort gives, whatever the qsort */
	return x->parent < y->parent ? -1 : x->parent > y->parent;
}

size_t qmarks_find(const doc *d, const lang *l, struct qmark **out)
{
	struct scan s = {0};
	s.t = doc_text(d);
	s.len = doc_len(d);
	const char *lo0 = l ? lang_quote(l, false, false) : NULL;
	const char *li0 = l ? lang_quote(l, true, false) : NULL;
	s.reversed = (lo0 && strcmp(lo0, "\xC2\xBB") == 0) || (li0 && strcmp(li0, "\xC2\xBB") == 0);
	size_t np = doc_npara(d);
	int carry = -1;
	enum family carry_fam = F_NONE;
	for (size_t p = 0; p < np; p++) {
		struct span sp = doc_para(d, p);
		scan_para(&s, p, sp.start, sp.end, &carry, &carry_fam);
	}
	/* An unclosed mark inside a paragraph (not opening it) is bounded by its
	 * sentence: « Il a dit « bonjour. Puis … » keeps the rest of the paragraph. */
	for (size_t i = 0; i < s.n; i++) {
		struct qmark *m = &s.out[i];
		if (!(m->flags & QM_UNCLOSED) || (m->flags & (QM_RUNS_ON | QM_CONTINUED)))
			continue;
		struct span sp = doc_para(d, m->para);
		if (skip_space_fwd(&s, sp.start, sp.end) == m->os)
			continue;
		struct span se = doc_sent(d, doc_sent_at(d, m->os));
		if (se.end > m->is && se.end < m->oe) {
			m->oe = se.end;
			m->ie = skip_space_back(&s, m->is, se.end);
		}
	}
	/* Sort by position (inner quotations were emitted first), keeping the
	 * links between pieces, then find each one's enclosing quotation. */
	for (size_t i = 0; i < s.n; i++)
		s.out[i].parent = (int)i;
	if (s.n)
		qsort(s.out, s.n, sizeof *s.out, cmp_mark);
	int *stack = xmalloc((s.n + 1) * sizeof *stack);
	for (size_t i = 0; i < s.n; i++)
		stack[s.out[i].parent] = (int)i;
	for (size_t i = 0; i < s.n; i++) {
		if (s.out[i].prev_piece >= 0)
			s.out[i].prev_piece = stack[s.out[i].prev_piece];
		s.out[i].parent = -1;
	}
	size_t ns = 0;
	for (size_t i = 0; i < s.n; i++) {
		while (ns && s.out[stack[ns - 1]].oe <= s.out[i].os)
			ns--;
		if (ns) {
			s.out[i].parent = stack[ns - 1];
			s.out[i].flags |= QM_NESTED;
		}
		stack[ns++] = (int)i;
	}
	free(stack);
	free(s.st);
	*out = s.out;
	return s.n;
}
