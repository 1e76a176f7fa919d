/* sidecar.c — the reader's annotations: the record log, re-anchoring by
 * text, and the YAML file (libyaml's emitter out, yamldoc in), replaced
 * atomically on every change.  See sidecar.h and docs/annotations.md.
 */
#include "sidecar.h"

#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

#include "paths.h"
#include "yamldoc.h"

#define CONTEXT_CP 32          /* code points of context either side */
#define FORMAT_VERSION 1
#define STALE_TMP_SECONDS 3600 /* temporary files older than this are debris of a crash */

/* What applying a record changed in the store, so it can be undone. */
struct rec_state {
	int created_span[2];   /* spans it added (deleted on undo) */
	int created_actor;     /* actor it added */
	int deleted_span[2];   /* spans it marked deleted (restored on undo) */
	int deleted_actor;
	int quote;             /* SPEAKER: the quotation changed */
	int prev_actor;
	char *prev_str;        /* SPEAKER: the quotation's speaker_text, owned here while replaced */
	uint16_t prev_flags;
	int tag_note;          /* TAG: the note the tag was added to (-1: it had it already) */
	int actor;             /* ACTOR: the actor's id */
	int *unattributed;     /* DELETE_ACTOR: the quotations it no longer speaks (owned) */
	size_t nunattributed;
};

struct sidecar {
	char *dir;             /* $XDG_DATA_HOME/glose */
	char *path;            /* <dir>/annotations/<hash>.yaml */
	char hash[65];
	char *pointer;         /* <dir>/paths/<sha256 of the real path>.yaml, or NULL */
	char *real;            /* the article's real path, or NULL */
	char *pointed;         /* the hash the pointer held, or NULL */
	char *inherited;       /* the hash the records came from, if not ours */
	bool corrupt;          /* `path` exists and could not be parsed: move it aside on save */
	char *unreadable;      /* `path` exists and could not be read: never overwrite it */
	char *moved;           /* where the damaged file went */
	struct sidecar_record *r;
	struct rec_state *st;
	size_t n, cap, capst;
};

static const char *const kind_names[SIDECAR_KIND_COUNT] = {
	"note", "tag", "speaker", "delete", "delete-actor", "actor", "quote",
};

/* ---- records ------------------------------------------------------------ */

static void state_reset(struct rec_state *st)
{
	free(st->prev_str);
	free(st->unattributed);
	*st = (struct rec_state){{-1, -1}, -1, {-1, -1}, -1, -1, -1, NULL, 0, -1, -1};
}

static void anchor_free(struct sidecar_anchor *at)
{
	free(at->exact);
	free(at->prefix);
	free(at->suffix);
	memset(at, 0, sizeof *at);
}

static void record_free(struct sidecar_record *r)
{
	anchor_free(&r->at);
	free(r->text);
	free(r->actor);
	free(r->role);
	memset(r, 0, sizeof *r);
}

static struct sidecar_record *push(struct sidecar *s, enum sidecar_kind kind)
{
	s->r = xgrow(s->r, &s->cap, s->n + 1, sizeof *s->r);
	s->st = xgrow(s->st, &s->capst, s->n + 1, sizeof *s->st);
	struct sidecar_record *r = &s->r[s->n];
	memset(r, 0, sizeof *r);
	r->kind = kind;
	r->span = -1;
	s->st[s->n].prev_str = NULL;
	s->st[s->n].unattributed = NULL;
	state_reset(&s->st[s->n]);
	s->n++;
	return r;
}

static void pop(struct sidecar *s)
{
	s->n--;
	record_free(&s->r[s->n]);
	state_reset(&s->st[s->n]);
}

static void clear(struct sidecar *s)
{
	while (s->n)
		pop(s);
}

/* Valid UTF-8 copy of user input (invalid bytes become U+FFFD). */
static char *clean_utf8(const char *s)
{
	struct sbuf b = {0};
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		size_t k = i;
		int32_t c = utf8_next(s, len, &k);
		char enc[4];
		sbuf_add(&b, enc, (size_t)utf8_encode(c, enc));
		i = k;
	}
	return sbuf_take(&b);
}

/* ---- anchors ------------------------------------------------------------ */

static void anchor_make(const doc *d, size_t bs, size_t be, struct sidecar_anchor *at)
{
	const char *t = doc_text(d);
	size_t len = doc_len(d), p = bs, q = be;
	for (int k = 0; k < CONTEXT_CP && p > 0; k++)
		p = utf8_prev(t, p);
	for (int k = 0; k < CONTEXT_CP && q < len; k++)
		utf8_next(t, len, &q);
	anchor_free(at);
	at->start = doc_cp(d, bs);
	at->end = doc_cp(d, be);
	at->exact = xstrndup(t + bs, be - bs);
	at->prefix = xstrndup(t + p, bs - p);
	at->suffix = xstrndup(t + be, q - be);
}

/* How much of the stored context surrounds an occurrence at t[off..off+n). */
static size_t context_score(const char *t, size_t len, size_t off, size_t n, const struct sidecar_anchor *at)
{
	size_t pl = strlen(at->prefix), sl = strlen(at->suffix), sc = 0;
	while (sc < pl && sc < off && at->prefix[pl - 1 - sc] == t[off - 1 - sc])
		sc++;
	size_t k = 0;
	while (k < sl && off + n + k < len && at->suffix[k] == t[off + n + k])
		k++;
	return sc + k;
}

/* Find the anchor's span in the text: at its offsets if the text there
 * still matches with its context, else the occurrence of the exact text
 * with the best context (the nearest one on a tie).  Several occurrences
 * with too little context to choose between are ambiguous: not found.
 * Returns SIDECAR_PLACED, SIDECAR_TEXT_GONE or SIDECAR_AMBIGUOUS. */
static enum sidecar_why anchor_resolve(const doc *d, const struct sidecar_anchor *at, size_t *bs, size_t *be)
{
	const char *t = doc_text(d);
	size_t len = doc_len(d), n = strlen(at->exact);
	size_t full = strlen(at->prefix) + strlen(at->suffix);
	size_t b0 = doc_byte_of_cp(d, at->start);
	bool here = doc_cp(d, b0) == at->start && b0 + n <= len && memcmp(t + b0, at->exact, n) == 0;
	if (here && (n == 0 || context_score(t, len, b0, n, at) == full)) {
		*bs = b0;
		*be = b0 + n;
		return SIDECAR_PLACED;
	}
	if (n == 0)
		return SIDECAR_TEXT_GONE;
	size_t count = 0, best = 0, bestsc = 0, bestdist = SIZE_MAX;
	for (const char *p = memmem(t, len, at->exact, n); p; p = memmem(p + 1, len - (size_t)(p + 1 - t), at->exact, n)) {
		size_t off = (size_t)(p - t);
		size_t sc = context_score(t, len, off, n, at);
		size_t cp = doc_cp(d, off);
		size_t dist = cp > at->start ? cp - at->start : at->start - cp;
		if (!count || sc > bestsc || (sc == bestsc && dist < bestdist)) {
			best = off;
			bestsc = sc;
			bestdist = dist;
		}
		count++;
		if ((size_t)(p - t) + n >= len)
			break;
	}
	size_t need = full < 8 ? full : 8;
	if (!count)
		return SIDECAR_TEXT_GONE;
	if (count > 1 && bestsc < need)
		return SIDECAR_AMBIGUOUS;
	*bs = best;
	*be = best + n;
	return SIDECAR_PLACED;
}

