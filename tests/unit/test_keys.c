/* test_keys.c — actions, key names, the key map. */
#include "testutil.h"

#include <curses.h>
#include <string.h>

#include "keys.h"

static void test_actions(void **state)
{
	(void)state;
	assert_string_equal(action_name(ACT_NONE), "none");
	assert_null(action_name(ACT_COUNT));
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		const char *n = action_name((enum action)a);
		assert_non_null(n);
		assert_true(strlen(action_help((enum action)a)) > 0);
		assert_int_equal(action_find(n), a);
	}
	assert_int_equal(action_find("quote-next"), ACT_QUOTE_NEXT);
	assert_int_equal(action_find("pane-who"), ACT_PANE_WHO);
	assert_int_equal(action_find("nope"), ACT_NONE);
	assert_int_equal(action_find("none"), ACT_NONE);
	assert_int_equal(action_find(NULL), ACT_NONE);
}

struct kcase {
	const char *s;
	int code;
	bool is_func;
	const char *label;       /* key_label() of the result */
};

static void test_parse(void **state)
{
	(void)state;
	const struct kcase ok[] = {
		{"j", 'j', false, "j"},
		{"]", ']', false, "]"},
		{"%", '%', false, "%"},
		{"é", 0xe9, false, "é"},
		{"€", 0x20ac, false, "€"},
		{"C-l", 12, false, "C-l"},
		{"C-L", 12, false, "C-l"},
		{"c-z", 26, false, "C-z"},
		{"C-@", 0, false, "C-@"},
		{"C-_", 31, false, "C-_"},
		{"C-i", '\t', false, "Tab"},
		{"C-m", '\n', false, "Enter"},
		{"Enter", '\n', false, "Enter"},
		{"enter", '\n', false, "Enter"},
		{"Return", '\n', false, "Enter"},
		{"Space", ' ', false, "Space"},
		{" ", ' ', false, "Space"},
		{"Tab", '\t', false, "Tab"},
		{"Esc", 27, false, "Esc"},
		{"Escape", 27, false, "Esc"},
		{"Up", KEY_UP, true, "Up"},
		{"Down", KEY_DOWN, true, "Down"},
		{"Left", KEY_LEFT, true, "Left"},
		{"Right", KEY_RIGHT, true, "Right"},
		{"PgUp", KEY_PPAGE, true, "PgUp"},
		{"PageUp", KEY_PPAGE, true, "PgUp"},
		{"PgDn", KEY_NPAGE, true, "PgDn"},
		{"Home", KEY_HOME, true, "Home"},
		{"End", KEY_END, true, "End"},
		{"Backspace", KEY_BACKSPACE, true, "Backspace"},
		{"Delete", KEY_DC, true, "Delete"},
		{"F1", KEY_F(1), true, "F1"},
		{"F10", KEY_F(10), true, "F10"},
		{"F12", KEY_F(12), true, "F12"},
		{"f", 'f', false, "f"},
		{"F", 'F', false, "F"},
	};
	for (size_t i = 0; i < ARRAY_LEN(ok); i++) {
		int code = -5;
		bool f = !ok[i].is_func;
		if (key_parse(ok[i].s, &code, &f) != 0)
			fail_msg("key_parse(\"%s\") failed", ok[i].s);
		assert_int_equal(code, ok[i].code);
		assert_int_equal(f, ok[i].is_func);
		char buf[32];
		assert_string_equal(key_label(code, f, buf, sizeof buf), ok[i].label);
		/* The label reads back as the same key. */
		int c2;
		bool f2;
		assert_int_equal(key_parse(buf, &c2, &f2), 0);
		assert_int_equal(c2, code);
		assert_int_equal(f2, f);
	}
	const char *bad[] = {"", "C-", "C-1", "C-é", "Ctrl-x", "F0", "F13", "F1x", "Foo", "jj", "\xff", "Enterr"};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		int code = 0;
		bool f = false;
		if (key_parse(bad[i], &code, &f) == 0)
			fail_msg("key_parse(\"%s\") should fail", bad[i]);
	}
	assert_int_equal(key_parse(NULL, &(int){0}, &(bool){0}), -1);
}

static void test_label(void **state)
{
	(void)state;
	char buf[32];
	/* What terminals send for Enter and Backspace reads as those keys. */
	assert_string_equal(key_label('\r', false, buf, sizeof buf), "Enter");
	assert_string_equal(key_label(KEY_ENTER, true, buf, sizeof buf), "Enter");
	assert_string_equal(key_label(127, false, buf, sizeof buf), "Backspace");
	assert_string_equal(key_label(1, false, buf, sizeof buf), "C-a");
	assert_string_equal(key_label(KEY_F(20), true, buf, sizeof buf), "F20");
	assert_string_equal(key_label(KEY_MOUSE, true, buf, sizeof buf), "<409>");
	assert_string_equal(key_label(0xD800, false, buf, sizeof buf), "<55296>");
	/* Short buffers are cut, never overrun. */
	char small[3];
	assert_string_equal(key_label(KEY_BACKSPACE, true, small, sizeof small), "Ba");
}

