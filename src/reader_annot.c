/* reader_annot.c — the reader's annotations: the keyboard selection (v),
 * notes (c) and tags (T), speaker corrections (e), extractions marked
 * wrong (D), actors and quotations added (A, Y), undo (U) and the export
 * dialog (x).  Every change goes through sidecar.h, which applies it to the
 * store and saves it before returning. */
#include "reader_int.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool busy(struct rd *r)
{
	if (r->extracting || !r->sc) {
		rd_message(r, false, "still finding actors and quotations\xe2\x80\xa6");
		return true;
	}
	return false;
}

/* The first note gives the text a margin for the note marks, the last one
 * takes it away (render_wrap): lay the text out again if that changed. */
static void margin_check(struct rd *r)
{
	size_t notes = 0;
	annots_of_kind(r->an, ANN_NOTE, &notes);
	if (render_wrap(r->art.w, r->cfg->wrap_width, notes > 0) != r->wrap)
		rd_geometry(r);
}

/* The store changed: highlights, speaker colours and panes follow. */
static void changed(struct rd *r)
{
	margin_check(r);
	r->gen++;
	if (r->cur_quote >= 0) {
		const struct ann *q = annots_get(r->an, r->cur_quote);
		if (!q || (q->flags & ANN_DELETED))
			r->cur_quote = -1;
	}
	rd_speakers_update(r);
	rd_pane_refresh(r);
}

/* The sentence holding byte b (or the paragraph if there is none). */
static struct span sentence_at(struct rd *r, size_t b)
{
	const doc *d = r->a->doc;
	if (doc_nsent(d)) {
		size_t i = doc_sent_at(d, b);
		if (i >= doc_nsent(d))
			i = doc_nsent(d) - 1;
		return doc_sent(d, i);
	}
	return (struct span){b, b};
}

/* What a key acts on: the selection, else the current quotation, else the
 * sentence at the top of the screen. */
static struct span target_span(struct rd *r)
{
	if (r->sel.end > r->sel.start)
		return r->sel;
	if (r->cur_quote >= 0) {
		const struct ann *q = annots_get(r->an, r->cur_quote);
		if (q)
			return (struct span){q->start, q->end};
	}
	return sentence_at(r, r->top);
}

static void clear_selection(struct rd *r)
{
	r->selecting = false;
	r->sel = (struct span){0, 0};
	r->hl.sel = r->sel;
}

static void set_selection(struct rd *r, struct span s)
{
	r->sel = s;
	r->hl.sel = s;
}

bool rd_select_move(struct rd *r, enum action act)
{
	if (!r->selecting)
		return false;
	const doc *d = r->a->doc;
	size_t ns = doc_nsent(d);
	if (!ns)
		return false;
	size_t first = doc_sent_at(d, r->sel.start), last = doc_sent_at(d, r->sel.end ? r->sel.end - 1 : 0);
	size_t a0 = doc_sent_at(d, r->sel_anchor.start);
	switch (act) {
	case ACT_DOWN: case ACT_DOWN2:
		if (first < a0)
			first++;
		else if (last + 1 < ns)
			last++;
		break;
	case ACT_UP: case ACT_UP2:
		if (last > a0)
			last--;
		else if (first > 0)
			first--;
		break;
	default:
		return false;
	}
	if (last >= ns)
		last = ns - 1;
	struct span s = {doc_sent(d, first).start, doc_sent(d, last).end};
	/* The anchor is a quotation that may not be a whole sentence. */
	if (first == a0 && r->sel_anchor.start > s.start)
		s.start = r->sel_anchor.start;
	if (last == a0 && r->sel_anchor.end < s.end && first == a0)
		s.end = r->sel_anchor.end;
	set_selection(r, s);
	rd_show(r, s.start, s.end, false);
	rd_message(r, false, "selection: j/k extend, c note, T tag, A actor, Y quotation, Esc cancels");
	return true;
}

/* ---- prompts and pickers ------------------------------------------------------ */

static void ask(struct rd *r, enum prompt_for what, const char *label, const char *initial)
{
	r->prompt_for = what;
	prompt_open(&r->prompt, label, initial ? initial : "");
	r->mode = MODE_PROMPT;
}