/* ---- finding things in the store ---------------------------------------- */

static bool live(const struct ann *x)
{
	return x && !(x->flags & ANN_DELETED);
}

/* A live span of `kind` at [bs, be): the exact one (for a mention, of the
 * named actor if there is one), else the one overlapping it most if they
 * share at least half of their union. */
static int find_span(annots *an, enum ann_kind kind, size_t bs, size_t be, const char *actor)
{
	int *ids = NULL;
	size_t cap = 0;
	size_t n = annots_overlapping(an, bs, be, &ids, &cap);
	int exact = -1, named = -1, close = -1;
	size_t bestov = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(an, ids[i]);
		if (x->kind != kind)
			continue;
		if (x->start == bs && x->end == be) {
			if (exact < 0)
				exact = ids[i];
			const struct actor *ac = annots_actor(an, x->actor);
			if (named < 0 && actor && ac && strcmp(ac->name, actor) == 0)
				named = ids[i];
			continue;
		}
		size_t lo = x->start > bs ? x->start : bs, hi = x->end < be ? x->end : be;
		size_t ulo = x->start < bs ? x->start : bs, uhi = x->end > be ? x->end : be;
		size_t ov = hi > lo ? hi - lo : 0;
		if (ov * 2 >= uhi - ulo && ov > bestov) {
			bestov = ov;
			close = ids[i];
		}
	}
	free(ids);
	return named >= 0 ? named : exact >= 0 ? exact : close;
}

/* The extraction a note on [bs, be) is about, if one has exactly that span. */
static int note_link(annots *an, size_t bs, size_t be)
{
	static const enum ann_kind pref[] = {ANN_QUOTE, ANN_MENTION, ANN_TIME, ANN_CUE, ANN_EVENT};
	for (size_t k = 0; k < ARRAY_LEN(pref); k++) {
		int *ids = NULL;
		size_t cap = 0, n = annots_overlapping(an, bs, be, &ids, &cap);
		int found = -1;
		for (size_t i = 0; i < n && found < 0; i++) {
			const struct ann *x = annots_get(an, ids[i]);
			if (x->kind == pref[k] && x->start == bs && x->end == be)
				found = ids[i];
		}
		free(ids);
		if (found >= 0)
			return found;
	}
	return -1;
}

/* The record's actor, created (as the reader's) if the store has none by
 * that name; -1 for no actor. */
static int actor_for(annots *an, const struct sidecar_record *r, struct rec_state *st)
{
	if (!r->actor)
		return -1;
	int id = annots_find_actor(an, r->actor);
	if (id < 0) {
		id = annots_add_actor(an, r->actor, r->actor_type, r->kind == SIDECAR_ACTOR ? r->role : NULL,
		                      ACTOR_USER);
		st->created_actor = id;
	}
	return id;
}

static int add_user_span(annots *an, enum ann_kind kind, size_t bs, size_t be, int actor, int link, int sub,
                         const char *str)
{
	int id = annots_add(an, kind, bs, be, actor, link, sub, 1.0f, str);
	annots_get(an, id)->flags |= ANN_USER;
	annots_touch(an);
	return id;
}

/* ---- applying and undoing ----------------------------------------------- */

/* Apply record i to the store.  `hint` names what a mutator is acting on
 * (SPEAKER, DELETE: the span; DELETE_ACTOR: the actor), or -1 to find it
 * by the record's anchor or name. */
