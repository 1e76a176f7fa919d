/* doc.c — the document model: paragraphs, sentences, words, title, date,
 * offset conversion.  Segmentation uses ICU break iterators over a UTF-8
 * UText, so boundaries are byte offsets without any UTF-16 copy. */
#include "doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "lang.h"

#define CHECKPOINT 1024   /* bytes between offset-conversion checkpoints */
/* Longest text a doc holds (the loader refuses more than 2 GiB): its
 * paragraph and sentence bounds are 32-bit, half the memory of struct
 * span (a 100 MB text has a million sentences). */
#define DOC_MAX ((size_t)UINT32_MAX - 1)

struct span32 {
	uint32_t start, end;
};

static struct span wide(struct span32 s)
{
	return (struct span){s.start, s.end};
}

static struct span32 narrow(struct span s)
{
	return (struct span32){(uint32_t)s.start, (uint32_t)s.end};
}

struct doc {
	char *text;
	size_t len;
	const lang *lang;
	struct span32 *para;
	size_t npara, cappara;
	struct span32 *sent;
	size_t nsent, capsent;
	struct span title;
	bool has_date, date_from_text;
	int y, m, d;
	struct span dateline;
	size_t *cp_at, *u16_at;  /* counts before byte k*CHECKPOINT */
	size_t ncheck;
	bool segmented;          /* doc_segment() done */
	bool borrowed;           /* a window: the text belongs to another doc */
};

const char *doc_text(const doc *d) { return d->text; }
size_t doc_len(const doc *d) { return d->len; }
const struct lang *doc_lang(const doc *d) { return d->lang; }
size_t doc_npara(const doc *d) { return d->npara; }
size_t doc_nsent(const doc *d) { return d->nsent; }
struct span doc_title(const doc *d) { return d->title; }

struct span doc_para(const doc *d, size_t i)
{
	return i < d->npara ? wide(d->para[i]) : (struct span){d->len, d->len};
}

struct span doc_sent(const doc *d, size_t i)
{
	return i < d->nsent ? wide(d->sent[i]) : (struct span){d->len, d->len};
}

/* Index of the first span whose end is > byte (the span holding byte, or
 * the next one). */
static size_t span_search(const struct span32 *s, size_t n, size_t byte)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s[mid].end <= byte)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t doc_para_at(const doc *d, size_t byte) { return span_search(d->para, d->npara, byte); }
size_t doc_sent_at(const doc *d, size_t byte) { return span_search(d->sent, d->nsent, byte); }

static bool is_space_cp(int32_t c)
{
	return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B;
}

static struct span trim(const char *t, struct span s)
{
	while (s.start < s.end) {
		size_t k = s.start;
		int32_t c = utf8_next(t, s.end, &k);
		if (!is_space_cp(c))
			break;
		s.start = k;
	}
	while (s.end > s.start) {
		size_t k = utf8_prev(t, s.end);
		size_t j = k;
		int32_t c = utf8_next(t, s.end, &j);
		if (!is_space_cp(c))
			break;
		s.end = k;
	}
	return s;
}

static void find_paragraphs(doc *d)
{
	size_t i = 0;
	while (i <= d->len && i < d->len) {
		const char *nl = memchr(d->text + i, '\n', d->len - i);
		size_t e = nl ? (size_t)(nl - d->text) : d->len;
		struct span s = trim(d->text, (struct span){i, e});
		if (s.end > s.start) {
			d->para = xgrow(d->para, &d->cappara, d->npara + 1, sizeof *d->para);
			d->para[d->npara++] = narrow(s);
		}
		i = e + 1;
	}
}

/* ---- words ----------------------------------------------------------- */

struct wb_cache {
	UBreakIterator *bi;
	char locale[32];
};
static _Thread_local struct wb_cache word_cache, sent_cache;
/* doc_words() breaks a UTF-16 copy of its span (ICU reads it faster than
 * UTF-8 text): the copy, and the byte offset of each of its code units. */
static _Thread_local struct {
	UChar *u;
	int32_t *byte;
	size_t cap;
} w16;

void doc_thread_done(void)
{
	free(w16.u);
	free(w16.byte);
	w16.u = NULL;
	w16.byte = NULL;
	w16.cap = 0;
	struct wb_cache *c[] = {&word_cache, &sent_cache};
	for (size_t i = 0; i < ARRAY_LEN(c); i++) {
		if (c[i]->bi)
			ubrk_close(c[i]->bi);
		c[i]->bi = NULL;
		c[i]->locale[0] = 0;
	}
}

