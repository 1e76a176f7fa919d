/* test_ui_widgets.c — the reader's small widgets without a terminal: the
 * list (selection, scrolling, marks), the one-line prompt (editing,
 * history), the picker's type-ahead filter, the help generated from the
 * key table. */
#include "testutil.h"

#include <curses.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"

static int setup(void **state)
{
	(void)state;
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "en_US.UTF-8");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	ui_cells_cleanup();
	return 0;
}

static void test_list(void **state)
{
	(void)state;
	struct ui_list l = {0};
	list_add(&l, "Heading", 7, SLOT_PANE_TITLE)->selectable = false;
	for (int i = 0; i < 10; i++)
		list_addf(&l, SLOT_PANE, "item %d", i);
	list_home(&l);
	assert_int_equal(l.sel, 1);                 /* headings are skipped */
	list_move(&l, 3);
	assert_int_equal(l.sel, 4);
	list_move(&l, 100);
	assert_int_equal(l.sel, 10);
	list_move(&l, -100);
	assert_int_equal(l.sel, 1);
	assert_string_equal(list_selected(&l)->text, "item 0");
	/* Drawing keeps the selection in view. */
	struct theme th;
	theme_default(&th);
	struct grid g = {0};
	grid_resize(&g, 12, 4);
	grid_clear(&g, &th.slot[SLOT_TEXT]);
	list_end(&l);
	size_t rows[4];
	list_draw(&l, &g, (struct rect){0, 0, 12, 4}, &th, true, rows);
	assert_int_equal(rows[3], 10);
	char *row = grid_row_text(&g, 3, 0, 12);
	assert_string_equal(row, "\xe2\x80\xbaitem 9     ");
	free(row);
	/* The selected row in the selection colours when focused. */
	assert_int_equal(g.styles[grid_at(&g, 5, 3)->style].bg256, th.slot[SLOT_SELECTION].bg256);
	assert_int_not_equal(g.styles[grid_at(&g, 5, 2)->style].bg256, th.slot[SLOT_SELECTION].bg256);
	/* Marked parts of a line in their own colours; long lines end in "…". */
	list_clear(&l);
	const char *line = "Ada Moreau (3) \xc2\xb7 ministre des Finances";
	struct ui_item *it = list_add(&l, line, strlen(line), SLOT_PANE);
	item_mark(it, 0, 10, SLOT_SPEAKER1);
	grid_clear(&g, &th.slot[SLOT_TEXT]);
	list_draw(&l, &g, (struct rect){0, 0, 12, 4}, &th, false, NULL);
	row = grid_row_text(&g, 0, 0, 12);
	assert_string_equal(row, "\xe2\x80\xba""Ada Moreau\xe2\x80\xa6");
	free(row);
	assert_int_equal(g.styles[grid_at(&g, 1, 0)->style].fg256, th.slot[SLOT_SPEAKER1].fg256);
	grid_free(&g);
	theme_free(&th);
	list_free(&l);
}

static void keys(struct ui_prompt *p, const char *s)
{
	for (; *s; s++)
		prompt_key(p, (unsigned char)*s, false);
}

