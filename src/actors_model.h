/* actors_model.h — the named-actor extractor's working data, shared by its
 * files (actors_*.c, extract_actors.c).  Not a public contract.
 *
 * The pass runs in stages over one document:
 *   actors_words.c   tokens (ICU words, hyphen compounds joined) and the
 *                    per-word facts: lexicon memberships, case evidence;
 *   actors_cand.c    name candidates: capitalised sequences with particles,
 *                    initials and acronyms, stripped of determiners,
 *                    honorifics and titles, filtered by sentence-initial
 *                    evidence;
 *   actors_cluster.c forms (one per folding key), actors (aliases: surname,
 *                    first name, prefix, acronym, spelling variants),
 *                    typing by votes;
 *   actors_roles.c   role phrases bound by apposition or introduction,
 *                    role references (« le conseiller »), cue phrases
 *                    (« la ville de Tombouctou »);
 *   extract_actors.c the run: stages in order, output to the store.
 */
#ifndef GLOSE_ACTORS_MODEL_H
#define GLOSE_ACTORS_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "actors_gaz.h"
#include "annots.h"
#include "doc.h"
#include "hindex.h"
#include "lang.h"
#include "wordlist.h"

/* ---- words ------------------------------------------------------------ */

/* Lexicon memberships of a folded word (struct aform_w.lx). */
enum {
	LX_STOP      = 1u << 0,   /* stopwords (core) */
	LX_COMMON    = 1u << 1,   /* actor_common: capitalisable words that are no names */
	LX_TITLE     = 1u << 2,   /* actor_titles, titles */
	LX_HONOR     = 1u << 3,   /* actor_honorifics */
	LX_FIRST     = 1u << 4,   /* actor_first_names */
	LX_ORGCUE    = 1u << 5,   /* actor_org_cues */
	LX_PLACECUE  = 1u << 6,   /* actor_place_cues */
	LX_DEMONYM   = 1u << 7,   /* actor_demonyms */
	LX_PARTICLE  = 1u << 8,   /* actor_particles */
	LX_MONTH     = 1u << 9,   /* ICU month names */
	LX_WEEKDAY   = 1u << 10,  /* ICU weekday names */
	LX_STOPPER   = 1u << 11,  /* actor_stoppers: words that end an apposition */
	LX_SPEECH    = 1u << 12,  /* actor_speech_verbs */
	LX_MODIFIER  = 1u << 13,  /* actor_title_modifiers: ancien, former */
	LX_NOTNAME   = 1u << 14,  /* actor_not_names */
	LX_PLACEPREP = 1u << 15,  /* actor_place_preps: à, en, in */
	LX_SOURCEPREP = 1u << 16, /* actor_source_preps: selon, according */
	LX_DET       = 1u << 17,  /* actor_determiners: le, la, l', the */
	LX_ORGCLASS  = 1u << 18,  /* actor_org_classifiers: l'agence Reuters */
	LX_INSTHEAD  = 1u << 19,  /* actor_institution_heads: gouvernement (malien) */
	LX_INSTADJ   = 1u << 20,  /* actor_institution_adjectives: fédéral */
	LX_ABBREV    = 1u << 21,  /* abbreviations (core): St. Ave. */
	LX_CONNECT   = 1u << 22,  /* actor_connectors: de, of, for (inside org names) */
	LX_ADJ       = 1u << 23,  /* actor_role_adjectives: principal, spécial */
	LX_SAINT     = 1u << 24,  /* actor_saints: St, Saint, San (St. Francis of Assisi) */
	LX_INDEF     = 1u << 25,  /* actor_indefinites: un, une, a, an */
	LX_COPULA    = 1u << 26,  /* actor_copulas: est, is, became */
	LX_CONJ      = 1u << 27,  /* actor_conjunctions: et, ou, and, or */
	LX_MWFIRST   = 1u << 28,  /* first word of a known name with lower-case words (Crédit agricole) */
	LX_ORGAFTER  = 1u << 30,  /* actor_org_nouns_after: "X shares", "X's shareholders": X is a company */
	LX_SEAT      = 1u << 29,  /* actor_seat_words and local institutions: their « de X » is a place (maire de X) */
};

