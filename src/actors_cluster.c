/* actors_cluster.c — forms, actors, aliases and types.
 *
 * Occurrences with the same folding key are one form; forms become actors,
 * longest first, each shorter form joining the actor it is an alias of:
 * the surname (or the last words) of a person, the first name of exactly
 * one person, the leading words of an organisation, the acronym of an
 * organisation's initials, or a spelling variant (small edit distance on
 * the folding key).  A form that fits several actors (« Le Pen » with two
 * Le Pens) is resolved per occurrence, to the actor mentioned nearest
 * before it.  Types are decided by votes gathered over every occurrence.
 * Forms and actors are found through hash tables keyed by the folding key,
 * so the work is linear in the number of occurrences, apart from the
 * variant search, which compares keys of the same first letter only.
 */
#include <stdlib.h>
#include <string.h>

#include "actors_fold.h"
#include "actors_model.h"
#include "util.h"

/* A string -> int list multimap (open addressing, keys owned elsewhere). */
struct kmap {
	struct kent {
		const char *k;
		size_t n;
		uint32_t h;
		int *v;
		size_t nv, capv;
	} *e;
	size_t ne, cap;
	struct hindex ix;
};

static uint32_t km_hash(const void *ctx, size_t i)
{
	return ((const struct kmap *)ctx)->e[i].h;
}

static struct kent *km_get(struct kmap *m, const char *k, size_t n, bool create)
{
	uint32_t h = hash_fnv(k, n);
	for (size_t j = hindex_start(&m->ix, h), i; (i = hindex_next(&m->ix, &j)) != HINDEX_NONE;) {
		struct kent *e = &m->e[i];
		if (e->h == h && e->n == n && memcmp(e->k, k, n) == 0)
			return e;
	}
	if (!create)
		return NULL;
	m->e = xgrow(m->e, &m->cap, m->ne + 1, sizeof *m->e);
	struct kent *e = &m->e[m->ne++];
	memset(e, 0, sizeof *e);
	e->k = xstrndup(k, n);
	e->n = n;
	e->h = h;
	hindex_add(&m->ix, h, m->ne - 1, m->ne, km_hash, m);
	return &m->e[m->ne - 1];
}

static void km_add(struct kmap *m, const char *k, size_t n, int v)
{
	struct kent *e = km_get(m, k, n, true);
	for (size_t i = 0; i < e->nv; i++)
		if (e->v[i] == v)
			return;
	e->v = xgrow(e->v, &e->capv, e->nv + 1, sizeof *e->v);
	e->v[e->nv++] = v;
}

static void km_free(struct kmap *m)
{
	for (size_t i = 0; i < m->ne; i++) {
		free(m->e[i].v);
		free((char *)m->e[i].k);
	}
	free(m->e);
	hindex_free(&m->ix);
	memset(m, 0, sizeof *m);
}

/* Evidence that a name is a person's. */
#define PERSON_EV (EV_FIRST | EV_HONOR | EV_TITLE | EV_PERSCTX)

static uint32_t lx(struct actx *x, size_t i)
{
	const struct afold *f = actors_tok_fold(x, i);
	return f ? f->lx : 0;
}

/* ---- forms ---------------------------------------------------------------- */

/* Does token k hold a hyphen (« Lormes-Vaubrac »)? */
static bool tok_hyphen(struct actx *x, size_t k)
{
	size_t n;
	const char *w = actors_tok_text(x, k, &n);
	return memchr(w, '-', n) != NULL;
}

/* The first token of candidate c after its leading determiners (its last
 * token at most). */
static size_t first_word(struct actx *x, const struct acand *c)
{
	size_t k = c->t0;
	while (k + 1 < c->t1 && (lx(x, k) & LX_DET))
		k++;
	return k;
}

/* The folding key of candidate c: its words, without a leading determiner,
 * joined by single spaces. */
static char *cand_key(struct actx *x, const struct acand *c, size_t *len, int *ntok)
{
	struct sbuf b = {0};
	size_t k = first_word(x, c);
	int n = 0;
	bool nick = false;
	for (; k < c->t1; k++) {
		/* pl8: a nickname in quotation marks inside a person's name is
		 * no part of its key (Walter "Walt" Osgood: walter osgood). */
		if ((x->tok[k].f & TK_PUNCT) && actors_dquote(x->tok[k].cp))
			nick = !nick;
		if (!(x->tok[k].f & TK_LETTER) || nick)
			continue;
		size_t kl;
		const char *key = actors_tok_key(x, k, &kl);
		if (!kl)
			continue;
		if (b.len)
			sbuf_addc(&b, ' ');
		sbuf_add(&b, key, kl);
		n++;
	}
	*ntok = n;
	char *s = sbuf_take(&b);
	*len = strlen(s);
	return s;
}

