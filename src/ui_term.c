/* ui_term.c — the ncursesw back end.
 *
 * The terminal is opened with newterm (on /dev/tty when the article came
 * through a pipe), in raw mode with the keypad on.  Each frame is a grid:
 * erase, every cell through setcchar/mvadd_wch with colour pairs from
 * alloc_pair, one wnoutrefresh + doupdate.  Colours: truecolor only when
 * terminfo can send RGB (xterm-direct), else the theme's own 256- or
 * 16-colour values.  Fatal signals and the util fatal hook restore the
 * terminal with async-signal-safe calls (tcsetattr and write) before the
 * process dies.
 */
#include "ui_term.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

struct tui {
	SCREEN *scr;
	FILE *in;            /* /dev/tty when stdin is not a terminal */
	bool own_in;
	enum colour_mode mode;
	bool direct;         /* terminfo takes RGB colour numbers */
	bool mouse;
	MEVENT mev;
	bool full;           /* repaint everything at the next draw */
	int *pairs;          /* per grid style: colour pair */
	attr_t *attrs;
	size_t cap_pairs, cap_attrs;
};

/* ---- restoring the terminal from anywhere ---------------------------------- */

static volatile sig_atomic_t taken;      /* the terminal is in program mode */
static struct termios saved_tio;
static bool saved_ok;
static int tty_fd = -1, out_fd = STDOUT_FILENO;
static char restore_seq[512];
static size_t restore_len;

void term_emergency_restore(void)
{
	if (!taken)
		return;
	taken = 0;
	if (restore_len) {
		ssize_t w = write(out_fd, restore_seq, restore_len);
		(void)w;
	}
	if (saved_ok) {
		tcsetattr(tty_fd >= 0 ? tty_fd : out_fd, TCSAFLUSH, &saved_tio);
		if (out_fd != tty_fd)
			tcsetattr(out_fd, TCSAFLUSH, &saved_tio);
	}
}

static void on_fatal_signal(int sig)
{
	int saved_errno = errno;
	term_emergency_restore();
	signal(sig, SIG_DFL);
	raise(sig);
	errno = saved_errno;
}

static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

static void install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < ARRAY_LEN(fatal_signals); i++)
		sigaction(fatal_signals[i], &sa, NULL);
}

static void remove_signals(void)
{
	for (size_t i = 0; i < ARRAY_LEN(fatal_signals); i++)
		signal(fatal_signals[i], SIG_DFL);
}

static void add_cap(const char *name)
{
	char *s = tigetstr(name);
	if (!s || s == (char *)-1)
		return;
	size_t n = strlen(s);
	if (restore_len + n < sizeof restore_seq) {
		memcpy(restore_seq + restore_len, s, n);
		restore_len += n;
	}
}

static void add_seq(const char *s)
{
	size_t n = strlen(s);
	if (restore_len + n < sizeof restore_seq) {
		memcpy(restore_seq + restore_len, s, n);
		restore_len += n;
	}
}

/* ---- opening ------------------------------------------------------------- */

static enum colour_mode pick_mode(enum colour_pref pref, bool direct)
{
	if (!has_colors())
		return COLOUR_NONE;
	enum colour_mode m;
	switch (pref) {
	case CPREF_NONE: return COLOUR_NONE;
	case CPREF_16: m = COLOUR_16; break;
	case CPREF_256: m = COLOUR_256; break;
	case CPREF_TRUE: m = COLOUR_TRUE; break;
	default: m = theme_detect_mode(COLORS); break;
	}
	if (m == COLOUR_TRUE && !direct)
		m = COLORS >= 256 ? COLOUR_256 : COLOUR_16;
	if (m == COLOUR_256 && COLORS < 256)
		m = COLOUR_16;
	if (m == COLOUR_16 && COLORS < 8)
		m = COLOUR_NONE;
	return m;
}