/* A folded word form with its facts (one per distinct case-folded word). */
struct afold {
	char *fold;               /* lang_fold() of the word */
	size_t len;
	uint32_t hash;
	uint32_t lx;              /* LX_* */
	char gender;              /* 'm', 'f' or 0 (titles, honorifics, first names) */
	uint32_t n_lower;         /* occurrences starting with a lower-case letter */
	uint32_t n_capmid;        /* capitalised, not sentence-initial, not in a headline, standing alone */
	uint32_t n_capany;        /* capitalised, not sentence-initial, not in a headline */
	char *key;                /* folding key (actors_fold_key), lazily */
	size_t keylen;
	/* The word alone in the gazetteer and name lexicons, looked up once:
	 * known 0 not yet, 1 no, 2 yes (kind, name, canon as in struct acand). */
	int8_t known, kkind;
	bool kcanon;
	const char *kname;
	/* The word as capitalised here, a common word of the system word lists
	 * (wordlist_common): 0 not yet looked up, 1 no, 2 yes. */
	int8_t dict;
	/* The word ends with an entry of actor_adjective_suffixes, two letters
	 * at least before it: 0 not yet looked up, 1 no, 2 yes. */
	int8_t adjsuf;
	/* The word alone an entry of actor_local_institutions: likewise. */
	int8_t localinst;
};

/* A distinct word surface (bytes [start, start + len) of the text) and its
 * folded form. */
struct asurf {
	uint32_t start, len, fidx, hash;
};

/* Token flags. */
enum {
	TK_LETTER = 1u << 0,
	TK_NUM    = 1u << 1,
	TK_PUNCT  = 1u << 2,
	TK_CAP    = 1u << 3,      /* starts with a capital (or particle-capital: al-Assad) */
	TK_UPPER  = 1u << 4,      /* acronym: every letter a capital, two letters at least */
	TK_INIT   = 1u << 5,      /* sentence-initial position: needs evidence */
	TK_HEAD   = 1u << 6,      /* in a title-case headline */
	TK_DOTNEXT = 1u << 7,     /* a '.' follows immediately */
	TK_POSS   = 1u << 8,      /* English possessive 's / ’s at the end */
	TK_INITIAL = 1u << 9,     /* one capital letter (an initial) */
	TK_ELIDED = 1u << 10,     /* ends with an apostrophe (« d' ») */
	TK_DATELINE = 1u << 11,   /* the place of a wire dateline ("DAYTON, Ohio - …") */
};

/* 24 bytes: a 5 MB text has close to a million tokens.  Offsets are
 * 32-bit (the pass skips documents of 4 GiB or more). */
struct atok {
	uint32_t start, end;      /* bytes (the word; a possessive stays outside) */
	uint32_t sent;            /* sentence index */
	uint32_t fold;            /* index in the fold table (letters only), else UINT32_MAX */
	int32_t cp;               /* PUNCT: its first code point */
	uint16_t f;               /* TK_* */
};

/* ---- candidates, forms, actors ---------------------------------------- */

