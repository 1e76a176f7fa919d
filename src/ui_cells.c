/* ui_cells.c — how text becomes screen cells: grapheme clusters (ICU),
 * display widths (wcwidth, as ncurses counts them, with ICU's East Asian
 * width as the fallback), combining marks kept with their base, control
 * and bidi characters made visible (visible.h). */
#include "ui.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "visible.h"

/* One character iterator for the UI thread, re-targeted only when the text
 * changes (the ASCII fast path needs none). */
static UBreakIterator *char_bi;
static UText *char_ut;
static const char *char_base;
static size_t char_len;

void ui_cells_cleanup(void)
{
	if (char_bi)
		ubrk_close(char_bi);
	if (char_ut)
		utext_close(char_ut);
	char_bi = NULL;
	char_ut = NULL;
	char_base = NULL;
	char_len = 0;
}

void ui_cells_forget(void)
{
	char_base = NULL;
	char_len = 0;
}

size_t ui_next_cluster(const char *t, size_t s, size_t e, size_t pos)
{
	if (pos >= e)
		return e;
	unsigned char c = (unsigned char)t[pos];
	if (c < 0x80 && (pos + 1 == e || ((unsigned char)t[pos + 1] < 0x80 && !(c == '\r' && t[pos + 1] == '\n'))))
		return pos + 1;
	UErrorCode st = U_ZERO_ERROR;
	if (!char_bi) {
		char_bi = ubrk_open(UBRK_CHARACTER, "", NULL, 0, &st);
		if (U_FAILURE(st))
			char_bi = NULL;
	}
	if (char_bi && (char_base != t + s || char_len != e - s)) {
		st = U_ZERO_ERROR;
		char_ut = utext_openUTF8(char_ut, t + s, (int64_t)(e - s), &st);
		if (U_SUCCESS(st))
			ubrk_setUText(char_bi, char_ut, &st);
		if (U_SUCCESS(st)) {
			char_base = t + s;
			char_len = e - s;
		} else {
			char_base = NULL;
		}
	}
	if (char_bi && char_base == t + s) {
		int32_t b = ubrk_following(char_bi, (int32_t)(pos - s));
		if (b != UBRK_DONE && (size_t)b + s > pos)
			return (size_t)b + s;
	}
	/* No iterator: one code point. */
	size_t k = pos;
	utf8_next(t, e, &k);
	return k;
}

static int cp_width(int32_t cp)
{
	int w = wcwidth((wchar_t)cp);
	if (w >= 0)
		return w;
	/* Not in the C library's table (or not a UTF-8 locale): ask ICU. */
	int8_t gc = u_charType(cp);
	if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR)
		return 0;
	int ea = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
	if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH || u_hasBinaryProperty(cp, UCHAR_EMOJI_PRESENTATION))
		return 2;
	return 1;
}

/* Invisible characters that join or select presentation: dropped, so the
 * width the terminal gives is predictable. */
static bool invisible(int32_t cp)
{
	return u_charType(cp) == U_FORMAT_CHAR || u_hasBinaryProperty(cp, UCHAR_VARIATION_SELECTOR) ||
	       u_hasBinaryProperty(cp, UCHAR_EMOJI_MODIFIER);
}

static int add_cell(struct ucell *out, int n, int max, wchar_t ch, int width, bool control)
{
	if (n >= max)
		return n;
	if (out) {
		memset(&out[n], 0, sizeof out[n]);
		out[n].wc[0] = ch;
		out[n].width = (uint8_t)width;
		out[n].control = control;
	}
	return n + 1;
}

int ui_cluster_cells(const char *t, size_t s, size_t e, struct ucell *out, int max)
{
	int n = 0;
	size_t i = s;
	bool attachable = false;    /* the last cell may take combining marks */
	while (i < e) {
		int32_t cp = utf8_next(t, e, &i);
		char buf[16];
		const char *rep = visible_replacement(cp, buf);
		if (rep) {
			for (const char *r = rep; *r; r++)
				n = add_cell(out, n, max, (wchar_t)(unsigned char)*r, 1, true);
			attachable = false;
			continue;
		}
		if (cp == '\t') {
			for (int k = 0; k < UI_TAB_WIDTH; k++)
				n = add_cell(out, n, max, L' ', 1, false);
			attachable = false;
			continue;
		}
		if (cp == '\n') {
			n = add_cell(out, n, max, L' ', 1, false);
			attachable = false;
			continue;
		}
		if (invisible(cp))
			continue;
		int w = cp_width(cp);
		if (w == 0) {
			if (!attachable) {
				/* A mark with nothing to sit on: show it on a space. */
				int before = n;
				n = add_cell(out, n, max, L' ', 1, false);
				attachable = n > before;
				if (!attachable)
					continue;
			}
			if (out) {
				struct ucell *c = &out[n - 1];
				int k = 0;
				while (k < CELL_WC && c->wc[k])
					k++;
				if (k < CELL_WC)
					c->wc[k] = (wchar_t)cp;
			}
			continue;
		}
		int before = n;
		n = add_cell(out, n, max, (wchar_t)cp, w > 2 ? 2 : w, false);
		attachable = n > before;
	}
	return n;
}

int ui_cluster_width(const char *t, size_t s, size_t e)
{
	if (e == s + 1) {
		unsigned char c = (unsigned char)t[s];
		if (c >= 0x20 && c < 0x7f)
			return 1;
	}
	struct ucell cells[16];
	int n = ui_cluster_cells(t, s, e, cells, 16);
	int w = 0;
	for (int i = 0; i < n; i++)
		w += cells[i].width;
	return w;
}

int ui_text_width(const char *s, size_t n)
{
	ui_cells_forget();
	int w = 0;
	size_t i = 0;
	while (i < n) {
		size_t k = ui_next_cluster(s, 0, n, i);
		w += ui_cluster_width(s, i, k);
		i = k;
	}
	return w;
}

bool ui_is_space(const char *t, size_t e, size_t pos)
{
	if (pos >= e)
		return false;
	unsigned char c = (unsigned char)t[pos];
	if (c < 0x80)
		return c == ' ';
	size_t k = pos;
	int32_t cp = utf8_next(t, e, &k);
	/* No-break spaces hold words together: they do not hang. */
	if (cp == 0xA0 || cp == 0x202F || cp == 0x2007)
		return false;
	return u_isUWhiteSpace(cp) && cp != 0x85 && !(cp >= 0x2028 && cp <= 0x2029);
}
