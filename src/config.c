/* config.c — the reader's configuration: defaults, YAML loading with
 * positioned errors, lookup order, dump (libyaml emitter), lexicon merge. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "export.h"
#include "extract.h"
#include "lang.h"
#include "paths.h"
#include "yamldoc.h"

static const char *const pane_names[PANE_COUNT] = {"who", "timeline", "actors", "notes"};
static const char *const side_names[] = {"auto", "right", "bottom"};
static const char *const colour_names[] = {"auto", "truecolor", "256", "16", "none"};
static const char *const actor_types[] = {"person", "org", "place"};

#define PANE_WIDTH_MIN 10
#define PANE_WIDTH_MAX 500
#define PANE_HEIGHT_MIN 3
#define PANE_HEIGHT_MAX 200
#define WRAP_MIN 20
#define WRAP_MAX 1000

void config_defaults(struct config *c)
{
	memset(c, 0, sizeof *c);
	c->theme = xstrdup("dark");
	c->colour = CPREF_AUTO;
	keymap_defaults(&c->keys);
	c->pane_side = SIDE_AUTO;
	c->pane_width = 40;
	c->pane_height = 10;
	c->wrap_width = 0;
	c->mouse = false;
	c->modules = xstrdup("all");
	c->lang = NULL;
	c->export_format = xstrdup("json");
	c->export_dir = NULL;
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void free_actors(struct known_actor *a, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(a[i].name);
		free(a[i].type);
		free_strv(a[i].aliases, a[i].naliases);
	}
	free(a);
}

void config_free(struct config *c)
{
	free(c->path);
	free(c->theme);
	keymap_free(&c->keys);
	free(c->modules);
	free(c->lang);
	free(c->export_format);
	free(c->export_dir);
	free_strv(c->speech_verbs, c->nspeech_verbs);
	free_strv(c->titles, c->ntitles);
	free_actors(c->actors, c->nactors);
	memset(c, 0, sizeof *c);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static char **dup_strv(char *const *v, size_t n)
{
	char **out = xcalloc(n ? n : 1, sizeof *out);
	for (size_t i = 0; i < n; i++)
		out[i] = xstrdup(v[i]);
	return out;
}

static void config_copy(struct config *dst, const struct config *src)
{
	*dst = *src;
	dst->path = dup_or_null(src->path);
	dst->theme = dup_or_null(src->theme);
	dst->keys.b = NULL;
	dst->keys.n = dst->keys.cap = 0;
	for (size_t i = 0; i < src->keys.n; i++)
		keymap_bind(&dst->keys, src->keys.b[i].code, src->keys.b[i].is_func, src->keys.b[i].act);
	dst->modules = dup_or_null(src->modules);
	dst->lang = dup_or_null(src->lang);
	dst->export_format = dup_or_null(src->export_format);
	dst->export_dir = dup_or_null(src->export_dir);
	dst->speech_verbs = dup_strv(src->speech_verbs, src->nspeech_verbs);
	dst->titles = dup_strv(src->titles, src->ntitles);
	dst->actors = xcalloc(src->nactors ? src->nactors : 1, sizeof *dst->actors);
	for (size_t i = 0; i < src->nactors; i++) {
		dst->actors[i].name = xstrdup(src->actors[i].name);
		dst->actors[i].type = xstrdup(src->actors[i].type);
		dst->actors[i].aliases = dup_strv(src->actors[i].aliases, src->actors[i].naliases);
		dst->actors[i].naliases = src->actors[i].naliases;
	}
}

/* ---- loading ------------------------------------------------------------- */

struct pctx {
	const struct ydoc *d;
	struct config *c;
	const char *dir;           /* the config file's folder, for relative paths; may be NULL */
	struct gerr *e;
};

#define ERR(x, node, ...) ydoc_err((x)->d, (node), (x)->e, __VA_ARGS__)

static void join_names(struct sbuf *b, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sbuf_addf(b, "%s%s", i ? ", " : "", names[i]);
}

/* One of `names`, or an error "'what' must be one of a, b, c, not 'x'". */
static int get_enum(struct pctx *x, yaml_node_t *v, const char *what, const char *const *names,
                    size_t n, int *out)
{
	const char *s = ydoc_str(v);
	for (size_t i = 0; s && i < n; i++) {
		if (!strcmp(s, names[i])) {
			*out = (int)i;
			return 0;
		}
	}
	struct sbuf b = {0};
	join_names(&b, names, n);
	if (s)
		ERR(x, v, "'%s' must be one of %s, not '%s'", what, b.s, s);
	else
		ERR(x, v, "'%s' must be one of %s", what, b.s);
	sbuf_free(&b);
	return -1;
}

