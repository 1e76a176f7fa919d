/* quotes_speaker.c — who a speaker noun phrase is.
 *
 * Reads noun phrases in a frame (forward from their first unit, or backward
 * from their last) and resolves them to actors: a mention from the actors
 * module, a capitalised name (found among the actors, or added when the
 * actors module missed it), a pronoun (the most recent compatible actor,
 * preferring subjects and recent speakers; mentions inside quotations never
 * count), a definite description (« le conseiller » → the actor whose role
 * or apposition says so), a spokesperson (« la porte-parole de la
 * fédération » → the federation).  Unresolved descriptions stay as the
 * speaker's text (« les responsables moscovites »).
 */
#include "quotes.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "hindex.h"
#include "util.h"
#include "wordlist.h"

/* Classes that never start or continue a name. */
#define NOT_NAME (QW_DET | QW_PREP | QW_PREPC | QW_ADV | QW_CONJ | QW_COMP | QW_REL | QW_SOURCE | \
                  QW_SOURCE1 | QW_PRON | QW_TIME | QW_VERB | QW_AUX | QW_SEMI | QW_CLITIC | QW_FIRST | \
                  QW_INV | QW_NOUN | QW_TITLE | QW_SCARE)

static int resolve_back(struct qctx *c, size_t pos, enum qgender g, size_t max_sents);
static int recent_org(struct qctx *c, size_t pos);
static int recent_org_in(struct qctx *c, size_t pos, bool complement);
#define ROLE_LOOK 200          /* mentions a search for an actor by role or name looks back over */
static struct qrmemo *role_memo(struct qctx *c, const char *w, uint8_t syn);
static int latest_actor(struct qctx *c, size_t pos, struct qrmemo *m, bool (*match)(struct qctx *, int, const void *),
                        const void *ctx);
static bool last_word_is(struct qctx *c, int id, const void *ctx);
static int org_named_with(struct qctx *c, size_t s, size_t e, size_t pos);
static int document_author(struct qctx *c, size_t hs, size_t he, size_t pos);
static bool plain_adjective(struct qctx *c, const struct qframe *f, int j);
static bool org_name_holds(struct qctx *c, int id, const void *ctx);

static bool is_person(const struct qctx *c, int actor)
{
	const struct actor *a = annots_actor(c->an, actor);
	return a && a->type == ACTOR_PERSON && !(a->flags & ACTOR_GROUP);
}

static bool is_org_actor(const struct qctx *c, int actor)
{
	const struct actor *a = annots_actor(c->an, actor);
	return a && a->type == ACTOR_ORG && !(a->flags & ACTOR_DELETED);
}

static bool cap_word(const struct qframe *f, int i)
{
	return qt_word(f, i) && f->t[i].mention < 0 && f->t[i].cap && !(f->t[i].cls & NOT_NAME);
}

static bool adjacent(const struct qframe *f, int i, int j)
{
	return f->t[i].e == f->t[j].s;
}

/* Are units i and j separated by white space only? */
static bool adjacent_or_space(const struct qctx *c, const struct qframe *f, int i, int j)
{
	for (size_t p = f->t[i].e; p < f->t[j].s; p++)
		if (c->t[p] != ' ' && c->t[p] != '\t')
			return false;
	return true;
}

/* ---- names ----------------------------------------------------------- */

/* The last word of s (folded), as [*ws, *we) into the returned string. */
static char *last_word_folded(const char *s, size_t n, size_t *len)
{
	size_t e = n, b;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '.'))
		e--;
	b = e;
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '-' && s[b - 1] != '\'')
		b--;
	return lang_fold(s + b, e - b, len);
}

static void insert_mention(struct qctx *c, struct qment m)
{
	c->ment = xgrow(c->ment, &c->capment, c->nment + 1, sizeof *c->ment);
	size_t k = c->nment;
	while (k > 0 && c->ment[k - 1].s > m.s) {
		c->ment[k] = c->ment[k - 1];
		k--;
	}
	c->ment[k] = m;
	c->nment++;
	qment_window(c, k);
	c->ins = xgrow(c->ins, &c->capins, c->nins + 1, sizeof *c->ins);
	c->ins[c->nins++] = k;
}

/* Index of the last mention starting before pos, or -1. */
static long mention_before(const struct qctx *c, size_t pos)
{
	size_t lo = 0, hi = c->nment;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->ment[mid].s < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (long)lo - 1;
}

/* A fresh set of actors looked at (for loops over recent mentions, whose
 * test depends on the actor only). */
static void seen_reset(struct qctx *c)
{
	size_t na = annots_nactors(c->an);
	if (na > c->nrseen) {
		c->rseen = xrealloc(c->rseen, (na + 16) * sizeof *c->rseen);
		memset(c->rseen + c->nrseen, 0, (na + 16 - c->nrseen) * sizeof *c->rseen);
		c->nrseen = na + 16;
	}
	if (++c->rgen == 0) {
		memset(c->rseen, 0, c->nrseen * sizeof *c->rseen);
		c->rgen = 1;
	}
}

/* Was actor id looked at since seen_reset()?  Marks it. */
static bool seen_before(struct qctx *c, int id)
{
	if (id < 0 || (size_t)id >= c->nrseen)
		return false;
	if (c->rseen[id] == c->rgen)
		return true;
	c->rseen[id] = c->rgen;
	return false;
}

/* Does actor id's name end with the folded word w? */
static bool same_last_word(struct qctx *c, int id, const char *w, size_t wl)
{
	const struct actor *a = annots_actor(c->an, id);
	if (!a || (a->flags & ACTOR_DELETED) || id < 0)
		return false;
	if ((size_t)id >= c->nlastw) {
		size_t n = annots_nactors(c->an) + 16;
		c->lastw = xrealloc(c->lastw, n * sizeof *c->lastw);
		memset(c->lastw + c->nlastw, 0, (n - c->nlastw) * sizeof *c->lastw);
		c->nlastw = n;
	}
	if (!c->lastw[id]) {
		size_t nl;
		c->lastw[id] = last_word_folded(a->name, strlen(a->name), &nl);
	}
	if (wl && c->lastw[id][0] != w[0])
		return false;
	return strlen(c->lastw[id]) == wl && memcmp(c->lastw[id], w, wl) == 0;
}

/* ---- actor indexes: the first actor of a name, of a last word ---------- */

static uint32_t qikey_hash(const void *ctx, size_t i)
{
	return ((const struct qindex *)ctx)->it[i].hash;
}

/* The item of key k in x (keys are read through key_of(c, id)), or -1. */
static long qindex_find(const struct qctx *c, const struct qindex *x, const char *k, uint32_t h,
                        const char *(*key_of)(const struct qctx *, int))
{
	for (size_t j = hindex_start(&x->ix, h), i; (i = hindex_next(&x->ix, &j)) != HINDEX_NONE;)
		if (x->it[i].hash == h && strcmp(key_of(c, x->it[i].id), k) == 0)
			return (long)i;
	return -1;
}

static void qindex_add(const struct qctx *c, struct qindex *x, const char *k, int id,
                       const char *(*key_of)(const struct qctx *, int))
{
	uint32_t h = hash_fnv(k, strlen(k));
	if (qindex_find(c, x, k, h, key_of) >= 0)
		return;    /* the first actor keeps it */
	x->it = xgrow(x->it, &x->cap, x->n + 1, sizeof *x->it);
	x->it[x->n++] = (struct qikey){h, id};
	hindex_add(&x->ix, h, x->n - 1, x->n, qikey_hash, x);
}

static int qindex_get(const struct qctx *c, const struct qindex *x, const char *k,
                      const char *(*key_of)(const struct qctx *, int))
{
	long i = qindex_find(c, x, k, hash_fnv(k, strlen(k)), key_of);
	return i < 0 ? -1 : x->it[i].id;
}

static void qindex_free(struct qindex *x)
{
	free(x->it);
	hindex_free(&x->ix);
	*x = (struct qindex){0};
}

static const char *name_key(const struct qctx *c, int id)
{
	return annots_actor(c->an, id)->name;
}

static const char *last_key(const struct qctx *c, int id)
{
	return c->lastw[id];
}

/* Index the actors added since the last call (nobody renames or deletes
 * actors while quotations are attributed). */
static void index_actors(struct qctx *c)
{
	size_t na = annots_nactors(c->an);
	for (size_t k = c->nindexed; k < na; k++) {
		const struct actor *a = annots_actor(c->an, (int)k);
		if (!a || (a->flags & ACTOR_DELETED) || !a->name)
			continue;
		qindex_add(c, &c->names, a->name, (int)k, name_key);
		same_last_word(c, (int)k, "", 0);    /* fills c->lastw[k] */
		qindex_add(c, &c->lasts, c->lastw[k], (int)k, last_key);
	}
	c->nindexed = na;
}

/* May a single capitalised word the actors module did not know become an
 * organisation because it speaks?  Not a possessive ("Tuesday's"), a
 * weekday or month, a word that modifies the noun after it ("Federal
 * prosecutors said", "Nigerian officials"), or a plural-looking word
 * opening its sentence ("Shopkeepers say"). */
