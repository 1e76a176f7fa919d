/* ui_highlight.c — which theme slot each byte of the article is drawn
 * with.  Layers, later ones winning: title, quotations (their speaker's
 * palette colour), cues (likewise), time expressions, actor mentions (by
 * type); then emphasis added on top: notes, the current quotation, the
 * focused actor, search matches, the selection. */
#include "ui.h"

#include <string.h>

enum theme_slot hl_speaker_slot(const struct hl_ctx *h, int actor)
{
	if (actor < 0)
		return SLOT_QUOTE;
	if ((size_t)actor < h->nspk && h->spk && h->spk[actor] >= 0)
		return (enum theme_slot)(SLOT_SPEAKER0 + h->spk[actor] % THEME_SPEAKERS);
	return theme_speaker_slot(actor);
}

static void paint(struct hl_byte *out, size_t s, size_t e, size_t a, size_t b, int slot, uint8_t flag)
{
	if (b <= s || a >= e)
		return;
	if (a < s)
		a = s;
	if (b > e)
		b = e;
	for (size_t i = a; i < b; i++) {
		if (slot >= 0)
			out[i - s].slot = (uint8_t)slot;
		out[i - s].flags |= flag;
	}
}

static enum theme_slot actor_slot(const struct actor *ac)
{
	switch (ac->type) {
	case ACTOR_PERSON: return SLOT_ACTOR_PERSON;
	case ACTOR_ORG: return SLOT_ACTOR_ORG;
	case ACTOR_PLACE: return SLOT_ACTOR_PLACE;
	}
	return SLOT_ACTOR_PERSON;
}

void hl_paint(const struct hl_ctx *h, size_t s, size_t e, struct hl_byte *out, int **ids, size_t *cap)
{
	for (size_t i = s; i < e; i++)
		out[i - s] = (struct hl_byte){SLOT_TEXT, 0};
	if (h->title.end > h->title.start)
		paint(out, s, e, h->title.start, h->title.end, SLOT_TITLE, 0);
	if (h->an && e > s) {
		/* Quotation marks lie just outside a quotation's span. */
		size_t qs = s > 16 ? s - 16 : 0;
		size_t n = annots_overlapping(h->an, qs, e + 16, ids, cap);
		for (int layer = 0; layer < 5; layer++) {
			for (size_t k = 0; k < n; k++) {
				const struct ann *x = annots_get(h->an, (*ids)[k]);
				if (!x)
					continue;
				switch (layer) {
				case 0:
					if (x->kind == ANN_QUOTE) {
						size_t a = x->start, b = x->end;
						size_t os, oe;
						if (annots_outer(h->an, annots_id(h->an, x), &os, &oe) && oe > os) {
							a = os;
							b = oe;
						}
						paint(out, s, e, a, b, hl_speaker_slot(h, x->actor),
						      (*ids)[k] == h->cur_quote ? HL_CURQ : 0);
					}
					break;
				case 1:
					if (x->kind == ANN_CUE) {
						const struct ann *q = annots_get(h->an, x->link);
						int spk = q && q->kind == ANN_QUOTE ? q->actor : -1;
						paint(out, s, e, x->start, x->end, spk >= 0 ? (int)hl_speaker_slot(h, spk) : SLOT_CUE,
						      q && x->link == h->cur_quote ? HL_CURQ : 0);
					}
					break;
				case 2:
					if (x->kind == ANN_TIME)
						paint(out, s, e, x->start, x->end, SLOT_TIME, 0);
					break;
				case 3:
					if (x->kind == ANN_MENTION) {
						const struct actor *ac = annots_actor(h->an, x->actor);
						if (ac && !(ac->flags & ACTOR_DELETED))
							paint(out, s, e, x->start, x->end, actor_slot(ac),
							      x->actor == h->focus_actor ? HL_FOCUS : 0);
					}
					break;
				case 4:
					if (x->kind == ANN_NOTE)
						paint(out, s, e, x->start, x->end, -1, HL_NOTE);
					break;
				}
			}
		}
	}
	for (size_t k = 0; k < h->nmatches; k++)
		paint(out, s, e, h->matches[k].start, h->matches[k].end, -1, HL_SEARCH);
	if (h->sel.end > h->sel.start)
		paint(out, s, e, h->sel.start, h->sel.end, -1, HL_SEL);
}

struct style hl_style(const struct theme *th, struct hl_byte b, bool control)
{
	struct style st = th->slot[SLOT_TEXT];
	if (b.slot != SLOT_TEXT && b.slot < SLOT_COUNT)
		ui_style_over(&st, &th->slot[b.slot]);
	if (control)
		ui_style_over(&st, &th->slot[SLOT_CONTROL]);
	if (b.flags & HL_NOTE)
		ui_style_over(&st, &th->slot[SLOT_NOTE]);
	if (b.flags & HL_CURQ)
		ui_style_over(&st, &th->slot[SLOT_QUOTE_CURRENT]);
	if (b.flags & HL_FOCUS)
		ui_style_over(&st, &th->slot[SLOT_ACTOR_FOCUS]);
	if (b.flags & HL_SEARCH)
		ui_style_over(&st, &th->slot[SLOT_SEARCH]);
	if (b.flags & HL_SEL)
		ui_style_over(&st, &th->slot[SLOT_SELECTION]);
	return st;
}