static int get_string(struct pctx *x, yaml_node_t *v, const char *what, const char **out)
{
	*out = NULL;
	const char *s = ydoc_str(v);
	if (!s || ydoc_is_null(v) || !*s)
		return ERR(x, v, "'%s' must be a non-empty string", what);
	*out = s;
	return 0;
}

static int get_bool(struct pctx *x, yaml_node_t *v, const char *what, bool *out)
{
	if (ydoc_bool(v, out) != 0)
		return ERR(x, v, "'%s' must be true or false", what);
	return 0;
}

/* "~/x" -> "$HOME/x"; a relative path is taken from the config file's folder. */
static char *resolve_path(struct pctx *x, const char *s)
{
	if (s[0] == '~' && (s[1] == '/' || !s[1])) {
		const char *home = getenv("HOME");
		if (home && *home)
			return xasprintf("%s%s", home, s + 1);
	}
	if (s[0] != '/' && x->dir)
		return xasprintf("%s/%s", x->dir, s);
	return xstrdup(s);
}

static bool theme_is_path(const char *s)
{
	size_t n = strlen(s);
	return strchr(s, '/') || (n >= 5 && !strcmp(s + n - 5, ".yaml"));
}

static int opt_theme(struct pctx *x, yaml_node_t *v)
{
	const char *s = NULL;
	if (get_string(x, v, "theme", &s) != 0)
		return -1;
	char *t = theme_is_path(s) ? resolve_path(x, s) : xstrdup(s);
	bool builtin = !strcmp(t, "dark") || !strcmp(t, "mono");
	char *found = builtin ? NULL : theme_find(t);
	if (!builtin && !found) {
		if (theme_is_path(t)) {
			ERR(x, v, "theme file '%s' not found", t);
		} else {
			char **names = theme_list();
			struct sbuf b = {0};
			for (size_t i = 0; names[i]; i++)
				sbuf_addf(&b, "%s%s", i ? ", " : "", names[i]);
			ERR(x, v, "unknown theme '%s' (available: %s)", t, b.s ? b.s : "");
			sbuf_free(&b);
			paths_free_list(names);
		}
		free(t);
		return -1;
	}
	free(found);
	free(x->c->theme);
	x->c->theme = t;
	return 0;
}

static int opt_colour(struct pctx *x, yaml_node_t *v, const char *key)
{
	int i;
	if (get_enum(x, v, key, colour_names, ARRAY_LEN(colour_names), &i) != 0)
		return -1;
	x->c->colour = (enum colour_pref)i;
	return 0;
}

/* A binding read from the file, kept until the whole `keys` mapping checks out. */
struct fbind {
	enum action act;
	int code;
	bool is_func;
	yaml_node_t *node;
};