static void test_prompt(void **state)
{
	(void)state;
	struct ui_prompt p = {0};
	prompt_open(&p, "/", "");
	keys(&p, "abc");
	prompt_key(&p, KEY_LEFT, true);
	prompt_key(&p, 'X', false);
	char *s = prompt_text(&p);
	assert_string_equal(s, "abXc");
	free(s);
	prompt_key(&p, 0xe9, false);              /* é, as a wide character */
	s = prompt_text(&p);
	assert_string_equal(s, "abX\xc3\xa9""c");
	free(s);
	prompt_key(&p, KEY_BACKSPACE, true);
	prompt_key(&p, KEY_HOME, true);
	prompt_key(&p, KEY_DC, true);
	s = prompt_text(&p);
	assert_string_equal(s, "bXc");
	free(s);
	prompt_key(&p, KEY_END, true);
	keys(&p, " mot");
	prompt_key(&p, 23, false);                /* C-w */
	s = prompt_text(&p);
	assert_string_equal(s, "bXc ");
	free(s);
	assert_int_equal(prompt_key(&p, '\r', false), UI_ACCEPT);
	prompt_remember(&p, "premier");
	prompt_remember(&p, "second");
	prompt_open(&p, "/", "");
	prompt_key(&p, KEY_UP, true);
	s = prompt_text(&p);
	assert_string_equal(s, "second");
	free(s);
	prompt_key(&p, KEY_UP, true);
	prompt_key(&p, KEY_UP, true);
	s = prompt_text(&p);
	assert_string_equal(s, "premier");
	free(s);
	prompt_key(&p, 21, false);                /* C-u */
	assert_int_equal(p.n, 0);
	assert_int_equal(prompt_key(&p, KEY_BACKSPACE, true), UI_CANCEL);
	prompt_open(&p, "/", "x");
	assert_int_equal(prompt_key(&p, 27, false), UI_CANCEL);
	/* Drawn with the cursor after the text. */
	struct theme th;
	theme_default(&th);
	struct grid g = {0};
	grid_resize(&g, 10, 1);
	grid_clear(&g, &th.slot[SLOT_TEXT]);
	prompt_open(&p, "/", "\xc3\xa9t\xc3\xa9");
	prompt_draw(&p, &g, 0, 0, 10, &th);
	char *row = grid_row_text(&g, 0, 0, 10);
	assert_string_equal(row, "/\xc3\xa9t\xc3\xa9      ");
	free(row);
	assert_true(g.cursor);
	assert_int_equal(g.cur_x, 4);
	grid_free(&g);
	theme_free(&th);
	prompt_free(&p);
}

static void test_picker(void **state)
{
	(void)state;
	struct ui_picker p = {0};
	picker_open(&p, "follow which speaker?", "fr");
	list_addf(&p.all, SLOT_PANE, "H\xc3\xa9l\xc3\xa8ne Vasquez (4)");
	list_addf(&p.all, SLOT_PANE, "Karl Brenner (2)");
	list_addf(&p.all, SLOT_PANE, "no known speaker (1)");
	picker_ready(&p);
	assert_int_equal(p.shown.n, 3);
	/* Type-ahead without accents or capitals. */
	picker_key(&p, 'h', false);
	picker_key(&p, 'e', false);
	picker_key(&p, 'l', false);
	assert_int_equal(p.shown.n, 1);
	assert_string_equal(p.shown.it[0].text, "H\xc3\xa9l\xc3\xa8ne Vasquez (4)");
	picker_key(&p, KEY_BACKSPACE, true);
	picker_key(&p, KEY_BACKSPACE, true);
	picker_key(&p, KEY_BACKSPACE, true);
	assert_int_equal(p.shown.n, 3);
	picker_key(&p, 'K', false);
	assert_int_equal(p.shown.n, 2);         /* Karl, and "known" */
	picker_key(&p, KEY_DOWN, true);
	assert_int_equal(picker_key(&p, '\n', false), UI_ACCEPT);
	assert_int_equal(p.chosen, 2);
	/* Backspace on an empty filter does not close the picker; Esc does. */
	picker_open(&p, "again", "fr");
	list_addf(&p.all, SLOT_PANE, "one");
	picker_ready(&p);
	assert_int_equal(picker_key(&p, KEY_BACKSPACE, true), UI_CONTINUE);
	assert_int_equal(picker_key(&p, 27, false), UI_CANCEL);
	picker_free(&p);
}

static bool handled(enum action a)
{
	return a != ACT_NOTE;
}

static void test_help(void **state)
{
	(void)state;
	struct keymap m = {0};
	keymap_defaults(&m);
	int code;
	bool f;
	assert_int_equal(key_parse("+", &code, &f), 0);
	keymap_bind(&m, code, f, ACT_QUOTE_NEXT);
	struct ui_list l = {0};
	help_build(&l, &m, handled);
	bool saw_next = false, saw_note = false, saw_down = false;
	for (size_t i = 0; i < l.n; i++) {
		const char *t = l.it[i].text;
		if (strstr(t, action_help(ACT_QUOTE_NEXT)) && strncmp(t, "], +", 4) == 0)
			saw_next = true;
		if (strstr(t, action_help(ACT_NOTE)))
			saw_note = true;
		if (strncmp(t, "j, Down", 7) == 0 && strstr(t, "scroll down one line"))
			saw_down = true;
	}
	assert_true(saw_next);
	assert_false(saw_note);
	assert_true(saw_down);
	list_free(&l);
	keymap_free(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_prompt),
		cmocka_unit_test(test_picker),
		cmocka_unit_test(test_help),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
