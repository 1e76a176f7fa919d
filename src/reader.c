/* reader.c — the interactive pager: life cycle, event loop, background
 * extraction, frames.
 *
 * The first frame is drawn before any extraction: article_extract() runs in
 * a worker thread into a store of its own (a->an is switched to a fresh
 * store first; the screen reads the empty one it had) and wakes the event
 * loop through a pipe when done; the loop then swaps the stores and
 * refreshes highlights and panes.  The loop polls the terminal and that
 * pipe; every batch of keys gives one frame, drawn into a grid and handed
 * to ncurses in one update.  Keys are in reader_keys.c.
 *
 * Testing aids (docs/reader.md): GLOSE_BENCH_FIRST_FRAME=1 quits right
 * after the first frame; GLOSE_BENCH_KEYS="jjjG" feeds keys after it, one
 * frame each, prints the time per key on standard error and quits.
 */
#include "reader_int.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "extract.h"

/* ---- background extraction ----------------------------------------------- */

struct xjob {
	struct article *a;
	unsigned modules;
	bool partial;              /* a->doc is a big file's head: load it all into `full` */
	bool ran;                  /* job_go() started it */
	struct article full;
	int rc;
	struct gerr err;
	int wake_fd;
};

static int job_work(struct xjob *j)
{
	struct article *a = j->a;
	if (j->partial) {
		if (article_load_rest(j->a, &j->full, &j->err) != 0)
			return -1;
		a = &j->full;
	}
	return j->modules ? article_extract(a, j->modules, &j->err) : article_prepare(a, &j->err);
}

static void *job_main(void *p)
{
	struct xjob *j = p;
	j->rc = job_work(j);
	doc_thread_done();
	char c = 1;
	while (write(j->wake_fd, &c, 1) < 0 && errno == EINTR)
		;
	return NULL;
}

/* Start the worker; true if it runs.  Signals for the terminal are the
 * event loop's, not the worker's. */
static bool job_spawn(struct rd *r)
{
	if (r->job.wake[0] < 0)
		return false;
	sigset_t block, old;
	sigemptyset(&block);
	int async[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP, SIGCONT, SIGPIPE, SIGCHLD};
	for (size_t i = 0; i < ARRAY_LEN(async); i++)
		sigaddset(&block, async[i]);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	int rc = pthread_create(&r->job.thread, NULL, job_main, r->job.job);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return rc == 0;
}

static void job_finish(struct rd *r);

static void job_start(struct rd *r)
{
	r->job.wake[0] = r->job.wake[1] = -1;
	if (!r->opts->modules && r->a->prepared && !r->a->partial)
		return;
	if (pipe2(r->job.wake, O_CLOEXEC | O_NONBLOCK) != 0)
		r->job.wake[0] = r->job.wake[1] = -1;
	/* The worker loads the language pack, hashes and segments the text
	 * (article_prepare) and runs the extractors; until it is done this
	 * thread reads only the text, paragraphs, title and lang_code. */
	struct xjob *j = xcalloc(1, sizeof *j);
	j->a = r->a;
	j->modules = r->opts->modules;
	j->wake_fd = r->job.wake[1];
	j->partial = r->a->partial;
	r->job.job = j;
	/* The screen keeps the (empty) store it has; the worker fills a new one
	 * (the whole text's, for a big file). */
	if (!j->partial)
		r->a->an = annots_new();
	r->extracting = true;
}

/* Start the worker job_start() set up: after the first frame, so that the
 * frame does not share the processor with it. */
static void job_go(struct rd *r)
{
	struct xjob *j = r->job.job;
	if (!j || r->job.running)
		return;
	j->ran = true;
	if (job_spawn(r)) {
		r->job.running = true;
	} else {
		j->rc = job_work(j);   /* no thread: do it now */
		job_finish(r);
	}
}

