/* actors_roles.c — roles bound to actors, role references, cue phrases.
 *
 * Bindings (the article says who holds a role):
 *   before the name   « le président russe Vladimir Poutine », "incumbent
 *                     Prime Minister Tony Abbott";
 *   after the name    « Iouri Ouchakov, conseiller principal du président
 *                     russe Vladimir Poutine, » (a phrase that introduces
 *                     another titled person is cut before it);
 *   before a comma    « le porte-parole du gouvernement, Tomasz Wróbel »,
 *                     « la fédération des banques, Febelfin »;
 *   in the name       an organisation's cue word: "St. Anthony Foundation"
 *                     binds "the foundation".
 * Each binding becomes a role mention of its actor.  A later definite
 * reference (« le conseiller », « le président russe », "the spokeswoman")
 * is a mention of the actor whose binding has the same head word and
 * every modifier the reference has; among several, the one mentioned last
 * before it — so two presidents stay distinct when the article says
 * « russe » or « américain ».
 * Cue phrases: « la ville de Tombouctou », « le château de Montretout »,
 * « l'agence Reuters » are mentions of the name's actor; lower-case
 * institutions with an adjective (« le gouvernement malien », "the Malian
 * government") are organisations.
 */
#include <stdlib.h>
#include <string.h>

#include "actors_model.h"
#include "hindex.h"
#include "util.h"

static uint32_t lx(struct actx *x, size_t i)
{
	const struct afold *f = actors_tok_fold(x, i);
	return f ? f->lx : 0;
}

static bool letter(const struct actx *x, size_t i)
{
	return x->tok[i].f & TK_LETTER;
}

/* Lower case, or capitalised only because it opens the sentence. */
static bool lowerish(const struct actx *x, size_t i)
{
	return (x->tok[i].f & TK_LETTER) && (!(x->tok[i].f & TK_CAP) || (x->tok[i].f & TK_INIT));
}

struct amention *actors_add_mention(struct actx *x, size_t start, size_t end, int actor, int kind, float conf)
{
	x->men = xgrow(x->men, &x->capmen, x->nmen + 1, sizeof *x->men);
	struct amention *m = &x->men[x->nmen++];
	memset(m, 0, sizeof *m);
	m->start = start;
	m->end = end;
	m->actor = actor;
	m->kind = (uint8_t)kind;
	m->conf = conf;
	return m;
}

/* The candidate holding token i, or NULL. */
static const struct acand *cand_at(const struct actx *x, size_t i)
{
	int32_t c = i < x->ntok ? x->tok_cand[i] : 0;
	return c ? &x->cand[c - 1] : NULL;
}

static int actor_type(const struct actx *x, int actor)
{
	return actor >= 0 ? x->act[actor].type : -1;
}

static bool person_cand(const struct actx *x, const struct acand *c)
{
	return c && c->actor >= 0 && actor_type(x, c->actor) == ACTOR_PERSON;
}

/* A title word: in the lexicons, or ex-/vice-/co- + a title (« ex-députée »). */
static bool is_title(struct actx *x, size_t i)
{
	if (!letter(x, i))
		return false;
	if (lx(x, i) & LX_TITLE)
		return true;
	const struct afold *f = actors_tok_fold(x, i);
	static const char *const pre[] = {"ex-", "vice-", "co-", "pro-", "sous-", "under-", "deputy-"};
	for (size_t k = 0; k < ARRAY_LEN(pre); k++) {
		size_t pl = strlen(pre[k]);
		if (f->len > pl + 2 && memcmp(f->fold, pre[k], pl) == 0 &&
		    (lex_has(x->lx.titles, f->fold + pl, f->len - pl) || lex_has(x->lx.titles_cfg, f->fold + pl, f->len - pl)))
			return true;
	}
	return false;
}

/* A head noun for an actor of `type`. */
static bool is_head(struct actx *x, size_t i, int type)
{
	if (type == ACTOR_PERSON)
		return is_title(x, i);
	if (type == ACTOR_ORG)
		return letter(x, i) && (lx(x, i) & (LX_ORGCUE | LX_ORGCLASS));
	return false;
}

static size_t sent_end(const struct actx *x, size_t i)
{
	return x->sent_tok[x->tok[i].sent + 1];
}

static size_t sent_start(const struct actx *x, size_t i)
{
	return x->sent_tok[x->tok[i].sent];
}

/* First token of candidate c including its honorific and a capitalised title. */
static size_t lead_of(const struct actx *x, const struct acand *c)
{
	size_t lead = c->t0;
	if (c->title_t1 > c->title_t0)
		lead = c->title_t0;
	if (c->hon_start != SIZE_MAX)
		while (lead > 0 && x->tok[lead - 1].end > c->hon_start)
			lead--;
	return lead;
}

static void add_bind(struct actx *x, int actor, size_t head, size_t p0, size_t p1, bool org)
{
	if (p1 <= p0 || actor < 0)
		return;
	x->bind = xgrow(x->bind, &x->capbind, x->nbind + 1, sizeof *x->bind);
	struct abind *b = &x->bind[x->nbind++];
	memset(b, 0, sizeof *b);
	const struct afold *hf = actors_tok_fold(x, head);
	b->actor = actor;
	b->head = hf->fold;
	b->headlen = hf->len;
	b->org = org;
	b->start = x->tok[p0].start;
	b->end = x->tok[p1 - 1].end;
	for (size_t k = p0; k < p1 && b->nmods < (int)ARRAY_LEN(b->mods); k++) {
		if (k == head || !letter(x, k) || (lx(x, k) & (LX_DET | LX_INDEF | LX_CONNECT | LX_STOP)))
			continue;
		b->mods[b->nmods++] = x->tok[k].fold;
	}
	/* The role text and the country of a demonym in it. */
	struct aactor *a = &x->act[actor];
	size_t rs = p0;
	while (rs < p1 && (lx(x, rs) & (LX_DET | LX_INDEF)))
		rs++;
	if (rs < p1 && !org) {
		size_t s = x->tok[rs].start, e = x->tok[p1 - 1].end;
		if (!a->role || strlen(a->role) < e - s) {
			free(a->role);
			a->role = xstrndup(x->text + s, e - s);
		}
		for (size_t k = rs; k < p1 && !a->country; k++)
			if (lx(x, k) & LX_DEMONYM) {
				/* The demonym qualifies the head (« président russe »), not a complement. */
				if (k == head + 1 || k + 1 == head) {
					const char *c = actors_tok_get(x, k, x->lx.demonym);
					if (c && *c)
						a->country = c;
				}
			}
	}
	actors_add_mention(x, b->start, b->end, actor, MENTION_ROLE, 0.7f);
}

/* Extend a phrase start p (the head or first modifier) to the left over
 * modifiers (ancien, former, incumbent) and a determiner. */
static size_t extend_left(struct actx *x, size_t p, size_t lim, bool indef_ok)
{
	while (p > lim && lowerish(x, p - 1) && (lx(x, p - 1) & (LX_MODIFIER | LX_ADJ)))
		p--;
	if (p > lim && lowerish(x, p - 1) && ((lx(x, p - 1) & LX_DET) || (indef_ok && (lx(x, p - 1) & LX_INDEF))))
		p--;
	return p;
}

/* Drop trailing connectors and determiners of a phrase [p0, p1). */
static size_t trim_right(struct actx *x, size_t p0, size_t p1)
{
	while (p1 > p0 && (!letter(x, p1 - 1) || (actors_tok_lower(x, p1 - 1) && (lx(x, p1 - 1) & (LX_CONNECT | LX_DET | LX_STOP)))))
		p1--;
	return p1;
}

/* ---- pass 1: titles before names ------------------------------------------- */