static bool new_org_ok(const struct qctx *c, size_t s, size_t e)
{
	const char *t = c->t;
	size_t n = e - s;
	if ((n > 2 && t[e - 2] == '\'' && t[e - 1] == 's') || (n > 4 && memcmp(t + e - 4, "\xe2\x80\x99s", 4) == 0))
		return false;
	size_t fl;
	char *f = lang_fold(t + s, n, &fl);
	/* "It said", « Elle a dit »: a pronoun or a function word is no name. */
	if (lex_has(lang_lex(c->l, "stopwords"), f, fl)) {
		free(f);
		return false;
	}
	bool calendar = false;
	for (int k = 1; k <= 12 && !calendar; k++)
		for (int ab = 0; ab < 2 && !calendar; ab++) {
			const char *mo = lang_month(c->l, k, ab), *wd = k <= 7 ? lang_weekday(c->l, k, ab) : "";
			calendar = (*mo && strcmp(f, mo) == 0) || (*wd && strcmp(f, wd) == 0);
		}
	free(f);
	if (calendar)
		return false;
	/* A common word of the language by the system word lists (wordlist.h):
	 * "Additional reporting by", not "Apple said". */
	const wordlist *wl[8];
	size_t nwl = wordlist_open_pack(c->l, wl, sizeof wl / sizeof wl[0]);
	if (nwl && wordlist_common(wl, nwl, t + s, n, lang_code(c->l), lex_size(lang_lex(c->l, "elisions")) > 0))
		return false;
	/* The next word: a lower-case word that is neither a function word nor
	 * a speech verb is the noun this one qualifies. */
	size_t i = e;
	while (i < c->len && (t[i] == ' ' || t[i] == '\t'))
		i++;
	size_t j = i;
	while (j < c->len) {
		size_t k = j;
		int32_t cp = utf8_next(t, c->len, &k);
		if (!u_isalpha(cp))
			break;
		j = k;
	}
	if (j > i) {
		size_t k = i;
		int32_t first = utf8_next(t, c->len, &k);
		if (u_islower(first) && !lex_has(lang_lex(c->l, "stopwords"), t + i, j - i) &&
		    !lex_has(lang_lex(c->l, "speech_verbs"), t + i, j - i) &&
		    !lex_has(lang_lex(c->l, "actor_speech_verbs"), t + i, j - i))
			return false;
	}
	/* Opening its sentence (after any quotation mark or dash) and plural-looking. */
	struct span sent = doc_sent(c->d, doc_sent_at(c->d, s));
	size_t b = sent.start;
	while (b < s) {
		size_t k = b;
		int32_t cp = utf8_next(t, s, &k);
		if (u_isalpha(cp) || u_isdigit(cp))
			break;
		b = k;
	}
	if (b == s && n > 3 && t[e - 1] == 's' && t[e - 2] != 's')
		return false;
	return true;
}

/* The actor a capitalised name s[0..n) at byte pos names: an actor of that
 * name, or the most recently mentioned one sharing its last word, or a new
 * one (person for two words or more, organisation for one). */
static int name_actor(struct qctx *c, size_t s, size_t e)
{
	char *text = xstrndup(c->t + s, e - s);
	index_actors(c);
	int id = qindex_get(c, &c->names, text, name_key);   /* annots_find_actor() */
	if (id >= 0) {
		free(text);
		return id;
	}
	size_t wl;
	char *w = last_word_folded(text, strlen(text), &wl);
	/* no actor has that last word (every actor is indexed): none to find */
	if (wl >= 2 && (strlen(w) != wl || qindex_get(c, &c->lasts, w, last_key) >= 0)) {
		/* the most recently mentioned actor of that name, else any */
		if (strlen(w) == wl) {
			id = latest_actor(c, s, role_memo(c, w, RM_LAST), last_word_is, w);
		} else {
			int seen = 0;
			seen_reset(c);
			for (long k = mention_before(c, s); k >= 0 && id < 0 && seen < ROLE_LOOK; k--, seen++)
				if (!seen_before(c, c->ment[k].actor) && same_last_word(c, c->ment[k].actor, w, wl))
					id = c->ment[k].actor;
		}
		if (id < 0)
			id = qindex_get(c, &c->lasts, w, last_key);   /* the first actor with that last word */
	}
	free(w);
	if (id < 0 && c->create_actors) {
		bool several = memchr(text, ' ', strlen(text)) != NULL;
		/* not a demonym of several words: "South Korean shipbuilder X said" */
		bool demonym = several && lex_has(lang_lex(c->l, "actor_demonyms"), text, strlen(text));
		if (!demonym && (several || new_org_ok(c, s, e)))
			id = annots_add_actor(c->an, text, several ? ACTOR_PERSON : ACTOR_ORG, NULL, 0);
	}
	if (id >= 0) {
		int mid = annots_add(c->an, ANN_MENTION, s, e, id, -1, MENTION_NAME, 0.6f, NULL);
		insert_mention(c, (struct qment){s, e, e, mid, id, false, doc_para_at(c->d, s), doc_sent_at(c->d, s)});
	}
	free(text);
	return id;
}

/* A run of capitalised words from unit i: « Iouri Ouchakov », « M. Dupont »,
 * « Charles de Gaulle », « Jean-Marie Le Pen ».  Returns the unit after it. */
static int name_run(const struct qframe *f, int i, int lim)
{
	int k = i, last = i;
	if (lim > i + 8)
		lim = i + 8;
	while (k < lim) {
		if (cap_word(f, k) || (k > i && qt_word(f, k) && f->t[k].mention < 0 && f->t[k].cap && (f->t[k].cls & QW_NOUN) &&
		                       !(f->t[k].cls & (NOT_NAME & ~QW_NOUN)))) {
			last = k++;       /* « Ould Cheikh »: a title word inside a name */
			continue;
		}
		if (k > i && k + 1 < lim && cap_word(f, k + 1)) {
			const struct qtok *t = &f->t[k];
			if (t->kind == QT_PUNCT && t->punct == '-' && adjacent(f, k - 1, k) && adjacent(f, k, k + 1)) {
				k++;
				continue;
			}
			if (t->kind == QT_PUNCT && t->punct == '.' && f->t[k - 1].e - f->t[k - 1].s <= 3) {
				k++;
				continue;
			}
			if (qt_word(f, k) && (t->cls & QW_PARTICLE) && t->mention < 0 && !t->cap) {
				k++;
				continue;
			}
		}
		/* « Jean de la Fontaine »: a run of particles before a capital */
		if (k > i && k + 2 < lim && qt_has(f, k, QW_PARTICLE) && qt_has(f, k + 1, QW_PARTICLE) &&
		    !f->t[k].cap && !f->t[k + 1].cap && cap_word(f, k + 2)) {
			k += 2;
			continue;
		}
		break;
	}
	return last + 1;
}

/* ---- descriptions ------------------------------------------------------ */

bool qspk_noun_reading(const struct qframe *f, int v)
{
	if (v <= 0 || !qt_word(f, v - 1) || f->t[v - 1].mention >= 0)
		return false;
	uint32_t p = f->t[v - 1].cls;
	if (!(p & QW_DET))
		return false;
	if (!(p & QW_CLITIC))
		return true;
	/* « le », « la », « les », « l' » are clitics after a subject, an
	 * auxiliary or « de » (« l'élite le qualifie », « continuent de l'appeler »),
	 * determiners at the start or after a preposition (« la note »). */
	if (v - 1 == 0)
		return true;
	const struct qtok *pp = &f->t[v - 2];
	if (pp->kind != QT_WORD)
		return pp->kind == QT_PUNCT || pp->kind == QT_QUOTE;
	if (pp->mention >= 0)
		return false;
	return (pp->cls & (QW_PREP | QW_SOURCE | QW_DET | QW_VERB)) && !(pp->cls & (QW_LINK | QW_AUX | QW_SEMI));
}

static bool stops_np(const struct qframe *f, int k)
{
	const struct qtok *t = &f->t[k];
	if (t->mention >= 0)
		return false;
	if ((t->cls & QW_VERB) && !qspk_noun_reading(f, k))
		return true;
	if (t->cls & QW_DET)
		return false;
	return (t->cls & (QW_AUX | QW_SEMI | QW_REL | QW_COMP | QW_CONJ | QW_PREP | QW_INV | QW_SOURCE | QW_ADV |
	                  QW_TIME | QW_PRON | QW_CLITIC | QW_FIRST)) != 0;
}

/* The first content word at or after unit k (before lim), or -1. */
static int content_word(const struct qframe *f, int k, int lim)
{
	for (; k < lim; k++) {
		if (!qt_word(f, k))
			return -1;
		if (f->t[k].mention >= 0 || !(f->t[k].cls & (QW_DET | QW_PREPC)))
			return k;
	}
	return -1;
}

/* The organisation "the company" refers to at byte pos: the last one that
 * spoke in this paragraph or the one before (it said something about
 * another: "Acme said the SEC had asked …"), else the one just spoken of. */
static int speaking_org(struct qctx *c, size_t pos, size_t paras);

static int org_speaker(struct qctx *c, size_t pos)
{
	int a = speaking_org(c, pos, 1);
	return a >= 0 ? a : recent_org(c, pos);
}

/* Is the actor a news medium (actor_media: who is spoken to)? */
bool qspk_medium(const struct qctx *c, int actor)
{
	const struct actor *a = annots_actor(c->an, actor);
	if (!a || !a->name)
		return false;
	size_t fl;
	char *f = lang_fold(a->name, strlen(a->name), &fl);
	bool medium = lex_has(lang_lex(c->l, "actor_media"), f, fl);
	free(f);
	return medium;
}

/* The last organisation that spoke in this paragraph or the `paras` before
 * (not a news medium), or -1. */
static int speaking_org(struct qctx *c, size_t pos, size_t paras)
{
	size_t para = doc_para_at(c->d, pos);
	for (size_t k = c->nhist, seen = 0; k-- > 0 && seen < 4;) {
		const struct qhist *h = &c->hist[k];
		if (h->pos >= pos)
			continue;
		if (h->para + paras < para)
			break;
		seen++;
		const struct actor *a = annots_actor(c->an, h->actor);
		if (a && a->type == ACTOR_ORG && !(a->flags & ACTOR_DELETED) && !qspk_medium(c, h->actor))
			return h->actor;
	}
	return -1;
}

/* Is mention unit u a definite determiner and one institution noun only
 * ("the company", « la société »)? */