static int opt_keys(struct pctx *x, yaml_node_t *v)
{
	if (ydoc_is_null(v))
		return 0;
	if (v->type != YAML_MAPPING_NODE)
		return ERR(x, v, "'keys' must be a mapping from action names to keys");
	if (ydoc_check_keys(x->d, v, "keys", x->e) != 0)
		return -1;
	struct fbind *fb = NULL;
	size_t n = 0, cap = 0;
	int r = -1;
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ydoc_node(x->d, p->key), *val = ydoc_node(x->d, p->value);
		enum action a = action_find(ydoc_str(k));
		if (a == ACT_NONE) {
			ERR(x, k, "unknown action '%s' in 'keys'", ydoc_str(k));
			goto out;
		}
		/* A key, a list of keys, or [] / null: no key at all. */
		yaml_node_item_t one = p->value, *items = &one, *end = &one + 1;
		if (val->type == YAML_SEQUENCE_NODE) {
			items = val->data.sequence.items.start;
			end = val->data.sequence.items.top;
		} else if (ydoc_is_null(val)) {
			items = end;
		} else if (val->type != YAML_SCALAR_NODE) {
			ERR(x, val, "'keys.%s' must be a key name or a list of key names", ydoc_str(k));
			goto out;
		}
		/* Record the action even with no keys: it loses its defaults. */
		fb = xgrow(fb, &cap, n + 1, sizeof *fb);
		fb[n++] = (struct fbind){a, -1, false, k};
		for (yaml_node_item_t *it = items; it < end; it++) {
			yaml_node_t *kn = ydoc_node(x->d, *it);
			const char *ks = ydoc_str(kn);
			int code;
			bool f;
			if (!ks || kn->type != YAML_SCALAR_NODE) {
				ERR(x, kn, "'keys.%s' must be a key name or a list of key names", ydoc_str(k));
				goto out;
			}
			if (key_parse(ks, &code, &f) != 0) {
				ERR(x, kn, "bad key name '%s' for '%s' (write a character, C-x, Enter, Space, "
				    "Tab, Esc, Up, Down, Left, Right, PgUp, PgDn, Home, End, Backspace, "
				    "Delete or F1 to F12)", ks, ydoc_str(k));
				goto out;
			}
			for (size_t i = 0; i < n; i++) {
				if (fb[i].code == code && fb[i].is_func == f) {
					if (fb[i].act == a)
						ERR(x, kn, "key '%s' is listed twice for '%s'", ks, action_name(a));
					else
						ERR(x, kn, "key '%s' is bound to both '%s' and '%s'", ks,
						    action_name(fb[i].act), action_name(a));
					goto out;
				}
			}
			fb = xgrow(fb, &cap, n + 1, sizeof *fb);
			fb[n++] = (struct fbind){a, code, f, kn};
		}
	}
	/* The file's keys replace the defaults of the actions it names. */
	for (size_t i = 0; i < n; i++)
		if (fb[i].code < 0)
			keymap_unbind_action(&x->c->keys, fb[i].act);
	for (size_t i = 0; i < n; i++)
		if (fb[i].code >= 0)
			keymap_bind(&x->c->keys, fb[i].code, fb[i].is_func, fb[i].act);
	r = 0;
out:
	free(fb);
	return r;
}

static int get_int(struct pctx *x, yaml_node_t *v, const char *what, long lo, long hi, int *out)
{
	long n;
	if (ydoc_int(v, lo, hi, &n) != 0)
		return ERR(x, v, "'%s' must be a whole number from %ld to %ld", what, lo, hi);
	*out = (int)n;
	return 0;
}

static int opt_panes(struct pctx *x, yaml_node_t *v)
{
	if (ydoc_is_null(v))
		return 0;
	if (v->type != YAML_MAPPING_NODE)
		return ERR(x, v, "'panes' must be a mapping with open, side, width, height");
	if (ydoc_check_keys(x->d, v, "panes", x->e) != 0)
		return -1;
	struct config *c = x->c;
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ydoc_node(x->d, p->key), *val = ydoc_node(x->d, p->value);
		const char *key = ydoc_str(k);
		if (!strcmp(key, "open")) {
			bool open[PANE_COUNT] = {0};
			if (val->type == YAML_SEQUENCE_NODE) {
				for (yaml_node_item_t *it = val->data.sequence.items.start;
				     it < val->data.sequence.items.top; it++) {
					yaml_node_t *pn = ydoc_node(x->d, *it);
					const char *s = pn->type == YAML_SCALAR_NODE ? ydoc_str(pn) : NULL;
					int i = 0;
					while (s && i < PANE_COUNT && strcmp(s, pane_names[i]))
						i++;
					if (!s || i == PANE_COUNT) {
						struct sbuf b = {0};
						join_names(&b, pane_names, PANE_COUNT);
						if (s)
							ERR(x, pn, "unknown pane '%s' in 'panes.open' (panes: %s)", s, b.s);
						else
							ERR(x, pn, "'panes.open' must be a list of pane names (%s)", b.s);
						sbuf_free(&b);
						return -1;
					}
					open[i] = true;
				}
			} else if (!ydoc_is_null(val)) {
				struct sbuf b = {0};
				join_names(&b, pane_names, PANE_COUNT);
				ERR(x, val, "'panes.open' must be a list of pane names (%s)", b.s);
				sbuf_free(&b);
				return -1;
			}
			memcpy(c->pane_open, open, sizeof open);
		} else if (!strcmp(key, "side")) {
			int i;
			if (get_enum(x, val, "panes.side", side_names, ARRAY_LEN(side_names), &i) != 0)
				return -1;
			c->pane_side = (enum pane_side)i;
		} else if (!strcmp(key, "width")) {
			if (get_int(x, val, "panes.width", PANE_WIDTH_MIN, PANE_WIDTH_MAX, &c->pane_width) != 0)
				return -1;
		} else if (!strcmp(key, "height")) {
			if (get_int(x, val, "panes.height", PANE_HEIGHT_MIN, PANE_HEIGHT_MAX, &c->pane_height) != 0)
				return -1;
		} else {
			return ERR(x, k, "unknown key '%s' in 'panes'", key);
		}
	}
	return 0;
}

