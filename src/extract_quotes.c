/* extract_quotes.c — quotations and who said them, direct and reported.
 *
 * 1. quotes_marks.c pairs the quotation marks (one pass over the text).
 * 2. Paragraph by paragraph, each sentence holding a quotation (sentences
 *    merged where a quotation spans them) becomes a frame of units
 *    (quotes_frame.c) and each quotation is attributed, first pattern wins:
 *      - an incise after it: « … », a déclaré X / ajoute-t-elle / selon X;
 *        "…," said X / X told reporters;
 *      - a cue before it in its clause: X a déclaré : « … », X a qualifié …
 *        de « … », X said "…", selon X, « … », participles (« déclarant
 *        que … »), coordinated verbs (« mais a ajouté que … »), relatives;
 *      - a cue later in the sentence (« … » …, a déclaré X);
 *      - a colon after the subject (« X : « … » »); in a headline, the
 *        person named after the colon ("'…': Ruth Okafor on …");
 *      - context: a quotation standing alone (or after a narrative
 *        infinitive, « Et d'ajouter : « … » ») continues the previous
 *        quotation's speaker, or takes the cued speaker of the previous
 *        sentence (or paragraph), or the next sentence's.
 *    A description nobody was found for (« la tête de liste a salué « … » »)
 *    takes the person the next quotation of its paragraph names for the
 *    first time; a pronoun after a sentence whose subject is a resolved
 *    description (« Le président portugais s'est montré réservé. « … »,
 *    a-t-il dit ») is that person.
 *    Speakers resolve to actors in quotes_speaker.c.
 * 3. Reported speech (« X a déclaré que … », "X said (that) …", « selon
 *    X, … ») becomes QUOTE_INDIRECT over the reported clause.
 * 4. Kinds: QUOTE_DIRECT for somebody's words; QUOTE_MIXED for marked
 *    words that are not an utterance of their own: a quotation nested in
 *    another, a title or name (« le livre « … » »), a scare-quoted term
 *    nobody is said to have said (short, uncued, « servaient de « mules » »).
 *    Pieces of a quotation running over paragraphs share their speaker (a
 *    cue on any piece wins) and carry ANN_CONTINUED.  A headline quotation
 *    with no cue takes the speaker of the body quotation it repeats, else
 *    the article's main speaker.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "hindex.h"
#include "quotes.h"

enum how {
	HOW_NONE, HOW_INCISE, HOW_CUE, HOW_LATER, HOW_SOURCE, HOW_COLON, HOW_CONTINUE, HOW_PREV, HOW_NEXT,
	HOW_SUBJECT, HOW_TITLE, HOW_NAME,
};

/* One quotation's attribution. */
struct qres {
	int actor;
	uint32_t ss, se;           /* the speaker's words, if any (offsets: see struct qmark) */
	uint32_t cs, ce;           /* the cue, if any */
	uint32_t split_a, split_b;
	float conf;
	uint8_t how;               /* enum how */
	uint8_t kind;
	bool text;                 /* keep ss..se as speaker_text */
	bool cue;
	bool speaker;              /* a speaker was found (actor or text) */
	bool weak;                 /* that speaker is a description of no speaking kind (« les discussions ») */
	bool split;                /* an incise inside the marks: the words are [is, split_a) and [split_b, ie) */
};

/* A reported-speech clause. */
struct qind {
	uint32_t s, e;
	struct qres r;
};

/* What the attribution of the neighbouring sentences needs. */
struct sinfo {
	size_t s, e;
	bool valid;
	bool framed;
	bool colon;                /* ends with a colon */
	bool cued;                 /* holds a cue with a speaker */
	struct qres r;             /* that speaker */
	int last_quote;            /* last top-level quotation in it, or -1 */
};

struct state {
	struct qctx c;
	struct qres *res;          /* per quotation */
	struct qind *ind;
	size_t nind, capind;
	struct qframe f;           /* the current frame */
	struct qframe g;           /* a neighbour's frame */
	struct span *sents;
	size_t nsents, capsents;
	bool first[256];           /* first bytes of the trigger words (QW_TRIG), folded */
	size_t trig_max;           /* their longest length */
	struct sinfo prev;         /* the sentence before the current one */
	int para_last_quote;       /* last attributed quotation of the current paragraph, or -1 */
	int prev_para_last_quote;  /* of the paragraph before */
	bool prev_para_colon;
	struct span title;
	bool weak_incise;          /* the current quotation's incise names an unnamed nobody-in-particular */
};

/* ---- small helpers ----------------------------------------------------- */

static bool is_participle(const struct qctx *c, const struct qtok *t)
{
	size_t n = t->e - t->s;
	if (n < 4)
		return false;
	const char *p = c->t + t->e - 3;
	char a = (char)(p[0] | 0x20), b = (char)(p[1] | 0x20), d = (char)(p[2] | 0x20);
	return (a == 'a' && b == 'n' && d == 't') || (a == 'i' && b == 'n' && d == 'g');
}

static bool is_cue_verb(const struct qframe *f, int v, bool naming)
{
	uint32_t cls = QW_SPEECH | (naming ? QW_NAMING : 0);
	return qt_has(f, v, cls) && !qspk_noun_reading(f, v);
}

/* A verb form with an inverted pronoun glued to it (« tente-t-il »), or
 * the participle after an inverted auxiliary (« a-t-elle ajouté »). */
static bool inverted_verb(const struct qframe *f, int v)
{
	if (!qt_word(f, v) || f->t[v].mention >= 0 || (f->t[v].cls & QW_INV))
		return false;
	if (qt_has(f, v + 1, QW_INV)) {
		if (!qt_has(f, v, QW_AUX))
			return true;
		int k = v + 2;
		while (qt_has(f, k, QW_ADV | QW_TIME))
			k++;
		/* « a-t-il dit »: the participle is the verb */
		return !(qt_word(f, k) && f->t[k].mention < 0 && !f->t[k].cap &&
		         !(f->t[k].cls & (QW_DET | QW_PREP | QW_PREPC | QW_PRON | QW_CONJ | QW_COMP)));
	}
	if (f->t[v].cap || (f->t[v].cls & (QW_DET | QW_PREP | QW_PREPC | QW_PRON | QW_CONJ | QW_COMP | QW_ADV | QW_TIME |
	                                   QW_AUX | QW_CLITIC | QW_LINK)))
		return false;
	int k = v - 1;
	while (qt_has(f, k, QW_ADV | QW_TIME))
		k--;
	return qt_has(f, k, QW_INV) && qt_has(f, k - 1, QW_AUX);
}

/* Start of the verb group ending at unit v (auxiliaries, clitics, adverbs,
 * « -t-il »); *inv gets an inverted pronoun's gender and *inv_at its unit. */
static int vg_start(const struct qframe *f, int v, enum qgender *inv, int *inv_at)
{
	*inv = QG_NONE;
	*inv_at = -1;
	if (qt_has(f, v + 1, QW_INV)) {
		*inv = (enum qgender)f->t[v + 1].gender;
		*inv_at = v + 1;
	}
	int k = v - 1;
	while (k >= 0) {
		if (qt_has(f, k, QW_INV)) {
			*inv = (enum qgender)f->t[k].gender;
			*inv_at = k;
			k--;
			continue;
		}
		if (qt_has(f, k, QW_AUX | QW_SEMI | QW_CLITIC | QW_ADV | QW_TIME) &&
		    (!qt_has(f, k, QW_PRON) || qt_has(f, k, QW_CLITIC))) {
			k--;
			continue;
		}
		if (qt_has(f, k, QW_LINK) && qt_has(f, k - 1, QW_SEMI)) {
			k--;
			continue;
		}
		break;
	}
	return k + 1;
}

static bool seg_boundary(const struct qframe *f, int k)
{
	const struct qtok *t = &f->t[k];
	if (t->kind == QT_QUOTE)
		return true;
	if (t->kind == QT_PUNCT) {
		if (t->punct == '-' && k > 0 && (size_t)k + 1 < f->n && f->t[k - 1].e == t->s && t->e == f->t[k + 1].s)
			return false;  /* a hyphen inside a word */
		return t->punct != '"';
	}
	return qt_has(f, k, QW_COMP | QW_REL);
}

/* A segment that cannot hold a subject: an adverbial, a source, a clause. */
static bool lead_bad(const struct qframe *f, int a)
{
	const struct qtok *t = &f->t[a];
	if (t->kind == QT_NUM)
		return true;
	if (t->kind != QT_WORD || t->mention >= 0)
		return t->kind != QT_WORD;
	if ((t->cls & QW_VERB) && !qspk_noun_reading(f, a))
		return true;
	if (t->cls & (QW_DET | QW_PRON))
		return false;
	if (qt_has(f, a + 1, QW_AGENT) && !(t->cls & QW_NOUN))
		return true;   /* « Interrogé par France Inter, le syndicat … », "Asked by reporters, …" */
	return (t->cls & (QW_PREP | QW_PREPC | QW_ADV | QW_TIME | QW_SOURCE | QW_SOURCE1 | QW_CONJ | QW_REL | QW_COMP |
	                  QW_AUX | QW_SEMI)) != 0;
}

/* Is the noun phrase at [a, b) the object of a preposition? */
static bool pp_object(const struct qframe *f, int a)
{
	int k = a - 1;
	while (k >= 0 && qt_has(f, k, QW_DET) && !qt_has(f, k, QW_PREP | QW_PREPC))
		k--;
	return k >= 0 && qt_has(f, k, QW_PREP | QW_PREPC | QW_SOURCE);
}

/* The head noun of a description [a, b): the last speaker noun before any
 * complement, else its first content word; -1 if none. */
static int desc_head(const struct qframe *f, const struct qnp *np)
{
	int head = -1;
	for (int k = np->a; k < np->b; k++) {
		if (!qt_word(f, k) || f->t[k].mention >= 0)
			continue;
		uint32_t cls = f->t[k].cls;
		if (cls & QW_PREPC)
			break;
		if (cls & QW_DET)
			continue;
		if (head < 0 || (cls & QW_NOUN))
			head = k;
	}
	return head;
}

/* « la fédération des banques, Febelfin »: remember the description's head. */
static void apposition(struct qctx *c, const struct qframe *f, const struct qnp *desc, int actor)
{
	if (actor < 0 || desc->named || desc->pronoun)
		return;
	int h = desc_head(f, desc);
	if (h >= 0)
		qspk_alias(c, c->t + f->t[h].s, f->t[h].e - f->t[h].s, actor);
}

static bool is_person_actor(const struct qctx *c, int actor)
{
	const struct actor *a = annots_actor(c->an, actor);
	return a && a->type == ACTOR_PERSON && !(a->flags & ACTOR_GROUP);
}

/* A proxy noun phrase resolved to an organisation: « le porte-parole de la
 * préfecture », "a spokesman for the ministry". */
static bool speaks_for_org(const struct qctx *c, const struct qframe *f, const struct qnp *np)
{
	if (is_person_actor(c, np->actor))
		return false;
	int h = desc_head(f, np);
	return h >= 0 && qt_has(f, h, QW_PROXY);
}

/* After a noun phrase: a named apposition « , Febelfin, » to an unnamed one,
 * or a description « , conseiller principal du … » to a named one. */
static void check_apposition(struct qctx *c, const struct qframe *f, struct qnp *np)
{
	int k = np->b;
	if (!qt_punct(f, k, ','))
		return;
	struct qnp x;
	if (!qnp_forward(c, f, k + 1, (int)f->n, &x) || x.pronoun)
		return;
	bool closes = (size_t)x.b >= f->n || f->t[x.b].kind != QT_WORD;
	/* "said the lead author, Dr Ann Lee of the University of X": a
	 * person's name may carry its own affiliation after it */
	if (!closes && !np->named && x.named && is_person_actor(c, x.actor) && f->t[x.b].mention < 0 &&
	    qt_has(f, x.b, QW_PREPC))
		closes = true;
	/* a description (even one the actors module resolved) gives way to a
	 * proper name in apposition: « la fédération des banques, Febelfin, » */
	bool desc = !np->pronoun && (!f->t[np->a].cap || qt_has(f, np->a, QW_DET) ||
	                             (f->t[np->a].mention >= 0 && !f->t[np->a].cap));
	bool name = x.named && f->t[x.a].cap && !qt_has(f, x.a, QW_DET);
	/* « le porte-parole de la préfecture, le capitaine Loïc Hamelin, »:
	 * a voice that stood for its institution has a name after all */
	if (np->named && desc && !name && x.named && speaks_for_org(c, f, np) && is_person_actor(c, x.actor))
		name = true;
	if (((!np->named && x.named) || (np->named && desc && name)) && closes) {
		apposition(c, f, np, x.actor);
		*np = x;
	} else if (np->named && !x.named && !np->pronoun) {
		apposition(c, f, &x, np->actor);
	}
}

static void set_speaker(const struct qctx *c, const struct qframe *f, const struct qnp *np, struct qres *r)
{
	(void)c;
	r->actor = np->actor;
	r->ss = f->t[np->a].s;
	r->se = f->t[np->b - 1].e;
	r->text = !np->pronoun;
	r->speaker = np->actor >= 0 || !np->pronoun;
	r->weak = false;
	if (np->actor < 0 && !np->pronoun) {
		/* "the talks would continue": people, groups, institutions and
		 * documents speak; other descriptions do not */
		int h = desc_head(f, np);
		r->weak = h >= 0 && !f->t[h].cap && f->t[h].mention < 0 && !(f->t[h].cls & QW_NOUN);
	}
}

static void set_cue(const struct qframe *f, int a, int b, struct qres *r)
{
	r->cs = f->t[a].s;
	r->ce = f->t[b].e;
	r->cue = true;
}

/* « regrettent Paul et Annie Roy », "said Ann Lee and Tom Roy": a subject
 * of two named people or bodies is nobody's alone (the speaker's text
 * stays, with no actor). */
