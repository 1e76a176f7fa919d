/* load.c — bytes from a file, a pipe or memory to glose's text.
 *
 * The encoding is chosen in this order: --encoding if given; else a byte
 * order mark; else a strict UTF-8 check done here (cheap, and exact where
 * ICU's detector guesses); else ICU's charset detector on the first 64 KiB.
 *
 * Valid UTF-8 takes a fast path: the validity check runs on each piece of
 * a file as it is read, and also notes NUL and CR bytes and the first
 * character that is not NFC-inert (ICU's unorm2_isInert).  Text with no such
 * character is NFC already and is kept as read, in the read buffer; from the
 * first one on, 64 KiB chunks that hold one are converted to UTF-16 for
 * ICU's quick check and rewritten only if it fails.  Line ends are fixed
 * in place with memchr/memmove.  Everything else streams through an ICU
 * converter 64 KiB at a time, with the same quick check before normalising.
 * Chunks are always cut at NFC boundaries, so each is normalised on its own.
 */
#include "load.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#define LOAD_MAX ((size_t)1 << 31)          /* 2 GiB: larger inputs are refused */
#define SAMPLE_LEN ((size_t)64 * 1024)      /* bytes looked at by the binary and charset tests */
#define CHUNK_LEN ((size_t)64 * 1024)       /* bytes converted or checked at a time */
#define PIECE_LEN 1024                      /* UTF-16 units normalised at a time */
#define READ_LEN ((size_t)256 * 1024)       /* bytes read at a time */
#define MAX_SEGMENT ((size_t)1 << 22)       /* longest run without an NFC boundary kept whole */
#define STDIN_NAME "standard input"

/* Output buffer; grows by half, and starts at an estimate of the final size
 * so that a 100 MB input does not end in a 256 MB allocation. */
struct obuf {
	char *s;
	size_t len, cap;
};

struct ctx {
	const UNormalizer2 *nfc;
	struct obuf out;
	UChar *u16;                 /* converter output / UTF-8 chunk as UTF-16 */
	size_t u16cap;
	UChar *pend;                /* converted text waiting for an NFC boundary */
	size_t plen, pcap, scanned; /* pend[1..scanned) holds no boundary */
	UChar *tmp;                 /* normaliser output */
	size_t tmpcap;
	bool at_start;              /* drop one U+FEFF at the very start */
	bool after_cr;              /* last unit was CR: a following LF is dropped */
	bool had_bom;
	size_t invalid;
};

/* What a pass over the bytes learns; it can run while the file is read. */
struct u8scan {
	size_t pos;                 /* where the next call resumes */
	size_t invalid;             /* maximal invalid subparts */
	size_t nonascii;            /* non-ASCII sequences, valid or not */
	size_t first_bad;           /* offset of the first invalid one, SIZE_MAX if none */
	size_t first_live;          /* offset of the first valid code point >= U+0300 that
	                               is not NFC-inert, SIZE_MAX if none */
	bool nul, cr;               /* a NUL byte, a CR byte seen */
};

static void ob_reserve(struct obuf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need < b->len)
		die_nomem();
	if (need <= b->cap)
		return;
	size_t c = b->cap + b->cap / 2;
	if (c < need)
		c = need;
	b->s = xrealloc(b->s, c);
	b->cap = c;
}

static void ob_add(struct obuf *b, const char *s, size_t n)
{
	ob_reserve(b, n);
	if (n)
		memcpy(b->s + b->len, s, n);
	b->len += n;
}

static int32_t clamp32(size_t n)
{
	return n > INT32_MAX ? INT32_MAX : (int32_t)n;
}

static int icu_fail(const char *name, struct gerr *e, UErrorCode err)
{
	return gerr_set(e, EXIT_FAIL, "%s: Unicode conversion failed (%s)", name, u_errorName(err));
}

/* ---- UTF-8 validation ---------------------------------------------- */

/* Length (2-4) of the valid sequence starting with a non-ASCII byte at s,
 * or minus the length of its maximal invalid subpart (Unicode 3.9, U+FFFD
 * substitution of maximal subparts, as ICU's converter does). */
static int u8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0], lo = 0x80, hi = 0xBF;
	size_t need;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		return -1;
	}
	if (n < 2 || s[1] < lo || s[1] > hi)
		return -1;
	for (size_t k = 2; k <= need; k++)
		if (k >= n || (s[k] & 0xC0) != 0x80)
			return -(int)k;
	return (int)need + 1;
}

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* Non-zero iff the word holds a zero byte. */
static uint64_t zero_byte(uint64_t w)
{
	return (w - ONES) & ~w & HIGHS;
}

