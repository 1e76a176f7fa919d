/* ui.h — the reader's screen building blocks, independent of ncurses.
 *
 * A frame is drawn into a grid of cells in memory (ui_grid.c), which
 * ui_term.c then hands to ncurses in one update; unit tests inspect the
 * grid.  Text becomes cells grapheme cluster by grapheme cluster
 * (ui_cells.c: widths, combining marks, control characters made visible),
 * is wrapped into rows lazily (ui_layout.c), searched with ICU collation
 * (ui_search.c) and coloured from the annotation store (ui_highlight.c).
 * Small widgets — a scrolling list, a one-line prompt, a picker, the help
 * list — are shared by the panes and dialogs.
 */
#ifndef GLOSE_UI_H
#define GLOSE_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "annots.h"
#include "doc.h"
#include "keys.h"
#include "theme.h"
#include "util.h"

/* ---- cells (ui_cells.c) ------------------------------------------------ */

#define CELL_WC 5          /* a base character and up to 4 combining marks */
#define UI_TAB_WIDTH 4     /* a tab is shown as this many spaces */

/* One screen cell of a grapheme cluster. */
struct ucell {
	wchar_t wc[CELL_WC];   /* NUL-terminated unless full */
	uint8_t width;         /* 1 or 2 columns */
	bool control;          /* part of a control character's visible form (^[) */
};

/* The cells grapheme cluster t[s..e) is shown with: the base character and
 * its combining marks; control and bidi characters as visible ASCII
 * (visible.h); tab as spaces; zero-width joiners, variation selectors and
 * other invisible format characters dropped.  Writes at most `max` cells
 * (out may be NULL to count), returns the number written. */
int ui_cluster_cells(const char *t, size_t s, size_t e, struct ucell *out, int max);
/* Columns the cluster takes (the sum of its cells' widths). */
int ui_cluster_width(const char *t, size_t s, size_t e);
/* End of the grapheme cluster that starts at `pos` in t[s..e).  The ICU
 * iterator stays set on t[s..e) between calls: after changing a buffer in
 * place (or reusing its memory), call ui_cells_forget(). */
size_t ui_next_cluster(const char *t, size_t s, size_t e, size_t pos);
void ui_cells_forget(void);
/* Columns a whole string takes (on one line). */
int ui_text_width(const char *s, size_t n);
/* Is the cluster starting at t[pos] white space (a place a row may hang)? */
bool ui_is_space(const char *t, size_t e, size_t pos);
/* Free the cached ICU iterator (at exit, for leak checkers). */
void ui_cells_cleanup(void);

/* ---- grid (ui_grid.c) -------------------------------------------------- */

struct cell {
	wchar_t wc[CELL_WC];
	uint8_t width;         /* 1 or 2; 0 = right half of the wide cell before it */
	uint16_t style;        /* index into the grid's style table */
};

struct rect {
	int x, y, w, h;
};

struct grid {
	int w, h;
	struct cell *c;
	struct style *styles;  /* styles used in this frame; 0 is the clear style */
	size_t nstyles, capstyles;
	bool cursor;           /* show the cursor at (cur_x, cur_y) (prompts) */
	int cur_x, cur_y;
};

void grid_resize(struct grid *g, int w, int h);
void grid_free(struct grid *g);
/* Blank every cell with style `st` and forget the style table. */
void grid_clear(struct grid *g, const struct style *st);
/* The index of a style in the frame's table (added if new). */
uint16_t grid_style(struct grid *g, const struct style *st);
struct cell *grid_at(struct grid *g, int x, int y);   /* NULL outside */
/* Put one cell (a wide cell also claims x+1); clipped to [clip_x0, clip_x1).
 * Returns the columns used (0 if it did not fit). */
int grid_put(struct grid *g, int x, int y, const struct ucell *uc, uint16_t style, int clip_x0, int clip_x1);
void grid_fill(struct grid *g, struct rect r, wchar_t ch, uint16_t style);
/* Draw s[0..n) on row y from column x, at most maxw columns; '\n' shows as a
 * space, control characters visibly in `ctrl` style.  With `ellipsis`, text
 * that does not fit ends with "…".  Returns the columns used. */
int grid_text(struct grid *g, int x, int y, int maxw, const char *s, size_t n, uint16_t style,
              uint16_t ctrl, bool ellipsis);
/* The characters of row y from x0 to x1, as UTF-8 (tests). malloc'd. */
char *grid_row_text(const struct grid *g, int y, int x0, int x1);

/* Lay `over` on `st`: its foreground and background where it sets them
 * (each as a whole: truecolor, 256 and 16 values together), its attributes
 * added. */
void ui_style_over(struct style *st, const struct style *over);

/* ---- layout (ui_layout.c) ---------------------------------------------- */

/* One screen row of the article: text bytes [start, end) and its width. */
struct ui_row {
	size_t start, end;
	int width;
};

/* A row's address: the segment it belongs to and its index there. */
struct lpos {
	size_t seg;
	size_t row;
};

typedef struct layout layout;

