/* pane.h — the reader's side panes: an ops table per pane, one file each
 * (pane_who.c, pane_timeline.c, pane_actors.c), a static registry.
 *
 * A pane is a list of one-line items built from the annotation store;
 * the generic code moves the selection, draws it, and on Enter asks where
 * the article should go.  Adding a pane is adding a file and a registry
 * row (pane.c).
 */
#ifndef GLOSE_PANE_H
#define GLOSE_PANE_H

#include <stdbool.h>
#include "article.h"
#include "config.h"
#include "ui.h"

struct sidecar;

/* What a pane reads. */
struct pane_ctx {
	struct article *a;
	annots *an;                /* NULL while extraction runs */
	const struct hl_ctx *hl;   /* speaker colours, focused actor */
	size_t top;                /* the article's reading position (byte) */
	const struct sidecar *sc;  /* the reader's annotations (sidecar.h), or NULL */
};

enum pane_flag {
	PANE_HANDLED = 1 << 0,     /* the key was used */
	PANE_JUMP = 1 << 1,        /* bring p->to into view (p->quote: make it current) */
	PANE_FOCUS_ACTOR = 1 << 2, /* highlight the mentions of p->actor (-1: none) */
	PANE_MESSAGE = 1 << 3,     /* show p->msg on the status line */
};

struct pane;

struct pane_ops {
	enum pane_id id;
	const char *name;          /* "who said what" */
	const char *empty;         /* shown when there is nothing: "no quotations found" */
	/* Fill p->list (and p->title) from the store. */
	void (*build)(struct pane *p, const struct pane_ctx *cx);
	/* Optional: the selection moved; returns flags. */
	int (*selected)(struct pane *p, const struct pane_ctx *cx);
	/* Optional: Enter on the selected item; sets p->to / p->quote and
	 * returns flags.  Without it, Enter goes to the item's jump span. */
	int (*enter)(struct pane *p, const struct pane_ctx *cx);
	/* Optional: a key the list does not use; returns flags. */
	int (*key)(struct pane *p, const struct pane_ctx *cx, enum action act, int code, bool is_func);
};

struct pane {
	const struct pane_ops *ops;
	struct ui_list list;
	char title[128];
	bool built;
	unsigned gen;              /* store generation it was built from */
	/* Results for the reader (see enum pane_flag). */
	struct span to;
	int quote;
	int actor;
	size_t last_jump;          /* pane's own memory (actors: the last mention shown) */
	char msg[512];             /* see PANE_MESSAGE */
};

extern const struct pane_ops pane_who;
extern const struct pane_ops pane_timeline;
extern const struct pane_ops pane_actors;
extern const struct pane_ops pane_notes;

/* The pane for an id, NULL if there is none. */
const struct pane_ops *pane_ops_of(enum pane_id id);

/* (Re)build from the store. */
void pane_build(struct pane *p, const struct pane_ctx *cx, unsigned gen);
/* Draw into r: a right pane (`right`) gets a border column on its left, a
 * bottom pane a border row with the title in it. */
void pane_draw(struct pane *p, struct grid *g, struct rect r, bool right, bool focused, bool extracting,
               const struct theme *th);
/* A key while the pane has focus: movement, Enter, then the pane's own. */
int pane_key(struct pane *p, const struct pane_ctx *cx, enum action act, int code, bool is_func);
/* Select the item drawn at row `row` of the pane's list (mouse). */
int pane_click(struct pane *p, const struct pane_ctx *cx, int row);

/* A one-line snippet of t[s..e): runs of white space become one space;
 * at most `max` bytes, cut at a cluster boundary.  malloc'd. */
char *pane_snippet(const char *t, size_t s, size_t e, size_t max);

#endif
