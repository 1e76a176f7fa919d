/* doc.c — the document model: paragraphs, sentences, words, title, date,
 * offset conversion.  Segmentation uses ICU break iterators over a UTF-8
 * UText, so boundaries are byte offsets without any UTF-16 copy. */
#include "doc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "hindex.h"
#include "lang.h"

/* Bytes between offset-conversion checkpoints: an exporter converts two
 * offsets an annotation, in no particular order, and counts from the
 * checkpoint before each (a few words of eight bytes). */
#define CHECKPOINT 256
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
	uint32_t *cp_at, *u16_at;  /* counts before byte k*CHECKPOINT (below DOC_MAX) */
	size_t ncheck;
	bool segmented;          /* doc_segment() done */
	bool borrowed;           /* a window: the text belongs to another doc */
	struct wcache *wc;       /* the words of paragraphs (doc_words), once segmented */
	const doc *parent;       /* a window's document (its words are the parent's) */
	size_t pbase;            /* the window's offset in it */
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
	bool ascii;              /* the copy is of ASCII text: byte is not filled */
} w16;

/* The byte offset (from the span's start) of unit i of the copy. */
static inline size_t w16_at(int32_t i)
{
	return (size_t)(w16.ascii ? i : w16.byte[i]);
}

/* The segments of the break iteration of a span, before the words are
 * made of them: start and end bytes and ICU's rule status. */
struct bseg {
	size_t s, e;
	int32_t status;
};
static _Thread_local struct {
	struct bseg *v;
	size_t n, cap;
} segs;

