/* ui_search.c — case- and accent-insensitive search: ICU usearch with a
 * collator at primary strength for the document's language, so
 * "etats-unis" finds « États-Unis ».  The UTF-8 text is converted to UTF-16
 * a window at a time (with a map back to byte offsets), so searching a
 * 100 MB article never copies it whole. */
#include "ui.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucol.h>
#include <unicode/usearch.h>
#include <unicode/ustring.h>

#define WIN (64 * 1024)      /* bytes per window */
#define OVERLAP 4096         /* windows cut inside a line overlap by this much */

struct search {
	char *locale;
	UCollator *coll;
	bool coll_failed;
	UStringSearch *us;
	char *pattern;
	UChar *pat;              /* usearch keeps a pointer to the pattern */
	UChar *buf;              /* the window as UTF-16 */
	size_t *map;             /* byte offset of each UTF-16 unit, and of the end */
	size_t cap16, capmap;
};

struct search *search_new(const char *locale)
{
	struct search *s = xcalloc(1, sizeof *s);
	s->locale = xstrdup(locale ? locale : "");
	return s;
}

/* The collator is opened at the first search: it is not needed for the
 * first screen, and opening it costs a few milliseconds. */
static UCollator *collator(struct search *s)
{
	if (s->coll || s->coll_failed)
		return s->coll;
	UErrorCode st = U_ZERO_ERROR;
	s->coll = ucol_open(s->locale, &st);
	if (U_FAILURE(st)) {
		st = U_ZERO_ERROR;
		s->coll = ucol_open("", &st);
		if (U_FAILURE(st))
			s->coll = NULL;
	}
	if (s->coll)
		ucol_setStrength(s->coll, UCOL_PRIMARY);
	else
		s->coll_failed = true;
	return s->coll;
}

void search_free(struct search *s)
{
	if (!s)
		return;
	if (s->us)
		usearch_close(s->us);
	if (s->coll)
		ucol_close(s->coll);
	free(s->locale);
	free(s->pattern);
	free(s->pat);
	free(s->buf);
	free(s->map);
	free(s);
}

const char *search_pattern(const struct search *s)
{
	return s->pattern;
}

/* Convert t[a..b) into s->buf / s->map; returns the UTF-16 length. */
static int32_t convert(struct search *s, const char *t, size_t a, size_t b)
{
	size_t need = (b - a) + 1;   /* UTF-16 units never outnumber UTF-8 bytes */
	s->buf = xgrow(s->buf, &s->cap16, need, sizeof *s->buf);
	s->map = xgrow(s->map, &s->capmap, need + 1, sizeof *s->map);
	int32_t n = 0;
	size_t i = a;
	while (i < b) {
		size_t at = i;
		int32_t cp = utf8_next(t, b, &i);
		if (cp > 0xFFFF) {
			s->buf[n] = (UChar)(0xD800 + ((cp - 0x10000) >> 10));
			s->map[n++] = at;
			s->buf[n] = (UChar)(0xDC00 + ((cp - 0x10000) & 0x3FF));
			s->map[n++] = at;
		} else {
			s->buf[n] = (UChar)cp;
			s->map[n++] = at;
		}
	}
	s->map[n] = b;
	return n;
}

int search_set(struct search *s, const char *pattern, struct gerr *e)
{
	if (!pattern || !*pattern)
		return gerr_set(e, EXIT_FAIL, "empty search pattern");
	if (!collator(s))
		return gerr_set(e, EXIT_FAIL, "search: no collator for this language");
	size_t plen = strlen(pattern);
	int32_t n = convert(s, pattern, 0, plen);
	UChar *pat = xmalloc(((size_t)n + 1) * sizeof *pat);
	memcpy(pat, s->buf, (size_t)n * sizeof *pat);
	static const UChar dummy[] = {' '};
	UErrorCode st = U_ZERO_ERROR;
	UStringSearch *us = usearch_openFromCollator(pat, n, dummy, 1, s->coll, NULL, &st);
	if (U_FAILURE(st)) {
		if (us)
			usearch_close(us);
		free(pat);
		return gerr_set(e, EXIT_FAIL, "search: cannot search for '%s' (%s)", pattern, u_errorName(st));
	}
	if (s->us)
		usearch_close(s->us);
	free(s->pat);
	s->us = us;
	s->pat = pat;
	free(s->pattern);
	s->pattern = xstrdup(pattern);
	return 0;
}