static int opt_wrap(struct pctx *x, yaml_node_t *v)
{
	long n;
	if (ydoc_int(v, 0, WRAP_MAX, &n) != 0 || (n > 0 && n < WRAP_MIN))
		return ERR(x, v, "'wrap_width' must be 0 (the terminal's width) or a whole number "
		           "from %d to %d", WRAP_MIN, WRAP_MAX);
	x->c->wrap_width = (int)n;
	return 0;
}

/* A --modules spec: names from the extractor registry, all, none, "-name"
 * to turn one off.  Stored without the spaces around names. */
static int opt_modules(struct pctx *x, yaml_node_t *v)
{
	const char *s = NULL;
	if (get_string(x, v, "modules", &s) != 0)
		return -1;
	struct sbuf norm = {0};
	int r = 0;
	for (const char *p = s; r == 0;) {
		size_t len = strcspn(p, ",");
		char *tok = xstrndup(p, len), *t = tok;
		while (*t == ' ')
			t++;
		size_t tl = strlen(t);
		while (tl && t[tl - 1] == ' ')
			t[--tl] = 0;
		const char *name = t[0] == '-' ? t + 1 : t;
		if (!*name) {
			r = ERR(x, v, "empty module name in 'modules'");
		} else if (!strcmp(name, "all") || !strcmp(name, "none")) {
			if (name != t)
				r = ERR(x, v, "'-%s' makes no sense in 'modules'", name);
		} else if (!extract_find(name)) {
			size_t n;
			const struct extractor *const *reg = extract_registry(&n);
			struct sbuf b = {0};
			for (size_t i = 0; i < n; i++)
				sbuf_addf(&b, "%s%s", i ? ", " : "", reg[i]->name);
			r = ERR(x, v, "unknown module '%s' in 'modules' (modules: all, none, %s)", name,
			        b.s ? b.s : "");
			sbuf_free(&b);
		}
		sbuf_addf(&norm, "%s%s", norm.len ? "," : "", t);
		free(tok);
		if (!p[len])
			break;
		p += len + 1;
	}
	unsigned mask;
	struct gerr pe = {0};
	if (r == 0 && extract_parse_modules(norm.s, &mask, &pe) != 0)
		r = ERR(x, v, "%s", pe.msg);
	if (r != 0) {
		sbuf_free(&norm);
		return -1;
	}
	free(x->c->modules);
	x->c->modules = sbuf_take(&norm);
	return 0;
}

static int opt_lang(struct pctx *x, yaml_node_t *v)
{
	const char *s = ydoc_str(v);
	if (ydoc_is_null(v) || (s && !strcmp(s, "auto"))) {
		free(x->c->lang);
		x->c->lang = NULL;
		return 0;
	}
	if (get_string(x, v, "lang", &s) != 0)
		return -1;
	char **inst = lang_installed();
	bool ok = false;
	struct sbuf b = {0};
	for (size_t i = 0; inst[i]; i++) {
		ok |= !strcmp(inst[i], s);
		sbuf_addf(&b, "%s%s", i ? ", " : "", inst[i]);
	}
	if (!ok)
		ERR(x, v, "unknown language '%s' in 'lang' (auto, or an installed one: %s)", s,
		    b.s ? b.s : "none");
	sbuf_free(&b);
	paths_free_list(inst);
	if (!ok)
		return -1;
	free(x->c->lang);
	x->c->lang = xstrdup(s);
	return 0;
}

