/* wordlist.c — system word lists, mapped and binary-searched (wordlist.h). */
#include "wordlist.h"

#include "hindex.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/ucol.h>
#include <unicode/ustring.h>

struct wline {
	const char *s;
	uint32_t n, hash;
};

struct wordlist {
	char *path;
	const char *base;
	size_t size;
	enum wordlist_order order;
	UCollator *coll;          /* COLLATED: primary strength, punctuation ignored */
	struct wline *idx;        /* INDEXED: every line, hashed */
	size_t nidx;
	struct hindex ix;
	struct wordlist *next;    /* the process's open lists */
};

static pthread_mutex_t lists_lock = PTHREAD_MUTEX_INITIALIZER;
static struct wordlist *opened;

/* ---- lines ---------------------------------------------------------------- */

/* The line starting at byte p: its text in *s, *n; returns the start of the
 * next line (size at the end). */
static size_t line_at(const struct wordlist *w, size_t p, const char **s, size_t *n)
{
	const char *nl = memchr(w->base + p, '\n', w->size - p);
	size_t e = nl ? (size_t)(nl - w->base) : w->size;
	size_t len = e - p;
	if (len > 0 && w->base[p + len - 1] == '\r')
		len--;
	*s = w->base + p;
	*n = len;
	return nl ? e + 1 : w->size;
}

/* The start of the line holding byte p, not before lo. */
static size_t line_start(const struct wordlist *w, size_t lo, size_t p)
{
	while (p > lo && w->base[p - 1] != '\n')
		p--;
	return p;
}

static int cmp_bytes(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);
	return c ? c : (an > bn) - (an < bn);
}

static int cmp_coll(const struct wordlist *w, const char *a, size_t an, const char *b, size_t bn)
{
	UErrorCode st = U_ZERO_ERROR;
	UCollationResult r = ucol_strcollUTF8(w->coll, a, (int32_t)an, b, (int32_t)bn, &st);
	if (U_FAILURE(st))
		return cmp_bytes(a, an, b, bn);
	return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
}

/* `LC_ALL=C sort -d`: bytes, counting only ASCII letters, digits and blanks. */
static bool dict_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '\t';
}

static int cmp_dict(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	for (;; i++, j++) {
		while (i < an && !dict_byte((unsigned char)a[i]))
			i++;
		while (j < bn && !dict_byte((unsigned char)b[j]))
			j++;
		if (i == an || j == bn)
			return (i < an) - (j < bn);
		if (a[i] != b[j])
			return (unsigned char)a[i] < (unsigned char)b[j] ? -1 : 1;
	}
}

static int cmp_order(const struct wordlist *w, const char *a, size_t an, const char *b, size_t bn)
{
	switch (w->order) {
	case WORDLIST_COLLATED:
		return cmp_coll(w, a, an, b, bn);
	case WORDLIST_DICT:
		return cmp_dict(a, an, b, bn);
	default:
		return cmp_bytes(a, an, b, bn);
	}
}

/* ---- order ---------------------------------------------------------------- */

/* Are up to `count` lines from *p in order after the line *ps (NULL: none
 * yet)?  Moves *p past them and *ps, *pn to the last one read. */
static bool lines_in_order(const struct wordlist *w, size_t *p, size_t count, const char **ps, size_t *pn)
{
	for (size_t k = 0; k < count && *p < w->size; k++) {
		const char *s;
		size_t n;
		*p = line_at(w, *p, &s, &n);
		if (*ps && cmp_order(w, *ps, *pn, s, n) > 0)
			return false;
		*ps = s;
		*pn = n;
	}
	return true;
}

enum { SAMPLES = 512 };

/* Are the sampled lines (and the line after each) in order? */
static bool sample_sorted(const struct wordlist *w)
{
	const char *ps = NULL;
	size_t pn = 0, done = 0;
	for (size_t k = 0; k < SAMPLES; k++) {
		size_t p = (size_t)((unsigned long long)w->size * k / SAMPLES);
		if (p < done)
			p = done;    /* a short list: no line twice */
		else if (p > 0 && w->base[p - 1] != '\n') {
			const char *nl = memchr(w->base + p, '\n', w->size - p);
			if (!nl)
				break;
			p = (size_t)(nl - w->base) + 1;
		}
		if (!lines_in_order(w, &p, 2, &ps, &pn))
			return false;
		done = p;
	}
	return true;
}