static bool bare_institution(struct qctx *c, const struct qtok *u)
{
	size_t sp = u->s, w;
	while (sp < u->e && c->t[sp] != ' ' && c->t[sp] != '\'' &&
	       !(sp + 3 <= u->e && memcmp(c->t + sp, "\xe2\x80\x99", 3) == 0))
		sp++;
	if (sp >= u->e)
		return false;
	if (c->t[sp] == '\'')
		w = sp + 1;        /* « l'entreprise » */
	else if (c->t[sp] != ' ')
		w = sp + 3;        /* « l’entreprise » */
	else
		w = sp;
	if (!(qword_get(c, u->s, w - u->s) & QW_DEF))
		return false;
	while (w < u->e && c->t[w] == ' ')
		w++;
	for (size_t k = w; k < u->e; k++)
		if (c->t[k] == ' ')
			return false;
	return w < u->e && (qword_get(c, w, u->e - w) & QW_INST);
}

/* Does the institution noun of mention unit u stand in the name of the
 * actor it was linked to ("the agency" of "the Coastal Survey Agency")?
 * Then the link holds against the organisation that spoke last. */
static bool names_itself(struct qctx *c, const struct qtok *u)
{
	size_t wl;
	char *w = last_word_folded(c->t + u->s, u->e - u->s, &wl);
	bool held = wl > 0 && org_name_holds(c, u->actor, w);
	free(w);
	return held;
}

/* Is unit j a nationality word (« finlandais », "Irish")? */
static bool demonym_word(struct qctx *c, const struct qframe *f, int j)
{
	size_t n = f->t[j].e - f->t[j].s;
	return n >= 3 && n <= 60 && lex_has(lang_lex(c->l, "actor_demonyms"), c->t + f->t[j].s, n);
}

static void folded_actor(struct qctx *c, int id, const char **role, const char **name);

/* Does actor id's role hold a nationality word other than unit j's
 * (« président français » for « le président finlandais »)? */
static bool other_demonym(struct qctx *c, int id, const struct qframe *f, int j)
{
	const char *role, *name;
	folded_actor(c, id, &role, &name);
	size_t wl;
	char *w = lang_fold(c->t + f->t[j].s, f->t[j].e - f->t[j].s, &wl);
	bool other = false;
	const lexicon *x = lang_lex(c->l, "actor_demonyms");
	for (const char *p = role; *p && !other;) {
		while (*p == ' ')
			p++;
		size_t n = strcspn(p, " ");
		if (n >= 3 && !(n == wl && memcmp(p, w, n) == 0) && lex_has(x, p, n))
			other = true;
		p += n;
	}
	free(w);
	return other;
}

/* Is unit h a capitalised nationality noun in the singular ("the
 * Spaniard", « la Canadienne »), after determiner unit d? */
static bool demonym_noun(struct qctx *c, const struct qframe *f, int d, int h)
{
	const struct qtok *t = &f->t[h];
	if (!t->cap || t->mention >= 0 || t->e - t->s < 3 || t->e - t->s > 60)
		return false;
	const char *dt = c->t + f->t[d].s;
	size_t dn = f->t[d].e - f->t[d].s;
	if (dn > 1 && (dt[dn - 1] == 's' || dt[dn - 1] == 'S'))
		return false;   /* « les », « ces »: several people */
	const lexicon *x = lang_lex(c->l, "actor_demonyms");
	const char *w = c->t + t->s;
	size_t n = t->e - t->s;
	if (!lex_has(x, w, n))
		return false;
	/* "Spaniards", « Canadiennes »: a plural of a listed singular */
	return !((w[n - 1] == 's' || w[n - 1] == 'x') && lex_has(x, w, n - 1));
}

/* Is determiner unit d plural (« les », « ces », "these")? */
static bool plural_det(const struct qctx *c, const struct qtok *d)
{
	size_t n = d->e - d->s;
	return n > 1 && (c->t[d->e - 1] == 's' || c->t[d->e - 1] == 'S');
}

/* May an unnamed member of actor speak for it (an organisation, not a
 * news medium)? */
static bool anonymous_member(const struct qctx *c, int actor)
{
	const struct actor *a = annots_actor(c->an, actor);
	return a && a->type == ACTOR_ORG && !(a->flags & ACTOR_DELETED) && !qspk_medium(c, actor);
}

/* The gender a lexicon value gives ("m", "f"; anything else: any person). */
static enum qgender gender_value(const char *v)
{
	return v && !strcmp(v, "m") ? QG_M : v && !strcmp(v, "f") ? QG_F : QG_PERSON;
}

/* « « … », a déclaré le ministre » two sentences after « M. Corvalec a signé
 * … »: a bare definite role nobody holds by name is the person last spoken
 * of, up to three sentences back, when the article gave that person no
 * other role; the article (quote_role_determiner_genders) or the noun
 * (actor_titles) gives the gender.  d is the determiner, h the noun; -1 if
 * no one. */
static int bare_role_back(struct qctx *c, const struct qframe *f, int d, int h)
{
	const char *v = lex_get(lang_lex(c->l, "quote_role_determiner_genders"), c->t + f->t[d].s, f->t[d].e - f->t[d].s);
	if (!v || !*v)
		v = lex_get(lang_lex(c->l, "actor_titles"), c->t + f->t[h].s, f->t[h].e - f->t[h].s);
	int a = resolve_back(c, f->t[d].s, gender_value(v), 3);
	if (a < 0 || !is_person(c, a))
		return -1;
	const struct actor *x = annots_actor(c->an, a);
	return x->role && *x->role ? -1 : a;
}