/* The text is split into segments at line feeds, and lines longer than
 * LAYOUT_SEG bytes at fixed points, so no step ever looks at more than one
 * segment; segments are wrapped on demand (ICU line breaks, grapheme
 * clusters, display widths) and kept in a small cache.  Opening is O(1):
 * nothing is laid out before it is shown. */
#define LAYOUT_SEG 16384

layout *layout_new(const char *text, size_t len, const char *locale);
void layout_free(layout *l);
/* Wrap at `width` columns (at least 1); the cache is cleared when it changes. */
void layout_set_width(layout *l, int width);
int layout_width(const layout *l);
/* The segment holding byte pos (its end excludes the line feed). */
struct span layout_segment(layout *l, size_t pos);
/* The start of the segment after the one starting at seg, or SIZE_MAX. */
size_t layout_next_segment(layout *l, size_t seg);
/* The rows of the segment starting at seg_start; valid until the next call. */
const struct ui_row *layout_rows(layout *l, size_t seg_start, size_t *n);
/* The row holding byte `pos`. */
struct lpos layout_pos_at(layout *l, size_t pos);
struct ui_row layout_row(layout *l, struct lpos p);
/* Step one row; false (p unchanged) at either end. */
bool layout_next(layout *l, struct lpos *p);
bool layout_prev(layout *l, struct lpos *p);
struct lpos layout_last(layout *l);
/* Byte offset of line n (0-based; line feeds counted, built incrementally),
 * clamped to the last line. */
size_t layout_line_start(layout *l, size_t n);

/* ---- search (ui_search.c) ---------------------------------------------- */

/* Case- and accent-insensitive search: an ICU collator at primary
 * strength for the document's language, through usearch. */
struct search;
struct search *search_new(const char *locale);
void search_free(struct search *s);
/* Set the pattern (UTF-8).  An empty pattern is an error. */
int search_set(struct search *s, const char *pattern, struct gerr *e);
const char *search_pattern(const struct search *s);   /* NULL if none set */
/* The first match starting at or after `from` (forward), or the last one
 * starting before `from` (backward), in t[0..len). */
bool search_find(struct search *s, const char *t, size_t len, size_t from, bool backward, struct span *m);
/* All matches inside t[a..b), in order; fills *out, returns the count. */
size_t search_all(struct search *s, const char *t, size_t a, size_t b, struct span **out, size_t *cap);
/* Does s[0..n) contain the pattern? */
bool search_in(struct search *s, const char *str, size_t n);

/* ---- highlights (ui_highlight.c) --------------------------------------- */

enum hl_flag {
	HL_CURQ = 1 << 0,      /* the current quotation */
	HL_FOCUS = 1 << 1,     /* a mention of the focused actor */
	HL_SEARCH = 1 << 2,    /* a search match */
	HL_SEL = 1 << 3,       /* the selection */
	HL_NOTE = 1 << 4,      /* text a note is attached to */
};

/* What a byte of the article is drawn with. */
struct hl_byte {
	uint8_t slot;          /* enum theme_slot */
	uint8_t flags;         /* enum hl_flag */
};

struct hl_ctx {
	annots *an;            /* may be NULL */
	struct span title;
	const int8_t *spk;     /* speaker palette index (0..7) per actor id, -1 none */
	size_t nspk;
	int cur_quote;         /* annotation id or -1 */
	int focus_actor;       /* actor id or -1 */
	const struct span *matches;
	size_t nmatches;
	struct span sel;       /* the selection, empty if none */
};

/* Paint the bytes [s, e) into out[0 .. e-s). */
void hl_paint(const struct hl_ctx *h, size_t s, size_t e, struct hl_byte *out, int **ids, size_t *cap);
/* The style of a painted byte (control: a control character's visible form). */
struct style hl_style(const struct theme *th, struct hl_byte b, bool control);
/* The theme slot of a speaker (actor id) given the palette map. */
enum theme_slot hl_speaker_slot(const struct hl_ctx *h, int actor);

/* ---- lists (ui_list.c) ------------------------------------------------- */

#define ITEM_MARKS 4

/* One line of a list: a pane entry, a picker choice, a help line. */
struct ui_item {
	char *text;            /* one line, UTF-8, owned */
	uint8_t slot;          /* the line's theme slot */
	uint8_t indent;        /* columns before the text */
	bool selectable;
	uint8_t nmark;
	struct { uint32_t from, to; uint8_t slot; } mark[ITEM_MARKS]; /* styled byte ranges of text */
	size_t jump;           /* article byte to bring into view, SIZE_MAX if none */
	size_t jump_end;
	int ann;               /* annotation it stands for, or -1 */
	int actor;             /* actor it stands for, -1 none, -2 "no speaker" */
	int count;             /* free for the owner (picker: quotations) */
};

struct ui_list {
	struct ui_item *it;
	size_t n, cap;
	size_t sel;            /* selected item */
	size_t top;            /* first item shown */
	int page;              /* rows shown at the last draw */
};

