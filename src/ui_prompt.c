/* ui_prompt.c — a one-line editor: search patterns, picker filters, and
 * (later) note text.  Keys: printable characters insert; Left/Right,
 * Home/End (C-a/C-e), Backspace/Delete, C-u clears, C-w deletes a word,
 * Up/Down recall earlier entries, Enter accepts, Esc or C-c cancels. */
#include "ui.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

static void set_text(struct ui_prompt *p, const char *s)
{
	p->n = 0;
	size_t len = s ? strlen(s) : 0, i = 0;
	while (i < len) {
		int32_t cp = utf8_next(s, len, &i);
		p->cp = xgrow(p->cp, &p->cap, p->n + 1, sizeof *p->cp);
		p->cp[p->n++] = (uint32_t)cp;
	}
	p->cur = p->n;
}

void prompt_open(struct ui_prompt *p, const char *label, const char *initial)
{
	snprintf(p->label, sizeof p->label, "%s", label ? label : "");
	set_text(p, initial);
	p->hpos = p->nhist;
}

char *prompt_text(const struct ui_prompt *p)
{
	struct sbuf b = {0};
	for (size_t i = 0; i < p->n; i++) {
		char u[4];
		int k = utf8_encode((int32_t)p->cp[i], u);
		sbuf_add(&b, u, (size_t)k);
	}
	return sbuf_take(&b);
}

void prompt_remember(struct ui_prompt *p, const char *s)
{
	if (!s || !*s)
		return;
	if (p->nhist && strcmp(p->hist[p->nhist - 1], s) == 0)
		return;
	p->hist = xgrow(p->hist, &p->caphist, p->nhist + 1, sizeof *p->hist);
	p->hist[p->nhist++] = xstrdup(s);
	p->hpos = p->nhist;
}

static void insert(struct ui_prompt *p, uint32_t cp)
{
	p->cp = xgrow(p->cp, &p->cap, p->n + 1, sizeof *p->cp);
	memmove(p->cp + p->cur + 1, p->cp + p->cur, (p->n - p->cur) * sizeof *p->cp);
	p->cp[p->cur++] = cp;
	p->n++;
}

static void erase_range(struct ui_prompt *p, size_t a, size_t b)
{
	if (b <= a || b > p->n)
		return;
	memmove(p->cp + a, p->cp + b, (p->n - b) * sizeof *p->cp);
	p->n -= b - a;
	if (p->cur > b)
		p->cur -= b - a;
	else if (p->cur > a)
		p->cur = a;
}

enum ui_result prompt_key(struct ui_prompt *p, int code, bool is_func)
{
	key_normalise(&code, &is_func);
	if (!is_func) {
		switch (code) {
		case '\n': return UI_ACCEPT;
		case 27: case 3: case 7: return UI_CANCEL;     /* Esc, C-c, C-g */
		case 1: p->cur = 0; return UI_CONTINUE;       /* C-a */
		case 5: p->cur = p->n; return UI_CONTINUE;    /* C-e */
		case 2: if (p->cur) p->cur--; return UI_CONTINUE;          /* C-b */
		case 6: if (p->cur < p->n) p->cur++; return UI_CONTINUE;   /* C-f */
		case 21: erase_range(p, 0, p->cur); return UI_CONTINUE;    /* C-u */
		case 11: erase_range(p, p->cur, p->n); return UI_CONTINUE; /* C-k */
		case 8:
			if (p->n == 0)
				return UI_CANCEL;
			if (p->cur)
				erase_range(p, p->cur - 1, p->cur);
			return UI_CONTINUE;
		case 23: {                                    /* C-w */
			size_t a = p->cur;
			while (a > 0 && p->cp[a - 1] == ' ')
				a--;
			while (a > 0 && p->cp[a - 1] != ' ')
				a--;
			erase_range(p, a, p->cur);
			return UI_CONTINUE;
		}
		default:
			if (code >= 0x20 && code != 0x7f && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
				insert(p, (uint32_t)code);
			return UI_CONTINUE;
		}
	}
	switch (code) {
	case KEY_LEFT: if (p->cur) p->cur--; break;
	case KEY_RIGHT: if (p->cur < p->n) p->cur++; break;
	case KEY_HOME: p->cur = 0; break;
	case KEY_END: p->cur = p->n; break;
	case KEY_BACKSPACE:
		if (p->n == 0)
			return UI_CANCEL;
		if (p->cur)
			erase_range(p, p->cur - 1, p->cur);
		break;
	case KEY_DC: erase_range(p, p->cur, p->cur + 1); break;
	case KEY_UP:
		if (p->hpos > 0) {
			p->hpos--;
			set_text(p, p->hist[p->hpos]);
		}
		break;
	case KEY_DOWN:
		if (p->hpos < p->nhist) {
			p->hpos++;
			set_text(p, p->hpos < p->nhist ? p->hist[p->hpos] : "");
		}
		break;
	default: break;
	}
	return UI_CONTINUE;
}

void prompt_draw(const struct ui_prompt *p, struct grid *g, int x, int y, int w, const struct theme *th)
{
	if (w <= 0)
		return;
	struct style st = th->slot[SLOT_TEXT];
	uint16_t sid = grid_style(g, &st);
	struct style cs = st;
	ui_style_over(&cs, &th->slot[SLOT_CONTROL]);
	uint16_t ctrl = grid_style(g, &cs);
	grid_fill(g, (struct rect){x, y, w, 1}, L' ', sid);
	int lw = grid_text(g, x, y, w - 1, p->label, strlen(p->label), sid, ctrl, false);
	int avail = w - lw - 1;
	if (avail < 1)
		avail = 1;
	/* Columns of each code point, to scroll the text so the cursor shows. */
	char *txt = prompt_text(p);
	size_t tlen = strlen(txt);
	int curcol = 0;
	size_t bi = 0;
	for (size_t ci = 0; bi < tlen && ci < p->cur; ci++) {
		size_t k = bi;
		utf8_next(txt, tlen, &k);
		curcol += ui_text_width(txt + bi, k - bi);
		bi = k;
	}
	/* Skip leading code points until the cursor fits. */
	size_t from = 0;
	int skipped = 0;
	while (curcol - skipped >= avail && from < tlen) {
		size_t k = from;
		utf8_next(txt, tlen, &k);
		skipped += ui_text_width(txt + from, k - from);
		from = k;
	}
	grid_text(g, x + lw, y, avail, txt + from, tlen - from, sid, ctrl, false);
	g->cursor = true;
	g->cur_x = x + lw + curcol - skipped;
	g->cur_y = y;
	if (g->cur_x >= x + w)
		g->cur_x = x + w - 1;
	free(txt);
}

void prompt_free(struct ui_prompt *p)
{
	free(p->cp);
	for (size_t i = 0; i < p->nhist; i++)
		free(p->hist[i]);
	free(p->hist);
	memset(p, 0, sizeof *p);
}