/* Bytes before the first one with the high bit set, in an 8-byte word. */
static size_t ascii_prefix(uint64_t high)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return (size_t)__builtin_clzll(high) / 8;
#else
	return (size_t)__builtin_ctzll(high) / 8;
#endif
}

/* Index of the first byte >= 0x80 in s[i..n), or n. */
static size_t skip_ascii(const unsigned char *s, size_t i, size_t n)
{
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		w &= HIGHS;
		if (w)
			return i + ascii_prefix(w);
		i += 8;
	}
	while (i < n && s[i] < 0x80)
		i++;
	return i;
}

/* Code points below U+0300 never change under NFC and nothing composes
 * with them from before; above, ask ICU whether the character is inert. */
static bool live(const UNormalizer2 *nfc, UChar32 cp)
{
	return cp >= 0x300 && !unorm2_isInert(nfc, cp);
}

/* Decode the valid sequence of length k (2-4) at s. */
static UChar32 u8_decode(const unsigned char *s, int k)
{
	if (k == 2)
		return (UChar32)((s[0] & 0x1F) << 6 | (s[1] & 0x3F));
	if (k == 3)
		return (UChar32)((s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F));
	return (UChar32)((s[0] & 0x07) << 18 | (s[1] & 0x3F) << 12 | (s[2] & 0x3F) << 6 | (s[3] & 0x3F));
}

static void scan_init(struct u8scan *sc)
{
	memset(sc, 0, sizeof *sc);
	sc->first_bad = sc->first_live = SIZE_MAX;
}

/* Validate s[sc->pos..n) as UTF-8, noting NUL and CR on the way.  Unless
 * `final`, stop before a sequence that might go on past n: the scan then
 * resumes when more bytes have been read. */
static void utf8_scan(const UNormalizer2 *nfc, const unsigned char *s, size_t n, bool final,
                      struct u8scan *sc)
{
	uint64_t nul = 0, cr = 0;
	size_t i = sc->pos;
	for (;;) {
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			nul |= zero_byte(w);
			cr |= zero_byte(w ^ (ONES * '\r'));
			uint64_t high = w & HIGHS;
			if (high) {
				i += ascii_prefix(high);
				break;
			}
			i += 8;
		}
		while (i < n && s[i] < 0x80) {
			nul |= s[i] == 0;
			cr |= s[i] == '\r';
			i++;
		}
		if (i >= n || (!final && n - i < 4))
			break;
		int k;
		if (s[i] >= 0xC2 && s[i] < 0xCC && i + 1 < n && (s[i + 1] & 0xC0) == 0x80)
			k = 2;      /* the common case: Latin letters below U+0300 */
		else
			k = u8_seq(s + i, n - i);
		sc->nonascii++;
		if (k < 0) {
			if (sc->first_bad == SIZE_MAX)
				sc->first_bad = i;
			sc->invalid++;
			k = -k;
		} else if (sc->first_live == SIZE_MAX && s[i] >= 0xCC && live(nfc, u8_decode(s + i, k))) {
			sc->first_live = i;
		}
		i += (size_t)k;
	}
	sc->pos = i;
	sc->nul |= nul != 0;
	sc->cr |= cr != 0;
}

/* ---- binary test ----------------------------------------------------- */

static bool is_ctrl(uint32_t c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
}

static bool binary_bytes(const unsigned char *s, size_t n)
{
	if (n > SAMPLE_LEN)
		n = SAMPLE_LEN;
	if (memchr(s, 0, n))
		return true;
	size_t ctrl = 0;
	for (size_t i = 0; i < n; i++)
		ctrl += is_ctrl(s[i]);
	return ctrl * 10 > n;
}

/* The same test on decoded text, for encodings where NUL bytes are normal. */
static bool binary_decoded(const char *icu_name, const char *s, size_t n)
{
	if (n > SAMPLE_LEN)
		n = SAMPLE_LEN;
	UErrorCode err = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open(icu_name, &err);
	if (U_FAILURE(err))
		return false;
	int32_t cap = (int32_t)n + 16;
	UChar *u = xmalloc((size_t)cap * sizeof *u);
	int32_t k = ucnv_toUChars(cnv, u, cap, s, (int32_t)n, &err);
	ucnv_close(cnv);
	if (k > cap)
		k = cap;
	size_t ctrl = 0;
	bool nul = false;
	for (int32_t i = 0; i < k; i++) {
		nul |= u[i] == 0;
		ctrl += is_ctrl(u[i]);
	}
	free(u);
	return nul || ctrl * 10 > (size_t)k;
}