void rd_speakers_update(struct rd *r)
{
	size_t na = annots_nactors(r->an);
	free(r->spk);
	r->spk = xmalloc(na + 1);
	memset(r->spk, -1, na + 1);
	size_t nq;
	const int *qs = annots_of_kind(r->an, ANN_QUOTE, &nq);
	int next = 0;
	for (size_t i = 0; i < nq; i++) {
		const struct ann *q = annots_get(r->an, qs[i]);
		if (q->actor >= 0 && (size_t)q->actor < na && r->spk[q->actor] < 0)
			r->spk[q->actor] = (int8_t)(next++ % THEME_SPEAKERS);
	}
	r->nspk = na;
	r->hl.spk = r->spk;
	r->hl.nspk = na;
}

/* A big file's head was on the screen; the whole text replaces it. */
static void text_replaced(struct rd *r, bool same)
{
	layout_free(r->lay);
	r->lay = layout_new(doc_text(r->a->doc), doc_len(r->a->doc), r->a->lang_code);
	r->hl.title = doc_title(r->a->doc);
	if (!same) {
		r->top = r->prev_top = 0;
		memset(r->marks, 0, sizeof r->marks);
		rd_message(r, true, "%s changed while it was read: showing it again from the top", r->a->display_name);
	}
	rd_geometry(r);
}

/* The worker is done (or never started): take its store. */
static void job_finish(struct rd *r)
{
	struct xjob *j = r->job.job;
	if (!j)
		return;
	if (r->job.running) {
		char buf[16];
		while (read(r->job.wake[0], buf, sizeof buf) > 0)
			;
		pthread_join(r->job.thread, NULL);
		r->job.running = false;
	}
	if (!j->ran) {
		/* Quit before the worker was started: nothing to take. */
		if (!j->partial) {
			annots_free(r->a->an);
			r->a->an = r->an;
		}
	} else if (j->partial) {
		if (j->rc == 0) {
			bool same = article_adopt(r->a, &j->full);   /* frees the head's store, r->an */
			r->an = r->a->an;
			text_replaced(r, same);
		} else {
			article_close(&j->full);
			rd_message(r, true, "cannot read the rest of the file: %s", j->err.msg);
		}
	} else if (j->rc == 0) {
		annots_free(r->an);
		r->an = r->a->an;
	} else {
		annots_free(r->a->an);
		r->a->an = r->an;
		rd_message(r, true, "%s: %s", r->a->prepared ? "extraction failed" : "cannot analyse the text", j->err.msg);
	}
	for (int k = 0; k < 2; k++)
		if (r->job.wake[k] >= 0)
			close(r->job.wake[k]);
	r->job.wake[0] = r->job.wake[1] = -1;
	free(j);
	r->job.job = NULL;
	r->extracting = false;
	r->hl.an = r->an;
	if (r->a->prepared)
		rd_annot_loaded(r);   /* the sidecar is keyed by the text's hash */
	r->gen++;
	rd_speakers_update(r);
	rd_pane_refresh(r);
}

/* ---- geometry and rows ---------------------------------------------------- */

void rd_geometry(struct rd *r)
{
	term_size(r->term, &r->cols, &r->lines);
	if (r->cols < 1)
		r->cols = 1;
	if (r->lines < 1)
		r->lines = 1;
	int body = r->lines - 1;
	r->pane_fits = false;
	r->pane_right = false;
	r->art = (struct rect){0, 0, r->cols, body};
	if (r->shown != PANE_NONE) {
		int pw = r->cfg->pane_width > 0 ? r->cfg->pane_width : 40;
		int ph = r->cfg->pane_height > 0 ? r->cfg->pane_height : 10;
		bool right = r->cfg->pane_side == SIDE_RIGHT || (r->cfg->pane_side == SIDE_AUTO && r->cols >= 100);
		if (right) {
			if (pw > r->cols / 2)
				pw = r->cols / 2;
			if (r->cols - pw - 1 < 20 || pw < 12)
				right = false;
		}
		if (right) {
			r->pane_right = true;
			r->pane_fits = true;
			/* A blank column between the text and the pane's border. */
			r->art.w = r->cols - pw - 1;
			r->pane_r = (struct rect){r->cols - pw, 0, pw, body};
		} else {
			if (ph > body / 2)
				ph = body / 2;
			if (ph >= 2) {
				r->pane_fits = true;
				r->art.h = body - ph;
				r->pane_r = (struct rect){0, r->art.h, r->cols, ph};
			}
		}
	}
	if (!r->pane_fits)
		r->pane_focus = false;
	size_t notes = 0;
	annots_of_kind(r->an, ANN_NOTE, &notes);     /* with notes, a margin for their marks */
	r->wrap = render_wrap(r->art.w, r->cfg->wrap_width, notes > 0);
	layout_set_width(r->lay, r->wrap);
	grid_resize(&r->g, r->cols, r->lines);
}