/* The title phrase before person candidate c: [*p0, lead) with head *h. */
static bool pre_title(struct actx *x, const struct acand *c, size_t *p0, size_t *h)
{
	size_t lead = lead_of(x, c), s0 = sent_start(x, lead);
	if (c->title_t1 > c->title_t0) {
		/* Capitalised title stripped from the name: the last title word is the head. */
		size_t e = c->title_t1;
		if (actors_tok_punct(x, e - 1, '.'))
			e--;
		size_t head = SIZE_MAX;
		for (size_t k = c->title_t0; k < e; k++)
			if (is_title(x, k))
				head = k;
		if (head == SIZE_MAX)
			return false;
		*h = head;
		*p0 = extend_left(x, c->title_t0, s0, false);
		return true;
	}
	if (lead == s0)
		return false;
	/* « l'envoyé spécial de Donald Trump »: a connector just before the
	 * name makes it a complement of the title, not its holder. */
	if (actors_tok_lower(x, lead - 1) && (lx(x, lead - 1) & LX_CONNECT))
		return false;
	size_t k = lead;
	for (int steps = 0; k > s0 && steps < 8; steps++) {
		k--;
		if (!letter(x, k))
			return false;
		if (lowerish(x, k) && is_title(x, k)) {
			size_t q0 = extend_left(x, k, s0, false);
			/* « a prévenu Laurent Brun »: a participle after an auxiliary
			 * is no title; in French a title before a name has its
			 * determiner (« le ministre X », « du président X »). */
			bool det = lx(x, q0) & (LX_DET | LX_INDEF);
			if (q0 > s0 && !det) {
				uint32_t bl = lx(x, q0 - 1);
				if (x->fr && (bl & (LX_STOPPER | LX_SPEECH | LX_COPULA)) && actors_tok_lower(x, q0 - 1))
					return false;
				if (x->fr && !(bl & (LX_CONNECT | LX_PLACEPREP)) && !cand_at(x, q0 - 1) &&
				    !(x->tok[q0 - 1].f & TK_PUNCT))
					return false;
			}
			*h = k;
			*p0 = q0;
			return true;
		}
		uint32_t kl = lx(x, k);
		if (actors_tok_lower(x, k) && (kl & (LX_DEMONYM | LX_ADJ | LX_INSTADJ | LX_CONNECT | LX_DET | LX_ORGCLASS | LX_PLACECUE)))
			continue;
		/* An organisation or place name inside the title: « préfet de Corse ». */
		const struct acand *o = cand_at(x, k);
		if (o && !person_cand(x, o) && (x->tok[k].f & TK_CAP))
			continue;
		return false;
	}
	return false;
}

/* ---- pass 2: appositions ------------------------------------------------------ */

static bool ends_phrase(struct actx *x, size_t k)
{
	if (x->tok[k].f & TK_PUNCT) {
		int32_t c = x->tok[k].cp;
		return c != '&' && c != '-' && c != '\'' && c != 0x2019;
	}
	if (!((lx(x, k) & (LX_STOPPER | LX_SPEECH)) && actors_tok_lower(x, k)))
		return false;
	/* "and" inside a role in capitals: Director of Development and Communications. */
	if (k > 0 && k + 1 < x->ntok && (lx(x, k) & LX_STOP) && (x->tok[k - 1].f & TK_CAP) && (x->tok[k + 1].f & TK_CAP) &&
	    letter(x, k - 1) && letter(x, k + 1) && !cand_at(x, k + 1))
		return false;
	return true;
}

/* Extend an apposition from its head to where it ends: punctuation, a
 * verb-like stopper, or another titled person (cut before its title). */
static size_t apposition_end(struct actx *x, size_t h, size_t lim, const bool *cut)
{
	size_t k = h + 1, n = 0;
	while (k < lim && n < 24) {
		if (cut[k] || ends_phrase(x, k))
			break;
		const struct acand *o = cand_at(x, k);
		if (o && o->actor >= 0 && k == o->t0) {
			k = o->t1;
			n++;
			continue;
		}
		k++;
		n++;
	}
	return trim_right(x, h, k);
}

/* Bind an apposition [p0, e) whose end e was cut before another titled
 * person's title: the phrase up to that person's name (« conseiller
 * principal du président russe ») is a mention too, and the role. */
static void bind_apposition(struct actx *x, int actor, size_t head, size_t p0, size_t e, size_t lim, const bool *cut,
                            bool org)
{
	add_bind(x, actor, head, p0, e, org);
	bool was_cut = false;
	for (size_t k = e; k < lim && k <= e + 2; k++)
		was_cut |= cut[k];
	if (org || !was_cut)
		return;
	size_t k = e;
	while (k < lim && k < e + 8 && !ends_phrase(x, k)) {
		const struct acand *o = cand_at(x, k);
		if (o && k == o->t0 && person_cand(x, o))
			break;
		k++;
	}
	const struct acand *o = k < lim ? cand_at(x, k) : NULL;
	if (!o || !person_cand(x, o) || k == e)
		return;
	size_t e2 = trim_right(x, p0, k);
	if (e2 > e)
		add_bind(x, actor, head, p0, e2, false);
}

/* « Interrogé par Le Télégramme, le ministère … »: is c the agent of a
 * participle that opens the sentence?  The noun phrase after its comma is
 * then the clause's subject, not c's apposition. */
static bool fronted_agent(struct actx *x, const struct acand *c)
{
	size_t ss = sent_start(x, c->t0);
	return c->t0 >= ss + 2 && c->t0 <= ss + 4 && actors_tok_lower(x, c->t0 - 1) &&
	       actors_tok_in(x, c->t0 - 1, x->lx.agentprep);
}