static uint32_t wline_hash(const void *ctx, size_t i)
{
	return ((const struct wline *)ctx)[i].hash;
}

static void build_index(struct wordlist *w)
{
	size_t n = 0;
	for (const char *p = w->base, *end = w->base + w->size; p < end; n++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	w->idx = xmalloc(n * sizeof *w->idx);
	for (size_t p = 0; p < w->size && w->nidx < n;) {
		const char *s;
		size_t len;
		p = line_at(w, p, &s, &len);
		if (len >= UINT32_MAX)
			continue;
		w->idx[w->nidx++] = (struct wline){s, (uint32_t)len, hash_fnv(s, len)};
	}
	hindex_build(&w->ix, w->nidx, 2 * w->nidx, wline_hash, w->idx);
}

static void find_order(struct wordlist *w)
{
	w->order = WORDLIST_BYTES;
	if (sample_sorted(w))
		return;
	w->order = WORDLIST_DICT;
	if (sample_sorted(w))
		return;
	UErrorCode st = U_ZERO_ERROR;
	w->coll = ucol_open("", &st);
	if (U_SUCCESS(st)) {
		ucol_setStrength(w->coll, UCOL_PRIMARY);
		ucol_setAttribute(w->coll, UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, &st);
	}
	if (U_SUCCESS(st)) {
		w->order = WORDLIST_COLLATED;
		if (sample_sorted(w))
			return;
	}
	if (w->coll)
		ucol_close(w->coll);
	w->coll = NULL;
	w->order = WORDLIST_INDEXED;
	build_index(w);
}

/* ---- open ----------------------------------------------------------------- */

static struct wordlist *map_list(const char *path, struct gerr *e)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		gerr_set(e, EXIT_CONFIG, "%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat sb;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size <= 0) {
		gerr_set(e, EXIT_CONFIG, "%s: %s", path, !S_ISREG(sb.st_mode) ? "not a regular file" : "empty word list");
		close(fd);
		return NULL;
	}
	void *m = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	int err = errno;
	close(fd);
	if (m == MAP_FAILED) {
		gerr_set(e, EXIT_CONFIG, "%s: %s", path, strerror(err));
		return NULL;
	}
	struct wordlist *w = xcalloc(1, sizeof *w);
	w->path = xstrdup(path);
	w->base = m;
	w->size = (size_t)sb.st_size;
	find_order(w);
	return w;
}

const wordlist *wordlist_open(const char *path, struct gerr *e)
{
	if (!path || !*path) {
		gerr_set(e, EXIT_CONFIG, "word list: empty path");
		return NULL;
	}
	pthread_mutex_lock(&lists_lock);
	struct wordlist *w = opened;
	while (w && strcmp(w->path, path))
		w = w->next;
	if (!w && (w = map_list(path, e))) {
		w->next = opened;
		opened = w;
	}
	pthread_mutex_unlock(&lists_lock);
	return w;
}

size_t wordlist_open_pack(const lang *l, const wordlist **out, size_t max)
{
	const lexicon *v = lang_lex(l, "word_lists");
	const char *pack = lang_path(l);
	const char *slash = pack ? strrchr(pack, '/') : NULL;
	size_t n = 0;
	for (size_t i = 0; i < lex_size(v) && n < max; i++) {
		const char *val;
		const char *p = lex_entry(v, i, &val);
		if (!p || !*p)
			continue;
		char *path = p[0] != '/' && slash ? xasprintf("%.*s/%s", (int)(slash - pack), pack, p) : xstrdup(p);
		struct gerr e = {0};
		const wordlist *w = wordlist_open(path, &e);
		if (w)
			out[n++] = w;
		free(path);
	}
	return n;
}

/* ---- lookups -------------------------------------------------------------- */