static bool desc_np(struct qctx *c, const struct qframe *f, int i, int lim, struct qnp *np)
{
	int k = i;
	while (k < lim && ((qt_word(f, k) && f->t[k].mention < 0 && (f->t[k].cls & QW_DET)) || f->t[k].kind == QT_NUM))
		k++;
	int ndet = k - i;
	int head = -1, comp = -1, referent = -1, target = -1, words = 0, org_ref = -1;
	while (k < lim && k < i + 16) {
		const struct qtok *t = &f->t[k];
		if (t->kind == QT_PUNCT) {
			if (t->punct == '-' && k > i && k + 1 < lim && adjacent(f, k - 1, k) && adjacent(f, k, k + 1)) {
				k++;
				continue;
			}
			break;
		}
		if (t->kind == QT_QUOTE)
			break;
		if (t->kind == QT_NUM) {
			if (head >= 0 && comp < 0)
				break;
			k++;
			continue;
		}
		if (t->mention >= 0) {
			int a = t->actor;
			bool after_prep = k > i && qt_has(f, k - 1, QW_PREPC);
			if (head < 0 || k == i + ndet) {
				referent = referent < 0 ? k : referent;   /* « le Kremlin » */
				if (head < 0)
					head = k;
			} else if (!after_prep && referent < 0 && comp < 0 && head >= 0 && !is_person(c, a) &&
			           ((k == head + 1 && (f->t[head].cls & QW_NOUN)) || k > head + 1)) {
				/* « le groupe Alpha », "the company Acme", "the London-based
				 * charity Amnesty" (if the phrase ends there) */
				org_ref = k;
			} else if (!after_prep && referent < 0 && comp >= 0 && head >= 0 && f->t[head].mention < 0 &&
			           !qt_has(f, head, QW_ROLE | QW_PROXY) && !cap_word(f, head) && is_org_actor(c, a) &&
			           qt_word(f, k - 1) && f->t[k - 1].mention < 0 && !f->t[k - 1].cap &&
			           !qt_has(f, k - 1, QW_DET | QW_PREP | QW_PREPC)) {
				/* « le service de surveillance des pollens Pollinor »: a
				 * description with its complement, then the organisation's
				 * name (if the phrase ends there) */
				org_ref = k;
			} else if (!after_prep && referent < 0 && is_person(c, a)) {
				/* « le président russe Vladimir Poutine » names him; « conseiller du
				 * président russe Vladimir Poutine » does not: the role before the
				 * name belongs to the complement. */
				bool role_in_comp = comp >= 0 && qt_has(f, k - 1, QW_ROLE);
				if (!role_in_comp)
					referent = k;
			}
			if (comp >= 0 && target < 0)
				target = k;
			k++;
			words++;
			continue;
		}
		if (stops_np(f, k))
			break;
		if (head >= 0 && comp < 0 && referent < 0 && cap_word(f, k) && k + 1 < lim && cap_word(f, k + 1)) {
			/* « le Mauritanien Mohamed Ould Cheikh »: a name after the description */
			int e = name_run(f, k, lim);
			bool create = c->create_actors;
			c->create_actors = false;   /* known actors only: « le Front national » is no one */
			int a = name_actor(c, f->t[k].s, f->t[e - 1].e);
			c->create_actors = create;
			if (a >= 0 && is_person(c, a)) {
				*np = (struct qnp){.a = i, .b = e, .actor = a, .named = true};
				if (f->t[head].cls & QW_ROLE)
					qspk_alias(c, c->t + f->t[head].s, f->t[head].e - f->t[head].s, a);
				return true;
			}
		}
		if (t->cls & QW_PREPC) {
			if (head < 0)
				break;
			comp = k + 1;
			k++;
			continue;
		}
		if (t->cls & QW_DET) {
			if (!(comp == k || (comp >= 0 && qt_has(f, k - 1, QW_PREPC))))
				break;     /* a clitic after the noun phrase */
			k++;
			continue;
		}
		if (head < 0 || (comp < 0 && (t->cls & QW_NOUN) && !(f->t[head].cls & QW_NOUN)))
			head = k;
		else if (comp < 0 && (t->cls & QW_NOUN))
			head = k;      /* « l'ancien leader » */
		if (++words > 8)
			break;
		k++;
	}
	while (k - 1 > i && qt_word(f, k - 1) && f->t[k - 1].mention < 0 && (f->t[k - 1].cls & (QW_PREPC | QW_DET)))
		k--;
	if (head < 0 && referent < 0)
		return false;
	if (k <= i)
		return false;
	if (referent < 0 && org_ref >= 0 && org_ref == k - 1)
		referent = org_ref;
	*np = (struct qnp){.a = i, .b = k, .actor = -1};
	uint32_t hc = head >= 0 && f->t[head].mention < 0 ? f->t[head].cls : 0;
	const char *poss = NULL;    /* « son », "her": whose voice (quote_person_possessives) */
	if ((hc & QW_PROXY) && target >= 0) {
		np->actor = f->t[target].actor;
		np->named = true;
	} else if (referent >= 0) {
		np->actor = f->t[referent].actor;
		np->named = true;
		/* « le ministre Paul Durand », "Mayor Ann Lee": « le ministre » names him from now on */
		if ((hc & QW_ROLE) && head < referent && is_person(c, np->actor))
			qspk_alias(c, c->t + f->t[head].s, f->t[head].e - f->t[head].s, np->actor);
	} else if ((hc & QW_PROXY) && comp >= 0) {
		int w = content_word(f, comp, k);
		if (w >= 0 && f->t[w].mention < 0)
			np->actor = qspk_role(c, c->t + f->t[w].s, f->t[w].e - f->t[w].s, f->t[w].s);
		/* « le cabinet de la ministre » with no minister named: the
		 * institution just spoken of */
		if (np->actor < 0 && w >= 0 && f->t[w].mention < 0 && (f->t[w].cls & QW_ROLE))
			np->actor = recent_org(c, f->t[i].s);
		/* « la représentante de l'État »: the whole phrase may be a role
		 * synonym (« préfète ») */
		if (np->actor < 0 && head >= 0 && f->t[head].mention < 0)
			np->actor = qspk_role(c, c->t + f->t[head].s, f->t[k - 1].e - f->t[head].s, f->t[i].s);
		/* « une porte-parole de l'instance », « la direction de
		 * l'établissement »: an institution noun names the organisation
		 * just spoken of */
		if (np->actor < 0 && w >= 0 && f->t[w].mention < 0 && (f->t[w].cls & QW_INST) && w == k - 1)
			np->actor = recent_org_in(c, f->t[i].s, true);
		/* "a spokeswoman for the ICO" where the actors module missed the
		 * name: the organisation of that name */
		if (np->actor < 0 && w >= 0 && cap_word(f, w)) {
			int e = name_run(f, w, k);
			if (e == k)
				np->actor = name_actor(c, f->t[w].s, f->t[e - 1].e);
		}
		np->named = np->actor >= 0;
	} else if (head >= 0 && ndet == 1 && comp < 0 && head == k - 1 && f->t[head].mention < 0 &&
	           ((hc & QW_PROXY) || lex_has(lang_lex(c->l, "quote_circle_nouns"), c->t + f->t[head].s,
	                                       f->t[head].e - f->t[head].s)) &&
	           (poss = lex_get(lang_lex(c->l, "quote_person_possessives"), c->t + f->t[i].s, f->t[i].e - f->t[i].s))) {
		/* « son entourage », "her office", « son porte-parole »: a voice for
		 * the person the possessive refers to, of this or the previous
		 * sentence */
		np->actor = resolve_back(c, f->t[i].s, gender_value(poss), 1);
		np->named = np->actor >= 0;
	} else if ((hc & QW_PROXY) && comp < 0 && head == k - 1 && f->t[head].mention < 0) {
		/* "a council spokeswoman said": the organisation whose name holds
		 * the lower-case noun before the spokesperson; "a spokesperson
		 * said": the organisation just spoken of */
		int mod = head - 1;
		if (mod > i && qt_word(f, mod) && f->t[mod].mention < 0 && !cap_word(f, mod) && !qt_has(f, mod, QW_DET))
			np->actor = org_named_with(c, f->t[mod].s, f->t[mod].e, f->t[i].s);
		/* "the report said", « indique le rapport »: the organisation
		 * whose report the article named ("Acme's report", « le rapport
		 * de l'Acme ») */
		if (np->actor < 0 && head == i + 1 && qt_has(f, i, QW_DEF))
			np->actor = document_author(c, f->t[head].s, f->t[head].e, f->t[i].s);
		if (np->actor < 0)
			np->actor = recent_org(c, f->t[i].s);
		np->named = np->actor >= 0;
	} else if (head >= 0 && ndet == 1 && (hc & (QW_ROLE | QW_PROXY)) && comp < 0 && head == k - 1 &&
	           lex_has(lang_lex(c->l, "quote_org_possessives"), c->t + f->t[i].s, f->t[i].e - f->t[i].s)) {
		/* "Its chief executive told …": the organisation just spoken of */
		np->actor = recent_org(c, f->t[i].s);
		np->named = np->actor >= 0;
	} else if (head >= 0 && ndet == 1 && (hc & QW_ROLE) && !qt_has(f, i, QW_DEF) && !plural_det(c, &f->t[i]) &&
	           target >= 0 && f->t[k - 1].mention == f->t[target].mention && anonymous_member(c, f->t[target].actor) &&
	           lex_has(lang_lex(c->l, "quote_member_nouns"), c->t + f->t[head].s, f->t[head].e - f->t[head].s)) {
		/* « un ingénieur de Météo-Alpes », "an analyst at Acme": an
		 * unnamed professional speaks for the organisation */
		np->actor = f->t[target].actor;
		np->named = true;
	} else if (head >= 0 && ndet > 0 && qt_has(f, i, QW_DEF)) {
		/* « le président finlandais » after « le président français, X,
		 * et son homologue finlandais, Y »: the nationality picks the person */
		int dem = -1;
		for (int j = head + 1; j < (comp >= 0 ? comp - 1 : k) && dem < 0; j++)
			if (qt_word(f, j) && f->t[j].mention < 0 && !f->t[j].cap && demonym_word(c, f, j))
				dem = j;
		np->actor = -1;
		if (dem >= 0 && (hc & QW_ROLE)) {
			np->actor = qspk_role(c, c->t + f->t[dem].s, f->t[dem].e - f->t[dem].s, f->t[i].s);
			if (np->actor >= 0 && !is_person(c, np->actor))
				np->actor = -1;
		}
		if (np->actor < 0) {
			np->actor = qspk_role(c, c->t + f->t[head].s, f->t[head].e - f->t[head].s, f->t[i].s);
			if (np->actor >= 0 && dem >= 0 && other_demonym(c, np->actor, f, dem))
				np->actor = -1;
		}
		/* « l'élu écologiste » right after « Grégory Doucet a reçu … »: a
		 * definite role names the person of this or the previous sentence */
		if (np->actor < 0 && (hc & QW_ROLE) && (comp < 0 || f->t[comp].kind == QT_NUM))
			np->actor = resolve_back(c, f->t[i].s, QG_PERSON, 1);   /* also « le maraîcher de 47 ans » */
		if (np->actor < 0 && (hc & QW_ROLE) && comp < 0 && ndet == 1 && head == i + 1 && k == head + 1 &&
		    f->t[head].mention < 0 && !plural_det(c, &f->t[i]) &&
		    !lex_has(lang_lex(c->l, "quote_demonstratives"), c->t + f->t[i].s, f->t[i].e - f->t[i].s))
			np->actor = bare_role_back(c, f, i, head);
		/* « l'élue d'opposition », « ce père de trois enfants »: a complement
		 * with no determiner only qualifies the role, and a demonstrative
		 * points back, so the phrase is the person just spoken of (« le
		 * maire de Lyon » may be someone new) */
		if (np->actor < 0 && (hc & QW_ROLE) && ndet == 1 &&
		    (lex_has(lang_lex(c->l, "quote_demonstratives"), c->t + f->t[i].s, f->t[i].e - f->t[i].s) ||
		     (!plural_det(c, &f->t[i]) && comp >= 0 && qt_word(f, comp) && f->t[comp].mention < 0 &&
		      !f->t[comp].cap && !qt_has(f, comp, QW_DET))))
			np->actor = resolve_back(c, f->t[i].s, QG_PERSON, 1);
		/* « le nuciculteur de 58 ans »: a noun of no class with an age is
		 * one person too */
		if (np->actor < 0 && !hc && comp >= 0 && f->t[comp].kind == QT_NUM && ndet == 1 && head == i + 1 &&
		    !f->t[head].cap && f->t[head].mention < 0 && !plural_det(c, &f->t[i]))
			np->actor = resolve_back(c, f->t[i].s, QG_PERSON, 1);
		/* "said the Spaniard", « sourit la Canadienne »: one person named
		 * by a nationality is the person of this or the previous sentence */
		if (np->actor < 0 && comp < 0 && head == k - 1 && ndet == 1 && demonym_noun(c, f, i, head))
			np->actor = resolve_back(c, f->t[i].s, QG_PERSON, 1);
		/* « Le Lotois de 31 ans, qui … », « la Canadienne » further on: a
		 * person described by origin, and age, is the person last spoken of */
		if (np->actor < 0 && ndet == 1 && head == i + 1 && qt_has(f, i, QW_DEF) && !plural_det(c, &f->t[i]) &&
		    f->t[head].mention < 0 && f->t[head].cap &&
		    ((comp == head + 2 && f->t[comp].kind == QT_NUM) || (comp < 0 && head == k - 1 && demonym_noun(c, f, i, head))))
			np->actor = bare_role_back(c, f, i, head);
		/* "The company said", « la société a indiqué »: the organisation
		 * just spoken of (not "the environment ministry", a new one) */
		if (np->actor < 0 && (hc & QW_INST) && comp < 0 && ndet == 1 && head == i + 1 && k == head + 1)
			np->actor = org_speaker(c, f->t[i].s);
		/* « l'établissement public annonce »: an adjective may describe the
		 * organisation that has been speaking in this paragraph (« l'organisation
		 * islamique » after another body spoke may be a third one) */
		if (np->actor < 0 && (hc & QW_INST) && comp < 0 && ndet == 1 && head == i + 1 && k == head + 2 &&
		    plain_adjective(c, f, head + 1))
			np->actor = speaking_org(c, f->t[i].s, 0);
		np->named = np->actor >= 0;
	}
	return true;
}