void list_clear(struct ui_list *l);
void list_free(struct ui_list *l);
/* Append a line (text copied); selectable, no jump, ann/actor -1. */
struct ui_item *list_add(struct ui_list *l, const char *text, size_t n, enum theme_slot slot);
struct ui_item *list_addf(struct ui_list *l, enum theme_slot slot, const char *fmt, ...) GLOSE_PRINTF(3, 4);
void item_mark(struct ui_item *it, size_t from, size_t to, enum theme_slot slot);
/* Move the selection by delta selectable items (clamped). */
void list_move(struct ui_list *l, long delta);
void list_home(struct ui_list *l);
void list_end(struct ui_list *l);
/* Select the selectable item nearest to index i. */
void list_select(struct ui_list *l, size_t i);
struct ui_item *list_selected(struct ui_list *l);  /* NULL if nothing selectable */
/* Draw into r; the selected line in the selection style when focused,
 * marked with '›' otherwise.  Returns the index of the item drawn at each
 * row through row_item (may be NULL; SIZE_MAX for empty rows). */
void list_draw(struct ui_list *l, struct grid *g, struct rect r, const struct theme *th, bool focused,
               size_t *row_item);

/* ---- prompt (ui_prompt.c) ---------------------------------------------- */

enum ui_result { UI_CONTINUE, UI_ACCEPT, UI_CANCEL };

struct ui_prompt {
	char label[64];        /* "/", "?", "Note: " */
	uint32_t *cp;          /* the text as code points */
	size_t n, cap, cur;
	char **hist;           /* earlier entries, oldest first (owned) */
	size_t nhist, caphist, hpos;
};

void prompt_open(struct ui_prompt *p, const char *label, const char *initial);
/* A key (ncurses code); UI_ACCEPT on Enter, UI_CANCEL on Esc or C-c, or
 * Backspace on an empty line. */
enum ui_result prompt_key(struct ui_prompt *p, int code, bool is_func);
/* The text as UTF-8 (malloc'd). */
char *prompt_text(const struct ui_prompt *p);
/* Remember an accepted entry for Up/Down. */
void prompt_remember(struct ui_prompt *p, const char *s);
void prompt_draw(const struct ui_prompt *p, struct grid *g, int x, int y, int w, const struct theme *th);
void prompt_free(struct ui_prompt *p);

/* ---- picker (ui_picker.c) ---------------------------------------------- */

/* A list of choices with a type-ahead filter (case- and accent-insensitive). */
struct ui_picker {
	char title[96];
	struct ui_list all;    /* every choice */
	struct ui_list shown;  /* the ones the filter keeps (copies) */
	struct ui_prompt filter;
	struct search *srch;   /* the filter matcher */
	int chosen;            /* index into `all` after UI_ACCEPT */
};

void picker_open(struct ui_picker *p, const char *title, const char *locale);
/* After filling p->all: apply the (empty) filter. */
void picker_ready(struct ui_picker *p);
enum ui_result picker_key(struct ui_picker *p, int code, bool is_func);
void picker_draw(struct ui_picker *p, struct grid *g, struct rect area, const struct theme *th);
void picker_free(struct ui_picker *p);

/* ---- drawing (ui_render.c) --------------------------------------------- */

/* Draw article rows into r (at most r.h rows, clipped at `wrap` columns);
 * hl[i] is the highlight of text byte hl_base + i. */
void render_rows(struct grid *g, struct rect r, int wrap, const char *t, const struct ui_row *rows, size_t n,
                 const struct hl_byte *hl, size_t hl_base, const struct theme *th);
/* The note marks (render_note_marks) sit in a margin right of the text: a
 * blank column, then the mark.  The article's wrap column for an area `w`
 * columns wide and a wanted width `want` (0: none); with `margin` (the
 * article has notes) it leaves that margin, so the marks never cover or
 * push text.  At least 1. */
#define UI_NOTE_MARGIN 2
int render_wrap(int w, int want, bool margin);
/* Mark, in the margin after column `wrap`, each of the rows where the
 * text of one of the reader's notes (ANN_NOTE in `an`, may be NULL) ends:
 * the theme's `note.mark` slot; "✎", or "*" in the mono theme or when
 * the user's locale is not UTF-8.  Rows as for render_rows. */
void render_note_marks(struct grid *g, struct rect r, int wrap, const char *t, size_t len,
                       const struct ui_row *rows, size_t n, annots *an, const struct theme *th);
/* The mark render_note_marks draws with this theme (UTF-8). */
const char *render_note_glyph(const struct theme *th);
/* A status line: `left` (in left_slot, e.g. status.error for an error) and
 * `right` right-aligned; both shortened with "…" to fit. */
void render_status(struct grid *g, int y, int w, const char *left, enum theme_slot left_slot, const char *right,
                   const struct theme *th);
/* The box a dialog of w×h gets, centred in area (clipped to it). */
struct rect ui_centre(struct rect area, int w, int h);
/* Draw a framed box with a title, clear its inside, return the inside. */
struct rect ui_box(struct grid *g, struct rect r, const char *title, const struct theme *th);

/* ---- help (ui_help.c) -------------------------------------------------- */

/* Fill l with one line per action the reader handles (from the ACTIONS
 * table and the key map, so it is never stale). */
void help_build(struct ui_list *l, const struct keymap *m, bool (*handled)(enum action));

#endif