void rd_rows(struct rd *r)
{
	r->nvis = 0;
	int H = r->art.h;
	if (H <= 0)
		return;
	r->vis = xgrow(r->vis, &r->capvis, (size_t)H, sizeof *r->vis);
	struct lpos p = layout_pos_at(r->lay, r->top);
	struct lpos q = p;
	size_t n = 1;
	while (n < (size_t)H && layout_next(r->lay, &q))
		n++;
	if (n < (size_t)H) {
		/* Near the end: pull back so the screen stays full. */
		size_t back = 0;
		while (n + back < (size_t)H && layout_prev(r->lay, &p))
			back++;
		if (back)
			r->top = layout_row(r->lay, p).start;
	}
	q = p;
	r->vis[r->nvis++] = layout_row(r->lay, q);
	while (r->nvis < (size_t)H && layout_next(r->lay, &q))
		r->vis[r->nvis++] = layout_row(r->lay, q);
}

/* ---- messages, panes ----------------------------------------------------- */

void rd_message(struct rd *r, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->msg, sizeof r->msg, fmt, ap);
	va_end(ap);
	r->msg_error = error;
}

struct pane_ctx rd_pane_ctx(struct rd *r)
{
	return (struct pane_ctx){r->a, r->extracting ? NULL : r->an, &r->hl, r->top, r->sc};
}

void rd_pane_refresh(struct rd *r)
{
	if (r->shown == PANE_NONE)
		return;
	struct pane *p = &r->panes[r->shown];
	if (!p->ops || (p->built && p->gen == r->gen))
		return;
	struct pane_ctx cx = rd_pane_ctx(r);
	pane_build(p, &cx, r->gen);
	if (r->shown == PANE_ACTORS && p->ops->selected && !r->extracting) {
		p->ops->selected(p, &cx);
		r->focus_actor = p->actor;
	}
}

bool rd_handles(enum action a)
{
	switch (a) {
	case ACT_NONE:
	case ACT_COUNT:
		return false;
	default:
		return true;
	}
}

/* ---- the status line ------------------------------------------------------ */

static size_t live_actors(annots *an)
{
	size_t n = 0, na = annots_nactors(an);
	for (size_t i = 0; i < na; i++) {
		const struct actor *ac = annots_actor(an, (int)i);
		if (ac && !(ac->flags & ACTOR_DELETED))
			n++;
	}
	return n;
}

static const char *speaker_name(struct rd *r, int actor)
{
	const struct actor *ac = actor >= 0 ? annots_actor(r->an, actor) : NULL;
	return ac ? ac->name : "no known speaker";
}

static int width_of(const struct sbuf *b)
{
	return b->s ? ui_text_width(b->s, b->len) : 0;
}

/* The status line: file, language, date and position on the left; the
 * current quotation and the counts on the right.  On a narrow terminal the
 * less useful parts go first: the date and language, then the counts; the
 * position always shows. */