/* Is unit j a lower-case word of no class after a noun, an adjective that
 * only describes it (« l'établissement public »), not a nationality
 * (« la société chinoise » may be another company)? */
static bool plain_adjective(struct qctx *c, const struct qframe *f, int j)
{
	return qt_word(f, j) && f->t[j].mention < 0 && !f->t[j].cap && !f->t[j].cls && !demonym_word(c, f, j);
}

/* A mention unit that goes on past its mention with 's ("Hebden's"). */
static bool possessive(const struct qctx *c, const struct qtok *u)
{
	const struct ann *m = annots_get(c->an, u->mention);
	if (!m || m->end >= u->e)
		return false;
	const char *t = c->t;
	size_t n = u->e - m->end;
	return (n == 2 && t[m->end] == '\'' && t[m->end + 1] == 's') ||
	       (n == 4 && memcmp(t + m->end, "\xe2\x80\x99s", 4) == 0);
}

/* Does the mention unit t open with its actor's role ("Chief Ana Ruiz")? */
static bool opens_with_role(const struct qctx *c, const struct qtok *t)
{
	const struct actor *a = annots_actor(c->an, t->actor);
	if (!a || !a->role || !*a->role)
		return false;
	size_t n = strlen(a->role);
	return t->e - t->s > n + 1 && memcmp(c->t + t->s, a->role, n) == 0 && c->t[t->s + n] == ' ';
}

/* After an organisation's mention: the unit of a person's mention that a
 * title leads to ("Cal Fire Battalion Chief Ana Ruiz", "Environment
 * Agency area manager Rachel Dunmore"), or -1.  The title is a few words
 * of no function class, and the word just before the name is a capitalised
 * word, a role noun or a role mention of the same person. */
static int title_then_person(const struct qctx *c, const struct qframe *f, int i, int lim, int org)
{
	for (int k = i; k < lim && k < i + 4; k++) {
		if (!qt_word(f, k))
			return -1;
		const struct qtok *t = &f->t[k];
		if (t->mention >= 0) {
			if (t->actor == org || !is_person(c, t->actor))
				return -1;
			if (is_person(c, org))
				/* two persons side by side: only when the second opens
				 * with its title ("Battalion Chief Ana Ruiz"), the first
				 * being an organisation taken for a name */
				return k == i && opens_with_role(c, t) ? k : -1;
			if (k == i)
				return k;
			/* "area manager Rachel Dunmore": the role is a mention of hers */
			int p = k;
			if (qt_word(f, k + 1) && k + 1 < lim && f->t[k + 1].mention >= 0 && f->t[k + 1].actor == t->actor)
				p = k + 1;
			const struct qtok *b = &f->t[k - 1];
			if (p > k || (b->mention < 0 && (b->cap || (b->cls & QW_ROLE))))
				return p;
			return -1;
		}
		if (t->cls & (NOT_NAME & ~(QW_NOUN | QW_TITLE)))
			return -1;
	}
	return -1;
}

/* « la société danoise Acme Lines » read as one mention of another actor
 * (linked by proximity to the ship or plant named before it): the
 * organisation whose exact name ends the phrase, after a determiner and
 * common words (not after « de », "of": « la filiale de Acme » is not
 * Acme).  -1 if none. */
static int org_name_ending(struct qctx *c, const struct qtok *u)
{
	const char *t = c->t;
	if (is_person(c, u->actor))
		return -1;        /* « le président de la Ligue X »: the person */
	size_t fw = u->s;
	while (fw < u->e && t[fw] != ' ')
		fw++;
	if (fw >= u->e || !(qword_get(c, u->s, fw - u->s) & QW_DET))
		return -1;
	for (size_t p = fw + 1; p < u->e; p++) {
		if (t[p - 1] != ' ' || t[p] == ' ')
			continue;
		UChar32 cp;
		int32_t q = 0, n = (int32_t)(u->e - p > 8 ? 8 : u->e - p);
		U8_NEXT(t + p, q, n, cp);
		if (!(u_isupper(cp) || u_istitle(cp)))
			continue;
		for (size_t w = u->s, we; w < p; w = we + 1) {
			we = w;
			while (we < p && t[we] != ' ')
				we++;
			if (we > w && (qword_get(c, w, we - w) & (QW_PREP | QW_PREPC)))
				return -1;
		}
		char *text = xstrndup(t + p, u->e - p);
		index_actors(c);
		int id = qindex_get(c, &c->names, text, name_key);
		free(text);
		const struct actor *a = id >= 0 && id != u->actor ? annots_actor(c->an, id) : NULL;
		return a && a->type == ACTOR_ORG && !(a->flags & ACTOR_DELETED) ? id : -1;
	}
	return -1;
}

bool qnp_forward(struct qctx *c, const struct qframe *f, int i, int lim, struct qnp *np)
{
	if (i < 0 || i >= lim || (size_t)i >= f->n)
		return false;
	const struct qtok *u = &f->t[i];
	if (u->kind == QT_WORD && u->mention >= 0) {
		if (possessive(c, u) && i + 1 < lim && qt_word(f, i + 1)) {
			/* "Hebden's deputy, Sarah Quayle": the possessor only
			 * determines the noun phrase that follows it */
			struct qnp x;
			if (qnp_forward(c, f, i + 1, lim, &x) && !x.pronoun) {
				*np = x;
				np->a = i;
				/* "Acme's spokesman", "Mayor Ann Lee's office" (a person's
				 * office, campaign, team): a voice for the possessor */
				if (x.actor < 0 && x.b == i + 2 &&
				    (qt_has(f, i + 1, QW_PROXY) || (qt_has(f, i + 1, QW_GROUP) && is_person(c, u->actor) &&
				                                     c->t[f->t[i + 1].e - 1] != 's'))) {
					np->actor = u->actor;
					np->named = true;
				}
				return true;
			}
		}
		*np = (struct qnp){.a = i, .b = i + 1, .actor = u->actor, .named = true};
		{
			int o = org_name_ending(c, u);
			if (o >= 0) {
				np->actor = o;
				return true;
			}
		}
		/* "the company" said: the organisation that has been speaking,
		 * rather than the one the mention was linked to by proximity
		 * ("… to Parcelink, the company's processor") */
		{
			const struct actor *ua = annots_actor(c->an, u->actor);
			if (ua && ua->type == ACTOR_ORG && bare_institution(c, u) && !names_itself(c, u)) {
				int sp = speaking_org(c, u->s, 1);
				/* « transmise à l'AFP, l'entreprise assure »: a news
				 * medium is whom the words went to, not the company */
				if (sp < 0 && qspk_medium(c, u->actor))
					sp = recent_org(c, u->s);
				if (sp >= 0)
					np->actor = sp;
			}
		}
		/* « l'ancienne sénatrice Odile Marchand », "party leader Ann Moss":
		 * a role mention and the name, both of the same actor */
		while (np->b < lim && np->b < i + 3 && qt_word(f, np->b) && f->t[np->b].mention >= 0 &&
		       f->t[np->b].actor == u->actor && adjacent_or_space(c, f, np->b - 1, np->b))
			np->b++;
		if (np->b > i + 1)
			return true;
		/* « Mme de Villaret », « M. Dupont » read as two mentions */
		int k = i + 1;
		while (k < lim && k < i + 3 && ((f->t[k].kind == QT_PUNCT && f->t[k].punct == '.') || qt_has(f, k, QW_PARTICLE)))
			k++;
		bool dot = qt_punct(f, i + 1, '.');   /* "Assistant U.S. Attorney Rebecca Lindqvist" */
		if (k > i + 1 && k < lim && qt_word(f, k) && f->t[k].mention >= 0 && f->t[k].actor != u->actor &&
		    is_person(c, f->t[k].actor) && (dot || !is_person(c, u->actor))) {
			np->actor = f->t[k].actor;
			np->b = k + 1;
			return true;
		}
		/* a role mention then the person's name: « le président russe
		 * Vladimir Poutine »; an organisation, a title, then the person:
		 * "Environment Agency area manager Rachel Dunmore" */
		{
			int p = title_then_person(c, f, i + 1, lim, u->actor);
			if (p >= 0) {
				np->actor = f->t[p].actor;
				np->b = p + 1;
			}
		}
		return true;
	}
	if (u->kind == QT_WORD && (u->cls & QW_PRON)) {
		enum qgender g = (enum qgender)u->gender;
		*np = (struct qnp){.a = i, .b = i + 1, .actor = -1, .pronoun = true, .gender = g};
		if (g != QG_X)
			np->actor = qspk_pronoun(c, u->s, g);
		np->named = np->actor >= 0;
		return true;
	}
	if (cap_word(f, i) && !(i + 1 < lim && qt_word(f, i + 1) && f->t[i + 1].mention < 0 && !f->t[i + 1].cap &&
	                        (f->t[i + 1].cls & QW_NOUN))) {
		int e = name_run(f, i, lim);
		/* titles before a known name: "Councilwoman Rosa Diaz", « M. Ould
		 * Cheikh », "Assistant U.S. Attorney Rebecca Lindqvist" */
		int k = e;
		for (int steps = 0; steps < 4 && k < lim; steps++) {
			if (f->t[k].kind == QT_PUNCT && f->t[k].punct == '.')
				k++;
			else if (qt_word(f, k) && f->t[k].mention < 0 && f->t[k].cap && (cap_word(f, k) || (f->t[k].cls & QW_NOUN)))
				k++;
			else
				break;
		}
		if (k < lim && qt_word(f, k) && f->t[k].mention >= 0 && is_person(c, f->t[k].actor)) {
			*np = (struct qnp){.a = i, .b = k + 1, .actor = f->t[k].actor, .named = true};
			return true;
		}
		*np = (struct qnp){.a = i, .b = e, .actor = -1};
		np->actor = name_actor(c, f->t[i].s, f->t[e - 1].e);
		np->named = np->actor >= 0;
		np->name = !np->named;
		return true;
	}
	if ((u->kind == QT_WORD && (u->cls & (QW_DET | QW_NOUN)) && !(u->cls & (QW_VERB | QW_PREP))) ||
	    u->kind == QT_NUM || cap_word(f, i))
		return desc_np(c, f, i, lim, np);   /* « Local officials » */
	return false;
}