static int count_defaults(void)
{
	int n = 0;
#define X(e, name, h, k1, k2) n += (k1 != NULL) + (k2 != NULL);
	ACTIONS(X)
#undef X
	return n;
}

static void test_defaults(void **state)
{
	(void)state;
	struct keymap m = {0};
	keymap_defaults(&m);
	/* Every default key is bound, and no two actions share one. */
	assert_int_equal(m.n, count_defaults());
	struct {
		const char *key;
		enum action a;
	} want[] = {
		{"j", ACT_DOWN}, {"Down", ACT_DOWN}, {"Enter", ACT_DOWN2}, {"k", ACT_UP}, {"Space", ACT_PAGE_DOWN},
		{"PgDn", ACT_PAGE_DOWN}, {"C-f", ACT_PAGE_DOWN2}, {"g", ACT_TOP}, {"G", ACT_BOTTOM},
		{"/", ACT_SEARCH}, {"q", ACT_QUIT}, {"F1", ACT_HELP}, {"]", ACT_QUOTE_NEXT},
		{"[", ACT_QUOTE_PREV}, {"}", ACT_SPEAKER_NEXT}, {"C-n", ACT_PANE_NOTES}, {"Tab", ACT_FOCUS},
		{"C-z", ACT_SUSPEND}, {"x", ACT_EXPORT},
	};
	for (size_t i = 0; i < ARRAY_LEN(want); i++) {
		int code;
		bool f;
		assert_int_equal(key_parse(want[i].key, &code, &f), 0);
		assert_int_equal(keymap_lookup(&m, code, f), want[i].a);
	}
	assert_int_equal(keymap_lookup(&m, 'z', false), ACT_NONE);
	/* Enter arrives as '\r', '\n' or KEY_ENTER depending on the terminal. */
	assert_int_equal(keymap_lookup(&m, '\r', false), ACT_DOWN2);
	assert_int_equal(keymap_lookup(&m, KEY_ENTER, true), ACT_DOWN2);
	struct binding b[4];
	assert_int_equal(keymap_keys(&m, ACT_QUIT, b, 4), 2);
	assert_int_equal(b[0].code, 'q');
	assert_int_equal(b[1].code, 'Q');
	assert_int_equal(keymap_keys(&m, ACT_QUIT, NULL, 0), 2);
	keymap_free(&m);
	assert_null(m.b);
	assert_int_equal(m.n, 0);
}

static void test_bind(void **state)
{
	(void)state;
	struct keymap m = {0};
	keymap_defaults(&m);
	size_t n = m.n;
	/* Rebinding a key moves it. */
	keymap_bind(&m, 'q', false, ACT_HELP);
	assert_int_equal(m.n, n);
	assert_int_equal(keymap_lookup(&m, 'q', false), ACT_HELP);
	assert_int_equal(keymap_keys(&m, ACT_QUIT, NULL, 0), 1);
	/* ACT_NONE unbinds a key. */
	keymap_bind(&m, 'q', false, ACT_NONE);
	assert_int_equal(m.n, n - 1);
	assert_int_equal(keymap_lookup(&m, 'q', false), ACT_NONE);
	keymap_unbind_action(&m, ACT_DOWN);
	assert_int_equal(keymap_lookup(&m, 'j', false), ACT_NONE);
	assert_int_equal(keymap_lookup(&m, KEY_DOWN, true), ACT_NONE);
	assert_int_equal(keymap_keys(&m, ACT_DOWN, NULL, 0), 0);
	/* DEL and C-h reach a Backspace binding. */
	assert_int_equal(keymap_lookup(&m, 127, false), ACT_NONE);
	keymap_bind(&m, 127, false, ACT_PAGE_UP);
	assert_int_equal(keymap_lookup(&m, KEY_BACKSPACE, true), ACT_PAGE_UP);
	assert_int_equal(keymap_lookup(&m, 127, false), ACT_PAGE_UP);
	assert_int_equal(keymap_lookup(&m, 8, false), ACT_PAGE_UP);
	/* ... unless C-h has a binding of its own. */
	keymap_bind(&m, 8, false, ACT_HELP);
	assert_int_equal(keymap_lookup(&m, 8, false), ACT_HELP);
	/* A map grows from empty. */
	struct keymap e = {0};
	for (int c = 'a'; c <= 'z'; c++)
		keymap_bind(&e, c, false, ACT_QUIT);
	assert_int_equal(e.n, 26);
	assert_int_equal(keymap_lookup(&e, 'm', false), ACT_QUIT);
	keymap_free(&e);
	keymap_free(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actions),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_label),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_bind),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