static void apply_record(struct sidecar *s, struct article *a, size_t i, int hint)
{
	struct sidecar_record *r = &s->r[i];
	struct rec_state *st = &s->st[i];
	annots *an = a->an;
	state_reset(st);
	r->orphan = false;
	r->why = SIDECAR_PLACED;
	r->span = -1;
	size_t bs = 0, be = 0;
	bool placed = false;
	enum sidecar_why found = SIDECAR_PLACED;
	if (r->anchored) {
		found = anchor_resolve(a->doc, &r->at, &bs, &be);
		placed = found == SIDECAR_PLACED;
		if (placed)
			anchor_make(a->doc, bs, be, &r->at);   /* follow the text as it is now */
	}
	int id = -1;
	switch (r->kind) {
	case SIDECAR_NOTE:
		if (!placed)
			break;
		id = add_user_span(an, ANN_NOTE, bs, be, -1, note_link(an, bs, be), 0, r->text);
		st->created_span[0] = id;
		break;
	case SIDECAR_TAG: {
		if (!placed)
			break;
		size_t n;
		const int *ns = annots_of_kind(an, ANN_NOTE, &n);
		for (size_t k = 0; k < n && id < 0; k++) {
			const struct ann *x = annots_get(an, ns[k]);
			if (x->start == bs && x->end == be)
				id = ns[k];
		}
		if (id < 0)
			id = st->created_span[0] = add_user_span(an, ANN_NOTE, bs, be, -1, note_link(an, bs, be), 0, NULL);
		const struct ann_extra *nx = annots_x(an, id);
		bool has = false;
		for (size_t k = 0; nx && k < nx->ntags && !has; k++)
			has = strcmp(nx->tags[k], r->text) == 0;
		if (!has) {
			annots_add_tag(an, id, r->text);
			st->tag_note = id;
		}
		break;
	}
	case SIDECAR_SPEAKER: {
		const struct ann *h = annots_get(an, hint);
		if (live(h) && h->kind == ANN_QUOTE)
			id = hint;
		else if (placed)
			id = find_span(an, ANN_QUOTE, bs, be, NULL);
		if (id < 0)
			break;
		int actor = actor_for(an, r, st);
		struct ann *q = annots_get(an, id);
		st->quote = id;
		st->prev_actor = q->actor;
		st->prev_str = annots_str(an, id) ? xstrdup(annots_str(an, id)) : NULL;
		st->prev_flags = q->flags;
		annots_set_str(an, id, NULL);   /* the old speaker's words no longer name the speaker */
		q->actor = actor;
		q->flags |= ANN_USER;
		annots_touch(an);
		break;
	}
	case SIDECAR_DELETE: {
		const struct ann *h = annots_get(an, hint);
		if (live(h) && h->kind == r->target)
			id = hint;
		else if (placed)
			id = find_span(an, r->target, bs, be, r->actor);
		if (id < 0)
			break;
		annots_delete(an, id, true);
		st->deleted_span[0] = id;
		const struct ann *x = annots_get(an, id);
		const struct ann *cue = x->kind == ANN_QUOTE ? annots_get(an, x->link) : NULL;
		if (live(cue) && cue->kind == ANN_CUE) {
			annots_delete(an, x->link, true);
			st->deleted_span[1] = x->link;
		}
		break;
	}
	case SIDECAR_DELETE_ACTOR: {
		const struct actor *h = annots_actor(an, hint);
		int ac = h && !(h->flags & ACTOR_DELETED) ? hint : annots_find_actor(an, r->actor);
		if (ac < 0) {
			r->orphan = true;
			r->why = SIDECAR_NO_TARGET;
			return;
		}
		annots_actor(an, ac)->flags |= ACTOR_DELETED;
		/* An actor that is wrong said nothing: its quotations lose their
		 * speaker (undo gives it back). */
		size_t cap = 0;
		st->nunattributed = annots_quotes_of(an, ac, &st->unattributed, &cap);
		for (size_t k = 0; k < st->nunattributed; k++)
			annots_get(an, st->unattributed[k])->actor = -1;
		annots_touch(an);
		st->deleted_actor = ac;
		return;
	}
	case SIDECAR_ACTOR:
		st->actor = actor_for(an, r, st);
		if (r->anchored && placed)
			id = st->created_span[0] = add_user_span(an, ANN_MENTION, bs, be, st->actor, -1, MENTION_NAME, NULL);
		/* The actor stands even when its mention cannot be placed. */
		r->orphan = r->anchored && !placed;
		r->why = found;
		r->span = id;
		return;
	case SIDECAR_QUOTE:
		if (!placed)
			break;
		id = add_user_span(an, ANN_QUOTE, bs, be, actor_for(an, r, st), -1, (int)r->quote_kind, NULL);
		st->created_span[0] = id;
		break;
	case SIDECAR_KIND_COUNT:
		break;
	}
	r->span = id;
	r->orphan = id < 0;
	r->why = !r->orphan ? SIDECAR_PLACED : !placed && r->anchored ? found : SIDECAR_NO_TARGET;
}

static void undo_record(struct sidecar *s, struct article *a, size_t i)
{
	struct sidecar_record *r = &s->r[i];
	struct rec_state *st = &s->st[i];
	annots *an = a->an;
	struct ann_extra *nx = annots_x(an, st->tag_note);
	if (nx) {
		for (size_t k = 0; k < nx->ntags; k++)
			if (strcmp(nx->tags[k], r->text) == 0) {
				free(nx->tags[k]);
				memmove(nx->tags + k, nx->tags + k + 1, (nx->ntags - k - 1) * sizeof(char *));
				nx->ntags--;
				break;
			}
	}
	struct ann *q = annots_get(an, st->quote);
	if (q) {
		q->actor = st->prev_actor;
		annots_set_str(an, st->quote, st->prev_str);
		free(st->prev_str);
		st->prev_str = NULL;
		q->flags = st->prev_flags;
	}
	for (int k = 1; k >= 0; k--)
		if (st->deleted_span[k] >= 0)
			annots_delete(an, st->deleted_span[k], false);
	struct actor *ac = annots_actor(an, st->deleted_actor);
	if (ac)
		ac->flags &= ~(unsigned)ACTOR_DELETED;
	for (size_t k = 0; ac && k < st->nunattributed; k++) {
		struct ann *uq = annots_get(an, st->unattributed[k]);
		if (uq && uq->actor < 0)
			uq->actor = ac->id;
	}
	for (int k = 1; k >= 0; k--)
		if (st->created_span[k] >= 0)
			annots_delete(an, st->created_span[k], true);
	ac = annots_actor(an, st->created_actor);
	if (ac)
		ac->flags |= ACTOR_DELETED;
	annots_touch(an);
	state_reset(st);
	r->span = -1;
}

/* ---- writing ------------------------------------------------------------ */

struct emit {
	yaml_emitter_t em;
	bool failed;
};

static int emit_write(void *data, unsigned char *buf, size_t size)
{
	sbuf_add(data, (const char *)buf, size);
	return 1;
}

static void ev(struct emit *m, yaml_event_t *e)
{
	if (!m->failed && !yaml_emitter_emit(&m->em, e))
		m->failed = true;
}

static void scalar(struct emit *m, const char *v, yaml_scalar_style_t style)
{
	yaml_event_t e;
	bool plain = style == YAML_PLAIN_SCALAR_STYLE;
	if (!yaml_scalar_event_initialize(&e, NULL, NULL, (yaml_char_t *)v, (int)strlen(v), plain, !plain, style))
		die_nomem();
	ev(m, &e);
}

static void key(struct emit *m, const char *k)
{
	scalar(m, k, YAML_PLAIN_SCALAR_STYLE);
}