static UBreakIterator *cached_iter(struct wb_cache *c, UBreakIteratorType type, const char *locale)
{
	if (c->bi && strcmp(c->locale, locale) == 0)
		return c->bi;
	if (c->bi)
		ubrk_close(c->bi);
	UErrorCode st = U_ZERO_ERROR;
	c->bi = ubrk_open(type, locale, NULL, 0, &st);
	if (U_FAILURE(st)) {
		st = U_ZERO_ERROR;
		c->bi = ubrk_open(type, "", NULL, 0, &st);
	}
	snprintf(c->locale, sizeof c->locale, "%s", locale);
	return U_SUCCESS(st) ? c->bi : NULL;
}

static void push_word(struct word **out, size_t *cap, size_t *n, size_t s, size_t e, enum word_kind k)
{
	*out = xgrow(*out, cap, *n + 1, sizeof **out);
	(*out)[(*n)++] = (struct word){s, e, k};
}

/* Length of the elision prefix of a letter word ("l'" in "l'Europe",
 * "jusqu'" in "jusqu'ici"), 0 if none. */
static size_t elision_prefix(const lexicon *el, const char *t, size_t s, size_t e)
{
	if (!lex_size(el))
		return 0;
	for (size_t i = s; i < e; i++) {
		size_t alen = 0;
		if (t[i] == '\'')
			alen = 1;
		else if ((unsigned char)t[i] == 0xE2 && i + 2 < e + 1 && (unsigned char)t[i + 1] == 0x80 &&
		         (unsigned char)t[i + 2] == 0x99)
			alen = 3;
		if (!alen)
			continue;
		if (i + alen >= e)
			return 0;
		return lex_has(el, t + s, i + alen - s) ? i + alen - s : 0;
	}
	return 0;
}

size_t doc_words(const doc *d, struct span s, struct word **out, size_t *cap)
{
	size_t n = 0;
	if (s.end <= s.start || s.end > d->len)
		return 0;
	UBreakIterator *bi = cached_iter(&word_cache, UBRK_WORD, d->lang ? lang_code(d->lang) : "");
	if (!bi)
		return 0;
	size_t len = s.end - s.start;
	if (len >= INT32_MAX / 2)
		return 0;
	if (len + 1 > w16.cap) {
		size_t c = w16.cap;
		w16.u = xgrow(w16.u, &c, len + 1, sizeof *w16.u);
		c = w16.cap;
		w16.byte = xgrow(w16.byte, &c, len + 1, sizeof *w16.byte);
		w16.cap = c;
	}
	int32_t nu = 0;
	for (size_t i = s.start; i < s.end;) {
		int32_t at = (int32_t)(i - s.start);
		unsigned char c0 = (unsigned char)d->text[i];
		if (c0 < 0x80) {
			w16.byte[nu] = at;
			w16.u[nu++] = c0;
			i++;
			continue;
		}
		int32_t cp = utf8_next(d->text, s.end, &i);
		if (cp > 0xFFFF) {
			w16.byte[nu] = at;
			w16.u[nu++] = U16_LEAD(cp);
			w16.byte[nu] = at;
			w16.u[nu++] = U16_TRAIL(cp);
		} else {
			w16.byte[nu] = at;
			w16.u[nu++] = (UChar)cp;
		}
	}
	w16.byte[nu] = (int32_t)len;
	UErrorCode st = U_ZERO_ERROR;
	ubrk_setText(bi, w16.u, nu, &st);
	if (U_FAILURE(st))
		return 0;
	const lexicon *el = lang_lex(d->lang, "elisions");
	int32_t prev = ubrk_first(bi);
	for (int32_t b = ubrk_next(bi); b != UBRK_DONE; prev = b, b = ubrk_next(bi)) {
		size_t ws = s.start + (size_t)w16.byte[prev], we = s.start + (size_t)w16.byte[b];
		int32_t status = ubrk_getRuleStatus(bi);
		enum word_kind k;
		if (status >= UBRK_WORD_LETTER)
			k = WORD_LETTER;
		else if (status >= UBRK_WORD_NUMBER)
			k = WORD_NUMBER;
		else {
			size_t j = ws;
			int32_t c = utf8_next(d->text, we, &j);
			if (is_space_cp(c))
				continue;
			k = WORD_PUNCT;
		}
		if (k == WORD_LETTER) {
			size_t pl;
			while ((pl = elision_prefix(el, d->text, ws, we)) > 0) {
				push_word(out, cap, &n, ws, ws + pl, WORD_LETTER);
				ws += pl;
			}
		}
		push_word(out, cap, &n, ws, we, k);
	}
	/* The iterator keeps pointing at w16.u: harmless, as it is always
	 * given a new text before it is used. */
	return n;
}