bool qnp_backward(struct qctx *c, const struct qframe *f, int j, int lo, struct qnp *np)
{
	if (j < lo || j < 0 || (size_t)j >= f->n)
		return false;
	const struct qtok *u = &f->t[j];
	if (u->kind == QT_WORD && u->mention >= 0) {
		int a = j;
		if (a - 1 >= lo && qt_has(f, a - 1, QW_DET) && !qt_has(f, a - 1, QW_PREPC))
			a--;
		if (a - 2 >= lo && qt_has(f, a - 1, QW_PREPC) && qt_has(f, a - 2, QW_NOUN)) {
			/* a complement: « la porte-parole de la fédération », « le successeur de X » */
			struct qnp outer;
			if (qnp_backward(c, f, a - 2, lo, &outer) && !outer.pronoun && outer.b == a - 1) {
				struct qnp full;
				if (desc_np(c, f, outer.a, j + 1, &full) && full.b == j + 1) {
					*np = full;
					return true;
				}
			}
		}
		return qnp_forward(c, f, a, j + 1, np) && np->b == j + 1 ? true : qnp_forward(c, f, j, j + 1, np);
	}
	if (u->kind == QT_WORD && (u->cls & QW_PRON))
		return qnp_forward(c, f, j, j + 1, np);
	if (cap_word(f, j)) {
		int a = j;
		while (a - 1 >= lo && a > j - 8 && (cap_word(f, a - 1) ||
		                       (a - 2 >= lo && cap_word(f, a - 2) &&
		                        ((f->t[a - 1].kind == QT_PUNCT && (f->t[a - 1].punct == '-' || f->t[a - 1].punct == '.')) ||
		                         qt_has(f, a - 1, QW_PARTICLE)))))
			a -= cap_word(f, a - 1) ? 1 : 2;
		if (a - 1 >= lo && qt_has(f, a - 1, QW_DET))
			return desc_np(c, f, a - 1, j + 1, np) && np->b == j + 1;
		if (name_run(f, a, j + 1) != j + 1)
			return false;
		return qnp_forward(c, f, a, j + 1, np);
	}
	/* a description: back to its determiner, over the complements of a
	 * speaker noun (« la porte-parole de la fédération ») */
	int k = j, start = -1, count = 0;
	while (k >= lo && count < 12) {
		const struct qtok *t = &f->t[k];
		if (t->kind == QT_NUM) {
			k--;
			count++;
			continue;
		}
		if (!qt_word(f, k))
			break;
		if (t->mention >= 0) {
			k--;
			count++;
			continue;
		}
		if (t->cls & QW_PREPC) {
			if (k - 1 >= lo && qt_word(f, k - 1) && (f->t[k - 1].mention >= 0 || (f->t[k - 1].cls & QW_NOUN))) {
				k--;
				count++;
				continue;
			}
			break;
		}
		if (t->cls & QW_DET) {
			if (k - 2 >= lo && qt_has(f, k - 1, QW_PREPC) && qt_word(f, k - 2) &&
			    (f->t[k - 2].mention >= 0 || (f->t[k - 2].cls & QW_NOUN))) {
				k -= 2;
				count += 2;
				continue;
			}
			start = k;
			break;
		}
		if (stops_np(f, k))
			break;
		k--;
		count++;
	}
	if (start < 0)
		start = k + 1;
	if (start > j)
		return false;
	/* skip a leading complement marker left over */
	while (start <= j && qt_has(f, start, QW_PREPC))
		start++;
	if (start > j)
		return false;
	if (!(qt_has(f, start, QW_DET | QW_NOUN) || f->t[start].kind == QT_NUM))
		return false;
	return desc_np(c, f, start, j + 1, np) && np->b == j + 1;
}

/* ---- pronouns ---------------------------------------------------------- */

static bool after_prep_cls(struct qctx *c, size_t pos, uint32_t prep);

/* Is the word before byte pos a preposition (or a determiner after one)? */
static bool after_prep(struct qctx *c, size_t pos)
{
	return after_prep_cls(c, pos, QW_PREP | QW_PREPC);
}

/* The same, complements (« de », "of") aside. */
static bool after_prep_only(struct qctx *c, size_t pos)
{
	return after_prep_cls(c, pos, QW_PREP);
}

static bool after_prep_cls(struct qctx *c, size_t pos, uint32_t prep)
{
	const char *t = c->t;
	size_t e = pos;
	for (int round = 0; round < 2; round++) {
		while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
			e--;
		size_t b = e;
		if (b > 0 && t[b - 1] == '\'')
			b--;
		else if (b >= 3 && (unsigned char)t[b - 3] == 0xE2 && (unsigned char)t[b - 2] == 0x80 &&
		         (unsigned char)t[b - 1] == 0x99)
			b -= 3;
		while (b > 0) {
			size_t p = utf8_prev(t, b), q = p;
			int32_t cp = utf8_next(t, c->len, &q);
			if (!u_isalpha(cp))
				break;
			b = p;
		}
		if (b == e)
			return false;
		uint32_t cls = qword_get(c, b, e - b);
		if (cls & prep)
			return true;
		if (!(cls & QW_DET))
			return false;
		e = b;
	}
	return false;
}

/* Can a pronoun of gender g refer to the actor?  *penalty > 0 when only as
 * an institution (« elle » for « Bruxelles »). */
static bool compatible(const struct qctx *c, int actor, enum qgender g, double *penalty)
{
	const struct actor *a = annots_actor(c->an, actor);
	*penalty = 0;
	if (!a || (a->flags & ACTOR_DELETED))
		return false;
	bool institution = (a->type == ACTOR_ORG || (a->type == ACTOR_PLACE && (a->flags & ACTOR_CAN_SPEAK))) &&
	                   !(a->flags & ACTOR_GROUP);
	if ((g == QG_M || g == QG_F) && institution && c->inst[g]) {
		*penalty = 1.0;
		return true;
	}
	switch (g) {
	case QG_M:
		return a->type == ACTOR_PERSON && !(a->flags & (ACTOR_GROUP | ACTOR_FEMALE));
	case QG_F:
		return a->type == ACTOR_PERSON && !(a->flags & (ACTOR_GROUP | ACTOR_MALE));
	case QG_PERSON:
		return a->type == ACTOR_PERSON && !(a->flags & ACTOR_GROUP);
	case QG_MP: case QG_FP: case QG_P:
		return (a->flags & ACTOR_GROUP) || a->type == ACTOR_ORG ||
		       (a->type == ACTOR_PLACE && (a->flags & ACTOR_CAN_SPEAK));
	default:
		return false;
	}
}

/* Does ICU sentence j start inside a quotation (« … heures. On ne part
 * pas … »: one sentence of the article's)? */
static bool sent_in_quote(const struct qctx *c, size_t j)
{
	size_t at = doc_sent(c->d, j).start;
	size_t lo = 0, hi = c->nm;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->m[mid].os < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (long q = (long)lo - 1, steps = 0; q >= 0 && steps < 8; q--, steps++)
		if (c->m[q].os < at && at < c->m[q].ie && c->m[q].parent < 0)
			return true;
	return false;
}

/* Sentences from sentence a to b (a <= b), those that start inside a
 * quotation merged with the one before. */
static size_t sent_dist(const struct qctx *c, size_t a, size_t b)
{
	if (b - a > 8)
		return b - a;
	size_t d = 0;
	for (size_t j = a + 1; j <= b; j++)
		d += !sent_in_quote(c, j);
	return d;
}

int qspk_pronoun(struct qctx *c, size_t pos, enum qgender g)
{
	return resolve_back(c, pos, g, (size_t)-1);
}

/* Is mention k, not after a preposition, the first mention of its sentence
 * (outside quotations) of a person a pronoun of gender g may refer to? */
static bool first_person_of_sent(const struct qctx *c, long k, enum qgender g)
{
	const struct qment *m = &c->ment[k];
	if (!is_person(c, m->actor))
		return false;
	for (long j = k - 1; j >= 0 && k - j <= 16; j--) {
		const struct qment *o = &c->ment[j];
		if (o->sent != m->sent)
			break;
		double pen;
		if (!o->inq && o->actor != m->actor && compatible(c, o->actor, g, &pen) && pen == 0)
			return false;
	}
	return true;
}

/* The most recent compatible actor before pos, no more than max_sents
 * sentences back: subjects and the last speaker first. */