static void appositions(struct actx *x, const bool *cut, const bool *pre_head)
{
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		int t = actor_type(x, c->actor);
		if (t != ACTOR_PERSON && t != ACTOR_ORG)
			continue;
		bool org = t == ACTOR_ORG;
		size_t s1 = sent_end(x, c->t0);
		/* After: "X, [det] [modifiers] head ..." (or a role in capitals:
		 * "X, Social Sciences Lecturer at Monash University,"). */
		bool bound = false;
		if (c->t1 < s1 && actors_tok_punct(x, c->t1, ',') && !fronted_agent(x, c)) {
			size_t k = c->t1 + 1;
			size_t steps = 0;
			while (k < s1 && steps < 4 && !is_head(x, k, t)) {
				const struct acand *o = cand_at(x, k);
				if (lowerish(x, k) && (lx(x, k) & (LX_DET | LX_INDEF | LX_MODIFIER | LX_ADJ | LX_DEMONYM)))
					k++;
				else if (!org && letter(x, k) && (x->tok[k].f & TK_CAP) && !o)
					k++;            /* a role in capitals */
				else if (o && o->t0 == k && (x->tok[o->t1 - 1].f & TK_POSS))
					k = o->t1;      /* "Microsoft's chief financial officer" */
				else
					break;
				steps++;
			}
			/* « X, juge le programme … »: a verb, not a title, when an
			 * article follows the bare head. */
			bool verb = k == c->t1 + 1 && k + 1 < s1 && actors_tok_lower(x, k + 1) && (lx(x, k + 1) & LX_DET);
			if (k < s1 && is_head(x, k, t) && (lowerish(x, k) || !org) && !pre_head[k] && !verb) {
				size_t e = apposition_end(x, k, s1, cut);
				bind_apposition(x, c->actor, k, c->t1 + 1, e, s1, cut, org);
				bound = true;
			} else if (!org && c->t1 + 2 < s1 && actors_tok_lower(x, c->t1 + 1) && (lx(x, c->t1 + 1) & LX_INDEF) &&
			           letter(x, c->t1 + 2) && !(lx(x, c->t1 + 1) & LX_STOPPER)) {
				/* "X, a seismologist at the University of Chile,": an
				 * occupation the lexicon lacks; its head is the last word
				 * before a preposition. */
				size_t e = apposition_end(x, c->t1 + 1, s1, cut);
				size_t h = c->t1 + 2;
				while (h + 1 < e && actors_tok_lower(x, h + 1) && !(lx(x, h + 1) & (LX_STOP | LX_CONNECT | LX_PLACEPREP)))
					h++;
				if (e > c->t1 + 2 && actors_tok_lower(x, h) && !(lx(x, h) & LX_STOP))
					add_bind(x, c->actor, h, c->t1 + 1, e, false);
				bound = true;
			}
		}
		/* Introduction by a copula: "X, who's been …, and is the Director
		 * of Development", « X est le porte-parole de … ». */
		if (!bound && t == ACTOR_PERSON) {
			for (size_t k = c->t1, n = 0; k + 1 < s1 && n < 25; k++, n++) {
				const struct acand *o = cand_at(x, k);
				if (o && o != c && person_cand(x, o))
					break;
				if (!actors_tok_lower(x, k) || !(lx(x, k) & LX_COPULA))
					continue;
				size_t h = k + 1;
				if (h < s1 && lowerish(x, h) && (lx(x, h) & (LX_DET | LX_INDEF)))
					h++;
				size_t p0 = h;
				while (h < s1 && h < p0 + 2 && actors_tok_lower(x, h) && (lx(x, h) & (LX_MODIFIER | LX_ADJ)) && !is_title(x, h))
					h++;
				if (h < s1 && is_title(x, h) && !pre_head[h]) {
					size_t e = apposition_end(x, h, s1, cut);
					add_bind(x, c->actor, h, p0, e, false);
				}
				break;
			}
		}
		/* Before: "[det] head ..., X" */
		size_t lead = lead_of(x, c);
		size_t s0 = sent_start(x, lead);
		/* ... only when the name is set off: "…, X," "…, X said". */
		bool set_off = c->t1 >= s1 || (x->tok[c->t1].f & TK_PUNCT) ||
		               (actors_tok_lower(x, c->t1) && (lx(x, c->t1) & (LX_STOPPER | LX_SPEECH)));
		/* ... or when the phrase opens the sentence with its head: « Chercheuse
		 * au CNRS, Léa Brun alerte ». */
		bool fronted = !set_off && t == ACTOR_PERSON && (c->ev & EV_FIRST) && lead > s0 + 1 &&
		               actors_tok_punct(x, lead - 1, ',') && is_title(x, s0) && !pre_head[s0];
		for (size_t k = s0 + 1; fronted && k + 1 < lead; k++)
			if ((x->tok[k].f & TK_PUNCT) || (actors_tok_lower(x, k) && (lx(x, k) & (LX_STOPPER | LX_SPEECH | LX_CONJ))))
				fronted = false;
		if ((set_off || fronted) && lead > s0 + 1 && actors_tok_punct(x, lead - 1, ',')) {
			size_t comma = lead - 1;
			size_t rs = comma;
			while (rs > s0 && comma - rs < 25 && !(x->tok[rs - 1].f & TK_PUNCT && !actors_tok_punct(x, rs - 1, '&')))
				rs--;
			/* The last head before the comma that is not another person's
			 * title and is not followed by a conjunction. */
			size_t head = SIZE_MAX;
			for (size_t k = comma; k > rs;) {
				k--;
				if ((lx(x, k) & (LX_STOPPER | LX_SPEECH)) && actors_tok_lower(x, k))
					break;
				if (actors_tok_lower(x, k) && (lx(x, k) & LX_CONJ))
					break;  /* et, and, ou: two phrases */
				if (is_head(x, k, t) && (lowerish(x, k) || (x->tok[k].f & TK_UPPER)) && !pre_head[k]) {
					head = k;
					break;
				}
			}
			if (head != SIZE_MAX) {
				size_t p0 = head;
				/* Up to two nouns before the head ("A department spokeswoman"). */
				for (int m = 0; m < 2 && p0 > rs && actors_tok_lower(x, p0 - 1) &&
				                !(lx(x, p0 - 1) & (LX_DET | LX_INDEF | LX_STOP | LX_CONNECT | LX_STOPPER));
				     m++)
					p0--;
				p0 = extend_left(x, p0, rs, true);
				size_t e = head + 1;
				while (e < comma && !cut[e])
					e++;
				e = trim_right(x, head, e);
				add_bind(x, c->actor, head, p0, e, org);
			}
		}
	}
}

/* ---- pass 3: references ---------------------------------------------------- */

static bool has_mod(const struct abind *b, uint32_t f)
{
	for (int i = 0; i < b->nmods; i++)
		if (b->mods[i] == f)
			return true;
	return false;
}

static int cmp_head(const void *a, const void *b, void *ctx)
{
	const struct actx *x = ctx;
	const struct abind *p = &x->bind[*(const int *)a], *q = &x->bind[*(const int *)b];
	if (p->headlen != q->headlen)
		return p->headlen < q->headlen ? -1 : 1;
	int c = memcmp(p->head, q->head, p->headlen);
	if (c)
		return c;
	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	return *(const int *)a - *(const int *)b;
}