static void coordinated(struct qctx *c, const struct qframe *f, struct qnp *np)
{
	int k = np->b;
	(void)c;
	if (np->pronoun || np->actor < 0 || !qt_has(f, k, QW_CONJ) || !qt_word(f, k + 1) ||
	    !(f->t[k + 1].mention >= 0 || (f->t[k + 1].cap && !(f->t[k + 1].cls & QW_DET))))
		return;
	int e = k + 1;
	while (qt_word(f, e) && e < k + 6 && (f->t[e].mention >= 0 || f->t[e].cap))
		e++;
	if ((size_t)e < f->n && f->t[e].kind == QT_WORD && !qt_has(f, e, QW_REL | QW_PREP))
		return;   /* « a déclaré X avant de partir », "said X and Y agreed" */
	np->actor = -1;
	np->named = false;
	np->b = e;
}

/* Skip adverbials and prepositional phrases after unit v, then read a noun
 * phrase: the inverted subject of « a déclaré mercredi à la presse X ». */
static bool np_after_verb(struct qctx *c, const struct qframe *f, int v, struct qnp *np)
{
	int k = v + 1, n = (int)f->n, steps = 0, tail = 0;
	bool in_pp = false;
	while (k < n && steps++ < 16) {
		const struct qtok *t = &f->t[k];
		if (t->kind == QT_PUNCT || t->kind == QT_QUOTE)
			return false;
		if (t->kind == QT_NUM) {
			k++;
			continue;
		}
		if (t->mention < 0 && (t->cls & (QW_ADV | QW_TIME | QW_INV)) && !(t->cls & (QW_PRON | QW_DET))) {
			k++;
			continue;
		}
		if (t->mention < 0 && (t->cls & (QW_PREP | QW_PREPC)) && !(t->cls & QW_DET)) {
			in_pp = true;
			tail = 0;
			k++;
			continue;
		}
		if (in_pp) {
			if (t->mention < 0 && (t->cls & QW_DET)) {
				k++;
				continue;
			}
			in_pp = false;
			tail = 2;
			k++;
			continue;
		}
		if (tail > 0 && t->mention < 0 && !t->cap && !(t->cls & (QW_DET | QW_NOUN | QW_PRON))) {
			tail--;
			k++;
			continue;
		}
		if (!qnp_forward(c, f, k, n, np))
			return false;
		check_apposition(c, f, np);
		coordinated(c, f, np);
		return true;
	}
	return false;
}

/* Does the cue at v introduce what follows (« a déclaré : », « a dit que »)? */
static bool introduces(const struct qframe *f, int v)
{
	for (int k = v + 1, steps = 0; (size_t)k < f->n && steps < 8; k++, steps++) {
		if (qt_punct(f, k, ':') || qt_quote(f, k) || qt_has(f, k, QW_COMP))
			return true;
		if (f->t[k].kind == QT_PUNCT)
			return false;
	}
	return false;
}

/* The first subject-like noun phrase of [from, to): the sentence's main subject. */
static bool main_subject(struct qctx *c, const struct qframe *f, int from, int to, struct qnp *np)
{
	int a = from;
	for (int seg = 0; seg < 6 && a < to; seg++) {
		while (a < to && (f->t[a].kind == QT_PUNCT || f->t[a].kind == QT_QUOTE))
			a++;
		if (a >= to)
			break;
		int e = a;
		while (e < to && e < a + 60 && !seg_boundary(f, e))
			e++;
		/* « Dans cette lettre, dont un journal a eu copie, elle … »: a
		 * relative clause's subject is not the sentence's */
		bool relative = a > 0 && qt_has(f, a - 1, QW_REL);
		if (!relative && !lead_bad(f, a) && qnp_forward(c, f, a, e, np) &&
		    (np->named || (!np->pronoun && !np->name))) {
			check_apposition(c, f, np);
			return true;
		}
		a = e + 1;
	}
	return false;
}

/* The subject before a participle: the nearest subject pronoun, or a
 * mention followed by a verb group. */
static bool participle_subject(struct qctx *c, const struct qframe *f, int p, struct qnp *np)
{
	for (int k = p, steps = 0; k >= 0 && steps < 40; k--, steps++) {
		if (f->t[k].kind == QT_QUOTE)
			continue;
		if (qt_has(f, k, QW_PRON) && !qt_has(f, k, QW_CLITIC) && f->t[k].gender != QG_X)
			return qnp_forward(c, f, k, k + 1, np);
		if (qt_has(f, k, QW_INV) && f->t[k].gender != QG_X) {
			/* « …, a-t-il estimé, saluant « … » » */
			enum qgender g = (enum qgender)f->t[k].gender;
			*np = (struct qnp){.a = k, .b = k + 1, .pronoun = true, .gender = g};
			np->actor = qspk_pronoun(c, f->t[k].s, g);
			np->named = np->actor >= 0;
			return true;
		}
		/* (not "one agent in Newcastle said": the object of a preposition) */
		if (qt_word(f, k) && f->t[k].mention >= 0 && qt_word(f, k + 1) &&
		    (f->t[k + 1].cls & (QW_AUX | QW_SEMI | QW_CLITIC | QW_VERB)) && f->t[k + 1].mention < 0 && !pp_object(f, k))
			return qnp_forward(c, f, k, k + 1, np);
	}
	return main_subject(c, f, 0, (int)f->n, np);
}

/* A segment ending at unit j that is a capitalised name alone, without a
 * determiner: the person a description after it stands beside. */
static bool name_before(struct qctx *c, const struct qframe *f, int j, struct qnp *np)
{
	int a = j;
	while (a - 1 >= 0 && a > j - 12 && !seg_boundary(f, a - 1))
		a--;
	if (qt_punct(f, a - 1, '.') && a >= 2 && qt_word(f, a - 2) && f->t[a - 2].cap && f->t[a - 2].e == f->t[a - 1].s)
		a -= 2;    /* "Sen. Ann Roe", « Pr. Durand »: an abbreviated title */
	if (a > j || lead_bad(f, a) || (a > 0 && !qt_punct(f, a - 1, ',') && !qt_punct(f, a - 1, '-') &&
	                                f->t[a - 1].kind != QT_QUOTE))
		return false;
	return qnp_forward(c, f, a, j + 1, np) && np->named && !np->pronoun && np->b == j + 1 &&
	       !qt_has(f, np->a, QW_DET) && f->t[np->a].cap;
}

/* Is unit a inside the phrase « Pour X, … , » that opens the sentence
 * (only names, descriptions and commas or brackets before it)? */
static bool in_initial_source(const struct qframe *f, int a)
{
	if (!qt_has(f, 0, QW_SOURCE1))
		return false;
	for (int k = 1; k < a; k++) {
		const struct qtok *t = &f->t[k];
		if (t->kind == QT_QUOTE || (t->kind == QT_PUNCT && (!t->punct || !strchr(",()-", t->punct))) ||
		    qt_has(f, k, QW_VERB | QW_AUX | QW_SEMI | QW_COMP | QW_REL | QW_PRON))
			return false;
	}
	return true;
}

/* Is unit k a relative « dont », "whose", whose clause has a subject of
 * its own (« X, dont la présidente, Y, a salué »)? */
static bool whose(const struct qctx *c, const struct qframe *f, int k)
{
	return qt_has(f, k, QW_REL) &&
	       lex_has(lang_lex(c->l, "quote_relatives_whose"), c->t + f->t[k].s, f->t[k].e - f->t[k].s);
}

/* The relative pronoun after a comma that opens a clause running over
 * commas to unit j (« X, qui …, Y et Z, a déclaré »), or -1. */
static int relative_over_commas(const struct qctx *c, const struct qframe *f, int j)
{
	int commas = 0;
	for (int k = j; k >= 1 && k > j - 40; k--) {
		const struct qtok *t = &f->t[k];
		if (t->kind == QT_QUOTE || (t->kind == QT_PUNCT && t->punct && strchr(".;:!?", t->punct)) ||
		    qt_has(f, k, QW_COMP))
			return -1;
		if (qt_punct(f, k, ','))
			commas++;
		if (qt_has(f, k, QW_REL))
			return qt_punct(f, k - 1, ',') && commas > 0 && !whose(c, f, k) ? k : -1;
	}
	return -1;
}

/* Comma-separated segments before the verb group at p+1: the nearest named
 * subject, else the farthest description (« De nombreux habitants, témoins
 * de la scène, ont déclaré »). */
static bool subject_segments(struct qctx *c, const struct qframe *f, int p, struct qnp *np)
{
	struct qnp unnamed = {0}, named_prev = {0};
	bool have_unnamed = false;
	int j = p;
	if (qt_punct(f, j, ',') || qt_punct(f, j, '-') || qt_punct(f, j, ')'))
		j--;       /* « X, conseiller de Y, a déclaré » */
	{
		/* "Acme, which flies to Oslo, Bergen and the Faroe Islands,
		 * called …": a relative clause over several commas holds no
		 * subject of the cue; its antecedent ends before it */
		int r = relative_over_commas(c, f, j);
		if (r >= 2)
			j = r - 2;
	}
	for (int seg = 0; seg < 4 && j >= 0; seg++) {
		int a = j;
		while (a - 1 >= 0 && a > j - 40 && !seg_boundary(f, a - 1))
			a--;
		if (a > j)
			break;
		if (a >= 2 && qt_has(f, a - 1, QW_REL) && !whose(c, f, a - 1) && !qt_punct(f, a - 2, '.')) {
			/* « X, qui préside la commission, a estimé », "X, who chairs
			 * the committee, called …": the relative clause holds no
			 * subject of the cue; its antecedent ends before it */
			j = qt_punct(f, a - 2, ',') ? a - 3 : a - 2;
			continue;
		}
		if (f->t[a].kind == QT_NUM && j - a <= 2 && a >= 2 && qt_punct(f, a - 1, ',')) {
			/* « La candidate, 47 ans, a salué », "Ann Roe, 52, said": an
			 * age between commas; the subject is before it */
			j = a - 2;
			continue;
		}
		struct qnp x;
		bool got = false;
		bool bad = lead_bad(f, a);
		if (seg == 0) {
			if (!bad && qnp_forward(c, f, a, j + 1, &x) &&
			    (x.b == j + 1 || (!x.pronoun && qt_has(f, x.b, QW_PREP | QW_PREPC))))
				got = true;    /* "Officials in Dublin said" */
			else if (qnp_backward(c, f, j, a, &x) && (!bad || x.named) && !pp_object(f, x.a))
				got = true;
			else if (bad)
				break;     /* "…, told the BBC the talks would continue": a clause, not a subject */
		} else if (!bad && (a == 0 || !seg_boundary(f, a - 1) || qt_punct(f, a - 1, ',') || qt_punct(f, a - 1, '(') ||
		                    qt_punct(f, a - 1, ')') || qt_punct(f, a - 1, '-')) &&
		           qnp_forward(c, f, a, j + 1, &x) && (x.named || !x.pronoun)) {
			got = true;   /* not a subordinate clause's subject (after « que ») */
		}
		if (got) {
			if (x.named && have_unnamed && seg > 0 && in_initial_source(f, a)) {
				/* « Pour X, présidente de Y, le drame rappelle … »: the name
				 * stands beside the source, not the subject */
				break;
			}
			if (x.named) {
				if (have_unnamed && seg > 0)
					apposition(c, f, &unnamed, x.actor);
				*np = x;
				/* "Sen. Ann Roe, an Ohio Republican, called …": a named
				 * description gives way to the person's name before it */
				struct qnp y;
				if (qt_has(f, x.a, QW_DET) && qt_punct(f, a - 1, ',') &&
				    name_before(c, f, a - 2, &y))
					*np = y;
				return true;
			}
			if (named_prev.named)
				apposition(c, f, &x, named_prev.actor);
			unnamed = x;
			have_unnamed = true;
		}
		int sep = a - 1;
		if (sep < 0 || !(qt_punct(f, sep, ',') || qt_punct(f, sep, '(') || qt_punct(f, sep, ')') ||
		                 qt_punct(f, sep, '-')))
			break;
		j = sep - 1;
	}
	if (have_unnamed) {
		*np = unnamed;
		return true;
	}
	return false;
}

/* Is the actor among the last speakers found? */
static bool spoke_before(const struct qctx *c, int actor)
{
	for (size_t k = c->nhist, seen = 0; k-- > 0 && seen < 32; seen++)
		if (c->hist[k].actor == actor)
			return true;
	return false;
}

/* The impersonal « on » speaks for the place or circle a locative phrase
 * names at unit i: « indique-t-on à Matignon », « explique-t-on dans
 * l'entourage du ministre ».  quote_on_places tags a preposition "place"
 * (only a place or a speaking metonymy follows it: « à l'AFP » is whom
 * one speaks to) or "any" (a named group or a circle). */
static bool on_place(struct state *st, const struct qframe *f, int i, bool fronted, struct qnp *np)
{
	struct qctx *c = &st->c;
	while (qt_has(f, i, QW_ADV | QW_TIME))
		i++;
	if (!qt_word(f, i) || f->t[i].mention >= 0)
		return false;
	/* the longest entry over up to three words (« du côté de ») */
	const lexicon *places = lang_lex(c->l, "quote_on_places");
	const char *kind = NULL;
	int after = i + 1;
	for (int k = i; k < i + 3 && qt_word(f, k) && f->t[k].mention < 0; k++) {
		const char *v = lex_get(places, c->t + f->t[i].s, f->t[k].e - f->t[i].s);
		if (v) {
			kind = v;
			after = k + 1;
		}
	}
	if (!kind)
		return false;
	struct qnp x;
	if (!qnp_forward(c, f, after, (int)f->n, &x) || x.pronoun)
		return false;
	if (x.actor >= 0) {
		const struct actor *a = annots_actor(c->an, x.actor);
		if (!a || (a->type == ACTOR_PERSON && !(a->flags & ACTOR_GROUP)))
			return false;
		/* « Selon l'Institut X, … « … », explique-t-on à l'Institut X »: an
		 * organisation that already spoke, unless it is a news medium
		 * (« à l'AFP »: whom one speaks to) */
		/* « à la direction régionale de X »: a unit of the organisation,
		 * not whom one speaks to */
		int h = desc_head(f, &x);
		bool unit = a->type == ACTOR_ORG && f->t[x.a].mention < 0 && h >= 0 && qt_has(f, h, QW_NOUN) &&
		            !qspk_medium(c, x.actor);
		if (!fronted && strcmp(kind, "place") == 0 && a->type != ACTOR_PLACE && !(a->flags & ACTOR_CAN_SPEAK) &&
		    !unit && (a->type != ACTOR_ORG || qspk_medium(c, x.actor) || !spoke_before(c, x.actor)))
			return false;
	} else {
		int h = !fronted && strcmp(kind, "place") == 0 ? -1 : desc_head(f, &x);
		if (h < 0 || !qt_has(f, h, QW_GROUP | QW_PROXY))
			return false;
	}
	*np = x;
	return true;
}

