/* actors_fold.c — folding keys for name variants, and edit distance. */
#include "actors_fold.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "util.h"

/* The transliterator is compiled once per process (compiling costs a few
 * milliseconds) and shared; transliteration runs under a mutex, once per
 * distinct non-ASCII word of a document. */
static pthread_once_t trans_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t trans_lock = PTHREAD_MUTEX_INITIALIZER;
static UTransliterator *trans;

static void trans_open(void)
{
	/* Any-Latin writes Cyrillic the scholarly way (Ушаков -> Ušakov); the
	 * digraphs news use come back before Latin-ASCII drops the marks. */
	static const char rules[] =
		"::Any-Latin; š > sh; Š > Sh; č > ch; Č > Ch; ž > zh; Ž > Zh; ::Latin-ASCII;";
	UChar urules[sizeof rules];
	u_strFromUTF8(urules, (int32_t)sizeof rules, NULL, rules, -1, &(UErrorCode){U_ZERO_ERROR});
	static const char id[] = "glose-actors-fold";
	UChar uid[sizeof id];
	u_charsToUChars(id, uid, (int32_t)sizeof id);
	UErrorCode st = U_ZERO_ERROR;
	UParseError pe;
	trans = utrans_openU(uid, -1, UTRANS_FORWARD, urules, -1, &pe, &st);
	if (U_FAILURE(st)) {
		/* Fall back on the plain compound transform. */
		static const char plain[] = "Any-Latin; Latin-ASCII";
		UChar up[sizeof plain];
		u_charsToUChars(plain, up, (int32_t)sizeof plain);
		st = U_ZERO_ERROR;
		trans = utrans_openU(up, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
		if (U_FAILURE(st))
			trans = NULL;
	}
}

/* Transliterate s[0..n) to ASCII with the transliterator (malloc'd); NULL
 * if ICU failed. */
static char *to_ascii_icu(const char *s, size_t n, size_t *outlen)
{
	pthread_once(&trans_once, trans_open);
	if (!trans)
		return NULL;
	UErrorCode st = U_ZERO_ERROR;
	int32_t ulen = 0;
	u_strFromUTF8WithSub(NULL, 0, &ulen, s, (int32_t)n, 0xFFFD, NULL, &st);
	st = U_ZERO_ERROR;
	int32_t cap = ulen * 4 + 16;
	UChar *u = xmalloc((size_t)cap * sizeof *u);
	u_strFromUTF8WithSub(u, cap, NULL, s, (int32_t)n, 0xFFFD, NULL, &st);
	if (U_FAILURE(st)) {
		free(u);
		return NULL;
	}
	int32_t len = ulen, limit = ulen;
	pthread_mutex_lock(&trans_lock);
	utrans_transUChars(trans, u, &len, cap, 0, &limit, &st);
	pthread_mutex_unlock(&trans_lock);
	if (U_FAILURE(st)) {
		free(u);
		return NULL;
	}
	st = U_ZERO_ERROR;
	int32_t blen = 0;
	u_strToUTF8(NULL, 0, &blen, u, len, &st);
	st = U_ZERO_ERROR;
	char *o = xmalloc((size_t)blen + 1);
	u_strToUTF8(o, blen + 1, NULL, u, len, &st);
	o[blen] = 0;
	free(u);
	*outlen = (size_t)blen;
	return o;
}

/* Compiling the transliterator loads ICU's whole transliterator registry
 * (some 150 million instructions, more than the rest of the analysis of
 * a short article), and most words it is asked about hold only Latin
 * letters with accents, which Latin-ASCII writes as their base letter
 * (« é » -> e, « ñ » -> n).  Those letters are found once per process with
 * ICU's canonical decomposition: Latin script, an ASCII letter followed by
 * non-spacing marks only.  A word made of ASCII and such letters skips the
 * transliterator; any other letter (« œ », « ł », « ß », Cyrillic, a
 * separate combining mark) and the letters the rules above write otherwise
 * (š č ž) go to it.  tests/unit/test_fastpath.c checks every letter of the
 * shortcut against the transliterator. */
static pthread_once_t plain_once = PTHREAD_ONCE_INIT;
#define PLAIN_LO 0x80       /* U+0080..U+024F: Latin-1, Latin Extended-A/B */
#define PLAIN_HI 0x250
#define PLAIN_X0 0x1E00     /* U+1E00..U+1EFF: Latin Extended Additional */
#define PLAIN_X1 0x1F00
static char plain_lo[PLAIN_HI - PLAIN_LO], plain_x[PLAIN_X1 - PLAIN_X0];

static char plain_letter(UChar32 c)
{
	if (c == 0x160 || c == 0x161 || c == 0x10C || c == 0x10D || c == 0x17D || c == 0x17E)
		return 0;
	UErrorCode st = U_ZERO_ERROR;
	if (uscript_getScript(c, &st) != USCRIPT_LATIN || U_FAILURE(st))
		return 0;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&st);
	UChar d[16];
	int32_t n = U_SUCCESS(st) ? unorm2_getDecomposition(nfd, c, d, (int32_t)(sizeof d / sizeof *d), &st) : -1;
	if (U_FAILURE(st) || n < 2 || !((d[0] >= 'a' && d[0] <= 'z') || (d[0] >= 'A' && d[0] <= 'Z')))
		return 0;
	for (int32_t k = 1; k < n; k++)
		if (U16_IS_SURROGATE(d[k]) || u_charType(d[k]) != U_NON_SPACING_MARK)
			return 0;
	return (char)d[0];
}