/* Speakers and "(no speaker)" for e and Y; the current one first. */
static void pick_actor(struct rd *r, enum picker_for what, const char *title, int current)
{
	picker_open(&r->picker, title, lang_code(r->a->lang));
	size_t na = annots_nactors(r->an);
	if (current >= 0) {
		const struct actor *ac = annots_actor(r->an, current);
		if (ac && !(ac->flags & ACTOR_DELETED)) {
			struct ui_item *it = list_addf(&r->picker.all, SLOT_PANE, "%s", ac->name);
			item_mark(it, 0, strlen(ac->name), hl_speaker_slot(&r->hl, current));
			it->actor = current;
		}
	}
	for (size_t i = 0; i < na; i++) {
		const struct actor *ac = annots_actor(r->an, (int)i);
		if (!ac || (ac->flags & ACTOR_DELETED) || (int)i == current)
			continue;
		struct ui_item *it = list_addf(&r->picker.all, SLOT_PANE, "%s", ac->name);
		it->actor = (int)i;
	}
	struct ui_item *none = list_addf(&r->picker.all, SLOT_PANE, "(no speaker)");
	none->actor = -2;
	picker_ready(&r->picker);
	r->picker_for = what;
	r->mode = MODE_PICKER;
}

/* ---- export ------------------------------------------------------------------------ */

static char *default_export_path(struct rd *r, const struct exporter *x)
{
	const char *p = r->a->path;
	bool stdin_ = !p || strcmp(p, "-") == 0;
	const char *base = stdin_ ? "stdin" : r->a->display_name;
	const char *dot = strrchr(base, '.');
	size_t stem = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	struct sbuf b = {0};
	if (r->cfg->export_dir && *r->cfg->export_dir) {
		sbuf_puts(&b, r->cfg->export_dir);
		if (b.len && b.s[b.len - 1] != '/')
			sbuf_puts(&b, "/");
	} else if (!stdin_) {
		const char *slash = strrchr(p, '/');
		if (slash)
			sbuf_addf(&b, "%.*s", (int)(slash - p + 1), p);
	}
	sbuf_addf(&b, "%.*s%s", (int)stem, base, x->ext);
	return b.s;
}

static void export_now(struct rd *r)
{
	struct gerr e = {0};
	if (export_to_path(r->xfmt, r->a, r->xpath, &e) != 0) {
		rd_message(r, true, "export failed: %s", e.msg);
		return;
	}
	size_t nq, nn;
	annots_of_kind(r->an, ANN_QUOTE, &nq);
	annots_of_kind(r->an, ANN_NOTE, &nn);
	rd_message(r, false, "wrote %s (%zu quotation%s, %zu note%s)", r->xpath, nq, nq == 1 ? "" : "s", nn,
	           nn == 1 ? "" : "s");
}

void rd_confirm_key(struct rd *r, int code, bool is_func)
{
	if (!is_func && (code == 'y' || code == 'Y')) {
		r->mode = MODE_NORMAL;
		export_now(r);
		return;
	}
	if (!is_func && (code == 'n' || code == 'N' || code == 27 || code == 'q')) {
		r->mode = MODE_NORMAL;
		rd_message(r, false, "export cancelled");
		return;
	}
	rd_message(r, false, "%s exists: overwrite? (y/n)", r->xpath);
}

static void open_export(struct rd *r)
{
	picker_open(&r->picker, "export format", "en");
	size_t n;
	const struct exporter *const *reg = export_registry(&n);
	const char *def = r->cfg->export_format ? r->cfg->export_format : "json";
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++) {
			bool is_def = strcmp(reg[i]->name, def) == 0;
			if (is_def != (pass == 0))
				continue;
			struct ui_item *it = list_addf(&r->picker.all, SLOT_PANE, "%s \xe2\x80\x94 %s", reg[i]->name,
			                               reg[i]->summary);
			it->count = (int)i;
		}
	picker_ready(&r->picker);
	r->picker_for = PICK_EXPORT_FMT;
	r->mode = MODE_PICKER;
}

/* ---- actions ------------------------------------------------------------------------ */

/* D in the actors pane: the selected actor is marked wrong, with all its
 * mentions. */
static bool delete_actor_here(struct rd *r)
{
	if (!r->pane_focus || r->shown != PANE_ACTORS || !r->pane_fits)
		return false;
	const struct ui_item *it = list_selected(&r->panes[PANE_ACTORS].list);
	const struct actor *ac = it && it->actor >= 0 ? annots_actor(r->an, it->actor) : NULL;
	if (!ac || (ac->flags & ACTOR_DELETED)) {
		rd_message(r, false, "no actor selected");
		return true;
	}
	char *name = xstrdup(ac->name);
	struct gerr e = {0};
	if (sidecar_delete_actor(r->sc, r->a, ac->id, &e) < 0)
		rd_message(r, true, "%s", e.msg);
	else {
		r->focus_actor = -1;
		changed(r);
		rd_message(r, false, "actor %s marked wrong (U undoes)", name);
	}
	free(name);
	return true;
}

