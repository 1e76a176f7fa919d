/* keys.h — the reader's actions and their default key bindings.
 *
 * Actions are defined once in the ACTIONS table: the enum, the names used
 * in the configuration (`keys: {quote-next: "]"}`), the help overlay and
 * the defaults all come from it.  A key is written as in the config file:
 * a character ("j", "]"), "C-l" for Ctrl-L, or a name ("Enter", "Space",
 * "Tab", "Esc", "Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home",
 * "End", "Backspace", "F1".."F12").
 */
#ifndef GLOSE_KEYS_H
#define GLOSE_KEYS_H

#include <stdbool.h>
#include "util.h"

/* X(enum, "name", "help text", "default key", "second default key" or NULL) */
#define ACTIONS(X) \
	X(ACT_DOWN,          "down",          "scroll down one line",            "j",     "Down") \
	X(ACT_DOWN2,         "down-enter",    "scroll down one line",            "Enter", NULL) \
	X(ACT_UP,            "up",            "scroll up one line",              "k",     "Up") \
	X(ACT_UP2,           "up-y",          "scroll up one line",              "y",     NULL) \
	X(ACT_PAGE_DOWN,     "page-down",     "forward one screen",              "Space", "PgDn") \
	X(ACT_PAGE_DOWN2,    "page-down-f",   "forward one screen",              "f",     "C-f") \
	X(ACT_PAGE_UP,       "page-up",       "back one screen",                 "b",     "PgUp") \
	X(ACT_PAGE_UP2,      "page-up-b",     "back one screen",                 "C-b",   NULL) \
	X(ACT_HALF_DOWN,     "half-down",     "forward half a screen",           "d",     "C-d") \
	X(ACT_HALF_UP,       "half-up",       "back half a screen",              "u",     "C-u") \
	X(ACT_TOP,           "top",           "go to the first line (N: line N)", "g",    "Home") \
	X(ACT_BOTTOM,        "bottom",        "go to the last line (N: line N)", "G",     "End") \
	X(ACT_PERCENT,       "percent",       "go to N percent of the article",  "p",     "%") \
	X(ACT_MARK,          "mark",          "set mark <letter>",               "m",     NULL) \
	X(ACT_GOTO_MARK,     "goto-mark",     "go to mark <letter> ('' : back)", "'",     NULL) \
	X(ACT_SEARCH,        "search",        "search forward",                  "/",     NULL) \
	X(ACT_SEARCH_BACK,   "search-back",   "search backward",                 "?",     NULL) \
	X(ACT_SEARCH_NEXT,   "search-next",   "next match",                      "n",     NULL) \
	X(ACT_SEARCH_PREV,   "search-prev",   "previous match",                  "N",     NULL) \
	X(ACT_REPAINT,       "repaint",       "repaint the screen",              "r",     "C-l") \
	X(ACT_QUIT,          "quit",          "quit",                            "q",     "Q") \
	X(ACT_HELP,          "help",          "show this help",                  "h",     "F1") \
	X(ACT_QUOTE_NEXT,    "quote-next",    "next quotation",                  "]",     NULL) \
	X(ACT_QUOTE_PREV,    "quote-prev",    "previous quotation",              "[",     NULL) \
	X(ACT_SPEAKER_NEXT,  "speaker-next",  "next quotation by the same speaker", "}",  NULL) \
	X(ACT_SPEAKER_PREV,  "speaker-prev",  "previous quotation by the same speaker", "{", NULL) \
	X(ACT_SPEAKER_PICK,  "speaker-pick",  "pick the speaker to follow",      "S",     NULL) \
	X(ACT_PANE_WHO,      "pane-who",      "toggle the who-said-what pane",   "w",     NULL) \
	X(ACT_PANE_TIMELINE, "pane-timeline", "toggle the timeline pane",        "t",     NULL) \
	X(ACT_PANE_ACTORS,   "pane-actors",   "toggle the actors pane",          "a",     NULL) \
	X(ACT_PANE_NOTES,    "pane-notes",    "toggle the notes pane",           "C-n",   NULL) \
	X(ACT_FOCUS,         "focus",         "move focus between article and pane", "Tab", NULL) \
	X(ACT_SELECT,        "select",        "start/extend a selection",        "v",     NULL) \
	X(ACT_NOTE,          "note",          "add a note to the selection",     "c",     NULL) \
	X(ACT_TAG,           "tag",           "tag the selection",               "T",     NULL) \
	X(ACT_REASSIGN,      "reassign",      "reassign the quotation's speaker", "e",   NULL) \
	X(ACT_DELETE,        "delete",        "mark the extraction wrong",       "D",     NULL) \
	X(ACT_ADD_ACTOR,     "add-actor",     "add the selection as an actor",   "A",     NULL) \
	X(ACT_ADD_QUOTE,     "add-quote",     "add the selection as a quotation", "Y",    NULL) \
	X(ACT_UNDO,          "undo",          "undo the last correction",        "U",     NULL) \
	X(ACT_EXPORT,        "export",        "export annotations",              "x",     NULL) \
	X(ACT_SUSPEND,       "suspend",       "suspend glose",                   "C-z",   NULL)

enum action {
	ACT_NONE = 0,
#define X(e, n, h, k1, k2) e,
	ACTIONS(X)
#undef X
	ACT_COUNT
};

const char *action_name(enum action a);
const char *action_help(enum action a);
enum action action_find(const char *name);        /* ACT_NONE if unknown */

/* Key codes are ncurses' (characters as wide chars, KEY_* for the rest);
 * parse/format the config's key names. */
int key_parse(const char *s, int *code, bool *is_func);  /* 0 or -1 */
/* The name key_parse() reads back ("C-l", "PgDn", "]"), written into buf.
 * (Not called key_name: ncursesw's <curses.h> declares key_name(wchar_t).) */
const char *key_label(int code, bool is_func, char *buf, size_t n);
/* Fold the codes terminals send for one key into one: '\r' and KEY_ENTER
 * give '\n' (Enter), DEL (127) gives KEY_BACKSPACE.  key_parse, keymap_bind
 * and keymap_lookup apply it. */
void key_normalise(int *code, bool *is_func);

/* A binding table: (code, is_func) -> action. */
struct keymap {
	struct binding { int code; bool is_func; enum action act; } *b;
	size_t n, cap;
};
void keymap_defaults(struct keymap *m);
/* Bind, replacing an earlier binding of the same key. */
void keymap_bind(struct keymap *m, int code, bool is_func, enum action a);
/* Ctrl-H falls back to the Backspace binding when it has none of its own. */
enum action keymap_lookup(const struct keymap *m, int code, bool is_func);
/* Remove every binding of `a`.  (keymap_bind with ACT_NONE unbinds a key.) */
void keymap_unbind_action(struct keymap *m, enum action a);
/* The keys bound to `a`, in binding order: writes up to `max` into `out`
 * (may be NULL) and returns how many there are. */
size_t keymap_keys(const struct keymap *m, enum action a, struct binding *out, size_t max);
void keymap_free(struct keymap *m);

#endif