static int opt_export(struct pctx *x, yaml_node_t *v)
{
	if (ydoc_is_null(v))
		return 0;
	if (v->type != YAML_MAPPING_NODE)
		return ERR(x, v, "'export' must be a mapping with format and dir");
	if (ydoc_check_keys(x->d, v, "export", x->e) != 0)
		return -1;
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ydoc_node(x->d, p->key), *val = ydoc_node(x->d, p->value);
		const char *key = ydoc_str(k), *s = NULL;
		if (!strcmp(key, "format")) {
			if (get_string(x, val, "export.format", &s) != 0)
				return -1;
			if (!export_find(s)) {
				size_t n;
				const struct exporter *const *reg = export_registry(&n);
				struct sbuf b = {0};
				for (size_t i = 0; i < n; i++)
					sbuf_addf(&b, "%s%s", i ? ", " : "", reg[i]->name);
				ERR(x, val, "unknown format '%s' in 'export.format' (formats: %s)", s, b.s ? b.s : "");
				sbuf_free(&b);
				return -1;
			}
			free(x->c->export_format);
			x->c->export_format = xstrdup(s);
		} else if (!strcmp(key, "dir")) {
			free(x->c->export_dir);
			x->c->export_dir = NULL;
			if (ydoc_is_null(val))
				continue;
			if (get_string(x, val, "export.dir", &s) != 0)
				return -1;
			x->c->export_dir = resolve_path(x, s);
		} else {
			return ERR(x, k, "unknown key '%s' in 'export'", key);
		}
	}
	return 0;
}

/* A list of non-empty strings (null: empty list). */
static int get_strv(struct pctx *x, yaml_node_t *v, const char *what, char ***out, size_t *nout)
{
	if (ydoc_is_null(v)) {
		*out = NULL;
		*nout = 0;
		return 0;
	}
	if (v->type != YAML_SEQUENCE_NODE)
		return ERR(x, v, "'%s' must be a list of strings", what);
	size_t n = (size_t)(v->data.sequence.items.top - v->data.sequence.items.start);
	char **w = xcalloc(n ? n : 1, sizeof *w);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *it = ydoc_node(x->d, v->data.sequence.items.start[i]);
		const char *s = ydoc_str(it);
		if (!s || ydoc_is_null(it) || !*s) {
			free_strv(w, i);
			return ERR(x, it, "'%s' must be a list of strings", what);
		}
		w[i] = xstrdup(s);
	}
	*out = w;
	*nout = n;
	return 0;
}

static int parse_actor(struct pctx *x, yaml_node_t *v, struct known_actor *a)
{
	if (v->type != YAML_MAPPING_NODE)
		return ERR(x, v, "each entry in 'lexicon.actors' must be a mapping with name, type, aliases");
	if (ydoc_check_keys(x->d, v, "lexicon.actors", x->e) != 0)
		return -1;
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ydoc_node(x->d, p->key), *val = ydoc_node(x->d, p->value);
		const char *key = ydoc_str(k), *s = NULL;
		if (!strcmp(key, "name")) {
			if (get_string(x, val, "lexicon.actors.name", &s) != 0)
				return -1;
			a->name = xstrdup(s);
		} else if (!strcmp(key, "type")) {
			int i;
			if (get_enum(x, val, "lexicon.actors.type", actor_types, ARRAY_LEN(actor_types), &i) != 0)
				return -1;
			free(a->type);
			a->type = xstrdup(actor_types[i]);
		} else if (!strcmp(key, "aliases")) {
			if (get_strv(x, val, "lexicon.actors.aliases", &a->aliases, &a->naliases) != 0)
				return -1;
		} else {
			return ERR(x, k, "unknown key '%s' in 'lexicon.actors'", key);
		}
	}
	if (!a->name)
		return ERR(x, v, "an entry in 'lexicon.actors' has no name");
	if (!a->type)
		a->type = xstrdup("person");
	return 0;
}

