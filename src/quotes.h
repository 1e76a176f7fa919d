/* quotes.h — internals of the quotations extractor (extract_quotes.c and
 * quotes_*.c): the lexicon table, the quotation-mark scanner, the token
 * frames the attribution patterns read, and speaker resolution.
 *
 * Not a public seam: only the quotes files include it.
 */
#ifndef GLOSE_QUOTES_H
#define GLOSE_QUOTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "annots.h"
#include "hindex.h"
#include "doc.h"
#include "lang.h"

/* ---- lexicons (quotes_lex.c) ---------------------------------------- */

/* Word classes, from the quote_* lexicons of the language pack. */
enum {
	QW_SPEECH    = 1u << 0,   /* speech_verbs */
	QW_NAMING    = 1u << 1,   /* quote_naming_verbs */
	QW_AUX       = 1u << 2,   /* quote_verb_group: aux */
	QW_SEMI      = 1u << 3,   /* quote_verb_group: semi */
	QW_LINK      = 1u << 4,   /* quote_verb_group: link ("de" in "continuent de") */
	QW_CLITIC    = 1u << 5,   /* quote_verb_group: clitic */
	QW_ADV       = 1u << 6,   /* quote_adverbs, weekday and month names */
	QW_PRON      = 1u << 7,   /* quote_pronouns */
	QW_INV       = 1u << 8,   /* quote_inversions ("-t-il") */
	QW_FIRST     = 1u << 9,   /* quote_first_person */
	QW_COMP      = 1u << 10,  /* quote_complementizers */
	QW_SOURCE    = 1u << 11,  /* quote_sources: any */
	QW_SOURCE1   = 1u << 12,  /* quote_sources: initial */
	QW_CONJ      = 1u << 13,  /* quote_conjunctions */
	QW_REL       = 1u << 14,  /* quote_relatives */
	QW_PREPC     = 1u << 15,  /* quote_prepositions: complement */
	QW_PREP      = 1u << 16,  /* quote_prepositions: other */
	QW_DET       = 1u << 17,  /* quote_determiners (any) */
	QW_DEF       = 1u << 18,  /* quote_determiners: def */
	QW_PARTICLE  = 1u << 19,  /* quote_name_particles */
	QW_GROUP     = 1u << 20,  /* quote_speaker_nouns: group */
	QW_ROLE      = 1u << 21,  /* quote_speaker_nouns: role */
	QW_PROXY     = 1u << 22,  /* quote_speaker_nouns: proxy */
	QW_TITLE     = 1u << 23,  /* quote_title_words */
	QW_SCARE     = 1u << 24,  /* quote_scare_words */
	QW_TIME      = 1u << 25,  /* weekday or month name (ICU) */
	QW_INF       = 1u << 26,  /* a verb form equal to its lemma (infinitive) */
	QW_TRIG      = 1u << 27,  /* first word of a complementizer, source or zero-that verb */
	QW_AGENT     = 1u << 28,  /* quote_passive_agents ("by") */
	QW_PREFIX    = 1u << 29,  /* internal: a key that begins a longer entry (never returned) */
	QW_INST      = 1u << 30,  /* quote_speaker_nouns: institution (also QW_GROUP) */
	QW_HEAD      = 1u << 31,  /* first word of a multi-word entry */
};
#define QW_VERB (QW_SPEECH | QW_NAMING)
#define QW_NOUN (QW_GROUP | QW_ROLE | QW_PROXY)

/* Gender and number of a pronoun or inversion. */
enum qgender { QG_NONE = 0, QG_M, QG_F, QG_MP, QG_FP, QG_P, QG_X, QG_PERSON };

struct qlex;
struct qlex *qlex_new(const lang *l);
void qlex_free(struct qlex *q);
/* Classes of s[0..n) (folded with lang_fold, runs of white space read as
 * one space), 0 if none; *g gets the gender of a pronoun or inversion
 * (g may be NULL). */
uint32_t qlex_get(const struct qlex *q, const char *s, size_t n, enum qgender *g);
/* Fold s[0..n) into out when no character changes under ICU case folding
 * except ASCII capitals and ’ (most words): the same bytes lang_fold gives.
 * Returns the length, or (size_t)-1 if lang_fold is needed (or cap is short). */
size_t qfold_simple(const char *s, size_t n, char *out, size_t cap);
/* Look up an already folded key; for a phrase head (QW_HEAD), *maxtok
 * gets the most ICU words of an entry it starts (may be NULL). */
uint32_t qlex_lookup(const struct qlex *q, const char *key, size_t n, enum qgender *g, size_t *maxtok);
/* The classes of the folded words of a phrase being read (as qlex_lookup,
 * without QW_HEAD); *more is false when no longer entry begins with them,
 * so reading further words is useless. */
