/* extract_actors.c — named actors: people, organisations, places, with their aliases.
 *
 * The stages live in actors_*.c (see actors_model.h); this file runs them
 * in order and writes actors and mentions to the annotation store.
 * Lexicons read: the actor_* lexicons of lang/<code>.yaml (section
 * "--- actors ---", each documented there), the core's stopwords and
 * abbreviations, and the reader's titles, known_actors and
 * known_actor_types (config lexicon additions).  Countries, regions and
 * cities come from ICU (actors_gaz.c).
 */
#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "actors_model.h"
#include "extract.h"

static void load_lexicons(struct actx *x)
{
	const lang *l = x->lang;
	struct alex *lx = &x->lx;
	lx->stop = lang_lex(l, "stopwords");
	lx->abbrev = lang_lex(l, "abbreviations");
	lx->common = lang_lex(l, "actor_common");
	lx->titles = lang_lex(l, "actor_titles");
	lx->titles_cfg = lang_lex(l, "titles");
	lx->honor = lang_lex(l, "actor_honorifics");
	lx->first = lang_lex(l, "actor_first_names");
	lx->orgcue = lang_lex(l, "actor_org_cues");
	lx->placecue = lang_lex(l, "actor_place_cues");
	lx->demonym = lang_lex(l, "actor_demonyms");
	lx->particle = lang_lex(l, "actor_particles");
	lx->connect = lang_lex(l, "actor_connectors");
	lx->stopper = lang_lex(l, "actor_stoppers");
	lx->speech = lang_lex(l, "actor_speech_verbs");
	lx->modifier = lang_lex(l, "actor_title_modifiers");
	lx->adj = lang_lex(l, "actor_role_adjectives");
	lx->notname = lang_lex(l, "actor_not_names");
	lx->placeprep = lang_lex(l, "actor_place_preps");
	lx->sourceprep = lang_lex(l, "actor_source_preps");
	lx->det = lang_lex(l, "actor_determiners");
	lx->indef = lang_lex(l, "actor_indefinites");
	lx->orgclass = lang_lex(l, "actor_org_classifiers");
	lx->insthead = lang_lex(l, "actor_institution_heads");
	lx->instadj = lang_lex(l, "actor_institution_adjectives");
	lx->media = lang_lex(l, "actor_media");
	lx->orgs = lang_lex(l, "actor_orgs");
	lx->institutions = lang_lex(l, "actor_institutions");
	lx->places = lang_lex(l, "actor_places");
	lx->country_alias = lang_lex(l, "actor_country_aliases");
	lx->saints = lang_lex(l, "actor_saints");
	lx->adjsuffix = lang_lex(l, "actor_adjective_suffixes");
	lx->copula = lang_lex(l, "actor_copulas");
	lx->conj = lang_lex(l, "actor_conjunctions");
	lx->pparticle = lang_lex(l, "actor_person_particles");
	lx->articles = lang_lex(l, "actor_contracted_articles");
	lx->localinst = lang_lex(l, "actor_local_institutions");
	lx->seat = lang_lex(l, "actor_seat_words");
	lx->orgafter = lang_lex(l, "actor_org_nouns_after");
	lx->hyphensuf = lang_lex(l, "actor_hyphen_suffixes");
	lx->origin = lang_lex(l, "actor_origin_words");
	lx->originprep = lang_lex(l, "actor_origin_preps");
	lx->bodies = lang_lex(l, "actor_territorial_bodies");
	lx->nounsuf = lang_lex(l, "actor_noun_suffixes");
	lx->destprep = lang_lex(l, "actor_destination_preps");
	lx->dest = lang_lex(l, "actor_destination_words");
	lx->placelinks = lang_lex(l, "actor_place_hyphen_links");
	lx->nameprefix = lang_lex(l, "actor_name_prefixes");
	lx->demsuf = lang_lex(l, "actor_demonym_suffixes");
	lx->orgpreps = lang_lex(l, "actor_org_complement_preps");
	lx->agentprep = lang_lex(l, "actor_agent_preps");
	lx->placesuf = lang_lex(l, "actor_place_suffixes");
	lx->pluraldet = lang_lex(l, "actor_plural_determiners");
	lx->wholecue = lang_lex(l, "actor_whole_name_cues");
	lx->placeafter = lang_lex(l, "actor_place_nouns_after");
	lx->placehyph = lang_lex(l, "actor_place_hyphen_words");
	lx->collective = lang_lex(l, "actor_collective_classifiers");
	lx->collprep = lang_lex(l, "actor_collective_name_preps");
	lx->groupprep = lang_lex(l, "actor_group_name_preps");
	lx->seatsuf = lang_lex(l, "actor_seat_suffixes");
	lx->eventcls = lang_lex(l, "actor_thing_classifiers");
	lx->eventword = lang_lex(l, "actor_event_words");
	lx->ageprep = lang_lex(l, "actor_age_preps");
	lx->ageunit = lang_lex(l, "actor_age_units");
	lx->orgbefore = lang_lex(l, "actor_org_before");
	lx->bareinst = lang_lex(l, "actor_bare_institutions");    /* fr8 */
	lx->bareinstalias = lang_lex(l, "actor_bare_institution_aliases");    /* fr8 */
	lx->sloganprep = lang_lex(l, "actor_slogan_name_preps");    /* fr8 */
	lx->demindef = lang_lex(l, "actor_demonym_indefinites");    /* fr8 */
	lx->demsingsuf = lang_lex(l, "actor_demonym_singular_suffixes");    /* fr8 */
	lx->namearticle = lang_lex(l, "actor_name_articles");
	lx->mutation = lang_lex(l, "actor_name_mutations");
	lx->postnominal = lang_lex(l, "actor_postnominals");
	lx->placeadj = lang_lex(l, "actor_place_adjectives");
	lx->weakplaceprep = lang_lex(l, "actor_weak_place_preps");
	lx->compass = lang_lex(l, "actor_compass_regions");
	lx->ownplace = lang_lex(l, "actor_own_place_heads");
	lx->wordlists = lang_lex(l, "word_lists");
	lx->known = lang_lex(l, "known_actors");
	lx->known_types = lang_lex(l, "known_actor_types");
}