static void key_str(struct emit *m, const char *k, const char *v)
{
	key(m, k);
	if (v)
		scalar(m, v, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
	else
		scalar(m, "null", YAML_PLAIN_SCALAR_STYLE);
}

static void key_word(struct emit *m, const char *k, const char *v)
{
	key(m, k);
	scalar(m, v, YAML_PLAIN_SCALAR_STYLE);
}

static void key_num(struct emit *m, const char *k, size_t v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%zu", v);
	key_word(m, k, buf);
}

static void map_start(struct emit *m)
{
	yaml_event_t e;
	yaml_mapping_start_event_initialize(&e, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
	ev(m, &e);
}

static void map_end(struct emit *m)
{
	yaml_event_t e;
	yaml_mapping_end_event_initialize(&e);
	ev(m, &e);
}

static void doc_start(struct emit *m, yaml_emitter_t *em, struct sbuf *out)
{
	if (!yaml_emitter_initialize(em))
		die_nomem();
	yaml_emitter_set_output(em, emit_write, out);
	yaml_emitter_set_unicode(em, 1);
	yaml_emitter_set_width(em, -1);
	yaml_emitter_set_encoding(em, YAML_UTF8_ENCODING);
	yaml_event_t e;
	yaml_stream_start_event_initialize(&e, YAML_UTF8_ENCODING);
	ev(m, &e);
	yaml_document_start_event_initialize(&e, NULL, NULL, NULL, 1);
	ev(m, &e);
	map_start(m);
}

static int doc_end(struct emit *m, const char *path, struct gerr *e)
{
	yaml_event_t y;
	map_end(m);
	yaml_document_end_event_initialize(&y, 1);
	ev(m, &y);
	yaml_stream_end_event_initialize(&y);
	ev(m, &y);
	int rc = 0;
	if (m->failed)
		rc = gerr_set(e, EXIT_FAIL, "%s: cannot write YAML: %s", path,
		              m->em.problem ? m->em.problem : "emitter error");
	yaml_emitter_delete(&m->em);
	return rc;
}

static void emit_record(struct emit *m, const struct sidecar_record *r)
{
	map_start(m);
	key_word(m, "kind", kind_names[r->kind]);
	if (r->kind == SIDECAR_DELETE)
		key_word(m, "target", annots_kind_name(r->target));
	if (r->anchored) {
		key(m, "at");
		map_start(m);
		key_num(m, "start", r->at.start);
		key_num(m, "end", r->at.end);
		key_str(m, "exact", r->at.exact);
		key_str(m, "prefix", r->at.prefix);
		key_str(m, "suffix", r->at.suffix);
		map_end(m);
	}
	switch (r->kind) {
	case SIDECAR_NOTE:
		key_str(m, "body", r->text);
		break;
	case SIDECAR_TAG:
		key_str(m, "tag", r->text);
		break;
	case SIDECAR_SPEAKER:
	case SIDECAR_QUOTE:
		key_str(m, "actor", r->actor);
		if (r->actor)
			key_word(m, "actor-type", annots_actor_type_name(r->actor_type));
		if (r->kind == SIDECAR_QUOTE)
			key_word(m, "quote-kind", annots_quote_kind_name(r->quote_kind));
		break;
	case SIDECAR_DELETE:
		if (r->actor)
			key_str(m, "actor", r->actor);
		break;
	case SIDECAR_DELETE_ACTOR:
		key_str(m, "actor", r->actor);
		break;
	case SIDECAR_ACTOR:
		key_str(m, "actor", r->actor);
		key_word(m, "actor-type", annots_actor_type_name(r->actor_type));
		if (r->role)
			key_str(m, "role", r->role);
		break;
	case SIDECAR_KIND_COUNT:
		break;
	}
	map_end(m);
}

static int render(const struct sidecar *s, const struct article *a, struct sbuf *out, struct gerr *e)
{
	struct emit m = {.failed = false};
	doc_start(&m, &m.em, out);
	key_num(&m, "glose-annotations", FORMAT_VERSION);
	key(&m, "article");
	map_start(&m);
	key_str(&m, "sha256", s->hash);
	key_str(&m, "path", s->real ? s->real : a->path);
	struct span t = doc_title(a->doc);
	char *title = xstrndup(doc_text(a->doc) + t.start, t.end - t.start);
	key_str(&m, "title", title);
	free(title);
	map_end(&m);
	key(&m, "records");
	yaml_event_t y;
	yaml_sequence_start_event_initialize(&y, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
	ev(&m, &y);
	for (size_t i = 0; i < s->n; i++)
		emit_record(&m, &s->r[i]);
	yaml_sequence_end_event_initialize(&y);
	ev(&m, &y);
	return doc_end(&m, s->path, e);
}

static char *subdir(const struct sidecar *s, const char *sub)
{
	return xasprintf("%s/%s", s->dir, sub);
}

/* Remember which text this path had last, so a later edit finds the
 * records.  Failing here loses nothing already saved: it is not an error. */
static void write_pointer(struct sidecar *s)
{
	if (!s->pointer || (s->pointed && strcmp(s->pointed, s->hash) == 0))
		return;
	char *dir = subdir(s, "paths");
	struct sbuf out = {0};
	struct emit m = {.failed = false};
	doc_start(&m, &m.em, &out);
	key_num(&m, "glose-path", FORMAT_VERSION);
	key_str(&m, "path", s->real);
	key_str(&m, "sha256", s->hash);
	struct gerr e = {0};
	if (doc_end(&m, s->pointer, &e) == 0 && paths_mkdirs(dir) == 0 &&
	    file_write_atomic(s->pointer, out.s, out.len, &e) == 0) {
		free(s->pointed);
		s->pointed = xstrdup(s->hash);
	}
	sbuf_free(&out);
	free(dir);
}

/* Keep a damaged sidecar: rename it to NAME.corrupt-<time>. */
static int move_aside(struct sidecar *s, struct gerr *e)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", localtime_r(&now, &tm));
	char *dst = xasprintf("%s.corrupt-%s", s->path, stamp);
	for (int k = 2; access(dst, F_OK) == 0; k++) {
		free(dst);
		dst = xasprintf("%s.corrupt-%s-%d", s->path, stamp, k);
	}
	if (rename(s->path, dst) != 0 && errno != ENOENT) {
		int err = errno;
		free(dst);
		return gerr_set(e, EXIT_FAIL, "%s: cannot move the damaged annotations aside: %s", s->path, strerror(err));
	}
	free(s->moved);
	s->moved = dst;
	s->corrupt = false;
	return 0;
}

static int save(struct sidecar *s, const struct article *a, struct gerr *e)
{
	if (s->unreadable)
		return gerr_set(e, EXIT_FAIL, "annotations not saved: %s", s->unreadable);
	struct sbuf out = {0};
	if (render(s, a, &out, e) != 0) {
		sbuf_free(&out);
		return -1;
	}
	char *dir = subdir(s, "annotations");
	int rc = 0;
	if (paths_mkdirs(dir) != 0)
		rc = gerr_set(e, EXIT_FAIL, "%s: cannot create the folder: %s", dir, strerror(errno));
	if (rc == 0 && s->corrupt)
		rc = move_aside(s, e);
	if (rc == 0)
		rc = file_write_atomic(s->path, out.s ? out.s : "", out.len, e);
	if (rc == 0)
		write_pointer(s);
	free(dir);
	sbuf_free(&out);
	return rc;
}

/* ---- reading ------------------------------------------------------------ */

static yaml_node_t *get(const struct ydoc *d, yaml_node_t *map, const char *k)
{
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		const char *ks = ydoc_str(ydoc_node(d, p->key));
		if (ks && strcmp(ks, k) == 0)
			return ydoc_node(d, p->value);
	}
	return NULL;
}

/* Keys unique, and each in the space-separated list `allowed`.  `where`
 * names the mapping for ydoc_check_keys(); `kind` names a record's kind. */
static int only_keys(const struct ydoc *d, yaml_node_t *map, const char *where, const char *kind,
                     const char *allowed, struct gerr *e)
{
	if (ydoc_check_keys(d, map, where, e) != 0)
		return -1;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *kn = ydoc_node(d, p->key);
		const char *k = ydoc_str(kn);
		size_t kl = strlen(k);
		bool ok = false;
		for (const char *w = allowed; *w && !ok;) {
			size_t wl = strcspn(w, " ");
			ok = wl == kl && strncmp(w, k, kl) == 0;
			w += wl;
			w += *w == ' ';
		}
		if (!ok && kind)
			return ydoc_err(d, kn, e, "'%s' does not belong in a '%s' record", k, kind);
		if (!ok && where)
			return ydoc_err(d, kn, e, "unknown key '%s' in '%s'", k, where);
		if (!ok)
			return ydoc_err(d, kn, e, "unknown key '%s'", k);
	}
	return 0;
}