static size_t cp_floor(const char *t, size_t i)
{
	while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* Set the window; false if it is empty or ICU refuses it. */
static bool set_window(struct search *s, const char *t, size_t a, size_t b)
{
	if (b <= a)
		return false;
	int32_t n = convert(s, t, a, b);
	if (n <= 0)
		return false;
	UErrorCode st = U_ZERO_ERROR;
	usearch_setText(s->us, s->buf, n, &st);
	return U_SUCCESS(st);
}

/* The end of a forward window starting at a: at a line feed if one is in
 * its second half, else at a code point boundary. */
static size_t window_end(const char *t, size_t len, size_t a, bool *cut)
{
	*cut = false;
	if (len - a <= WIN)
		return len;
	size_t b = a + WIN;
	const char *nl = memrchr(t + a + WIN / 2, '\n', WIN / 2);
	if (nl)
		return (size_t)(nl - t) + 1;
	*cut = true;
	return cp_floor(t, b);
}

bool search_find(struct search *s, const char *t, size_t len, size_t from, bool backward, struct span *m)
{
	if (!s->us)
		return false;
	if (from > len)
		from = len;
	from = cp_floor(t, from);
	if (!backward) {
		size_t a = from;
		while (a < len) {
			bool cut;
			size_t b = window_end(t, len, a, &cut);
			if (set_window(s, t, a, b)) {
				UErrorCode st = U_ZERO_ERROR;
				for (int32_t i = usearch_first(s->us, &st); i != USEARCH_DONE && U_SUCCESS(st);
				     i = usearch_next(s->us, &st)) {
					size_t ms = s->map[i];
					if (ms < from)
						continue;
					m->start = ms;
					m->end = s->map[i + usearch_getMatchedLength(s->us)];
					return true;
				}
			}
			size_t na = cut ? cp_floor(t, b - OVERLAP) : b;
			a = na > a ? na : b;
		}
		return false;
	}
	/* Backward: windows ending a little after the last acceptable start. */
	size_t hi = from;
	while (hi > 0) {
		size_t b = hi + OVERLAP < len ? cp_floor(t, hi + OVERLAP) : len;
		size_t a = hi > WIN ? hi - WIN : 0;
		if (a > 0) {
			const char *nl = memchr(t + a, '\n', WIN / 2);
			a = nl ? (size_t)(nl - t) + 1 : cp_floor(t, a);
		}
		if (set_window(s, t, a, b)) {
			UErrorCode st = U_ZERO_ERROR;
			for (int32_t i = usearch_last(s->us, &st); i != USEARCH_DONE && U_SUCCESS(st);
			     i = usearch_previous(s->us, &st)) {
				size_t ms = s->map[i];
				if (ms >= from)
					continue;
				m->start = ms;
				m->end = s->map[i + usearch_getMatchedLength(s->us)];
				return true;
			}
		}
		if (a == 0)
			break;
		/* The next window reaches OVERLAP past this one's start. */
		hi = a;
	}
	return false;
}

size_t search_all(struct search *s, const char *t, size_t a, size_t b, struct span **out, size_t *cap)
{
	size_t n = 0;
	if (!s->us || !set_window(s, t, a, b))
		return 0;
	UErrorCode st = U_ZERO_ERROR;
	for (int32_t i = usearch_first(s->us, &st); i != USEARCH_DONE && U_SUCCESS(st); i = usearch_next(s->us, &st)) {
		*out = xgrow(*out, cap, n + 1, sizeof **out);
		(*out)[n++] = (struct span){s->map[i], s->map[i + usearch_getMatchedLength(s->us)]};
	}
	return n;
}

bool search_in(struct search *s, const char *str, size_t n)
{
	if (!s->us || !set_window(s, str, 0, n))
		return false;
	UErrorCode st = U_ZERO_ERROR;
	return usearch_first(s->us, &st) != USEARCH_DONE && U_SUCCESS(st);
}
