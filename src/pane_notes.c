/* pane_notes.c — the reader's notes in text order: the annotated text, the
 * note and its tags.  Enter brings the annotated text into view. */
#include "pane.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SNIPPET 60

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
		if (x->str && *x->str) {
			char *body = pane_snippet(x->str, 0, strlen(x->str), 200);
			sbuf_puts(&b, body);
			free(body);
		}
		for (size_t k = 0; x->x && k < x->x->ntags; k++)
			sbuf_addf(&b, "%s#%s", b.len ? " " : "", x->x->tags[k]);
		size_t from = b.len ? b.len + 5 : 0;   /* after " — " */
		char *snip = pane_snippet(text, x->start, x->end, SNIPPET);
		sbuf_addf(&b, "%s\xe2\x80\x9c%s\xe2\x80\x9d", b.len ? " \xe2\x80\x94 " : "", snip);
		free(snip);
		struct ui_item *it = list_add(&p->list, b.s ? b.s : "", b.len, SLOT_PANE);
		item_mark(it, from, b.len, SLOT_NOTE);
		it->jump = x->start;
		it->jump_end = x->end;
		it->ann = x->id;
		sbuf_free(&b);
	}
	snprintf(p->title, sizeof p->title, "notes (%zu)", n);
}

const struct pane_ops pane_notes = {
	.id = PANE_NOTES,
	.name = "notes",
	.empty = "no notes yet (c adds one)",
	.build = build,
};