static void status_line(struct rd *r)
{
	struct sbuf full = {0}, brief = {0}, tiny = {0}, quote = {0}, counts = {0};
	enum theme_slot lslot = SLOT_STATUS;
	size_t len = doc_len(r->a->doc);
	size_t end = r->nvis ? r->vis[r->nvis - 1].end : len;
	int pct = len ? (int)((double)end * 100.0 / (double)len) : 100;
	bool at_end = true;
	if (r->nvis) {
		struct lpos p = layout_pos_at(r->lay, r->vis[r->nvis - 1].start);
		at_end = !layout_next(r->lay, &p);
	}
	if (at_end)
		pct = 100;
	else if (pct > 99)
		pct = 99;
	char pos[32];
	if (r->has_count)
		snprintf(pos, sizeof pos, "%d%% \xc2\xb7 %ld", pct, r->count);
	else
		snprintf(pos, sizeof pos, "%d%%", pct);
	if (r->msg[0]) {
		sbuf_puts(&full, r->msg);
		sbuf_puts(&brief, r->msg);
		sbuf_puts(&tiny, r->msg);
		if (r->msg_error)
			lslot = SLOT_STATUS_ERROR;
	} else {
		int y, m, d;
		sbuf_puts(&full, r->a->display_name);
		sbuf_addf(&full, " \xc2\xb7 %s", r->a->lang_code);
		if (r->extracting || !r->a->prepared)
			;   /* the date is known once the worker is done */
		else if (doc_date(r->a->doc, &y, &m, &d))
			sbuf_addf(&full, " \xc2\xb7 %04d-%02d-%02d", y, m, d);
		else
			sbuf_puts(&full, " \xc2\xb7 no date");
		sbuf_addf(&full, " \xc2\xb7 %s", pos);
		sbuf_addf(&brief, "%s \xc2\xb7 %s", r->a->display_name, pos);
		sbuf_addf(&tiny, "%s %s", pos, r->a->display_name);
	}
	if (r->extracting) {
		sbuf_puts(&counts, r->a->partial ? "reading the whole file\xe2\x80\xa6" : "extracting\xe2\x80\xa6");
	} else {
		if (r->cur_quote >= 0) {
			const struct ann *q = annots_get(r->an, r->cur_quote);
			int *ids = NULL;
			size_t cap = 0, n = annots_quotes_of(r->an, q->actor, &ids, &cap), k = 0;
			while (k < n && ids[k] != r->cur_quote)
				k++;
			sbuf_addf(&quote, "quote %zu/%zu \xc2\xb7 %s", k + 1, n, speaker_name(r, q->actor));
			free(ids);
		} else if (r->has_follow) {
			sbuf_addf(&quote, "following %s", speaker_name(r, r->follow));
		}
		size_t nq;
		annots_of_kind(r->an, ANN_QUOTE, &nq);
		size_t na = live_actors(r->an);
		sbuf_addf(&counts, "%zu actor%s \xc2\xb7 %zu quote%s", na, na == 1 ? "" : "s", nq, nq == 1 ? "" : "s");
	}
	struct sbuf both = {0};
	if (quote.len)
		sbuf_addf(&both, "%s \xe2\x94\x82 %s", quote.s, counts.s ? counts.s : "");
	else if (counts.len)
		sbuf_puts(&both, counts.s);
	struct sbuf none = {0};
	const struct sbuf *rights[] = {&both, quote.len ? &quote : &counts, &none};
	const struct sbuf *lefts[] = {&full, &brief, &tiny};
	const struct sbuf *L = &tiny, *R = &none;
	int room = r->cols - 3;
	for (size_t i = 0; i < ARRAY_LEN(lefts) && L == &tiny; i++)
		for (size_t j = 0; j < ARRAY_LEN(rights); j++)
			if (width_of(lefts[i]) + width_of(rights[j]) <= room - (rights[j]->len ? 2 : 0)) {
				L = lefts[i];
				R = rights[j];
				break;
			}
	render_status(&r->g, r->lines - 1, r->cols, L->s ? L->s : "", lslot, R->s ? R->s : "", &r->th);
	sbuf_free(&full);
	sbuf_free(&brief);
	sbuf_free(&tiny);
	sbuf_free(&quote);
	sbuf_free(&counts);
	sbuf_free(&both);
}

/* ---- frames ---------------------------------------------------------------- */

static void highlight(struct rd *r)
{
	r->hl.nmatches = 0;
	if (!r->nvis)
		return;
	size_t s = r->vis[0].start, e = r->vis[r->nvis - 1].end;
	if (e < s)
		e = s;
	r->hlbuf = xgrow(r->hlbuf, &r->caphl, e - s + 1, sizeof *r->hlbuf);
	if (r->has_match && search_pattern(r->srch)) {
		r->hl.nmatches = search_all(r->srch, doc_text(r->a->doc), s, e, &r->matches, &r->capmatches);
		r->hl.matches = r->matches;
	}
	r->hl.an = r->an;
	r->hl.focus_actor = r->focus_actor;
	r->hl.cur_quote = r->cur_quote;
	hl_paint(&r->hl, s, e, r->hlbuf, &r->ids, &r->capids);
}