/* First index in [lo, hi) of the sorted bindings whose start is >= at. */
static size_t start_lower(const struct actx *x, const int *ord, size_t lo, size_t hi, size_t at)
{
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (x->bind[ord[mid]].start < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Bindings of one head looked at around a reference: an article has far
 * fewer; a very long text (many articles in one file) stays linear. */
enum { REF_WINDOW = 128 };

/* First index in the sorted bindings whose head is >= (h, n). */
static size_t head_lower(const struct actx *x, const int *ord, size_t nb, const char *h, size_t n)
{
	size_t lo = 0, hi = nb;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct abind *b = &x->bind[ord[mid]];
		int c = b->headlen != n ? (b->headlen < n ? -1 : 1) : memcmp(b->head, h, n);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A complement word that names something else than the organisation
 * (« de la capitale », "of the city"): any content word. */
static bool comp_other(struct actx *x, uint32_t fold)
{
	return !(x->fo[fold].lx & (LX_STOP | LX_DET));
}

static void references(struct actx *x, const bool *covered)
{
	int *ids = NULL;
	size_t cap = 0;
	int *ord = xmalloc((x->nbind + 1) * sizeof *ord);
	for (size_t b = 0; b < x->nbind; b++)
		ord[b] = (int)b;
	qsort_r(ord, x->nbind, sizeof *ord, cmp_head, x);
	/* gend[o]: the end of the run of bindings with ord[o]'s head. */
	size_t *gend = xmalloc((x->nbind + 1) * sizeof *gend);
	for (size_t o = x->nbind; o-- > 0;) {
		const struct abind *p = &x->bind[ord[o]], *q = o + 1 < x->nbind ? &x->bind[ord[o + 1]] : NULL;
		gend[o] = q && q->headlen == p->headlen && memcmp(q->head, p->head, p->headlen) == 0 ? gend[o + 1] : o + 1;
	}
	for (size_t i = 0; i + 1 < x->ntok; i++) {
		if (!lowerish(x, i) || !(lx(x, i) & LX_DET) || covered[i] || covered[i + 1])
			continue;
		size_t h = i + 1;
		uint32_t mods[6];
		int nm = 0;
		/* Adjectives before the head: "the French president", "the
		 * Russian foreign minister". */
		while (h < x->ntok && h < i + 3 && x->tok[h].sent == x->tok[i].sent && letter(x, h) && !covered[h] &&
		       !is_title(x, h) && (lx(x, h) & (LX_DEMONYM | LX_ADJ)) && nm < 6)
			mods[nm++] = x->tok[h++].fold;
		if (h >= x->ntok || !actors_tok_lower(x, h) || x->tok[h].sent != x->tok[i].sent || covered[h])
			continue;
		bool person = is_title(x, h);
		bool org = !person && (lx(x, h) & (LX_ORGCUE | LX_ORGCLASS));
		if (!person && !org)
			continue;
		size_t s1 = sent_end(x, h);
		const struct afold *hf = actors_tok_fold(x, h);
		/* Adjectives after the head, then a complement's first word. */
		size_t e = h + 1;
		while (e < s1 && actors_tok_lower(x, e) && (lx(x, e) & (LX_DEMONYM | LX_ADJ | LX_INSTADJ)) && nm < 6)
			mods[nm++] = x->tok[e++].fold;
		size_t ce = e;
		uint32_t comp = UINT32_MAX;
		if (e < s1 && actors_tok_lower(x, e) && (lx(x, e) & LX_CONNECT)) {
			size_t k = e + 1;
			if (k < s1 && actors_tok_lower(x, k) && (lx(x, k) & LX_DET))
				k++;
			if (k < s1 && letter(x, k)) {
				comp = x->tok[k].fold;
				ce = k + 1;
			}
		}
		/* A name right after is a title before a name, handled as a binding. */
		if (e < s1 && cand_at(x, e) && (x->tok[e].f & TK_CAP))
			continue;
		if (e + 1 < s1 && actors_tok_punct(x, e, ',') && person_cand(x, cand_at(x, e + 1)))
			continue;
		size_t nids = 0;
		bool comp_matched = false;
		/* Bindings the text made (appositions) before those of names' own
		 * cue words: « la fédération des banques, Febelfin » wins over a
		 * « Fédération belge » for « la fédération ». */
		size_t g0 = head_lower(x, ord, x->nbind, hf->fold, hf->len);
		if (g0 == x->nbind || x->bind[ord[g0]].headlen != hf->len ||
		    memcmp(x->bind[ord[g0]].head, hf->fold, hf->len) != 0)
			continue;
		size_t g1 = gend[g0];
		size_t mid = start_lower(x, ord, g0, g1, x->tok[i].start);
		size_t w0 = mid - g0 > REF_WINDOW ? mid - REF_WINDOW : g0;
		size_t w1 = g1 - mid > REF_WINDOW ? mid + REF_WINDOW : g1;
		bool strong = false;
		for (size_t o = w0; o < w1; o++) {
			const struct abind *bd = &x->bind[ord[o]];
			strong |= bd->org == org && !bd->weak;
		}
		for (size_t o = w0; o < w1; o++) {
			const struct abind *bd = &x->bind[ord[o]];
			if (bd->org != org || (strong && bd->weak))
				continue;
			bool ok = true;
			for (int m = 0; m < nm && ok; m++)
				ok = has_mod(bd, mods[m]);
			if (!ok)
				continue;
			bool cm = comp != UINT32_MAX && has_mod(bd, comp);
			if (comp != UINT32_MAX && !cm && (person || !bd->weak))
				continue;   /* « le président de la Commission » is not « le président russe » */
			if (comp != UINT32_MAX && !cm && bd->weak && comp_other(x, comp))
				continue;   /* « le club de la capitale » is not « le club » of any name */
			if (cm)
				comp_matched = true;
			if (nids == 64)
				continue;   /* as many as are kept */
			bool dup = false;
			for (size_t k = 0; k < nids && !dup; k++)
				dup = ids[k] == bd->actor;
			if (!dup) {
				ids = xgrow(ids, &cap, nids + 1, sizeof *ids);
				ids[nids++] = bd->actor;
			}
		}
		if (!nids)
			continue;
		/* Several organisations whose names hold the noun, and no apposition:
		 * « le parti » with two Fronts is left unresolved. */
		if (nids > 1 && !strong && org)
			continue;
		int actor = actors_nearest(x, ids, nids, x->tok[i].start);
		size_t end = comp_matched ? ce : e;
		actors_add_mention(x, x->tok[i].start, x->tok[end - 1].end, actor, MENTION_ROLE, 0.6f);
	}
	free(ids);
	free(gend);
	free(ord);
}

/* ---- pass 3b: demonyms as references ---------------------------------------- */

/* The country of a demonym token, or NULL. */
static const char *demonym_country(struct actx *x, size_t k)
{
	if (!(lx(x, k) & LX_DEMONYM))
		return NULL;
	const char *c = actors_tok_get(x, k, x->lx.demonym);
	return c && *c ? c : NULL;
}

/* « le Géorgien Levan Kipiani » … « a dit le Géorgien »; "Dutch rider Wout
 * Jansen" … "the Dutchman": a demonym before a person's name binds the
 * person; a later definite demonym standing as a noun (a comma, a verb or
 * the sentence's end after it) is a mention of that person, or of the one
 * of that country mentioned last. */
static void demonym_refs(struct actx *x, const bool *covered)
{
	const char **ctry = NULL;
	int *act = NULL;
	size_t *pos = NULL;
	size_t n = 0, cap = 0, capa = 0, capp = 0;
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		if (!person_cand(x, c))
			continue;
		size_t s0 = sent_start(x, c->t0);
		for (size_t k = lead_of(x, c), steps = 0; k > s0 && steps < 3; steps++) {
			k--;
			const char *cc = demonym_country(x, k);
			if (cc) {
				ctry = xgrow(ctry, &cap, n + 1, sizeof *ctry);
				act = xgrow(act, &capa, n + 1, sizeof *act);
				pos = xgrow(pos, &capp, n + 1, sizeof *pos);
				ctry[n] = cc;
				pos[n] = c->start;
				act[n++] = c->actor;
				break;
			}
			if (!letter(x, k) || !actors_tok_lower(x, k))
				break;
		}
	}
	int ids[16];
	for (size_t i = 0; n && i + 1 < x->ntok; i++) {
		size_t h = i + 1;
		if (!lowerish(x, i) || !(lx(x, i) & LX_DET) || covered[h] || x->tok[h].sent != x->tok[i].sent ||
		    !(x->tok[h].f & TK_CAP))
			continue;
		const char *cc = demonym_country(x, h);
		if (!cc)
			continue;
		size_t nx = h + 1;
		if (nx < x->ntok && x->tok[nx].sent == x->tok[h].sent && letter(x, nx) &&
		    !(lx(x, nx) & (LX_STOPPER | LX_SPEECH | LX_CONJ | LX_STOP | LX_COPULA)))
			continue;   /* "the German government", « le Géorgien Levan … » */
		/* The bindings around the reference (bounded: a long file stays linear). */
		size_t lo = 0, hi = n;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (pos[mid] < x->tok[i].start)
				lo = mid + 1;
			else
				hi = mid;
		}
		size_t k0 = lo > REF_WINDOW ? lo - REF_WINDOW : 0, k1 = n - lo > REF_WINDOW ? lo + REF_WINDOW : n;
		size_t nid = 0;
		for (size_t k = k0; k < k1 && nid < ARRAY_LEN(ids); k++) {
			if (strcmp(ctry[k], cc) != 0)
				continue;
			bool dup = false;
			for (size_t m = 0; m < nid; m++)
				dup |= ids[m] == act[k];
			if (!dup)
				ids[nid++] = act[k];
		}
		if (!nid)
			continue;
		int a = actors_nearest(x, ids, nid, x->tok[i].start);
		actors_add_mention(x, x->tok[i].start, x->tok[h].end, a, MENTION_ROLE, 0.6f);
	}
	free(ctry);
	free(act);
	free(pos);
}

/* ---- pass 4: cue phrases, institutions, honorifics --------------------------- */

/* The cue word *cp before candidate c (« la rue de la Paix »: rue), its
 * value in actor_place_cues or actor_org_classifiers and the first token
 * *pp of the « de » complement, or NULL. */
static const char *cue_before(struct actx *x, const struct acand *c, size_t *pp, size_t *cp)
{
	if (c->actor < 0 || c->t0 == 0)
		return NULL;
	size_t s0 = sent_start(x, c->t0);
	size_t p = c->t0;
	if (p > s0 && actors_tok_lower(x, p - 1) && (lx(x, p - 1) & LX_DET))
		p--;
	if (p > s0 && actors_tok_lower(x, p - 1) && (lx(x, p - 1) & LX_CONNECT))
		p--;
	if (p == c->t0 - 1 && actors_tok_lower(x, p) && (lx(x, p) & LX_DET))
		return NULL;   /* « la Corse » alone */
	if (p <= s0 || !lowerish(x, p - 1))
		return NULL;
	size_t cue = p - 1;
	/* « la salle polyvalente de X »: a place's noun and its adjective */
	if (p - 1 > s0 && p < c->t0 && !(lx(x, cue) & (LX_PLACECUE | LX_ORGCLASS | LX_STOP | LX_DET | LX_CONNECT)) &&
	    lowerish(x, p - 2) && (lx(x, p - 2) & LX_PLACECUE) && actors_tok_lower(x, cue) &&
	    lex_has_ending(x->lx.adjsuffix, x->text + x->tok[cue].start, x->tok[cue].end - x->tok[cue].start, 2)) {
		const char *pv = actors_placecue(x, p - 2);
		if (pv && !strcmp(pv, "part"))
			cue = p - 2;
	}
	uint32_t cl = lx(x, cue);
	const char *v = NULL;
	if (cl & LX_PLACECUE)
		v = actors_placecue(x, cue);
	else if (cl & LX_ORGCLASS)
		v = actors_tok_get(x, cue, x->lx.orgclass);
	if (!v || !strcmp(v, "suffix"))
		return NULL;
	*pp = p;
	*cp = cue;
	return v;
}

/* fr8: is candidate c one word after « de » and an article (« de la
 * Libération », « de l'Église »), from p, the complement's first token?  A
 * body's name takes no article there: « le plateau de France Info ». */
static bool art_complement(struct actx *x, const struct acand *c, size_t p)
{
	return c->t1 - c->t0 == 1 && p + 2 == c->t0 && (lx(x, p) & LX_CONNECT) && actors_tok_lower(x, p + 1) && (lx(x, p + 1) & LX_DET);
}

/* Is candidate c the « de » complement of a local institution (« le
 * centre hospitalier de la Vaudelle »: actor_local_institutions)? */
static bool institution_complement(struct actx *x, const struct acand *c)
{
	size_t s0 = sent_start(x, c->t0), p = c->t0;
	if (p > s0 && actors_tok_lower(x, p - 1) && (lx(x, p - 1) & LX_DET))
		p--;
	if (p <= s0 + 1 || !actors_tok_lower(x, p - 1) || !(lx(x, p - 1) & LX_CONNECT))
		return false;
	return actors_lex_span(x, x->lx.localinst, p - 2, p - 1) ||
	       (p - 2 > s0 && actors_lex_span(x, x->lx.localinst, p - 3, p - 1));
}

/* Actors named by a phrase, made the first time the phrase is met: folded
 * phrase -> actor (the institutions of inst_actor(), the territorial bodies,
 * the places named by a head and another place's name). */
struct phrase_actors {
	char **key;
	int *actor;
	uint32_t *hash;
	size_t n, cap, capa, caph;
	struct hindex ix;
};

static uint32_t phrase_hash(const void *ctx, size_t i)
{
	return ((const struct phrase_actors *)ctx)->hash[i];
}

/* The actor of the text [start, end) (folded), made with type `type` when
 * the phrase is new (*made then says so). */
static int phrase_actor(struct actx *x, struct phrase_actors *pa, size_t start, size_t end, int type, bool *made)
{
	char *f = lang_fold(x->text + start, end - start, NULL);
	uint32_t h = hash_fnv(f, strlen(f));
	if (made)
		*made = false;
	for (size_t j = hindex_start(&pa->ix, h), k; (k = hindex_next(&pa->ix, &j)) != HINDEX_NONE;)
		if (pa->hash[k] == h && !strcmp(pa->key[k], f)) {
			free(f);
			return pa->actor[k];
		}
	int id = actors_new(x, -1);
	x->act[id].type = type;
	x->act[id].name = xstrndup(x->text + start, end - start);
	pa->key = xgrow(pa->key, &pa->cap, pa->n + 1, sizeof *pa->key);
	pa->actor = xgrow(pa->actor, &pa->capa, pa->n + 1, sizeof *pa->actor);
	pa->hash = xgrow(pa->hash, &pa->caph, pa->n + 1, sizeof *pa->hash);
	pa->key[pa->n] = f;
	pa->hash[pa->n] = h;
	pa->actor[pa->n++] = id;
	hindex_add(&pa->ix, h, pa->n - 1, pa->n, phrase_hash, pa);
	if (made)
		*made = true;
	return id;
}

static void phrase_actors_free(struct phrase_actors *pa)
{
	for (size_t i = 0; i < pa->n; i++)
		free(pa->key[i]);
	free(pa->key);
	free(pa->actor);
	free(pa->hash);
	hindex_free(&pa->ix);
}

/* « la région Occitanie »: a definite article, a territory's word of
 * actor_territorial_bodies in lower case and the place's name straight
 * after it (no « de ») name the territory's administration, an
 * organisation of its own.  True for such a candidate c, with the word's
 * token *cp and the article's *dp. */
static bool territorial_body(struct actx *x, const struct acand *c, size_t *cp, size_t *dp)
{
	if (!x->fr || c->actor < 0 || c->t0 < 2 || x->act[c->actor].type != ACTOR_PLACE)
		return false;
	size_t cue = c->t0 - 1, s0 = sent_start(x, c->t0);
	if (cue <= s0 || !actors_tok_lower(x, cue) || !actors_tok_in(x, cue, x->lx.bodies) || !lowerish(x, cue - 1) ||
	    !(lx(x, cue - 1) & LX_DET) || !actors_spaced(x, cue))
		return false;
	*cp = cue;
	*dp = cue - 1;
	return true;
}

static void cue_phrases(struct actx *x)
{
	/* fr8: actors met only as the « de » complement of a place's head
	 * (« la place de l'Église », « le stade de la Libération »): the count
	 * of such candidates and of all candidates, per actor. */
	uint32_t *incomp = xcalloc(x->nact + 1, sizeof *incomp), *total = xcalloc(x->nact + 1, sizeof *total);
	/* ... and of candidates after no place's head at all (« la Vézère » alone) */
	uint32_t *alone = xcalloc(x->nact + 1, sizeof *alone);
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		if (c->actor < 0 || (size_t)c->actor >= x->nact)
			continue;
		total[c->actor]++;
		size_t p, cue;
		const char *v = cue_before(x, c, &p, &cue);
		if (v && !strcmp(v, "part") && art_complement(x, c, p) && (lx(x, cue) & LX_PLACECUE))
			incomp[c->actor]++;
		if (!v && !institution_complement(x, c))
			alone[c->actor]++;
	}
	struct phrase_actors pp = {0};
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		size_t p, cue;
		const char *v = cue_before(x, c, &p, &cue);
		if (!v || territorial_body(x, c, &p, &cue))
			continue;
		size_t s0 = sent_start(x, c->t0);
		uint32_t cl = lx(x, cue);
		/* head: « lycée Kerneuzec » opens the name; « lycée de Lannion » names a seat */
		bool head = !strcmp(v, "head");
		if (head && p < c->t0)
			continue;
		bool part = head || !strcmp(v, "part");
		/* « le musée de Bretagne » is an organisation of its own (actors_cand.c) */
		if (part && !(cl & LX_PLACECUE) && (x->act[c->actor].ev & EV_GAZ) && x->act[c->actor].type == ACTOR_PLACE)
			continue;
		size_t dp = cue;
		if (dp > s0 && lowerish(x, dp - 1) && (lx(x, dp - 1) & LX_DET))
			dp--;
		/* « le parti de X » names a party, « est parti de X » a departure. */
		if (!(cl & LX_PLACECUE) && p < c->t0 && dp == cue && !part)
			continue;
		if (part) {
			/* « la rue de la Paix », « le stade de la Libération »: the cue
			 * word that opens the name says its type, unless the name has
			 * stronger evidence of its own. */
			struct aactor *ac = &x->act[c->actor];
			if ((cl & LX_PLACECUE) && ac->type != ACTOR_PLACE && !(ac->ev & (EV_ORGCUE | EV_GAZ | EV_FIRST | EV_HONOR)))
				ac->type = ACTOR_PLACE;
			/* fr8: ... and a cue word or a known name met only as such a
			 * complement, one word after an article, names no body: « la
			 * place de l'Église », « le stade de la Libération » are places. */
			if ((cl & LX_PLACECUE) && x->fr && art_complement(x, c, p) && ac->type != ACTOR_PLACE &&
			    !(ac->ev & (EV_FIRST | EV_HONOR)) && incomp[c->actor] == total[c->actor])
				ac->type = ACTOR_PLACE;
			/* « la vallée de la Vézère » when « la Vézère » also stands
			 * alone: a place of its own, beside the one it is named after */
			int id = c->actor;
			if ((cl & LX_PLACECUE) && actors_tok_in(x, cue, x->lx.ownplace) && (size_t)c->actor < x->nact && alone[c->actor] &&
			    ac->type == ACTOR_PLACE && !(ac->ev & (EV_FIRST | EV_HONOR)))
				id = phrase_actor(x, &pp, x->tok[cue].start, c->end, ACTOR_PLACE, NULL);
			struct amention *m = actors_add_mention(x, x->tok[cue].start, c->end, id, MENTION_NAME, 0.8f);
			m->name_part = true;
			if (dp < cue)
				actors_add_mention(x, x->tok[dp].start, c->end, id, MENTION_ALIAS, 0.8f);
		} else {
			actors_add_mention(x, x->tok[dp].start, c->end, c->actor, MENTION_ALIAS, 0.7f);
		}
	}
	free(incomp);
	free(total);
	free(alone);
	phrase_actors_free(&pp);
}

