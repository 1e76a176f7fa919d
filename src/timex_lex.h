/* timex_lex.h — the time-expression lexicons of a language pack, gathered
 * into one table of case-folded words and phrases.
 *
 * The table is built from the pack's "timex_*" lexicons (documented in the
 * "--- timex ---" section of lang/<code>.yaml) and from ICU month and weekday
 * names (lang_month / lang_weekday).  One key can carry several senses
 * ("sept" is a number and an abbreviated month).  Phrases are keyed by their
 * words joined as in the text: with one space where the text has white space
 * and nothing where the words touch ("avant-hier", "jusqu'à", "a.m.").  Every
 * word-boundary prefix of a phrase is in the table too, so a left-to-right
 * scan can stop as soon as a prefix is unknown.
 */
#ifndef GLOSE_TIMEX_LEX_H
#define GLOSE_TIMEX_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lang.h"

enum txc {
	TXC_NUM,        /* number word: v = value */
	TXC_SCALE,      /* hundred, mille: v = multiplier */
	TXC_JOIN,       /* "et" in « vingt et un », "and" */
	TXC_VAGUE,      /* plusieurs, several: an unknown count */
	TXC_ORD,        /* ordinal word: v = rank */
	TXC_UNIT,       /* time unit: v = enum tx_unit | TXU_PLURAL */
	TXC_MONTH,      /* ICU wide month name: v = 1..12 */
	TXC_MONTH_AB,   /* ICU abbreviated month name (or timex_month_extra) */
	TXC_WDAY,       /* ICU wide weekday name: v = 1..7, Monday first */
	TXC_WDAY_AB,    /* ICU abbreviated weekday name */
	TXC_RELDAY,     /* hier, tomorrow: v = day offset, s = part of day or NULL */
	TXC_PART,       /* part of day: v = enum tx_part */
	TXC_MOD,        /* dernier, next: v = enum tx_mod */
	TXC_MODPOST,    /* modifiers that only follow the noun (« la semaine passée ») */
	TXC_APPROX,     /* environ, about: v = 1 inside the span, 0 outside */
	TXC_CLOCKCUE,   /* à, vers, at: an hour count after it is a clock time */
	TXC_SETQ,       /* chaque, every */
	TXC_SETADJ,     /* quotidien, weekly: v = unit */
	TXC_PER,        /* par, per */
	TXC_TIMES,      /* fois, times, once */
	TXC_AGO,        /* il y a, ago: v = 0 before the duration, 1 after */
	TXC_FUT,        /* future cue: va, will */
	TXC_FUTEXC,     /* words that only look like a future form (caméra) */
	TXC_PAST,       /* past cue: a, was */
	TXC_YEARCUE,    /* en, in: v = 1 strong, 0 weak */
	TXC_PERIOD,     /* début, late: v = enum tx_period */
	TXC_WHOLE,      /* toute la journée: s = value ("" for none) */
	TXC_DET,        /* le, the */
	TXC_ANADAY,     /* lendemain, the next day: v = day offset from the last date */
	TXC_HOLIDAY,    /* Noël: s = "MM-DD" */
	TXC_SEASON,     /* printemps: v = 1..4 (SP, SU, FA, WI) */
	TXC_AMPM,       /* a.m., pm: v = 1 am, 2 pm */
	TXC_OCLOCK,     /* o'clock, pile */
	TXC_TZ,         /* heure locale, GMT */
	TXC_DURCUE,     /* depuis, for: a bare plural unit after it is a duration */
	TXC_AGE,        /* âgé de, old: v = 0 before the count, 1 after */
	TXC_HALF,       /* et demie, and a half */
	TXC_DEICTIC,    /* "ci" of « ce mois-ci » */
	TXC_RANGE,      /* au, to: joins « du 3 au 5 mars » */
	TXC_CLAUSE,     /* et, but: the tense of one clause is not the next one's */
	TXC_STOP,       /* the core stopwords */
	TXC_ALT,        /* "other" of "every other Thursday": every second one */
	TXC_SINCE,      /* depuis, since: the date after it is past */
	TXC_COUNTED,    /* people, staff: a noun a number counts that no plural ending shows */
	TXC_AGENOUN,    /* homme, victime: « un homme de 40 ans » gives an age */
	TXC_AGENOT,     /* chantier: a word with a person ending that names no person */
	TXC_AGEPREP,    /* de: « un homme [de] 40 ans » */
	TXC_ONDATE,     /* on: "3 p.m. [on] Friday" joins a clock time to its date */
	TXC_NUMNOUN,    /* numéro, flight: the number after it is a label, no year */
	TXC_UNTIL,      /* jusqu'en, until: a month or season after it with no tense cue is ahead */
	TXC_AHEAD,      /* « dans »: a count of days or more after it is a point ahead (« dans trois ans ») */
	TXC_HAVE,       /* ont, had: before « jusqu'à », "until" a deadline, not a past verb of its own */
	TXC_COUNT
};