/* Evidence bits of a candidate occurrence. */
enum {
	EV_HONOR    = 1u << 0,    /* after an honorific */
	EV_TITLE    = 1u << 1,    /* after a title or with a title in apposition */
	EV_FIRST    = 1u << 2,    /* starts with a first name and has a surname */
	EV_ORGCUE   = 1u << 3,
	EV_PLACECUE = 1u << 4,
	EV_PLACEPREP = 1u << 5,   /* after à / en / in */
	EV_SOURCE   = 1u << 6,    /* after selon / according to */
	EV_DETPREV  = 1u << 7,    /* after a lower-case definite determiner */
	EV_ACRONYM  = 1u << 8,
	EV_GAZ      = 1u << 9,    /* gazetteer (ICU places, lexicon names) */
	EV_SPEECH   = 1u << 10,   /* subject of a speech verb */
	EV_WEAK     = 1u << 11,   /* sentence-initial without evidence: kept only as an alias */
	EV_ORGCLASS = 1u << 12,   /* after « l'agence », « le journal » */
	EV_PERSCTX  = 1u << 13,   /* "X, 55," and similar person contexts */
	EV_SAINT    = 1u << 15,   /* St. + a first name: a saint, unless a cue says otherwise */
	EV_OF       = 1u << 14,   /* after de / d' / of: a complement (« membres d'Ansar Eddine ») */
	EV_PLURAL   = 1u << 16,   /* plurals at both ends (« Jeunes Agriculteurs »): a group, not a person */
	EV_TITLEOF  = 1u << 17,   /* a title's complement (« déléguée de Sud Santé »): whom the person serves */
	EV_WEAKPLACE = 1u << 18,  /* after at / depuis (actor_weak_place_preps): one word there is where */
};

struct acand {
	size_t t0, t1;            /* tokens of the name [t0, t1) */
	size_t start, end;        /* bytes of the mention */
	uint32_t sent;
	uint32_t ev;              /* EV_* */
	int form;                 /* index in forms */
	int actor;                /* resolved actor, -1 if none */
	char gender;              /* from honorific or title */
	int8_t gaz_kind;          /* enum gaz_kind, or -1 */
	const char *gaz_name;     /* name from the gazetteer/lexicon (static or lexicon storage) */
	bool canon;               /* gaz_name is the canonical name (U.S. -> United States, known actors) */
	uint8_t mkind;            /* enum mention_kind */
	bool coord;               /* part of a coordination (a, b et c) */
	uint32_t title_t0, title_t1; /* a title stripped from the front (tokens), if any */
	size_t hon_start;         /* byte start of an honorific before the name, or SIZE_MAX */
	size_t post_end;          /* byte end of post-nominal letters after the name (KC, MP), or 0 */
};

/* Type votes. */
struct avotes {
	float person, org, place;
};

struct aform {
	char *key;                /* folding key of the whole name (tokens joined by ' ') */
	size_t keylen;
	int ntok;                 /* name tokens (particles included) */
	int first_cand;           /* a representative occurrence */
	int count;
	int strong;               /* occurrences that are not EV_WEAK */
	uint32_t ev;              /* union of evidence */
	struct avotes v;
	int actor;
	int gaz_kind;
	const char *gaz_name;
	bool canon;
	bool acronym;
	int part_cue;             /* a cue phrase gave the fuller name (mosquée Sidi Yeyia) */
	char gender;
};

/* A role phrase bound to an actor (apposition or introduction). */
struct abind {
	int actor;
	const char *head;         /* folded head word (title or organisation noun) */
	size_t headlen;
	uint32_t mods[8];         /* fold indexes of the content words after the head */
	int nmods;
	size_t start, end;        /* the phrase in the text */
	bool org;                 /* an organisation's noun (« la fédération ») */
	bool weak;                /* from the name's own cue word, not from the text's apposition */
};

struct aactor {
	int form;                 /* the form giving the canonical name */
	struct avotes v;
	uint32_t ev;
	char gender;
	int type;                 /* enum actor_type, decided in cluster */
	bool keep;
	int out_id;               /* id in the annotation store */
	int last_sent;            /* scratch for recency */
	char *role;               /* longest bound role phrase (malloc'd) */
	const char *country;      /* from a demonym in the role, or the gazetteer */
	char *name;               /* canonical name override (malloc'd), or NULL */
	bool can_speak;
	int first_tok_fold;       /* fold index of the first name token (persons) */
};