struct out_men {
	size_t start, end;
	int actor;
	uint8_t kind;
	float conf;
};

static int cmp_men(const void *a, const void *b)
{
	const struct out_men *p = a, *q = b;
	if (p->actor != q->actor)
		return p->actor < q->actor ? -1 : 1;
	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	if (p->end != q->end)
		return p->end < q->end ? -1 : 1;
	return (int)p->kind - (int)q->kind;
}

struct grp {
	size_t from, to, first;
};

static int cmp_grp(const void *a, const void *b)
{
	const struct grp *p = a, *q = b;
	return p->first < q->first ? -1 : p->first > q->first;
}

/* Is every word of the candidate in capitals, and one of them a word
 * rather than an acronym (four letters or more)? */
static bool all_caps(const struct actx *x, const struct acand *c)
{
	bool longw = false;
	for (size_t k = c->t0; k < c->t1; k++) {
		if (!(x->tok[k].f & TK_LETTER))
			continue;
		if (!(x->tok[k].f & TK_UPPER))
			return false;
		if (x->tok[k].end - x->tok[k].start >= 4)
			longw = true;
	}
	return longw;
}

/* text[s, e) in title case (ICU, the document's language), malloc'd. */
static char *title_case(const struct actx *x, size_t s, size_t e)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t n16 = 0;
	u_strFromUTF8(NULL, 0, &n16, x->text + s, (int32_t)(e - s), &st);
	st = U_ZERO_ERROR;
	UChar *src = xmalloc(((size_t)n16 + 1) * sizeof *src), *dst = xmalloc(((size_t)n16 * 2 + 8) * sizeof *dst);
	u_strFromUTF8(src, n16 + 1, NULL, x->text + s, (int32_t)(e - s), &st);
	int32_t nd = U_SUCCESS(st) ? u_strToTitle(dst, n16 * 2 + 8, src, n16, NULL, lang_code(x->lang), &st) : 0;
	char *out = NULL;
	if (U_SUCCESS(st)) {
		int32_t n8 = 0;
		u_strToUTF8(NULL, 0, &n8, dst, nd, &st);
		st = U_ZERO_ERROR;
		out = xmalloc((size_t)n8 + 1);
		u_strToUTF8(out, n8 + 1, NULL, dst, nd, &st);
		if (U_FAILURE(st)) {
			free(out);
			out = NULL;
		}
	}
	free(src);
	free(dst);
	return out ? out : xstrndup(x->text + s, e - s);
}