static int opt_lexicon(struct pctx *x, yaml_node_t *v)
{
	if (ydoc_is_null(v))
		return 0;
	if (v->type != YAML_MAPPING_NODE)
		return ERR(x, v, "'lexicon' must be a mapping with speech_verbs, titles, actors");
	if (ydoc_check_keys(x->d, v, "lexicon", x->e) != 0)
		return -1;
	struct config *c = x->c;
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ydoc_node(x->d, p->key), *val = ydoc_node(x->d, p->value);
		const char *key = ydoc_str(k);
		if (!strcmp(key, "speech_verbs") || !strcmp(key, "titles")) {
			bool verbs = key[0] == 's';
			char **w;
			size_t n;
			char *what = xasprintf("lexicon.%s", key);
			int r = get_strv(x, val, what, &w, &n);
			free(what);
			if (r != 0)
				return -1;
			if (verbs) {
				free_strv(c->speech_verbs, c->nspeech_verbs);
				c->speech_verbs = w;
				c->nspeech_verbs = n;
			} else {
				free_strv(c->titles, c->ntitles);
				c->titles = w;
				c->ntitles = n;
			}
		} else if (!strcmp(key, "actors")) {
			size_t n = 0;
			if (val->type == YAML_SEQUENCE_NODE)
				n = (size_t)(val->data.sequence.items.top - val->data.sequence.items.start);
			else if (!ydoc_is_null(val))
				return ERR(x, val, "'lexicon.actors' must be a list of {name, type, aliases}");
			struct known_actor *a = xcalloc(n ? n : 1, sizeof *a);
			for (size_t i = 0; i < n; i++) {
				if (parse_actor(x, ydoc_node(x->d, val->data.sequence.items.start[i]), &a[i]) != 0) {
					free_actors(a, i + 1);
					return -1;
				}
			}
			free_actors(c->actors, c->nactors);
			c->actors = a;
			c->nactors = n;
		} else {
			return ERR(x, k, "unknown key '%s' in 'lexicon'", key);
		}
	}
	return 0;
}

static int parse_config(struct pctx *x)
{
	yaml_node_t *root = ydoc_root(x->d);
	if (!root || ydoc_is_null(root))
		return 0;
	if (root->type != YAML_MAPPING_NODE)
		return ERR(x, root, "the configuration must be a mapping of option names to values");
	if (ydoc_check_keys(x->d, root, NULL, x->e) != 0)
		return -1;
	const yaml_node_t *colour_seen = NULL;
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ydoc_node(x->d, p->key), *v = ydoc_node(x->d, p->value);
		const char *key = ydoc_str(k);
		int r;
		if (!strcmp(key, "theme")) {
			r = opt_theme(x, v);
		} else if (!strcmp(key, "colour") || !strcmp(key, "color")) {
			if (colour_seen)
				return ERR(x, k, "duplicate key \"%s\" (first at line %zu as \"%s\", the same option)",
				           key, colour_seen->start_mark.line + 1, ydoc_str(colour_seen));
			colour_seen = k;
			r = opt_colour(x, v, key);
		} else if (!strcmp(key, "keys")) {
			r = opt_keys(x, v);
		} else if (!strcmp(key, "panes")) {
			r = opt_panes(x, v);
		} else if (!strcmp(key, "wrap_width")) {
			r = opt_wrap(x, v);
		} else if (!strcmp(key, "mouse")) {
			r = get_bool(x, v, "mouse", &x->c->mouse);
		} else if (!strcmp(key, "modules")) {
			r = opt_modules(x, v);
		} else if (!strcmp(key, "lang")) {
			r = opt_lang(x, v);
		} else if (!strcmp(key, "export")) {
			r = opt_export(x, v);
		} else if (!strcmp(key, "lexicon")) {
			r = opt_lexicon(x, v);
		} else {
			r = ERR(x, k, "unknown key '%s'", key);
		}
		if (r != 0)
			return -1;
	}
	return 0;
}

int config_load_buf(struct config *c, const char *name, const char *yaml, size_t len, struct gerr *e)
{
	struct ydoc d;
	if (ydoc_load(&d, name, yaml, len, e) != 0)
		return -1;
	struct config nc;
	config_copy(&nc, c);
	const char *slash = strrchr(name, '/');
	char *dir = slash ? xstrndup(name, slash == name ? 1 : (size_t)(slash - name)) : NULL;
	struct pctx x = {&d, &nc, dir, e};
	int r = parse_config(&x);
	free(dir);
	ydoc_free(&d);
	if (r != 0) {
		config_free(&nc);
		return -1;
	}
	free(nc.path);
	nc.path = xstrdup(name);
	config_free(c);
	*c = nc;
	return 0;
}

int config_load(struct config *c, const char *path, struct gerr *e)
{
	char *data = NULL;
	size_t len = 0;
	if (file_read_all(path, &data, &len, e) != 0) {
		if (e)
			e->code = EXIT_CONFIG;
		return -1;
	}
	int r = config_load_buf(c, path, data, len, e);
	free(data);
	return r;
}

