/* ui_render.c — drawing a frame's parts into the grid: article rows with
 * their highlights, the status line, dialog boxes. */
#include "ui.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

void render_rows(struct grid *g, struct rect r, int wrap, const char *t, const struct ui_row *rows, size_t n,
                 const struct hl_byte *hl, size_t hl_base, const struct theme *th)
{
	int x1 = r.x + (wrap > 0 && wrap < r.w ? wrap : r.w);
	struct ucell cells[16];
	/* Styles repeat from cell to cell: remember the last one. */
	struct hl_byte last = {0xff, 0};
	bool last_ctrl = false;
	uint16_t last_id = 0;
	for (size_t k = 0; k < n && (int)k < r.h; k++) {
		int y = r.y + (int)k, x = r.x;
		size_t i = rows[k].start, e = rows[k].end;
		struct span seg = {i, e};
		while (i < e && x < x1) {
			size_t ce = ui_next_cluster(t, seg.start, seg.end, i);
			int nc = ui_cluster_cells(t, i, ce, cells, 16);
			struct hl_byte hb = hl ? hl[i - hl_base] : (struct hl_byte){SLOT_TEXT, 0};
			for (int j = 0; j < nc && x < x1; j++) {
				bool ctrl = cells[j].control;
				if (hb.slot != last.slot || hb.flags != last.flags || ctrl != last_ctrl) {
					struct style st = hl_style(th, hb, ctrl);
					last_id = grid_style(g, &st);
					last = hb;
					last_ctrl = ctrl;
				}
				int used = grid_put(g, x, y, &cells[j], last_id, r.x, x1);
				if (!used)
					x = x1;
				x += used;
			}
			i = ce;
		}
	}
}

/* ---- note marks ----------------------------------------------------------- */

int render_wrap(int w, int want, bool margin)
{
	int wrap = want > 0 && want < w ? want : w;
	if (margin && wrap > w - UI_NOTE_MARGIN)
		wrap = w - UI_NOTE_MARGIN;
	return wrap < 1 ? 1 : wrap;
}

/* Is the user's own locale (the environment's, not the one the reader set
 * for itself) UTF-8?  Asked once. */
static bool user_locale_utf8(void)
{
	static int known = -1;
	if (known < 0) {
		known = 0;
		locale_t loc = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
		if (loc) {
			const char *cs = nl_langinfo_l(CODESET, loc);
			known = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
			freelocale(loc);
		}
	}
	return known == 1;
}

const char *render_note_glyph(const struct theme *th)
{
	static const char pencil[] = "\xe2\x9c\x8e";   /* U+270E LOWER RIGHT PENCIL */
	if ((th->name && strcmp(th->name, "mono") == 0) || !user_locale_utf8())
		return "*";
	/* Only if the terminal's width table agrees it takes one column. */
	if (ui_cluster_width(pencil, 0, sizeof pencil - 1) != 1)
		return "*";
	return pencil;
}

void render_note_marks(struct grid *g, struct rect r, int wrap, const char *t, size_t len,
                       const struct ui_row *rows, size_t n, annots *an, const struct theme *th)
{
	if (!an || !n || r.h <= 0)
		return;
	if (n > (size_t)r.h)
		n = (size_t)r.h;
	int mx = r.x + (wrap > 0 && wrap < r.w ? wrap : r.w) + UI_NOTE_MARGIN - 1;
	if (mx >= r.x + r.w)
		return;                      /* no room for the margin */
	/* A note ends on row k when its last byte is in the row, or is the
	 * line feed after it. */
	size_t from = rows[0].start, to = rows[n - 1].end;
	if (to < len && t[to] == '\n')
		to++;
	int *ids = NULL;
	size_t cap = 0, m = annots_overlapping(an, from, to, &ids, &cap);
	const char *glyph = render_note_glyph(th);
	struct ucell uc;
	if (ui_cluster_cells(glyph, 0, strlen(glyph), &uc, 1) != 1) {
		free(ids);
		return;
	}
	struct style st = th->slot[SLOT_TEXT];
	ui_style_over(&st, &th->slot[SLOT_NOTE_MARK]);
	uint16_t sid = grid_style(g, &st);
	for (size_t k = 0; k < m; k++) {
		const struct ann *nt = annots_get(an, ids[k]);
		if (!nt || nt->kind != ANN_NOTE || nt->end <= nt->start || nt->end <= from || nt->end > to)
			continue;
		size_t last = nt->end - 1;
		for (size_t i = 0; i < n; i++) {
			size_t next = i + 1 < n ? rows[i + 1].start : to;
			if (last >= rows[i].start && last < next) {
				grid_put(g, mx, r.y + (int)i, &uc, sid, r.x, r.x + r.w);
				break;
			}
		}
	}
	free(ids);
}