/* ---- the speaker of a cue --------------------------------------------- */

/* « Le président portugais s'est montré réservé. « … », a-t-il souligné »:
 * a pronoun after a quotation that opens its sentence refers to the
 * subject of the sentence before (in the same paragraph, with no quotation
 * of its own) when that subject is a description resolved to a person of
 * the pronoun's gender — not to the last speaker.  -1 if not so. */
static int described_subject(struct state *st, const struct qframe *f, enum qgender g)
{
	struct qctx *c = &st->c;
	if (f != &st->f || (g != QG_M && g != QG_F) || !st->prev.valid || st->prev.framed || f->n == 0 ||
	    f->t[0].kind != QT_QUOTE || st->prev.e <= st->prev.s ||
	    doc_para_at(c->d, st->prev.s) != doc_para_at(c->d, f->s))
		return -1;
	struct qframe h = {0};
	qframe_build(c, &h, st->prev.s, st->prev.e);
	struct qnp np;
	int actor = -1;
	bool create = c->create_actors;
	c->create_actors = false;
	if (h.n && qt_has(&h, 0, QW_DEF) && main_subject(c, &h, 0, (int)h.n, &np) && np.a == 0 && !np.pronoun &&
	    np.actor >= 0 && is_person_actor(c, np.actor)) {
		const struct actor *a = annots_actor(c->an, np.actor);
		if (!(a->flags & (g == QG_M ? ACTOR_FEMALE : ACTOR_MALE)))
			actor = np.actor;
	}
	c->create_actors = create;
	qframe_free(&h);
	return actor;
}

/* The speaker of the cue verb at unit v; fills r (speaker, cue, confidence).
 * `prev` is the speaker of an earlier quotation in the same sentence, for
 * coordinated verbs.  Returns whether a speaker was found. */
static bool speaker_of_cue(struct state *st, const struct qframe *f, int v, const struct qres *prev, struct qres *r)
{
	struct qctx *c = &st->c;
	enum qgender ig;
	int inv_at;
	int vs = vg_start(f, v, &ig, &inv_at);
	int ve = qt_has(f, v + 1, QW_INV) ? v + 1 : v;
	set_cue(f, vs, ve, r);
	struct qnp np;
	if (ig != QG_NONE) {
		np = (struct qnp){.a = inv_at, .b = inv_at + 1, .pronoun = true, .gender = ig, .actor = -1};
		if (ig != QG_X) {
			np.actor = qspk_pronoun(c, f->t[vs].s, ig);
			int d = described_subject(st, f, ig);
			if (d >= 0)
				np.actor = d;
		} else if (on_place(st, f, ve + 1, false, &np)) {
			set_speaker(c, f, &np, r);
			r->conf = 0.7f;
			return true;
		}
		set_speaker(c, f, &np, r);
		r->conf = np.actor >= 0 ? 0.85f : 0.5f;
		return true;
	}
	int p = vs - 1;
	bool after_quote = p < 0 || qt_quote(f, p) ||
	                   ((qt_punct(f, p, ',') || qt_punct(f, p, '-')) && (p - 1 < 0 || qt_quote(f, p - 1)));
	if (after_quote || qt_has(f, p, QW_COMP)) {
		if (np_after_verb(c, f, ve, &np)) {
			set_speaker(c, f, &np, r);
			r->conf = np.named ? 0.9f : 0.7f;
			return true;
		}
		if (p >= 0 && after_quote)
			return false;
		if (p < 0 && !is_participle(c, &f->t[v]))
			return false;
	}
	if (qt_punct(f, p, ',') && !introduces(f, ve)) {
		/* « …, a déclaré X. », « …, a indiqué le groupe dans un communiqué »
		 * (a named subject may be followed by an adverbial phrase) */
		if (np_after_verb(c, f, ve, &np) &&
		    ((size_t)np.b >= f->n || f->t[np.b].kind != QT_WORD ||
		     (np.named && !np.pronoun && qt_has(f, np.b, QW_PREP) && !qt_has(f, np.b, QW_COMP | QW_PREPC)))) {
			set_speaker(c, f, &np, r);
			r->conf = np.named ? 0.85f : 0.65f;
			return true;
		}
	}
	if (is_participle(c, &f->t[v]) && (qt_punct(f, p, ',') || qt_has(f, p, QW_CONJ | QW_PREP) || p < 0)) {
		/* « …, a indiqué le groupe, évoquant « … » »: the speaker of the
		 * cue before it in the sentence */
		for (int k = p; k >= 0 && k > p - 24; k--) {
			if (f->t[k].kind == QT_PUNCT && (f->t[k].punct == '.' || f->t[k].punct == ';'))
				break;
			if ((is_cue_verb(f, k, false) || inverted_verb(f, k)) && !is_participle(c, &f->t[k])) {
				struct qres x = {.actor = -1};
				if (speaker_of_cue(st, f, k, prev, &x) && x.speaker && !x.weak) {
					r->actor = x.actor;
					r->ss = x.ss;
					r->se = x.se;
					r->text = x.text;
					r->speaker = true;
					r->conf = 0.75f;
					return true;
				}
				break;
			}
		}
		if (participle_subject(c, f, p, &np)) {
			set_speaker(c, f, &np, r);
			r->conf = 0.7f;
			return true;
		}
		return false;
	}
	if (qt_has(f, p, QW_CONJ)) {
		if (prev && prev->speaker) {
			r->actor = prev->actor;
			r->ss = prev->ss;
			r->se = prev->se;
			r->text = prev->text;
			r->speaker = true;
			r->conf = 0.75f;
			return true;
		}
		if (main_subject(c, f, 0, p, &np)) {
			set_speaker(c, f, &np, r);
			r->conf = 0.65f;
			return true;
		}
		return false;
	}
	if (qt_has(f, p, QW_REL)) {
		int j = p - 1;
		if (qt_punct(f, j, ','))
			j--;
		if (qnp_backward(c, f, j, 0, &np)) {
			if (!np.named && qt_punct(f, np.a - 1, ',')) {
				struct qnp x;
				if (qnp_backward(c, f, np.a - 2, 0, &x) && x.named) {
					apposition(c, f, &np, x.actor);
					np = x;
				}
			}
			set_speaker(c, f, &np, r);
			r->conf = np.named ? 0.8f : 0.6f;
			return true;
		}
		return false;
	}
	if (p >= 0 && subject_segments(c, f, p, &np)) {
		struct qnp x;
		if (np.pronoun && np.gender == QG_X &&
		    (on_place(st, f, ve + 1, false, &x) || (on_place(st, f, 0, true, &x) && qt_punct(f, x.b, ','))))
			np = x;    /* « Au ministère, on explique que … »: nobody is spoken to there */
		else if (!np.pronoun && qt_has(f, p, QW_PRON) && f->t[p].gender == QG_X && on_place(st, f, 0, true, &x) &&
		         qt_punct(f, x.b, ',') && x.b + 1 == p)
			np = x;    /* « Du côté de X, on indique « … » »: the phrase read as the subject is the place */
		set_speaker(c, f, &np, r);
		r->conf = np.named ? 0.9f : 0.7f;
		return true;
	}
	return false;
}

/* « selon X », "according to X" at unit s. */
static bool source_speaker(struct state *st, const struct qframe *f, int s, struct qres *r)
{
	struct qnp np;
	if (!qnp_forward(&st->c, f, s + 1, (int)f->n, &np))
		return false;
	check_apposition(&st->c, f, &np);
	set_cue(f, s, s, r);
	set_speaker(&st->c, f, &np, r);
	r->conf = np.named ? 0.85f : 0.65f;
	return true;
}

/* « Pour lui, … » at the start of the sentence. */
static bool initial_source(struct state *st, const struct qframe *f, struct qres *r)
{
	if (!qt_has(f, 0, QW_SOURCE1))
		return false;
	struct qnp np;
	if (!qnp_forward(&st->c, f, 1, (int)f->n, &np) || !qt_punct(f, np.b, ',') || !np.named)
		return false;
	set_cue(f, 0, 0, r);
	set_speaker(&st->c, f, &np, r);
	r->conf = 0.7f;
	return true;
}

/* ---- attributing one quotation ---------------------------------------- */

static bool has_inversion(const struct state *st, size_t s, size_t e);
static bool cue_before(struct state *st, const struct qframe *f, int k, const struct qres *prev, struct qres *r);

/* The unit ending an incise whose subject ends before unit b: a comma or
 * a full stop there, or after a short prepositional phrase (« depuis la
 * tribune », "after the hearing"); -1 if none. */
static int incise_end(const struct qframe *f, int b)
{
	if (qt_punct(f, b, ',') && qt_has(f, b + 1, QW_REL)) {
		/* « …, explique Ana Roy, qui tient une boutique. La … »: the
		 * relative clause belongs to the incise */
		for (int k = b + 2; k < b + 24 && (size_t)k < f->n; k++) {
			if (f->t[k].kind == QT_QUOTE)
				return -1;
			if (qt_punct(f, k, ',') || qt_punct(f, k, '.'))
				return k;
		}
		return -1;
	}
	if (qt_punct(f, b, ',') && qt_has(f, b + 1, QW_COMP)) {
		/* « …, confie la gardienne, que nous avons croisée au marché. Le … »:
		 * a relative clause running to a full stop with words after it
		 * belongs to the incise; one ending the quotation is the quoted
		 * words going on (« A, a-t-il ajouté, qu'on nous écoute. ») */
		for (int k = b + 2; k < b + 24 && (size_t)k < f->n; k++) {
			if (f->t[k].kind == QT_QUOTE)
				return b;
			if (qt_punct(f, k, '.'))
				return (size_t)k + 1 < f->n ? k : b;
		}
		return b;
	}
	if (qt_punct(f, b, ',') || qt_punct(f, b, '.'))
		return b;
	if (!qt_has(f, b, QW_PREP) || qt_has(f, b, QW_COMP | QW_PREPC))
		return -1;
	for (int k = b + 1; k < b + 8 && (size_t)k < f->n; k++) {
		if (qt_punct(f, k, '.'))
			return k;
		if (qt_punct(f, k, ',')) {
			/* « …, a dit Mme Roy après le conseil, jeudi, à la
			 * halle. Nous … »: more circumstances up to a full stop with
			 * words after it */
			for (int e = k + 1; e < k + 14 && (size_t)e + 1 < f->n; e++) {
				if (qt_punct(f, e, '.'))
					return e;
				if (qt_punct(f, e, ','))
					continue;
				if (!(qt_word(f, e) || f->t[e].kind == QT_NUM) ||
				    qt_has(f, e, QW_VERB | QW_AUX | QW_COMP | QW_REL | QW_PRON | QW_FIRST | QW_CONJ))
					break;
			}
			return k;
		}
		if (!(qt_word(f, k) || f->t[k].kind == QT_NUM) || qt_has(f, k, QW_VERB | QW_AUX | QW_COMP | QW_REL | QW_PRON))
			return -1;
	}
	return -1;
}

/* The speech verb of an incise opening after the comma before word k
 * (« …, a ajouté X, … »: maybe after auxiliaries and adverbs), or -1. */
static int incise_verb(const struct qframe *g, int k)
{
	if (!qt_punct(g, k - 1, ','))
		return -1;
	int v = k;
	while ((size_t)v < g->n && v < k + 3 && qt_has(g, v, QW_AUX | QW_ADV) && !is_cue_verb(g, v, false))
		v++;
	return (size_t)v < g->n && is_cue_verb(g, v, false) ? v : -1;
}

/* An incise with its subject after the verb, between commas inside the
 * marks: « La situation est tendue, insiste la directrice, mais nous
 * tiendrons », « Ce projet, a expliqué Marc Le Bihan, n'a aucun sens ». */
static bool incise_inside_np(struct state *st, const struct qmark *m, struct qres *r)
{
	const struct qframe *g = &st->g;
	for (int k = 2; (size_t)k + 1 < g->n; k++) {
		int v = incise_verb(g, k);
		if (v < 0 || qt_has(g, v, QW_INF))
			continue;
		struct qnp np;
		if (!np_after_verb(&st->c, g, v, &np) || np.pronoun || (!np.named && np.actor < 0 && !np.name))
			continue;
		/* the incise ends with a comma or a full stop (« …, poursuit
		 * Mme Roy. Nous … »), maybe after an adverbial phrase (« a dit
		 * M. Roy après l'audience. »), and words follow it */
		int end = incise_end(g, np.b);
		if (end < 0 || (size_t)end + 1 >= g->n)
			continue;
		struct qres x = {.actor = -1};
		set_cue(g, k, v, &x);
		set_speaker(&st->c, g, &np, &x);
		x.conf = np.named ? 0.85f : 0.7f;
		*r = x;
		r->how = HOW_INCISE;
		r->split = true;
		r->split_a = g->t[k - 1].s;
		r->split_b = g->t[end].e;
		return true;
	}
	(void)m;
	return false;
}

