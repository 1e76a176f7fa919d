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
	QW_HEAD      = 1u << 31,  /* first word of a multi-word entry */
};
#define QW_VERB (QW_SPEECH | QW_NAMING)
#define QW_NOUN (QW_GROUP | QW_ROLE | QW_PROXY)

/* Gender and number of a pronoun or inversion. */
enum qgender { QG_NONE = 0, QG_M, QG_F, QG_MP, QG_FP, QG_P, QG_X };

struct qlex;
struct qlex *qlex_new(const lang *l);
void qlex_free(struct qlex *q);
/* Classes of s[0..n) (folded with lang_fold, runs of white space read as
 * one space), 0 if none; *g gets the gender of a pronoun or inversion
 * (g may be NULL). */
uint32_t qlex_get(const struct qlex *q, const char *s, size_t n, enum qgender *g);

/* ---- quotation marks (quotes_marks.c) ------------------------------- */

enum {
	QM_NESTED    = 1u << 0,   /* inside another quotation */
	QM_CONTINUED = 1u << 1,   /* continues the previous paragraph's quotation */
	QM_RUNS_ON   = 1u << 2,   /* goes on in the next paragraph */
	QM_UNCLOSED  = 1u << 3,   /* no closing mark: bounded by its paragraph */
	QM_SINGLE    = 1u << 4,   /* single marks (‘ ’ ‹ › ') */
};

struct qmark {
	size_t os, oe;            /* outer span, marks included */
	size_t is, ie;            /* inner span, marks and inner spaces excluded */
	size_t para;              /* paragraph index */
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
};

struct qframe {
	size_t s, e;              /* the sentence span (quotations merged in) */
	struct qtok *t;
	size_t n, cap;
};

struct qctx;                  /* the run's state (extract_quotes.c) */

/* Fill f with the tokens of [s, e): words outside the top-level quotations
 * in it, and one QT_QUOTE token per quotation. */
void qframe_build(struct qctx *c, struct qframe *f, size_t s, size_t e);
void qframe_free(struct qframe *f);

/* ---- speakers (quotes_speaker.c) ------------------------------------ */

/* A resolved speaker. */
struct qspeaker {
	int actor;                /* actor id or -1 */
	size_t s, e;              /* the speaker's words in the text (e > s when found) */
	bool named;               /* a name or a resolved mention, not a description */
	bool pronoun;
	float conf;
};

#endif