uint32_t qlex_lookup_phrase(const struct qlex *q, const char *key, size_t n, enum qgender *g, bool *more);
/* Same as qlex_get, with *maxtok as above. */
uint32_t qlex_get_head(const struct qlex *q, const char *s, size_t n, enum qgender *g, size_t *maxtok);

/* ---- quotation marks (quotes_marks.c) ------------------------------- */

enum {
	QM_NESTED    = 1u << 0,   /* inside another quotation */
	QM_CONTINUED = 1u << 1,   /* continues the previous paragraph's quotation */
	QM_RUNS_ON   = 1u << 2,   /* goes on in the next paragraph */
	QM_UNCLOSED  = 1u << 3,   /* no closing mark: bounded by its paragraph */
	QM_SINGLE    = 1u << 4,   /* single marks (‘ ’ ‹ › ') */
};

/* Offsets are 32-bit: a document is under 4 GiB (the loader refuses more
 * than 2 GiB), and these tables have one entry per quotation or mention. */
struct qmark {
	uint32_t os, oe;          /* outer span, marks included */
	uint32_t is, ie;          /* inner span, marks and inner spaces excluded */
	uint32_t para;            /* paragraph index */
	int parent;               /* enclosing quotation, or -1 */
	int prev_piece;           /* previous paragraph's piece of the same quotation, or -1 */
	unsigned flags;
};

/* Every quotation of the document, ordered by start.  Returns the count;
 * *out is malloc'd (the caller frees it). */
size_t qmarks_find(const doc *d, const lang *l, struct qmark **out);

/* ---- token frames (quotes_frame.c) ---------------------------------- */

enum qtok_kind { QT_WORD, QT_NUM, QT_PUNCT, QT_QUOTE };

struct qtok {
	size_t s, e;
	uint32_t cls;             /* QW_* of the word or phrase */
	uint8_t kind;             /* enum qtok_kind */
	uint8_t gender;           /* enum qgender, for QW_PRON and QW_INV */
	bool cap;                 /* starts with an upper-case letter */
	char punct;               /* QT_PUNCT: the ASCII mark, '-' for dashes, '"' for others, 0 */
	int quote;                /* QT_QUOTE: index into the qmark array */
	int mention;              /* id of the MENTION span it lies in, or -1 */
	int actor;                /* that mention's actor, or -1 */
};

struct qframe {
	size_t s, e;              /* the sentence span (quotations merged in) */
	struct qtok *t;
	size_t n, cap;
};

/* A mention of an actor, from the store (sorted by start). */
#define QMENT_LOOK 8           /* mentions a word looks back over for one covering it */
struct qment {
	uint32_t s, e;
	uint32_t emax;            /* the furthest end among it and the QMENT_LOOK - 1 before it */
	int id;                   /* MENTION span id */
	int actor;
	bool inq;                 /* inside a quotation */
	uint32_t para, sent;      /* its paragraph and sentence (doc_para_at, doc_sent_at of s) */
};

/* « la fédération des banques, Febelfin »: the head « fédération » names
 * Febelfin from then on. */
struct qalias {
	char *head;               /* folded */
	uint32_t hash;            /* hash_fnv of head */
	int actor;
};

/* A speaker already found: pronouns prefer recent speakers. */
struct qhist {
	uint32_t pos, para;
	int actor;
};

enum { RM_ROLE, RM_SYN, RM_LAST, RM_ORG };

/* The run's state. */
struct qctx {
	doc *d;
	annots *an;
	const lang *l;
	const char *t;
	size_t len;
	struct qlex *lex;
	struct qmark *m;          /* quotations, by start */
	size_t nm;
	struct qment *ment;       /* mentions, by start */
	size_t nment, capment;
	struct word *w;           /* scratch for doc_words */
	size_t wcap;
	char *fbuf;               /* scratch: the folded words of a piece */
	size_t flen, fcap;
	size_t *foff;             /* their offsets into fbuf (2 per word: start, length; SIZE_MAX: not yet) */
	struct qwmemo {           /* the classes of words met lately, by their bytes in the text */
		size_t at;            /* a place the word is written */
		uint32_t len, hash, cls;
		uint8_t gender, maxtok;
	} *memo;                  /* QW_MEMO entries, direct-mapped; len 0 = empty */
	size_t foffcap;
	struct qalias *alias;     /* description heads seen beside a name (each once) */
	size_t nalias, capalias;
	struct hindex aliasix;    /* over alias, by head */
	struct qhist *hist;       /* speakers so far, in text order */
	size_t nhist, caphist;
	bool create_actors;       /* add an actor for a speaker's name the actors module missed */
	char **lastw;             /* per actor: its name's last word, folded (lazily) */
	size_t nlastw;
	char **froles, **fnames;  /* per actor: role and name, folded (lazily) */
	size_t nfold;
	struct qsyn {
		char *generic, *specific; /* folded: « magistrat » may name a « procureur » */
		uint32_t hash;        /* hash_fnv of generic */
	} *syn;
	size_t nsyn, capsyn;
	struct hindex synix;      /* over syn, by generic */
	bool inst[QG_PERSON + 1]; /* genders whose pronouns may name an institution */
	struct qindex {           /* string -> the first actor with it */
		struct qikey {
			uint32_t hash;    /* hash_fnv of the string */
			int id;
		} *it;
		size_t n, cap;
		struct hindex ix;     /* over it */
	} names, lasts;           /* by canonical name, by folded last word of the name */
	size_t nindexed;          /* actors indexed so far */
	struct qrmemo {           /* the last answer of a search back over mentions for a word */
		char *w;              /* folded word */
		uint32_t hash;        /* hash_fnv of w, xor syn */
		uint8_t syn;          /* RM_ROLE: a role word; RM_SYN: its synonyms; RM_LAST: a last name; RM_ORG: a word of an organisation's name */
		bool set;             /* asked already: the fields below hold the answer */
		size_t gen;           /* nins when it was found */
		long kb;              /* the last mention before the position asked */
		long ka;              /* the mention of the answer, or -1 */
		int actor;            /* the answer, or -1 */
	} *rmemo;
	size_t nrmemo, caprmemo;
	struct hindex rmemoix;    /* over rmemo, by word and syn */
	uint32_t *ins;            /* where mentions were inserted, in turn (later ones move) */
	size_t nins, capins;
	unsigned *rseen;          /* per actor: the role_match call that looked at it */
	size_t nrseen;
	unsigned rgen;            /* that call's number */
};