/* ---- encodings ------------------------------------------------------- */

static void count_invalid(const void *context, UConverterToUnicodeArgs *args, const char *units,
                          int32_t len, UConverterCallbackReason reason, UErrorCode *err)
{
	(void)units;
	(void)len;
	if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR)
		return;
	static const UChar fffd = 0xFFFD;
	(*(size_t *)context)++;
	*err = U_ZERO_ERROR;
	ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

/* Open a converter; NULL if the name is unknown.  With `counter`, invalid
 * input becomes U+FFFD and is counted there. */
static UConverter *open_conv(const char *name, size_t *counter)
{
	if (!name || !*name)
		return NULL;    /* ICU would open the default converter */
	UErrorCode err = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open(name, &err);
	if (U_FAILURE(err)) {
		if (cnv)
			ucnv_close(cnv);
		return NULL;
	}
	if (counter) {
		ucnv_setToUCallBack(cnv, count_invalid, counter, NULL, NULL, &err);
		if (U_FAILURE(err)) {
			ucnv_close(cnv);
			return NULL;
		}
	}
	return cnv;
}

/* The name people know the converter's charset by: MIME, else IANA. */
static void conv_name(UConverter *cnv, char out[64])
{
	UErrorCode err = U_ZERO_ERROR;
	const char *icu = ucnv_getName(cnv, &err);
	const char *std = NULL;
	if (U_SUCCESS(err)) {
		std = ucnv_getStandardName(icu, "MIME", &err);
		if (!std)
			std = ucnv_getStandardName(icu, "IANA", &err);
		if (!std)
			std = icu;
	}
	snprintf(out, 64, "%s", std ? std : "unknown");
}

static bool has_c1(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= 0x80 && s[i] <= 0x9F)
			return true;
	return false;
}

/* Guess the charset of bytes known not to be (mostly) UTF-8. */
static void detect_charset(const unsigned char *s, size_t n, const struct u8scan *sc, char out[64])
{
	size_t len = n < SAMPLE_LEN ? n : SAMPLE_LEN;
	bool bad_utf8 = sc->first_bad < len;
	bool nul = memchr(s, 0, len) != NULL;
	const char *pick = NULL;
	UErrorCode err = U_ZERO_ERROR;
	UCharsetDetector *d = ucsdet_open(&err);
	if (U_SUCCESS(err))
		ucsdet_setText(d, (const char *)s, (int32_t)len, &err);
	int32_t k = 0;
	const UCharsetMatch **m = U_SUCCESS(err) ? ucsdet_detectAll(d, &k, &err) : NULL;
	for (int32_t i = 0; m && U_SUCCESS(err) && i < k && !pick; i++) {
		const char *name = ucsdet_getName(m[i], &err);
		if (U_FAILURE(err) || !name)
			break;
		if (bad_utf8 && strcmp(name, "UTF-8") == 0)
			continue;
		if (!nul && (strncmp(name, "UTF-16", 6) == 0 || strncmp(name, "UTF-32", 6) == 0))
			continue;
		UConverter *probe = open_conv(name, NULL);
		if (!probe)
			continue;   /* e.g. "IBM424_rtl" */
		ucnv_close(probe);
		pick = name;
	}
	/* Browsers read ISO-8859-1 as windows-1252; where it matters (bytes
	 * 0x80-0x9F, curly quotes, the euro sign, œ) so do we. */
	if (!pick || (strcmp(pick, "ISO-8859-1") == 0 && has_c1(s, n)))
		pick = "windows-1252";
	snprintf(out, 64, "%s", pick);
	if (d)
		ucsdet_close(d);
}

/* ---- output: UTF-16 to NFC UTF-8 ------------------------------------- */

static bool boundary_before(const UNormalizer2 *nfc, UChar32 cp)
{
	return cp < 0x300 || unorm2_hasBoundaryBefore(nfc, cp);
}

static int emit_u16(struct ctx *c, const UChar *s, int32_t n, const char *name, struct gerr *e)
{
	if (n <= 0)
		return 0;
	ob_reserve(&c->out, (size_t)n * 3);
	UErrorCode err = U_ZERO_ERROR;
	int32_t len = 0;
	u_strToUTF8WithSub(c->out.s + c->out.len, clamp32(c->out.cap - c->out.len), &len, s, n, 0xFFFD,
	                   NULL, &err);
	if (U_FAILURE(err))
		return icu_fail(name, e, err);
	c->out.len += (size_t)len;
	return 0;
}