static void draw(struct rd *r)
{
	grid_resize(&r->g, r->cols, r->lines);
	struct style bg = r->th.slot[SLOT_TEXT];
	grid_clear(&r->g, &bg);
	rd_rows(r);
	/* The current quotation stops being current once it is off screen. */
	if (r->cur_quote >= 0 && r->nvis) {
		const struct ann *q = annots_get(r->an, r->cur_quote);
		size_t vs = r->vis[0].start, ve = r->vis[r->nvis - 1].end;
		if (!q || q->end < vs || q->start > ve)
			r->cur_quote = -1;
	}
	highlight(r);
	render_rows(&r->g, r->art, r->wrap, doc_text(r->a->doc), r->vis, r->nvis, r->hlbuf,
	            r->nvis ? r->vis[0].start : 0, &r->th);
	render_note_marks(&r->g, r->art, r->wrap, doc_text(r->a->doc), doc_len(r->a->doc), r->vis, r->nvis, r->an,
	                  &r->th);
	if (r->shown != PANE_NONE && r->pane_fits) {
		rd_pane_refresh(r);
		pane_draw(&r->panes[r->shown], &r->g, r->pane_r, r->pane_right, r->pane_focus, r->extracting, &r->th);
	}
	status_line(r);
	struct rect over = {0, 0, r->cols, r->lines - 1};
	if (over.h < 3)
		over.h = r->lines;
	if (r->mode == MODE_HELP) {
		int w = r->cols > 84 ? 84 : r->cols, h = (int)r->help.n + 2;
		struct rect in = ui_box(&r->g, ui_centre(over, w, h), "help \xc2\xb7 q or Esc closes", &r->th);
		list_draw(&r->help, &r->g, in, &r->th, true, NULL);
	} else if (r->mode == MODE_PICKER) {
		picker_draw(&r->picker, &r->g, over, &r->th);
	} else if (r->mode == MODE_PROMPT) {
		prompt_draw(&r->prompt, &r->g, 0, r->lines - 1, r->cols, &r->th);
	}
	term_draw(r->term, &r->g);
}

/* ---- life cycle ------------------------------------------------------------ */

/* The character type only (ncurses' wide characters, wcwidth): numbers
 * keep printing with a dot whatever the user's locale. */
static void use_utf8_locale(void)
{
	setlocale(LC_CTYPE, "");
	const char *cs = nl_langinfo(CODESET);
	if (cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0))
		return;
	/* glose's text is UTF-8 and so is any terminal it will meet. */
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		setlocale(LC_CTYPE, "en_US.UTF-8");
}

static void init_state(struct rd *r, struct article *a, struct config *c, const struct reader_opts *o)
{
	memset(r, 0, sizeof *r);
	r->a = a;
	r->cfg = c;
	r->opts = o;
	r->an = a->an;
	r->cur_quote = -1;
	r->focus_actor = -1;
	r->follow = -1;
	r->shown = PANE_NONE;
	for (int i = 0; i < PANE_COUNT; i++) {
		r->panes[i].ops = pane_ops_of((enum pane_id)i);
		r->panes[i].actor = -1;
		r->panes[i].quote = -1;
		r->panes[i].last_jump = SIZE_MAX;
		if (c->pane_open[i] && r->panes[i].ops && r->shown == PANE_NONE)
			r->shown = i;
	}
	const char *code = a->lang_code;
	r->lay = layout_new(doc_text(a->doc), doc_len(a->doc), code);
	r->srch = search_new(code);
	r->hl.an = r->an;
	r->hl.title = doc_title(a->doc);
	r->hl.cur_quote = -1;
	r->hl.focus_actor = -1;
	r->job.wake[0] = r->job.wake[1] = -1;
}

