/* reader_keys.c — what the reader's keys do: moving as in less (with
 * number prefixes, marks and '' back), search, quotations and speakers,
 * panes and focus, dialogs, the mouse.  Keys come through the key map
 * (config.h), so every binding can be changed. */
#include "reader_int.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

/* ---- moving ---------------------------------------------------------------- */

static int page_rows(const struct rd *r)
{
	return r->art.h > 1 ? r->art.h : 1;
}

static void remember(struct rd *r)
{
	r->prev_top = r->top;
	r->has_prev = true;
}

static void scroll_rows(struct rd *r, long n)
{
	struct lpos p = layout_pos_at(r->lay, r->top);
	if (n > 0) {
		/* Never further than the last full screen. */
		struct lpos end = p;
		long ahead = 0;
		while (ahead < n + page_rows(r) - 1 && layout_next(r->lay, &end))
			ahead++;
		long can = ahead - (page_rows(r) - 1);
		if (can < 0)
			can = 0;
		if (n > can)
			n = can;
		for (long i = 0; i < n && layout_next(r->lay, &p); i++)
			;
	} else {
		for (long i = 0; i < -n && layout_prev(r->lay, &p); i++)
			;
	}
	r->top = layout_row(r->lay, p).start;
}

static void go_to(struct rd *r, size_t byte)
{
	remember(r);
	r->top = layout_row(r->lay, layout_pos_at(r->lay, byte)).start;
}

static void go_end(struct rd *r)
{
	remember(r);
	struct lpos p = layout_last(r->lay);
	for (int i = 1; i < page_rows(r) && layout_prev(r->lay, &p); i++)
		;
	r->top = layout_row(r->lay, p).start;
}

/* Is the row holding byte b on screen? */
static bool row_visible(struct rd *r, size_t b)
{
	if (!r->nvis)
		return false;
	size_t start = layout_row(r->lay, layout_pos_at(r->lay, b)).start;
	for (size_t i = 0; i < r->nvis; i++)
		if (r->vis[i].start == start)
			return true;
	return false;
}

void rd_show(struct rd *r, size_t s, size_t e, bool jump)
{
	rd_rows(r);
	size_t last = e > s ? e - 1 : s;
	if (row_visible(r, s)) {
		if (row_visible(r, last))
			return;
		/* The end is below: if the whole span fits, scroll until its end is
		 * on the last row; else leave its start where it is. */
		struct lpos q = layout_pos_at(r->lay, s), pe = layout_pos_at(r->lay, last);
		int rows = 1;
		while (!(q.seg == pe.seg && q.row == pe.row) && rows <= page_rows(r) && layout_next(r->lay, &q))
			rows++;
		if (rows > page_rows(r))
			return;
		for (int i = 1; i < page_rows(r) && layout_prev(r->lay, &pe); i++)
			;
		if (jump)
			remember(r);
		r->top = layout_row(r->lay, pe).start;
		return;
	}
	if (jump)
		remember(r);
	struct lpos p = layout_pos_at(r->lay, s);
	int ctx = r->art.h >= 10 ? 2 : r->art.h >= 5 ? 1 : 0;
	for (int i = 0; i < ctx && layout_prev(r->lay, &p); i++)
		;
	r->top = layout_row(r->lay, p).start;
}

/* ---- marks ---------------------------------------------------------------- */

static int mark_index(int code)
{
	if (code >= 'a' && code <= 'z')
		return code - 'a';
	if (code >= 'A' && code <= 'Z')
		return 26 + code - 'A';
	return -1;
}