char *config_find(const char *explicit_path)
{
	if (explicit_path && *explicit_path)
		return xstrdup(explicit_path);
	const char *env = getenv("GLOSE_CONFIG");
	if (env && *env)
		return xstrdup(env);
	char *dir = paths_config_dir();
	char *p = xasprintf("%s/config.yaml", dir);
	free(dir);
	struct stat st;
	if (stat(p, &st) == 0)
		return p;
	free(p);
	return NULL;
}

enum colour_mode config_colour_mode(const struct config *c, int ncolors)
{
	switch (c->colour) {
	case CPREF_TRUE:
		return COLOUR_TRUE;
	case CPREF_256:
		return COLOUR_256;
	case CPREF_16:
		return COLOUR_16;
	case CPREF_NONE:
		return COLOUR_NONE;
	case CPREF_AUTO:
		break;
	}
	return theme_detect_mode(ncolors);
}

/* ---- dump ---------------------------------------------------------------- */

static int write_sbuf(void *data, unsigned char *buf, size_t size)
{
	sbuf_add(data, (const char *)buf, size);
	return 1;
}

struct emit {
	yaml_emitter_t em;
	bool failed;
};

static void emit(struct emit *m, yaml_event_t *ev)
{
	if (m->failed)
		return;
	if (!yaml_emitter_emit(&m->em, ev))
		m->failed = true;
}

/* A scalar the loader reads back as the same string: text it would take
 * for null gets quotes. */
static void e_scalar(struct emit *m, const char *s, yaml_scalar_style_t style)
{
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
	for (size_t i = 0; i < ARRAY_LEN(nulls); i++)
		if (!strcmp(s, nulls[i]))
			style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1, style))
		die_nomem();
	emit(m, &ev);
}

static void e_str(struct emit *m, const char *s)
{
	e_scalar(m, s, YAML_ANY_SCALAR_STYLE);
}

/* A plain scalar (numbers, true/false, null, enum names). */
static void e_plain(struct emit *m, const char *s)
{
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 0,
	                                  YAML_PLAIN_SCALAR_STYLE))
		die_nomem();
	emit(m, &ev);
}

static void e_int(struct emit *m, int n)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%d", n);
	e_plain(m, buf);
}

static void e_map(struct emit *m, bool start)
{
	yaml_event_t ev;
	if (start ? !yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE)
	          : !yaml_mapping_end_event_initialize(&ev))
		die_nomem();
	emit(m, &ev);
}

static void e_seq(struct emit *m, bool start, bool flow)
{
	yaml_event_t ev;
	if (start ? !yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
	                                                   flow ? YAML_FLOW_SEQUENCE_STYLE
	                                                        : YAML_BLOCK_SEQUENCE_STYLE)
	          : !yaml_sequence_end_event_initialize(&ev))
		die_nomem();
	emit(m, &ev);
}

static void e_strv(struct emit *m, char *const *v, size_t n)
{
	e_seq(m, true, true);
	for (size_t i = 0; i < n; i++)
		e_str(m, v[i]);
	e_seq(m, false, true);
}

static void dump_keys(struct emit *m, const struct keymap *km)
{
	e_map(m, true);
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		e_plain(m, action_name((enum action)a));
		size_t n = keymap_keys(km, (enum action)a, NULL, 0);
		struct binding *b = xcalloc(n ? n : 1, sizeof *b);
		keymap_keys(km, (enum action)a, b, n);
		e_seq(m, true, true);
		for (size_t i = 0; i < n; i++) {
			char name[32];
			key_label(b[i].code, b[i].is_func, name, sizeof name);
			/* Punctuation keys read best in double quotes: ["'"], "]". */
			bool plain = true;
			for (const char *p = name; *p; p++)
				if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
				      (*p >= '0' && *p <= '9') || *p == '-' || (unsigned char)*p >= 0x80))
					plain = false;
			e_scalar(m, name, plain ? YAML_ANY_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE);
		}
		e_seq(m, false, true);
		free(b);
	}
	e_map(m, false);
}