/* Where the quoted words stop and start again around an incise whose
 * subject did not give the speaker: « A, a ajouté le trésorier, B ».
 * Only the split is kept; the speaker is the one attribute() found
 * elsewhere (a quotation nobody speaks keeps its words whole). */
static void incise_split(struct state *st, const struct qmark *m, struct qres *r)
{
	int commas = 0;
	for (size_t i = m->is; i < m->ie && commas < 2; i++)
		commas += st->c.t[i] == ',';
	if (commas < 2)
		return;
	qframe_build(&st->c, &st->g, m->is, m->ie);
	const struct qframe *g = &st->g;
	bool create = st->c.create_actors;
	st->c.create_actors = false;
	for (int k = 2; (size_t)k + 1 < g->n; k++) {
		int v = incise_verb(g, k);
		if (v < 0 || (size_t)v + 1 >= g->n || qt_has(g, v, QW_INF | QW_FIRST) || !qt_has(g, v + 1, QW_DET))
			continue;
		struct qnp np;
		if (!qnp_forward(&st->c, g, v + 1, (int)g->n, &np) || np.pronoun)
			continue;
		int end = incise_end(g, np.b);
		if (end < 0 || (size_t)end + 1 >= g->n)
			continue;
		r->split = true;
		r->split_a = g->t[k - 1].s;
		r->split_b = g->t[end].e;
		break;
	}
	st->c.create_actors = create;
}

/* An incise inside the marks: « Le budget est serré, dit-elle, mais nous
 * tiendrons. »  (Without an inversion, attribute() has already tried
 * incise_inside_np before anything else.) */
static bool incise_inside(struct state *st, const struct qmark *m, struct qres *r)
{
	if (!has_inversion(st, m->is, m->ie))
		return false;
	qframe_build(&st->c, &st->g, m->is, m->ie);
	const struct qframe *g = &st->g;
	for (int k = 1; (size_t)k < g->n; k++) {
		if (!inverted_verb(g, k))
			continue;
		enum qgender ig;
		int inv_at;
		int vs = vg_start(g, k, &ig, &inv_at);
		if (!qt_punct(g, vs - 1, ','))
			continue;
		struct qres x = {.actor = -1};
		if (speaker_of_cue(st, g, k, NULL, &x)) {
			*r = x;
			r->how = HOW_INCISE;
			/* the quoted words are on either side of the incise */
			int e = k + 1;
			while ((size_t)e < g->n && !qt_punct(g, e, ',') && !qt_punct(g, e, '.') && g->t[e].kind != QT_QUOTE)
				e++;
			r->split = true;
			r->split_a = g->t[vs - 1].s;
			/* « …, a-t-elle résumé. Qui … »: the words after the stop are hers too */
			r->split_b = qt_punct(g, e, ',') || qt_punct(g, e, '.') ? g->t[e].e : m->ie;
			return true;
		}
	}
	return incise_inside_np(st, m, r);
}

static bool incise_after(struct state *st, const struct qframe *f, int k, struct qres *r)
{
	struct qctx *c = &st->c;
	int n = (int)f->n, i = k + 1;
	while (i < n && (qt_punct(f, i, ',') || qt_punct(f, i, '-')))
		i++;
	if (i >= n || !qt_word(f, i))
		return false;
	/* verb first: « …, a déclaré X », « …, ajoute-t-elle », "…," said X */
	int v = i;
	while (v < n && qt_has(f, v, QW_AUX | QW_SEMI | QW_CLITIC | QW_ADV | QW_TIME | QW_LINK | QW_INV) &&
	       !is_cue_verb(f, v, false) && !inverted_verb(f, v))
		v++;
	if (v < n && (is_cue_verb(f, v, false) || inverted_verb(f, v)) && speaker_of_cue(st, f, v, NULL, r)) {
		r->how = HOW_INCISE;
		return true;
	}
	if (qt_has(f, i, QW_SOURCE)) {
		if (source_speaker(st, f, i, r)) {
			r->how = HOW_SOURCE;
			/* « X assure que « … », selon un communiqué »: a document
			 * nobody is named for only says where the words were written;
			 * the cue before the quotation names who wrote them */
			struct qnp np;
			struct qres x = {.actor = -1};
			if (r->actor < 0 && qnp_forward(c, f, i + 1, n, &np) && !np.named && !np.pronoun) {
				int h = desc_head(f, &np);
				if (h >= 0 && qt_has(f, h, QW_PROXY) && cue_before(st, f, k, NULL, &x) && x.speaker && !x.weak)
					*r = x;
			}
			return true;
		}
		return false;
	}
	/* subject first: "…," X told reporters / « … », X a-t-il ajouté */
	struct qnp np;
	if (!qnp_forward(c, f, i, n, &np))
		return false;
	int j = np.b;
	if (qt_punct(f, j, ',')) {
		int e = j + 1;
		while (e < n && e < j + 16 && !qt_punct(f, e, ',') && !qt_quote(f, e) && !qt_punct(f, e, '.'))
			e++;
		if (qt_punct(f, e, ',')) {
			struct qnp x = {.a = j + 1, .b = e};
			apposition(c, f, &x, np.actor);
			j = e + 1;
		}
	}
	v = j;
	while (v < n && qt_has(f, v, QW_AUX | QW_SEMI | QW_CLITIC | QW_ADV | QW_TIME | QW_LINK | QW_INV) &&
	       !is_cue_verb(f, v, false))
		v++;
	/* not « … », l'association estimant que …: an absolute participle */
	if (v < n && is_cue_verb(f, v, false) && !(v == j && is_participle(c, &f->t[v]))) {
		enum qgender ig;
		int inv_at;
		int vs = vg_start(f, v, &ig, &inv_at);
		if (vs < j)
			vs = j;
		set_cue(f, vs, qt_has(f, v + 1, QW_INV) ? v + 1 : v, r);
		set_speaker(c, f, &np, r);
		r->conf = np.named ? 0.9f : 0.7f;
		r->how = HOW_INCISE;
		return true;
	}
	return false;
}

/* An infinitive cue far from the quotation only counts when a verb group
 * or a subject carries it (« voulait qualifier », « continuent de
 * l'appeler »), not in « va permettre de poursuivre les recherches ». */
static bool finite_or_near(const struct qframe *f, int v, int k)
{
	if (!qt_has(f, v, QW_INF) || k - v <= 4)
		return true;
	int p = v - 1;
	if (p < 0)
		return false;
	if (qt_word(f, p) && f->t[p].mention >= 0)
		return true;
	if (qt_has(f, p, QW_LINK) && qt_has(f, p - 1, QW_SEMI))
		return true;
	return qt_has(f, p, QW_AUX | QW_SEMI | QW_CLITIC | QW_PRON | QW_NOUN) || (qt_word(f, p) && f->t[p].cap);
}

/* Is the quotation at unit k the cue's own complement, so that an agent
 * after it is the cue's (« jugée « irréaliste » par », "described as "…"
 * by")?  Not when a clause comes between ("said it was "alarmed" by"). */
static bool agent_reach(const struct qframe *f, int j, int k)
{
	for (int i = j + 1; i < k; i++)
		if (!qt_word(f, i) || f->t[i].mention >= 0 || f->t[i].cap ||
		    qt_has(f, i, QW_PRON | QW_AUX | QW_SEMI | QW_VERB | QW_DET | QW_COMP | QW_CLITIC))
			return false;
	return true;
}

/* Is cue verb v a past participle after a passive auxiliary ("staff had
 * been told", « le maire a été informé »)?  Its subject is spoken to: no
 * speaker. */
static bool passive_cue(const struct qctx *c, const struct qframe *f, int v)
{
	if (is_participle(c, &f->t[v]) || qt_has(f, v + 1, QW_AGENT))
		return false;   /* "is saying"; « qualifié par le juge de « … » » */
	int k = v - 1;
	while (qt_has(f, k, QW_ADV | QW_TIME))
		k--;
	return k >= 0 && qt_word(f, k) && f->t[k].mention < 0 &&
	       lex_has(lang_lex(c->l, "quote_passive_aux"), c->t + f->t[k].s, f->t[k].e - f->t[k].s);
}

/* Is cue verb v a speech act still to come ("the guild would ask", « le
 * syndicat demandera ») in a clause another cue of the sentence reports
 * ("Lee noted that the guild would ask …")?  The quotation is then the
 * reporter's words. */
static bool reported_irrealis(const struct qctx *c, const struct qframe *f, int v)
{
	enum qgender g;
	int at;
	int vs = vg_start(f, v, &g, &at);
	const lexicon *aux = lang_lex(c->l, "quote_irrealis");
	bool irrealis = lex_has_ending(lang_lex(c->l, "quote_irrealis_endings"), c->t + f->t[v].s, f->t[v].e - f->t[v].s, 2);
	for (int k = vs; k < v && !irrealis; k++)
		irrealis = qt_word(f, k) && lex_has(aux, c->t + f->t[k].s, f->t[k].e - f->t[k].s);
	if (!irrealis)
		return false;
	for (int i = vs - 1; i >= 0; i--) {
		const struct qtok *t = &f->t[i];
		if (t->kind == QT_QUOTE ||
		    (t->kind == QT_PUNCT && (t->punct == '.' || t->punct == '!' || t->punct == '?' || t->punct == ';')))
			return false;
		if (qt_has(f, i, QW_COMP))
			for (int j = i - 1; j >= 0 && j >= i - 4; j--)
				if (is_cue_verb(f, j, false))
					return true;
	}
	return false;
}

/* A cue before the quotation in its clause, nearest first. */
static bool cue_before(struct state *st, const struct qframe *f, int k, const struct qres *prev, struct qres *r)
{
	struct qres first = {.actor = -1};   /* the nearest cue, even without a speaker */
	struct qres later = {.actor = -1};   /* a reported speech act still to come */
	for (int j = k - 1, steps = 0; j >= 0 && steps < 48; j--, steps++) {
		const struct qtok *t = &f->t[j];
		if (t->kind == QT_PUNCT && (t->punct == '.' || t->punct == '!' || t->punct == '?' || t->punct == ';'))
			break;
		if (t->kind == QT_QUOTE)
			continue;
		if ((is_cue_verb(f, j, k - j <= 10) && finite_or_near(f, j, k)) || inverted_verb(f, j)) {
			struct qres x = {.actor = -1};
			if (!inverted_verb(f, j) && !later.cue && reported_irrealis(&st->c, f, j)) {
				/* kept for a sentence whose reporter has no speaker */
				if (speaker_of_cue(st, f, j, prev, &later) && !later.weak)
					continue;
				later = (struct qres){.actor = -1};
			}
			struct qnp ag;
			if (k - j <= 3 && agent_reach(f, j, k) && qt_has(f, k + 1, QW_AGENT) &&
			    qnp_forward(&st->c, f, k + 2, (int)f->n, &ag) && !ag.pronoun) {
				/* « une promesse jugée « irréaliste » par l'opposition » */
				if (j > 0 && qt_has(f, 0, QW_SOURCE) && source_speaker(st, f, 0, &x) && x.speaker && !x.weak) {
					/* « Selon elle, le directeur avait été alerté « à trois
					 * reprises » par les infirmières »: the source's words */
					*r = x;
					r->how = HOW_SOURCE;
					return true;
				}
				set_cue(f, j, j, &x);
				set_speaker(&st->c, f, &ag, &x);
				x.conf = ag.named ? 0.8f : 0.6f;
				*r = x;
				r->how = HOW_CUE;
				return true;
			}
			if (!inverted_verb(f, j) && passive_cue(&st->c, f, j)) {
				/* the cue alone, if no other comes before */
				if (!first.cue) {
					enum qgender ig;
					int inv_at;
					set_cue(f, vg_start(f, j, &ig, &inv_at), j, &first);
				}
				continue;
			}
			if (speaker_of_cue(st, f, j, prev, &x) && !x.weak) {
				*r = x;
				r->how = HOW_CUE;
				struct qres s = {.actor = -1};
				if (k - j > 4 && j > 0 && qt_has(f, 0, QW_SOURCE) && source_speaker(st, f, 0, &s) && s.speaker &&
				    !s.weak) {
					/* « Selon elle, la direction n'a proposé qu'une prime,
					 * versée « au mieux en décembre » »: far from the verb,
					 * the words are the sentence's source's */
					*r = s;
					r->how = HOW_SOURCE;
					return true;
				}
				/* « Pour lui, l'élite parisienne le caractérise d'être « … » »:
				 * an unnamed subject gives way to the sentence's source. */
				if (r->actor < 0 && r->text && initial_source(st, f, &s)) {
					*r = s;
					r->how = HOW_SOURCE;
				}
				return true;
			}
			/* no speaker, or « les discussions ont continué »: look further back */
			if (!x.weak && !first.cue)
				first = x;
			continue;
		}
		if (qt_has(f, j, QW_SOURCE) && source_speaker(st, f, j, r)) {
			r->how = HOW_SOURCE;
			return true;
		}
	}
	if (initial_source(st, f, r)) {
		r->how = HOW_SOURCE;
		return true;
	}
	if (later.cue) {
		*r = later;
		r->how = HOW_CUE;
		return true;
	}
	*r = first;
	return false;
}

/* Only words (and commas) between units k and j? */
static bool words_between(const struct qframe *f, int k, int j)
{
	for (int i = k + 1; i < j; i++)
		if (!qt_word(f, i) && !qt_punct(f, i, ','))
			return false;
	return true;
}