void doc_thread_done(void)
{
	free(segs.v);
	segs.v = NULL;
	segs.n = segs.cap = 0;
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

/* The UTF-16 copy of t[s) in w16 (and the byte offset, from s.start, of
 * each unit, unless the span is ASCII: see w16_at()): its length, -1 if
 * too long. */
static int32_t to_w16(const char *t, struct span s)
{
	size_t len = s.end - s.start;
	if (len >= INT32_MAX / 2)
		return -1;
	if (len + 1 > w16.cap) {
		size_t c = w16.cap;
		w16.u = xgrow(w16.u, &c, len + 1, sizeof *w16.u);
		c = w16.cap;
		w16.byte = xgrow(w16.byte, &c, len + 1, sizeof *w16.byte);
		w16.cap = c;
	}
	/* ASCII (most English paragraphs): a unit a byte, no offsets to keep. */
	const unsigned char *a = (const unsigned char *)t + s.start;
	size_t k = 0;
	for (; k + 8 <= len; k += 8) {
		uint64_t x;
		memcpy(&x, a + k, 8);
		if (x & 0x8080808080808080ull)
			break;
	}
	while (k < len && a[k] < 0x80)
		k++;
	w16.ascii = k == len;
	if (w16.ascii) {
		for (size_t i = 0; i < len; i++)
			w16.u[i] = a[i];
		return (int32_t)len;
	}
	/* The ASCII head, then eight ASCII bytes at a time where they are. */
	for (size_t i = 0; i < k; i++) {
		w16.u[i] = a[i];
		w16.byte[i] = (int32_t)i;
	}
	int32_t nu = (int32_t)k;
	for (size_t i = s.start + k; i < s.end;) {
		int32_t at = (int32_t)(i - s.start);
		uint64_t x;
		if (i + 8 <= s.end && (memcpy(&x, t + i, 8), !(x & 0x8080808080808080ull))) {
			for (int j = 0; j < 8; j++) {
				w16.u[nu + j] = (unsigned char)t[i + (size_t)j];
				w16.byte[nu + j] = at + j;
			}
			nu += 8;
			i += 8;
			continue;
		}
		unsigned char c0 = (unsigned char)t[i];
		if (c0 < 0x80) {
			w16.byte[nu] = at;
			w16.u[nu++] = c0;
			i++;
			continue;
		}
		int32_t cp = utf8_next(t, s.end, &i);
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
	return nu;
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

/* The words of s by ICU.  With fl, (*fl)[i] tells whether word i starts
 * (WC_START) and ends (WC_END) at a boundary of the break iterator rather
 * than inside a word split at an elision. */
enum { WC_START = 4, WC_END = 8 };


static void seg_push(size_t s, size_t e, int32_t status)
{
	if (segs.n == segs.cap)
		segs.v = xgrow(segs.v, &segs.cap, segs.n + 1, sizeof *segs.v);
	segs.v[segs.n++] = (struct bseg){s, e, status};
}

/* Appends the segments of breaking s by itself; false on an ICU error. */
static bool icu_segments(const doc *d, struct span s)
{
	UBreakIterator *bi = cached_iter(&word_cache, UBRK_WORD, d->lang ? lang_code(d->lang) : "");
	if (!bi)
		return false;
	int32_t nu = to_w16(d->text, s);
	if (nu < 0)
		return false;
	UErrorCode st = U_ZERO_ERROR;
	ubrk_setText(bi, w16.u, nu, &st);
	if (U_FAILURE(st))
		return false;
	int32_t prev = ubrk_first(bi);
	for (int32_t b = ubrk_next(bi); b != UBRK_DONE; prev = b, b = ubrk_next(bi))
		seg_push(s.start + w16_at(prev), s.start + w16_at(b), ubrk_getRuleStatus(bi));
	/* The iterator keeps pointing at w16.u: harmless, as it is always
	 * given a new text before it is used. */
	return true;
}

/* ---- chunk cache ----------------------------------------------------- *
 *
 * News text repeats its words: a paragraph is broken chunk by chunk (the
 * runs of characters between U+0020 spaces), and the words made of the
 * segments ICU gives a chunk (elisions split, as below) are kept under its
 * bytes, so that the next occurrence of "said," or "l'Europe" costs a hash
 * lookup instead of ICU's state machine.  Making words looks at nothing
 * outside a segment.
 *
 * This gives the segments of breaking the whole span: by UAX #29 (ICU's
 * word rules) the only rules that join a character to a following space
 * are WB3d (WSegSpace x WSegSpace) and CR x LF, and the only ones that join
 * a space to what follows are WB3d and WB4 (x Extend | Format | ZWJ).  So
 * when a chunk neither starts with WSegSpace, Extend, Format or ZWJ nor
 * ends with WSegSpace, there are boundaries at both its ends, no rule
 * matches across them, and a break iterator started at the chunk's start
 * (a boundary) finds the chunk's boundaries and rule statuses from the
 * chunk alone.  The runs of spaces between chunks are segments of status 0
 * that begin with a space, which give no word.  A span with a chunk that
 * does not qualify is broken whole. */
#define CHUNK_MAX 48            /* longest chunk kept, in bytes */
#define CHUNK_ITEMS (1u << 16)  /* chunks kept, at most (a few MB) */

struct chunk {
	uint32_t key, code, hash;  /* key: offset in keys; code: in code */
	uint8_t klen, nword;
};
struct chunks {
	struct chunk *e;
	size_t n, cap;
	char *keys;
	size_t nkeys, capkeys;
	uint8_t *code;             /* a word: start, end (bytes from the chunk's start), kind | WC flags */
	size_t ncode, capcode;
	struct hindex ix;
};

static uint32_t chunk_hash_of(const void *ctx, size_t i)
{
	return ((const struct chunks *)ctx)->e[i].hash;
}

static void chunks_free(struct chunks *c)
{
	free(c->e);
	free(c->keys);
	free(c->code);
	hindex_free(&c->ix);
	memset(c, 0, sizeof *c);
}

/* The words of segments segs.v[0..segs.n), appended to *out (n of them
 * there) and their flags to *fl. */
static void seg_words(const doc *d, const lexicon *el, struct word **out, size_t *cap, size_t *n,
                      unsigned char **fl, size_t *flcap)
{
	for (size_t g = 0; g < segs.n; g++) {
		size_t ws = segs.v[g].s, we = segs.v[g].e;
		int32_t status = segs.v[g].status;
		enum word_kind k;
		if (status >= UBRK_WORD_LETTER)
			k = WORD_LETTER;
		else if (status >= UBRK_WORD_NUMBER)
			k = WORD_NUMBER;
		else {
			size_t j = ws;
			int32_t cp = utf8_next(d->text, we, &j);
			if (is_space_cp(cp))
				continue;
			k = WORD_PUNCT;
		}
		unsigned char f = WC_START;
		if (k == WORD_LETTER) {
			size_t pl;
			while ((pl = elision_prefix(el, d->text, ws, we)) > 0) {
				if (fl) {
					*fl = xgrow(*fl, flcap, *n + 1, 1);
					(*fl)[*n] = f;
				}
				push_word(out, cap, n, ws, ws + pl, WORD_LETTER);
				ws += pl;
				f = 0;
			}
		}
		if (fl) {
			*fl = xgrow(*fl, flcap, *n + 1, 1);
			(*fl)[*n] = f | WC_END;
		}
		push_word(out, cap, n, ws, we, k);
	}
}

/* Appends the kept words of chunk t[0..len) at byte `at`; false if the
 * chunk is not kept. */
static bool chunk_get(const struct chunks *c, const char *t, size_t len, uint32_t h, size_t at, struct word **out,
                      size_t *cap, size_t *n, unsigned char **fl, size_t *flcap)
{
	for (size_t j = hindex_start(&c->ix, h), k; (k = hindex_next(&c->ix, &j)) != HINDEX_NONE;) {
		const struct chunk *e = &c->e[k];
		if (e->hash != h || e->klen != len || memcmp(c->keys + e->key, t, len) != 0)
			continue;
		if (*n + e->nword > *cap)
			*out = xgrow(*out, cap, *n + e->nword, sizeof **out);
		if (*n + e->nword > *flcap)
			*fl = xgrow(*fl, flcap, *n + e->nword, 1);
		const uint8_t *q = c->code + e->code;
		for (size_t i = 0; i < e->nword; i++, q += 3) {
			(*out)[*n] = (struct word){at + q[0], at + q[1], (enum word_kind)(q[2] & 3)};
			(*fl)[(*n)++] = q[2] & (WC_START | WC_END);
		}
		return true;
	}
	return false;
}

/* Keeps the words w[0..nw) (flags f) of chunk t[0..len) at byte `at`. */
static void chunk_put(struct chunks *c, const char *t, size_t len, uint32_t h, size_t at, const struct word *w,
                      const unsigned char *f, size_t nw)
{
	if (c->n >= CHUNK_ITEMS || nw > UINT8_MAX)
		return;
	c->e = xgrow(c->e, &c->cap, c->n + 1, sizeof *c->e);
	c->keys = xgrow(c->keys, &c->capkeys, c->nkeys + len, 1);
	c->code = xgrow(c->code, &c->capcode, c->ncode + 3 * nw, 1);
	c->e[c->n] = (struct chunk){(uint32_t)c->nkeys, (uint32_t)c->ncode, h, (uint8_t)len, (uint8_t)nw};
	memcpy(c->keys + c->nkeys, t, len);
	c->nkeys += len;
	for (size_t i = 0; i < nw; i++) {
		c->code[c->ncode++] = (uint8_t)(w[i].start - at);
		c->code[c->ncode++] = (uint8_t)(w[i].end - at);
		c->code[c->ncode++] = (uint8_t)((unsigned)w[i].kind | f[i]);
	}
	c->n++;
	hindex_add(&c->ix, h, c->n - 1, c->n, chunk_hash_of, c);
}

/* Does chunk t[s..e) (no U+0020 in it, not empty) begin and end at
 * boundaries that no rule crosses (see above)? */
static bool chunk_ok(const char *t, size_t s, size_t e)
{
	if ((unsigned char)t[s] >= 0x80) {
		size_t i = s;
		switch (u_getIntPropertyValue(utf8_next(t, e, &i), UCHAR_WORD_BREAK)) {
		case U_WB_EXTEND: case U_WB_FORMAT: case U_WB_ZWJ: case U_WB_WSEGSPACE:
			return false;
		default:
			break;
		}
	}
	if ((unsigned char)t[e - 1] >= 0x80) {
		size_t i = utf8_prev(t, e);
		if (i < s)
			i = s;
		if (u_getIntPropertyValue(utf8_next(t, e, &i), UCHAR_WORD_BREAK) == U_WB_WSEGSPACE)
			return false;
	}
	return true;
}

/* Appends the words of s chunk by chunk, through the cache; false if a
 * chunk does not qualify (or on an ICU error). */
static bool chunk_words(const doc *d, struct span s, struct chunks *c, const lexicon *el, struct word **out,
                        size_t *cap, size_t *n, unsigned char **fl, size_t *flcap)
{
	const char *t = d->text;
	size_t pos = s.start;
	while (pos < s.end) {
		if (t[pos] == ' ') {
			pos++;
			continue;
		}
		const char *sp = memchr(t + pos, ' ', s.end - pos);
		size_t ce = sp ? (size_t)(sp - t) : s.end, len = ce - pos;
		uint32_t h = 0;
		if (len <= CHUNK_MAX) {
			h = hash_fnv(t + pos, len);
			if (chunk_get(c, t + pos, len, h, pos, out, cap, n, fl, flcap)) {
				pos = ce;
				continue;
			}
		}
		if (!chunk_ok(t, pos, ce))
			return false;
		segs.n = 0;
		if (!icu_segments(d, (struct span){pos, ce}))
			return false;
		size_t first = *n;
		seg_words(d, el, out, cap, n, fl, flcap);
		if (len <= CHUNK_MAX)
			chunk_put(c, t + pos, len, h, pos, *out + first, *fl + first, *n - first);
		pos = ce;
	}
	return true;
}

/* The words of s: through the chunk cache c when given (with fl), else by
 * ICU over s. */
static size_t icu_words(const doc *d, struct span s, struct word **out, size_t *cap, unsigned char **fl,
                        size_t *flcap, struct chunks *c)
{
	size_t n = 0;
	const lexicon *el = lang_lex(d->lang, "elisions");
	if (c && fl && chunk_words(d, s, c, el, out, cap, &n, fl, flcap))
		return n;
	n = 0;
	segs.n = 0;
	if (!icu_segments(d, s))
		return 0;
	seg_words(d, el, out, cap, &n, fl, flcap);
	return n;
}

/* ---- word cache ------------------------------------------------------ */

/* Every extractor reads words (the actors by paragraph, the quotes by piece
 * of text outside quotations, the times by sentence): doc_words() breaks
 * each paragraph once and keeps its words, a few bytes each, and serves a
 * span inside a paragraph from them when the span begins and ends at
 * boundaries of the paragraph's break iteration.  A break iterator goes
 * forward from a boundary by the text after it alone, and a boundary at
 * the span's end ends every rule's match there as the end of the text
 * does, so the words are those of breaking the span by itself.  Any other
 * span is broken by itself.
 *
 * A word is coded in a byte when it follows the previous one (or the
 * paragraph's start) by at most one byte and is 1 to 7 bytes long: bits
 * 0-1 its kind, 2-3 the WC_ flags, 4 the gap, 5-7 the length; else the
 * length bits are 0 and the gap and the length follow as varints.  A
 * paragraph's words start with their count as a varint, and lie in one
 * block: blocks are never moved (no copy of the whole on growth). */
#define WC_BLOCK ((size_t)1 << 16)

struct wcache {
	pthread_mutex_t lock;
	unsigned char **at;      /* per paragraph: its coded words, or NULL */
	unsigned char **blocks;
	size_t nblocks, capblocks;
	size_t used, room;       /* in the last block */
	unsigned char *code;     /* scratch: a paragraph's code */
	size_t clen, ccap;
	unsigned char *fl;       /* scratch: the flags of a paragraph's words */
	size_t flcap;
	size_t dp;               /* the paragraph decoded in dw and df, or SIZE_MAX */
	struct word *dw;
	unsigned char *df;
	size_t dn, dwcap, dfcap;
	struct chunks chunks;    /* the segments of chunks met (see above) */
};

static void wc_put(struct wcache *c, unsigned char b)
{
	if (c->clen == c->ccap)
		c->code = xgrow(c->code, &c->ccap, c->clen + 1, 1);
	c->code[c->clen++] = b;
}

static void wc_varint(struct wcache *c, size_t v)
{
	while (v >= 0x80) {
		wc_put(c, (unsigned char)(v | 0x80));
		v >>= 7;
	}
	wc_put(c, (unsigned char)v);
}

static size_t wc_get(const unsigned char **p)
{
	size_t v = 0;
	for (unsigned sh = 0;; sh += 7) {
		unsigned b = *(*p)++;
		v |= (size_t)(b & 0x7F) << sh;
		if (!(b & 0x80))
			return v;
	}
}

static void wc_encode(struct wcache *c, size_t p, size_t pstart, const struct word *w, size_t n)
{
	c->clen = 0;
	wc_varint(c, n);
	size_t prev = pstart;
	for (size_t i = 0; i < n; i++) {
		size_t gap = w[i].start - prev, len = w[i].end - w[i].start;
		unsigned b = (unsigned)w[i].kind | c->fl[i];
		if (gap <= 1 && len >= 1 && len <= 7)
			wc_put(c, (unsigned char)(b | gap << 4 | len << 5));
		else {
			wc_put(c, (unsigned char)b);
			wc_varint(c, gap);
			wc_varint(c, len);
		}
		prev = w[i].end;
	}
	if (c->clen > c->room - c->used || !c->nblocks) {
		size_t sz = c->clen > WC_BLOCK ? c->clen : WC_BLOCK;
		c->blocks = xgrow(c->blocks, &c->capblocks, c->nblocks + 1, sizeof *c->blocks);
		c->blocks[c->nblocks++] = xmalloc(sz);
		c->used = 0;
		c->room = sz;
	}
	c->at[p] = c->blocks[c->nblocks - 1] + c->used;
	memcpy(c->at[p], c->code, c->clen);
	c->used += c->clen;
}

/* The first of w[0..n) that starts at or after byte. */
static size_t first_from(const struct word *w, size_t n, size_t byte)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w[mid].start < byte)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is byte a boundary of the break iteration of paragraph ps, whose words
 * are decoded in c (i: the first word from byte)? */
static bool at_boundary(const struct wcache *c, struct span ps, size_t i, size_t byte)
{
	return byte == ps.start || byte == ps.end || (i < c->dn && c->dw[i].start == byte && (c->df[i] & WC_START)) ||
	       (i > 0 && c->dw[i - 1].end == byte && (c->df[i - 1] & WC_END));
}

/* The words of s from paragraph p's kept words; false if s does not begin
 * and end at boundaries. */
static bool wc_slice(const doc *d, struct wcache *c, size_t p, struct span s, struct word **out, size_t *cap,
                     size_t *nout)
{
	struct span ps = wide(d->para[p]);
	if (c->dp != p) {
		/* Decode the paragraph (its spans come in order, one after another). */
		const unsigned char *q = c->at[p];
		size_t nw = wc_get(&q), pos = ps.start;
		c->dw = xgrow(c->dw, &c->dwcap, nw + 1, sizeof *c->dw);
		c->df = xgrow(c->df, &c->dfcap, nw + 1, 1);
		for (size_t i = 0; i < nw; i++) {
			unsigned b = *q++;
			size_t gap = (b >> 4) & 1, len = b >> 5;
			if (!len) {
				gap = wc_get(&q);
				len = wc_get(&q);
			}
			c->dw[i] = (struct word){pos + gap, pos + gap + len, (enum word_kind)(b & 3)};
			c->df[i] = (unsigned char)b;
			pos += gap + len;
		}
		c->dn = nw;
		c->dp = p;
	}
	size_t i = first_from(c->dw, c->dn, s.start), j = first_from(c->dw, c->dn, s.end);
	if (!at_boundary(c, ps, i, s.start) || !at_boundary(c, ps, j, s.end))
		return false;
	/* Every word from i to j ends by s.end, s.end being a boundary. */
	size_t n = j - i;
	if (n > *cap)
		*out = xgrow(*out, cap, n, sizeof **out);
	if (n)
		memcpy(*out, c->dw + i, n * sizeof **out);
	*nout = n;
	return true;
}

size_t doc_words(const doc *d, struct span s, struct word **out, size_t *cap)
{
	if (s.end <= s.start || s.end > d->len)
		return 0;
	if (d->parent) {
		/* a window: its document's words, which it keeps for later passes */
		size_t b = d->pbase, n = doc_words(d->parent, (struct span){s.start + b, s.end + b}, out, cap);
		for (size_t i = 0; i < n; i++) {
			(*out)[i].start -= b;
			(*out)[i].end -= b;
		}
		return n;
	}
	struct wcache *c = d->wc;
	size_t p = c ? span_search(d->para, d->npara, s.start) : d->npara;
	if (p >= d->npara || s.start < d->para[p].start || s.end > d->para[p].end)
		return icu_words(d, s, out, cap, NULL, NULL, NULL);
	pthread_mutex_lock(&c->lock);
	if (!c->at)
		c->at = xcalloc(d->npara, sizeof *c->at);
	struct span ps = wide(d->para[p]);
	size_t n;
	if (!c->at[p]) {
		n = icu_words(d, ps, out, cap, &c->fl, &c->flcap, &c->chunks);
		wc_encode(c, p, ps.start, *out, n);
		if (s.start == ps.start && s.end == ps.end) {
			pthread_mutex_unlock(&c->lock);
			return n;
		}
	}
	bool ok = wc_slice(d, c, p, s, out, cap, &n);
	pthread_mutex_unlock(&c->lock);
	return ok ? n : icu_words(d, s, out, cap, NULL, NULL, NULL);
}

void doc_words_forget(doc *d)
{
	struct wcache *c = d->wc;
	if (!c)
		return;
	pthread_mutex_lock(&c->lock);
	for (size_t i = 0; i < c->nblocks; i++)
		free(c->blocks[i]);
	free(c->blocks);
	free(c->at);
	free(c->code);
	free(c->fl);
	free(c->dw);
	free(c->df);
	chunks_free(&c->chunks);
	c->at = c->blocks = NULL;
	c->code = c->fl = c->df = NULL;
	c->dw = NULL;
	c->nblocks = c->capblocks = c->used = c->room = c->clen = c->ccap = 0;
	c->flcap = c->dn = c->dwcap = c->dfcap = 0;
	c->dp = SIZE_MAX;
	pthread_mutex_unlock(&c->lock);
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

/* Is paragraph t[s..e) one sentence without asking the break iterator?
 * By UAX #29 a sentence boundary inside a text comes only after a
 * paragraph separator (SB4) or after ATerm/STerm, Close*, Sp* (SB11), and
 * "ss=standard" only takes boundaries away.  So when the paragraph has no
 * separator and its first ATerm/STerm starts a tail of ATerm, STerm and
 * Close only (SB8a and SB9 join those), its only boundary is its end: a
 * title, a dateline, "Il l'a dit.", "Vraiment ?! »".  ASCII's terms and
 * separators are . ! ? CR LF: other bytes are skipped without a lookup. */
static bool one_sentence(const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e;) {
		unsigned char c = (unsigned char)t[i];
		if (c < 0x80 && c != '.' && c != '!' && c != '?' && c != '\r' && c != '\n') {
			i++;
			continue;
		}
		size_t at = i;
		switch (u_getIntPropertyValue(utf8_next(t, e, &i), UCHAR_SENTENCE_BREAK)) {
		case U_SB_SEP: case U_SB_CR: case U_SB_LF:
			return false;
		case U_SB_ATERM: case U_SB_STERM:
			for (size_t j = at; j < e;) {
				int v = u_getIntPropertyValue(utf8_next(t, e, &j), UCHAR_SENTENCE_BREAK);
				if (v != U_SB_ATERM && v != U_SB_STERM && v != U_SB_CLOSE)
					return false;
			}
			return true;
		default:
			break;
		}
	}
	return true;
}

static void find_sentences(doc *d)
{
	char loc[48];
	snprintf(loc, sizeof loc, "%s@ss=standard", d->lang ? lang_code(d->lang) : "");
	UBreakIterator *bi = cached_iter(&sent_cache, UBRK_SENTENCE, loc);
	for (size_t p = 0; p < d->npara; p++) {
		struct span ps = wide(d->para[p]);
		if (!bi || one_sentence(d->text, ps.start, ps.end)) {
			add_sentence(d, ps);
			continue;
		}
		/* A UTF-16 copy, as for words: ICU reads it faster than UTF-8
		 * (a paragraph too long for one is read as UTF-8). */
		UErrorCode st = U_ZERO_ERROR;
		int32_t nu = to_w16(d->text, ps);
		UText *ut = NULL;
		if (nu >= 0)
			ubrk_setText(bi, w16.u, nu, &st);
		else {
			ut = utext_openUTF8(NULL, d->text + ps.start, (int64_t)(ps.end - ps.start), &st);
			if (U_SUCCESS(st))
				ubrk_setUText(bi, ut, &st);
		}
		if (U_FAILURE(st)) {
			if (ut)
				utext_close(ut);
			add_sentence(d, ps);
			continue;
		}
		size_t cur = ps.start;
		int32_t b = ubrk_first(bi);
		while ((b = ubrk_next(bi)) != UBRK_DONE) {
			size_t e = ps.start + (ut ? (size_t)b : w16_at(b));
			if (e < ps.end && ends_with_abbrev(d, cur, e))
				continue;
			add_sentence(d, (struct span){cur, e});
			cur = e;
		}
		if (cur < ps.end)
			add_sentence(d, (struct span){cur, ps.end});
		if (ut)
			utext_close(ut);
	}
	if (bi) {
		/* Leave the iterator on a text of its own: w16 changes. */
		UErrorCode st = U_ZERO_ERROR;
		static const UChar none[1] = {0};
		ubrk_setText(bi, none, 0, &st);
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
		d->cp_at[k] = (uint32_t)cp;
		d->u16_at[k] = (uint32_t)u16;
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
	d->wc = xcalloc(1, sizeof *d->wc);
	d->wc->dp = SIZE_MAX;
	pthread_mutex_init(&d->wc->lock, NULL);
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

#define WINDOW_TITLE_MAX 200

/* Is there a blank line before paragraph p? */
static bool blank_before(const doc *d, size_t p)
{
	if (p == 0)
		return true;
	const char *t = doc_text(d);
	size_t a = doc_para(d, p - 1).end, b = doc_para(d, p).start;
	const char *nl = memchr(t + a, '\n', b - a);
	return nl && memchr(nl + 1, '\n', b - (size_t)(nl + 1 - t)) != NULL;
}

/* A title: a short paragraph that does not end as a sentence does. */
static bool title_like(const doc *d, size_t p)
{
	struct span s = doc_para(d, p);
	if (s.end - s.start > WINDOW_TITLE_MAX)
		return false;
	char c = doc_text(d)[s.end - 1];
	return c != '.' && c != ',' && c != ';' && c != ':';
}

size_t doc_window_end(const doc *d, size_t p0, size_t win)
{
	size_t np = doc_npara(d), from = doc_para(d, p0).start;
	if (doc_para(d, np - 1).end - from <= win + win / 2)
		return np;
	size_t first = doc_para_at(d, from + win);
	if (first <= p0)
		first = p0 + 1;
	size_t blank = SIZE_MAX;
	for (size_t p = first; p < np && doc_para(d, p).start - from <= win + win / 2; p++) {
		if (!blank_before(d, p))
			continue;
		if (title_like(d, p))
			return p;
		if (blank == SIZE_MAX)
			blank = p;
	}
	return blank != SIZE_MAX ? blank : first;
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
	w->parent = d;
	w->pbase = b;
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
	if (d->wc) {
		doc_words_forget(d);
		pthread_mutex_destroy(&d->wc->lock);
		free(d->wc);
	}
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
