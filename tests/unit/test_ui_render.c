/* test_ui_render.c — frames drawn into an in-memory grid: highlights from
 * the annotation store in the theme's colours (actors, speakers' quotations
 * and cues, times, the current quotation, the focused actor, search
 * matches), control characters made visible, wide characters at edges,
 * the status line at narrow widths. */
#include "testutil.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"

static const char text[] =
	"Titre de l'essai\n"
	"La ministre Ada Moreau a dit : \xc2\xab Nous partons demain. \xc2\xbb Puis elle est partie.\n"
	"Fin \x1b[31m du texte.\n";

struct fx {
	struct article a;
	struct theme th;
	int ada, quote, mention;
	int8_t spk[4];
};

static size_t at(const char *needle)
{
	const char *p = strstr(text, needle);
	assert_non_null(p);
	return (size_t)(p - text);
}

static int setup(void **state)
{
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "en_US.UTF-8");
	struct fx *f = xcalloc(1, sizeof *f);
	test_article(&f->a, text, "fr", "2025-12-03", "none");
	annots *an = f->a.an;
	f->ada = annots_add_actor(an, "Ada Moreau", ACTOR_PERSON, "ministre", ACTOR_FEMALE);
	size_t m = at("Ada Moreau");
	f->mention = annots_add(an, ANN_MENTION, m, m + strlen("Ada Moreau"), f->ada, -1, MENTION_NAME, 1, NULL);
	size_t q = at("Nous partons"), qe = at(" \xc2\xbb");
	size_t cue = at("a dit");
	f->quote = annots_add(an, ANN_QUOTE, q, qe, f->ada, -1, QUOTE_DIRECT, 1, NULL);
	annots_set_outer(an, f->quote, at("\xc2\xab Nous"), qe + strlen(" \xc2\xbb"));
	int c = annots_add(an, ANN_CUE, cue, cue + 5, -1, f->quote, 0, 1, NULL);
	annots_get(an, f->quote)->link = c;
	size_t d = at("demain");
	annots_add(an, ANN_TIME, d, d + 6, -1, -1, TIME_DATE, 1, "2025-12-04");
	theme_default(&f->th);
	f->spk[0] = 0;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	article_close(&f->a);
	theme_free(&f->th);
	free(f);
	ui_cells_cleanup();
	return 0;
}

/* Draw the whole text at `width` into a grid; returns the grid. */
static void draw(struct fx *f, struct grid *g, int width, int cur_quote, int focus, const struct span *match)
{
	layout *l = layout_new(text, strlen(text), "fr");
	layout_set_width(l, width);
	struct ui_row rows[32];
	size_t n = 0;
	struct lpos p = layout_pos_at(l, 0);
	do
		rows[n++] = layout_row(l, p);
	while (n < 32 && layout_next(l, &p));
	struct hl_ctx h = {0};
	h.an = f->a.an;
	h.title = doc_title(f->a.doc);
	h.spk = f->spk;
	h.nspk = 1;
	h.cur_quote = cur_quote;
	h.focus_actor = focus;
	if (match) {
		h.matches = match;
		h.nmatches = 1;
	}
	size_t s = rows[0].start, e = rows[n - 1].end;
	struct hl_byte *hb = xmalloc((e - s + 1) * sizeof *hb);
	int *ids = NULL;
	size_t cap = 0;
	hl_paint(&h, s, e, hb, &ids, &cap);
	grid_resize(g, width, (int)n);
	grid_clear(g, &f->th.slot[SLOT_TEXT]);
	render_rows(g, (struct rect){0, 0, width, (int)n}, width, text, rows, n, hb, s, &f->th);
	free(hb);
	free(ids);
	layout_free(l);
}

/* The style of the cell showing the first character of `needle`. */
static const struct style *style_at(struct grid *g, const char *needle)
{
	for (int y = 0; y < g->h; y++) {
		char *row = grid_row_text(g, y, 0, g->w);
		char *p = strstr(row, needle);
		if (p) {
			int col = ui_text_width(row, (size_t)(p - row));
			free(row);
			return &g->styles[grid_at(g, col, y)->style];
		}
		free(row);
	}
	fail_msg("'%s' is not on the grid", needle);
	return NULL;
}

static void test_highlights(void **state)
{
	struct fx *f = *state;
	struct grid g = {0};
	draw(f, &g, 100, -1, -1, NULL);
	const struct style *st = style_at(&g, "Titre");
	assert_int_equal(st->fg256, f->th.slot[SLOT_TITLE].fg256);
	assert_true(st->bold);
	st = style_at(&g, "Ada Moreau");
	assert_int_equal(st->fg256, f->th.slot[SLOT_ACTOR_PERSON].fg256);
	assert_true(st->bold);
	/* The quotation, marks included, and its cue in the speaker's colour. */
	int spk = f->th.slot[SLOT_SPEAKER0].fg256;
	assert_int_equal(style_at(&g, "Nous partons")->fg256, spk);
	assert_int_equal(style_at(&g, "\xc2\xab Nous")->fg256, spk);
	assert_int_equal(style_at(&g, "a dit")->fg256, spk);
	/* A time expression inside the quotation keeps the time colour. */
	assert_int_equal(style_at(&g, "demain")->fg256, f->th.slot[SLOT_TIME].fg256);
	assert_true(style_at(&g, "demain")->underline);
	/* Plain text. */
	st = style_at(&g, "Puis elle");
	assert_int_equal(st->fg256, f->th.slot[SLOT_TEXT].fg256);
	assert_false(st->bold);
	grid_free(&g);
}