static int want_map(const struct ydoc *d, yaml_node_t *n, const char *what, struct gerr *e)
{
	if (!n || n->type != YAML_MAPPING_NODE)
		return ydoc_err(d, n, e, "%s must be a mapping", what);
	return 0;
}

/* A string (NULL allowed if `nullable`). */
static int get_str(const struct ydoc *d, yaml_node_t *map, const char *k, bool nullable, char **out,
                   struct gerr *e)
{
	yaml_node_t *n = get(d, map, k);
	*out = NULL;
	if (!n)
		return ydoc_err(d, map, e, "missing '%s'", k);
	if (nullable && ydoc_is_null(n))
		return 0;
	if (n->type != YAML_SCALAR_NODE)
		return ydoc_err(d, n, e, "'%s' must be a string", k);
	*out = xstrdup(ydoc_str(n));
	return 0;
}

/* An enum value by name: `names(i)` for i < count. */
static int get_enum(const struct ydoc *d, yaml_node_t *map, const char *k, const char *(*names)(int),
                    int count, int dflt, int *out, struct gerr *e)
{
	yaml_node_t *n = get(d, map, k);
	*out = dflt;
	if (!n)
		return 0;
	const char *v = ydoc_str(n);
	for (int i = 0; v && i < count; i++)
		if (strcmp(v, names(i)) == 0) {
			*out = i;
			return 0;
		}
	struct sbuf known = {0};
	for (int i = 0; i < count; i++)
		sbuf_addf(&known, "%s%s", i ? ", " : "", names(i));
	ydoc_err(d, n, e, "'%s': unknown value '%s' (known: %s)", k, v ? v : "", known.s);
	sbuf_free(&known);
	return -1;
}

static const char *type_name(int i) { return annots_actor_type_name((enum actor_type)i); }
static const char *quote_name(int i) { return annots_quote_kind_name((enum quote_kind)i); }
static const char *ann_name(int i) { return annots_kind_name((enum ann_kind)i); }

static int parse_anchor(const struct ydoc *d, yaml_node_t *n, struct sidecar_anchor *at, struct gerr *e)
{
	if (want_map(d, n, "'at'", e) != 0 || only_keys(d, n, "at", NULL, "start end exact prefix suffix", e) != 0)
		return -1;
	long v[2];
	const char *names[2] = {"start", "end"};
	for (int i = 0; i < 2; i++) {
		yaml_node_t *x = get(d, n, names[i]);
		if (!x)
			return ydoc_err(d, n, e, "missing '%s'", names[i]);
		if (ydoc_int(x, 0, LONG_MAX, &v[i]) != 0)
			return ydoc_err(d, x, e, "'%s' must be a whole number", names[i]);
	}
	if (v[1] < v[0])
		return ydoc_err(d, get(d, n, "end"), e, "'end' is before 'start'");
	at->start = (size_t)v[0];
	at->end = (size_t)v[1];
	if (get_str(d, n, "exact", false, &at->exact, e) != 0)
		return -1;
	const char *ctx[2] = {"prefix", "suffix"};
	char **dst[2] = {&at->prefix, &at->suffix};
	for (int i = 0; i < 2; i++) {
		if (!get(d, n, ctx[i]))
			*dst[i] = xstrdup("");
		else if (get_str(d, n, ctx[i], false, dst[i], e) != 0)
			return -1;
	}
	return 0;
}

static int parse_record(struct sidecar *s, const struct ydoc *d, yaml_node_t *n, struct gerr *e)
{
	if (want_map(d, n, "a record", e) != 0)
		return -1;
	yaml_node_t *kn = get(d, n, "kind");
	if (!kn)
		return ydoc_err(d, n, e, "a record needs a 'kind'");
	const char *kv = ydoc_str(kn);
	int kind = -1;
	for (int i = 0; kv && i < SIDECAR_KIND_COUNT; i++)
		if (strcmp(kv, kind_names[i]) == 0)
			kind = i;
	if (kind < 0)
		return ydoc_err(d, kn, e, "unknown record kind '%s'", kv ? kv : "");
	static const char *const allowed[SIDECAR_KIND_COUNT] = {
		"kind at body", "kind at tag", "kind at actor actor-type", "kind target at actor",
		"kind actor", "kind at actor actor-type role", "kind at actor actor-type quote-kind",
	};
	if (only_keys(d, n, "records", kv, allowed[kind], e) != 0)
		return -1;
	struct sidecar_record *r = push(s, (enum sidecar_kind)kind);
	yaml_node_t *at = get(d, n, "at");
	bool needs_at = kind != SIDECAR_DELETE_ACTOR && kind != SIDECAR_ACTOR;
	if (needs_at && !at)
		return ydoc_err(d, n, e, "a '%s' record needs 'at'", kv);
	if (at) {
		r->anchored = true;
		if (parse_anchor(d, at, &r->at, e) != 0)
			return -1;
	}
	int v;
	switch (r->kind) {
	case SIDECAR_NOTE:
		return get_str(d, n, "body", true, &r->text, e);
	case SIDECAR_TAG:
		return get_str(d, n, "tag", false, &r->text, e);
	case SIDECAR_SPEAKER:
	case SIDECAR_QUOTE:
		if (get_str(d, n, "actor", true, &r->actor, e) != 0 ||
		    get_enum(d, n, "actor-type", type_name, 3, ACTOR_PERSON, &v, e) != 0)
			return -1;
		r->actor_type = (enum actor_type)v;
		if (get_enum(d, n, "quote-kind", quote_name, 3, QUOTE_DIRECT, &v, e) != 0)
			return -1;
		r->quote_kind = (enum quote_kind)v;
		return 0;
	case SIDECAR_DELETE:
		if (!get(d, n, "target"))
			return ydoc_err(d, n, e, "a 'delete' record needs a 'target'");
		if (get_enum(d, n, "target", ann_name, ANN_KIND_COUNT, 0, &v, e) != 0)
			return -1;
		r->target = (enum ann_kind)v;
		return get(d, n, "actor") ? get_str(d, n, "actor", true, &r->actor, e) : 0;
	case SIDECAR_DELETE_ACTOR:
		return get_str(d, n, "actor", false, &r->actor, e);
	case SIDECAR_ACTOR:
		if (get_str(d, n, "actor", false, &r->actor, e) != 0 ||
		    get_enum(d, n, "actor-type", type_name, 3, ACTOR_PERSON, &v, e) != 0)
			return -1;
		r->actor_type = (enum actor_type)v;
		return get(d, n, "role") ? get_str(d, n, "role", true, &r->role, e) : 0;
	case SIDECAR_KIND_COUNT:
		break;
	}
	return 0;
}