static void vote(struct avotes *v, const struct acand *c, int ntok, bool person_shape, bool acronym_part)
{
	uint32_t ev = c->ev;
	switch (c->gaz_kind) {
	case GAZ_COUNTRY:
	case GAZ_REGION:
	case GAZ_CITY:
		v->place += 6;
		break;
	case GAZ_ORG:
		v->org += 6;
		break;
	case -2:
		v->person += 6;
		break;
	default:
		break;
	}
	if (ev & EV_FIRST)
		v->person += 3;
	if (ev & EV_SAINT)
		v->person += 1.5f;
	if (ev & EV_HONOR)
		v->person += 4;
	if (ev & EV_TITLE)
		v->person += 2.5f;
	if (ev & EV_PERSCTX)
		v->person += 2;
	if (ev & EV_SPEECH) {
		/* Organisations speak too: only a person's full name that speaks
		 * is a person ("Keep Valley Green said" is a campaign). */
		if (ntok >= 2 && person_shape)
			v->person += 0.4f;
		v->org += 0.2f;
	}
	if (ev & EV_ORGCUE)
		v->org += 4;
	if (ev & EV_PLACECUE)
		v->place += 3;
	if (ev & EV_ORGCLASS)
		v->org += 3;
	if (ev & EV_SOURCE) {
		v->org += 1;
		v->person += 0.4f;
	}
	if (ev & EV_PLACEPREP)
		v->place += ntok >= 2 ? 1.0f : 1.5f;
	if (ev & EV_DETPREV) {
		v->org += 0.6f;
		v->place += 0.5f;
		v->person -= 1;
	}
	/* A complement: « membres d'Ansar Eddine », "the chief of X".  One
	 * word after de / of is far more often where (« la route de X », "the
	 * town of X", "north of X") than who; an acronym is an organisation
	 * (EV_ACRONYM). */
	if (ev & EV_OF) {
		if (ntok == 1 && !(ev & EV_ACRONYM) && !acronym_part) {
			v->org += 0.1f;
			v->place += 0.6f;
		} else {
			v->org += 0.35f;
			v->place += 0.2f;
		}
	}
	/* One word after at / depuis with nothing else for it is far more
	 * often where ("farms at X", « parti depuis X ») than a body;
	 * just above the one-word default (vote_default()). */
	if ((ev & EV_WEAKPLACE) && ntok == 1 && !(ev & EV_ACRONYM) && !acronym_part)
		v->place += 0.4f;
	if (ev & EV_ACRONYM)
		v->org += 1.5f;
	if (ev & EV_TITLEOF)
		v->org += 1.0f;

}

/* Does a lower-case article stand inside the name (« de la », « de l' »,
 * « du », "of the"), or a preposition of actor_org_complement_preps
 * ("Parents for Kellerby")?  People's names have none. */
static bool article_inside(struct actx *x, const struct acand *c)
{
	for (size_t k = c->t0 + 1; k + 1 < c->t1; k++) {
		if (!(x->tok[k].f & TK_LETTER) || (x->tok[k].f & TK_CAP))
			continue;
		size_t n;
		const char *w = actors_tok_text(x, k, &n);
		if ((lx(x, k) & LX_DET) || lex_has(x->lx.articles, w, n) || lex_has(x->lx.orgpreps, w, n))
			return true;
	}
	return false;
}

/* Is candidate c shaped like a person's name: a known first name first (or
 * after capitalised words), an initial (J. R. Ewing), or a person's
 * particle that is no connector between two capitalised words (Piet van
 * Dijk, not Banque de France)? */
static bool person_shape(struct actx *x, const struct acand *c)
{
	size_t k = first_word(x, c);
	if (lx(x, k) & LX_FIRST)
		return true;
	for (size_t i = k; i < c->t1; i++) {
		/* a given name after capitalised words: "Local TD Ann Burke" */
		if (i > k && i + 1 < c->t1 && (lx(x, i) & LX_FIRST) && (x->tok[i].f & TK_CAP) && (x->tok[i - 1].f & TK_CAP))
			return true;
		if ((x->tok[i].f & TK_INITIAL) && i + 1 < c->t1)
			return true;
		if (i > k && i + 1 < c->t1 && actors_tok_lower(x, i) &&
		    !(lx(x, i) & LX_CONNECT) && actors_tok_in(x, i, x->lx.pparticle))
			return true;
	}
	return false;
}

/* Is a word of candidate c a word rather than a name: an acronym first
 * (« FO Énergie »; not "Ann Lee KC"), a word of the lexicons that is no
 * name (common words, demonyms, cues, months), or a word the text also
 * writes in lower case ("Fair Wages Now" and "wages")?  Without a first
 * name, such a name is an organisation's or a campaign's unless the text
 * says it is a person. */
static bool word_inside(struct actx *x, const struct acand *c)
{
	size_t k = first_word(x, c);
	for (size_t i = k; i < c->t1; i++) {
		const struct afold *f = actors_tok_fold(x, i);
		if (!f || !(x->tok[i].f & TK_CAP) || (f->lx & (LX_DET | LX_PARTICLE | LX_CONNECT | LX_SEAT)) ||
		    actors_tok_in(x, i, x->lx.pparticle))
			continue;       /* Gaëlle Le Roux, Anna De Luca; West (a seat word) Yorkshire */
		if (((x->tok[i].f & TK_UPPER) && i == k) ||
		    (f->lx & (LX_COMMON | LX_STOP | LX_NOTNAME | LX_DEMONYM | LX_PLACECUE | LX_ORGCLASS | LX_MONTH |
		              LX_WEEKDAY | LX_PLACEPREP | LX_INSTHEAD | LX_INSTADJ)) ||
		    f->n_lower > 0)
			return true;
	}
	return false;
}