struct tui *term_open(enum colour_pref pref, bool mouse, struct gerr *e)
{
	struct tui *t = xcalloc(1, sizeof *t);
	if (isatty(STDIN_FILENO)) {
		t->in = stdin;
	} else {
		t->in = fopen("/dev/tty", "r");
		if (!t->in) {
			free(t);
			gerr_set(e, EXIT_FAIL, "cannot open /dev/tty for the keyboard: %s", strerror(errno));
			return NULL;
		}
		t->own_in = true;
	}
	tty_fd = fileno(t->in);
	out_fd = STDOUT_FILENO;
	saved_ok = tcgetattr(tty_fd, &saved_tio) == 0;
	install_signals();
	t->scr = newterm(NULL, stdout, t->in);
	if (!t->scr) {
		remove_signals();
		if (t->own_in)
			fclose(t->in);
		free(t);
		const char *term = getenv("TERM");
		gerr_set(e, EXIT_FAIL, "cannot use the terminal (TERM=%s)", term ? term : "unset");
		return NULL;
	}
	set_term(t->scr);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	meta(stdscr, TRUE);
	typeahead(-1);
	set_escdelay(40);
	curs_set(0);
	leaveok(stdscr, FALSE);
	int rgb = tigetflag("RGB");
	t->direct = rgb > 0 || COLORS >= 0x1000000;
	if (has_colors()) {
		start_color();
		use_default_colors();
	}
	t->mode = pick_mode(pref, t->direct);
	t->mouse = mouse;
	if (mouse) {
		mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	/* What restoring needs, computed now so a signal handler can write it. */
	restore_len = 0;
	if (mouse)
		add_seq("\x1b[?1000l\x1b[?1002l\x1b[?1006l");
	add_cap("sgr0");
	add_cap("cnorm");
	add_cap("rmkx");
	add_cap("rmcup");
	taken = 1;
	util_set_fatal_hook(term_emergency_restore);
	return t;
}

void term_close(struct tui *t)
{
	if (!t)
		return;
	if (t->mouse)
		mousemask(0, NULL);
	curs_set(1);
	endwin();
	taken = 0;
	util_set_fatal_hook(NULL);
	remove_signals();
	delscreen(t->scr);
	if (t->own_in)
		fclose(t->in);
	free(t->pairs);
	free(t->attrs);
	free(t);
}

enum colour_mode term_mode(const struct tui *t)
{
	return t->mode;
}

void term_size(const struct tui *t, int *w, int *h)
{
	(void)t;
	getmaxyx(stdscr, *h, *w);
}

int term_input_fd(const struct tui *t)
{
	return fileno(t->in);
}

int term_key(struct tui *t, int *code, bool *is_func)
{
	wint_t wc;
	int r = wget_wch(stdscr, &wc);
	if (r == ERR)
		return 0;
	*is_func = r == KEY_CODE_YES;
	*code = (int)wc;
	if (*is_func && wc == KEY_MOUSE) {
		if (getmouse(&t->mev) != OK)
			memset(&t->mev, 0, sizeof t->mev);
	}
	return 1;
}

enum term_mouse_kind term_mouse(const struct tui *t, int *x, int *y)
{
	*x = t->mev.x;
	*y = t->mev.y;
	mmask_t b = t->mev.bstate;
	if (b & BUTTON4_PRESSED)
		return TM_WHEEL_UP;
	if (b & BUTTON5_PRESSED)
		return TM_WHEEL_DOWN;
	if (b & (BUTTON1_CLICKED | BUTTON1_PRESSED))
		return TM_CLICK;
	return TM_NONE;
}

/* ---- colours ------------------------------------------------------------- */

static int colour_number(const struct tui *t, const struct style *st, bool bg, bool *bright)
{
	enum colour_mode kind;
	int c = theme_colour(st, t->mode, bg, &kind);
	if (c < 0 || kind == COLOUR_NONE)
		return -1;
	if (t->mode == COLOUR_TRUE) {
		/* Direct colour: numbers are RGB (values under 8 are ANSI colours). */
		int32_t rgb = kind == COLOUR_TRUE ? c : theme_rgb256(c);
		return rgb < 8 ? 8 : rgb;
	}
	if (kind == COLOUR_256)
		return c < COLORS ? c : -1;
	if (c >= 8 && COLORS < 16) {
		*bright = true;
		return c - 8;
	}
	return c < COLORS ? c : -1;
}

static void style_attr(struct tui *t, const struct style *st, attr_t *attr, int *pair)
{
	attr_t a = A_NORMAL;
	if (st->bold)
		a |= A_BOLD;
	if (st->underline)
		a |= A_UNDERLINE;
	if (st->reverse)
		a |= A_REVERSE;
	if (st->italic)
		a |= A_ITALIC;
	if (st->dim)
		a |= A_DIM;
	*pair = 0;
	if (t->mode != COLOUR_NONE) {
		bool fb = false, bb = false;
		int fg = colour_number(t, st, false, &fb);
		int bg = colour_number(t, st, true, &bb);
		if (fb)
			a |= A_BOLD;
		if (fg >= 0 || bg >= 0) {
			int p = alloc_pair(fg, bg);
			*pair = p > 0 ? p : 0;
		}
	}
	*attr = a;
}

/* ---- drawing ------------------------------------------------------------- */

void term_draw(struct tui *t, const struct grid *g)
{
	if (t->full) {
		clearok(curscr, TRUE);
		t->full = false;
	}
	t->pairs = xgrow(t->pairs, &t->cap_pairs, g->nstyles + 1, sizeof *t->pairs);
	t->attrs = xgrow(t->attrs, &t->cap_attrs, g->nstyles + 1, sizeof *t->attrs);
	for (size_t i = 0; i < g->nstyles; i++)
		style_attr(t, &g->styles[i], &t->attrs[i], &t->pairs[i]);
	int sw, sh;
	getmaxyx(stdscr, sh, sw);
	erase();
	for (int y = 0; y < g->h && y < sh; y++) {
		for (int x = 0; x < g->w && x < sw; x++) {
			const struct cell *c = &g->c[(size_t)y * (size_t)g->w + (size_t)x];
			if (c->width == 0)
				continue;
			wchar_t wc[CELL_WC + 1];
			memcpy(wc, c->wc, sizeof c->wc);
			wc[CELL_WC] = 0;
			if (!wc[0])
				wc[0] = L' ';
			if (c->width == 2 && x + 1 >= sw)
				wc[0] = L' ', wc[1] = 0;
			size_t si = c->style < g->nstyles ? c->style : 0;
			int pair = t->pairs[si];
			cchar_t cc;
			if (setcchar(&cc, wc, t->attrs[si], 0, &pair) != OK) {
				static const wchar_t q[] = {L'?', 0};
				setcchar(&cc, q, t->attrs[si], 0, &pair);
			}
			mvadd_wch(y, x, &cc);
		}
	}
	if (g->cursor && g->cur_y >= 0 && g->cur_y < sh && g->cur_x >= 0 && g->cur_x < sw) {
		curs_set(1);
		move(g->cur_y, g->cur_x);
	} else {
		curs_set(0);
	}
	wnoutrefresh(stdscr);
	doupdate();
}

void term_repaint(struct tui *t)
{
	t->full = true;
}

void term_suspend(struct tui *t)
{
	endwin();
	taken = 0;
	struct sigaction dfl, old;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(SIGTSTP, &dfl, &old);
	raise(SIGTSTP);          /* stopped here until SIGCONT */
	sigaction(SIGTSTP, &old, NULL);
	taken = 1;
	t->full = true;
	doupdate();              /* back to program mode */
}