/* An acronym defined in brackets after a name in lower case: « la brigade
 * de répression du banditisme (BRB) », "the office of budget
 * responsibility (OBR)".  The words before "(" whose initials (articles
 * and connectors left out) spell the acronym, opening with the head of an
 * organisation (actor_org_cues, actor_org_classifiers, institution heads),
 * become the acronym's fuller name. */
static void bracket_definitions(struct actx *x)
{
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		size_t t = c->t0;
		if (c->actor < 0 || c->t1 != t + 1 || !(x->tok[t].f & TK_UPPER) || t < 3 || c->t1 >= x->ntok ||
		    !actors_tok_punct(x, t - 1, '(') || !actors_tok_punct(x, t + 1, ')'))
			continue;
		size_t an;
		const char *ac = actors_tok_text(x, t, &an);
		if (an < 2 || an > 8)
			continue;
		size_t s0 = sent_start(x, t), end = t - 1, got = an, k = end;
		bool lowered = false;
		/* Walk back over the phrase, matching the acronym's letters from its end. */
		while (k > s0 && got > 0 && end - k < 16) {
			k--;
			if (!letter(x, k) || x->tok[k].sent != x->tok[t].sent || x->tok_cand[k])
				break;
			if (lx(x, k) & (LX_CONNECT | LX_DET | LX_CONJ))
				continue;
			char l = x->text[x->tok[k].start];
			if ((unsigned char)l >= 0x80 || (l | 0x20) != (ac[got - 1] | 0x20))
				break;
			got--;
			lowered |= actors_tok_lower(x, k);
		}
		if (got > 0 || !lowered || !(lx(x, k) & (LX_ORGCUE | LX_ORGCLASS | LX_INSTHEAD)))
			continue;
		struct amention *m = actors_add_mention(x, x->tok[k].start, x->tok[end - 1].end, c->actor, MENTION_NAME, 0.8f);
		m->name_part = true;
		if (k > s0 && lowerish(x, k - 1) && (lx(x, k - 1) & LX_DET))
			actors_add_mention(x, x->tok[k - 1].start, x->tok[end - 1].end, c->actor, MENTION_ALIAS, 0.8f);
		x->act[c->actor].type = ACTOR_ORG;
	}
}