static int normalize_piece(struct ctx *c, const UChar *s, int32_t n, const char *name, struct gerr *e)
{
	c->tmp = xgrow(c->tmp, &c->tmpcap, (size_t)n * 2 + 16, sizeof *c->tmp);
	for (;;) {
		UErrorCode err = U_ZERO_ERROR;
		int32_t len = unorm2_normalize(c->nfc, s, n, c->tmp, clamp32(c->tmpcap), &err);
		if (err == U_BUFFER_OVERFLOW_ERROR) {
			c->tmp = xgrow(c->tmp, &c->tmpcap, (size_t)len + 1, sizeof *c->tmp);
			continue;
		}
		if (U_FAILURE(err))
			return icu_fail(name, e, err);
		return emit_u16(c, c->tmp, len, name, e);
	}
}

/* Emit s[0..n), which starts and ends at NFC boundaries, in NFC: spans
 * that pass the quick check are copied, only the rest is normalised. */
static int emit_nfc(struct ctx *c, const UChar *s, int32_t n, const char *name, struct gerr *e)
{
	while (n > 0) {
		UErrorCode err = U_ZERO_ERROR;
		int32_t span = unorm2_spanQuickCheckYes(c->nfc, s, n, &err);
		if (U_FAILURE(err))
			return icu_fail(name, e, err);
		if (emit_u16(c, s, span, name, e) < 0)
			return -1;
		s += span;
		n -= span;
		if (n == 0)
			break;
		/* span ends at a boundary; normalise from there to a boundary a
		 * little further on (text that needs it once tends to need it
		 * again: ICU copies the parts that are fine quickly). */
		int32_t q = n > PIECE_LEN ? PIECE_LEN : n;
		U16_SET_CP_LIMIT(s, 0, q, n);
		while (q < n) {
			int32_t k = q;
			UChar32 cp;
			U16_NEXT(s, k, n, cp);
			if (boundary_before(c->nfc, cp))
				break;
			q = k;
		}
		if (normalize_piece(c, s, q, name, e) < 0)
			return -1;
		s += q;
		n -= q;
	}
	return 0;
}

/* ---- general path: any encoding through an ICU converter ------------ */

/* Append converted units to the pending text: drop a leading BOM, turn
 * CRLF and CR into LF, NUL into U+FFFD (so the text stays a C string). */
static void feed(struct ctx *c, const UChar *u, size_t n)
{
	c->pend = xgrow(c->pend, &c->pcap, c->plen + n + 1, sizeof *c->pend);
	UChar *p = c->pend + c->plen;
	for (size_t i = 0; i < n; i++) {
		UChar ch = u[i];
		if (c->at_start) {
			c->at_start = false;
			if (ch == 0xFEFF) {
				c->had_bom = true;
				continue;
			}
		}
		if (c->after_cr) {
			c->after_cr = false;
			if (ch == '\n')
				continue;
		}
		if (ch == '\r') {
			ch = '\n';
			c->after_cr = true;
		} else if (ch == 0) {
			ch = 0xFFFD;
			c->invalid++;
		}
		*p++ = ch;
	}
	c->plen = (size_t)(p - c->pend);
}

/* Emit the pending text up to its last NFC boundary (all of it if final). */
static int drain(struct ctx *c, bool final, const char *name, struct gerr *e)
{
	size_t cut = c->plen;
	if (!final) {
		size_t lo = c->scanned ? c->scanned : 1;
		cut = 0;
		for (size_t i = c->plen; i > lo;) {
			i--;
			UChar32 cp = c->pend[i];
			if (U16_IS_TRAIL(cp) && U16_IS_LEAD(c->pend[i - 1]))
				continue;
			if (U16_IS_LEAD(cp) && i + 1 < c->plen && U16_IS_TRAIL(c->pend[i + 1]))
				cp = U16_GET_SUPPLEMENTARY(cp, c->pend[i + 1]);
			if (boundary_before(c->nfc, cp)) {
				cut = i;
				break;
			}
		}
		if (cut == 0) {
			c->scanned = c->plen ? c->plen - 1 : 0;
			if (c->plen < MAX_SEGMENT)
				return 0;
			/* Pathological run of combining marks: cut anyway. */
			cut = c->plen;
			if (U16_IS_LEAD(c->pend[cut - 1]))
				cut--;
		}
	}
	if (emit_nfc(c, c->pend, (int32_t)cut, name, e) < 0)
		return -1;
	memmove(c->pend, c->pend + cut, (c->plen - cut) * sizeof *c->pend);
	c->plen -= cut;
	c->scanned = c->plen ? c->plen - 1 : 0;
	return 0;
}