/* Is a hyphenated part of candidate c an acronym (« Sud-PTT », "Unite-CGT")?
 * Such a name is an organisation's, like the acronym alone. */
static bool acronym_part(struct actx *x, const struct acand *c)
{
	for (size_t k = c->t0; k < c->t1; k++) {
		size_t n;
		const char *w = actors_tok_text(x, k, &n);
		for (size_t i = 0; i < n; i++) {
			if (w[i] != '-')
				continue;
			size_t j = i + 1, caps = 0;
			while (j < n && w[j] >= 'A' && w[j] <= 'Z')
				j++, caps++;
			if (caps >= 2 && (j == n || w[j] == '-'))
				return true;
		}
	}
	return false;
}

/* Does candidate c end with a known place ("West Yorkshire")? */
static bool ends_in_place(struct actx *x, const struct acand *c)
{
	struct gaz_hit h;
	return c->t1 > c->t0 + 1 && (x->tok[c->t1 - 1].f & TK_CAP) && actors_gaz_span(x, c->t1 - 1, c->t1, &h) &&
	       (h.kind == GAZ_COUNTRY || h.kind == GAZ_REGION || h.kind == GAZ_CITY);
}

/* The default, once per form: several words are a person's name, one word
 * an organisation's; so are several words with a word inside (see
 * word_inside()) and no first name, unless they end with a known place
 * ("West Yorkshire"). */
static void vote_default(struct avotes *v, int ntok, bool first_name, bool article, bool word, bool place_end)
{
	if (ntok >= 2 && article && !first_name)
		v->org += 0.6f;     /* « Chantiers de l'Estuaire », "Friends of the Earth" */
	else if (ntok >= 2 && (first_name || !word))
		v->person += first_name ? 0.8f : 0.5f;
	else if (ntok >= 2 && place_end)
		v->place += 0.3f;
	else
		v->org += 0.3f;
}

static int top_type(const struct avotes *v)
{
	if (v->place > v->person && v->place > v->org)
		return ACTOR_PLACE;
	if (v->org > v->person && v->org >= v->place)
		return ACTOR_ORG;
	return ACTOR_PERSON;
}

static float margin(const struct avotes *v)
{
	float a = v->person, b = v->org, c = v->place;
	float hi = a > b ? (a > c ? a : c) : (b > c ? b : c);
	float mid = a + b + c - hi - (a < b ? (a < c ? a : c) : (b < c ? b : c));
	return hi - mid;
}

/* ---- actors --------------------------------------------------------------- */

int actors_new(struct actx *x, int form)
{
	x->act = xgrow(x->act, &x->capact, x->nact + 1, sizeof *x->act);
	struct aactor *a = &x->act[x->nact];
	memset(a, 0, sizeof *a);
	a->form = form;
	a->keep = true;
	a->out_id = -1;
	a->first_tok_fold = -1;
	return (int)x->nact++;
}

/* Word offsets of a key: starts of its space-separated words. */
static int key_words(const char *k, size_t n, size_t *starts, int max)
{
	int w = 0;
	for (size_t i = 0; i < n && w < max; i++)
		if (i == 0 || k[i - 1] == ' ')
			starts[w++] = i;
	return w;
}

/* Initials of a candidate's capitalised or content words: "Union européenne"
 * -> "ue"; with stop_at_conj, only those before a lower-case « et » / "and"
 * (« Agence nationale de sécurité du médicament et des produits de santé »
 * -> "ansm"). */
static void initials(struct actx *x, const struct acand *c, char *out, size_t cap, bool stop_at_conj)
{
	size_t o = 0;
	for (size_t k = c->t0; k < c->t1 && o + 1 < cap; k++) {
		if (stop_at_conj && (lx(x, k) & LX_CONJ) && !(x->tok[k].f & TK_CAP))
			break;
		if (!(x->tok[k].f & TK_LETTER) || (lx(x, k) & (LX_DET | LX_CONNECT | LX_PARTICLE | LX_STOP)))
			continue;
		size_t kl;
		const char *key = actors_tok_key(x, k, &kl);
		if (kl)
			out[o++] = key[0];
	}
	out[o] = 0;
}

struct vent {
	const char *k;
	size_t n;
	int words;
	int actor;
};
struct vbucket {
	struct vent *e;
	size_t n, cap;
};

static int key_nwords(const char *k, size_t n)
{
	int w = 1;
	for (size_t i = 0; i < n; i++)
		w += k[i] == ' ';
	return w;
}

/* Distance between two keys of the same number of words, word by word:
 * each word may differ by 1 edit from 5 letters, 2 from 8 (Dimitriev /
 * Dmitriev, Gaddafi / Gadaffi), shorter words not at all, 2 in all; -1
 * when they are not variants (Joanna / Jonah Chen, Emily Price / Briggs). */
static int variant_distance(const char *a, size_t an, const char *b, size_t bn)
{
	int total = 0;
	size_t i = 0, j = 0;
	while (i <= an && j <= bn) {
		size_t ie = i, je = j;
		while (ie < an && a[ie] != ' ')
			ie++;
		while (je < bn && b[je] != ' ')
			je++;
		size_t la = ie - i, lb = je - j, m = la < lb ? la : lb;
		int maxd = m >= 8 ? 2 : m >= 5 ? 1 : 0;
		int d = actors_edit_distance(a + i, la, b + j, lb, maxd);
		if (d > maxd)
			return -1;
		total += d;
		if (total > 2)
			return -1;
		if (ie >= an || je >= bn)
			return ie >= an && je >= bn ? total : -1;
		i = ie + 1;
		j = je + 1;
	}
	return total;
}