/* The organisation named by tokens [a, b), its country from the demonym
 * token when it is made. */
static int inst_actor(struct actx *x, struct phrase_actors *ik, size_t a, size_t b, size_t demonym)
{
	bool made;
	int id = phrase_actor(x, ik, x->tok[a].start, x->tok[b - 1].end, ACTOR_ORG, &made);
	if (made && demonym != SIZE_MAX) {
		const char *c = actors_tok_get(x, demonym, x->lx.demonym);
		if (c && *c)
			x->act[id].country = c;
	}
	return id;
}

/* Is candidate c the one word w of actor_territorial_bodies (« la Région »)? */
static bool body_word(struct actx *x, const struct acand *c, const struct afold *w)
{
	const struct afold *f = actors_tok_fold(x, c->t0);
	return c->t1 == c->t0 + 1 && f && w && f->len == w->len && !memcmp(f->fold, w->fold, f->len);
}

/* « la région Occitanie » (territorial_body()): the administration, one
 * organisation per phrase, named « région Occitanie ».  When the article
 * names one such body, « la Région » alone is that body. */
static void territorial_bodies(struct actx *x)
{
	struct phrase_actors ik = {0};
	const struct afold *head = NULL;
	int body = -1;
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		size_t cue, dp;
		if (!territorial_body(x, c, &cue, &dp))
			continue;
		int actor = inst_actor(x, &ik, cue, c->t1, SIZE_MAX);
		actors_add_mention(x, x->tok[cue].start, c->end, actor, MENTION_NAME, 0.7f);
		actors_add_mention(x, x->tok[dp].start, c->end, actor, MENTION_ALIAS, 0.7f);
		const struct afold *f = actors_tok_fold(x, cue);
		body = (body < 0 || body == actor) && (!head || head == f) ? actor : -2;
		head = f;
	}
	/* The actors whose every name is the body's word join it. */
	for (size_t ci = 0; body >= 0 && ci < x->ncand; ci++) {
		int old = x->cand[ci].actor;
		if (old < 0 || old == body || !body_word(x, &x->cand[ci], head))
			continue;
		bool only = true;
		for (size_t cj = 0; cj < x->ncand && only; cj++)
			only = x->cand[cj].actor != old || body_word(x, &x->cand[cj], head);
		if (!only)
			continue;
		for (size_t cj = 0; cj < x->ncand; cj++)
			if (x->cand[cj].actor == old)
				x->cand[cj].actor = body;
		for (size_t m = 0; m < x->nmen; m++)
			if (x->men[m].actor == old)
				x->men[m].actor = body;
	}
	phrase_actors_free(&ik);
}

/* From token k, up to `max` lower-case words of sentence s that are no
 * function words (a noun's adjectives, a complement's noun): their end. */
static size_t inst_words(struct actx *x, size_t k, size_t s, int max)
{
	uint32_t noadj = LX_STOP | LX_CONNECT | LX_DET | LX_SPEECH | LX_COPULA | LX_TITLE | LX_STOPPER | LX_CONJ |
	                 LX_PLACEPREP | LX_INDEF;
	for (int n = 0; n < max && k < x->ntok && actors_tok_lower(x, k) && !(lx(x, k) & noadj) && x->tok[k].sent == s; n++)
		k++;
	return k;
}

/* A local institution named by its seat: a lower-case head
 * (actor_local_institutions), at most two adjectives, de / du / des and a
 * place: « la préfecture de Loire-Atlantique », « le tribunal correctionnel
 * de Marseille ».  Returns the end token of the phrase, or 0. */
static size_t local_institution(struct actx *x, size_t i)
{
	if (!actors_tok_lower(x, i))
		return 0;
	size_t k = i + 1, s = x->tok[i].sent;
	if (!actors_tok_localinst(x, i)) {
		/* a head of two words: « centre hospitalier », « communauté de communes » */
		size_t e = k;
		if (e < x->ntok && actors_tok_lower(x, e) && (lx(x, e) & LX_CONNECT) && x->tok[e].sent == s)
			e++;
		if (e >= x->ntok || !actors_tok_lower(x, e) || x->tok[e].sent != s ||
		    !actors_lex_raw(x, x->lx.localinst, i, e + 1))
			return 0;
		k = e + 1;
	}
	k = inst_words(x, k, s, 2);    /* adjectives: « tribunal correctionnel » */
	/* Up to two complements in lower case before the seat: « la chambre
	 * d'agriculture de X », « le comité des fêtes de X », « la chambre de
	 * commerce et d'industrie de X », « l'agence régionale de santé de X ». */
	for (int comp = 0; comp < 2; comp++) {
		size_t q = k;
		if (comp && q < x->ntok && actors_tok_lower(x, q) && (lx(x, q) & LX_CONJ))
			q++;
		if (q + 1 >= x->ntok || !actors_tok_lower(x, q) || !(lx(x, q) & LX_CONNECT))
			break;
		q++;
		if (actors_tok_lower(x, q) && (lx(x, q) & LX_DET))
			q++;
		size_t e = inst_words(x, q, s, 3);    /* the complement's noun and two adjectives */
		if (e == q)
			break;
		k = e;
	}
	if (k >= x->ntok || !actors_tok_lower(x, k) || !(lx(x, k) & LX_CONNECT))
		return 0;
	k++;
	if (k < x->ntok && actors_tok_lower(x, k) && (lx(x, k) & LX_DET))
		k++;
	const struct acand *c = cand_at(x, k);
	if (!c || c->t0 != k || c->actor < 0 || actor_type(x, c->actor) != ACTOR_PLACE || x->tok[k].sent != s)
		return 0;
	return c->t1;
}