static int parse(struct sidecar *s, const struct ydoc *d, struct gerr *e)
{
	yaml_node_t *root = ydoc_root(d);
	if (!root)
		return gerr_set(e, EXIT_CONFIG, "%s:1:1: empty file", d->name);
	if (want_map(d, root, "the file", e) != 0 ||
	    only_keys(d, root, NULL, NULL, "glose-annotations article records", e) != 0)
		return -1;
	yaml_node_t *ver = get(d, root, "glose-annotations");
	long v;
	if (!ver)
		return ydoc_err(d, root, e, "missing 'glose-annotations' (the format version)");
	if (ydoc_int(ver, 1, LONG_MAX, &v) != 0 || v != FORMAT_VERSION)
		return ydoc_err(d, ver, e, "unsupported format version '%s' (this glose reads %d)", ydoc_str(ver),
		                FORMAT_VERSION);
	yaml_node_t *art = get(d, root, "article");
	if (art && (want_map(d, art, "'article'", e) != 0 ||
	            only_keys(d, art, "article", NULL, "sha256 path title", e) != 0))
		return -1;
	yaml_node_t *recs = get(d, root, "records");
	if (!recs)
		return ydoc_err(d, root, e, "missing 'records'");
	if (recs->type != YAML_SEQUENCE_NODE)
		return ydoc_err(d, recs, e, "'records' must be a list");
	for (yaml_node_item_t *it = recs->data.sequence.items.start; it < recs->data.sequence.items.top; it++)
		if (parse_record(s, d, ydoc_node(d, *it), e) != 0)
			return -1;
	return 0;
}

/* Load records from `path`.  On failure the model is left empty. */
static int load(struct sidecar *s, const char *path, struct gerr *e)
{
	char *data = NULL;
	size_t len = 0;
	if (file_read_all(path, &data, &len, e) != 0)
		return -1;
	struct ydoc d;
	int rc = ydoc_load(&d, path, data, len, e);
	if (rc == 0) {
		rc = parse(s, &d, e);
		ydoc_free(&d);
	}
	free(data);
	if (rc != 0)
		clear(s);
	return rc;
}

/* The hash a path pointer holds, or NULL. */
static char *read_pointer(const char *pointer, const char *real)
{
	char *data = NULL;
	size_t len = 0;
	struct gerr e = {0};
	if (access(pointer, F_OK) != 0 || file_read_all(pointer, &data, &len, &e) != 0)
		return NULL;
	struct ydoc d;
	char *hash = NULL;
	if (ydoc_load(&d, pointer, data, len, &e) == 0) {
		yaml_node_t *root = ydoc_root(&d);
		if (root && root->type == YAML_MAPPING_NODE) {
			const char *p = ydoc_str(get(&d, root, "path"));
			const char *h = ydoc_str(get(&d, root, "sha256"));
			if (p && h && strcmp(p, real) == 0 && strlen(h) == 64 && strspn(h, "0123456789abcdef") == 64)
				hash = xstrdup(h);
		}
		ydoc_free(&d);
	}
	free(data);
	return hash;
}

/* Temporary files left by a save that was killed half-way. */
static void remove_stale_tmp(const char *path)
{
	struct sbuf pb = {0};
	for (const char *c = path; *c; c++) {
		if (strchr("*?[]\\", *c))
			sbuf_addc(&pb, '\\');
		sbuf_addc(&pb, *c);
	}
	sbuf_puts(&pb, ".glose-tmp.*");
	char *pat = sbuf_take(&pb);
	glob_t g;
	if (glob(pat, GLOB_NOSORT, NULL, &g) == 0) {
		time_t now = time(NULL);
		for (size_t i = 0; i < g.gl_pathc; i++) {
			struct stat st;
			if (lstat(g.gl_pathv[i], &st) == 0 && S_ISREG(st.st_mode) && now - st.st_mtime > STALE_TMP_SECONDS)
				unlink(g.gl_pathv[i]);
		}
		globfree(&g);
	}
	free(pat);
}

/* ---- the public functions ----------------------------------------------- */

struct sidecar *sidecar_open(const struct article *a, struct gerr *warn)
{
	struct sidecar *s = xcalloc(1, sizeof *s);
	struct gerr scratch;
	if (!warn)
		warn = &scratch;
	warn->code = 0;
	warn->msg[0] = 0;
	s->dir = paths_user_data_dir();
	snprintf(s->hash, sizeof s->hash, "%s", a->sha256);
	s->path = xasprintf("%s/annotations/%s.yaml", s->dir, s->hash);
	if (a->path && strcmp(a->path, "-") != 0) {
		s->real = realpath(a->path, NULL);
		if (s->real) {
			char h[65];
			sha256_hex(s->real, strlen(s->real), h);
			s->pointer = xasprintf("%s/paths/%s.yaml", s->dir, h);
			s->pointed = read_pointer(s->pointer, s->real);
		}
	}
	remove_stale_tmp(s->path);
	struct stat st;
	if (stat(s->path, &st) == 0) {
		if (load(s, s->path, warn) != 0) {
			if (warn->code == EXIT_INPUT) {
				/* Could not even read it: never write over it. */
				s->unreadable = xstrdup(warn->msg);
			} else {
				s->corrupt = true;
				size_t l = strlen(warn->msg);
				snprintf(warn->msg + l, sizeof warn->msg - l, " (annotations not loaded; the file is kept)");
			}
		}
	} else if (s->pointed && strcmp(s->pointed, s->hash) != 0) {
		/* The text changed since it was annotated: take the old records. */
		char *old = xasprintf("%s/annotations/%s.yaml", s->dir, s->pointed);
		if (stat(old, &st) == 0) {
			if (load(s, old, warn) == 0) {
				s->inherited = xstrdup(s->pointed);
			} else {
				size_t l = strlen(warn->msg);
				snprintf(warn->msg + l, sizeof warn->msg - l,
				         " (annotations of the earlier text not loaded; the file is kept)");
			}
		}
		free(old);
	}
	return s;
}