static int resolve_back(struct qctx *c, size_t pos, enum qgender g, size_t max_sents)
{
	if (g == QG_NONE || g == QG_X)
		return -1;
	size_t para = doc_para_at(c->d, pos), sent = doc_sent_at(c->d, pos);
	int last = c->nhist ? c->hist[c->nhist - 1].actor : -1;
	size_t lastpara = c->nhist ? c->hist[c->nhist - 1].para : 0;
	int best = -1;
	double bests = -1e9;
	int seen = 0;
	for (long k = mention_before(c, pos); k >= 0 && seen < 80; k--) {
		const struct qment *m = &c->ment[k];
		if (m->inq || m->e > pos)
			continue;
		size_t mp = m->para;
		if (mp + 3 < para)
			break;
		seen++;
		double pen;
		if (!compatible(c, m->actor, g, &pen))
			continue;
		/* « Dans cette lettre, dont Le Parisien a eu copie, elle … »: a
		 * news medium is who reports, seldom what « elle » stands for */
		if (pen > 0 && qspk_medium(c, m->actor))
			pen += 1.0;
		size_t ms = m->sent;
		if (max_sents != (size_t)-1 && sent >= ms && sent - ms > max_sents && sent_dist(c, ms, sent) > max_sents)
			break;
		double s = -(double)(sent >= ms ? sent - ms : 0) - pen;
		bool prep = after_prep(c, m->s);
		if (pen > 0 && prep)
			continue;   /* an institution only as a subject: not « à Paris » */
		if (!prep)
			s += 0.5;
		/* « la Népalaise X a devancé sa dauphine, la Française Y. « … »,
		 * a-t-elle confié »: a pronoun goes to the first person of a
		 * sentence (its subject, most often) before one further on */
		if (max_sents == (size_t)-1 && !prep && pen == 0 && first_person_of_sent(c, k, g))
			s += 0.25;
		if (m->actor == last)
			s += lastpara == para ? 1.0 : lastpara + 1 == para ? 0.5 : 0.0;
		if (s > bests) {
			bests = s;
			best = m->actor;
		}
	}
	/* "A spokeswoman for Acme said … ¶ "…," she said": nobody she can be
	 * but the voice of the organisation that spoke last */
	if (best < 0 && (g == QG_M || g == QG_F) && max_sents == (size_t)-1 && c->nhist) {
		const struct qhist *h = &c->hist[c->nhist - 1];
		const struct actor *a = annots_actor(c->an, h->actor);
		if (h->pos < pos && h->para + 1 >= para && a && a->type == ACTOR_ORG && !(a->flags & ACTOR_DELETED))
			best = h->actor;
	}
	return best;
}

/* The organisation a bare spokesperson speaks for ("a spokesperson said",
 * « a indiqué la porte-parole »): the latest organisation mentioned outside
 * quotations in this sentence or the two before, not a news medium (who
 * is spoken to: "told Reuters"). */
/* Is t[s, e) one of the little words between a document noun and its
 * author (« de », « du », « l' », "of", "the", "by")? */
static bool author_link(const char *t, size_t s, size_t e)
{
	static const char *const w[] = {"de", "du", "des", "d'", "d\xe2\x80\x99", "la", "le", "l'", "l\xe2\x80\x99",
	                                "les", "of", "the", "by", "from"};
	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (strlen(w[i]) == e - s && strncasecmp(t + s, w[i], e - s) == 0)
			return true;
	return false;
}

/* The organisation an earlier mention names as the author of the document
 * noun t[hs, he): "Acme's report", "the Acme report", « le rapport de
 * l'Acme », "the report by Acme".  -1 if none. */
static int document_author(struct qctx *c, size_t hs, size_t he, size_t pos)
{
	const char *t = c->t;
	size_t n = he - hs;
	int seen = 0;
	for (long k = mention_before(c, pos); k >= 0 && seen < 200; k--, seen++) {
		const struct qment *m = &c->ment[k];
		const struct actor *a = annots_actor(c->an, m->actor);
		if (!a || a->type != ACTOR_ORG || qspk_medium(c, m->actor))
			continue;
		/* after: ['s | ’s] spaces noun */
		size_t p = m->e;
		if (p + 2 <= c->len && t[p] == '\'' && t[p + 1] == 's')
			p += 2;
		else if (p + 4 <= c->len && memcmp(t + p, "\xe2\x80\x99s", 4) == 0)
			p += 4;
		if (p < c->len && t[p] == ' ') {
			while (p < c->len && t[p] == ' ')
				p++;
			if (p + n <= c->len && strncasecmp(t + p, t + hs, n) == 0 &&
			    (p + n == c->len || !isalnum((unsigned char)t[p + n])))
				return m->actor;
		}
		/* before: noun (de|of|by|the|l'…)+ */
		size_t q = m->s;
		for (int links = 0; links < 3; links++) {
			size_t e = q;
			while (e > 0 && t[e - 1] == ' ')
				e--;
			size_t b = e;
			while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n')
				b--;
			if (b == e)
				break;
			if (e - b == n && strncasecmp(t + b, t + hs, n) == 0)
				return links > 0 ? m->actor : -1;
			/* « d'Acme », « l'Acme »: the elided word is glued to the name */
			size_t wb = b, we = e;
			if (we > q)
				we = q;
			if (!author_link(t, wb, we))
				break;
			q = b;
		}
	}
	return -1;
}

static int recent_org(struct qctx *c, size_t pos)
{
	return recent_org_in(c, pos, false);
}

/* recent_org, also over organisations named in a noun's complement
 * (« les urgences du centre hospitalier ») when `complement`. */
static int recent_org_in(struct qctx *c, size_t pos, bool complement)
{
	size_t sent = doc_sent_at(c->d, pos);
	int seen = 0, agent = -1;
	for (long k = mention_before(c, pos); k >= 0 && seen < 40; k--, seen++) {
		const struct qment *m = &c->ment[k];
		if (m->e > pos || m->inq)
			continue;
		if (m->sent + 2 < sent)
			break;
		const struct actor *a = annots_actor(c->an, m->actor);
		if (!a || a->type != ACTOR_ORG || (a->flags & ACTOR_DELETED) || !a->name || qspk_medium(c, m->actor))
			continue;
		if (complement ? after_prep_only(c, m->s) : after_prep(c, m->s)) {
			/* a subject, not « to the Court »; but « racheté par X », "owned
			 * by X": the agent, when no subject is found */
			if (agent < 0 && after_prep_cls(c, m->s, QW_AGENT))
				agent = m->actor;
			continue;
		}
		return m->actor;
	}
	return agent;
}

void qspk_remember(struct qctx *c, size_t pos, int actor)
{
	if (actor < 0)
		return;
	c->hist = xgrow(c->hist, &c->caphist, c->nhist + 1, sizeof *c->hist);
	c->hist[c->nhist++] = (struct qhist){pos, doc_para_at(c->d, pos), actor};
}

/* ---- roles and appositions -------------------------------------------- */

/* Does folded text h hold folded word w as a whole word? */
static bool has_word(const char *h, const char *w, size_t wl)
{
	for (const char *p = h; (p = strstr(p, w)) != NULL; p++) {
		size_t at = (size_t)(p - h);
		bool lb = at == 0 || h[at - 1] == ' ' || h[at - 1] == '\'' || h[at - 1] == '-';
		/* strstr() found w here: h[at + wl] is inside h or its end */
		bool rb = !h[at + wl] || h[at + wl] == ' ' || h[at + wl] == ',' || h[at + wl] == '-';
		if (lb && rb)
			return true;
	}
	return false;
}

static uint32_t alias_hash(const void *ctx, size_t i)
{
	return ((const struct qctx *)ctx)->alias[i].hash;
}

static uint32_t syn_hash(const void *ctx, size_t i)
{
	return ((const struct qctx *)ctx)->syn[i].hash;
}

/* The alias of folded head w (a C string), or -1. */
static long find_alias(const struct qctx *c, const char *w, uint32_t h)
{
	for (size_t j = hindex_start(&c->aliasix, h), i; (i = hindex_next(&c->aliasix, &j)) != HINDEX_NONE;)
		if (c->alias[i].hash == h && strcmp(c->alias[i].head, w) == 0)
			return (long)i;
	return -1;
}

/* Fold s[0..n) as lang_fold does, into buf (cap bytes) when it fits and
 * no ICU round trip is needed, else into a malloc'd string (*heap). */
static char *fold_into(const char *s, size_t n, char *buf, size_t cap, char **heap)
{
	*heap = NULL;
	size_t l = qfold_simple(s, n, buf, cap - 1);
	if (l != (size_t)-1) {
		buf[l] = 0;
		return buf;
	}
	return *heap = lang_fold(s, n, NULL);
}

void qspk_alias(struct qctx *c, const char *s, size_t n, int actor)
{
	if (actor < 0 || !n)
		return;
	size_t fl;
	char *h = lang_fold(s, n, &fl);
	uint32_t hh = hash_fnv(h, strlen(h));
	long i = find_alias(c, h, hh);
	if (i >= 0) {
		c->alias[i].actor = actor;
		free(h);
		return;
	}
	c->alias = xgrow(c->alias, &c->capalias, c->nalias + 1, sizeof *c->alias);
	c->alias[c->nalias++] = (struct qalias){h, hh, actor};
	hindex_add(&c->aliasix, hh, c->nalias - 1, c->nalias, alias_hash, c);
}

/* Actor id's role and name, folded once ("" when none). */
static void folded_actor(struct qctx *c, int id, const char **role, const char **name)
{
	if ((size_t)id >= c->nfold) {
		size_t n = annots_nactors(c->an) + 16;
		c->froles = xrealloc(c->froles, n * sizeof *c->froles);
		c->fnames = xrealloc(c->fnames, n * sizeof *c->fnames);
		memset(c->froles + c->nfold, 0, (n - c->nfold) * sizeof *c->froles);
		memset(c->fnames + c->nfold, 0, (n - c->nfold) * sizeof *c->fnames);
		c->nfold = n;
	}
	if (!c->fnames[id]) {
		const struct actor *a = annots_actor(c->an, id);
		c->froles[id] = a && a->role ? lang_fold(a->role, strlen(a->role), NULL) : xstrdup("");
		c->fnames[id] = a && a->name ? lang_fold(a->name, strlen(a->name), NULL) : xstrdup("");
	}
	*role = c->froles[id];
	*name = c->fnames[id];
}


/* Does actor id's role (or name) hold one of the folded words or phrases
 * w[0..nw)? */
struct role_words {
	const char *const *w;
	size_t nw;
	size_t wl[32];
};