/* « le syndicat CGT des verriers de Lornac »: a classifier in lower case, an
 * acronym and a complement in lower case (and its seat) name a branch of
 * the body the acronym names, a fuller name of the acronym's actor. */
static void acronym_branches(struct actx *x)
{
	if (!x->fr)
		return;
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		size_t t = c->t0, s = x->tok[t].sent;
		if (c->actor < 0 || c->t1 != t + 1 || !(x->tok[t].f & TK_UPPER) || t == 0 || c->t1 + 1 >= x->ntok ||
		    !actors_tok_lower(x, t - 1) || !(lx(x, t - 1) & LX_ORGCLASS) || x->tok[t - 1].sent != s)
			continue;
		size_t k = c->t1;
		if (!actors_tok_lower(x, k) || !(lx(x, k) & LX_CONNECT))
			continue;
		k++;
		if (k < x->ntok && actors_tok_lower(x, k) && (lx(x, k) & LX_DET))
			k++;
		size_t e = inst_words(x, k, s, 2);
		if (e == k)
			continue;
		/* ... and its seat: « de Lornac » */
		size_t q = e;
		if (q + 1 < x->ntok && actors_tok_lower(x, q) && (lx(x, q) & LX_CONNECT)) {
			q++;
			if (q < x->ntok && actors_tok_lower(x, q) && (lx(x, q) & LX_DET))
				q++;
			const struct acand *p = cand_at(x, q);
			if (p && p->t0 == q && p->actor >= 0 && actor_type(x, p->actor) == ACTOR_PLACE && x->tok[q].sent == s)
				e = p->t1;
		}
		/* a clear boundary after it: punctuation, a verb the lexicons know */
		if (e < x->ntok && x->tok[e].sent == s && letter(x, e) &&
		    !(lx(x, e) & (LX_STOPPER | LX_SPEECH | LX_COPULA | LX_CONJ)))
			continue;
		actors_add_mention(x, x->tok[t - 1].start, x->tok[e - 1].end, c->actor, MENTION_NAME, 0.7f);
	}
}

/* covered: tokens of names and roles; named: of names only (a local
 * institution may stand inside a role, « experte auprès de la cour
 * d'appel de Rennes », not « la porte-parole de la diplomatie chinoise »). */
/* A French adjective's ending (actor_adjective_suffixes) on token k:
 * « administratif », « judiciaire ». */
static bool inst_adjective(struct actx *x, size_t k)
{
	return actors_tok_adjsuffix(x, k);
}

struct inst_head {
	uint32_t fold;    /* the head's folded word: « tribunal » */
	int actor;
	size_t end;       /* token after the institution's first mention */
};

/* « le tribunal » after « le tribunal correctionnel de Lorient »: the head
 * alone, with a definite article and no adjective or complement of its
 * own, refers to the one institution of that head named before it. */
static void institution_refs(struct actx *x, const bool *named, const struct inst_head *h, size_t nh)
{
	for (size_t i = 0; i + 2 < x->ntok; i++) {
		/* every head is a word of actor_local_institutions: test that first */
		if (!lowerish(x, i) || !(lx(x, i) & LX_DET) || named[i + 1] || !actors_tok_lower(x, i + 1) ||
		    x->tok[i + 1].sent != x->tok[i].sent || !nh || !actors_tok_localinst(x, i + 1))
			continue;
		int actor = -1;
		bool two = false;
		for (size_t k = 0; k < nh; k++) {
			if (h[k].fold != x->tok[i + 1].fold || h[k].end > i)
				continue;
			if (actor >= 0 && actor != h[k].actor)
				two = true;
			actor = h[k].actor;
		}
		if (actor < 0 || two)
			continue;
		size_t n = i + 2;
		if (n < x->ntok && x->tok[n].sent == x->tok[i].sent && actors_tok_lower(x, n) &&
		    (lx(x, n) & (LX_CONNECT | LX_ADJ | LX_INSTADJ | LX_DEMONYM)))
			continue;    /* « le tribunal de commerce », « le tribunal administratif » */
		if (n < x->ntok && x->tok[n].sent == x->tok[i].sent && actors_tok_lower(x, n) && x->fr && inst_adjective(x, n))
			continue;
		actors_add_mention(x, x->tok[i].start, x->tok[i + 1].end, actor, MENTION_ROLE, 0.6f);
	}
}

/* fr8: a bare institution of the town the article is about.  « La mairie
 * a fermé l'école », « le parquet a requis … »: a definite article and a
 * head of actor_bare_institutions with no complement, adjective or name of
 * its own refers to the local institution even when the article never
 * names it in full.  The map's value groups heads that name one body
 * (« la municipalité », « la mairie »).  A head of
 * actor_bare_institution_aliases (« la commune ») only joins the body of
 * its value when there is one: alone it is the town, a place.  An
 * institution named in full with the same head (« la mairie de X », found
 * by institutions() in heads) takes the bare mentions instead. */
static int bare_named(struct actx *x, const struct inst_head *h, size_t nh, const char *key)
{
	int actor = -1;
	for (size_t k = 0; k < nh; k++) {
		const struct afold *f = &x->fo[h[k].fold];
		if (strlen(key) != f->len || memcmp(f->fold, key, f->len))
			continue;
		if (actor >= 0 && actor != h[k].actor)
			return -2;    /* two bodies of that head: ambiguous */
		actor = h[k].actor;
	}
	return actor;
}

static void bare_institutions(struct actx *x, const bool *named, const struct inst_head *h, size_t nh)
{
	if (!x->lx.bareinst)
		return;
	enum { NB = 8 };
	const char *gkey[NB];     /* groups created here, and their actors */
	int gact[NB];
	size_t ng = 0;
	/* Heads some mention holds already (« le parquet » bound to « le
	 * Parquet fédéral » by its cue word) keep it. */
	bool *held = xcalloc(x->ntok + 1, sizeof *held);
	for (size_t m = 0; m < x->nmen; m++)
		for (size_t k = actors_tok_at(x, x->men[m].start); k < x->ntok && x->tok[k].start < x->men[m].end; k++)
			held[k] = true;
	for (size_t i = 0; i + 1 < x->ntok; i++) {
		if (!lowerish(x, i) || !(lx(x, i) & LX_DET) || named[i + 1] || held[i + 1] || !actors_tok_lower(x, i + 1) ||
		    x->tok[i + 1].sent != x->tok[i].sent)
			continue;
		const char *key = actors_tok_get(x, i + 1, x->lx.bareinst);
		bool alias = false;
		if (!key || !*key) {
			key = x->lx.bareinstalias ? actors_tok_get(x, i + 1, x->lx.bareinstalias) : NULL;
			alias = true;
		}
		if (!key || !*key)
			continue;
		size_t n = i + 2;
		if (n < x->ntok && x->tok[n].sent == x->tok[i].sent && actors_tok_lower(x, n) &&
		    (lx(x, n) & (LX_CONNECT | LX_ADJ | LX_INSTADJ | LX_DEMONYM)))
			continue;    /* « la mairie de Lyon », « la préfecture maritime »: not bare (no test of
			              * adjective endings: « la préfecture rappelle » is a verb) */
		if (n < x->ntok && x->tok[n].sent == x->tok[i].sent && (x->tok[n].f & TK_CAP) && !(lx(x, n) & LX_STOP))
			continue;    /* « le lycée Kerbrat »: a name follows */
		/* The same body named in full elsewhere takes the mention. */
		int actor = bare_named(x, h, nh, key);
		if (actor == -2)
			continue;
		for (size_t g = 0; actor < 0 && g < ng; g++)
			if (!strcmp(gkey[g], key))
				actor = gact[g];
		/* A body is not created by a complement (« les services de la
		 * mairie »): only joined. */
		bool complement = i > 0 && x->tok[i - 1].sent == x->tok[i].sent && actors_tok_lower(x, i - 1) &&
		                  (lx(x, i - 1) & LX_CONNECT);
		if (actor < 0 && !alias && !complement && ng < NB) {
			actor = actors_new(x, -1);
			x->act[actor].type = ACTOR_ORG;
			size_t wn;
			const char *w = actors_tok_text(x, i + 1, &wn);
			x->act[actor].name = xstrndup(w, wn);
			gkey[ng] = key;
			gact[ng++] = actor;
			actors_add_mention(x, x->tok[i + 1].start, x->tok[i + 1].end, actor, MENTION_NAME, 0.5f);
		}
		if (actor >= 0)
			actors_add_mention(x, x->tok[i].start, x->tok[i + 1].end, actor, MENTION_ROLE, 0.5f);
	}
	free(held);
}

