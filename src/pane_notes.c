/* pane_notes.c — the reader's notes in text order: the note and its tags,
 * then the annotated text; Enter brings the annotated text into view.
 * Below them, under "could not be placed", every record of the sidecar
 * that did not find its place in this text (an orphan: the text it was
 * anchored to changed), described with its quoted text and note; it is
 * kept, never dropped.  Moving onto an item, or Enter on an orphan, shows
 * it at length on the status line. */
#include "pane.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sidecar.h"

#define SNIPPET 60
#define ORPHAN_ITEM (-2)           /* it->ann of an orphan; it->count is its record index */

static void add_orphans(struct pane *p, const struct pane_ctx *cx, size_t *norph)
{
	*norph = 0;
	if (!cx->sc)
		return;
	size_t n = sidecar_count(cx->sc);
	for (size_t i = 0; i < n; i++)
		*norph += sidecar_get(cx->sc, i)->orphan;
	if (!*norph)
		return;
	struct ui_item *h = list_addf(&p->list, SLOT_PANE_TITLE, "could not be placed (%zu)", *norph);
	h->selectable = false;
	for (size_t i = 0; i < n; i++) {
		const struct sidecar_record *r = sidecar_get(cx->sc, i);
		if (!r->orphan)
			continue;
		char *d = sidecar_describe(r);
		struct ui_item *it = list_addf(&p->list, SLOT_DIM, "%s", d);
		free(d);
		it->ann = ORPHAN_ITEM;
		it->count = (int)i;
	}
}

static void build(struct pane *p, const struct pane_ctx *cx)
{
	annots *an = cx->an;
	const char *text = doc_text(cx->a->doc);
	size_t n;
	const int *ids = annots_of_kind(an, ANN_NOTE, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, ids[i]);
		/* The note and its tags first (a narrow pane cuts the end), then
		 * the annotated text. */
		struct sbuf b = {0};
		const char *str = annots_str(an, annots_id(an, x));
		const struct ann_extra *xx = annots_x(an, annots_id(an, x));
		if (str && *str) {
			char *body = pane_snippet(str, 0, strlen(str), 200);
			sbuf_puts(&b, body);
			free(body);
		}
		for (size_t k = 0; xx && k < xx->ntags; k++)
			sbuf_addf(&b, "%s#%s", b.len ? " " : "", xx->tags[k]);
		size_t from = b.len ? b.len + 5 : 0;   /* after " — " */
		char *snip = pane_snippet(text, x->start, x->end, SNIPPET);
		sbuf_addf(&b, "%s\xe2\x80\x9c%s\xe2\x80\x9d", b.len ? " \xe2\x80\x94 " : "", snip);
		free(snip);
		struct ui_item *it = list_add(&p->list, b.s ? b.s : "", b.len, SLOT_PANE);
		item_mark(it, from, b.len, SLOT_NOTE);
		it->jump = x->start;
		it->jump_end = x->end;
		it->ann = ids[i];
		sbuf_free(&b);
	}
	size_t norph;
	add_orphans(p, cx, &norph);
	if (norph)
		snprintf(p->title, sizeof p->title, "notes (%zu) \xc2\xb7 %zu not placed", n, norph);
	else
		snprintf(p->title, sizeof p->title, "notes (%zu)", n);
}

/* The selected item at length, for the status line. */
static int detail(struct pane *p, const struct pane_ctx *cx)
{
	const struct ui_item *it = list_selected(&p->list);
	if (!it)
		return 0;
	char *d = NULL;
	if (it->ann == ORPHAN_ITEM) {
		const struct sidecar_record *r = cx->sc ? sidecar_get(cx->sc, (size_t)it->count) : NULL;
		if (!r || !r->orphan)
			return 0;
		d = sidecar_detail(r);
	} else {
		const struct ann *x = cx->an ? annots_get(cx->an, it->ann) : NULL;
		if (!x || x->kind != ANN_NOTE)
			return 0;
		struct sbuf b = {0};
		sbuf_puts(&b, "note");
		const char *str = annots_str(cx->an, annots_id(cx->an, x));
		const struct ann_extra *xx = annots_x(cx->an, annots_id(cx->an, x));
		if (str && *str) {
			char *body = pane_snippet(str, 0, strlen(str), sizeof p->msg);
			sbuf_addf(&b, ": %s", body);
			free(body);
		}
		for (size_t k = 0; xx && k < xx->ntags; k++)
			sbuf_addf(&b, " #%s", xx->tags[k]);
		d = sbuf_take(&b);
	}
	/* One line already; cut to fit at a character boundary. */
	size_t len = strlen(d);
	if (len >= sizeof p->msg) {
		len = sizeof p->msg - 1;
		while (len > 0 && ((unsigned char)d[len] & 0xC0) == 0x80)
			len--;
	}
	memcpy(p->msg, d, len);
	p->msg[len] = 0;
	free(d);
	return PANE_MESSAGE;
}

static int selected(struct pane *p, const struct pane_ctx *cx)
{
	return detail(p, cx);
}

static int enter(struct pane *p, const struct pane_ctx *cx)
{
	struct ui_item *it = list_selected(&p->list);
	if (!it)
		return 0;
	if (it->ann == ORPHAN_ITEM || it->jump == SIZE_MAX)
		return detail(p, cx);    /* nowhere to go: say what it is */
	p->to = (struct span){it->jump, it->jump_end};
	p->quote = -1;
	p->actor = -1;
	return PANE_JUMP;
}

const struct pane_ops pane_notes = {
	.id = PANE_NOTES,
	.name = "notes",
	.empty = "no notes yet (c adds one)",
	.build = build,
	.selected = selected,
	.enter = enter,
};