static void test_emphasis(void **state)
{
	struct fx *f = *state;
	struct grid g = {0};
	/* The current quotation gets quote.current's background and weight. */
	draw(f, &g, 100, f->quote, -1, NULL);
	const struct style *st = style_at(&g, "Nous partons");
	assert_int_equal(st->bg256, f->th.slot[SLOT_QUOTE_CURRENT].bg256);
	assert_true(st->bold);
	assert_int_equal(st->fg256, f->th.slot[SLOT_SPEAKER0].fg256);
	assert_int_equal(style_at(&g, "a dit")->bg256, f->th.slot[SLOT_QUOTE_CURRENT].bg256);
	assert_int_equal(style_at(&g, "Puis")->bg256, -1);
	/* The focused actor. */
	draw(f, &g, 100, -1, f->ada, NULL);
	st = style_at(&g, "Ada Moreau");
	assert_int_equal(st->bg256, f->th.slot[SLOT_ACTOR_FOCUS].bg256);
	/* A search match. */
	struct span m = {at("partie"), at("partie") + 6};
	draw(f, &g, 100, -1, -1, &m);
	assert_int_equal(style_at(&g, "partie")->bg256, f->th.slot[SLOT_SEARCH].bg256);
	assert_int_equal(style_at(&g, "Puis")->bg256, -1);
	grid_free(&g);
}

static void test_controls_and_wrap(void **state)
{
	struct fx *f = *state;
	struct grid g = {0};
	draw(f, &g, 20, -1, -1, NULL);
	/* Every row fits; the escape shows as ^[ in the control colour. */
	const struct style *st = style_at(&g, "^[[31m");
	assert_int_equal(st->fg256, f->th.slot[SLOT_CONTROL].fg256);
	assert_int_equal(style_at(&g, "[31m")->fg256, f->th.slot[SLOT_TEXT].fg256);
	for (int y = 0; y < g.h; y++)
		for (int x = 0; x < g.w; x++)
			assert_true(grid_at(&g, x, y)->wc[0] != 0x1b);
	grid_free(&g);
}

static void test_grid_edges(void **state)
{
	(void)state;
	struct grid g = {0};
	struct style plain = {-1, -1, -1, -1, -1, -1, false, false, false, false, false};
	grid_resize(&g, 5, 2);
	grid_clear(&g, &plain);
	/* A wide character never straddles the edge. */
	const char *s = "abcd\xe4\xb8\xad";
	int w = grid_text(&g, 0, 0, 5, s, strlen(s), 0, 0, false);
	assert_int_equal(w, 4);
	char *row = grid_row_text(&g, 0, 0, 5);
	assert_string_equal(row, "abcd ");
	free(row);
	/* Too long: an ellipsis in the last column. */
	w = grid_text(&g, 0, 1, 5, "abcdefgh", 8, 0, 0, true);
	assert_int_equal(w, 5);
	row = grid_row_text(&g, 1, 0, 5);
	assert_string_equal(row, "abcd\xe2\x80\xa6");
	free(row);
	/* Writing over half of a wide cell blanks the other half. */
	grid_clear(&g, &plain);
	grid_text(&g, 0, 0, 5, "\xe4\xb8\xad\xe6\x96\x87", 6, 0, 0, false);
	struct ucell x = {{L'x'}, 1, false};
	grid_put(&g, 1, 0, &x, 0, 0, 5);
	row = grid_row_text(&g, 0, 0, 5);
	assert_string_equal(row, " x\xe6\x96\x87 ");
	free(row);
	grid_free(&g);
}

static void test_status(void **state)
{
	struct fx *f = *state;
	struct grid g = {0};
	grid_resize(&g, 46, 1);
	grid_clear(&g, &f->th.slot[SLOT_TEXT]);
	render_status(&g, 0, 46, "essai.txt \xc2\xb7 fr \xc2\xb7 55%", SLOT_STATUS, "3 actors \xc2\xb7 1 quote", &f->th);
	char *row = grid_row_text(&g, 0, 0, 46);
	assert_string_equal(row, " essai.txt \xc2\xb7 fr \xc2\xb7 55%      3 actors \xc2\xb7 1 quote ");
	free(row);
	assert_int_equal(g.styles[grid_at(&g, 0, 0)->style].bg256, f->th.slot[SLOT_STATUS].bg256);
	/* An error message in the error colours, shortened to fit. */
	grid_resize(&g, 12, 1);
	grid_clear(&g, &f->th.slot[SLOT_TEXT]);
	render_status(&g, 0, 12, "something went wrong", SLOT_STATUS_ERROR, "", &f->th);
	row = grid_row_text(&g, 0, 0, 12);
	assert_string_equal(row, " something\xe2\x80\xa6 ");
	free(row);
	assert_int_equal(g.styles[grid_at(&g, 1, 0)->style].bg256, f->th.slot[SLOT_STATUS_ERROR].bg256);
	grid_free(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_highlights),
		cmocka_unit_test(test_emphasis),
		cmocka_unit_test(test_controls_and_wrap),
		cmocka_unit_test(test_grid_edges),
		cmocka_unit_test(test_status),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