static void mark_key(struct rd *r, int code, bool is_func)
{
	enum rd_mode m = r->mode;
	r->mode = MODE_NORMAL;
	if (is_func || code == 27)
		return;
	if (m == MODE_MARK) {
		int i = mark_index(code);
		if (i < 0) {
			rd_message(r, true, "a mark is a letter (a-z, A-Z)");
			return;
		}
		r->marks[i] = r->top;
		r->mark_set[i] = true;
		rd_message(r, false, "mark %c set", code);
		return;
	}
	if (code == '\'') {
		if (!r->has_prev) {
			rd_message(r, false, "no previous position");
			return;
		}
		size_t t = r->top;
		r->top = r->prev_top;
		r->prev_top = t;
		return;
	}
	if (code == '^') {
		go_to(r, 0);
		return;
	}
	if (code == '$') {
		go_end(r);
		return;
	}
	int i = mark_index(code);
	if (i < 0 || !r->mark_set[i]) {
		rd_message(r, true, "mark %c is not set", code > 0x20 && code < 0x7f ? code : '?');
		return;
	}
	go_to(r, r->marks[i]);
}

/* ---- search ------------------------------------------------------------------ */

static void search_go(struct rd *r, bool backward, long n, bool fresh)
{
	const char *pat = search_pattern(r->srch);
	if (!pat) {
		rd_message(r, true, "no previous search (/ searches)");
		return;
	}
	const char *t = doc_text(r->a->doc);
	size_t len = doc_len(r->a->doc);
	size_t from;
	if (fresh || !r->has_match)
		from = r->top;
	else if (backward)
		from = r->match.start;
	else
		from = r->match.end > r->match.start ? r->match.end : r->match.start + 1;
	struct span m = {0, 0};
	bool found = false;
	for (long i = 0; i < n; i++) {
		struct span k;
		if (!search_find(r->srch, t, len, from, backward, &k))
			break;
		m = k;
		found = true;
		from = backward ? k.start : (k.end > k.start ? k.end : k.start + 1);
	}
	if (!found) {
		rd_message(r, true, "pattern not found: %s", pat);
		return;
	}
	r->match = m;
	r->has_match = true;
	rd_show(r, m.start, m.end, true);
}

static void open_prompt(struct rd *r, enum prompt_for what)
{
	r->prompt_for = what;
	prompt_open(&r->prompt, what == PROMPT_SEARCH ? "/" : "?", "");
	r->mode = MODE_PROMPT;
}

static void prompt_done(struct rd *r)
{
	char *s = prompt_text(&r->prompt);
	r->mode = MODE_NORMAL;
	if (r->prompt_for != PROMPT_SEARCH && r->prompt_for != PROMPT_SEARCH_BACK) {
		rd_annot_prompt_done(r, s);
		return;
	}
	bool back = r->prompt_for == PROMPT_SEARCH_BACK;
	if (*s) {
		struct gerr e = {0};
		if (search_set(r->srch, s, &e) != 0) {
			rd_message(r, true, "%s", e.msg);
			free(s);
			return;
		}
		prompt_remember(&r->prompt, s);
	}
	free(s);
	r->search_back = back;
	search_go(r, back, 1, true);
}

/* ---- quotations ------------------------------------------------------------ */

static const char *name_of(struct rd *r, int actor)
{
	const struct actor *ac = actor >= 0 ? annots_actor(r->an, actor) : NULL;
	return ac ? ac->name : "no known speaker";
}

static bool not_ready(struct rd *r)
{
	if (r->extracting) {
		rd_message(r, false, "still finding actors and quotations\xe2\x80\xa6");
		return true;
	}
	return false;
}

/* Move to the dir-th next quotation (by the followed speaker if `same`);
 * `wrap` goes round the article once. */
