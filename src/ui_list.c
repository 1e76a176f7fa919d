/* ui_list.c — a scrolling list of one-line items with a selection: the
 * panes, the picker and the help overlay all draw through it. */
#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void list_clear(struct ui_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->it[i].text);
	l->n = 0;
	l->sel = 0;
	l->top = 0;
}

void list_free(struct ui_list *l)
{
	list_clear(l);
	free(l->it);
	memset(l, 0, sizeof *l);
}

struct ui_item *list_add(struct ui_list *l, const char *text, size_t n, enum theme_slot slot)
{
	l->it = xgrow(l->it, &l->cap, l->n + 1, sizeof *l->it);
	struct ui_item *it = &l->it[l->n++];
	memset(it, 0, sizeof *it);
	it->text = xstrndup(text, n);
	it->slot = (uint8_t)slot;
	it->selectable = true;
	it->jump = SIZE_MAX;
	it->jump_end = SIZE_MAX;
	it->ann = -1;
	it->actor = -1;
	return it;
}

struct ui_item *list_addf(struct ui_list *l, enum theme_slot slot, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (k < 0)
		k = 0;
	if ((size_t)k < sizeof tmp)
		return list_add(l, tmp, (size_t)k, slot);
	char *big = xmalloc((size_t)k + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)k + 1, fmt, ap);
	va_end(ap);
	struct ui_item *it = list_add(l, big, (size_t)k, slot);
	free(big);
	return it;
}

void item_mark(struct ui_item *it, size_t from, size_t to, enum theme_slot slot)
{
	if (it->nmark >= ITEM_MARKS || to <= from)
		return;
	it->mark[it->nmark].from = (uint32_t)from;
	it->mark[it->nmark].to = (uint32_t)to;
	it->mark[it->nmark].slot = (uint8_t)slot;
	it->nmark++;
}

static bool any_selectable(const struct ui_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->it[i].selectable)
			return true;
	return false;
}

void list_select(struct ui_list *l, size_t i)
{
	if (l->n == 0) {
		l->sel = 0;
		return;
	}
	if (i >= l->n)
		i = l->n - 1;
	for (size_t d = 0; d < l->n; d++) {
		if (i + d < l->n && l->it[i + d].selectable) {
			l->sel = i + d;
			return;
		}
		if (d <= i && l->it[i - d].selectable) {
			l->sel = i - d;
			return;
		}
	}
	l->sel = i;
}

void list_move(struct ui_list *l, long delta)
{
	if (!any_selectable(l))
		return;
	size_t i = l->sel;
	while (delta > 0) {
		size_t k = i + 1;
		while (k < l->n && !l->it[k].selectable)
			k++;
		if (k >= l->n)
			break;
		i = k;
		delta--;
	}
	while (delta < 0) {
		size_t k = i;
		bool found = false;
		while (k > 0) {
			k--;
			if (l->it[k].selectable) {
				found = true;
				break;
			}
		}
		if (!found)
			break;
		i = k;
		delta++;
	}
	l->sel = i;
	/* Show the headings above the first item. */
	if (l->top > 0 && i > 0) {
		size_t k = i;
		while (k > 0 && !l->it[k - 1].selectable)
			k--;
		if (k == 0)
			l->top = 0;
	}
}

void list_home(struct ui_list *l)
{
	list_select(l, 0);
	l->top = 0;
}

void list_end(struct ui_list *l)
{
	if (l->n)
		list_select(l, l->n - 1);
}

struct ui_item *list_selected(struct ui_list *l)
{
	if (l->sel < l->n && l->it[l->sel].selectable)
		return &l->it[l->sel];
	return NULL;
}

void list_draw(struct ui_list *l, struct grid *g, struct rect r, const struct theme *th, bool focused,
               size_t *row_item)
{
	if (r.h <= 0 || r.w <= 0)
		return;
	l->page = r.h;
	/* Keep the selection in view. */
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + (size_t)r.h)
		l->top = l->sel - (size_t)r.h + 1;
	if (l->top > 0 && l->n - l->top < (size_t)r.h)
		l->top = l->n > (size_t)r.h ? l->n - (size_t)r.h : 0;
	struct style base = th->slot[SLOT_TEXT];
	ui_style_over(&base, &th->slot[SLOT_PANE]);
	uint16_t ctrl;
	{
		struct style c = base;
		ui_style_over(&c, &th->slot[SLOT_CONTROL]);
		ctrl = grid_style(g, &c);
	}
	for (int row = 0; row < r.h; row++) {
		size_t i = l->top + (size_t)row;
		if (row_item)
			row_item[row] = i < l->n ? i : SIZE_MAX;
		if (i >= l->n)
			continue;
		const struct ui_item *it = &l->it[i];
		bool sel = i == l->sel && it->selectable;
		struct style st = base;
		if (it->slot != SLOT_TEXT && it->slot != SLOT_PANE)
			ui_style_over(&st, &th->slot[it->slot]);
		struct style selst = st;
		if (sel && focused)
			ui_style_over(&selst, &th->slot[SLOT_SELECTION]);
		uint16_t line_style = grid_style(g, sel && focused ? &selst : &st);
		int y = r.y + row;
		if (sel && focused)
			grid_fill(g, (struct rect){r.x, y, r.w, 1}, L' ', line_style);
		/* Gutter: '›' marks the selection when the list is not focused. */
		int x = r.x;
		if (r.w > 2) {
			struct ucell gut = {{sel ? L'\x203a' : L' '}, 1, false};
			struct style gs = base;
			ui_style_over(&gs, &th->slot[SLOT_DIM]);
			grid_put(g, x, y, &gut, sel && focused ? line_style : grid_style(g, &gs), r.x, r.x + r.w);
			x++;
		}
		int indent = it->indent;
		if (indent > r.w / 3)
			indent = r.w / 3;
		x += indent;
		int avail = r.x + r.w - x;
		size_t len = strlen(it->text);
		if (it->nmark == 0) {
			grid_text(g, x, y, avail, it->text, len, line_style, ctrl, true);
			continue;
		}
		/* Styled pieces, in order. */
		bool fits = ui_text_width(it->text, len) <= avail;
		int limit = fits ? avail : avail - 1;
		size_t pos = 0;
		int used = 0;
		while (pos < len && used < limit) {
			size_t next = len;
			int slot = -1;
			for (uint8_t k = 0; k < it->nmark; k++) {
				if (it->mark[k].from <= pos && pos < it->mark[k].to) {
					slot = it->mark[k].slot;
					if (it->mark[k].to < next)
						next = it->mark[k].to;
				} else if (it->mark[k].from > pos && it->mark[k].from < next) {
					next = it->mark[k].from;
				}
			}
			if (next > len)
				next = len;
			uint16_t stid = line_style;
			if (slot >= 0) {
				struct style ms = st;
				ui_style_over(&ms, &th->slot[slot]);
				if (sel && focused)
					ui_style_over(&ms, &th->slot[SLOT_SELECTION]);
				stid = grid_style(g, &ms);
			}
			int w = ui_text_width(it->text + pos, next - pos);
			int room = limit - used;
			grid_text(g, x + used, y, room, it->text + pos, next - pos, stid, ctrl, false);
			used += w < room ? w : room;
			pos = next;
		}
		if (!fits) {
			struct ucell dots = {{L'\x2026'}, 1, false};
			grid_put(g, x + limit, y, &dots, line_style, r.x, r.x + r.w);
		}
	}
}