static void plain_init(void)
{
	for (UChar32 c = PLAIN_LO; c < PLAIN_HI; c++)
		plain_lo[c - PLAIN_LO] = plain_letter(c);
	for (UChar32 c = PLAIN_X0; c < PLAIN_X1; c++)
		plain_x[c - PLAIN_X0] = plain_letter(c);
}

/* s[0..n) in ASCII when it is ASCII and plain letters only, else NULL. */
static char *to_ascii_plain(const char *s, size_t n, size_t *outlen)
{
	pthread_once(&plain_once, plain_init);
	char *o = xmalloc(n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			o[k++] = (char)c;
			i++;
			continue;
		}
		int32_t cp = utf8_next(s, n, &i);
		char b = cp >= PLAIN_LO && cp < PLAIN_HI ? plain_lo[cp - PLAIN_LO]
		         : cp >= PLAIN_X0 && cp < PLAIN_X1 ? plain_x[cp - PLAIN_X0] : 0;
		if (!b) {
			free(o);
			return NULL;
		}
		o[k++] = b;
	}
	o[k] = 0;
	*outlen = k;
	return o;
}

/* Transliterate s[0..n) to ASCII (malloc'd); NULL if ICU failed. */
static char *to_ascii(const char *s, size_t n, size_t *outlen)
{
	char *o = to_ascii_plain(s, n, outlen);
	return o ? o : to_ascii_icu(s, n, outlen);
}

char *actors_fold_ascii(const char *s, size_t n, size_t *outlen)
{
	return to_ascii(s, n, outlen);
}

char *actors_fold_ascii_icu(const char *s, size_t n, size_t *outlen)
{
	return to_ascii_icu(s, n, outlen);
}

bool actors_fold_plain(const char *s, size_t n)
{
	size_t k;
	char *o = to_ascii_plain(s, n, &k);
	free(o);
	return o != NULL;
}

static bool is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Sound rules over one lower-case ASCII word w[0..n), appended to o. */
static void fold_word(const char *w, size_t n, struct sbuf *o)
{
	char tmp[256];
	size_t t = 0;
	for (size_t i = 0; i < n && t + 3 < sizeof tmp;) {
		char c = w[i], d = i + 1 < n ? w[i + 1] : 0, e = i + 2 < n ? w[i + 2] : 0;
		if (c == 't' && d == 'c' && e == 'h') {
			tmp[t++] = 's', tmp[t++] = 'h', i += 3;
		} else if (c == 's' && d == 'c' && e == 'h') {
			tmp[t++] = 's', tmp[t++] = 'h', i += 3;
		} else if (c == 'd' && d == 'z' && e == 'h') {
			tmp[t++] = 'j', i += 3;
		} else if (c == 'c' && d == 'h') {
			tmp[t++] = 's', tmp[t++] = 'h', i += 2;
		} else if (c == 'k' && d == 'h') {
			tmp[t++] = 'h', i += 2;
		} else if ((c == 'z' && d == 'h') || (c == 'd' && d == 'j')) {
			tmp[t++] = 'j', i += 2;
		} else if (c == 'p' && d == 'h') {
			tmp[t++] = 'f', i += 2;
		} else if (c == 'c' && d == 'k') {
			tmp[t++] = 'k', i += 2;
		} else if (c == 'o' && d == 'u') {
			tmp[t++] = 'u', i += 2;
		} else if ((c == 'i' || c == 'y') && d == 'e' && i > 0) {
			tmp[t++] = 'i', i += 2;
		} else if (c == 'c') {
			tmp[t++] = (d == 'e' || d == 'i' || d == 'y') ? 's' : 'k', i++;
		} else if (c == 'x') {
			tmp[t++] = 'k', tmp[t++] = 's', i++;
		} else {
			tmp[t++] = c == 'w' ? 'v' : c == 'y' ? 'i' : c == 'q' ? 'k' : c;
			i++;
		}
	}
	/* A final mute e: Poutine / Putin. */
	if (t > 3 && tmp[t - 1] == 'e' && !is_vowel(tmp[t - 2]))
		t--;
	/* Doubled letters. */
	char prev = 0;
	for (size_t i = 0; i < t; i++) {
		if (tmp[i] == prev)
			continue;
		sbuf_addc(o, tmp[i]);
		prev = tmp[i];
	}
}