static int convert(struct ctx *c, UConverter *cnv, const char *src, size_t n, const char *name,
                   struct gerr *e)
{
	const char *p = src, *end = src + n;
	c->u16 = xgrow(c->u16, &c->u16cap, CHUNK_LEN, sizeof *c->u16);
	c->out.cap = n + n / 8 + 4096;
	c->out.s = xmalloc(c->out.cap);
	for (;;) {
		const char *lim = (size_t)(end - p) > CHUNK_LEN ? p + CHUNK_LEN : end;
		bool flush = lim == end;
		UChar *t = c->u16;
		UErrorCode err = U_ZERO_ERROR;
		ucnv_toUnicode(cnv, &t, c->u16 + c->u16cap, &p, lim, NULL, flush, &err);
		bool more = err == U_BUFFER_OVERFLOW_ERROR;
		if (more)
			err = U_ZERO_ERROR;
		if (U_FAILURE(err))
			return icu_fail(name, e, err);
		feed(c, c->u16, (size_t)(t - c->u16));
		if (drain(c, false, name, e) < 0)
			return -1;
		if (flush && !more)
			break;
	}
	return drain(c, true, name, e);
}

/* ---- fast path: valid UTF-8 without NUL ------------------------------ */

/* CRLF and lone CR to LF, in place; returns the new length. */
static size_t fix_cr(char *s, size_t n)
{
	char *r = memchr(s, '\r', n);
	if (!r)
		return n;
	size_t w = (size_t)(r - s), i = w;
	while (i < n) {
		r = memchr(s + i, '\r', n - i);
		size_t stop = r ? (size_t)(r - s) : n;
		memmove(s + w, s + i, stop - i);
		w += stop - i;
		i = stop;
		if (i < n) {
			s[w++] = '\n';
			i++;
			if (i < n && s[i] == '\n')
				i++;
		}
	}
	return w;
}

/* End of the chunk starting at pos: about CHUNK_LEN bytes on, just before
 * an ASCII byte or another code point with an NFC boundary before it. */
static size_t chunk_end(const struct ctx *c, const char *str, size_t pos, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	if (n - pos <= CHUNK_LEN)
		return n;
	size_t i = pos + CHUNK_LEN, lim = n - i > 1024 ? i + 1024 : n;
	for (size_t j = i; j < lim; j++)
		if (s[j] < 0x80)
			return j;
	while (i < n && (s[i] & 0xC0) == 0x80)
		i++;
	while (i < n && i - pos < MAX_SEGMENT) {
		int32_t k = 0, m = n - i < 4 ? (int32_t)(n - i) : 4;
		UChar32 cp;
		U8_NEXT(s + i, k, m, cp);
		if (cp < 0 || boundary_before(c->nfc, cp))
			return i;
		i += (size_t)k;
	}
	return i;
}

/* Whether valid UTF-8 s[0..n) holds a character that may change or
 * interact under NFC. */
static bool has_live(const struct ctx *c, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	for (size_t i = skip_ascii(s, 0, n); i < n; i = skip_ascii(s, i, n)) {
		int k = s[i] < 0xE0 ? 2 : s[i] < 0xF0 ? 3 : 4;
		if (s[i] >= 0xCC && live(c->nfc, u8_decode(s + i, k)))
			return true;
		i += (size_t)k;
	}
	return false;
}

/* NFC and line ends for valid UTF-8 without NUL, scanned into `sc`.
 * `buf` (capacity `cap` > n) is consumed: it becomes c->out or is freed. */