static float name_conf(const struct aactor *a)
{
	float hi = a->v.person, mid = a->v.org, lo = a->v.place, t;
	if (mid > hi)
		t = hi, hi = mid, mid = t;
	if (lo > hi)
		t = hi, hi = lo, lo = t;
	if (lo > mid)
		mid = lo;
	float m = hi - mid;
	if (m > 5)
		m = 5;
	return 0.5f + m / 10.0f;
}

/* The actors of earlier windows of a large document by canonical name and
 * type: a name found again in a later window joins the actor it already
 * has, so that the panes see one actor. */
struct seen {
	int *id;                  /* annotation store ids */
	uint32_t *h;              /* hash of the name and the type */
	size_t n, cap, nprev;     /* nprev: items of the windows before this one */
	struct hindex ix;
};

static uint32_t seen_hash_of(const void *ctx, size_t i)
{
	return ((const struct seen *)ctx)->h[i];
}

static uint32_t seen_hash(const char *name, int type)
{
	unsigned char t = (unsigned char)type;
	return hash_fnv_more(hash_fnv(name, strlen(name)), &t, 1);
}

/* The actor of an earlier window named `name` with this type, or -1. */
static int seen_find(const struct seen *sn, const annots *an, const char *name, int type, uint32_t h)
{
	for (size_t j = hindex_start(&sn->ix, h), k; (k = hindex_next(&sn->ix, &j)) != HINDEX_NONE;) {
		if (k >= sn->nprev || sn->h[k] != h)
			continue;
		const struct actor *a = annots_actor(an, sn->id[k]);
		if (a && (int)a->type == type && strcmp(a->name, name) == 0)
			return sn->id[k];
	}
	return -1;
}

static void seen_add(struct seen *sn, int id, uint32_t h)
{
	size_t c = sn->cap;
	sn->id = xgrow(sn->id, &c, sn->n + 1, sizeof *sn->id);
	c = sn->cap;
	sn->h = xgrow(sn->h, &c, sn->n + 1, sizeof *sn->h);
	sn->cap = c;
	sn->id[sn->n] = id;
	sn->h[sn->n] = h;
	sn->n++;
	hindex_add(&sn->ix, h, sn->n - 1, sn->n, seen_hash_of, sn);
}

static void seen_free(struct seen *sn)
{
	free(sn->id);
	free(sn->h);
	hindex_free(&sn->ix);
}

/* An earlier window's actor takes this window's facts it lacks. */
static void merge_into(annots *an, int id, const struct aactor *ac, unsigned flags)
{
	struct actor *a = annots_actor(an, id);
	if (!(a->flags & (ACTOR_FEMALE | ACTOR_MALE)))
		a->flags |= flags & (ACTOR_FEMALE | ACTOR_MALE);
	a->flags |= flags & ACTOR_CAN_SPEAK;
	if (!a->role && ac->type == ACTOR_PERSON && ac->role)
		annots_actor_set_role(an, id, ac->role);
	if (!a->country && ac->country)
		annots_actor_set_country(an, id, ac->country);
}