static int form_type_hint(const struct aform *f)
{
	return top_type(&f->v);
}

void actors_index_positions(struct actx *x)
{
	free(x->pos_off);
	free(x->pos_at);
	x->npos_act = x->nact;
	x->pos_off = xcalloc(x->nact + 2, sizeof *x->pos_off);
	for (size_t c = 0; c < x->ncand; c++)
		if (x->cand[c].actor >= 0)
			x->pos_off[x->cand[c].actor + 1]++;
	for (size_t a = 0; a < x->nact; a++)
		x->pos_off[a + 1] += x->pos_off[a];
	size_t *fill = xcalloc(x->nact + 1, sizeof *fill);
	x->pos_at = xmalloc((x->pos_off[x->nact] + 1) * sizeof *x->pos_at);
	/* Candidates are made in document order, so each list is sorted. */
	for (size_t c = 0; c < x->ncand; c++) {
		int a = x->cand[c].actor;
		if (a >= 0)
			x->pos_at[x->pos_off[a] + fill[a]++] = x->cand[c].start;
	}
	free(fill);
}

int actors_nearest(struct actx *x, const int *ids, size_t n, size_t at)
{
	if (!n)
		return -1;
	if (n == 1)
		return ids[0];
	/* The last occurrence before `at` of any of the actors, else the first after. */
	int best = -1, after = -1;
	size_t best_pos = 0, after_pos = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		int a = ids[i];
		if (a < 0 || (size_t)a >= x->npos_act)
			continue;
		const size_t *p = x->pos_at + x->pos_off[a];
		size_t m = x->pos_off[a + 1] - x->pos_off[a];
		size_t lo = 0, hi = m;       /* first position >= at */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (p[mid] < at)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo > 0 && (best < 0 || p[lo - 1] > best_pos)) {
			best = a;
			best_pos = p[lo - 1];
		}
		if (lo < m && p[lo] < after_pos) {
			after = a;
			after_pos = p[lo];
		}
	}
	return best >= 0 ? best : after >= 0 ? after : ids[0];
}

size_t actors_tok_at(const struct actx *x, size_t at)
{
	size_t lo = 0, hi = x->ntok;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (x->tok[mid].end <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int cmp_forms_by_len(const void *a, const void *b, void *ctx)
{
	const struct actx *x = ctx;
	const struct aform *fa = &x->form[*(const int *)a], *fb = &x->form[*(const int *)b];
	if (fa->ntok != fb->ntok)
		return fb->ntok - fa->ntok;
	if (fa->strong != fb->strong)
		return fb->strong - fa->strong;
	return fa->first_cand - fb->first_cand;
}

/* Tokens [from, to) are only commas and conjunctions (and there is one). */
static bool joins(struct actx *x, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++)
		if (!actors_tok_punct(x, k, ',') && !(lx(x, k) & LX_CONJ))
			return false;
	return from < to;
}

/* ... and one of them is a conjunction. */
static bool joins_conj(struct actx *x, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++)
		if (lx(x, k) & LX_CONJ)
			return true;
	return false;
}