static int utf8_fast(struct ctx *c, char *buf, size_t n, size_t cap, const struct u8scan *sc,
                     const char *name, struct gerr *e)
{
	bool rewriting = false;
	size_t pos = 0;
	if (sc->first_live == SIZE_MAX) {
		pos = n;
	} else {
		/* Start at the last ASCII byte before it: an NFC boundary. */
		pos = sc->first_live;
		while (pos > 0 && (unsigned char)buf[pos] >= 0x80)
			pos--;
	}
	while (pos < n) {
		size_t end = chunk_end(c, buf, pos, n);
		bool done = false;
		if (has_live(c, buf + pos, end - pos)) {
			c->u16 = xgrow(c->u16, &c->u16cap, end - pos + 1, sizeof *c->u16);
			UErrorCode err = U_ZERO_ERROR;
			int32_t ulen = 0;
			u_strFromUTF8(c->u16, clamp32(c->u16cap), &ulen, buf + pos, (int32_t)(end - pos), &err);
			int32_t span = U_SUCCESS(err) ? unorm2_spanQuickCheckYes(c->nfc, c->u16, ulen, &err) : 0;
			if (U_FAILURE(err)) {
				free(buf);
				return icu_fail(name, e, err);
			}
			if (span < ulen) {
				if (!rewriting) {
					rewriting = true;
					c->out.cap = n + n / 16 + 4096;
					c->out.s = xmalloc(c->out.cap);
					ob_add(&c->out, buf, pos);
				}
				if (emit_nfc(c, c->u16, ulen, name, e) < 0) {
					free(buf);
					return -1;
				}
				done = true;
			}
		}
		if (!done && rewriting)
			ob_add(&c->out, buf + pos, end - pos);
		pos = end;
	}
	if (rewriting) {
		free(buf);
	} else {
		c->out.s = buf;
		c->out.len = n;
		c->out.cap = cap;
	}
	/* CR is ASCII, so fixing line ends after NFC changes nothing else. */
	if (sc->cr)
		c->out.len = fix_cr(c->out.s, c->out.len);
	return 0;
}

/* ---- entry points ---------------------------------------------------- */

static int too_large(const char *name, uintmax_t n, bool exact, struct gerr *e)
{
	if (exact)
		return gerr_set(e, EXIT_INPUT, "%s: file too large (%ju bytes; glose reads up to 2 GiB)", name, n);
	return gerr_set(e, EXIT_INPUT, "%s: file too large (more than %zu bytes; glose reads up to 2 GiB)",
	                name, LOAD_MAX);
}

static int not_text(const char *name, struct gerr *e)
{
	return gerr_set(e, EXIT_INPUT, "%s: binary file (use --force to read it anyway)", name);
}

static int unknown_encoding(const char *enc, struct gerr *e)
{
	return gerr_set(e, EXIT_USAGE, "unknown encoding '%s'", enc);
}

/* Decode bytes[0..n).  `owned` is NULL or `bytes` itself, malloc'd with
 * capacity `cap` > n; it is consumed either way.  `pre` is NULL or a
 * finished scan of all n bytes. */
static int load_core(const char *name, const char *bytes, size_t n, char *owned, size_t cap,
                     const struct u8scan *pre, const struct load_opts *o, struct loaded *out,
                     struct gerr *e)
{
	const unsigned char *u = (const unsigned char *)bytes;
	const char *enc = o ? o->encoding : NULL;
	bool force = o && o->force;
	struct ctx c = {0};
	UConverter *cnv = NULL;
	char encname[64] = "UTF-8";
	size_t skip = 0;
	bool bom = false, utf8 = false, detect = false;
	struct u8scan sc;
	int rc = -1;

	memset(out, 0, sizeof *out);
	if (n > LOAD_MAX) {
		too_large(name, n, true, e);
		goto done;
	}
	UErrorCode err = U_ZERO_ERROR;
	c.nfc = unorm2_getNFCInstance(&err);
	if (U_FAILURE(err)) {
		gerr_set(e, EXIT_FAIL, "%s: Unicode normalisation data unavailable (%s)", name, u_errorName(err));
		goto done;
	}

