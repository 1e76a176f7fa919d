/* ui_picker.c — a list of choices in a box, with a type-ahead filter that
 * ignores case and accents (the same ICU matcher as search).  Typing
 * filters; Up/Down, PgUp/PgDn, Home/End, C-n/C-p move; Enter picks; Esc
 * cancels.  Generic: the speaker picker fills it with speakers, other
 * dialogs with whatever they offer. */
#include "ui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void picker_open(struct ui_picker *p, const char *title, const char *locale)
{
	picker_free(p);
	snprintf(p->title, sizeof p->title, "%s", title ? title : "");
	prompt_open(&p->filter, "\xe2\x80\xba ", "");
	p->srch = search_new(locale);
	p->chosen = -1;
}

static void refilter(struct ui_picker *p)
{
	char *pat = prompt_text(&p->filter);
	bool all = !*pat || search_set(p->srch, pat, NULL) != 0;
	size_t keep = SIZE_MAX;
	struct ui_item *cur = list_selected(&p->shown);
	if (cur)
		keep = (size_t)cur->count;
	list_clear(&p->shown);
	size_t sel = 0;
	for (size_t i = 0; i < p->all.n; i++) {
		const struct ui_item *src = &p->all.it[i];
		if (!all && src->selectable && !search_in(p->srch, src->text, strlen(src->text)))
			continue;
		if (!all && !src->selectable)
			continue;
		struct ui_item *it = list_add(&p->shown, src->text, strlen(src->text), (enum theme_slot)src->slot);
		char *text = it->text;
		*it = *src;
		it->text = text;
		it->count = (int)i;
		if (i == keep)
			sel = p->shown.n - 1;
	}
	list_select(&p->shown, sel);
	free(pat);
}

void picker_ready(struct ui_picker *p)
{
	refilter(p);
}

enum ui_result picker_key(struct ui_picker *p, int code, bool is_func)
{
	key_normalise(&code, &is_func);
	if (is_func) {
		switch (code) {
		case KEY_UP: list_move(&p->shown, -1); return UI_CONTINUE;
		case KEY_DOWN: list_move(&p->shown, 1); return UI_CONTINUE;
		case KEY_PPAGE: list_move(&p->shown, -(long)(p->shown.page > 1 ? p->shown.page - 1 : 1)); return UI_CONTINUE;
		case KEY_NPAGE: list_move(&p->shown, p->shown.page > 1 ? p->shown.page - 1 : 1); return UI_CONTINUE;
		case KEY_HOME: list_home(&p->shown); return UI_CONTINUE;
		case KEY_END: list_end(&p->shown); return UI_CONTINUE;
		case KEY_BACKSPACE:
			if (p->filter.n == 0)
				return UI_CONTINUE;
			break;
		default: break;
		}
	} else {
		switch (code) {
		case 14: list_move(&p->shown, 1); return UI_CONTINUE;    /* C-n */
		case 16: list_move(&p->shown, -1); return UI_CONTINUE;   /* C-p */
		case '\t': list_move(&p->shown, 1); return UI_CONTINUE;
		case 8:
			if (p->filter.n == 0)
				return UI_CONTINUE;
			break;
		case '\n': {
			struct ui_item *it = list_selected(&p->shown);
			if (!it)
				return UI_CONTINUE;
			p->chosen = it->count;
			return UI_ACCEPT;
		}
		default: break;
		}
	}
	size_t before = p->filter.n;
	uint32_t *snapshot = NULL;
	if (before) {
		snapshot = xmalloc(before * sizeof *snapshot);
		memcpy(snapshot, p->filter.cp, before * sizeof *snapshot);
	}
	enum ui_result r = prompt_key(&p->filter, code, is_func);
	if (r == UI_ACCEPT)
		r = UI_CONTINUE;
	if (r == UI_CONTINUE &&
	    (p->filter.n != before || (before && memcmp(snapshot, p->filter.cp, before * sizeof *snapshot) != 0)))
		refilter(p);
	free(snapshot);
	return r;
}

void picker_draw(struct ui_picker *p, struct grid *g, struct rect area, const struct theme *th)
{
	int w = area.w > 60 ? 60 : area.w;
	int h = (int)p->all.n + 4;
	if (h > area.h)
		h = area.h;
	if (h < 3)
		h = area.h;
	struct rect box = ui_centre(area, w, h);
	struct rect in = ui_box(g, box, p->title, th);
	if (in.h <= 0 || in.w <= 0)
		return;
	prompt_draw(&p->filter, g, in.x, in.y, in.w, th);
	int cx = g->cur_x, cy = g->cur_y;
	struct rect lr = {in.x, in.y + 1, in.w, in.h - 1};
	if (lr.h > 0) {
		if (p->shown.n == 0) {
			struct style st = th->slot[SLOT_TEXT];
			ui_style_over(&st, &th->slot[SLOT_DIM]);
			const char *none = "(no match)";
			grid_text(g, lr.x + 1, lr.y, lr.w - 1, none, strlen(none), grid_style(g, &st), 0, true);
		} else {
			list_draw(&p->shown, g, lr, th, true, NULL);
		}
	}
	g->cursor = true;
	g->cur_x = cx;
	g->cur_y = cy;
}

void picker_free(struct ui_picker *p)
{
	list_free(&p->all);
	list_free(&p->shown);
	prompt_free(&p->filter);
	search_free(p->srch);
	p->srch = NULL;
	p->chosen = -1;
}
