/* pane.c — the pane registry and what every pane shares: building,
 * drawing with a border and title, list movement, Enter. */
#include "pane.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <unicode/uchar.h>

static const struct pane_ops *const registry[PANE_COUNT] = {
	[PANE_WHO] = &pane_who,
	[PANE_TIMELINE] = &pane_timeline,
	[PANE_ACTORS] = &pane_actors,
	[PANE_NOTES] = &pane_notes,
};

const struct pane_ops *pane_ops_of(enum pane_id id)
{
	if ((int)id < 0 || id >= PANE_COUNT)
		return NULL;
	return registry[id];
}

void pane_build(struct pane *p, const struct pane_ctx *cx, unsigned gen)
{
	size_t sel = p->list.sel, top = p->list.top;
	list_clear(&p->list);
	snprintf(p->title, sizeof p->title, "%s", p->ops->name);
	if (cx->an)
		p->ops->build(p, cx);
	/* Keep the place when the store changed under an open pane. */
	p->list.top = top < p->list.n ? top : 0;
	list_select(&p->list, sel);
	p->built = true;
	p->gen = gen;
}

void pane_draw(struct pane *p, struct grid *g, struct rect r, bool right, bool focused, bool extracting,
               const struct theme *th)
{
	if (r.w <= 0 || r.h <= 0)
		return;
	struct style base = th->slot[SLOT_TEXT];
	ui_style_over(&base, &th->slot[SLOT_PANE]);
	uint16_t bid = grid_style(g, &base);
	struct style bs = base;
	ui_style_over(&bs, &th->slot[SLOT_PANE_BORDER]);
	uint16_t border = grid_style(g, &bs);
	struct style ts = base;
	ui_style_over(&ts, &th->slot[SLOT_PANE_TITLE]);
	if (focused)
		ui_style_over(&ts, &th->slot[SLOT_SELECTION]);
	uint16_t title = grid_style(g, &ts);
	grid_fill(g, r, L' ', bid);
	struct rect body;
	if (right) {
		grid_fill(g, (struct rect){r.x, r.y, 1, r.h}, L'\x2502', border);
		body = (struct rect){r.x + 1, r.y, r.w - 1, r.h};
		if (body.w <= 0)
			return;
		grid_text(g, body.x + 1, body.y, body.w - 1, p->title, strlen(p->title), title, title, true);
		body.y++;
		body.h--;
	} else {
		grid_fill(g, (struct rect){r.x, r.y, r.w, 1}, L'\x2500', border);
		if (r.w > 4) {
			struct ucell sp = {{L' '}, 1, false};
			grid_put(g, r.x + 1, r.y, &sp, title, r.x, r.x + r.w);
			int tw = grid_text(g, r.x + 2, r.y, r.w - 4, p->title, strlen(p->title), title, title, true);
			grid_put(g, r.x + 2 + tw, r.y, &sp, title, r.x, r.x + r.w);
		}
		body = (struct rect){r.x, r.y + 1, r.w, r.h - 1};
	}
	if (body.h <= 0)
		return;
	if (extracting || p->list.n == 0) {
		struct style ds = base;
		ui_style_over(&ds, &th->slot[SLOT_DIM]);
		const char *msg = extracting ? "extracting\xe2\x80\xa6" : p->ops->empty;
		grid_text(g, body.x + 1, body.y, body.w - 1, msg, strlen(msg), grid_style(g, &ds), bid, true);
		return;
	}
	list_draw(&p->list, g, body, th, focused, NULL);
}

static int moved(struct pane *p, const struct pane_ctx *cx, size_t before)
{
	if (p->list.sel == before)
		return PANE_HANDLED;
	return PANE_HANDLED | (p->ops->selected ? p->ops->selected(p, cx) : 0);
}

static int enter(struct pane *p, const struct pane_ctx *cx)
{
	if (p->ops->enter)
		return PANE_HANDLED | p->ops->enter(p, cx);
	struct ui_item *it = list_selected(&p->list);
	if (!it || it->jump == SIZE_MAX)
		return PANE_HANDLED;
	p->to = (struct span){it->jump, it->jump_end != SIZE_MAX ? it->jump_end : it->jump};
	p->quote = it->ann;
	if (p->quote >= 0 && cx->an) {
		const struct ann *x = annots_get(cx->an, p->quote);
		if (!x || x->kind != ANN_QUOTE)
			p->quote = -1;
	}
	p->actor = it->actor;
	return PANE_HANDLED | PANE_JUMP;
}

int pane_key(struct pane *p, const struct pane_ctx *cx, enum action act, int code, bool is_func)
{
	size_t before = p->list.sel;
	long page = p->list.page > 1 ? p->list.page - 1 : 1;
	key_normalise(&code, &is_func);
	if (!is_func && code == '\n')
		return enter(p, cx);
	switch (act) {
	case ACT_DOWN: list_move(&p->list, 1); return moved(p, cx, before);
	case ACT_UP: case ACT_UP2: list_move(&p->list, -1); return moved(p, cx, before);
	case ACT_PAGE_DOWN: case ACT_PAGE_DOWN2: list_move(&p->list, page); return moved(p, cx, before);
	case ACT_PAGE_UP: case ACT_PAGE_UP2: list_move(&p->list, -page); return moved(p, cx, before);
	case ACT_HALF_DOWN: list_move(&p->list, page / 2 + 1); return moved(p, cx, before);
	case ACT_HALF_UP: list_move(&p->list, -(page / 2 + 1)); return moved(p, cx, before);
	case ACT_TOP: list_home(&p->list); return moved(p, cx, before);
	case ACT_BOTTOM: list_end(&p->list); return moved(p, cx, before);
	default: break;
	}
	if (p->ops->key)
		return p->ops->key(p, cx, act, code, is_func);
	return 0;
}

int pane_click(struct pane *p, const struct pane_ctx *cx, int row)
{
	size_t i = p->list.top + (size_t)(row < 0 ? 0 : row);
	if (i >= p->list.n || !p->list.it[i].selectable)
		return PANE_HANDLED;
	size_t before = p->list.sel;
	if (i == before)
		return enter(p, cx);
	p->list.sel = i;
	return moved(p, cx, before);
}

char *pane_snippet(const char *t, size_t s, size_t e, size_t max)
{
	struct sbuf b = {0};
	bool space = false;
	size_t i = s;
	while (i < e && b.len < max) {
		size_t k = i;
		int32_t cp = utf8_next(t, e, &k);
		if (u_isUWhiteSpace(cp)) {
			space = b.len > 0;
			i = k;
			continue;
		}
		if (space) {
			sbuf_addc(&b, ' ');
			space = false;
		}
		size_t ce = ui_next_cluster(t, s, e, i);
		if (b.len + (ce - i) > max)
			break;
		sbuf_add(&b, t + i, ce - i);
		i = ce;
	}
	return sbuf_take(&b);
}