/* ---- sentences ------------------------------------------------------- */

/* Does the text before byte `end` finish with an abbreviation that should
 * not end a sentence ("M.", "Mr.", "U.S.", an initial "J.")? */
static bool ends_with_abbrev(const doc *d, size_t start, size_t end)
{
	const char *t = d->text;
	while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\t'))
		end--;
	if (end <= start || t[end - 1] != '.')
		return false;
	size_t w = end - 1;
	/* The word before the dot, including inner dots ("U.S"). */
	while (w > start) {
		size_t p = utf8_prev(t, w);
		size_t k = p;
		int32_t c = utf8_next(t, end, &k);
		if (!(u_isalpha(c) || c == '.'))
			break;
		w = p;
	}
	if (w == end - 1)
		return false;
	const lexicon *ab = lang_lex(d->lang, "abbreviations");
	if (lex_has(ab, t + w, end - w) || lex_has(ab, t + w, end - 1 - w))
		return true;
	/* A single capital letter: an initial. */
	size_t k = w;
	int32_t c = utf8_next(t, end, &k);
	if (k == end - 1 && u_isupper(c))
		return true;
	/* Dotted acronyms "U.S." "J.-C." */
	int dots = 0;
	for (size_t i = w; i < end; i++)
		dots += t[i] == '.';
	return dots >= 2 && end - w <= 8;
}

static void add_sentence(doc *d, struct span s)
{
	s = trim(d->text, s);
	if (s.end <= s.start)
		return;
	d->sent = xgrow(d->sent, &d->capsent, d->nsent + 1, sizeof *d->sent);
	d->sent[d->nsent++] = narrow(s);
}

static void find_sentences(doc *d)
{
	char loc[48];
	snprintf(loc, sizeof loc, "%s@ss=standard", d->lang ? lang_code(d->lang) : "");
	UBreakIterator *bi = cached_iter(&sent_cache, UBRK_SENTENCE, loc);
	for (size_t p = 0; p < d->npara; p++) {
		struct span ps = wide(d->para[p]);
		if (!bi) {
			add_sentence(d, ps);
			continue;
		}
		UErrorCode st = U_ZERO_ERROR;
		UText *ut = utext_openUTF8(NULL, d->text + ps.start, (int64_t)(ps.end - ps.start), &st);
		if (U_FAILURE(st)) {
			add_sentence(d, ps);
			continue;
		}
		ubrk_setUText(bi, ut, &st);
		size_t cur = ps.start;
		int32_t b = ubrk_first(bi);
		while ((b = ubrk_next(bi)) != UBRK_DONE) {
			size_t e = ps.start + (size_t)b;
			if (e < ps.end && ends_with_abbrev(d, cur, e))
				continue;
			add_sentence(d, (struct span){cur, e});
			cur = e;
		}
		if (cur < ps.end)
			add_sentence(d, (struct span){cur, ps.end});
		utext_close(ut);
	}
	if (bi) {
		UErrorCode st = U_ZERO_ERROR;
		UText *empty = utext_openUTF8(NULL, "", 0, &st);
		if (U_SUCCESS(st)) {
			ubrk_setUText(bi, empty, &st);
			utext_close(empty);
		}
	}
}

/* ---- dateline -------------------------------------------------------- */

static bool days_ok(int y, int m, int d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	return true;
}

/* Month number if the word s[0..n) is a month name (wide or abbreviated,
 * case-insensitive, optional trailing '.'), else 0. */
static int month_of(const lang *l, const char *s, size_t n)
{
	if (n && s[n - 1] == '.')
		n--;
	if (!n || n > 40)
		return 0;
	size_t fl;
	char *f = lang_fold(s, n, &fl);
	int found = 0;
	for (int m = 1; m <= 12 && !found; m++)
		for (int a = 0; a < 2; a++) {
			size_t kl;
			const char *name = lang_month(l, m, a);
			char *k = lang_fold(name, strlen(name), &kl);
			if (kl && kl == fl && memcmp(k, f, fl) == 0)
				found = m;
			free(k);
			if (found)
				break;
		}
	/* English "Sept." */
	if (!found && fl == 4 && memcmp(f, "sept", 4) == 0)
		found = 9;
	free(f);
	return found;
}