static void institutions(struct actx *x, const bool *covered, const bool *named)
{
	struct phrase_actors ik = {0};
	struct inst_head *heads = NULL;
	size_t nheads = 0, caph = 0;
	for (size_t i = 0; i + 1 < x->ntok; i++) {
		if (named[i] || !letter(x, i) || x->tok[i + 1].sent != x->tok[i].sent)
			continue;
		size_t a = SIZE_MAX, b = 0, dem = SIZE_MAX;
		if (!covered[i] && lowerish(x, i) && (lx(x, i) & LX_INSTHEAD) && actors_tok_lower(x, i + 1) &&
		    (lx(x, i + 1) & (LX_DEMONYM | LX_INSTADJ)) && !covered[i + 1]) {
			a = i;                       /* « gouvernement malien » */
			b = i + 2;
			dem = (lx(x, i + 1) & LX_DEMONYM) ? i + 1 : SIZE_MAX;
		} else if (!covered[i] && (lx(x, i) & LX_DEMONYM) && (x->tok[i].f & TK_CAP) && !x->fr && actors_tok_lower(x, i + 1) &&
		           (lx(x, i + 1) & LX_INSTHEAD)) {
			a = i;                       /* "Malian government" */
			b = i + 2;
			dem = i;
		}
		if (a == SIZE_MAX) {
			size_t e = local_institution(x, i);
			if (e) {
				int actor = inst_actor(x, &ik, i, e, SIZE_MAX);
				heads = xgrow(heads, &caph, nheads + 1, sizeof *heads);
				heads[nheads++] = (struct inst_head){x->tok[i].fold, actor, e};
				actors_add_mention(x, x->tok[i].start, x->tok[e - 1].end, actor, MENTION_NAME, 0.7f);
				/* ... and the noun phrase with its article: « le parquet de Lyon ». */
				if (i > 0 && x->tok[i - 1].sent == x->tok[i].sent && lowerish(x, i - 1) && (lx(x, i - 1) & LX_DET))
					actors_add_mention(x, x->tok[i - 1].start, x->tok[e - 1].end, actor, MENTION_ALIAS, 0.7f);
				i = e - 1;
			}
			continue;
		}
		/* Only with a definite determiner: « le gouvernement malien », not « un gouvernement ». */
		if (a == 0 || !lowerish(x, a - 1) || !(lx(x, a - 1) & LX_DET))
			continue;
		int actor = inst_actor(x, &ik, a, b, dem);
		actors_add_mention(x, x->tok[a - 1].start, x->tok[b - 1].end, actor, MENTION_NAME, 0.7f);
		i = b - 1;
	}
	institution_refs(x, named, heads, nheads);
	bare_institutions(x, named, heads, nheads);    /* fr8 */
	free(heads);
	phrase_actors_free(&ik);
}

/* Mark the tokens of every candidate and mention in covered, and those
 * of every candidate and mention but roles in named. */
static void mark_covered(struct actx *x, bool *covered, bool *named)
{
	for (size_t ci = 0; ci < x->ncand; ci++)
		for (size_t k = x->cand[ci].t0; k < x->cand[ci].t1; k++)
			covered[k] = named[k] = true;
	for (size_t m = 0; m < x->nmen; m++) {
		bool role = x->men[m].kind == MENTION_ROLE;
		size_t k = actors_tok_at(x, x->men[m].start);
		for (; k < x->ntok && x->tok[k].start < x->men[m].end; k++) {
			covered[k] = true;
			named[k] |= !role;
		}
	}
}

void actors_roles(struct actx *x)
{
	bool *cut = xcalloc(x->ntok + 1, sizeof *cut);
	bool *pre_head = xcalloc(x->ntok + 1, sizeof *pre_head);
	bool *covered = xcalloc(x->ntok + 1, sizeof *covered);
	bool *named = xcalloc(x->ntok + 1, sizeof *named);    /* covered, roles left out */
	/* 1. Titles before names; their starts cut other appositions. */
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		if (!person_cand(x, c))
			continue;
		size_t p0, h;
		if (!pre_title(x, c, &p0, &h))
			continue;
		size_t lead = c->title_t1 > c->title_t0 ? c->title_t1 : lead_of(x, c);
		size_t e = trim_right(x, p0, lead);
		if (e <= h)
			continue;
		add_bind(x, c->actor, h, p0, e, false);
		pre_head[h] = true;
		/* A title in capitals makes one noun phrase with the name:
		 * "incumbent Prime Minister Tony Abbott". */
		if (c->title_t1 > c->title_t0 && (x->tok[c->title_t0].f & TK_CAP))
			actors_add_mention(x, x->tok[p0].start, c->end, c->actor, MENTION_NAME, 0.8f);
		size_t cs = p0;
		while (cs > 0 && actors_tok_lower(x, cs - 1) && (lx(x, cs - 1) & (LX_CONNECT | LX_DET)))
			cs--;
		for (size_t k = cs; k <= p0; k++)
			cut[k] = true;
	}
	/* 2. Appositions. */
	appositions(x, cut, pre_head);
	/* Organisations bind their own cue words: "the foundation", « le parti »;
	 * a lower-case head opening the name, « le tribunal » for « le tribunal
	 * correctionnel de Lorient »; a classifier written before the name, « la
	 * coopérative » for « la coopérative Valnoix ». */
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		if (actor_type(x, c->actor) != ACTOR_ORG || c->mkind != MENTION_NAME)
			continue;
		size_t k0 = c->t0;
		if (k0 > 0 && x->tok[k0 - 1].sent == x->tok[k0].sent && actors_tok_lower(x, k0 - 1) && (lx(x, k0 - 1) & LX_ORGCLASS))
			k0--;
		for (size_t k = k0; k < c->t1; k++) {
			bool lhead = k == k0 && actors_tok_lower(x, k) && ((lx(x, k) & LX_ORGCLASS) || actors_tok_localinst(x, k));
			if (!(lx(x, k) & LX_ORGCUE) && !lhead)
				continue;
			const char *v = actors_tok_get(x, k, x->lx.orgcue);
			x->bind = xgrow(x->bind, &x->capbind, x->nbind + 1, sizeof *x->bind);
			struct abind *b = &x->bind[x->nbind++];
			memset(b, 0, sizeof *b);
			b->actor = c->actor;
			b->org = true;
			b->weak = true;
			const struct afold *f = actors_tok_fold(x, k);
			if (v && *v) {
				b->head = v;        /* Front -> parti: the value is the generic noun */
				b->headlen = strlen(v);
			} else {
				b->head = f->fold;
				b->headlen = f->len;
			}
			b->start = c->start;
			b->end = c->end;
			break;
		}
	}
	/* 3. References. */
	mark_covered(x, covered, named);
	references(x, covered);
	demonym_refs(x, covered);
	/* 4. Cue phrases, institutions, honorifics.  An institution may stand
	 * inside a role: « experte auprès de la cour d'appel de Rennes ». */
	cue_phrases(x);
	territorial_bodies(x);
	acronym_branches(x);
	bracket_definitions(x);
	institutions(x, covered, named);
	for (size_t ci = 0; ci < x->ncand; ci++) {
		const struct acand *c = &x->cand[ci];
		if (c->actor >= 0 && c->hon_start != SIZE_MAX)
			actors_add_mention(x, c->hon_start, c->end, c->actor, c->mkind, 0.9f);
		/* "Jane Roe KC": the name with its post-nominal letters */
		if (c->actor >= 0 && c->post_end)
			actors_add_mention(x, c->start, c->post_end, c->actor, c->mkind, 0.9f);
	}
	free(cut);
	free(pre_head);
	free(covered);
	free(named);
}