/* Fill f with the tokens of [s, e): words outside the top-level quotations
 * in it, and one QT_QUOTE token per quotation. */
void qframe_build(struct qctx *c, struct qframe *f, size_t s, size_t e);
void qframe_free(struct qframe *f);
/* qlex_get of the text bytes [s, s+n) (no white space in them), through
 * the memo of words met lately. */
uint32_t qword_get(struct qctx *c, size_t s, size_t n);
/* Recompute the emax of the mentions from..from+QMENT_LOOK-1 (after
 * mentions were added or inserted at from). */
void qment_window(struct qctx *c, size_t from);

/* ---- unit tests over a frame --------------------------------------- */

static inline bool qt_punct(const struct qframe *f, int i, char ch)
{
	return i >= 0 && (size_t)i < f->n && f->t[i].kind == QT_PUNCT && f->t[i].punct == ch;
}

static inline bool qt_quote(const struct qframe *f, int i)
{
	return i >= 0 && (size_t)i < f->n && f->t[i].kind == QT_QUOTE;
}

static inline bool qt_word(const struct qframe *f, int i)
{
	return i >= 0 && (size_t)i < f->n && f->t[i].kind == QT_WORD;
}

static inline bool qt_has(const struct qframe *f, int i, uint32_t cls)
{
	return qt_word(f, i) && f->t[i].mention < 0 && (f->t[i].cls & cls);
}

/* ---- speakers (quotes_speaker.c) ------------------------------------ */

/* A noun phrase read as a speaker. */
struct qnp {
	int a, b;                 /* units [a, b) */
	int actor;                /* the actor it refers to, or -1 */
	bool named;               /* a mention, a name or a resolved pronoun */
	bool pronoun;
	bool name;                /* a capitalised name no actor was found for */
	enum qgender gender;      /* of a pronoun */
};

/* The noun phrase starting at unit i (before unit lim): a mention, a
 * pronoun, a capitalised name, or a determiner/noun phrase (« les
 * responsables moscovites », "a spokesman for the ministry"). */
bool qnp_forward(struct qctx *c, const struct qframe *f, int i, int lim, struct qnp *np);
/* The noun phrase ending at unit j (not before unit lo). */
bool qnp_backward(struct qctx *c, const struct qframe *f, int j, int lo, struct qnp *np);
/* The actor a pronoun at byte pos refers to, or -1. */
int qspk_pronoun(struct qctx *c, size_t pos, enum qgender g);
/* Record a speaker found at byte pos (for pronouns). */
void qspk_remember(struct qctx *c, size_t pos, int actor);
/* The actor a definite description's head word names (« le conseiller »,
 * « la fédération »), from actors' roles and names and from appositions
 * seen so far; -1 if none. */
int qspk_role(struct qctx *c, const char *word, size_t n, size_t pos);
/* Read the role synonyms (quote_role_synonyms) of the language pack. */
void qspk_init(struct qctx *c);
/* Record that head word s[0..n) described actor (an apposition). */
void qspk_alias(struct qctx *c, const char *s, size_t n, int actor);
/* Is the verb form at unit v a noun here (« la note », "the call")? */
bool qspk_noun_reading(const struct qframe *f, int v);
/* Is the actor a news medium (actor_media)? */
bool qspk_medium(const struct qctx *c, int actor);
/* Free the speaker state. */
void qspk_free(struct qctx *c);

#endif