static int num_of(const char *s, size_t n, size_t maxdigits)
{
	if (!n || n > maxdigits)
		return -1;
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Look for a full date in span s; sets y/m/d and the matched span. */
static bool find_date(const doc *d, struct span s, int *y, int *m, int *dd, struct span *found)
{
	struct word *w = NULL;
	size_t cap = 0;
	size_t n = doc_words(d, s, &w, &cap);
	const char *t = d->text;
	bool ok = false;
	for (size_t i = 0; i < n && !ok; i++) {
		size_t len = w[i].end - w[i].start;
		const char *p = t + w[i].start;
		/* ISO: 2025 - 12 - 03 (ICU splits digits and hyphens) */
		if (w[i].kind == WORD_NUMBER && len == 4 && i + 4 < n && t[w[i + 1].start] == '-' &&
		    w[i + 2].kind == WORD_NUMBER && t[w[i + 3].start] == '-' && w[i + 4].kind == WORD_NUMBER) {
			int Y = num_of(p, len, 4), M = num_of(t + w[i + 2].start, w[i + 2].end - w[i + 2].start, 2),
			    D = num_of(t + w[i + 4].start, w[i + 4].end - w[i + 4].start, 2);
			if (days_ok(Y, M, D)) {
				*y = Y; *m = M; *dd = D;
				*found = (struct span){w[i].start, w[i + 4].end};
				ok = true;
			}
			continue;
		}
		/* ICU may keep "2025-12-03" as one number-ish token sequence; handle a single token too. */
		if (len == 10 && p[4] == '-' && p[7] == '-') {
			int Y = num_of(p, 4, 4), M = num_of(p + 5, 2, 2), D = num_of(p + 8, 2, 2);
			if (days_ok(Y, M, D)) {
				*y = Y; *m = M; *dd = D;
				*found = (struct span){w[i].start, w[i].end};
				ok = true;
			}
			continue;
		}
		/* Day Month Year: "21 décembre 2006", "1er décembre 2006" */
		if (w[i].kind == WORD_NUMBER || (w[i].kind == WORD_LETTER && len >= 3 && p[0] >= '0' && p[0] <= '9')) {
			size_t dl = 0;
			while (dl < len && p[dl] >= '0' && p[dl] <= '9')
				dl++;
			int D = num_of(p, dl, 2);
			size_t j = i + 1;
			if (j < n && w[j].kind == WORD_LETTER && (size_t)(w[j].end - w[j].start) <= 3 && dl == len &&
			    !month_of(d->lang, t + w[j].start, w[j].end - w[j].start))
				j++;  /* ordinal suffix as its own word: "1 er" */
			if (D > 0 && j + 1 < n) {
				size_t me = w[j].end;
				if (me < s.end && t[me] == '.')
					me++;
				int M = month_of(d->lang, t + w[j].start, me - w[j].start);
				size_t k = j + 1;
				if (k < n && t[w[k].start] == '.')
					k++;
				int Y = k < n ? num_of(t + w[k].start, w[k].end - w[k].start, 4) : -1;
				if (M && days_ok(Y, M, D)) {
					*y = Y; *m = M; *dd = D;
					*found = (struct span){w[i].start, w[k].end};
					ok = true;
					continue;
				}
			}
		}
		/* Month Day, Year: "December 3, 2025", "Dec. 3, 2025" */
		if (w[i].kind == WORD_LETTER) {
			size_t me = w[i].end;
			if (me < s.end && t[me] == '.')
				me++;
			int M = month_of(d->lang, p, me - w[i].start);
			size_t j = i + 1;
			if (M && j < n && t[w[j].start] == '.')
				j++;
			if (M && j < n && w[j].kind == WORD_NUMBER) {
				int D = num_of(t + w[j].start, w[j].end - w[j].start, 2);
				size_t k = j + 1;
				if (k < n && t[w[k].start] == ',')
					k++;
				int Y = k < n ? num_of(t + w[k].start, w[k].end - w[k].start, 4) : -1;
				if (days_ok(Y, M, D)) {
					*y = Y; *m = M; *dd = D;
					*found = (struct span){w[i].start, w[k].end};
					ok = true;
				}
			}
		}
	}
	free(w);
	return ok;
}

/* Does the paragraph open with a word of two or more capital letters
 * ("WASHINGTON", "PARIS")? */
static bool opens_with_capitals(const doc *d, struct span s)
{
	size_t i = s.start, caps = 0;
	while (i < s.end) {
		size_t k = i;
		int32_t c = utf8_next(d->text, s.end, &k);
		if (!u_isalpha(c))
			break;
		if (!u_isupper(c))
			return false;
		caps++;
		i = k;
	}
	return caps >= 2;
}

static void find_dateline(doc *d)
{
	const lexicon *cues = lang_lex(d->lang, "dateline_cues");
	/* A short line near the top holding a full date, or a line that opens
	 * with a dateline cue ("Publié le", "Published") anywhere in the first
	 * lines or the last line. */
	size_t look = d->npara < 6 ? d->npara : 6;
	for (size_t pass = 0; pass < 2 && !d->has_date; pass++) {
		for (size_t i = 0; i < d->npara && !d->has_date; i++) {
			if (i >= look && i != d->npara - 1)
				continue;
			struct span s = wide(d->para[i]);
			size_t plen = s.end - s.start;
			bool cue = false;
			if (lex_size(cues)) {
				struct word *w = NULL;
				size_t cap = 0, n = doc_words(d, (struct span){s.start, s.start + (plen < 80 ? plen : 80)}, &w, &cap);
				for (size_t k = 1; k <= 3 && k <= n && !cue; k++)
					cue = lex_has(cues, d->text + w[0].start, w[k - 1].end - w[0].start);
				free(w);
			}
			bool shortline = utf8_cplen(d->text + s.start, plen) <= 80 && i > 0;
			/* A wire-style dateline opening the first paragraphs:
			 * "WASHINGTON (Dec. 3, 2025) -", "PARIS, 3 décembre 2025 (AFP) -". */
			bool wire = i > 0 && i < look && opens_with_capitals(d, s);
			if (pass == 0 ? !cue : !((shortline || wire) && i < look))
				continue;
			int y, m, dd;
			struct span f;
			struct span head = s;
			if (pass == 1 && wire && !shortline && head.end - head.start > 64)
				head.end = head.start + 64;  /* the date must stand in the opening words */
			if (find_date(d, head, &y, &m, &dd, &f)) {
				d->has_date = d->date_from_text = true;
				d->y = y; d->m = m; d->d = dd;
				d->dateline = s;
			}
		}
	}
}

/* ---- offsets ------------------------------------------------------- */

static void build_checkpoints(doc *d)
{
	d->ncheck = d->len / CHECKPOINT + 1;
	d->cp_at = xmalloc(d->ncheck * sizeof *d->cp_at);
	d->u16_at = xmalloc(d->ncheck * sizeof *d->u16_at);
	size_t cp = 0, u16 = 0;
	for (size_t k = 0; k < d->ncheck; k++) {
		d->cp_at[k] = cp;
		d->u16_at[k] = u16;
		size_t s = k * CHECKPOINT, e = s + CHECKPOINT < d->len ? s + CHECKPOINT : d->len;
		size_t n = utf8_cplen(d->text + s, e - s);
		cp += n;
		u16 += n + utf8_astral(d->text + s, e - s);   /* a surrogate pair each */
	}
}

size_t doc_cp(const doc *d, size_t byte)
{
	if (byte > d->len)
		byte = d->len;
	if (!d->cp_at)
		return utf8_cplen(d->text, byte);   /* not segmented yet */
	size_t k = byte / CHECKPOINT;
	return d->cp_at[k] + utf8_cplen(d->text + k * CHECKPOINT, byte - k * CHECKPOINT);
}

size_t doc_u16(const doc *d, size_t byte)
{
	if (byte > d->len)
		byte = d->len;
	size_t k = d->u16_at ? byte / CHECKPOINT : 0;   /* not segmented yet: count from the start */
	const char *s = d->text + k * CHECKPOINT;
	size_t n = byte - k * CHECKPOINT;
	return (d->u16_at ? d->u16_at[k] : 0) + utf8_cplen(s, n) + utf8_astral(s, n);
}

size_t doc_byte_of_cp(const doc *d, size_t cp)
{
	size_t lo = 0, hi = d->cp_at ? d->ncheck : 1;    /* not segmented yet: count from the start */
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (d->cp_at[mid] <= cp)
			lo = mid;
		else
			hi = mid;
	}
	size_t i = lo * CHECKPOINT, c = d->cp_at ? d->cp_at[lo] : 0;
	/* Skip continuation bytes at the checkpoint. */
	while (i < d->len && ((unsigned char)d->text[i] & 0xC0) == 0x80)
		i++;
	while (i < d->len && c < cp) {
		i++;
		while (i < d->len && ((unsigned char)d->text[i] & 0xC0) == 0x80)
			i++;
		c++;
	}
	return i;
}