static void quote_step(struct rd *r, int dir, long n, bool same, bool wrap)
{
	if (not_ready(r))
		return;
	size_t nq;
	const int *qs = annots_of_kind(r->an, ANN_QUOTE, &nq);
	if (!nq) {
		rd_message(r, false, "no quotations in this article");
		return;
	}
	int spk = -1;
	bool filter = false;
	if (same) {
		if (r->cur_quote >= 0) {
			spk = annots_get(r->an, r->cur_quote)->actor;
			filter = true;
		} else if (r->has_follow) {
			spk = r->follow;
			filter = true;
		}
	}
	/* ref: index of the current quotation, or where the reading position falls. */
	long ref = -1;
	if (r->cur_quote >= 0) {
		for (size_t i = 0; i < nq; i++)
			if (qs[i] == r->cur_quote)
				ref = (long)i;
	}
	if (ref < 0) {
		size_t i = 0;
		while (i < nq && annots_get(r->an, qs[i])->start < r->top)
			i++;
		ref = dir > 0 ? (long)i - 1 : (long)i;
	}
	long at = ref;
	bool moved = false;
	for (long k = 0; k < n; k++) {
		long j = at + dir;
		bool found = false;
		for (long steps = 0; steps < (long)nq; steps++, j += dir) {
			if (j < 0 || j >= (long)nq) {
				if (!wrap)
					break;
				j = j < 0 ? (long)nq - 1 : 0;
			}
			const struct ann *q = annots_get(r->an, qs[j]);
			if (!filter || q->actor == spk) {
				found = true;
				break;
			}
		}
		if (!found)
			break;
		at = j;
		moved = true;
	}
	if (!moved) {
		if (filter)
			rd_message(r, false, "no %s quotation by %s", dir > 0 ? "later" : "earlier", name_of(r, spk));
		else
			rd_message(r, false, "no %s quotation", dir > 0 ? "later" : "earlier");
		return;
	}
	const struct ann *q = annots_get(r->an, qs[at]);
	r->cur_quote = qs[at];
	r->follow = q->actor;
	r->has_follow = true;
	size_t s = q->start, e = q->end;
	size_t os, oe;
	if (annots_outer(r->an, annots_id(r->an, q), &os, &oe) && oe > os) {
		s = os;
		e = oe;
	}
	rd_show(r, s, e, true);
}

static void open_speaker_picker(struct rd *r)
{
	if (not_ready(r))
		return;
	size_t nq, na = annots_nactors(r->an);
	const int *qs = annots_of_kind(r->an, ANN_QUOTE, &nq);
	if (!nq) {
		rd_message(r, false, "no quotations in this article");
		return;
	}
	size_t *count = xcalloc(na + 1, sizeof *count);
	for (size_t i = 0; i < nq; i++) {
		int a = annots_get(r->an, qs[i])->actor;
		count[a >= 0 && (size_t)a < na ? (size_t)a : na]++;
	}
	picker_open(&r->picker, "follow which speaker?", lang_code(r->a->lang));
	/* Most quoted first. */
	for (;;) {
		size_t best = SIZE_MAX;
		for (size_t i = 0; i <= na; i++)
			if (count[i] && (best == SIZE_MAX || count[i] > count[best]))
				best = i;
		if (best == SIZE_MAX)
			break;
		int actor = best == na ? -1 : (int)best;
		const char *name = name_of(r, actor);
		struct ui_item *it = list_addf(&r->picker.all, SLOT_PANE, "%s (%zu)", name, count[best]);
		item_mark(it, 0, strlen(name), hl_speaker_slot(&r->hl, actor));
		it->actor = actor >= 0 ? actor : -2;
		count[best] = 0;
	}
	free(count);
	picker_ready(&r->picker);
	r->picker_for = PICK_SPEAKER;
	r->mode = MODE_PICKER;
}

static void picker_done(struct rd *r)
{
	r->mode = MODE_NORMAL;
	if (r->picker.chosen < 0 || (size_t)r->picker.chosen >= r->picker.all.n)
		return;
	const struct ui_item *it = &r->picker.all.it[r->picker.chosen];
	if (r->picker_for != PICK_SPEAKER) {
		rd_annot_picker_done(r, it);
		return;
	}
	r->follow = it->actor == -2 ? -1 : it->actor;
	r->has_follow = true;
	r->cur_quote = -1;
	quote_step(r, 1, 1, true, true);
}

/* ---- panes ------------------------------------------------------------------- */

static void apply_pane(struct rd *r, struct pane *p, int flags)
{
	if (flags & PANE_FOCUS_ACTOR)
		r->focus_actor = p->actor;
	if (flags & PANE_MESSAGE)
		rd_message(r, false, "%s", p->msg);
	if (flags & PANE_JUMP) {
		if (p->quote >= 0) {
			r->cur_quote = p->quote;
			const struct ann *q = annots_get(r->an, p->quote);
			r->follow = q ? q->actor : -1;
			r->has_follow = true;
		}
		rd_show(r, p->to.start, p->to.end, true);
	}
}