void actors_cluster(struct actx *x)
{
	struct kmap forms = {0};
	/* 1. Forms. */
	int *cand_form = xmalloc((x->ncand + 1) * sizeof *cand_form);
	for (size_t c = 0; c < x->ncand; c++) {
		struct acand *cd = &x->cand[c];
		size_t kl;
		int ntok;
		char *key = cand_key(x, cd, &kl, &ntok);
		if (!kl) {
			free(key);
			cand_form[c] = -1;
			continue;
		}
		struct kent *e = km_get(&forms, key, kl, false);
		int fi;
		if (e) {
			fi = e->v[0];
			free(key);
		} else {
			x->form = xgrow(x->form, &x->capform, x->nform + 1, sizeof *x->form);
			fi = (int)x->nform++;
			struct aform *f = &x->form[fi];
			memset(f, 0, sizeof *f);
			f->key = key;
			f->keylen = kl;
			f->ntok = ntok;
			f->first_cand = (int)c;
			f->actor = -1;
			f->gaz_kind = -1;
			vote_default(&f->v, ntok, person_shape(x, cd), article_inside(x, cd), word_inside(x, cd),
			             ends_in_place(x, cd));
			km_add(&forms, f->key, f->keylen, fi);
		}
		cand_form[c] = fi;
		cd->form = fi;
		struct aform *f = &x->form[fi];
		f->count++;
		if (!(cd->ev & EV_WEAK))
			f->strong++;
		f->ev |= cd->ev;
		if (cd->gaz_kind != -1 && f->gaz_kind == -1) {
			f->gaz_kind = cd->gaz_kind;
			f->gaz_name = cd->gaz_name;
			f->canon = cd->canon;
		}
		if (cd->ev & EV_ACRONYM)
			f->acronym = true;
		if (cd->gender && !f->gender)
			f->gender = cd->gender;
		vote(&f->v, cd, f->ntok, person_shape(x, cd) || !word_inside(x, cd), acronym_part(x, cd));
	}
	/* Plurals at both ends (« Jeunes Agriculteurs ») name a group, unless
	 * the text ever places it (« la zone des Grandes Terres »). */
	for (size_t i = 0; i < x->nform; i++) {
		struct aform *f = &x->form[i];
		if ((f->ev & EV_PLURAL) && !(f->ev & (EV_PLACECUE | EV_PLACEPREP)))
			f->v.org += 1.2f;
	}

	/* Coordinations (« Belfius, ING, KBC et AXA », "Civic Center, Tenderloin,
	 * and SOMA"): a weakly typed member leans to its neighbours' type. */
	for (size_t c = 0; c + 1 < x->ncand; c++) {
		struct acand *a = &x->cand[c], *b = &x->cand[c + 1];
		if (a->form < 0 || b->form < 0 || a->sent != b->sent || b->t0 < a->t1 + 1 || b->t0 > a->t1 + 2)
			continue;
		if (!joins(x, a->t1, b->t0))
			continue;
		/* "A in Luxembourg and B in Brussels": the places go with the
		 * people, the list is of people. */
		if (b->t1 + 1 < x->ntok && x->tok[b->t1 + 1].sent == b->sent && (lx(x, b->t1) & LX_PLACEPREP) &&
		    !(x->tok[b->t1].f & TK_CAP) && (x->tok[b->t1 + 1].f & TK_CAP))
			continue;
		/* A comma alone is not yet a list (« Chez Renault, Zoé Brun
		 * estime »): a conjunction or a third member must follow or
		 * precede. */
		if (!joins_conj(x, a->t1, b->t0)) {
			const struct acand *n = c + 2 < x->ncand ? &x->cand[c + 2] : NULL;
			const struct acand *p = c > 0 ? &x->cand[c - 1] : NULL;
			bool third = (n && n->form >= 0 && n->sent == b->sent && n->t0 > b->t1 && n->t0 <= b->t1 + 2 &&
			              joins(x, b->t1, n->t0)) ||
			             (p && p->form >= 0 && p->sent == a->sent && a->t0 > p->t1 && a->t0 <= p->t1 + 2 &&
			              joins(x, p->t1, a->t0));
			/* ... or a known place: "Santa Rosa, Calif.", « Abbeville,
			 * Somme ». */
			const struct aform *ga = &x->form[a->form], *gb = &x->form[b->form];
			bool placed = ga->gaz_kind == GAZ_REGION || ga->gaz_kind == GAZ_COUNTRY || gb->gaz_kind == GAZ_REGION ||
			              gb->gaz_kind == GAZ_COUNTRY;
			if (!third && !placed)
				continue;
		}
		struct aform *fa = &x->form[a->form], *fb = &x->form[b->form];
		/* "Bruce and Leanne Vassell": a given name alone before a
		 * conjunction and a given name with a surname shares it. */
		if (!x->fr && fa->ntok == 1 && fb->ntok >= 2 && (lx(x, a->t0) & LX_FIRST) && fa->gaz_kind == -1 &&
		    fb->gaz_kind == -1 && top_type(&fb->v) == ACTOR_PERSON && b->t0 == a->t1 + 1 && (lx(x, a->t1) & LX_CONJ)) {
			fa->v.person += 3.0f;
			fb->v.person += 3.0f;
			continue;
		}
		struct avotes va = fa->v, vb = fb->v;
		int ta = top_type(&va), tb = top_type(&vb);
		/* A one-word name is a person's only with evidence of its own, a
		 * given name at least (« ingénieur passé par Veolia, et Lise
		 * Hardy »). */
		bool pa = fa->ntok >= 2 || (lx(x, a->t0) & LX_FIRST) || (fa->ev & PERSON_EV);
		bool pb = fb->ntok >= 2 || (lx(x, b->t0) & LX_FIRST) || (fb->ev & PERSON_EV);
		if (margin(&vb) >= 1.2f && margin(&va) < 2 && (tb != ACTOR_PERSON || pa)) {
			float *slot = tb == ACTOR_PERSON ? &fa->v.person : tb == ACTOR_ORG ? &fa->v.org : &fa->v.place;
			*slot += 1.5f;
		}
		if (margin(&va) >= 1.2f && margin(&vb) < 2 && (ta != ACTOR_PERSON || pb)) {
			float *slot = ta == ACTOR_PERSON ? &fb->v.person : ta == ACTOR_ORG ? &fb->v.org : &fb->v.place;
			*slot += 1.5f;
		}
	}

	/* 2. Actors, longest forms first. */
	int *order = xmalloc((x->nform + 1) * sizeof *order);
	for (size_t i = 0; i < x->nform; i++)
		order[i] = (int)i;
	qsort_r(order, x->nform, sizeof *order, cmp_forms_by_len, x);

	struct kmap by_canon = {0};    /* gazetteer's canonical name -> actor (U.S., United States) */
	struct kmap by_head = {0};     /* last word of English organisations -> actors ("the Commission") */
	struct kmap by_last = {0};     /* last word(s) key of persons -> actors */
	struct kmap by_first = {0};    /* first word of persons -> actors */
	struct kmap by_prefix = {0};   /* leading words of organisations -> actors */
	struct kmap by_initials = {0}; /* initials of multi-word organisations -> actors */
	struct kmap by_town = {0};     /* first part of a hyphenated place's name -> actors (« argeles ») */
	/* Forms' keys by first letter and length, for the variant search. */
	struct vbucket (*vars)[64] = xcalloc(32, sizeof *vars);
	/* Ambiguous forms: a list of actors per form. */
	int **amb = xcalloc(x->nform + 1, sizeof *amb);
	size_t *namb = xcalloc(x->nform + 1, sizeof *namb);
	/* A one-word name in brackets right after a longer organisation's or
	 * place's name is its other name: « Banque publique d'investissement
	 * (Bpifrance) », "Kyiv (Kiev)"; not a person's party: « X (PS) ». */
	int *paren_of = xmalloc((x->nform + 1) * sizeof *paren_of);
	for (size_t i = 0; i < x->nform; i++)
		paren_of[i] = -1;
	for (size_t c = 0; c < x->ncand && x->tok_cand; c++) {
		const struct acand *cd = &x->cand[c];
		size_t t0 = cd->t0, t1 = cd->t1;
		/* (with a number: « (Sdis 974) ») */
		bool numbered = t1 - t0 == 2 && (x->tok[t0 + 1].f & TK_NUM) && (x->tok[t0].f & TK_CAP);
		if (t0 < 2 || t1 >= x->ntok || (t1 - t0 != 1 && !numbered) || cand_form[c] < 0 || !actors_tok_punct(x, t0 - 1, '(') ||
		    !actors_tok_punct(x, t1, ')') || !x->tok_cand[t0 - 2])
			continue;
		size_t o = (size_t)x->tok_cand[t0 - 2] - 1;
		const struct acand *od = &x->cand[o];
		if (od->t1 != t0 - 1 || cand_form[o] < 0 || x->form[cand_form[o]].ntok < 2 ||
		    form_type_hint(&x->form[cand_form[o]]) == ACTOR_PERSON)
			continue;
		paren_of[cand_form[c]] = cand_form[o];
	}

	for (size_t oi = 0; oi < x->nform; oi++) {
		int fi = order[oi];
		struct aform *f = &x->form[fi];
		const struct acand *rep = &x->cand[f->first_cand];
		int type = form_type_hint(f);
		bool known_place = f->gaz_kind == GAZ_COUNTRY || f->gaz_kind == GAZ_REGION || f->gaz_kind == GAZ_CITY;
		int hits[16];
		size_t nh = 0;
		if (paren_of[fi] >= 0 && x->form[paren_of[fi]].actor >= 0)
			hits[nh++] = x->form[paren_of[fi]].actor;
		/* Two spellings the gazetteer gives one name: « U.S. » and "United States". */
		if (!nh && f->canon && f->gaz_name) {
			struct kent *e = km_get(&by_canon, f->gaz_name, strlen(f->gaz_name), false);
			if (e && e->nv >= 1)
				hits[nh++] = e->v[0];
		}

		/* Surname or last words of a person: « Trump », « Le Pen ». */
		if (!nh && !known_place && !(f->ev & EV_FIRST)) {
			struct kent *e = km_get(&by_last, f->key, f->keylen, false);
			for (size_t i = 0; e && i < e->nv && nh < ARRAY_LEN(hits); i++)
				hits[nh++] = e->v[i];
		}
		/* The first name of exactly one person: « Marine ». */
		/* ... or a given name the lexicon lacks (« Joris », "Chidi"), when
		 * nothing else types the word. */
		bool plain = !(f->ev & (EV_ORGCUE | EV_PLACECUE | EV_ORGCLASS | EV_ACRONYM | EV_GAZ)) && f->gaz_kind == -1;
		if (!nh && f->ntok == 1 && ((lx(x, rep->t0) & LX_FIRST) || plain) && !known_place) {
			struct kent *e = km_get(&by_first, f->key, f->keylen, false);
			/* ... or a family name written first ("Ms. Doan" after
			 * "Doan Kim Yen"): the honorific says it is a person's. */
			if (e && e->nv == 1 &&
			    ((lx(x, rep->t0) & LX_FIRST) || (x->act[e->v[0]].ev & (EV_FIRST | EV_HONOR | EV_TITLE | EV_PERSCTX)) ||
			     (f->ev & EV_HONOR)))
				hits[nh++] = e->v[0];
		}
		/* The first part of a hyphenated town's name, alone: « Lormes »
		 * after « Lormes-Vaubrac », unless known or typed otherwise. */
		if (!nh && f->ntok == 1 && f->gaz_kind == -1 && !tok_hyphen(x, first_word(x, rep)) &&
		    !(f->ev & (EV_FIRST | EV_HONOR | EV_TITLE | EV_ORGCUE | EV_ORGCLASS | EV_ACRONYM))) {
			struct kent *e = km_get(&by_town, f->key, f->keylen, false);
			if (e && e->nv == 1)
				hits[nh++] = e->v[0];
		}
		/* Leading words of an organisation: "St. Anthony", « Parquet ». */
		/* A place in its own right is no prefix: "in Hebble Cross" and the
		 * "Hebble Cross Flood Group". */
		bool placed = (f->ev & (EV_PLACEPREP | EV_PLACECUE)) && !(f->ev & (EV_ORGCUE | EV_ORGCLASS | EV_SAINT)) &&
		              f->v.place > f->v.org;
		if (!nh && !known_place && !placed && !(f->ev & (EV_FIRST | EV_HONOR))) {
			struct kent *e = km_get(&by_prefix, f->key, f->keylen, false);
			for (size_t i = 0; e && i < e->nv && nh < ARRAY_LEN(hits); i++)
				hits[nh++] = e->v[i];
		}
		/* An English organisation's head word alone: "the Commission"
		 * after "the European Commission". */
		if (!nh && !x->fr && f->ntok == 1 && (f->ev & EV_ORGCUE) && !known_place) {
			struct kent *e = km_get(&by_head, f->key, f->keylen, false);
			for (size_t i = 0; e && i < e->nv && nh < ARRAY_LEN(hits); i++)
				hits[nh++] = e->v[i];
		}
		/* Acronym of an organisation: UE, ONU, NATO. */
		/* (not a news agency's: "(AP)" is no Aquaverde Partners) */
		if (!nh && f->acronym && f->ntok == 1 && !actors_lex_span(x, x->lx.media, rep->t0, rep->t1)) {
			struct kent *e = km_get(&by_initials, f->key, f->keylen, false);
			if (e && e->nv == 1)
				hits[nh++] = e->v[0];
		}
		/* Spelling variants: same first letter, close length, small edit distance. */
		if (!nh && f->keylen >= 5) {
			int best = -1, bestd = 99;
			for (size_t L = f->keylen > 2 ? f->keylen - 2 : 0; L <= f->keylen + 2 && L < 64; L++) {
				const struct vbucket *vb = &vars[(unsigned char)f->key[0] % 32][L];
				for (size_t i = 0; i < vb->n; i++) {
					const struct vent *e = &vb->e[i];
					if (e->words != key_nwords(f->key, f->keylen))
						continue;
					int d = variant_distance(e->k, e->n, f->key, f->keylen);
					if (d < 0 || d >= bestd)
						continue;
					int t2 = top_type(&x->act[e->actor].v);
					if (t2 != type && margin(&f->v) >= 3 && margin(&x->act[e->actor].v) >= 3)
						continue;
					best = e->actor;
					bestd = d;
				}
			}
			if (best >= 0)
				hits[nh++] = best;
		}

		int actor;
		if (nh == 1) {
			actor = hits[0];
		} else if (nh > 1) {
			amb[fi] = xmalloc(nh * sizeof **amb);
			memcpy(amb[fi], hits, nh * sizeof *hits);
			namb[fi] = nh;
			f->actor = -2;
			continue;
		} else {
			if (!f->strong)
				continue;     /* sentence-initial, no evidence, no name to join */
			actor = actors_new(x, fi);
		}
		f->actor = actor;
		struct aactor *a = &x->act[actor];
		/* An alias's contexts weigh less than the fuller name's evidence: «
		 * le boson de Higgs » does not make Peter Higgs an organisation. */
		float wt = a->form == fi ? 1.0f : 0.25f;
		a->v.person += wt * f->v.person;
		a->v.org += wt * f->v.org;
		a->v.place += wt * f->v.place;
		a->ev |= f->ev;
		if (f->gender && !a->gender)
			a->gender = f->gender;
		if (f->keylen < 64) {
			struct vbucket *vb = &vars[(unsigned char)f->key[0] % 32][f->keylen];
			vb->e = xgrow(vb->e, &vb->cap, vb->n + 1, sizeof *vb->e);
			vb->e[vb->n++] = (struct vent){f->key, f->keylen, key_nwords(f->key, f->keylen), actor};
		}
		if (f->canon && f->gaz_name && a->form == fi)
			km_add(&by_canon, f->gaz_name, strlen(f->gaz_name), actor);
		if (a->form == fi && f->ntok == 1 && (known_place || top_type(&a->v) == ACTOR_PLACE)) {
			size_t n, k = first_word(x, rep);
			const char *w = actors_tok_text(x, k, &n);
			const char *h = memchr(w, '-', n);
			size_t hl = h ? (size_t)(h - w) : 0;
			if (hl >= 4 && !lex_has(x->lx.saints, w, hl)) {
				size_t kl;
				char *hk = actors_fold_key(w, hl, &kl);
				if (kl)
					km_add(&by_town, hk, kl, actor);
				free(hk);
			}
		}
		/* Register the keys under which shorter forms will find it. */
		size_t starts[16];
		int nw = key_words(f->key, f->keylen, starts, 16);
		int t = top_type(&a->v);
		if (nw >= 2) {
			for (int w = 1; w < nw; w++)        /* suffixes: "le pen", "pen" */
				if (t == ACTOR_PERSON || (f->ev & (EV_FIRST | EV_HONOR | EV_TITLE)))
					km_add(&by_last, f->key + starts[w], f->keylen - starts[w], actor);
			if (t == ACTOR_PERSON) {
				size_t fl = starts[1] - 1;
				km_add(&by_first, f->key, fl, actor);
			}
			/* English: the surname before post-nominal letters ("Emrys
			 * Tallack KC": "Mr Tallack"), and the first of two family names
			 * after a given name ("Lucía Ortega Valdivieso": "Ortega"). */
			if (t == ACTOR_PERSON && !x->fr && nw == 3 && rep->t1 - rep->t0 == 3 &&
			    !(lx(x, rep->t0 + 1) & (LX_FIRST | LX_PARTICLE))) {
				bool post = actors_tok_in(x, rep->t1 - 1, x->lx.postnominal);
				if (post || ((lx(x, rep->t0) & LX_FIRST) && !(lx(x, rep->t1 - 1) & LX_PARTICLE)))
					km_add(&by_last, f->key + starts[1], starts[2] - 1 - starts[1], actor);
			}
			/* (not a name of its own before a plural possessive: "Oakmere
			 * Rowing" is not "Oakmere Rowing Members' Trust") */
			bool owned = false;
			for (size_t k = rep->t0 + 1; k < rep->t1 && !owned; k++)
				owned = actors_tok_punct(x, k, '\'') || actors_tok_punct(x, k, 0x2019);
			if (t != ACTOR_PERSON)
				for (int w = 1; w < nw && (w < 2 || !owned); w++)    /* prefixes: "st anthony" */
					km_add(&by_prefix, f->key, starts[w] - 1, actor);
			if (t == ACTOR_ORG && !x->fr && (lx(x, rep->t1 - 1) & LX_ORGCUE))
				km_add(&by_head, f->key + starts[nw - 1], f->keylen - starts[nw - 1], actor);
			if (t == ACTOR_ORG) {
				/* Keyed like the acronym's own form (IRRA -> "ira"). */
				char ini[32], part[32];
				initials(x, rep, ini, sizeof ini, false);
				initials(x, rep, part, sizeof part, true);
				for (int w = 0; w < 2; w++) {
					const char *s = w ? part : ini;
					if (strlen(s) < (w ? 3u : 2u) || (w && !strcmp(part, ini)))
						continue;
					size_t kl;
					char *k = actors_fold_key(s, strlen(s), &kl);
					km_add(&by_initials, k, kl, actor);
					free(k);
				}
			}
		}
	}
	/* 3. Occurrences -> actors. */
	for (size_t c = 0; c < x->ncand; c++) {
		struct acand *cd = &x->cand[c];
		int fi = cand_form[c];
		if (fi < 0)
			continue;
		const struct aform *f = &x->form[fi];
		if (f->actor >= 0)
			cd->actor = f->actor;
	}
	actors_index_positions(x);
	for (size_t c = 0; c < x->ncand; c++) {
		struct acand *cd = &x->cand[c];
		int fi = cand_form[c];
		if (fi < 0 || x->form[fi].actor != -2)
			continue;
		cd->actor = actors_nearest(x, amb[fi], namb[fi], cd->start);
	}
	actors_index_positions(x);
	for (size_t c = 0; c < x->ncand; c++) {
		struct acand *cd = &x->cand[c];
		if (cd->actor < 0)
			continue;
		struct aactor *a = &x->act[cd->actor];
		cd->mkind = cd->form == a->form || x->form[cd->form].ntok >= x->form[a->form].ntok ? MENTION_NAME
		                                                                                   : MENTION_ALIAS;
	}

	/* 4. Types, names, flags. */
	for (size_t i = 0; i < x->nact; i++) {
		struct aactor *a = &x->act[i];
		a->type = top_type(&a->v);
		const struct aform *f = &x->form[a->form];
		const struct acand *rep = &x->cand[f->first_cand];
		if (f->gaz_kind == GAZ_COUNTRY || f->gaz_kind == GAZ_REGION || f->gaz_kind == GAZ_CITY)
			a->type = ACTOR_PLACE;
		else if (f->gaz_kind == GAZ_ORG)
			a->type = ACTOR_ORG;
		if (f->canon && f->gaz_name)
			a->name = xstrdup(f->gaz_name);   /* U.S. -> United States; the reader's known actors */
		if (a->type == ACTOR_PLACE && (f->gaz_kind == GAZ_CITY || f->gaz_kind == GAZ_COUNTRY))
			a->can_speak = true;
		if (actors_lex_span(x, x->lx.institutions, rep->t0, rep->t1))
			a->can_speak = true;
		if (a->type == ACTOR_PLACE && actors_lex_span(x, x->lx.places, rep->t0, rep->t1) &&
		    !strcmp(actors_lex_span(x, x->lx.places, rep->t0, rep->t1), "capital"))
			a->can_speak = true;
		if (a->type == ACTOR_PERSON) {
			size_t k = rep->t0;
			const struct afold *fo = actors_tok_fold(x, k);
			if (!a->gender && fo && (fo->lx & LX_FIRST) && f->ntok >= 2)
				a->gender = fo->gender;
			a->first_tok_fold = (int)rep->t0;
		}
		if (f->gaz_kind == GAZ_COUNTRY)
			a->country = f->gaz_name ? f->gaz_name : NULL;
	}

	for (size_t i = 0; i < x->nform; i++)
		free(amb[i]);
	free(amb);
	free(namb);
	free(paren_of);
	free(order);
	free(cand_form);
	km_free(&forms);
	km_free(&by_canon);
	km_free(&by_head);
	km_free(&by_last);
	km_free(&by_first);
	km_free(&by_prefix);
	km_free(&by_initials);
	km_free(&by_town);
	for (size_t i = 0; i < 32; i++)
		for (size_t L = 0; L < 64; L++)
			free(vars[i][L].e);
	free(vars);
}