int config_dump(const struct config *c, struct sbuf *out, struct gerr *e)
{
	struct emit m = {0};
	if (!yaml_emitter_initialize(&m.em))
		die_nomem();
	struct sbuf body = {0};
	yaml_emitter_set_output(&m.em, write_sbuf, &body);
	yaml_emitter_set_unicode(&m.em, 1);
	yaml_emitter_set_width(&m.em, -1);     /* never fold a long string */
	yaml_emitter_set_indent(&m.em, 2);

	yaml_event_t ev;
	if (!yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING))
		die_nomem();
	emit(&m, &ev);
	if (!yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1))
		die_nomem();
	emit(&m, &ev);
	e_map(&m, true);

	e_plain(&m, "theme");
	e_str(&m, c->theme ? c->theme : "dark");
	e_plain(&m, "colour");
	e_plain(&m, colour_names[c->colour]);
	e_plain(&m, "keys");
	dump_keys(&m, &c->keys);

	e_plain(&m, "panes");
	e_map(&m, true);
	e_plain(&m, "open");
	e_seq(&m, true, true);
	for (int i = 0; i < PANE_COUNT; i++)
		if (c->pane_open[i])
			e_plain(&m, pane_names[i]);
	e_seq(&m, false, true);
	e_plain(&m, "side");
	e_plain(&m, side_names[c->pane_side]);
	e_plain(&m, "width");
	e_int(&m, c->pane_width);
	e_plain(&m, "height");
	e_int(&m, c->pane_height);
	e_map(&m, false);

	e_plain(&m, "wrap_width");
	e_int(&m, c->wrap_width);
	e_plain(&m, "mouse");
	e_plain(&m, c->mouse ? "true" : "false");
	e_plain(&m, "modules");
	e_str(&m, c->modules ? c->modules : "all");
	e_plain(&m, "lang");
	if (c->lang)
		e_str(&m, c->lang);
	else
		e_plain(&m, "auto");

	e_plain(&m, "export");
	e_map(&m, true);
	e_plain(&m, "format");
	e_str(&m, c->export_format ? c->export_format : "json");
	e_plain(&m, "dir");
	if (c->export_dir)
		e_str(&m, c->export_dir);
	else
		e_plain(&m, "null");
	e_map(&m, false);

	e_plain(&m, "lexicon");
	e_map(&m, true);
	e_plain(&m, "speech_verbs");
	e_strv(&m, c->speech_verbs, c->nspeech_verbs);
	e_plain(&m, "titles");
	e_strv(&m, c->titles, c->ntitles);
	e_plain(&m, "actors");
	e_seq(&m, true, c->nactors == 0);
	for (size_t i = 0; i < c->nactors; i++) {
		const struct known_actor *a = &c->actors[i];
		e_map(&m, true);
		e_plain(&m, "name");
		e_str(&m, a->name);
		e_plain(&m, "type");
		e_str(&m, a->type ? a->type : "person");
		e_plain(&m, "aliases");
		e_strv(&m, a->aliases, a->naliases);
		e_map(&m, false);
	}
	e_seq(&m, false, c->nactors == 0);
	e_map(&m, false);

	e_map(&m, false);
	if (!yaml_document_end_event_initialize(&ev, 1))
		die_nomem();
	emit(&m, &ev);
	if (!yaml_stream_end_event_initialize(&ev))
		die_nomem();
	emit(&m, &ev);
	bool failed = m.failed;
	const char *problem = m.em.problem;
	int r = 0;
	if (failed)
		r = gerr_set(e, EXIT_FAIL, "cannot write the configuration as YAML: %s",
		             problem ? problem : "emitter error");
	yaml_emitter_delete(&m.em);
	if (r == 0) {
		sbuf_puts(out, "# glose configuration; every option is described in config.example.yaml\n");
		sbuf_add(out, body.s ? body.s : "", body.len);
	}
	sbuf_free(&body);
	return r;
}

/* ---- language pack ----------------------------------------------------- */

void config_apply_lang(const struct config *c, struct lang *l)
{
	for (size_t i = 0; i < c->nspeech_verbs; i++)
		lang_add(l, "speech_verbs", c->speech_verbs[i], c->speech_verbs[i]);
	for (size_t i = 0; i < c->ntitles; i++)
		lang_add(l, "titles", c->titles[i], NULL);
	for (size_t i = 0; i < c->nactors; i++) {
		const struct known_actor *a = &c->actors[i];
		lang_add(l, "known_actors", a->name, a->name);
		for (size_t j = 0; j < a->naliases; j++)
			lang_add(l, "known_actors", a->aliases[j], a->name);
		lang_add(l, "known_actor_types", a->name, a->type ? a->type : "person");
	}
}