/* to_ascii(), where a word's final é is sounded: Quimperlé is not Quimper
 * with a mute e (fold_word drops one), so it becomes "ei". */
static char *to_ascii_sounded(const char *s, size_t n, size_t *outlen)
{
	struct sbuf m = {0};
	for (size_t i = 0; i < n; i++) {
		sbuf_addc(&m, s[i]);
		if (i + 1 < n && (unsigned char)s[i] == 0xC3 &&
		    ((unsigned char)s[i + 1] == 0xA9 || (unsigned char)s[i + 1] == 0x89)) {
			sbuf_addc(&m, s[++i]);
			unsigned char nx = i + 1 < n ? (unsigned char)s[i + 1] : 0;
			if (!(nx >= 0x80 || (nx >= 'a' && nx <= 'z') || (nx >= 'A' && nx <= 'Z')))
				sbuf_addc(&m, 'i');
		}
	}
	char *r = to_ascii(m.s, m.len, outlen);
	free(m.s);
	return r;
}

char *actors_fold_key(const char *s, size_t n, size_t *outlen)
{
	char *ascii = NULL;
	size_t alen = n;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80) {
			ascii = to_ascii_sounded(s, n, &alen);
			break;
		}
	const char *a = ascii ? ascii : s;
	struct sbuf o = {0};
	size_t i = 0;
	while (i < alen) {
		while (i < alen && !((a[i] >= 'a' && a[i] <= 'z') || (a[i] >= 'A' && a[i] <= 'Z')))
			i++;
		char w[256];
		size_t wn = 0;
		while (i < alen && ((a[i] >= 'a' && a[i] <= 'z') || (a[i] >= 'A' && a[i] <= 'Z') || a[i] == '\'' ||
		                    a[i] == '.' || a[i] == '-')) {
			/* Inner apostrophes, dots and hyphens join: O'Brien, U.S, Jean-Marie. */
			char c = a[i++];
			if (c >= 'A' && c <= 'Z')
				c = (char)(c + 32);
			if (c >= 'a' && c <= 'z' && wn < sizeof w)
				w[wn++] = c;
		}
		if (wn) {
			if (o.len)
				sbuf_addc(&o, ' ');
			fold_word(w, wn, &o);
		}
	}
	free(ascii);
	char *r = sbuf_take(&o);
	if (outlen)
		*outlen = strlen(r);
	return r;
}

int actors_edit_distance(const char *a, size_t an, const char *b, size_t bn, int max)
{
	if (an > 64 || bn > 64)
		return an == bn && memcmp(a, b, an) == 0 ? 0 : max + 1;
	size_t diff = an > bn ? an - bn : bn - an;
	if ((int)diff > max)
		return max + 1;
	if (max <= 0)
		return an == bn && memcmp(a, b, an) == 0 ? 0 : max + 1;
	/* Only the cells within max of the diagonal can hold max or less (an
	 * alignment of cost d never strays more than d from it): the others
	 * count as max + 1, which is all the answer needs of them. */
	const int inf = max + 1;
	const size_t band = (size_t)max;
	int rows[3][66];
	int *pp = rows[0], *p = rows[1], *c = rows[2];
	for (size_t j = 0; j <= bn; j++)
		p[j] = j <= band ? (int)j : inf;
	p[bn + 1] = inf;
	for (size_t i = 1; i <= an; i++) {
		size_t lo = i > band ? i - band : 1, hi = i + band < bn ? i + band : bn;
		c[lo - 1] = lo == 1 ? (i <= band ? (int)i : inf) : inf;
		int best = c[lo - 1];
		for (size_t j = lo; j <= hi; j++) {
			int cost = a[i - 1] == b[j - 1] ? 0 : 1;
			int v = p[j] + 1;
			if (c[j - 1] + 1 < v)
				v = c[j - 1] + 1;
			if (p[j - 1] + cost < v)
				v = p[j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			if (v > inf)
				v = inf;
			c[j] = v;
			if (v < best)
				best = v;
		}
		c[hi + 1] = inf;
		if (best > max)
			return max + 1;
		int *t = pp;
		pp = p;
		p = c;
		c = t;
	}
	return p[bn] > max ? max + 1 : p[bn];
}