/* A cue later in the sentence: « … « constructives », mais …, a déclaré X ». */
static bool cue_after(struct state *st, const struct qframe *f, int k, const struct qres *prev, struct qres *r)
{
	for (int j = k + 1; (size_t)j < f->n && j < k + 64; j++) {
		const struct qtok *t = &f->t[j];
		if (t->kind == QT_PUNCT && (t->punct == ';' || t->punct == '.'))
			break;
		/* « … », l'association estimant que …: an absolute participle has
		 * its own subject, who did not say the words before it */
		if (is_participle(&st->c, t) && qt_word(f, j - 1) &&
		    (f->t[j - 1].mention >= 0 || qt_has(f, j - 1, QW_NOUN)) && !qt_has(f, j - 1, QW_PRON | QW_CONJ) &&
		    (qt_punct(f, j - 2, ',') || (qt_has(f, j - 2, QW_DET) && qt_punct(f, j - 3, ','))))
			continue;
		if (is_cue_verb(f, j, false) || inverted_verb(f, j)) {
			struct qres x = {.actor = -1};
			if (speaker_of_cue(st, f, j, prev, &x) && !x.weak) {
				*r = x;
				r->how = HOW_LATER;
				r->conf *= 0.95f;
				return true;
			}
			/* "…," one agent in Leeds said: somebody unnamed spoke */
			if (x.speaker && x.weak && x.text && j < k + 10 && words_between(f, k, j))
				st->weak_incise = true;
		}
		if (qt_has(f, j, QW_SOURCE) && source_speaker(st, f, j, r)) {
			r->how = HOW_SOURCE;
			return true;
		}
	}
	return false;
}

/* Any cue of a sentence with its speaker (for neighbouring sentences). */
static bool sentence_cue(struct state *st, const struct qframe *f, struct qres *r)
{
	for (size_t j = 0; j < f->n; j++) {
		if (is_cue_verb(f, (int)j, false) || inverted_verb(f, (int)j)) {
			struct qres x = {.actor = -1};
			if (speaker_of_cue(st, f, (int)j, NULL, &x) && x.speaker) {
				*r = x;
				return true;
			}
		}
		if (qt_has(f, (int)j, QW_SOURCE) && source_speaker(st, f, (int)j, r))
			return true;
	}
	return false;
}

static size_t count_words(const struct qctx *c, size_t s, size_t e, bool *first_person)
{
	struct word *w = NULL;
	size_t cap = 0, n = doc_words(c->d, (struct span){s, e}, &w, &cap), words = 0;
	*first_person = false;
	for (size_t i = 0; i < n; i++) {
		if (w[i].kind == WORD_PUNCT)
			continue;
		words++;
		if (!*first_person && w[i].kind == WORD_LETTER &&
		    (qlex_get(c->lex, c->t + w[i].start, w[i].end - w[i].start, NULL) & QW_FIRST))
			*first_person = true;
	}
	free(w);
	return words;
}

/* A short quotation with no first-person word: a term, not an utterance
 * (*words gets its length). */
static bool short_term(const struct qctx *c, const struct qmark *m, size_t *words)
{
	bool fp;
	*words = count_words(c, m->is, m->ie, &fp);
	return *words <= 3 && !fp;
}

/* The first letter of the quotation's words from byte *i on (0 if none);
 * *i is left after it. */
static int32_t first_letter(const struct qctx *c, const struct qmark *m, size_t *i)
{
	int32_t a = 0;
	while (*i < m->ie && !u_isalpha(a = utf8_next(c->t, m->ie, i)))
		;
	return u_isalpha(a) ? a : 0;
}

/* Does the quotation open with a lower-case word (not "iPhone") and go on
 * for at least min_words words? */
static bool opens_lower(const struct qctx *c, const struct qmark *m, size_t min_words)
{
	bool fp;
	if (count_words(c, m->is, m->ie, &fp) < min_words)
		return false;
	size_t i = m->is;
	int32_t a = first_letter(c, m, &i), b = 0;
	if (i < m->ie)
		b = utf8_next(c->t, m->ie, &i);
	return u_islower(a) && !u_isupper(b);
}

/* A title word or scare word just before the quotation: « le livre « … » »,
 * « le soi-disant « … » », "a campaign dubbed "…"".  A title noun right
 * after its determiner and before words in lower case is no title: the
 * subject of the quoted words after a definite one, when they make a
 * predicate of three words or more ("the report "ignores the needs of …"",
 * not "called the song "dull""), qualified by them after an indefinite
 * one (« soutient une campagne « utile » »). */
static bool title_before(const struct qctx *c, const struct qframe *f, int k, const struct qmark *m)
{
	int j = k - 1;
	if (qt_punct(f, j, ','))
		j--;     /* « son troisième roman, « … » », "her first opera, "…"" */
	for (int steps = 0; j >= 0 && steps < 3; j--, steps++) {
		if (qt_has(f, j, QW_TITLE) && !qt_has(f, j, QW_SCARE) && j == k - 1 && j >= 1 && qt_has(f, j - 1, QW_DET) &&
		    opens_lower(c, m, qt_has(f, j - 1, QW_DEF) ? 3 : 1))
			return false;
		if (qt_has(f, j, QW_TITLE | QW_SCARE))
			return true;
		/* « la surnomment encore « … » »: an adverb between */
		if (!(qt_has(f, j, QW_DET | QW_ADV) || (qt_word(f, j) && f->t[j].mention < 0 && !f->t[j].cap && !f->t[j].cls)))
			return false;
	}
	return false;
}

/* A title word just after a capitalised quotation and its comma: « « Les
 * Nuits grises », un film de … », ""Grey Harbour", directed by …": the
 * quotation names a work, maybe after a determiner and two plain words
 * (« « … », son dernier roman »). */
static bool title_after(const struct qctx *c, const struct qframe *f, int k, const struct qmark *m)
{
	int j = k + 1;
	if (!qt_punct(f, j, ','))
		return false;
	j++;
	if (qt_has(f, j, QW_DET)) {
		j++;
		for (int steps = 0; steps < 2 && qt_word(f, j) && !qt_has(f, j, QW_TITLE) && !f->t[j].cap && !f->t[j].cls &&
		                    f->t[j].mention < 0;
		     steps++)
			j++;
	}
	if (!qt_has(f, j, QW_TITLE) || qt_has(f, j, QW_SCARE))
		return false;
	size_t i = m->is;
	return u_isupper(first_letter(c, m, &i));
}

/* The quotation stands between a determiner and the plain word it
 * qualifies: a name used as a modifier ("a "Fresh Start" scheme", "his
 * "hold" rating"), not somebody's words. */
static bool attributive(const struct qframe *f, int k)
{
	return k >= 1 && qt_has(f, k - 1, QW_DET) && qt_word(f, k + 1) && f->t[k + 1].mention < 0 &&
	       !f->t[k + 1].cap && !f->t[k + 1].cls;
}

/* One or two capitalised words in marks between two capitalised words, one
 * of them in an actor's mention: a nickname inside a name (Ruth "Bunny"
 * Adler, Marie « Mimi » Caron), even where the mention stops at the marks. */
static bool nickname(const struct qctx *c, const struct qframe *f, int k, const struct qmark *m)
{
	if (!(qt_word(f, k - 1) && qt_word(f, k + 1) && f->t[k - 1].cap && f->t[k + 1].cap &&
	      (f->t[k - 1].mention >= 0 || f->t[k + 1].mention >= 0)))
		return false;
	bool fp;
	size_t i = m->is;
	int32_t cp = 0;
	while (i < m->ie && u_isUWhiteSpace(cp = utf8_next(c->t, m->ie, &i)))
		;
	if (!u_isupper(cp))
		return false;
	size_t n = count_words(c, m->is, m->ie, &fp);
	return n >= 1 && n <= 2 && !fp;
}

/* « Jean Dupuis dit « Jeannot » », « le château dit « des Templiers » »,
 * "Ray Dunn aka "Sparky"": after a word of quote_nickname_links (itself
 * after a word that is no pronoun, auxiliary or determiner: not « il dit
 * « … » »), up to four words opening with a capital, maybe after a name
 * particle, and no first person: a byname, not somebody's words. */
static bool nickname_link(const struct qctx *c, const struct qframe *f, int k, const struct qmark *m)
{
	if (k < 2 || !qt_word(f, k - 1) || !qt_word(f, k - 2) ||
	    qt_has(f, k - 2, QW_PRON | QW_AUX | QW_SEMI | QW_CLITIC | QW_DET) ||
	    !lex_has(lang_lex(c->l, "quote_nickname_links"), c->t + f->t[k - 1].s, f->t[k - 1].e - f->t[k - 1].s))
		return false;
	bool fp;
	size_t n = count_words(c, m->is, m->ie, &fp);
	if (n < 1 || n > 4 || fp)
		return false;
	struct word *w = NULL;
	size_t cap = 0, nw = doc_words(c->d, (struct span){m->is, m->ie}, &w, &cap), i = 0;
	while (i < nw && w[i].kind == WORD_PUNCT)
		i++;
	if (i + 1 < nw && (qlex_get(c->lex, c->t + w[i].start, w[i].end - w[i].start, NULL) & QW_PARTICLE))
		i++;
	bool cap_first = false;
	if (i < nw) {
		size_t j = w[i].start;
		cap_first = u_isupper(utf8_next(c->t, w[i].end, &j));
	}
	free(w);
	return cap_first;
}

/* Words written on a thing, not said: "a placard saying "…"", « une
 * banderole proclamant « … » » (a noun of quote_inscription_nouns among the
 * four words before the quotation, in its clause). */
static bool inscription(const struct qctx *c, const struct qframe *f, int k)
{
	const lexicon *x = lang_lex(c->l, "quote_inscription_nouns");
	if (!lex_size(x))
		return false;
	for (int j = k - 1; j >= 0 && j >= k - 4 && qt_word(f, j); j--)
		if (lex_has(x, c->t + f->t[j].s, f->t[j].e - f->t[j].s))
			return true;
	return false;
}

static void copy_speaker(struct qres *r, const struct qres *from, enum how how, float conf)
{
	r->actor = from->actor;
	r->ss = from->ss;
	r->se = from->se;
	r->text = from->text;
	r->speaker = from->speaker;
	r->how = how;
	r->conf = conf;
}

/* The next sentence refers back to a quotation standing alone before it:
 * « C'est ce qu'a affirmé X. », "X added." — a cue that introduces nothing
 * of its own. */
static bool next_cue(struct state *st, struct span sp, struct qres *r)
{
	qframe_build(&st->c, &st->g, sp.start, sp.end);
	const struct qframe *g = &st->g;
	for (size_t j = 0; j < g->n; j++)
		if (g->t[j].kind == QT_QUOTE)
			return false;
	for (int j = 0; (size_t)j < g->n; j++) {
		if (!(is_cue_verb(g, j, false) || inverted_verb(g, j)))
			continue;
		if (introduces(g, j))
			return false;
		struct qres x = {.actor = -1};
		if (!speaker_of_cue(st, g, j, NULL, &x) || !x.speaker)
			return false;
		*r = x;
		return true;
	}
	return false;
}

/* « Et d'ajouter : « … » », « Avant de conclure : « … » »: units [a, k)
 * are a narrative infinitive of speech and a colon, whose subject is the
 * speaker of the words before. */
static bool narrative_infinitive(const struct qframe *f, int a, int k)
{
	int j = a;
	if (qt_has(f, j, QW_CONJ))
		j++;
	if (qt_has(f, j, QW_LINK))
		j++;
	else if (j == a)
		return false;
	if (!is_cue_verb(f, j, false) || !qt_has(f, j, QW_INF))
		return false;
	for (j++; j < k - 1 && qt_has(f, j, QW_ADV | QW_TIME); j++)
		;
	return j == k - 1 && qt_punct(f, j, ':');
}

static void attribute(struct state *st, const struct qframe *f, int k, const struct qres *prev_in_sentence,
                      struct span next_sent)
{
	struct qctx *c = &st->c;
	int qi = f->t[k].quote;
	const struct qmark *m = &c->m[qi];
	struct qres *r = &st->res[qi];
	*r = (struct qres){.actor = -1, .kind = QUOTE_DIRECT, .conf = 0.5f};
	bool in_title = st->title.end > st->title.start && m->os >= st->title.start && m->os < st->title.end;
	int first = 0;
	while (first < k && f->t[first].kind == QT_PUNCT)
		first++;
	bool standalone = first == k || (k - first <= 6 && narrative_infinitive(f, first, k));
	st->weak_incise = false;

