/* reader_int.h — the reader's state, shared by reader.c (life cycle, event
 * loop, background extraction, frames) and reader_keys.c (actions). */
#ifndef GLOSE_READER_INT_H
#define GLOSE_READER_INT_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "article.h"
#include "config.h"
#include "export.h"
#include "sidecar.h"
#include "pane.h"
#include "reader.h"
#include "ui.h"
#include "ui_term.h"

enum rd_mode {
	MODE_NORMAL,
	MODE_PROMPT,               /* the one-line prompt has the keys */
	MODE_PICKER,               /* a picker dialog */
	MODE_HELP,                 /* the help overlay */
	MODE_MARK,                 /* m: waiting for the mark's letter */
	MODE_GOTO_MARK,            /* ': waiting for the mark's letter */
	MODE_CONFIRM,              /* y/n: overwrite the export file? */
};

enum prompt_for { PROMPT_SEARCH, PROMPT_SEARCH_BACK, PROMPT_NOTE, PROMPT_TAG, PROMPT_EXPORT_PATH, PROMPT_ACTOR_NAME };
enum picker_for { PICK_SPEAKER, PICK_REASSIGN, PICK_EXPORT_FMT, PICK_ACTOR_TYPE, PICK_QUOTE_SPEAKER };

/* The background extraction (see reader.c). */
struct rd_job {
	pthread_t thread;
	bool running;
	struct xjob *job;
	int wake[2];               /* the worker writes a byte when done */
};

struct rd {
	struct article *a;
	struct config *cfg;
	const struct reader_opts *opts;
	annots *an;                /* the store the screen shows (a->an) */
	bool extracting;
	unsigned gen;              /* bumped whenever the store changes */
	struct rd_job job;
	struct sidecar *sc;        /* the reader's annotations (sidecar.h), once extracted */

	/* The keyboard selection (v): anchor and current extent, in bytes. */
	bool selecting;
	struct span sel_anchor, sel;
	/* A dialog in progress: the span it acts on, the choices so far. */
	struct span target;
	int target_quote;
	const struct exporter *xfmt;
	char *xpath;
	char *actor_name;

	struct tui *term;
	struct theme th;
	layout *lay;
	struct search *srch;
	struct grid g;
	int cols, lines;
	struct rect art, pane_r;   /* article and pane areas */
	bool pane_right;
	bool pane_fits;            /* the open pane has room to show */
	int wrap;                  /* wrap column of the article */

	/* Reading position: the byte offset where the top row starts. */
	size_t top;
	size_t prev_top;           /* for '' */
	bool has_prev;
	size_t marks[52];
	bool mark_set[52];
	struct ui_row *vis;        /* the rows on screen, from the last frame */
	size_t nvis, capvis;

	/* Highlights. */
	struct hl_ctx hl;
	int8_t *spk;               /* speaker palette index per actor */
	size_t nspk;
	struct hl_byte *hlbuf;
	size_t caphl;
	int *ids;
	size_t capids;
	struct span *matches;
	size_t capmatches;

	/* Search. */
	bool search_back;          /* the last search went backward */
	bool has_match;
	struct span match;         /* the match last jumped to */

	/* Quotations. */
	int cur_quote;             /* annotation id or -1 */
	int follow;                /* the speaker } and { follow; -1 no known speaker */
	bool has_follow;
	int focus_actor;

	long count;                /* number prefix */
	bool has_count;

	struct pane panes[PANE_COUNT];
	int shown;                 /* enum pane_id, or PANE_NONE */
	bool pane_focus;

	enum rd_mode mode;
	enum prompt_for prompt_for;
	struct ui_prompt prompt;
	enum picker_for picker_for;
	struct ui_picker picker;
	struct ui_list help;

	char msg[512];             /* status message until the next key */
	bool msg_error;
	char report[160];          /* printed on standard error at exit (benchmarks) */
	bool quit;
};

/* reader.c */
void rd_geometry(struct rd *r);
void rd_rows(struct rd *r);                 /* fill r->vis from r->top (clamps top) */
void rd_message(struct rd *r, bool error, const char *fmt, ...) GLOSE_PRINTF(3, 4);
struct pane_ctx rd_pane_ctx(struct rd *r);
void rd_pane_refresh(struct rd *r);         /* rebuild the shown pane if the store changed */
bool rd_handles(enum action a);
void rd_speakers_update(struct rd *r);      /* speaker colours after the store changed */

/* reader_annot.c: the reader's annotations (notes, corrections, export) */
void rd_annot_action(struct rd *r, enum action act);
void rd_annot_prompt_done(struct rd *r, char *text);   /* takes text */
void rd_annot_picker_done(struct rd *r, const struct ui_item *it);
void rd_confirm_key(struct rd *r, int code, bool is_func);
bool rd_select_move(struct rd *r, enum action act);     /* v extends; true if handled */
void rd_annot_loaded(struct rd *r);                     /* open (once) and apply the sidecar */
void rd_annot_free(struct rd *r);

/* reader_keys.c */
void rd_key(struct rd *r, int code, bool is_func);
void rd_mouse(struct rd *r);
/* Bring [s, e) into view; jumps remember the position for ''. */
void rd_show(struct rd *r, size_t s, size_t e, bool jump);

#endif
