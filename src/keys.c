/* keys.c — the action table, key names and the key map. */
#include "keys.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct action_def {
	const char *name, *help, *key1, *key2;
};

static const struct action_def actions[ACT_COUNT] = {
	[ACT_NONE] = {"none", "no action", NULL, NULL},
#define X(e, n, h, k1, k2) [e] = {n, h, k1, k2},
	ACTIONS(X)
#undef X
};

const char *action_name(enum action a)
{
	if ((int)a < 0 || a >= ACT_COUNT)
		return NULL;
	return actions[a].name;
}

const char *action_help(enum action a)
{
	if ((int)a < 0 || a >= ACT_COUNT)
		return NULL;
	return actions[a].help;
}

enum action action_find(const char *name)
{
	if (!name)
		return ACT_NONE;
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++)
		if (strcmp(actions[a].name, name) == 0)
			return (enum action)a;
	return ACT_NONE;
}

/* Named keys.  The first entry for a code is the name key_label() gives;
 * later ones are accepted spellings. */
struct named_key {
	const char *name;
	int code;
	bool is_func;
};

static const struct named_key named[] = {
	{"Enter", '\n', false},
	{"Return", '\n', false},
	{"Space", ' ', false},
	{"Tab", '\t', false},
	{"Esc", 27, false},
	{"Escape", 27, false},
	{"Up", KEY_UP, true},
	{"Down", KEY_DOWN, true},
	{"Left", KEY_LEFT, true},
	{"Right", KEY_RIGHT, true},
	{"PgUp", KEY_PPAGE, true},
	{"PageUp", KEY_PPAGE, true},
	{"PgDn", KEY_NPAGE, true},
	{"PageDown", KEY_NPAGE, true},
	{"Home", KEY_HOME, true},
	{"End", KEY_END, true},
	{"Backspace", KEY_BACKSPACE, true},
	{"Delete", KEY_DC, true},
	{"Del", KEY_DC, true},
	{"Insert", KEY_IC, true},
	{"BackTab", KEY_BTAB, true},
};

void key_normalise(int *code, bool *is_func)
{
	if (*is_func) {
		if (*code == KEY_ENTER) {
			*code = '\n';
			*is_func = false;
		}
		return;
	}
	if (*code == '\r')
		*code = '\n';
	else if (*code == 127) {      /* DEL: what most terminals send for Backspace */
		*code = KEY_BACKSPACE;
		*is_func = true;
	}
}

/* One UTF-8 code point making up all of s, or -1. */
static int single_cp(const char *s)
{
	size_t len = strlen(s), i = 0;
	if (len == 0 || len > 4)
		return -1;
	int32_t cp = utf8_next(s, len, &i);
	if (i != len || cp == 0xFFFD || cp <= 0)
		return -1;
	return cp;
}

int key_parse(const char *s, int *code, bool *is_func)
{
	if (!s || !*s)
		return -1;
	int c = -1;
	bool f = false;
	int cp = single_cp(s);
	if (cp >= 0) {
		c = cp;
	} else if ((s[0] == 'C' || s[0] == 'c') && s[1] == '-' && s[2] && !s[3]) {
		/* C-x: Ctrl with a letter or one of @[\]^_ */
		unsigned char ch = (unsigned char)s[2];
		if ((ch >= 'a' && ch <= 'z') || (ch >= '@' && ch <= '_'))
			c = ch & 0x1f;
		else
			return -1;
	} else if ((s[0] == 'F' || s[0] == 'f') && s[1] >= '1' && s[1] <= '9') {
		char *end;
		long n = strtol(s + 1, &end, 10);
		if (*end || n < 1 || n > 12)
			return -1;
		c = KEY_F((int)n);
		f = true;
	} else {
		for (size_t i = 0; i < ARRAY_LEN(named); i++) {
			if (strcasecmp(named[i].name, s) == 0) {
				c = named[i].code;
				f = named[i].is_func;
				break;
			}
		}
		if (c < 0)
			return -1;
	}
	key_normalise(&c, &f);
	*code = c;
	*is_func = f;
	return 0;
}

const char *key_label(int code, bool is_func, char *buf, size_t n)
{
	if (!buf || n == 0)
		return "";
	key_normalise(&code, &is_func);
	for (size_t i = 0; i < ARRAY_LEN(named); i++) {
		if (named[i].code == code && named[i].is_func == is_func) {
			snprintf(buf, n, "%s", named[i].name);
			return buf;
		}
	}
	if (is_func) {
		if (code >= KEY_F(1) && code <= KEY_F(63))
			snprintf(buf, n, "F%d", code - KEY_F0);
		else
			snprintf(buf, n, "<%d>", code);
		return buf;
	}
	if (code >= 0 && code < 0x20) {
		snprintf(buf, n, "C-%c", code == 0 || code > 26 ? code | 0x40 : code | 0x60);
		return buf;
	}
	char u[5] = {0};
	if (code > 0x20 && code < 0x7f)
		u[0] = (char)code;
	else if (code >= 0x80 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
		u[utf8_encode(code, u)] = 0;
	else {
		snprintf(buf, n, "<%d>", code);
		return buf;
	}
	snprintf(buf, n, "%s", u);
	return buf;
}

void keymap_free(struct keymap *m)
{
	free(m->b);
	m->b = NULL;
	m->n = m->cap = 0;
}

static struct binding *find_binding(const struct keymap *m, int code, bool is_func)
{
	for (size_t i = 0; i < m->n; i++)
		if (m->b[i].code == code && m->b[i].is_func == is_func)
			return &m->b[i];
	return NULL;
}

void keymap_bind(struct keymap *m, int code, bool is_func, enum action a)
{
	key_normalise(&code, &is_func);
	struct binding *b = find_binding(m, code, is_func);
	if (a == ACT_NONE) {
		if (b) {
			size_t i = (size_t)(b - m->b);
			memmove(b, b + 1, (m->n - i - 1) * sizeof *b);
			m->n--;
		}
		return;
	}
	if (b) {
		b->act = a;
		return;
	}
	m->b = xgrow(m->b, &m->cap, m->n + 1, sizeof *m->b);
	m->b[m->n++] = (struct binding){code, is_func, a};
}

void keymap_unbind_action(struct keymap *m, enum action a)
{
	size_t k = 0;
	for (size_t i = 0; i < m->n; i++)
		if (m->b[i].act != a)
			m->b[k++] = m->b[i];
	m->n = k;
}

size_t keymap_keys(const struct keymap *m, enum action a, struct binding *out, size_t max)
{
	size_t k = 0;
	for (size_t i = 0; i < m->n; i++) {
		if (m->b[i].act != a)
			continue;
		if (out && k < max)
			out[k] = m->b[i];
		k++;
	}
	return k;
}

void keymap_defaults(struct keymap *m)
{
	keymap_free(m);
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		const char *ks[2] = {actions[a].key1, actions[a].key2};
		for (int i = 0; i < 2; i++) {
			int code;
			bool f;
			if (ks[i] && key_parse(ks[i], &code, &f) == 0)
				keymap_bind(m, code, f, (enum action)a);
		}
	}
}

enum action keymap_lookup(const struct keymap *m, int code, bool is_func)
{
	key_normalise(&code, &is_func);
	const struct binding *b = find_binding(m, code, is_func);
	if (b)
		return b->act;
	/* Ctrl-H is what some terminals send for Backspace. */
	if (!is_func && code == 8 && (b = find_binding(m, KEY_BACKSPACE, true)))
		return b->act;
	return ACT_NONE;
}