void sidecar_free(struct sidecar *s)
{
	if (!s)
		return;
	clear(s);
	free(s->r);
	free(s->st);
	free(s->dir);
	free(s->path);
	free(s->pointer);
	free(s->real);
	free(s->pointed);
	free(s->inherited);
	free(s->unreadable);
	free(s->moved);
	free(s);
}

int sidecar_apply(struct sidecar *s, struct article *a, struct gerr *e)
{
	(void)e;
	int orphans = 0;
	for (size_t i = 0; i < s->n; i++) {
		apply_record(s, a, i, -1);
		orphans += s->r[i].orphan;
	}
	return orphans;
}

size_t sidecar_count(const struct sidecar *s)
{
	return s->n;
}

const struct sidecar_record *sidecar_get(const struct sidecar *s, size_t i)
{
	return i < s->n ? &s->r[i] : NULL;
}

size_t sidecar_orphans(const struct sidecar *s, const struct sidecar_record ***out)
{
	size_t n = 0;
	*out = xmalloc((s->n + 1) * sizeof **out);
	for (size_t i = 0; i < s->n; i++)
		if (s->r[i].orphan)
			(*out)[n++] = &s->r[i];
	return n;
}

const char *sidecar_path(const struct sidecar *s)
{
	return s->path;
}

const char *sidecar_inherited(const struct sidecar *s)
{
	return s->inherited;
}

const char *sidecar_moved_aside(const struct sidecar *s)
{
	return s->moved;
}

/* “text”, cut to `max` code points, on one line. */
static void quoted_max(struct sbuf *b, const char *s, int max)
{
	size_t len = strlen(s), i = 0;
	sbuf_puts(b, "“");
	for (int k = 0; i < len && k < max; k++) {
		size_t j = i;
		int32_t c = utf8_next(s, len, &j);
		if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029)
			sbuf_addc(b, ' ');
		else
			sbuf_add(b, s + i, j - i);
		i = j;
	}
	sbuf_puts(b, i < len ? "…”" : "”");
}

static void describe(struct sbuf *b, const struct sidecar_record *r, int max);

char *sidecar_describe(const struct sidecar_record *r)
{
	struct sbuf b = {0};
	describe(&b, r, 40);
	return sbuf_take(&b);
}

char *sidecar_detail(const struct sidecar_record *r)
{
	struct sbuf b = {0};
	if (r->orphan) {
		/* Why first: a narrow status line cuts the end. */
		static const char *const why[] = {
			[SIDECAR_PLACED] = "for a reason unknown",
			[SIDECAR_TEXT_GONE] = "its text is no longer in the article",
			[SIDECAR_AMBIGUOUS] = ("its text is in the article several times, and its context does not say "
			                       "which"),
			[SIDECAR_NO_TARGET] = "what it corrects is no longer found there",
		};
		sbuf_addf(&b, "not placed: %s", why[r->why <= SIDECAR_NO_TARGET ? r->why : SIDECAR_NO_TARGET]);
		if (r->anchored)
			sbuf_addf(&b, " (it was at character %zu)", r->at.start);
		sbuf_puts(&b, " \xe2\x80\x94 ");
	}
	describe(&b, r, 400);
	return sbuf_take(&b);
}

static void describe(struct sbuf *out, const struct sidecar_record *r, int max)
{
	const char *exact = r->anchored ? r->at.exact : "";
	switch (r->kind) {
	case SIDECAR_NOTE:
		sbuf_puts(out, "note on ");
		quoted_max(out, exact, max);
		if (r->text) {
			sbuf_puts(out, ": ");
			quoted_max(out, r->text, max);
		}
		break;
	case SIDECAR_TAG:
		sbuf_puts(out, "tag ");
		quoted_max(out, r->text, max);
		sbuf_puts(out, " on ");
		quoted_max(out, exact, max);
		break;
	case SIDECAR_SPEAKER:
		sbuf_puts(out, "speaker of ");
		quoted_max(out, exact, max);
		sbuf_puts(out, " set to ");
		if (r->actor)
			quoted_max(out, r->actor, max);
		else
			sbuf_puts(out, "nobody");
		break;
	case SIDECAR_DELETE:
		sbuf_addf(out, "%s ", annots_kind_name(r->target));
		quoted_max(out, exact, max);
		sbuf_puts(out, " marked wrong");
		break;
	case SIDECAR_DELETE_ACTOR:
		sbuf_puts(out, "actor ");
		quoted_max(out, r->actor, max);
		sbuf_puts(out, " marked wrong");
		break;
	case SIDECAR_ACTOR:
		sbuf_addf(out, "%s ", annots_actor_type_name(r->actor_type));
		quoted_max(out, r->actor, max);
		sbuf_puts(out, " added");
		if (r->anchored) {
			sbuf_puts(out, ", mentioned as ");
			quoted_max(out, exact, max);
		}
		break;
	case SIDECAR_QUOTE:
		sbuf_puts(out, "quotation ");
		quoted_max(out, exact, max);
		sbuf_puts(out, " added");
		if (r->actor) {
			sbuf_puts(out, ", spoken by ");
			quoted_max(out, r->actor, max);
		}
		break;
	case SIDECAR_KIND_COUNT:
		break;
	}
}

/* ---- mutators ----------------------------------------------------------- */

static int check_span(const struct article *a, size_t start, size_t end, struct gerr *e)
{
	const char *t = doc_text(a->doc);
	size_t len = doc_len(a->doc);
	if (start >= end || end > len)
		return gerr_set(e, EXIT_USAGE, "annotation: nothing selected");
	if (((unsigned char)t[start] & 0xC0) == 0x80 || (end < len && ((unsigned char)t[end] & 0xC0) == 0x80))
		return gerr_set(e, EXIT_USAGE, "annotation: the selection splits a character");
	return 0;
}

static void anchor_at(struct sidecar_record *r, const struct article *a, size_t start, size_t end)
{
	r->anchored = true;
	anchor_make(a->doc, start, end, &r->at);
}

/* Apply the record just pushed and save; on any failure, take it back. */
static int commit(struct sidecar *s, struct article *a, int hint, struct gerr *e)
{
	size_t i = s->n - 1;
	apply_record(s, a, i, hint);
	if (s->r[i].orphan) {
		undo_record(s, a, i);
		pop(s);
		return gerr_set(e, EXIT_FAIL, "annotation: its target is no longer in the text");
	}
	if (save(s, a, e) != 0) {
		undo_record(s, a, i);
		pop(s);
		return -1;
	}
	return 0;
}