static void free_state(struct rd *r)
{
	for (int i = 0; i < PANE_COUNT; i++)
		list_free(&r->panes[i].list);
	list_free(&r->help);
	prompt_free(&r->prompt);
	picker_free(&r->picker);
	grid_free(&r->g);
	layout_free(r->lay);
	search_free(r->srch);
	theme_free(&r->th);
	free(r->vis);
	free(r->spk);
	free(r->hlbuf);
	free(r->ids);
	free(r->matches);
	rd_annot_free(r);
	ui_cells_cleanup();
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Keys for GLOSE_BENCH_KEYS: characters, with \n for Enter. */
static void bench_keys(struct rd *r, const char *keys)
{
	double t0 = now_ms();
	size_t n = 0;
	for (const char *k = keys; *k && !r->quit; k++, n++) {
		rd_key(r, (unsigned char)*k, false);
		draw(r);
	}
	double dt = now_ms() - t0;
	r->quit = true;
	char line[128];
	snprintf(line, sizeof line, "glose: %zu keys, %.3f ms per key (key to frame)\n", n, n ? dt / (double)n : 0.0);
	/* Printed after the terminal is given back. */
	snprintf(r->report, sizeof r->report, "%s", line);
}

int reader_run(struct article *a, struct config *c, const struct reader_opts *o, struct gerr *e)
{
	double t_start = now_ms();
	use_utf8_locale();
	struct rd rd, *r = &rd;
	init_state(r, a, c, o);
	r->term = term_open(c->colour, c->mouse, e);
	if (!r->term) {
		free_state(r);
		return e->code ? e->code : EXIT_FAIL;
	}
	struct gerr te = {0};
	enum colour_mode mode = term_mode(r->term);
	if (theme_open(&r->th, c->theme ? c->theme : "dark", mode, &te) != 0)
		rd_message(r, true, "%s (using the built-in theme)", te.msg);
	if (o->config_error)
		rd_message(r, true, "%s (using the defaults)", o->config_error);
	else if (o->startup_message && !r->msg[0])
		rd_message(r, false, "%s", o->startup_message);
	job_start(r);
	if (!r->job.job) {
		rd_annot_loaded(r);
		rd_speakers_update(r);
	}
	rd_geometry(r);
	draw(r);
	const char *bench = getenv("GLOSE_BENCH_FIRST_FRAME");
	const char *bench_k = getenv("GLOSE_BENCH_KEYS");
	if (bench && *bench && strcmp(bench, "0") != 0) {
		r->quit = true;
		snprintf(r->report, sizeof r->report, "glose: first frame drawn %.3f ms after the reader started\n",
		         now_ms() - t_start);
	}
	if (!r->quit)
		job_go(r);
	if (!r->quit && bench_k && *bench_k)
		bench_keys(r, bench_k);
	int tty = term_input_fd(r->term);
	while (!r->quit) {
		struct pollfd fds[2] = {{tty, POLLIN, 0}, {r->job.wake[0], POLLIN, 0}};
		int nf = r->job.running ? 2 : 1;
		int pr = poll(fds, (nfds_t)nf, 250);
		bool dirty = false;
		if (pr > 0 && nf == 2 && (fds[1].revents & POLLIN)) {
			job_finish(r);
			dirty = true;
		}
		if (pr > 0 && (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) && !(fds[0].revents & POLLIN)) {
			r->quit = true;     /* the terminal went away */
			break;
		}
		int code;
		bool is_func;
		while (!r->quit && term_key(r->term, &code, &is_func)) {
			rd_key(r, code, is_func);
			dirty = true;
		}
		if (dirty && !r->quit)
			draw(r);
	}
	term_close(r->term);
	if (r->report[0])
		fputs(r->report, stderr);
	if (r->job.running) {
		struct pollfd pf = {r->job.wake[0], POLLIN, 0};
		if (poll(&pf, 1, 0) == 1)
			job_finish(r);
	}
	if (r->job.running) {
		/* Quitting must not wait for a long extraction: the worker still
		 * reads the article, so leave without freeing anything. */
		fflush(stdout);
		fflush(stderr);
		_exit(EXIT_OK);
	}
	job_finish(r);
	free_state(r);
	return EXIT_OK;
}