static bool role_holds(struct qctx *c, int id, const void *ctx)
{
	const struct role_words *rw = ctx;
	const struct actor *a = annots_actor(c->an, id);
	if (!a || (a->flags & ACTOR_DELETED))
		return false;
	const char *role, *name;
	folded_actor(c, id, &role, &name);
	for (size_t i = 0; i < rw->nw; i++)
		if (has_word(role, rw->w[i], rw->wl[i]) || has_word(name, rw->w[i], rw->wl[i]))
			return true;
	return false;
}

/* Does actor id's name end with the folded word in ctx? */
static bool last_word_is(struct qctx *c, int id, const void *ctx)
{
	const char *w = ctx;
	return same_last_word(c, id, w, strlen(w));
}

/* Is actor id an organisation whose name holds the folded word in ctx? */
static bool org_name_holds(struct qctx *c, int id, const void *ctx)
{
	const struct actor *a = annots_actor(c->an, id);
	if (!a || a->type != ACTOR_ORG || (a->flags & ACTOR_DELETED))
		return false;
	const char *role, *name;
	folded_actor(c, id, &role, &name);
	return has_word(name, ctx, strlen(ctx));
}

/* The most recently mentioned organisation whose name holds the word at
 * [s, e) ("a council spokeswoman" → Westmoor Borough Council), or -1. */
static int org_named_with(struct qctx *c, size_t s, size_t e, size_t pos)
{
	if (e - s < 3)
		return -1;
	char buf[128], *heap;
	const char *w = fold_into(c->t + s, e - s, buf, sizeof buf, &heap);
	int id = latest_actor(c, pos, role_memo(c, w, RM_ORG), org_name_holds, w);
	free(heap);
	return id;
}

/* The latest mention in [lo, kb] (scanning back) whose actor passes
 * match(), or -1. */
static long latest_match(struct qctx *c, long kb, long lo, bool (*match)(struct qctx *, int, const void *),
                         const void *ctx)
{
	seen_reset(c);
	for (long k = kb; k >= lo; k--) {
		int id = c->ment[k].actor;
		if (seen_before(c, id))
			continue;   /* an actor mentioned again needs no second look */
		if (match(c, id, ctx))
			return k;
	}
	return -1;
}

static uint32_t rmemo_hash(const void *ctx, size_t i)
{
	return ((const struct qctx *)ctx)->rmemo[i].hash;
}

/* The memo of latest_actor answers for folded word w (kind: RM_ROLE, its
 * synonyms RM_SYN, a last name RM_LAST), made when first asked. */
static struct qrmemo *role_memo(struct qctx *c, const char *w, uint8_t syn)
{
	uint32_t h = hash_fnv(w, strlen(w)) ^ (uint32_t)syn;
	for (size_t j = hindex_start(&c->rmemoix, h), i; (i = hindex_next(&c->rmemoix, &j)) != HINDEX_NONE;)
		if (c->rmemo[i].hash == h && c->rmemo[i].syn == syn && strcmp(c->rmemo[i].w, w) == 0)
			return &c->rmemo[i];
	c->rmemo = xgrow(c->rmemo, &c->caprmemo, c->nrmemo + 1, sizeof *c->rmemo);
	c->rmemo[c->nrmemo++] = (struct qrmemo){xstrdup(w), h, syn, false, 0, -1, -1, -1};
	hindex_add(&c->rmemoix, h, c->nrmemo - 1, c->nrmemo, rmemo_hash, c);
	return &c->rmemo[c->nrmemo - 1];
}

/* The most recently mentioned actor (among the last ROLE_LOOK mentions
 * before pos) that passes match(), or -1.  Which actors match never
 * changes, so the answer of the previous question of memo m stands for the
 * mentions it looked at: only the mentions since then are read. */
static int latest_actor(struct qctx *c, size_t pos, struct qrmemo *m, bool (*match)(struct qctx *, int, const void *),
                        const void *ctx)
{
	long kb = mention_before(c, pos);
	long lo = kb - (ROLE_LOOK - 1) > 0 ? kb - (ROLE_LOOK - 1) : 0;
	long ka;
	/* still the same mentions up to m->kb: none inserted at or before it */
	bool same = m->set && kb >= m->kb && c->nins - m->gen <= 64;
	for (size_t j = m->gen; same && j < c->nins; j++)
		same = (long)c->ins[j] > m->kb;
	if (same) {
		ka = latest_match(c, kb, m->kb + 1 > lo ? m->kb + 1 : lo, match, ctx);
		if (ka < 0 && m->ka >= lo)
			ka = m->ka;
	} else {
		ka = latest_match(c, kb, lo, match, ctx);
	}
	m->set = true;
	m->gen = c->nins;
	m->kb = kb;
	m->ka = ka;
	m->actor = ka >= 0 ? c->ment[ka].actor : -1;
	return m->actor;
}

/* The most recently mentioned actor whose role (or name) holds one of the
 * folded words or phrases w[0..nw) (at most 32); memo m. */
static int role_match(struct qctx *c, const char *const *w, size_t nw, size_t pos, struct qrmemo *m)
{
	struct role_words rw = {w, nw, {0}};
	for (size_t i = 0; i < nw; i++)
		rw.wl[i] = strlen(w[i]);
	return latest_actor(c, pos, m, role_holds, &rw);
}

int qspk_role(struct qctx *c, const char *word, size_t n, size_t pos)
{
	if (n < 3)
		return -1;
	char buf[128], *heap;
	const char *w = fold_into(word, n, buf, sizeof buf, &heap);
	uint32_t h = hash_fnv(w, strlen(w));
	int found = -1;
	long ai = find_alias(c, w, h);
	if (ai >= 0)
		found = c->alias[ai].actor;
	const char *one[1] = {w};
	if (found < 0)
		found = role_match(c, one, 1, pos, role_memo(c, w, RM_ROLE));
	/* « le magistrat » → « procureur de la République » (any of them: the
	 * first 32 in the lexicon's order) */
	if (found < 0) {
		size_t idx[32];
		size_t ns = 0, more = 0;
		for (size_t j = hindex_start(&c->synix, h), i; (i = hindex_next(&c->synix, &j)) != HINDEX_NONE;) {
			if (c->syn[i].hash != h || strcmp(c->syn[i].generic, w) != 0)
				continue;
			if (ns < ARRAY_LEN(idx))
				idx[ns++] = i;
			else
				more++;
		}
		if (more) {            /* rare: keep the first 32 as a scan would */
			ns = 0;
			for (size_t i = 0; i < c->nsyn && ns < ARRAY_LEN(idx); i++)
				if (strcmp(c->syn[i].generic, w) == 0)
					idx[ns++] = i;
		}
		const char *spec[32];
		for (size_t k = 0; k < ns; k++)
			spec[k] = c->syn[idx[k]].specific;
		if (ns)
			found = role_match(c, spec, ns, pos, role_memo(c, w, RM_SYN));
	}
	free(heap);
	return found;
}

void qspk_init(struct qctx *c)
{
	static const struct {
		const char *name;
		enum qgender g;
	} genders[] = {{"m", QG_M}, {"f", QG_F}, {"mp", QG_MP}, {"fp", QG_FP}, {"p", QG_P}};
	const lexicon *ig = lang_lex(c->l, "quote_institution_genders");
	for (size_t i = 0; i < ARRAY_LEN(genders); i++)
		c->inst[genders[i].g] = lex_has(ig, genders[i].name, strlen(genders[i].name));
	/* generic: "specific, specific, …" */
	const lexicon *x = lang_lex(c->l, "quote_role_synonyms");
	for (size_t i = 0; i < lex_size(x); i++) {
		const char *v = NULL;
		const char *text = lex_entry(x, i, &v);
		if (!text || !v)
			continue;
		for (const char *p = v; *p;) {
			while (*p == ' ' || *p == ',')
				p++;
			size_t n = strcspn(p, ",");
			while (n && p[n - 1] == ' ')
				n--;
			if (n) {
				c->syn = xgrow(c->syn, &c->capsyn, c->nsyn + 1, sizeof *c->syn);
				c->syn[c->nsyn].generic = lang_fold(text, strlen(text), NULL);
				c->syn[c->nsyn].specific = lang_fold(p, n, NULL);
				c->syn[c->nsyn].hash = hash_fnv(c->syn[c->nsyn].generic, strlen(c->syn[c->nsyn].generic));
				c->nsyn++;
				hindex_add(&c->synix, c->syn[c->nsyn - 1].hash, c->nsyn - 1, c->nsyn, syn_hash, c);
			}
			p += n;
			while (*p && *p != ',')
				p++;
		}
	}
}

void qspk_free(struct qctx *c)
{
	for (size_t i = 0; i < c->nfold; i++) {
		free(c->froles[i]);
		free(c->fnames[i]);
	}
	free(c->froles);
	free(c->fnames);
	free(c->rseen);
	c->rseen = NULL;
	for (size_t i = 0; i < c->nrmemo; i++)
		free(c->rmemo[i].w);
	free(c->rmemo);
	hindex_free(&c->rmemoix);
	c->rmemo = NULL;
	c->nrmemo = c->caprmemo = 0;
	free(c->ins);
	c->ins = NULL;
	c->nins = c->capins = 0;
	qindex_free(&c->names);
	qindex_free(&c->lasts);
	c->nindexed = 0;
	c->nrseen = 0;
	c->froles = c->fnames = NULL;
	c->nfold = 0;
	for (size_t i = 0; i < c->nsyn; i++) {
		free(c->syn[i].generic);
		free(c->syn[i].specific);
	}
	free(c->syn);
	hindex_free(&c->synix);
	c->syn = NULL;
	c->nsyn = 0;
	for (size_t i = 0; i < c->nlastw; i++)
		free(c->lastw[i]);
	free(c->lastw);
	c->lastw = NULL;
	c->nlastw = 0;
	for (size_t i = 0; i < c->nalias; i++)
		free(c->alias[i].head);
	free(c->alias);
	hindex_free(&c->aliasix);
	free(c->hist);
	c->alias = NULL;
	c->hist = NULL;
	c->nalias = c->nhist = 0;
}