enum tx_unit {
	TXU_NONE, TXU_SEC, TXU_MIN, TXU_HOUR, TXU_DAY, TXU_WEEK, TXU_WEEKEND, TXU_MONTH,
	TXU_QUARTER, TXU_YEAR, TXU_DECADE, TXU_CENTURY,
	TXU_PLURAL = 0x100,
};
enum tx_part { TXP_NONE, TXP_MO, TXP_AF, TXP_EV, TXP_NI, TXP_NOON, TXP_MIDNIGHT };
enum tx_mod { TXM_NONE, TXM_LAST, TXM_NEXT, TXM_THIS, TXM_PAST };
enum tx_period { TXR_NONE, TXR_START, TXR_MID, TXR_END };

struct tx_sense {
	unsigned char cls;         /* enum txc */
	int v;
	const char *s;             /* owned by the table */
};

struct tx_ent;
typedef struct txlex txlex;

txlex *txlex_new(const lang *l);
void txlex_free(txlex *t);

/* Fold a word for lookups (ICU simple case folding, ’ → ').  Returns the
 * length written to out (NUL-terminated), or -1 if it does not fit. */
int txlex_fold(const char *s, size_t n, char *out, size_t cap);

/* Look a folded key up.  NULL if absent.  *complete is false for a key that
 * is only the prefix of a phrase. */
const struct tx_ent *txlex_get(const txlex *t, const char *key, size_t n, bool *complete);
/* The same with the key's hash computed by the caller: hash_fnv(key, n)
 * (hindex.h), which can be extended word by word along a phrase with
 * hash_fnv_more(). */
const struct tx_ent *txlex_get_hashed(const txlex *t, const char *key, size_t n, uint32_t h, bool *complete);
/* Can a longer key start with e's key followed by byte next (' ' where the
 * text has white space)?  False: no phrase goes on from here. */
bool txlex_extends(const struct tx_ent *e, unsigned char next);
/* Does any key start with byte c? */
bool txlex_first_byte(const txlex *t, unsigned char c);
/* The classes of an entry's senses: bit 1 << enum txc. */
uint64_t txlex_classes(const struct tx_ent *e);
/* The sense of class cls of an entry, or NULL. */
const struct tx_sense *txlex_sense(const struct tx_ent *e, enum txc cls);
/* The table's entries, for building filters over it: entry i's key (folded,
 * not NUL-terminated: *n bytes), its classes and whether it is a whole
 * entry (false: only the prefix of a phrase).  i < txlex_count(t). */
size_t txlex_count(const txlex *t);
const char *txlex_entry(const txlex *t, size_t i, size_t *n, uint64_t *classes, bool *complete);
/* Longest number of words in any phrase (tokens as the word breaker cuts them). */
int txlex_max_words(const txlex *t);

/* Suffix lists: does the folded word end with one of the pack's ordinal
 * suffixes / future-tense endings / past participle endings / endings of a
 * finite past tense (« -ait », « -aient »)?  Returns the suffix length or 0. */
size_t txlex_ordinal_suffix(const txlex *t, const char *w, size_t n);
size_t txlex_future_suffix(const txlex *t, const char *w, size_t n);
size_t txlex_past_suffix(const txlex *t, const char *w, size_t n);   /* participles */
size_t txlex_past_tense_suffix(const txlex *t, const char *w, size_t n);
/* ... ends with one of timex_age_noun_suffixes (« -eur », « -ienne »: a person). */
size_t txlex_age_noun_suffix(const txlex *t, const char *w, size_t n);

const char *txlex_unit_code(int unit);     /* "Y", "M", "W", "D", "H", "M" (minutes)... */
bool txlex_unit_is_time(int unit);         /* hours, minutes, seconds: PT... */
const char *txlex_part_code(int part);     /* "MO", "AF", "EV", "NI"; NULL for noon/midnight */
int txlex_part_of(const char *code);       /* and back ("T12" → TXP_NOON); TXP_NONE if unknown */

#endif