/* Extra mentions found by the role and cue passes. */
struct amention {
	size_t start, end;
	int actor;
	uint8_t kind;             /* enum mention_kind */
	float conf;
	bool name_part;           /* a fuller name (cue that is part of the name) */
};

/* ---- the context ------------------------------------------------------ */

struct alex {
	const lexicon *stop, *common, *titles, *titles_cfg, *honor, *first, *orgcue, *placecue, *demonym,
		*particle, *stopper, *speech, *modifier, *notname, *placeprep, *sourceprep, *det,
		*orgclass, *insthead, *instadj, *abbrev, *connect, *adj, *media, *orgs, *institutions,
		*places, *country_alias, *known, *known_types, *saints, *indef, *adjsuffix, *copula, *conj,
		*pparticle, *articles, *localinst, *seat, *orgafter, *hyphensuf, *origin, *originprep, *bodies,
		*nounsuf, *destprep, *dest, *placelinks, *nameprefix, *demsuf, *orgpreps, *agentprep, *placesuf, *pluraldet, *wholecue, *placeafter, *placehyph,
		*collective, *collprep, *seatsuf, *eventcls, *eventword, *orgbefore, *ageprep, *ageunit, *wordlists;
	const lexicon *bareinst, *bareinstalias;    /* fr8: actor_bare_institutions (« la mairie » alone) */
	const lexicon *demindef, *demsingsuf;    /* fr8: « un Vosgien »: actor_demonym_indefinites, _singular_suffixes */
	const lexicon *sloganprep;    /* fr8: actor_slogan_name_preps (« le collectif Respirer aux Prés-Salés ») */
	const lexicon *namearticle, *mutation, *postnominal;    /* actor_name_articles, _name_mutations, _postnominals */
	const lexicon *placeadj;    /* actor_place_adjectives (« la France métropolitaine ») */
	const lexicon *compass;    /* actor_compass_regions (« dans l'Ouest », "in the North") */
	const lexicon *ownplace;    /* actor_own_place_heads (« la vallée de la Vézère » beside « la Vézère ») */
	const lexicon *groupprep;    /* actor_group_name_preps ("Parents for X") */
	const lexicon *weakplaceprep;    /* actor_weak_place_preps ("at X", « depuis X ») */
};

struct actx {
	const doc *d;
	const char *text;
	const lang *lang;
	annots *an;
	bool fr;                  /* French rules (elision, « de » particles) */
	struct alex lx;
	const struct actors_gaz *gaz, *gaz_en;

	/* interned word surfaces -> fold index */
	struct {
		struct asurf *v;
		size_t n, cap;
		struct hindex ix;
	} surf;
	/* folded forms */
	struct afold *fo;
	size_t nfo, capfo;
	struct hindex foix;

	struct atok *tok;
	size_t ntok, captok;
	size_t *sent_tok;         /* first token of each sentence, nsent + 1 entries */
	size_t nsent;

	struct acand *cand;
	size_t ncand, capcand;
	struct aform *form;
	size_t nform, capform;
	struct aactor *act;
	size_t nact, capact;
	struct abind *bind;
	size_t nbind, capbind;
	struct amention *men;
	size_t nmen, capmen;
	/* token -> candidate index + 1 (0: none), for context lookups */
	int32_t *tok_cand;

	/* Byte starts of each actor's candidate occurrences, in document order
	 * (CSR: pos_at[pos_off[a] .. pos_off[a + 1]]), for actors_nearest(). */
	size_t *pos_off, *pos_at;
	size_t npos_act;

	/* The pack's word_lists, opened on the first lookup (actors_cand.c);
	 * missing files are left out. */
	const wordlist *wl[8];
	size_t nwl;
	bool wl_opened;

	char *scratch;            /* reusable buffer */
	size_t scratchcap;
};