	/* pl8: marks inside an actor's name hold a nickname, no words:
	 * Walter "Walt" Osgood (the name's mention runs across them). */
	if (qt_word(f, k - 1) && qt_word(f, k + 1) && f->t[k - 1].mention >= 0 &&
	    f->t[k - 1].mention == f->t[k + 1].mention) {
		r->kind = QUOTE_MIXED;
		r->conf = 0.4f;
		r->how = HOW_NAME;
		return;
	}
	if (title_before(c, f, k, m) || attributive(f, k) || nickname(c, f, k, m) || nickname_link(c, f, k, m) ||
	    title_after(c, f, k, m) || inscription(c, f, k)) {
		r->kind = QUOTE_MIXED;
		r->conf = 0.4f;
		r->how = HOW_NAME;
		return;
	}
	struct qres cue_only = {.actor = -1};
	/* An incise inside the marks with its subject after the verb (« A,
	 * insiste la directrice, B ») names the speaker before anything
	 * outside them does. */
	bool found = false;
	{
		int commas = 0;
		bool stop = false;     /* a full stop before the last character */
		for (size_t i = m->is; i < m->ie && (commas < 2 || !stop); i++) {
			commas += c->t[i] == ',';
			stop = stop || (c->t[i] == '.' && i + 2 < m->ie);
		}
		if ((commas >= 2 || (commas == 1 && stop)) && !has_inversion(st, m->is, m->ie)) {
			struct qres x = {.actor = -1, .kind = QUOTE_DIRECT};
			qframe_build(c, &st->g, m->is, m->ie);
			if (incise_inside_np(st, m, &x)) {
				*r = x;
				r->kind = QUOTE_DIRECT;
				found = true;
			}
		}
	}
	if (!found)
		found = incise_after(st, f, k, r);
	if (!found) {
		*r = (struct qres){.actor = -1, .kind = QUOTE_DIRECT};
		found = cue_before(st, f, k, prev_in_sentence, r);
		if (!found && r->cue)
			cue_only = *r;
	}
	if (!found) {
		*r = (struct qres){.actor = -1, .kind = QUOTE_DIRECT};
		found = cue_after(st, f, k, prev_in_sentence, r);
	}
	if (!found) {
		struct qres x = {.actor = -1, .kind = QUOTE_DIRECT};
		if (incise_inside(st, m, &x)) {
			*r = x;
			r->kind = QUOTE_DIRECT;
			found = true;
		}
	}
	if (!found && in_title && (qt_punct(f, k + 1, ':') || qt_punct(f, k + 1, '-'))) {
		/* a headline "'…': Ruth Okafor on her club's cup run": the
		 * known person named right after the colon */
		struct qnp np;
		bool create = c->create_actors;
		c->create_actors = false;
		if (qnp_forward(c, f, k + 2, (int)f->n, &np) && np.named && !np.pronoun && is_person_actor(c, np.actor)) {
			*r = (struct qres){.actor = -1, .kind = QUOTE_DIRECT};
			set_speaker(c, f, &np, r);
			r->conf = 0.6f;
			r->how = HOW_COLON;
			found = true;
		}
		c->create_actors = create;
	}
	if (!found && qt_punct(f, k - 1, ':')) {
		struct qnp np;
		bool create = c->create_actors;
		c->create_actors = false;   /* « Banques belges piratées : « … » » names nobody */
		bool ok = false;
		/* « …, l'ancien édile a lu une déclaration : « … » »: the subject of
		 * the nearest verb group before the colon */
		{
			/* "Asked about it, she smiled: "…"": a subject pronoun right
			 * before the last words of the clause, not a name in the
			 * clause fronted before it */
			int j = k - 2, words = 0;
			while (j >= 0 && words < 3 && qt_word(f, j) && f->t[j].mention < 0 && !qt_has(f, j, QW_PRON)) {
				j--;
				words++;
			}
			if (words > 0 && qt_has(f, j, QW_PRON) && !qt_has(f, j, QW_CLITIC) &&
			    (f->t[j].gender == QG_M || f->t[j].gender == QG_F) && (j == 0 || qt_punct(f, j - 1, ',')) &&
			    qnp_forward(c, f, j, j + 1, &np) && np.pronoun && np.named)
				ok = true;
		}
		for (int j = k - 2; j >= 0 && j > k - 16 && !ok; j--) {
			if (f->t[j].kind == QT_QUOTE || qt_punct(f, j, '.') || qt_punct(f, j, ';'))
				break;
			if (!qt_has(f, j, QW_AUX | QW_SEMI))
				continue;
			enum qgender ig;
			int inv_at;
			int vs = vg_start(f, j, &ig, &inv_at);
			bool got = vs > 0 && subject_segments(c, f, vs - 1, &np);
			struct qnp x;
			if (got && np.pronoun && np.gender == QG_X && on_place(st, f, 0, true, &x) && qt_punct(f, x.b, ','))
				np = x;    /* « Au ministère, on se veut prudent : « … » »: the place speaks */
			if (got && !np.name && (np.named || !np.pronoun)) {
				struct qres y = {.actor = -1};
				set_speaker(c, f, &np, &y);
				ok = !y.weak;
			}
			break;
		}
		if (!ok)
			ok = main_subject(c, f, 0, k - 1, &np) && (np.named || !np.pronoun);
		c->create_actors = create;
		if (ok && in_title && !np.named)
			ok = false;         /* a headline's colon: known actors only */
		if (ok) {
			*r = (struct qres){.actor = -1, .kind = QUOTE_DIRECT};
			set_speaker(c, f, &np, r);
			r->conf = np.named ? 0.6f : 0.5f;
			r->how = HOW_COLON;
			found = true;
		}
	}
	if (!found) {
		*r = cue_only;
		r->kind = QUOTE_DIRECT;
		r->conf = 0.5f;
		r->how = HOW_NONE;
		bool cued = cue_only.cue;
		size_t title_words = 0;
		if (standalone && !in_title && !st->weak_incise) {
			int pq = st->para_last_quote;
			struct qres pr;
			if (st->prev.valid && st->prev.cued && (st->prev.colon || st->prev.last_quote < 0 ||
			                                        st->prev.last_quote == pq)) {
				copy_speaker(r, &st->prev.r, HOW_PREV, 0.7f);
			} else if (pq >= 0 && st->res[pq].speaker) {
				copy_speaker(r, &st->res[pq], HOW_CONTINUE, 0.75f);
			} else if (next_sent.end > next_sent.start && next_cue(st, next_sent, &pr)) {
				copy_speaker(r, &pr, HOW_NEXT, 0.6f);
				r->cue = pr.cue;
				r->cs = pr.cs;
				r->ce = pr.ce;
			} else if (pq < 0 && st->prev_para_last_quote >= 0 && st->res[st->prev_para_last_quote].speaker &&
			           (!st->prev.valid || st->prev.last_quote == st->prev_para_last_quote || st->prev_para_colon)) {
				copy_speaker(r, &st->res[st->prev_para_last_quote], HOW_CONTINUE, 0.7f);
			}
		} else if (!in_title) {
			if (prev_in_sentence && prev_in_sentence->speaker) {
				copy_speaker(r, prev_in_sentence, HOW_CONTINUE, 0.6f);
			} else {
				size_t words = 0;
				bool term = !cued && short_term(c, m, &words);
				struct qnp np;
				bool create = c->create_actors;
				c->create_actors = false;
				bool ok = (!term || words >= 2) && main_subject(c, f, 0, k, &np) && np.named;
				c->create_actors = create;
				if (ok) {
					/* « Bruno Dufour a défendu une réforme « juste et nécessaire » »:
					 * a named subject's own words */
					set_speaker(c, f, &np, r);
					r->conf = term ? 0.4f : 0.45f;
					r->how = HOW_SUBJECT;
				} else if (term) {
					r->kind = QUOTE_MIXED;   /* a scare-quoted term */
					r->conf = 0.35f;
					return;
				}
			}
		} else if (!cued && short_term(c, m, &title_words)) {
			r->kind = QUOTE_MIXED;
			r->conf = 0.35f;
			return;
		} else {
			r->how = HOW_TITLE;   /* resolved to the main speaker at the end */
		}
	}
	if (!r->split && r->kind == QUOTE_DIRECT && r->speaker)
		incise_split(st, m, r);
	if (m->flags & QM_UNCLOSED)
		r->conf *= 0.8f;
	if (r->actor >= 0)
		qspk_remember(c, m->os, r->actor);
}

/* ---- reported speech ---------------------------------------------------- */

static void add_indirect(struct state *st, const struct qframe *f, int a, int b, const struct qres *r)
{
	while (b > a && f->t[b - 1].kind == QT_PUNCT)
		b--;
	bool words = false;
	for (int k = a; k < b; k++)
		if (f->t[k].kind == QT_WORD || f->t[k].kind == QT_NUM)
			words = true;
	if (!words || b <= a)
		return;
	st->ind = xgrow(st->ind, &st->capind, st->nind + 1, sizeof *st->ind);
	struct qind *q = &st->ind[st->nind++];
	q->s = f->t[a].s;
	q->e = f->t[b - 1].e;
	q->r = *r;
	q->r.kind = QUOTE_INDIRECT;
	if (r->actor >= 0)
		qspk_remember(&st->c, q->s, r->actor);
}

/* Does a main clause start at unit a: a subject, then a verb group?
 * (« Tout en notant que …, les médias russes ont déclaré … ») */
static bool new_clause(const struct qframe *f, int a)
{
	if (!(qt_has(f, a, QW_DET | QW_PRON) || (qt_word(f, a) && (f->t[a].mention >= 0 || f->t[a].cap))))
		return false;
	for (int k = a + 1; (size_t)k < f->n && k <= a + 6; k++) {
		if (f->t[k].kind != QT_WORD)
			return false;
		if (qt_has(f, k, QW_AUX | QW_SEMI) || is_cue_verb(f, k, false))
			return true;
	}
	return false;
}

/* End of a reported clause starting at unit a: the sentence's end, a
 * semicolon, or an incise (« , a-t-il ajouté », ", he said", « , selon X »). */
static int clause_end(const struct qframe *f, int a)
{
	int n = (int)f->n;
	for (int k = a; k < n; k++) {
		if (qt_punct(f, k, ';'))
			return k;
		if (qt_punct(f, k, ',') && new_clause(f, k + 1))
			return k;
		if (qt_punct(f, k, ',') || qt_punct(f, k, '-')) {
			int v = k + 1;
			while (v < n && qt_has(f, v, QW_AUX | QW_ADV | QW_CLITIC))
				v++;
			if (is_cue_verb(f, v, false) || inverted_verb(f, v) || qt_has(f, k + 1, QW_SOURCE))
				return k;
			if (qt_has(f, k + 1, QW_PRON) && is_cue_verb(f, k + 2, false))
				return k;
		}
	}
	return n;
}

/* Between a speech verb and « que »/"that": adverbials, prepositional
 * phrases (« à la presse », « lors d'une conférence de presse ») and an
 * addressee ("told reporters that"). */
static bool verb_reaches(const struct qframe *f, int v, int i)
{
	int k = v + 1;
	while (k < i) {
		const struct qtok *t = &f->t[k];
		if (t->kind == QT_NUM || (qt_word(f, k) && t->mention < 0 && (t->cls & (QW_ADV | QW_TIME | QW_CLITIC | QW_INV)) &&
		                          !(t->cls & QW_DET))) {
			k++;
			continue;
		}
		if (qt_has(f, k, QW_PREP | QW_PREPC)) {
			k++;
			while (k < i && qt_has(f, k, QW_DET))
				k++;
			if (k >= i || !(qt_word(f, k) || f->t[k].kind == QT_NUM))
				return false;
			k++;
			if (k < i && qt_word(f, k) && f->t[k].mention < 0 && !f->t[k].cls && !f->t[k].cap)
				k++;   /* an adjective */
			continue;
		}
		if (qt_word(f, k) && (t->mention >= 0 || (t->cls & QW_NOUN))) {
			k++;
			continue;
		}
		if (qt_has(f, k, QW_DET) && qt_word(f, k + 1) && (f->t[k + 1].mention >= 0 || (f->t[k + 1].cls & QW_NOUN))) {
			k += 2;
			continue;
		}
		return false;
	}
	return true;
}

static int verb_before_comp(const struct qframe *f, int i)
{
	for (int j = i - 1; j >= 0 && j >= i - 12; j--) {
		if (f->t[j].kind == QT_PUNCT || f->t[j].kind == QT_QUOTE)
			return -1;
		if (is_cue_verb(f, j, false) && verb_reaches(f, j, i))
			return j;
	}
	return -1;
}

static void find_indirect(struct state *st, const struct qframe *f)
{
	int n = (int)f->n;
	bool any = false;
	for (int i = 0; i < n; i++) {
		if (!qt_has(f, i, QW_COMP))
			continue;
		int v = verb_before_comp(f, i);
		if (v < 0)
			continue;
		struct qres r = {.actor = -1};
		speaker_of_cue(st, f, v, NULL, &r);
		int e = clause_end(f, i + 1);
		/* a clause that is only a quotation is direct speech already */
		bool only_quote = true;
		for (int k = i + 1; k < e; k++)
			if (f->t[k].kind == QT_WORD || f->t[k].kind == QT_NUM)
				only_quote = false;
		if (only_quote)
			continue;
		if (r.conf <= 0)
			r.conf = 0.5f;
		r.conf *= 0.9f;
		add_indirect(st, f, i + 1, e, &r);
		any = true;
		i = e;
	}
	if (any)
		return;
	/* "X said the plan was dead": a speech verb, then a subject and a verb */
	for (int v = 0; v < n; v++) {
		if (!qt_has(f, v, QW_SPEECH) || qspk_noun_reading(f, v) || is_participle(&st->c, &f->t[v]))
			continue;
		int a = v + 1;
		while (a < n && qt_has(f, a, QW_ADV | QW_TIME))
			a++;
		if (a >= n || !(qt_has(f, a, QW_PRON | QW_DET) || (qt_word(f, a) && f->t[a].mention >= 0)))
			continue;
		/* "told the BBC the talks would continue": skip the addressee */
		{
			struct qnp x;
			bool create = st->c.create_actors;
			st->c.create_actors = false;
			if (!qt_has(f, a, QW_PRON) && qnp_forward(&st->c, f, a, n, &x) && x.b < n &&
			    (qt_has(f, x.b, QW_PRON | QW_DET) || (qt_word(f, x.b) && f->t[x.b].mention >= 0)))
				a = x.b;
			st->c.create_actors = create;
		}
		bool verb = qt_has(f, a, QW_PRON) && qt_word(f, a + 1) && !qt_has(f, a + 1, QW_PREP | QW_PREPC | QW_CONJ);
		for (int k = a + 1; k < n && k <= a + 4 && !verb; k++) {
			if (f->t[k].kind != QT_WORD)
				break;
			if (qt_has(f, k, QW_AUX | QW_SEMI)) {
				verb = true;
				break;
			}
		}
		if (!verb)
			continue;
		struct qres r = {.actor = -1};
		speaker_of_cue(st, f, v, NULL, &r);
		if (!r.speaker)
			continue;
		r.conf = (r.conf > 0 ? r.conf : 0.5f) * 0.8f;
		add_indirect(st, f, a, clause_end(f, a), &r);
		any = true;
		break;
	}
	if (any)
		return;
	/* « Selon X, … » and « …, selon X. » */
	for (int s = 0; s < n; s++) {
		if (!qt_has(f, s, QW_SOURCE))
			continue;
		struct qres r = {.actor = -1};
		if (!source_speaker(st, f, s, &r))
			break;
		r.conf *= 0.8f;
		int np_end = s + 1;
		while (np_end < n && f->t[np_end].s < r.se)
			np_end++;
		/* « Selon la fédération, Febelfin, … »: skip the apposition */
		if (qt_punct(f, np_end, ',')) {
			int e2 = np_end + 1;
			while (e2 < n && e2 < np_end + 6 && qt_word(f, e2) && (f->t[e2].mention >= 0 || f->t[e2].cap))
				e2++;
			if (e2 > np_end + 1 && qt_punct(f, e2, ','))
				np_end = e2;
		}
		if (s == 0 && qt_punct(f, np_end, ',')) {
			add_indirect(st, f, np_end + 1, n, &r);
		} else if (s > 1 && qt_punct(f, s - 1, ',') && (np_end >= n || f->t[np_end].kind == QT_PUNCT)) {
			add_indirect(st, f, 0, s - 1, &r);
		}
		break;
	}
}