	if (enc) {
		cnv = open_conv(enc, &c.invalid);
		if (!cnv) {
			unknown_encoding(enc, e);
			goto done;
		}
		conv_name(cnv, encname);
		utf8 = ucnv_getType(cnv) == UCNV_UTF8;
		if (utf8 && n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
			skip = 3;
			bom = true;
		}
		c.at_start = !utf8;
	} else if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		utf8 = bom = true;
		skip = 3;
	} else if (n >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) {
		snprintf(encname, sizeof encname, "UTF-32LE");
		skip = 4;
	} else if (n >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) {
		snprintf(encname, sizeof encname, "UTF-32BE");
		skip = 4;
	} else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
		snprintf(encname, sizeof encname, "UTF-16LE");
		skip = 2;
	} else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
		snprintf(encname, sizeof encname, "UTF-16BE");
		skip = 2;
	} else {
		detect = true;
	}
	if (skip && !utf8) {
		bom = true;
		cnv = open_conv(encname, &c.invalid);
		if (!cnv) {
			gerr_set(e, EXIT_FAIL, "%s: no converter for %s", name, encname);
			goto done;
		}
	}
	if (n == skip) {
		rc = 0;
		goto done;
	}

	if (!force) {
		bool bin;
		if (utf8 || detect) {
			bin = binary_bytes(u + skip, n - skip);
		} else {
			UErrorCode nerr = U_ZERO_ERROR;
			bin = binary_decoded(ucnv_getName(cnv, &nerr), bytes + skip, n - skip);
		}
		if (bin) {
			not_text(name, e);
			goto done;
		}
	}

	if (utf8 || detect) {
		if (pre && skip == 0) {
			sc = *pre;
		} else {
			scan_init(&sc);
			utf8_scan(c.nfc, u + skip, n - skip, true, &sc);
		}
	}
	if (detect) {
		if (sc.invalid == 0 || sc.invalid * 100 < sc.nonascii) {
			utf8 = true;    /* a few stray bytes in UTF-8 text: replace them */
		} else {
			detect_charset(u, n, &sc, encname);
			cnv = open_conv(encname, &c.invalid);
			if (!cnv) {
				gerr_set(e, EXIT_FAIL, "%s: no converter for %s", name, encname);
				goto done;
			}
		}
	}
	if (utf8 && sc.invalid == 0 && !sc.nul) {
		char *buf;
		if (owned) {
			buf = owned;
			owned = NULL;
			if (skip)
				memmove(buf, buf + skip, n - skip);
		} else {
			cap = n - skip + 1;
			buf = xmalloc(cap);
			memcpy(buf, bytes + skip, n - skip);
		}
		rc = utf8_fast(&c, buf, n - skip, cap, &sc, name, e);
		goto done;
	}
	if (!cnv)
		cnv = open_conv("UTF-8", &c.invalid);
	if (!cnv) {
		gerr_set(e, EXIT_FAIL, "%s: no converter for UTF-8", name);
		goto done;
	}
	rc = convert(&c, cnv, bytes + skip, n - skip, name, e);

done:
	if (rc == 0) {
		if (!c.out.s) {
			c.out.s = xstrdup("");
			c.out.len = 0;
		} else {
			if (c.out.cap > c.out.len + 1 + 4096)
				c.out.s = xrealloc(c.out.s, c.out.len + 1);
			c.out.s[c.out.len] = 0;
		}
		out->text = c.out.s;
		out->len = c.out.len;
		snprintf(out->encoding, sizeof out->encoding, "%s", encname);
		out->had_bom = bom || c.had_bom;
		out->invalid = c.invalid;
	} else {
		free(c.out.s);
	}
	if (cnv)
		ucnv_close(cnv);
	free(c.u16);
	free(c.pend);
	free(c.tmp);
	free(owned);
	return rc;
}

int load_bytes(const char *name, const char *bytes, size_t n, const struct load_opts *o,
               struct loaded *out, struct gerr *e)
{
	return load_core(name, n ? bytes : "", n, NULL, 0, NULL, o, out, e);
}

/* Big buffers are filled once, front to back: ask for huge pages, which
 * saves most of the page-fault cost of reading 100 MB. */
static void advise_huge(char *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	if (n < ((size_t)4 << 20))
		return;
	uintptr_t a = ((uintptr_t)p + 4095) & ~(uintptr_t)4095;
	uintptr_t z = ((uintptr_t)p + n) & ~(uintptr_t)4095;
	if (z > a)
		(void)madvise((void *)a, z - a, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

/* Read all of fd, `hint` bytes if it is a regular file (0 for a stream),
 * a quarter MiB at a time: each piece is scanned as UTF-8 while it is
 * still in the cache, which saves a pass over big inputs.  With `sniff`,
 * binary input is refused as soon as 64 KiB are in (so /dev/urandom is
 * not read up to the size limit); load_core checks shorter inputs. */
static int read_fd(int fd, const char *name, size_t hint, bool sniff, char **bufp, size_t *lenp,
                   size_t *capp, struct u8scan *sc, struct gerr *e)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	size_t cap = hint ? hint + 2 : CHUNK_LEN, n = 0;
	char *buf = xmalloc(cap);
	advise_huge(buf, cap);
	scan_init(sc);
	for (;;) {
		if (cap - n < 2) {
			size_t nc = cap * 2;
			if (nc > LOAD_MAX + 2)
				nc = LOAD_MAX + 2;
			buf = xrealloc(buf, nc);
			cap = nc;
			advise_huge(buf, cap);
		}
		size_t want = cap - n - 1;
		if (want > READ_LEN)
			want = READ_LEN;
		ssize_t r = read(fd, buf + n, want);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int en = errno;
			free(buf);
			return gerr_set(e, EXIT_INPUT, "%s: %s", name, strerror(en));
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > LOAD_MAX) {
			free(buf);
			return too_large(name, 0, false, e);
		}
		const unsigned char *u = (const unsigned char *)buf;
		if (sniff && n >= SAMPLE_LEN) {
			sniff = false;
			bool utf16_32 = (u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) ||
			                (u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF);
			if (!utf16_32 && binary_bytes(u, n)) {
				free(buf);
				return not_text(name, e);
			}
		}
		if (U_SUCCESS(err))
			utf8_scan(nfc, u, n, false, sc);
	}
	if (U_SUCCESS(err))
		utf8_scan(nfc, (const unsigned char *)buf, n, true, sc);
	*bufp = buf;
	*lenp = n;
	*capp = cap;
	return U_SUCCESS(err) ? 0 : 1;
}