static void toggle_pane(struct rd *r, enum pane_id id)
{
	if (!r->panes[id].ops) {
		rd_message(r, false, "that pane is not available");
		return;
	}
	if (r->shown == PANE_ACTORS)
		r->focus_actor = -1;
	if (r->shown == (int)id) {
		r->shown = PANE_NONE;
		r->pane_focus = false;
		rd_geometry(r);
		return;
	}
	r->shown = id;
	r->pane_focus = true;
	rd_geometry(r);
	rd_pane_refresh(r);
	if (!r->pane_fits)
		rd_message(r, false, "the terminal is too small to show the %s pane", r->panes[id].ops->name);
	if (id == PANE_ACTORS && !r->extracting) {
		struct pane *p = &r->panes[id];
		struct pane_ctx cx = rd_pane_ctx(r);
		if (p->ops->selected) {
			p->ops->selected(p, &cx);
			r->focus_actor = p->actor;
		}
	}
}

/* ---- the mouse ----------------------------------------------------------------- */

static bool inside(struct rect rc, int x, int y)
{
	return x >= rc.x && y >= rc.y && x < rc.x + rc.w && y < rc.y + rc.h;
}

/* The byte under column x of screen row `row`, or SIZE_MAX. */
static size_t byte_at(struct rd *r, int row, int x)
{
	if (row < 0 || (size_t)row >= r->nvis)
		return SIZE_MAX;
	const char *t = doc_text(r->a->doc);
	struct ui_row rw = r->vis[row];
	int col = 0;
	for (size_t i = rw.start; i < rw.end;) {
		size_t k = ui_next_cluster(t, rw.start, rw.end, i);
		int w = ui_cluster_width(t, i, k);
		if (x < col + w)
			return i;
		col += w;
		i = k;
	}
	return SIZE_MAX;
}

void rd_mouse(struct rd *r)
{
	int x, y;
	enum term_mouse_kind k = term_mouse(r->term, &x, &y);
	bool in_pane = r->shown != PANE_NONE && r->pane_fits && inside(r->pane_r, x, y);
	struct pane *p = in_pane ? &r->panes[r->shown] : NULL;
	struct pane_ctx cx = rd_pane_ctx(r);
	switch (k) {
	case TM_WHEEL_UP:
	case TM_WHEEL_DOWN:
		if (p)
			apply_pane(r, p, pane_key(p, &cx, k == TM_WHEEL_UP ? ACT_UP : ACT_DOWN, 0, true));
		else
			scroll_rows(r, k == TM_WHEEL_UP ? -3 : 3);
		break;
	case TM_CLICK:
		if (p) {
			r->pane_focus = true;
			apply_pane(r, p, pane_click(p, &cx, y - r->pane_r.y - 1));
		} else if (inside(r->art, x, y)) {
			r->pane_focus = false;
			size_t b = byte_at(r, y - r->art.y, x - r->art.x);
			if (b == SIZE_MAX || r->extracting)
				break;
			int *ids = NULL;
			size_t cap = 0, n = annots_overlapping(r->an, b, b + 1, &ids, &cap);
			for (size_t i = 0; i < n; i++) {
				const struct ann *a = annots_get(r->an, ids[i]);
				if (a->kind == ANN_MENTION)
					r->focus_actor = r->focus_actor == a->actor ? -1 : a->actor;
				else if (a->kind == ANN_QUOTE) {
					r->cur_quote = ids[i];
					r->follow = a->actor;
					r->has_follow = true;
				}
			}
			free(ids);
		}
		break;
	case TM_NONE:
		break;
	}
}

/* ---- dispatch ------------------------------------------------------------------ */