/* The text of candidate c, without a nickname in quotation marks
 * (pl8: Walter "Walt" Osgood is named Walter Osgood). */
static char *cand_name(struct actx *x, const struct acand *c)
{
	size_t q0 = SIZE_MAX, q1 = SIZE_MAX;
	for (size_t k = c->t0; k < c->t1; k++)
		if ((x->tok[k].f & TK_PUNCT) && actors_dquote(x->tok[k].cp)) {
			if (q0 == SIZE_MAX)
				q0 = k;
			else if (q1 == SIZE_MAX)
				q1 = k;
		}
	if (q1 == SIZE_MAX || q0 == c->t0 || q1 + 1 >= c->t1)
		return xstrndup(x->text + c->start, c->end - c->start);
	struct sbuf b = {0};
	sbuf_add(&b, x->text + c->start, x->tok[q0 - 1].end - c->start);
	sbuf_add(&b, x->text + x->tok[q1].end, c->end - x->tok[q1].end);
	return sbuf_take(&b);
}

/* Writes the actors and their mentions to the store; the text's offsets
 * are `base` bytes into the document's.  With `sn` (a window of a large
 * document), actors of earlier windows are reused by name and type. */
static void output(struct actx *x, size_t base, struct seen *sn)
{
	size_t n = 0;
	struct out_men *om = xmalloc((x->ncand + x->nmen + 1) * sizeof *om);
	for (size_t c = 0; c < x->ncand; c++) {
		const struct acand *cd = &x->cand[c];
		if (cd->actor < 0)
			continue;
		float conf = name_conf(&x->act[cd->actor]);
		size_t start = cd->start;
		/* An organisation's or a place's mention is its noun phrase, with a
		 * definite article: « le Kremlin », "the Tenderloin". */
		int ty = x->act[cd->actor].type;
		const struct aform *fm = &x->form[cd->form];
		/* (not a place at the start of a longer name: the article is the
		 * name's, "the Oregon Historical Commission") */
		bool inner = c > 0 && x->cand[c - 1].t0 == cd->t0 && x->cand[c - 1].t1 > cd->t1;
		/* nor before "-based": "the Leeds-based society" */
		if (cd->t1 < x->ntok && x->tok[cd->t1].start == cd->end && actors_tok_punct(x, cd->t1, '-'))
			inner = true;
		/* nor when the article is another name's: « la Fédération viticole
		 * de la Gironde » (pl8) */
		if (cd->t0 > 0 && x->tok_cand && x->tok_cand[cd->t0 - 1] && x->tok_cand[cd->t0 - 1] != (int32_t)c + 1)
			inner = true;
		if ((ty == ACTOR_ORG || ty == ACTOR_PLACE) && cd->t0 > 0 && x->tok[cd->t0 - 1].sent == cd->sent &&
		    !fm->canon && !(fm->acronym && fm->gaz_kind == GAZ_COUNTRY) && !inner) {
			const struct afold *f = actors_tok_fold(x, cd->t0 - 1);
			const struct atok *p = &x->tok[cd->t0 - 1];
			if (f && (f->lx & LX_DET) && (!(p->f & TK_CAP) || (p->f & TK_INIT)))
				start = p->start;
		}
		/* ... with its possessive when the name is a saint's: "St.
		 * Anthony’s"; "Britain’s" is Britain. */
		size_t end = cd->end;
		if ((ty == ACTOR_ORG || ty == ACTOR_PLACE) && (x->tok[cd->t1 - 1].f & TK_POSS) &&
		    actors_tok_is(x, cd->t0, LX_SAINT)) {
			const char *t = x->text;
			if (t[end] == '\'' && (t[end + 1] == 's' || t[end + 1] == 'S'))
				end += 2;
			else if (!memcmp(t + end, "\xe2\x80\x99", 3) && (t[end + 3] == 's' || t[end + 3] == 'S'))
				end += 4;
		}
		om[n++] = (struct out_men){start, end, cd->actor, cd->mkind,
		                           cd->mkind == MENTION_NAME ? conf : conf * 0.9f};
	}
	for (size_t m = 0; m < x->nmen; m++)
		om[n++] = (struct out_men){x->men[m].start, x->men[m].end, x->men[m].actor, x->men[m].kind, x->men[m].conf};
	qsort(om, n, sizeof *om, cmp_men);

	/* Canonical names: the fullest name among the actor's name occurrences. */
	size_t *best = xmalloc((x->nact + 1) * sizeof *best);
	int *best_tok = xmalloc((x->nact + 1) * sizeof *best_tok);
	for (size_t a = 0; a < x->nact; a++) {
		best[a] = SIZE_MAX;
		best_tok[a] = -1;
	}
	for (size_t c = 0; c < x->ncand; c++) {
		const struct acand *cd = &x->cand[c];
		if (cd->actor < 0 || cd->form < 0)
			continue;
		int nt = x->form[cd->form].ntok;
		/* A dateline's capitals (LAGOS) yield to the name as written in the text. */
		bool caps_over = nt == best_tok[cd->actor] && all_caps(x, &x->cand[best[cd->actor]]) && !all_caps(x, cd);
		if (nt > best_tok[cd->actor] || caps_over ||
		    (nt == best_tok[cd->actor] && cd->end - cd->start > x->cand[best[cd->actor]].end - x->cand[best[cd->actor]].start &&
		     !(all_caps(x, cd) && !all_caps(x, &x->cand[best[cd->actor]])))) {
			best[cd->actor] = c;
			best_tok[cd->actor] = nt;
		}
	}
	/* Name-part cue phrases: « mosquée Sidi Yeyia ». */
	char **part = xcalloc(x->nact + 1, sizeof *part);
	for (size_t m = 0; m < x->nmen; m++) {
		const struct amention *mn = &x->men[m];
		if (!mn->name_part || mn->actor < 0)
			continue;
		size_t len = mn->end - mn->start;
		if (!part[mn->actor] || strlen(part[mn->actor]) < len) {
			free(part[mn->actor]);
			part[mn->actor] = xstrndup(x->text + mn->start, len);
		}
	}

	/* Actors in the order the article first mentions them: each actor's
	 * run of mentions in om[] is [grp[k].from, grp[k].to). */
	struct grp *grp = xmalloc((x->nact + 1) * sizeof *grp);
	size_t ng = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && om[j].actor == om[i].actor)
			j++;
		grp[ng++] = (struct grp){i, j, om[i].start};
		i = j;
	}
	qsort(grp, ng, sizeof *grp, cmp_grp);
	for (size_t g = 0; g < ng; g++) {
		size_t i = grp[g].from, j = grp[g].to;
		int a = om[i].actor;
		struct aactor *ac = &x->act[a];
		char *name = NULL;
		if (ac->name)
			name = xstrdup(ac->name);
		else if (part[a] && (best[a] == SIZE_MAX ||
		                     strlen(part[a]) > x->cand[best[a]].end - x->cand[best[a]].start))
			name = xstrdup(part[a]);
		else if (best[a] != SIZE_MAX && ac->type == ACTOR_PLACE && all_caps(x, &x->cand[best[a]]))
			name = title_case(x, x->cand[best[a]].start, x->cand[best[a]].end);   /* MUSCAT (dateline) -> Muscat */
		else if (best[a] != SIZE_MAX)
			name = cand_name(x, &x->cand[best[a]]);
		if (!name || !ac->keep) {
			free(name);
			continue;
		}
		unsigned flags = 0;
		if (ac->gender == 'f')
			flags |= ACTOR_FEMALE;
		else if (ac->gender == 'm')
			flags |= ACTOR_MALE;
		if (ac->can_speak)
			flags |= ACTOR_CAN_SPEAK;
		uint32_t h = sn ? seen_hash(name, ac->type) : 0;
		int id = sn ? seen_find(sn, x->an, name, ac->type, h) : -1;
		if (id >= 0) {
			merge_into(x->an, id, ac, flags);
		} else {
			id = annots_add_actor(x->an, name, (enum actor_type)ac->type, ac->type == ACTOR_PERSON ? ac->role : NULL,
			                      flags);
			if (ac->country)
				annots_actor_set_country(x->an, id, ac->country);
			if (sn)
				seen_add(sn, id, h);
		}
		free(name);
		ac->out_id = id;
		for (size_t k = i; k < j; k++) {
			if (k > i && om[k].start == om[k - 1].start && om[k].end == om[k - 1].end)
				continue;
			annots_add(x->an, ANN_MENTION, om[k].start + base, om[k].end + base, id, -1, om[k].kind, om[k].conf, NULL);
		}
	}
	free(grp);
	for (size_t a = 0; a < x->nact; a++)
		free(part[a]);
	free(part);
	free(best);
	free(best_tok);
	free(om);
}