static void delete_here(struct rd *r)
{
	struct gerr e = {0};
	int victim = -1;
	if (delete_actor_here(r))
		return;
	if (r->sel.end > r->sel.start) {
		int *ids = NULL;
		size_t cap = 0, n = annots_overlapping(r->an, r->sel.start, r->sel.end, &ids, &cap);
		for (size_t i = 0; i < n && victim < 0; i++) {
			const struct ann *x = annots_get(r->an, ids[i]);
			if (x->kind == ANN_MENTION || x->kind == ANN_TIME || x->kind == ANN_QUOTE)
				victim = ids[i];
		}
		free(ids);
	} else {
		victim = r->cur_quote;
	}
	if (victim < 0) {
		rd_message(r, false, "nothing to mark wrong: go to a quotation ({ }), select a mention (v) or pick an "
		           "actor in the actors pane");
		return;
	}
	const struct ann *x = annots_get(r->an, victim);
	const char *what = x->kind == ANN_QUOTE ? "quotation" : x->kind == ANN_TIME ? "time" : "mention";
	if (sidecar_delete(r->sc, r->a, victim, &e) < 0) {
		rd_message(r, true, "%s", e.msg);
		return;
	}
	clear_selection(r);
	changed(r);
	rd_message(r, false, "%s marked wrong (U undoes)", what);
}

void rd_annot_action(struct rd *r, enum action act)
{
	if (busy(r))
		return;
	struct gerr e = {0};
	switch (act) {
	case ACT_SELECT:
		if (r->selecting) {
			clear_selection(r);
			rd_message(r, false, "selection cancelled");
			break;
		}
		r->selecting = true;
		r->sel_anchor = r->cur_quote >= 0 ? target_span(r) : sentence_at(r, r->top);
		set_selection(r, r->sel_anchor);
		rd_message(r, false, "selection: j/k extend, c note, T tag, A actor, Y quotation, Esc cancels");
		break;
	case ACT_NOTE:
		r->target = target_span(r);
		ask(r, PROMPT_NOTE, "note: ", NULL);
		break;
	case ACT_TAG:
		r->target = target_span(r);
		ask(r, PROMPT_TAG, "tag: ", NULL);
		break;
	case ACT_REASSIGN: {
		if (r->cur_quote < 0) {
			rd_message(r, false, "no current quotation: go to one with } or {");
			break;
		}
		r->target_quote = r->cur_quote;
		const struct ann *q = annots_get(r->an, r->cur_quote);
		pick_actor(r, PICK_REASSIGN, "who said it?", q ? q->actor : -1);
		break;
	}
	case ACT_DELETE: delete_here(r); break;
	case ACT_ADD_ACTOR: {
		if (r->sel.end <= r->sel.start) {
			rd_message(r, false, "select the name first (v)");
			break;
		}
		r->target = r->sel;
		const char *t = doc_text(r->a->doc);
		char *name = xstrndup(t + r->sel.start, r->sel.end - r->sel.start);
		ask(r, PROMPT_ACTOR_NAME, "actor name: ", name);
		free(name);
		break;
	}
	case ACT_ADD_QUOTE:
		if (r->sel.end <= r->sel.start) {
			rd_message(r, false, "select the quotation first (v)");
			break;
		}
		r->target = r->sel;
		pick_actor(r, PICK_QUOTE_SPEAKER, "who said it?", -1);
		break;
	case ACT_UNDO: {
		int k = sidecar_undo_last(r->sc, r->a, &e);
		if (k < 0)
			rd_message(r, true, "%s", e.msg);
		else if (k == 0)
			rd_message(r, false, "nothing to undo");
		else {
			changed(r);
			rd_message(r, false, "undone");
		}
		break;
	}
	case ACT_EXPORT: open_export(r); break;
	default: break;
	}
}

