/* ui_help.c — the help overlay's lines, generated from the ACTIONS table
 * and the effective key map, so the help is never stale. */
#include "ui.h"

#include <string.h>

#define KEYS_COL 16

void help_build(struct ui_list *l, const struct keymap *m, bool (*handled)(enum action))
{
	list_clear(l);
	static const char head[] = "Keys (as in less: a number typed first repeats a move, or gives a line or a percent)";
	list_add(l, head, strlen(head), SLOT_PANE_TITLE)->selectable = false;
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		if (handled && !handled((enum action)a))
			continue;
		struct binding b[6];
		size_t nk = keymap_keys(m, (enum action)a, b, ARRAY_LEN(b));
		struct sbuf keys = {0};
		for (size_t i = 0; i < nk && i < ARRAY_LEN(b); i++) {
			char buf[32];
			if (i)
				sbuf_puts(&keys, ", ");
			sbuf_puts(&keys, key_label(b[i].code, b[i].is_func, buf, sizeof buf));
		}
		if (nk == 0)
			sbuf_puts(&keys, "(unbound)");
		size_t klen = keys.len;
		int kw = ui_text_width(keys.s, keys.len);
		for (int pad = kw; pad < KEYS_COL; pad++)
			sbuf_addc(&keys, ' ');
		sbuf_addc(&keys, ' ');
		const char *help = action_help((enum action)a);
		sbuf_puts(&keys, help ? help : "");
		struct ui_item *it = list_add(l, keys.s, keys.len, SLOT_PANE);
		item_mark(it, 0, klen, nk ? SLOT_PANE_TITLE : SLOT_DIM);
		sbuf_free(&keys);
	}
	struct ui_item *it = list_add(l, "", 0, SLOT_PANE);
	it->selectable = false;
	it = list_addf(l, SLOT_DIM, "%-*s %s", KEYS_COL, "m<letter>", "then a letter: set a mark; '<letter> goes back to it");
	it = list_addf(l, SLOT_DIM, "%-*s %s", KEYS_COL, "'' '^ '$", "previous position, start, end");
	it = list_addf(l, SLOT_DIM, "%-*s %s", KEYS_COL, "Tab, Esc", "in a pane: Enter jumps to the item, Esc returns to the article");
	(void)it;
	list_home(l);
}
