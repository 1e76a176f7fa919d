/* theme.h — colour themes: named slots, each with a truecolor, a 256-colour
 * and a 16-colour value plus attributes.  Slots are defined once, in the
 * THEME_SLOTS table below: the enum, the YAML keys and the built-in
 * defaults all come from it, so they cannot drift.
 *
 * A theme file (themes/NAME.yaml) sets any slot:
 *   name: dark
 *   slots:
 *     actor.person: {fg: "#ffd75f", fg256: 221, fg16: yellow, bold: true}
 *     speaker.0:    {fg: "#5fafff", fg256: 75,  fg16: blue}
 * Unset slots keep the built-in value.
 */
#ifndef GLOSE_THEME_H
#define GLOSE_THEME_H

#include <stdbool.h>
#include <stdint.h>
#include "util.h"

#define THEME_SPEAKERS 8

/* X(enum, "yaml.key", "what it colours") */
#define THEME_SLOTS(X) \
	X(SLOT_TEXT,          "text",          "article text") \
	X(SLOT_TITLE,         "title",         "the article's title line") \
	X(SLOT_ACTOR_PERSON,  "actor.person",  "a person's name") \
	X(SLOT_ACTOR_ORG,     "actor.org",     "an organisation's name") \
	X(SLOT_ACTOR_PLACE,   "actor.place",   "a place's name") \
	X(SLOT_ACTOR_FOCUS,   "actor.focus",   "mentions of the actor picked in the actors pane") \
	X(SLOT_QUOTE,         "quote",         "a quotation with no known speaker") \
	X(SLOT_QUOTE_CURRENT, "quote.current", "emphasis added to the current quotation") \
	X(SLOT_CUE,           "cue",           "the words that attribute a quotation (no known speaker)") \
	X(SLOT_TIME,          "time",          "a time expression") \
	X(SLOT_SPEAKER0,      "speaker.0",     "speaker palette, colour 1") \
	X(SLOT_SPEAKER1,      "speaker.1",     "speaker palette, colour 2") \
	X(SLOT_SPEAKER2,      "speaker.2",     "speaker palette, colour 3") \
	X(SLOT_SPEAKER3,      "speaker.3",     "speaker palette, colour 4") \
	X(SLOT_SPEAKER4,      "speaker.4",     "speaker palette, colour 5") \
	X(SLOT_SPEAKER5,      "speaker.5",     "speaker palette, colour 6") \
	X(SLOT_SPEAKER6,      "speaker.6",     "speaker palette, colour 7") \
	X(SLOT_SPEAKER7,      "speaker.7",     "speaker palette, colour 8") \
	X(SLOT_STATUS,        "status",        "the status line") \
	X(SLOT_STATUS_ERROR,  "status.error",  "an error on the status line") \
	X(SLOT_PANE,          "pane",          "side pane text") \
	X(SLOT_PANE_TITLE,    "pane.title",    "side pane heading") \
	X(SLOT_PANE_BORDER,   "pane.border",   "the line between article and pane") \
	X(SLOT_SELECTION,     "selection",     "the selected item or span") \
	X(SLOT_SEARCH,        "search",        "a search match") \
	X(SLOT_NOTE,          "note",          "text a note is attached to") \
	X(SLOT_NOTE_MARK,     "note.mark",     "the mark beside a line where a note's text ends") \
	X(SLOT_CONTROL,       "control",       "control characters shown as ^X") \
	X(SLOT_DIM,           "dim",           "secondary text in panes (counts, dates)")

enum theme_slot {
#define X(e, k, d) e,
	THEME_SLOTS(X)
#undef X
	SLOT_COUNT
};

enum colour_mode { COLOUR_NONE, COLOUR_16, COLOUR_256, COLOUR_TRUE };

/* A colour: -1 = terminal default. */
struct style {
	int32_t fg_rgb, bg_rgb;    /* 0xRRGGBB or -1 */
	int16_t fg256, bg256;      /* 0..255 or -1 */
	int8_t fg16, bg16;         /* 0..15 or -1 (8..15 bright) */
	bool bold, underline, reverse, italic, dim;
};

struct theme {
	char *name;
	struct style slot[SLOT_COUNT];
};

const char *theme_slot_key(enum theme_slot s);
const char *theme_slot_desc(enum theme_slot s);
int theme_slot_find(const char *key);             /* -1 if unknown */

/* Built-in default (dark) theme; initialises *t (no theme_free first). */
void theme_default(struct theme *t);
/* A built-in theme by name ("dark", "mono"), initialising *t like
 * theme_default(); -1 if there is none. */
int theme_builtin(struct theme *t, const char *name);
/* Load by name (user themes dir, then installed themes/) or by path
 * (contains '/' or ends in .yaml).  Errors: "file:line:col: message"
 * (EXIT_CONFIG).  *t must hold a theme (theme_default(), an earlier load,
 * or zeroed): on success it is replaced (the old one freed); on error it
 * is left as it was, so the reader can go on with it.  A slot the file
 * sets starts empty (terminal default, no attributes); a colour given only
 * as truecolor gets the nearest 256- and 16-colour values; slots the file
 * leaves out keep the built-in dark value. */
int theme_load(struct theme *t, const char *name_or_path, struct gerr *e);
int theme_load_buf(struct theme *t, const char *name, const char *yaml, size_t len, struct gerr *e);
void theme_free(struct theme *t);

/* The path of a theme by name or path (see theme_load), NULL if there is no
 * such file (the built-in "dark" and "mono" need none).  malloc'd. */
char *theme_find(const char *name_or_path);
/* Names of the available themes (user's, installed, built-in), sorted,
 * NULL-terminated; free with paths_free_list(). */
char **theme_list(void);
/* Does any slot set a colour (as opposed to attributes only)? */
bool theme_has_colour(const struct theme *t);
/* theme_load, except that in COLOUR_NONE mode a theme that uses colours is
 * replaced by "mono", so names and quotations still stand out. */
int theme_open(struct theme *t, const char *name_or_path, enum colour_mode mode, struct gerr *e);

/* The colour a style gives in `mode` for the foreground (bg false) or the
 * background: the richest value the slot has that the mode can show
 * (truecolor, else 256, else 16).  Returns 0xRRGGBB, 0..255 or 0..15 and
 * sets *kind to COLOUR_TRUE/256/16; -1 with COLOUR_NONE = terminal default. */
int theme_colour(const struct style *st, enum colour_mode mode, bool bg, enum colour_mode *kind);
/* xterm's RGB for a 256-colour index (0..15: xterm's default palette). */
int32_t theme_rgb256(int index);

/* Which colours the terminal takes: NO_COLOR (non-empty) -> NONE; COLORTERM
 * truecolor/24bit -> TRUE; else by the number of colours terminfo reports. */
enum colour_mode theme_detect_mode(int ncolors);
/* The speaker slot for actor id `actor` (stable per actor; a negative id,
 * no known speaker, gives SLOT_QUOTE). */
enum theme_slot theme_speaker_slot(int actor);
/* ANSI SGR sequence for a style in a mode ("\x1b[0;1;38;5;221m"), for the
 * non-interactive printer.  Writes into buf (64 bytes always suffice; a
 * buffer too small gets ""), returns buf.  COLOUR_NONE: attributes only. */
char *theme_sgr(const struct style *st, enum colour_mode mode, char *buf, size_t n);

#endif