void render_status(struct grid *g, int y, int w, const char *left, enum theme_slot left_slot, const char *right,
                   const struct theme *th)
{
	if (w <= 0 || y < 0 || y >= g->h)
		return;
	struct style base = th->slot[SLOT_TEXT];
	ui_style_over(&base, &th->slot[SLOT_STATUS]);
	uint16_t bid = grid_style(g, &base);
	struct style ls = base;
	if (left_slot != SLOT_STATUS)
		ui_style_over(&ls, &th->slot[left_slot]);
	uint16_t lid = grid_style(g, &ls);
	struct style cs = base;
	ui_style_over(&cs, &th->slot[SLOT_CONTROL]);
	uint16_t cid = grid_style(g, &cs);
	grid_fill(g, (struct rect){0, y, w, 1}, L' ', bid);
	size_t ln = left ? strlen(left) : 0, rn = right ? strlen(right) : 0;
	int lw = ui_text_width(left ? left : "", ln), rw = ui_text_width(right ? right : "", rn);
	int room = w - 2;                 /* a space at each end */
	if (room < 1) {
		grid_text(g, 0, y, w, left ? left : "", ln, lid, cid, true);
		return;
	}
	int rmax = rw;
	if (lw + rw + 2 > room) {
		/* Share: the right part gets what the left leaves, at most half. */
		int half = room / 2;
		rmax = room - lw - 2;
		if (rmax < half)
			rmax = rw < half ? rw : half;
		if (rmax < 0)
			rmax = 0;
	}
	int lmax = room - (rmax ? rmax + 2 : 0);
	if (lmax < 0)
		lmax = 0;
	int used = grid_text(g, 1, y, lmax, left ? left : "", ln, lid, cid, true);
	(void)used;
	if (rmax > 0 && rn) {
		int show = rw < rmax ? rw : rmax;
		grid_text(g, 1 + room - show, y, show, right, rn, bid, cid, true);
	}
}

struct rect ui_centre(struct rect area, int w, int h)
{
	if (w > area.w)
		w = area.w;
	if (h > area.h)
		h = area.h;
	return (struct rect){area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h};
}

struct rect ui_box(struct grid *g, struct rect r, const char *title, const struct theme *th)
{
	struct style in = th->slot[SLOT_TEXT];
	ui_style_over(&in, &th->slot[SLOT_PANE]);
	uint16_t iid = grid_style(g, &in);
	struct style bs = in;
	ui_style_over(&bs, &th->slot[SLOT_PANE_BORDER]);
	uint16_t bid = grid_style(g, &bs);
	struct style ts = in;
	ui_style_over(&ts, &th->slot[SLOT_PANE_TITLE]);
	uint16_t tid = grid_style(g, &ts);
	grid_fill(g, r, L' ', iid);
	if (r.w < 3 || r.h < 3) {
		/* No room for a frame: the title on the first row. */
		if (title && r.h > 0)
			grid_text(g, r.x, r.y, r.w, title, strlen(title), tid, tid, true);
		int t = title && r.h > 1 ? 1 : 0;
		return (struct rect){r.x, r.y + t, r.w, r.h - t};
	}
	struct ucell h = {{L'\x2500'}, 1, false}, v = {{L'\x2502'}, 1, false};
	struct ucell c[4] = {{{L'\x250c'}, 1, false}, {{L'\x2510'}, 1, false}, {{L'\x2514'}, 1, false},
	                     {{L'\x2518'}, 1, false}};
	int x1 = r.x + r.w - 1, y1 = r.y + r.h - 1;
	for (int x = r.x + 1; x < x1; x++) {
		grid_put(g, x, r.y, &h, bid, r.x, r.x + r.w);
		grid_put(g, x, y1, &h, bid, r.x, r.x + r.w);
	}
	for (int y = r.y + 1; y < y1; y++) {
		grid_put(g, r.x, y, &v, bid, r.x, r.x + r.w);
		grid_put(g, x1, y, &v, bid, r.x, r.x + r.w);
	}
	grid_put(g, r.x, r.y, &c[0], bid, r.x, r.x + r.w);
	grid_put(g, x1, r.y, &c[1], bid, r.x, r.x + r.w);
	grid_put(g, r.x, y1, &c[2], bid, r.x, r.x + r.w);
	grid_put(g, x1, y1, &c[3], bid, r.x, r.x + r.w);
	if (title && *title && r.w > 4) {
		struct ucell sp = {{L' '}, 1, false};
		grid_put(g, r.x + 1, r.y, &sp, tid, r.x, r.x + r.w);
		int tw = grid_text(g, r.x + 2, r.y, r.w - 5, title, strlen(title), tid, tid, true);
		grid_put(g, r.x + 2 + tw, r.y, &sp, tid, r.x, r.x + r.w);
	}
	return (struct rect){r.x + 1, r.y + 1, r.w - 2, r.h - 2};
}