static void action(struct rd *r, enum action act, long n, bool has_n)
{
	int H = page_rows(r);
	switch (act) {
	case ACT_DOWN: case ACT_DOWN2: scroll_rows(r, n); break;
	case ACT_UP: case ACT_UP2: scroll_rows(r, -n); break;
	case ACT_PAGE_DOWN: case ACT_PAGE_DOWN2: scroll_rows(r, has_n ? n : H); break;
	case ACT_PAGE_UP: case ACT_PAGE_UP2: scroll_rows(r, -(has_n ? n : H)); break;
	case ACT_HALF_DOWN: scroll_rows(r, has_n ? n : (H + 1) / 2); break;
	case ACT_HALF_UP: scroll_rows(r, -(has_n ? n : (H + 1) / 2)); break;
	case ACT_TOP:
		if (has_n)
			go_to(r, layout_line_start(r->lay, n > 0 ? (size_t)n - 1 : 0));
		else
			go_to(r, 0);
		break;
	case ACT_BOTTOM:
		if (has_n)
			go_to(r, layout_line_start(r->lay, n > 0 ? (size_t)n - 1 : 0));
		else
			go_end(r);
		break;
	case ACT_PERCENT: {
		long pc = has_n ? (n > 100 ? 100 : n) : 0;
		size_t len = doc_len(r->a->doc);
		if (pc >= 100)
			go_end(r);
		else
			go_to(r, (size_t)((double)len * (double)pc / 100.0));
		break;
	}
	case ACT_MARK:
		r->mode = MODE_MARK;
		rd_message(r, false, "mark: type a letter");
		break;
	case ACT_GOTO_MARK:
		r->mode = MODE_GOTO_MARK;
		rd_message(r, false, "go to mark: type a letter (' for the previous position)");
		break;
	case ACT_SEARCH: open_prompt(r, PROMPT_SEARCH); break;
	case ACT_SEARCH_BACK: open_prompt(r, PROMPT_SEARCH_BACK); break;
	case ACT_SEARCH_NEXT: search_go(r, r->search_back, n, false); break;
	case ACT_SEARCH_PREV: search_go(r, !r->search_back, n, false); break;
	case ACT_REPAINT: term_repaint(r->term); break;
	case ACT_QUIT: r->quit = true; break;
	case ACT_HELP:
		help_build(&r->help, &r->cfg->keys, rd_handles);
		r->mode = MODE_HELP;
		break;
	case ACT_QUOTE_NEXT: quote_step(r, 1, n, false, false); break;
	case ACT_QUOTE_PREV: quote_step(r, -1, n, false, false); break;
	case ACT_SPEAKER_NEXT: quote_step(r, 1, n, true, false); break;
	case ACT_SPEAKER_PREV: quote_step(r, -1, n, true, false); break;
	case ACT_SPEAKER_PICK: open_speaker_picker(r); break;
	case ACT_PANE_WHO: toggle_pane(r, PANE_WHO); break;
	case ACT_PANE_TIMELINE: toggle_pane(r, PANE_TIMELINE); break;
	case ACT_PANE_ACTORS: toggle_pane(r, PANE_ACTORS); break;
	case ACT_PANE_NOTES: toggle_pane(r, PANE_NOTES); break;
	case ACT_FOCUS:
		if (r->shown != PANE_NONE && r->pane_fits)
			r->pane_focus = !r->pane_focus;
		else
			rd_message(r, false, "no pane open (w: who said what, t: timeline, a: actors)");
		break;
	case ACT_SUSPEND:
		term_suspend(r->term);
		rd_geometry(r);
		break;
	case ACT_SELECT: case ACT_NOTE: case ACT_TAG: case ACT_REASSIGN: case ACT_DELETE:
	case ACT_ADD_ACTOR: case ACT_ADD_QUOTE: case ACT_UNDO: case ACT_EXPORT:
		rd_annot_action(r, act);
		break;
	case ACT_NONE:
		break;
	default:
		rd_message(r, false, "%s: not available in this version", action_help(act));
		break;
	}
}