void rd_annot_prompt_done(struct rd *r, char *text)
{
	struct gerr e = {0};
	r->mode = MODE_NORMAL;
	switch (r->prompt_for) {
	case PROMPT_NOTE:
	case PROMPT_TAG: {
		bool note = r->prompt_for == PROMPT_NOTE;
		if (!*text && !note) {
			rd_message(r, false, "no tag given");
			break;
		}
		int id = note ? sidecar_add_note(r->sc, r->a, r->target.start, r->target.end, *text ? text : NULL, &e)
		              : sidecar_add_tag(r->sc, r->a, r->target.start, r->target.end, text, &e);
		if (id < 0) {
			rd_message(r, true, "%s", e.msg);
			break;
		}
		clear_selection(r);
		changed(r);
		rd_message(r, false, note ? "note saved" : "tag saved");
		break;
	}
	case PROMPT_ACTOR_NAME:
		if (!*text) {
			rd_message(r, false, "no name given");
			break;
		}
		free(r->actor_name);
		r->actor_name = xstrdup(text);
		picker_open(&r->picker, "what is it?", "en");
		for (int t = ACTOR_PERSON; t <= ACTOR_PLACE; t++)
			list_addf(&r->picker.all, SLOT_PANE, "%s", annots_actor_type_name((enum actor_type)t))->count = t;
		picker_ready(&r->picker);
		r->picker_for = PICK_ACTOR_TYPE;
		r->mode = MODE_PICKER;
		break;
	case PROMPT_EXPORT_PATH: {
		if (!*text) {
			rd_message(r, false, "export cancelled");
			break;
		}
		free(r->xpath);
		r->xpath = xstrdup(text);
		struct stat st;
		if (strcmp(text, "-") != 0 && stat(text, &st) == 0) {
			r->mode = MODE_CONFIRM;
			rd_message(r, false, "%s exists: overwrite? (y/n)", text);
			break;
		}
		export_now(r);
		break;
	}
	default:
		break;
	}
	free(text);
}

void rd_annot_picker_done(struct rd *r, const struct ui_item *it)
{
	struct gerr e = {0};
	r->mode = MODE_NORMAL;
	switch (r->picker_for) {
	case PICK_REASSIGN: {
		int actor = it->actor == -2 ? -1 : it->actor;
		if (sidecar_reassign(r->sc, r->a, r->target_quote, actor, &e) < 0) {
			rd_message(r, true, "%s", e.msg);
			break;
		}
		changed(r);
		const struct actor *ac = actor >= 0 ? annots_actor(r->an, actor) : NULL;
		rd_message(r, false, "speaker set to %s", ac ? ac->name : "(no speaker)");
		break;
	}
	case PICK_QUOTE_SPEAKER: {
		int actor = it->actor == -2 ? -1 : it->actor;
		int id = sidecar_add_quote(r->sc, r->a, r->target.start, r->target.end, actor, QUOTE_DIRECT, &e);
		if (id < 0) {
			rd_message(r, true, "%s", e.msg);
			break;
		}
		clear_selection(r);
		r->cur_quote = id;
		changed(r);
		rd_message(r, false, "quotation added");
		break;
	}
	case PICK_ACTOR_TYPE: {
		/* Selections are whole sentences: if the name was cut down to
		 * words of the selection, the mention is those words. */
		struct span m = r->target;
		const char *t = doc_text(r->a->doc);
		size_t nl = strlen(r->actor_name);
		const char *hit = nl ? memmem(t + m.start, m.end - m.start, r->actor_name, nl) : NULL;
		if (hit)
			m = (struct span){(size_t)(hit - t), (size_t)(hit - t) + nl};
		int id = sidecar_add_actor(r->sc, r->a, r->actor_name, (enum actor_type)it->count, NULL, m.start, m.end,
		                           &e);
		if (id < 0) {
			rd_message(r, true, "%s", e.msg);
			break;
		}
		clear_selection(r);
		changed(r);
		rd_message(r, false, "actor %s added", r->actor_name);
		break;
	}
	case PICK_EXPORT_FMT: {
		size_t n;
		const struct exporter *const *reg = export_registry(&n);
		if (it->count < 0 || (size_t)it->count >= n)
			break;
		r->xfmt = reg[it->count];
		char *def = default_export_path(r, r->xfmt);
		ask(r, PROMPT_EXPORT_PATH, "export to: ", def);
		free(def);
		break;
	}
	default:
		break;
	}
}

/* Sidecar life cycle: after every extraction into a fresh store. */
void rd_annot_loaded(struct rd *r)
{
	if (!r->sc) {
		struct gerr w = {0};
		r->sc = sidecar_open(r->a, &w);
		if (w.code)
			rd_message(r, true, "%s", w.msg);
	}
	struct gerr e = {0};
	int orphans = sidecar_apply(r->sc, r->a, &e);
	if (orphans > 0 && !r->msg[0]) {
		struct binding k;
		char key[32] = "";
		if (keymap_keys(&r->cfg->keys, ACT_PANE_NOTES, &k, 1))
			key_label(k.code, k.is_func, key, sizeof key);
		rd_message(r, false, "%d annotation%s could not be placed in this text%s%s%s", orphans,
		           orphans == 1 ? "" : "s", *key ? " (" : "", key, *key ? ": notes pane)" : "");
	}
	clear_selection(r);
	/* Not once the terminal is given back (a late extraction at exit). */
	if (!r->quit)
		margin_check(r);
}

void rd_annot_free(struct rd *r)
{
	if (r->sc)
		sidecar_free(r->sc);
	r->sc = NULL;
	free(r->xpath);
	free(r->actor_name);
}
