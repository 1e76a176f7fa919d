/* ui_grid.c — a frame in memory: cells with styles, drawn by the renderer
 * and the widgets, blitted by ui_term.c, inspected by tests. */
#include "ui.h"

#include <stdlib.h>
#include <string.h>

void grid_resize(struct grid *g, int w, int h)
{
	if (w < 0)
		w = 0;
	if (h < 0)
		h = 0;
	if (g->w == w && g->h == h && g->c)
		return;
	free(g->c);
	g->w = w;
	g->h = h;
	g->c = xcalloc((size_t)w * (size_t)h + 1, sizeof *g->c);
}

void grid_free(struct grid *g)
{
	free(g->c);
	free(g->styles);
	memset(g, 0, sizeof *g);
}

static bool style_eq(const struct style *a, const struct style *b)
{
	return a->fg_rgb == b->fg_rgb && a->bg_rgb == b->bg_rgb && a->fg256 == b->fg256 && a->bg256 == b->bg256 &&
	       a->fg16 == b->fg16 && a->bg16 == b->bg16 && a->bold == b->bold && a->underline == b->underline &&
	       a->reverse == b->reverse && a->italic == b->italic && a->dim == b->dim;
}

uint16_t grid_style(struct grid *g, const struct style *st)
{
	for (size_t i = g->nstyles; i-- > 0;)
		if (style_eq(&g->styles[i], st))
			return (uint16_t)i;
	if (g->nstyles >= UINT16_MAX)
		return 0;
	g->styles = xgrow(g->styles, &g->capstyles, g->nstyles + 1, sizeof *g->styles);
	g->styles[g->nstyles] = *st;
	return (uint16_t)g->nstyles++;
}

void grid_clear(struct grid *g, const struct style *st)
{
	g->nstyles = 0;
	grid_style(g, st);
	for (size_t i = 0; i < (size_t)g->w * (size_t)g->h; i++) {
		memset(&g->c[i], 0, sizeof g->c[i]);
		g->c[i].wc[0] = L' ';
		g->c[i].width = 1;
	}
	g->cursor = false;
}

struct cell *grid_at(struct grid *g, int x, int y)
{
	if (x < 0 || y < 0 || x >= g->w || y >= g->h)
		return NULL;
	return &g->c[(size_t)y * (size_t)g->w + (size_t)x];
}

/* Writing over half of a wide cell blanks its other half. */
static void unwide(struct grid *g, int x, int y)
{
	struct cell *c = grid_at(g, x, y);
	if (!c)
		return;
	if (c->width == 0) {
		struct cell *l = grid_at(g, x - 1, y);
		if (l) {
			l->wc[0] = L' ';
			l->wc[1] = 0;
			l->width = 1;
		}
	} else if (c->width == 2) {
		struct cell *r = grid_at(g, x + 1, y);
		if (r) {
			r->wc[0] = L' ';
			r->wc[1] = 0;
			r->width = 1;
			r->style = c->style;
		}
	}
}

int grid_put(struct grid *g, int x, int y, const struct ucell *uc, uint16_t style, int clip_x0, int clip_x1)
{
	if (clip_x0 < 0)
		clip_x0 = 0;
	if (clip_x1 > g->w)
		clip_x1 = g->w;
	int w = uc->width == 2 ? 2 : 1;
	if (y < 0 || y >= g->h || x < clip_x0 || x + w > clip_x1)
		return 0;
	unwide(g, x, y);
	if (w == 2)
		unwide(g, x + 1, y);
	struct cell *c = grid_at(g, x, y);
	memcpy(c->wc, uc->wc, sizeof c->wc);
	c->width = (uint8_t)w;
	c->style = style;
	if (w == 2) {
		struct cell *r = grid_at(g, x + 1, y);
		memset(r, 0, sizeof *r);
		r->width = 0;
		r->style = style;
	}
	return w;
}

void grid_fill(struct grid *g, struct rect r, wchar_t ch, uint16_t style)
{
	struct ucell uc = {{ch}, 1, false};
	for (int y = r.y; y < r.y + r.h; y++)
		for (int x = r.x; x < r.x + r.w; x++)
			grid_put(g, x, y, &uc, style, r.x, r.x + r.w);
}

int grid_text(struct grid *g, int x, int y, int maxw, const char *s, size_t n, uint16_t style, uint16_t ctrl,
              bool ellipsis)
{
	if (maxw <= 0 || y < 0 || y >= g->h)
		return 0;
	ui_cells_forget();
	int limit = x + maxw;
	if (ellipsis && ui_text_width(s, n) > maxw)
		limit--;
	else
		ellipsis = false;
	int col = x;
	size_t i = 0;
	struct ucell cells[16];
	bool full = false;
	while (i < n && !full) {
		size_t k = ui_next_cluster(s, 0, n, i);
		int nc = ui_cluster_cells(s, i, k, cells, 16);
		for (int j = 0; j < nc; j++) {
			if (col + cells[j].width > limit) {
				full = true;
				break;
			}
			col += grid_put(g, col, y, &cells[j], cells[j].control ? ctrl : style, x, limit);
		}
		i = k;
	}
	if (ellipsis) {
		struct ucell dots = {{L'\x2026'}, 1, false};
		col += grid_put(g, col, y, &dots, style, x, x + maxw);
	}
	return col - x;
}

char *grid_row_text(const struct grid *g, int y, int x0, int x1)
{
	struct sbuf b = {0};
	if (x0 < 0)
		x0 = 0;
	if (x1 > g->w)
		x1 = g->w;
	for (int x = x0; y >= 0 && y < g->h && x < x1; x++) {
		const struct cell *c = &g->c[(size_t)y * (size_t)g->w + (size_t)x];
		if (c->width == 0)
			continue;
		for (int k = 0; k < CELL_WC && c->wc[k]; k++) {
			char u[4];
			int len = utf8_encode((int32_t)c->wc[k], u);
			sbuf_add(&b, u, (size_t)len);
		}
	}
	return sbuf_take(&b);
}

void ui_style_over(struct style *st, const struct style *over)
{
	if (over->fg_rgb >= 0 || over->fg256 >= 0 || over->fg16 >= 0) {
		st->fg_rgb = over->fg_rgb;
		st->fg256 = over->fg256;
		st->fg16 = over->fg16;
	}
	if (over->bg_rgb >= 0 || over->bg256 >= 0 || over->bg16 >= 0) {
		st->bg_rgb = over->bg_rgb;
		st->bg256 = over->bg256;
		st->bg16 = over->bg16;
	}
	st->bold |= over->bold;
	st->underline |= over->underline;
	st->reverse |= over->reverse;
	st->italic |= over->italic;
	st->dim |= over->dim;
}