int load_file(const char *path, const struct load_opts *o, struct loaded *out, struct gerr *e)
{
	bool is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? STDIN_NAME : path;
	memset(out, 0, sizeof *out);
	if (o && o->encoding) {
		/* A usage error: report it before reading anything. */
		UConverter *cnv = open_conv(o->encoding, NULL);
		if (!cnv)
			return unknown_encoding(o->encoding, e);
		ucnv_close(cnv);
	}
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		if (errno == EISDIR)
			return gerr_set(e, EXIT_INPUT, "%s: is a directory", name);
		return gerr_set(e, EXIT_INPUT, "%s: %s", name, strerror(errno));
	}
	struct stat st;
	struct u8scan sc;
	int rc = -1;
	char *buf = NULL;
	size_t n = 0, cap = 0, hint = 0;
	if (fstat(fd, &st) != 0) {
		gerr_set(e, EXIT_INPUT, "%s: %s", name, strerror(errno));
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		gerr_set(e, EXIT_INPUT, "%s: is a directory", name);
		goto out;
	}
	if (S_ISREG(st.st_mode)) {
		if (st.st_size > 0 && (uintmax_t)st.st_size > LOAD_MAX) {
			too_large(name, (uintmax_t)st.st_size, true, e);
			goto out;
		}
		hint = st.st_size > 0 ? (size_t)st.st_size : 0;
	}
	rc = read_fd(fd, name, hint, !(o && (o->force || o->encoding)), &buf, &n, &cap, &sc, e);
out:
	if (!is_stdin)
		close(fd);
	if (rc < 0)
		return rc;
	/* rc 1: no scan (ICU data missing); load_core reports that. */
	return load_core(name, buf, n, buf, cap, rc == 0 ? &sc : NULL, o, out, e);
}

int load_file_head(const char *path, const struct load_opts *o, size_t max, struct loaded *out, bool *more,
                   struct gerr *e)
{
	*more = false;
	memset(out, 0, sizeof *out);
	struct stat st;
	bool is_stdin = strcmp(path, "-") == 0;
	/* Only a plain file much bigger than the head, read as UTF-8, has a
	 * head that the whole text will begin with byte for byte. */
	if (is_stdin || (o && o->encoding) || max < 2 * SAMPLE_LEN || stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size <= 0 || (uintmax_t)st.st_size <= (uintmax_t)max * 2 || (uintmax_t)st.st_size > LOAD_MAX)
		return load_file(path, o, out, e);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return load_file(path, o, out, e);   /* reports the error */
	char *buf = xmalloc(max + 1);
	size_t n = 0;
	while (n < max) {
		ssize_t r = read(fd, buf + n, max - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	/* Cut after the last line break: nothing the loader does (line ends,
	 * NFC, invalid sequences) reaches across one. */
	size_t cut = n;
	while (cut > 0 && buf[cut - 1] != '\n')
		cut--;
	int rc = -1;
	if (n == max && cut > SAMPLE_LEN) {
		rc = load_bytes(path, buf, cut, o, out, e);
		if (rc == 0 && strcmp(out->encoding, "UTF-8") == 0) {
			*more = true;
		} else {
			if (rc == 0)
				free(out->text);
			rc = -1;
		}
	}
	free(buf);
	if (rc == 0)
		return 0;
	memset(out, 0, sizeof *out);
	return load_file(path, o, out, e);
}