/* ---- life cycle ---------------------------------------------------- */

doc *doc_new_plain(char *text, size_t len)
{
	doc *d = xcalloc(1, sizeof *d);
	if (len > DOC_MAX) {
		len = DOC_MAX;   /* cut at a character's start */
		while (len && ((unsigned char)text[len] & 0xC0) == 0x80)
			len--;
		text[len] = 0;
	}
	d->text = text;
	d->len = len;
	find_paragraphs(d);
	if (d->npara)
		d->title = wide(d->para[0]);
	else
		d->title = (struct span){0, 0};
	return d;
}

void doc_segment(doc *d, const struct lang *l)
{
	if (d->segmented)
		return;
	d->lang = l;
	find_sentences(d);
	build_checkpoints(d);
	if (l)
		find_dateline(d);
	d->segmented = true;
}

bool doc_segmented(const doc *d)
{
	return d->segmented;
}

doc *doc_new(char *text, size_t len, const struct lang *l)
{
	doc *d = doc_new_plain(text, len);
	doc_segment(d, l);
	return d;
}

doc *doc_window(const doc *d, size_t p0, size_t p1, size_t *base)
{
	if (p1 > d->npara)
		p1 = d->npara;
	if (p0 > p1)
		p0 = p1;
	size_t b = p0 < p1 ? d->para[p0].start : d->len;
	size_t e = p0 < p1 ? d->para[p1 - 1].end : d->len;
	doc *w = xcalloc(1, sizeof *w);
	w->text = d->text + b;
	w->len = e - b;
	w->lang = d->lang;
	w->borrowed = true;
	w->segmented = d->segmented;
	w->npara = w->cappara = p1 - p0;
	w->para = xmalloc((w->npara + 1) * sizeof *w->para);
	for (size_t i = 0; i < w->npara; i++)
		w->para[i] = (struct span32){(uint32_t)(d->para[p0 + i].start - b), (uint32_t)(d->para[p0 + i].end - b)};
	size_t s0 = span_search(d->sent, d->nsent, b), s1 = span_search(d->sent, d->nsent, e);
	w->nsent = w->capsent = s1 - s0;
	w->sent = xmalloc((w->nsent + 1) * sizeof *w->sent);
	for (size_t i = 0; i < w->nsent; i++)
		w->sent[i] = (struct span32){(uint32_t)(d->sent[s0 + i].start - b), (uint32_t)(d->sent[s0 + i].end - b)};
	w->title = w->npara ? wide(w->para[0]) : (struct span){0, 0};
	if (d->has_date && (!d->date_from_text || (d->dateline.start >= b && d->dateline.end <= e))) {
		w->has_date = true;
		w->date_from_text = d->date_from_text;
		w->y = d->y;
		w->m = d->m;
		w->d = d->d;
		if (d->date_from_text)
			w->dateline = (struct span){d->dateline.start - b, d->dateline.end - b};
	}
	if (base)
		*base = b;
	return w;
}

void doc_free(doc *d)
{
	if (!d)
		return;
	if (!d->borrowed)
		free(d->text);
	free(d->para);
	free(d->sent);
	free(d->cp_at);
	free(d->u16_at);
	free(d);
}

bool doc_date(const doc *d, int *y, int *m, int *day)
{
	if (!d->has_date)
		return false;
	if (y) *y = d->y;
	if (m) *m = d->m;
	if (day) *day = d->d;
	return true;
}

void doc_set_date(doc *d, int y, int m, int day)
{
	d->has_date = true;
	d->date_from_text = false;
	d->y = y;
	d->m = m;
	d->d = day;
}

bool doc_dateline(const doc *d, struct span *s)
{
	if (!d->date_from_text)
		return false;
	if (s)
		*s = d->dateline;
	return true;
}
