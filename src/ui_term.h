/* ui_term.h — the ncursesw back end: opening and restoring the terminal,
 * colours, keys and mouse, blitting a grid in one update, ^Z, and the
 * terminal's restoration on every fatal signal. */
#ifndef GLOSE_UI_TERM_H
#define GLOSE_UI_TERM_H

#include <stdbool.h>
#include "config.h"
#include "ui.h"
#include "util.h"

struct tui;

enum term_mouse_kind { TM_NONE, TM_CLICK, TM_WHEEL_UP, TM_WHEEL_DOWN };

/* Open the terminal: the controlling tty when standard input is a pipe.
 * Installs handlers that restore the terminal on fatal signals, and the
 * util fatal hook.  `pref` picks the colour mode (auto: from COLORTERM,
 * NO_COLOR and terminfo). */
struct tui *term_open(enum colour_pref pref, bool mouse, struct gerr *e);
void term_close(struct tui *t);
enum colour_mode term_mode(const struct tui *t);
void term_size(const struct tui *t, int *w, int *h);
/* The descriptor to poll for input. */
int term_input_fd(const struct tui *t);
/* One key without waiting: 1 with *code / *is_func set (ncurses codes,
 * KEY_RESIZE after a resize, KEY_MOUSE for the mouse), 0 if none. */
int term_key(struct tui *t, int *code, bool *is_func);
/* The mouse event behind the last KEY_MOUSE. */
enum term_mouse_kind term_mouse(const struct tui *t, int *x, int *y);
/* Draw a frame: every cell, then one update of the screen. */
void term_draw(struct tui *t, const struct grid *g);
/* The next draw repaints the whole screen (^L). */
void term_repaint(struct tui *t);
/* ^Z: give the terminal back, stop, and take it again when continued. */
void term_suspend(struct tui *t);
/* Restore the terminal (async-signal-safe; for signal handlers and the
 * fatal hook).  Does nothing when the terminal is not taken. */
void term_emergency_restore(void);

#endif