bool wordlist_has(const wordlist *w, const char *s, size_t n)
{
	if (!w || n == 0 || memchr(s, '\n', n))
		return false;
	if (w->order == WORDLIST_INDEXED) {
		uint32_t h = hash_fnv(s, n);
		for (size_t j = hindex_start(&w->ix, h), k; (k = hindex_next(&w->ix, &j)) != HINDEX_NONE;)
			if (w->idx[k].hash == h && w->idx[k].n == n && !memcmp(w->idx[k].s, s, n))
				return true;
		return false;
	}
	/* The first line not less than s: lines starting before lo are less,
	 * lines starting at hi or after are not. */
	size_t lo = 0, hi = w->size;
	while (lo < hi) {
		size_t p = line_start(w, lo, lo + (hi - lo) / 2);
		const char *ls;
		size_t ln;
		size_t next = line_at(w, p, &ls, &ln);
		if (cmp_order(w, ls, ln, s, n) < 0)
			lo = next;
		else
			hi = p;
	}
	/* Byte order: that line or none.  Otherwise the lines that compare
	 * equal follow (mark, Mark, mark's at primary strength; Zurich and
	 * Zürich for sort -d); one of them may be s. */
	for (size_t p = lo; p < w->size;) {
		const char *ls;
		size_t ln;
		p = line_at(w, p, &ls, &ln);
		if (ln == n && !memcmp(ls, s, n))
			return true;
		if (w->order == WORDLIST_BYTES || cmp_order(w, ls, ln, s, n) != 0)
			return false;
	}
	return false;
}

enum wordlist_order wordlist_order(const wordlist *w)
{
	return w->order;
}

size_t wordlist_count(const wordlist *w)
{
	size_t c = 0;
	for (size_t p = 0; p < w->size;) {
		const char *s;
		size_t n;
		p = line_at(w, p, &s, &n);
		c++;
	}
	return c;
}

bool wordlist_check(const wordlist *w)
{
	if (w->order == WORDLIST_INDEXED)
		return true;
	const char *ps = NULL;
	size_t pn = 0, p = 0;
	return lines_in_order(w, &p, SIZE_MAX, &ps, &pn);
}

/* ---- common words --------------------------------------------------------- */

enum { WMAX = 128 };

static bool in_any(const wordlist *const *v, size_t nv, const char *s, size_t n)
{
	for (size_t i = 0; i < nv; i++)
		if (v[i] && wordlist_has(v[i], s, n))
			return true;
	return false;
}

/* UTF-16 to UTF-8 into out[WMAX * 3]; length or -1. */
static int32_t to_utf8(const UChar *u, int32_t un, char *out)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t n = 0;
	u_strToUTF8(out, WMAX * 3, &n, u, un, &st);
	return U_SUCCESS(st) && st != U_STRING_NOT_TERMINATED_WARNING ? n : -1;
}

bool wordlist_common(const wordlist *const *lists, size_t nlists, const char *s, size_t n, const char *locale,
                     bool elision)
{
	if (!nlists || n == 0 || n >= WMAX)
		return false;
	UChar as[WMAX], lo[WMAX];
	int32_t an = 0;
	UErrorCode st = U_ZERO_ERROR;
	u_strFromUTF8(as, WMAX, &an, s, (int32_t)n, &st);
	if (U_FAILURE(st) || an >= WMAX)
		return false;
	for (int32_t i = 0; i < an; i++)
		if (as[i] == 0x2019 || as[i] == 0x02BC)
			as[i] = '\'';
	int32_t ln = u_strToLower(lo, WMAX, as, an, locale, &st);
	if (U_FAILURE(st) || ln >= WMAX)
		return false;
	char a8[WMAX * 3], l8[WMAX * 3];
	int32_t a8n = to_utf8(as, an, a8), l8n = to_utf8(lo, ln, l8);
	if (a8n < 0 || l8n < 0)
		return false;
	size_t skip = 0;
	if (!in_any(lists, nlists, l8, (size_t)l8n)) {
		/* « l'Écluse »: one or two letters and an apostrophe, then the word */
		const char *ap = elision ? memchr(l8, '\'', (size_t)l8n) : NULL;
		if (!ap || ap == l8 || ap - l8 > 2 || ap + 1 == l8 + l8n)
			return false;
		skip = (size_t)(ap - l8) + 1;
		if (!in_any(lists, nlists, l8 + skip, (size_t)l8n - skip))
			return false;
	}
	/* The word as written is listed: a proper noun (Mark, Hope) or a word
	 * in lower case already. */
	if ((size_t)a8n == (size_t)l8n && !memcmp(a8, l8, (size_t)l8n))
		return true;
	if ((size_t)a8n < skip || (skip && a8[skip - 1] != '\''))
		return false;
	return !in_any(lists, nlists, a8 + skip, (size_t)a8n - skip);
}