/* ---- sentences and paragraphs ------------------------------------------- */

/* Cheap test before framing a sentence without quotations: does it hold a
 * complementizer, a source word or a zero-that verb (QW_TRIG)?  One pass
 * over its letters; only words with a trigger's first byte are looked up. */
static bool may_report(struct state *st, size_t s, size_t e)
{
	const unsigned char *t = (const unsigned char *)st->c.t;
	size_t ring[10][2];        /* the last words before a complementizer */
	size_t nring = 0;
	size_t i = s;
	while (i < e) {
		unsigned char ch = t[i];
		bool letter = ch >= 0x80 || (unsigned)((ch | 0x20) - 'a') < 26u;
		if (!letter) {
			i++;
			continue;
		}
		size_t a = i;
		while (i < e && (t[i] >= 0x80 || (unsigned)((t[i] | 0x20) - 'a') < 26u || t[i] == '\''))
			i++;
		ring[nring % 10][0] = a;
		ring[nring % 10][1] = i - a;
		nring++;
		unsigned char f0 = t[a] < 0x80 ? (unsigned char)(t[a] | 0x20) : t[a];
		if (!st->first[f0] || i - a > st->trig_max + 6)
			continue;
		uint32_t cls = qword_get(&st->c, a, i - a);
		/* « d'après » of « d'après-midi »: the start of a compound, no source */
		if ((cls & QW_SOURCE) && !(cls & QW_SPEECH) && i + 1 < e && t[i] == '-' &&
		    (t[i + 1] >= 0x80 || (unsigned)((t[i + 1] | 0x20) - 'a') < 26u))
			continue;
		/* « qu'il », « d’après »: the part up to an apostrophe */
		for (size_t k = a; k + 1 < i && !(cls & QW_TRIG); k++) {
			size_t al = t[k] == '\'' ? 1 : (k + 2 < i && t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x99) ? 3 : 0;
			if (al)
				cls = qword_get(&st->c, a, k + al - a);
		}
		if (!(cls & QW_TRIG))
			continue;
		if (cls & (QW_SOURCE | QW_SPEECH))
			return true;
		/* a complementizer: worth framing only after a speech verb */
		for (size_t r = 1; r < nring && r <= 10; r++) {
			size_t *w = ring[(nring - 1 - r) % 10];
			if (qword_get(&st->c, w[0], w[1]) & QW_SPEECH)
				return true;
		}
	}
	return false;
}

/* Does [s, e) hold an inverted pronoun (« -t-il ») at all? */
static bool has_inversion(const struct state *st, size_t s, size_t e)
{
	const char *t = st->c.t;
	for (const char *p = memchr(t + s, '-', e - s); p; p = memchr(p + 1, '-', (size_t)(t + e - p - 1))) {
		size_t a = (size_t)(p - t), i = a + 1;
		while (i < e && i < a + 10 && (t[i] == '-' || (unsigned char)t[i] >= 0x80 || (unsigned)((t[i] | 0x20) - 'a') < 26u))
			i++;
		for (size_t k = i; k > a + 1; k--)
			if (qlex_get(st->c.lex, t + a, k - a, NULL) & QW_INV)
				return true;
		if (p + 1 >= t + e)
			break;
	}
	return false;
}

static void trigger_table(struct state *st)
{
	static const char *const lex[] = {"quote_complementizers", "quote_sources", "quote_zero_that"};
	for (size_t k = 0; k < ARRAY_LEN(lex); k++) {
		const lexicon *x = lang_lex(st->c.l, lex[k]);
		for (size_t i = 0; i < lex_size(x); i++) {
			const char *v = NULL;
			const char *text = lex_entry(x, i, &v);
			if (!text || !*text || (v && strcmp(v, "initial") == 0))
				continue;
			size_t fl;
			char *fo = lang_fold(text, strcspn(text, " "), &fl);
			if (fl) {
				st->first[(unsigned char)fo[0]] = true;
				if (fl > st->trig_max)
					st->trig_max = fl;
			}
			free(fo);
		}
	}
}