static void help_key(struct rd *r, enum action act, int code, bool is_func)
{
	struct ui_list *l = &r->help;
	long page = l->page > 1 ? l->page - 1 : 1;
	if ((!is_func && (code == 27 || code == 'q')) || act == ACT_QUIT || act == ACT_HELP) {
		r->mode = MODE_NORMAL;
		return;
	}
	switch (act) {
	case ACT_DOWN: case ACT_DOWN2: list_move(l, 1); break;
	case ACT_UP: case ACT_UP2: list_move(l, -1); break;
	case ACT_PAGE_DOWN: case ACT_PAGE_DOWN2: case ACT_HALF_DOWN: list_move(l, page); break;
	case ACT_PAGE_UP: case ACT_PAGE_UP2: case ACT_HALF_UP: list_move(l, -page); break;
	case ACT_TOP: list_home(l); break;
	case ACT_BOTTOM: list_end(l); break;
	default: break;
	}
}

void rd_key(struct rd *r, int code, bool is_func)
{
	if (is_func && code == KEY_RESIZE) {
		rd_geometry(r);
		return;
	}
	r->msg[0] = 0;
	if (is_func && code == KEY_MOUSE) {
		if (r->mode == MODE_NORMAL)
			rd_mouse(r);
		return;
	}
	switch (r->mode) {
	case MODE_PROMPT: {
		enum ui_result res = prompt_key(&r->prompt, code, is_func);
		if (res == UI_ACCEPT)
			prompt_done(r);
		else if (res == UI_CANCEL)
			r->mode = MODE_NORMAL;
		return;
	}
	case MODE_PICKER: {
		enum ui_result res = picker_key(&r->picker, code, is_func);
		if (res == UI_ACCEPT)
			picker_done(r);
		else if (res == UI_CANCEL)
			r->mode = MODE_NORMAL;
		return;
	}
	case MODE_HELP:
		help_key(r, keymap_lookup(&r->cfg->keys, code, is_func), code, is_func);
		return;
	case MODE_MARK:
	case MODE_GOTO_MARK:
		mark_key(r, code, is_func);
		return;
	case MODE_CONFIRM:
		rd_confirm_key(r, code, is_func);
		return;
	case MODE_NORMAL:
		break;
	}
	enum action act = keymap_lookup(&r->cfg->keys, code, is_func);
	if (!is_func && code >= '0' && code <= '9' && act == ACT_NONE) {
		if (r->count < 100000000)
			r->count = r->count * 10 + (code - '0');
		r->has_count = true;
		return;
	}
	long n = r->has_count ? (r->count > 0 ? r->count : 0) : 1;
	bool has_n = r->has_count;
	r->count = 0;
	r->has_count = false;
	if (!is_func && (code == 27 || code == 7) && act == ACT_NONE) {
		/* Esc: back to the article, then drop the selection, then forget
		 * the search highlight. */
		if (r->pane_focus)
			r->pane_focus = false;
		else if (r->selecting || r->sel.end > r->sel.start)
			rd_annot_action(r, ACT_SELECT);
		else
			r->has_match = false;
		return;
	}
	if (!is_func && code == 3 && act == ACT_NONE) {   /* C-c */
		r->quit = true;
		return;
	}
	if (r->pane_focus && r->shown != PANE_NONE && r->pane_fits) {
		struct pane *p = &r->panes[r->shown];
		struct pane_ctx cx = rd_pane_ctx(r);
		if (!r->extracting || act == ACT_QUIT) {
			int fl = act == ACT_QUIT ? 0 : pane_key(p, &cx, act, code, is_func);
			if (fl & PANE_HANDLED) {
				apply_pane(r, p, fl);
				return;
			}
		}
	}
	if (act == ACT_NONE) {
		char buf[32];
		rd_message(r, false, "%s is not bound to anything (h: help)", key_label(code, is_func, buf, sizeof buf));
		return;
	}
	if (has_n && n == 0 && (act == ACT_DOWN || act == ACT_UP))
		return;
	if (r->selecting && !r->pane_focus) {
		bool moved = false;
		for (long i = 0; i < n; i++)
			moved = rd_select_move(r, act) || moved;
		if (moved)
			return;
	}
	action(r, act, n, has_n);
}