int sidecar_add_note(struct sidecar *s, struct article *a, size_t start, size_t end, const char *body,
                     struct gerr *e)
{
	if (check_span(a, start, end, e) != 0)
		return -1;
	struct sidecar_record *r = push(s, SIDECAR_NOTE);
	anchor_at(r, a, start, end);
	r->text = body ? clean_utf8(body) : NULL;
	if (commit(s, a, -1, e) != 0)
		return -1;
	return s->r[s->n - 1].span;
}

int sidecar_add_tag(struct sidecar *s, struct article *a, size_t start, size_t end, const char *tag,
                    struct gerr *e)
{
	if (check_span(a, start, end, e) != 0)
		return -1;
	if (!tag || !*tag)
		return gerr_set(e, EXIT_USAGE, "annotation: empty tag");
	struct sidecar_record *r = push(s, SIDECAR_TAG);
	anchor_at(r, a, start, end);
	r->text = clean_utf8(tag);
	if (commit(s, a, -1, e) != 0)
		return -1;
	return s->r[s->n - 1].span;
}

static int check_actor(const struct article *a, int actor, struct gerr *e)
{
	const struct actor *ac = annots_actor(a->an, actor);
	if (!ac || (ac->flags & ACTOR_DELETED))
		return gerr_set(e, EXIT_USAGE, "annotation: no such actor");
	return 0;
}

int sidecar_reassign(struct sidecar *s, struct article *a, int quote, int actor, struct gerr *e)
{
	const struct ann *q = annots_get(a->an, quote);
	if (!live(q) || q->kind != ANN_QUOTE)
		return gerr_set(e, EXIT_USAGE, "annotation: not a quotation");
	if (actor >= 0 && check_actor(a, actor, e) != 0)
		return -1;
	struct sidecar_record *r = push(s, SIDECAR_SPEAKER);
	anchor_at(r, a, q->start, q->end);
	if (actor >= 0) {
		const struct actor *ac = annots_actor(a->an, actor);
		r->actor = xstrdup(ac->name);
		r->actor_type = ac->type;
	}
	if (commit(s, a, quote, e) != 0)
		return -1;
	return quote;
}

int sidecar_delete(struct sidecar *s, struct article *a, int span, struct gerr *e)
{
	const struct ann *x = annots_get(a->an, span);
	if (!live(x))
		return gerr_set(e, EXIT_USAGE, "annotation: nothing to mark wrong there");
	if (x->end <= x->start)
		return gerr_set(e, EXIT_USAGE, "annotation: an empty span cannot be marked wrong");
	struct sidecar_record *r = push(s, SIDECAR_DELETE);
	anchor_at(r, a, x->start, x->end);
	r->target = (enum ann_kind)x->kind;
	const struct actor *ac = x->kind == ANN_MENTION ? annots_actor(a->an, x->actor) : NULL;
	if (ac)
		r->actor = xstrdup(ac->name);
	if (commit(s, a, span, e) != 0)
		return -1;
	return span;
}

int sidecar_delete_actor(struct sidecar *s, struct article *a, int actor, struct gerr *e)
{
	if (check_actor(a, actor, e) != 0)
		return -1;
	struct sidecar_record *r = push(s, SIDECAR_DELETE_ACTOR);
	r->actor = xstrdup(annots_actor(a->an, actor)->name);
	if (commit(s, a, actor, e) != 0)
		return -1;
	return actor;
}

int sidecar_add_actor(struct sidecar *s, struct article *a, const char *name, enum actor_type type,
                      const char *role, size_t start, size_t end, struct gerr *e)
{
	if (!name || !*name)
		return gerr_set(e, EXIT_USAGE, "annotation: an actor needs a name");
	if ((unsigned)type > ACTOR_PLACE)
		return gerr_set(e, EXIT_USAGE, "annotation: unknown actor type");
	bool mention = start < end;
	if (mention && check_span(a, start, end, e) != 0)
		return -1;
	struct sidecar_record *r = push(s, SIDECAR_ACTOR);
	if (mention)
		anchor_at(r, a, start, end);
	r->actor = clean_utf8(name);
	r->actor_type = type;
	r->role = role && *role ? clean_utf8(role) : NULL;
	if (commit(s, a, -1, e) != 0)
		return -1;
	return s->st[s->n - 1].actor;
}

int sidecar_add_quote(struct sidecar *s, struct article *a, size_t start, size_t end, int speaker,
                      enum quote_kind kind, struct gerr *e)
{
	if (check_span(a, start, end, e) != 0)
		return -1;
	if (speaker >= 0 && check_actor(a, speaker, e) != 0)
		return -1;
	if ((unsigned)kind > QUOTE_MIXED)
		return gerr_set(e, EXIT_USAGE, "annotation: unknown quotation kind");
	struct sidecar_record *r = push(s, SIDECAR_QUOTE);
	anchor_at(r, a, start, end);
	if (speaker >= 0) {
		const struct actor *ac = annots_actor(a->an, speaker);
		r->actor = xstrdup(ac->name);
		r->actor_type = ac->type;
	}
	r->quote_kind = kind;
	if (commit(s, a, -1, e) != 0)
		return -1;
	return s->r[s->n - 1].span;
}

int sidecar_undo_last(struct sidecar *s, struct article *a, struct gerr *e)
{
	if (!s->n)
		return 0;
	size_t i = s->n - 1;
	const struct rec_state *st = &s->st[i];
	int hint = s->r[i].kind == SIDECAR_SPEAKER ? st->quote
	         : s->r[i].kind == SIDECAR_DELETE ? st->deleted_span[0]
	         : s->r[i].kind == SIDECAR_DELETE_ACTOR ? st->deleted_actor : -1;
	bool was_orphan = s->r[i].orphan;
	undo_record(s, a, i);
	s->n--;                          /* out of the file, still in memory */
	if (save(s, a, e) != 0) {
		s->n++;
		if (!was_orphan)
			apply_record(s, a, i, hint);
		return -1;
	}
	record_free(&s->r[i]);
	state_reset(&s->st[i]);
	return 1;
}

int sidecar_apply_for_export(struct article *a, struct gerr *warn)
{
	struct gerr w = {0};
	struct sidecar *s = sidecar_open(a, &w);
	int rc = 0;
	if (w.code) {
		*warn = w;
		rc = 1;
	}
	int orphans = sidecar_apply(s, a, NULL);
	if (orphans > 0 && rc == 0) {
		gerr_set(warn, EXIT_FAIL, "%s: %d annotation%s could not be placed in the text (kept in %s)",
		         a->path, orphans, orphans == 1 ? "" : "s", sidecar_path(s));
		rc = 1;
	}
	sidecar_free(s);
	return rc;
}