/* First quotation starting at or after byte pos. */
static size_t mark_from(const struct qctx *c, size_t pos)
{
	size_t lo = 0, hi = c->nm;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->m[mid].os < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void push_sent(struct state *st, struct span s)
{
	if (s.end <= s.start)
		return;
	st->sents = xgrow(st->sents, &st->capsents, st->nsents + 1, sizeof *st->sents);
	st->sents[st->nsents++] = s;
}

/* The sentences of paragraph p (quotations q0..q1), merged where a
 * top-level quotation spans a boundary — one sweep over both lists. */
static void para_sentences(struct state *st, size_t p, size_t q0, size_t q1)
{
	const doc *d = st->c.d;
	const char *t = st->c.t;
	const struct qmark *m = st->c.m;
	struct span ps = doc_para(d, p);
	st->nsents = 0;
	size_t i = doc_sent_at(d, ps.start), ns = doc_nsent(d);
	struct span cur = {0, 0};
	bool have = false;
	size_t qp = q0;            /* candidate: the last top-level quotation starting before the boundary */
	long last = -1;
	for (; i < ns; i++) {
		struct span s = doc_sent(d, i);
		if (s.start >= ps.end)
			break;
		if (s.end <= ps.start)
			continue;
		if (!have) {
			cur = s;
			have = true;
			continue;
		}
		size_t b = s.start;
		while (qp < q1 && m[qp].os < b) {
			if (m[qp].parent < 0)
				last = (long)qp;
			qp++;
		}
		if (last >= 0 && m[last].os < b && b < m[last].oe) {
			if (b < m[last].ie) {
				cur.end = s.end;         /* a boundary inside the quotation */
				continue;
			}
			/* « Bonjour. » Il part. — ICU broke before the closing mark */
			size_t a = m[last].oe, k = a;
			while (k < s.end) {
				size_t k2 = k;
				int32_t cp = utf8_next(t, s.end, &k2);
				if (!u_isUWhiteSpace(cp))
					break;
				k = k2;
			}
			a = k;
			int32_t cp = 0;
			if (a < s.end) {
				size_t k2 = a;
				cp = utf8_next(t, s.end, &k2);
			}
			if (a < s.end && !u_isupper(cp)) {
				cur.end = s.end;
				continue;
			}
			cur.end = m[last].oe;
			s.start = a;
			if (s.start >= s.end)
				continue;
		} else if (last >= 0 && cur.end > m[last].ie && cur.end <= m[last].oe) {
			/* "…?" said X — ICU broke after the closing mark before a
			 * lower-case word: the incise belongs to the quotation */
			size_t k2 = b;
			int32_t cp = utf8_next(t, s.end, &k2);
			if (u_islower(cp) || cp == ',' || cp == 0x2014 || cp == 0x2013) {
				cur.end = s.end;
				continue;
			}
		}
		push_sent(st, cur);
		cur = s;
	}
	if (!have)
		cur = ps;
	/* a quotation running past the last sentence */
	for (size_t k = qp; k < q1; k++)
		if (m[k].parent < 0)
			last = (long)k;
	if (last >= 0 && cur.end < m[last].oe)
		cur.end = m[last].oe;
	push_sent(st, cur);
}

static void do_paragraph(struct state *st, size_t p, size_t *qcur)
{
	struct qctx *c = &st->c;
	struct span ps = doc_para(c->d, p);
	size_t q0 = *qcur, q1 = q0;
	while (q1 < c->nm && c->m[q1].os < ps.end)
		q1++;
	*qcur = q1;
	st->prev_para_last_quote = st->para_last_quote >= 0 ? st->para_last_quote : -1;
	st->para_last_quote = -1;
	para_sentences(st, p, q0, q1);
	for (size_t si = 0; si < st->nsents; si++) {
		struct span s = st->sents[si];
		struct span next = si + 1 < st->nsents ? st->sents[si + 1] : (struct span){0, 0};
		size_t k0 = mark_from(c, s.start);
		bool quotes = k0 < q1 && c->m[k0].os < s.end;
		struct sinfo info = {.s = s.start, .e = s.end, .valid = true, .last_quote = -1};
		if (quotes || may_report(st, s.start, s.end)) {
			if (st->g.n && st->g.s == s.start && st->g.e == s.end) {
				struct qframe tmp = st->f;   /* framed already as a neighbour */
				st->f = st->g;
				st->g = tmp;
				st->g.n = 0;
			} else {
				qframe_build(c, &st->f, s.start, s.end);
			}
			info.framed = true;
			const struct qres *prev = NULL;
			for (size_t k = 0; k < st->f.n; k++) {
				if (st->f.t[k].kind != QT_QUOTE)
					continue;
				int qi = st->f.t[k].quote;
				attribute(st, &st->f, (int)k, prev, next);
				/* attribute() may have framed a neighbour into st->g only */
				if (st->res[qi].kind == QUOTE_DIRECT) {
					prev = &st->res[qi];
					info.last_quote = qi;
					st->para_last_quote = qi;
				}
			}
			find_indirect(st, &st->f);
			info.colon = st->f.n && qt_punct(&st->f, (int)st->f.n - 1, ':');
			if (info.last_quote >= 0 && st->res[info.last_quote].speaker && st->res[info.last_quote].cue) {
				info.cued = true;
				info.r = st->res[info.last_quote];
			} else if (!quotes) {
				struct qres r = {.actor = -1};
				if (sentence_cue(st, &st->f, &r)) {
					info.cued = true;
					info.r = r;
				}
			}
		} else {
			/* a plain sentence: only its subject matters to a quotation after it */
			size_t e = s.end;
			while (e > s.start && (c->t[e - 1] == ' '))
				e--;
			info.colon = e > s.start && c->t[e - 1] == ':';
		}
		if (!info.framed) {
			/* A quotation standing alone after it (in this paragraph or at
			 * the start of the next) may need its cue or its subject. */
			size_t ns = next.start;
			if (si + 1 >= st->nsents) {
				ns = p + 1 < doc_npara(c->d) ? doc_para(c->d, p + 1).start : c->len;
				while (ns < c->len && c->t[ns] == ' ')
					ns++;
			}
			size_t kn = mark_from(c, ns);
			bool next_alone = kn < c->nm && c->m[kn].os < ns + 4;
			bool is_title = st->title.end > st->title.start && s.start >= st->title.start && s.start < st->title.end;
			if (next_alone && !is_title) {
				qframe_build(c, &st->g, s.start, s.end);
				struct qres r = {.actor = -1};
				struct qnp np;
				bool create = c->create_actors;
				bool subj = false;
				if (!sentence_cue(st, &st->g, &r)) {
					c->create_actors = false;   /* a subject without a cue: known actors only */
					subj = main_subject(c, &st->g, 0, (int)st->g.n, &np) && np.named;
					c->create_actors = create;
				}
				if (!subj && r.speaker) {
					info.cued = true;
					info.r = r;
				} else if (subj) {
					info.cued = true;
					info.r = (struct qres){.actor = -1};
					set_speaker(c, &st->g, &np, &info.r);
					info.r.conf = 0.5f;
				}
			}
		}
		st->prev = info;
	}
	st->prev_para_colon = st->prev.colon;
	if (st->title.end > st->title.start && ps.start <= st->title.start && st->title.start < ps.end) {
		/* the headline is no context for the first paragraph's quotations */
		st->para_last_quote = -1;
		st->prev = (struct sinfo){.last_quote = -1};
		st->prev_para_colon = false;
	}
}

/* ---- output ----------------------------------------------------------- */

static char *speaker_text(const struct qctx *c, const struct qres *r)
{
	if (!r->text || r->se <= r->ss)
		return NULL;
	return xstrndup(c->t + r->ss, r->se - r->ss);
}

/* Cues already stored, by span: one ANN_CUE serves every quotation it attributes. */
struct cuemap {
	struct cue {
		uint32_t s, e;
		uint32_t hash;
		int id;
	} *it;
	size_t n, cap;
	struct hindex ix;          /* over it, by span */
};

static uint32_t span_hash(size_t s, size_t e)
{
	size_t k[2] = {s, e};
	return hash_fnv(k, sizeof k);
}

static uint32_t cue_hash(const void *ctx, size_t i)
{
	return ((const struct cuemap *)ctx)->it[i].hash;
}

static int store_cue(struct state *st, struct cuemap *cm, const struct qres *r, int qid)
{
	uint32_t h = span_hash(r->cs, r->ce);
	for (size_t j = hindex_start(&cm->ix, h), i; (i = hindex_next(&cm->ix, &j)) != HINDEX_NONE;)
		if (cm->it[i].s == r->cs && cm->it[i].e == r->ce)
			return cm->it[i].id;
	int id = annots_add(st->c.an, ANN_CUE, r->cs, r->ce, -1, qid, 0, r->conf, NULL);
	cm->it = xgrow(cm->it, &cm->cap, cm->n + 1, sizeof *cm->it);
	cm->it[cm->n++] = (struct cue){r->cs, r->ce, h, id};
	hindex_add(&cm->ix, h, cm->n - 1, cm->n, cue_hash, cm);
	return id;
}

static int store_quote(struct state *st, struct cuemap *cm, size_t is, size_t ie, size_t os, size_t oe,
                       const struct qres *r, int kind, unsigned flags)
{
	struct qctx *c = &st->c;
	while (ie > is && (c->t[ie - 1] == ' ' || c->t[ie - 1] == '\n'))
		ie--;
	while (is < ie && c->t[is] == ' ')
		is++;
	if (ie <= is)
		return -1;
	char *txt = speaker_text(c, r);
	int qid = annots_add(c->an, ANN_QUOTE, is, ie, r->actor, -1, kind, r->conf, txt);
	free(txt);
	annots_set_outer(c->an, qid, os, oe);
	annots_get(c->an, qid)->flags |= (uint16_t)flags;
	if (r->cue && r->ce > r->cs) {
		int cid = store_cue(st, cm, r, qid);
		annots_get(c->an, qid)->link = cid;
	}
	return qid;
}

static void store(struct state *st)
{
	struct qctx *c = &st->c;
	struct cuemap cm = {0};
	/* a quotation running over paragraphs is one quotation, from its first
	 * opening mark to its last closing one (ANN_CONTINUED) */
	int *next = xmalloc((c->nm + 1) * sizeof *next);
	for (size_t i = 0; i < c->nm; i++)
		next[i] = -1;
	for (size_t i = 0; i < c->nm; i++)
		if (c->m[i].prev_piece >= 0)
			next[c->m[i].prev_piece] = (int)i;
	for (size_t i = 0; i < c->nm; i++) {
		const struct qmark *m = &c->m[i];
		const struct qres *r = &st->res[i];
		if (m->prev_piece >= 0)
			continue;
		unsigned flags = m->parent >= 0 ? ANN_NESTED : 0;
		size_t last = i;
		for (int k = next[i]; k >= 0; k = next[k])
			last = (size_t)k;
		if (last != i) {
			struct qres mr = *r;   /* the cue may sit on a later piece */
			for (int k = next[i]; k >= 0 && !mr.cue; k = next[k])
				if (st->res[k].cue) {
					mr.cue = true;
					mr.cs = st->res[k].cs;
					mr.ce = st->res[k].ce;
				}
			store_quote(st, &cm, m->is, c->m[last].ie, m->os, c->m[last].oe, &mr, QUOTE_DIRECT, flags | ANN_CONTINUED);
		} else if (r->split && r->split_a > m->is && r->split_a < m->ie) {
			/* « A, dit-elle, B »: two stretches of her words */
			store_quote(st, &cm, m->is, r->split_a, m->os, r->split_a, r, r->kind, flags);
			if (r->split_b < m->ie)
				store_quote(st, &cm, r->split_b, m->ie, r->split_b, m->oe, r, r->kind, flags);
		} else {
			store_quote(st, &cm, m->is, m->ie, m->os, m->oe, r, r->kind, flags);
		}
	}
	free(next);
	free(st->res);     /* the direct quotations are stored */
	st->res = NULL;
	free(c->m);
	c->m = NULL;
	c->nm = 0;
	for (size_t i = 0; i < st->nind; i++) {
		const struct qind *q = &st->ind[i];
		char *txt = speaker_text(c, &q->r);
		int qid = annots_add(c->an, ANN_QUOTE, q->s, q->e, q->r.actor, -1, QUOTE_INDIRECT, q->r.conf, txt);
		free(txt);
		if (q->r.cue && q->r.ce > q->r.cs) {
			int cid = store_cue(st, &cm, &q->r, qid);
			annots_get(c->an, qid)->link = cid;
		}
	}
	free(cm.it);
	hindex_free(&cm.ix);
	annots_touch(c->an);
}

/* The text [a0, a1) case-folded, without punctuation or spaces at its end
 * (NUL-terminated there); *len its length. */
static char *fold_trimmed(const struct qctx *c, size_t a0, size_t a1, size_t *len)
{
	char *x = lang_fold(c->t + a0, a1 - a0, len);
	while (*len && strchr(" .,;:!?", x[*len - 1]))
		(*len)--;
	x[*len] = 0;
	return x;
}

/* Do two quotations hold exactly the same words (case-folded, punctuation
 * at the ends ignored)? */
static bool same_text(const struct qctx *c, size_t a0, size_t a1, size_t b0, size_t b1)
{
	size_t la, lb;
	char *x = fold_trimmed(c, a0, a1, &la), *y = fold_trimmed(c, b0, b1, &lb);
	bool eq = la && la == lb && memcmp(x, y, la) == 0;
	free(x);
	free(y);
	return eq;
}

/* Attributions read from a cue rather than guessed from context. */
static bool explicit_how(enum how h)
{
	return h == HOW_INCISE || h == HOW_CUE || h == HOW_LATER || h == HOW_SOURCE || h == HOW_COLON;
}

/* Do two quotations hold the same text (case-folded, punctuation at the
 * ends ignored)? */
static bool same_words(const struct qctx *c, size_t a0, size_t a1, size_t b0, size_t b1)
{
	size_t la, lb;
	char *x = fold_trimmed(c, a0, a1, &la), *y = fold_trimmed(c, b0, b1, &lb);
	/* the headline may quote part of the body's quotation */
	bool eq = la >= 4 && lb >= 4 && (strstr(y, x) != NULL || strstr(x, y) != NULL);
	free(x);
	free(y);
	return eq;
}

/* Pieces of one quotation share a speaker; headline quotations with no cue
 * go to the article's main speaker; nested ones are MIXED. */

/* Was actor a mentioned (outside quotations) before pos in paragraph para
 * or the one before?  « conduite par Mme Z » in the lead, then « la tête de
 * liste a salué « … ». « … », a déclaré Mme Z » paragraphs later: the
 * description is no one just spoken of. */
static bool mentioned_near(const struct qctx *c, int a, size_t pos, size_t para)
{
	for (size_t k = 0; k < c->nment && c->ment[k].s < pos; k++)
		if (c->ment[k].actor == a && !c->ment[k].inq && c->ment[k].para + 1 >= para)
			return true;
	return false;
}

/* « La tête de liste, 47 ans, a salué « … ». « … », a déclaré Mme Z »: a
 * person described before being named.  A quotation whose speaker is a
 * singular definite description nobody was found for takes the speaker of
 * the next quotation of its paragraph, when that one is a person named
 * there and not in this paragraph or the one before. */
static void named_later(struct state *st)
{
	struct qctx *c = &st->c;
	for (size_t i = 0; i < c->nm; i++) {
		const struct qmark *m = &c->m[i];
		struct qres *r = &st->res[i];
		if (m->parent >= 0 || r->kind != QUOTE_DIRECT || r->actor >= 0 || !r->text || !r->speaker || r->weak ||
		    !explicit_how(r->how) || r->se <= r->ss)
			continue;
		size_t w = r->ss;
		while (w < r->se && c->t[w] != ' ' && c->t[w] != '\'')
			w++;
		if (w < r->se && c->t[w] == '\'')
			w++;
		if (w >= r->se || c->t[w - 1] == 's' || !(qword_get(c, r->ss, w - r->ss) & QW_DEF))
			continue;   /* not « le … », « la … », "the …" */
		for (size_t k = i + 1; k < c->nm && c->m[k].para == m->para; k++) {
			const struct qres *n = &st->res[k];
			if (c->m[k].parent >= 0 || n->kind != QUOTE_DIRECT)
				continue;
			if (n->actor >= 0 && n->text && explicit_how(n->how) && is_person_actor(c, n->actor) &&
			    !mentioned_near(c, n->actor, m->os, m->para))
				copy_speaker(r, n, HOW_NEXT, 0.55f);
			break;
		}
	}
}

static void finish(struct state *st)
{
	struct qctx *c = &st->c;
	for (size_t i = 0; i < c->nm; i++) {
		const struct qmark *m = &c->m[i];
		struct qres *r = &st->res[i];
		if (m->parent >= 0) {
			*r = (struct qres){.actor = -1, .kind = QUOTE_MIXED, .conf = 0.4f};
			continue;
		}
		if (m->prev_piece >= 0) {
			/* pieces of one quotation: an explicit cue on any piece wins over
			 * the context guesses of the others */
			struct qres *p = &st->res[m->prev_piece];
			if ((!r->speaker || !explicit_how(r->how)) && p->speaker && explicit_how(p->how))
				copy_speaker(r, p, HOW_CONTINUE, p->conf);
			else if (r->speaker && (explicit_how(r->how) || !p->speaker)) {
				for (int k = m->prev_piece; k >= 0 && !explicit_how(st->res[k].how); k = c->m[k].prev_piece)
					copy_speaker(&st->res[k], r, HOW_CONTINUE, r->conf);
			} else if (!r->speaker && p->speaker) {
				copy_speaker(r, p, HOW_CONTINUE, p->conf);
			}
			r->kind = QUOTE_DIRECT;
			st->res[m->prev_piece].kind = QUOTE_DIRECT;
		}
	}
	named_later(st);
	/* a headline quotation repeating words quoted in the body takes their speaker */
	for (size_t i = 0; i < c->nm; i++) {
		const struct qmark *m = &c->m[i];
		struct qres *r = &st->res[i];
		if (m->parent >= 0 || !(st->title.end > st->title.start && m->os >= st->title.start && m->os < st->title.end))
			continue;
		if (r->actor >= 0 && r->how != HOW_TITLE)
			continue;
		for (size_t k = i + 1; k < c->nm; k++) {
			const struct qres *b = &st->res[k];
			if (b->kind != QUOTE_DIRECT || !b->speaker || c->m[k].os < st->title.end)
				continue;
			if (same_words(c, m->is, m->ie, c->m[k].is, c->m[k].ie)) {
				copy_speaker(r, b, HOW_CONTINUE, 0.7f);
				r->kind = QUOTE_DIRECT;
				break;
			}
		}
	}
	/* a title quoted again is still a title: « La Maison des brumes » */
	for (size_t i = 0; i < c->nm; i++) {
		if (st->res[i].how != HOW_NAME)
			continue;
		for (size_t k = i + 1; k < c->nm; k++) {
			struct qres *r = &st->res[k];
			if (r->kind == QUOTE_DIRECT && c->m[k].parent < 0 && c->m[k].prev_piece < 0 &&
			    same_text(c, c->m[i].is, c->m[i].ie, c->m[k].is, c->m[k].ie)) {
				*r = (struct qres){.actor = -1, .kind = QUOTE_MIXED, .conf = 0.4f, .how = HOW_NAME};
			}
		}
	}
	/* the main speaker: most direct quotations, first on ties */
	size_t na = annots_nactors(c->an);
	if (!na)
		return;
	int *count = xcalloc(na, sizeof *count);
	int main = -1;
	for (size_t i = 0; i < c->nm; i++) {
		const struct qres *r = &st->res[i];
		if (r->kind != QUOTE_DIRECT || r->how == HOW_TITLE || r->actor < 0 || (size_t)r->actor >= na)
			continue;
		count[r->actor]++;
		if (main < 0 || count[r->actor] > count[main])
			main = r->actor;
	}
	for (size_t i = 0; i < c->nm; i++) {
		struct qres *r = &st->res[i];
		if (r->how == HOW_TITLE && main >= 0) {
			r->actor = main;
			r->conf = 0.5f;
			r->speaker = true;
			r->text = false;
		}
	}
	free(count);
}

/* ---- the extractor ---------------------------------------------------- */

static int run(struct xctx *x, struct gerr *e)
{
	(void)e;
	struct state st = {0};
	struct qctx *c = &st.c;
	c->d = x->doc;
	c->an = x->an;
	c->l = x->lang ? x->lang : doc_lang(x->doc);
	c->t = doc_text(x->doc);
	c->len = doc_len(x->doc);
	c->create_actors = true;
	if (!c->l)
		return 0;
	c->lex = qlex_new(c->l);
	qspk_init(c);
	c->nm = qmarks_find(c->d, c->l, &c->m);
	/* mentions, by start, flagged when inside a quotation */
	size_t nmen;
	const int *ids = annots_of_kind(c->an, ANN_MENTION, &nmen);
	c->ment = xmalloc((nmen + 1) * sizeof *c->ment);
	c->capment = nmen + 1;
	for (size_t i = 0; i < nmen; i++) {
		const struct ann *a = annots_get(c->an, ids[i]);
		/* "the Almaty-based foundation": a name inside a compound
		 * modifier speaks for nobody */
		if (a->end + 1 < c->len && c->t[a->end] == '-' && (unsigned char)c->t[a->end + 1] >= 'a' &&
		    (unsigned char)c->t[a->end + 1] <= 'z')
			continue;
		/* the last quotation opening before it, then its enclosing ones */
		size_t k = mark_from(c, a->start + 1);
		bool inq = false;
		for (long q = (long)k - 1; q >= 0 && !inq; q = c->m[q].parent)
			if (a->start >= c->m[q].is && a->end <= c->m[q].oe)
				inq = true;
		c->ment[c->nment++] = (struct qment){a->start, a->end, a->end, annots_id(c->an, a), a->actor, inq,
		                                     doc_para_at(c->d, a->start), doc_sent_at(c->d, a->start)};
	}
	for (size_t k = 0; k < c->nment; k += QMENT_LOOK)
		qment_window(c, k);
	st.res = xcalloc(c->nm + 1, sizeof *st.res);
	for (size_t i = 0; i < c->nm; i++)
		st.res[i] = (struct qres){.actor = -1, .kind = QUOTE_DIRECT, .conf = 0.5f};
	trigger_table(&st);
	st.title = doc_title(c->d);
	st.para_last_quote = st.prev_para_last_quote = -1;
	size_t qcur = 0;
	for (size_t p = 0; p < doc_npara(c->d); p++)
		do_paragraph(&st, p, &qcur);
	finish(&st);
	/* storing needs only the text, the quotations and their results: the
	 * rest goes before the store grows (a lower peak on large inputs) */
	free(st.sents);
	qframe_free(&st.f);
	qframe_free(&st.g);
	qspk_free(c);
	free(c->ment);
	free(c->w);
	free(c->fbuf);
	free(c->foff);
	free(c->memo);
	qlex_free(c->lex);
	store(&st);

	free(st.res);
	free(st.ind);
	free(c->m);
	return 0;
}

const struct extractor extract_quotes = {
	.name = "quotes",
	.summary = "quotations and who said them, direct and reported",
	.run = run,
};