static void actx_free(struct actx *x)
{
	for (size_t i = 0; i < x->nfo; i++) {
		free(x->fo[i].fold);
		free(x->fo[i].key);
	}
	free(x->fo);
	hindex_free(&x->foix);
	free(x->surf.v);
	hindex_free(&x->surf.ix);
	free(x->tok);
	free(x->sent_tok);
	free(x->cand);
	for (size_t i = 0; i < x->nform; i++)
		free(x->form[i].key);
	free(x->form);
	for (size_t i = 0; i < x->nact; i++) {
		free(x->act[i].role);
		free(x->act[i].name);
	}
	free(x->act);
	free(x->bind);
	free(x->men);
	free(x->tok_cand);
	free(x->pos_off);
	free(x->pos_at);
	free(x->scratch);
}

/* The pass over one document (or one window of a large one). */
static void pass(struct xctx *xc, const doc *d, size_t base, struct seen *sn)
{
	struct actx x;
	memset(&x, 0, sizeof x);
	x.d = d;
	x.text = doc_text(d);
	x.lang = xc->lang ? xc->lang : doc_lang(xc->doc);
	x.an = xc->an;
	const char *code = lang_code(x.lang);
	x.fr = (code && strncmp(code, "fr", 2) == 0) || lex_size(lang_lex(x.lang, "elisions")) > 0;
	load_lexicons(&x);
	x.gaz = actors_gaz_for(code);
	x.gaz_en = actors_gaz_for("en");
	actors_words_build(&x);
	actors_candidates(&x);
	actors_cluster(&x);
	actors_roles(&x);
	output(&x, base, sn);
	actx_free(&x);
}

/* The pass's tables grow with the text (some 10 bytes per byte of text):
 * a document longer than 1.5 windows is read a window at a time. */
#define WINDOW ((size_t)1 << 20)

static int run(struct xctx *xc, struct gerr *e)
{
	(void)e;
	const lang *l = xc->lang ? xc->lang : doc_lang(xc->doc);
	size_t len = doc_len(xc->doc);
	if (!l || !len || len >= UINT32_MAX)
		return 0;
	if (len <= WINDOW + WINDOW / 2 || doc_npara(xc->doc) < 2) {
		pass(xc, xc->doc, 0, NULL);
		return 0;
	}
	struct seen sn = {0};
	for (size_t p0 = 0, np = doc_npara(xc->doc); p0 < np;) {
		size_t p1 = doc_window_end(xc->doc, p0, WINDOW), base;
		doc *w = doc_window(xc->doc, p0, p1, &base);
		sn.nprev = sn.n;
		pass(xc, w, base, &sn);
		doc_free(w);
		p0 = p1;
	}
	seen_free(&sn);
	return 0;
}

const struct extractor extract_actors = {
	.name = "actors",
	.summary = "named actors: people, organisations, places, with their aliases",
	.run = run,
};