/* actors_words.c */
void actors_words_build(struct actx *x);
/* Fold facts of token i (NULL for punctuation and numbers). */
static inline struct afold *actors_tok_fold(struct actx *x, size_t i)
{
	return i < x->ntok && x->tok[i].fold != UINT32_MAX ? &x->fo[x->tok[i].fold] : NULL;
}
/* Does token i have all the LX_ bits of `lx` (any of them with any=true)? */
bool actors_tok_is(struct actx *x, size_t i, uint32_t lx);
/* Folding key of token i's word ("" for punctuation). */
const char *actors_tok_key(struct actx *x, size_t i, size_t *len);
/* Is the token punctuation equal to code point c? */
static inline bool actors_tok_punct(const struct actx *x, size_t i, int32_t c)
{
	return i < x->ntok && (x->tok[i].f & TK_PUNCT) && x->tok[i].cp == c;
}
/* Is token i a word written in lower case? */
static inline bool actors_tok_lower(const struct actx *x, size_t i)
{
	return (x->tok[i].f & TK_LETTER) && !(x->tok[i].f & TK_CAP);
}
/* Token i's text */
static inline const char *actors_tok_text(const struct actx *x, size_t i, size_t *len)
{
	*len = x->tok[i].end - x->tok[i].start;
	return x->text + x->tok[i].start;
}
/* Is c a double quotation mark ("“”«»„)?  Inside a person's name, a
 * pair of them holds a nickname: Walter "Walt" Osgood (actors_cand.c). */
static inline bool actors_dquote(int32_t c)
{
	return c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || c == 0x201E;
}
/* Are tokens i and i+1 separated by white space only (at least one)? */
static inline bool actors_spaced(const struct actx *x, size_t i)
{
	return x->tok[i + 1].start > x->tok[i].end;
}
/* Lexicon lookup of the text of tokens [a, b) as written. */
const char *actors_lex_span(struct actx *x, const lexicon *l, size_t a, size_t b);
/* The kind actor_place_cues gives token i's word as written ("class",
 * "part", "suffix", "road"...), or NULL when it is no place cue. */
const char *actors_placecue(struct actx *x, size_t i);
/* lex_get() of token i's text, by its folded form when it has one (the
 * word was folded once, when the tokens were made). */
const char *actors_tok_get(struct actx *x, size_t i, const lexicon *l);
/* lex_has() of token i's text, likewise. */
bool actors_tok_in(struct actx *x, size_t i, const lexicon *l);
/* Does token i's folded word end with an entry of actor_adjective_suffixes,
 * two letters at least before it?  Looked up once a word. */
bool actors_tok_adjsuffix(struct actx *x, size_t i);
/* actors_tok_in(x, i, x->lx.localinst), looked up once a word. */
bool actors_tok_localinst(struct actx *x, size_t i);
/* lex_has() of the text from token a's start to token b-1's end, as
 * written (white space untouched). */
bool actors_lex_raw(struct actx *x, const lexicon *l, size_t a, size_t b);
/* Gazetteer lookup of tokens [a, b): doc language, then English names. */
bool actors_gaz_span(struct actx *x, size_t a, size_t b, struct gaz_hit *hit);

/* actors_cand.c */
void actors_candidates(struct actx *x);

/* actors_cluster.c */
void actors_cluster(struct actx *x);
/* A new actor of form `form` (-1: none), kept, with no type yet; its id. */
int actors_new(struct actx *x, int form);
/* Attach an occurrence-independent reference to the best actor: among the
 * actors in ids[0..n), the one mentioned last before byte `at` (or first
 * after it).  Returns -1 if n == 0. */
int actors_nearest(struct actx *x, const int *ids, size_t n, size_t at);
/* (Re)build the position index used by actors_nearest(). */
void actors_index_positions(struct actx *x);
/* Index of the first token that ends after byte `at`. */
size_t actors_tok_at(const struct actx *x, size_t at);

/* actors_roles.c */
void actors_roles(struct actx *x);

/* growing helpers */
struct amention *actors_add_mention(struct actx *x, size_t start, size_t end, int actor, int kind, float conf);

#endif
