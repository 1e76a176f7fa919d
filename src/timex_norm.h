/* timex_norm.h — what a time expression means, and its TIMEX3 value.
 *
 * The recogniser (timex_match.c) fills a struct tx_sem from the words; the
 * normaliser turns it into a value against a reference: the document date,
 * or the day the speaker spoke for words inside a quotation, or the last
 * date mentioned for « le lendemain ».
 *
 * Resolution rules:
 *  - a bare weekday is the nearest such day on or before the reference in
 *    a past clause, on or after it in a future one; in a clause with no
 *    tense cue, the reference's own weekday is the reference day, else it is
 *    the coming one unless the last one is less than half as far ("the vote
 *    is on Tuesday"), or, when the article's narration so far is in the past
 *    (tx_sem.lean), the last one unless the coming one is less than half as
 *    far; « dernier »/"last" means strictly before, « prochain »/"next"
 *    strictly after, « ce »/"this" the one in the reference's ISO week;
 *  - a month (or day and month) without a year is the most recent one on or
 *    before the reference, or the next one on or after it in a future clause;
 *    with no tense cue at all (the present: « le festival ouvre le 3
 *    octobre »), it is the coming one unless the last one is less than half
 *    as far (a day within a month ahead is always the coming one); one or
 *    two months ahead it is the coming one in a past clause too, unless
 *    its own verb is past or it follows « depuis » (tx_sem.past_bound);
 *  - a half year (« premier semestre ») or a quarter without a year goes
 *    like its first month, the current one counting as this year's;
 *  - a time of day takes the day given in the struct tx_ref (the anchor
 *    chosen by the extractor), else it is XXXX-XX-XXThh:mm;
 *  - without a reference, deictic expressions (hier, last week) are null.
 */
#ifndef GLOSE_TIMEX_NORM_H
#define GLOSE_TIMEX_NORM_H

#include <stdbool.h>
#include <stddef.h>

#include "annots.h"

enum tx_anchor {
	TXA_NONE,       /* no calendar part (a time of day alone, a duration, a set) */
	TXA_ABS,        /* y / m / d as written (y 0: by the reference; m, d 0: absent) */
	TXA_WEEKDAY,    /* wday, with dir */
	TXA_RELDAY,     /* reference + n days */
	TXA_ANAPHOR,    /* the last date mentioned + n days (lendemain, veille) */
	TXA_UNITREF,    /* the unit (week, month, year...) n away from the reference's */
	TXA_AGO,        /* reference - n units (n -1: unknown count) */
	TXA_SEASON,     /* season, y (0: by dir and tense) */
	TXA_DECADE,     /* y = first year (1990) */
	TXA_CENTURY,    /* n = ordinal century (15 for the 15th = 1400s) */
	TXA_WEEKEND,    /* « ce week-end », "the weekend": the one just past, or the
	                 * coming one in a future clause or on a Saturday or Sunday */
};

struct tx_sem {
	enum time_type type;
	enum tx_anchor anchor;
	int y, m, d;            /* TXA_ABS, TXA_SEASON year */
	int yrel;               /* TXA_ABS, TXA_SEASON with y 0: the reference's year
	                         * plus yrel ("March last year": -1), 0 if none */
	int wday;               /* 1..7 */
	int n;                  /* offset or count (see the anchors) */
	int unit;               /* enum tx_unit for TXA_UNITREF, TXA_AGO, durations, sets */
	int dir;                /* enum tx_mod: TXM_LAST, TXM_NEXT, TXM_THIS or TXM_NONE */
	int season;             /* 1..4 */
	int quarter;            /* TXA_ABS: 1..4 (« premier trimestre 2025 »), 0 if none */
	int half;               /* TXA_ABS: 1..2 (« premier semestre », "H2 2026"), 0 if none */
	bool easter;            /* TXA_ABS: Easter Sunday + n days (m, d: this year's, for the tense) */
	int hour, minute;       /* -1 if no clock time */
	int part;               /* enum tx_part */
	/* durations: dur_n units (-1: unknown, "PXY"), plus dur_half for "and a half" */
	int dur_n;
	bool dur_half;
	/* a compound duration's second part (« 2 heures 51 minutes »): dur_n2
	 * units of unit2, a smaller unit than unit; unit2 0 when none */
	int dur_n2, unit2;
	const char *fixed;      /* a value given by the lexicon (toute la journée), "" = null */
	bool quantified;        /* a set with « chaque », "every" (not « hebdomadaire ») */
	bool range_end;         /* the second date of « du 5 décembre au 20 janvier » */
	bool past_bound;        /* after « depuis », "since", or a past verb right
	                         * before it or after it in its clause ("ended
	                         * Jan. 15", « le 2 mars, il a signé ») */
	bool listed;            /* the next item of a list after the expression
	                         * before it (« le 3 mars, puis le 1er janvier ») */
	bool focus;             /* a year as an adverbial (« en 2019, ... »): the sentence's year */
	bool habitual;          /* a time of day after a plural day or part of the day
	                         * ("most mornings at 6 a.m."): it has no day */
	int lean;               /* the tense of the article's narration before it
	                         * (-1 past, 0 none, +1 future), for a clause
	                         * with no tense cue of its own */
};

/* The reference of one expression. */
struct tx_ref {
	bool has_ref;           /* the reference day (document date or speech date) */
	int y, m, d;
	bool has_anchor;        /* the day a bare time of day / lendemain hangs on */
	int ay, am, ad;
	int tense;              /* -1 past, 0 unknown, +1 future */
};

void tx_sem_init(struct tx_sem *s);
/* Write the TIMEX3 value of s into out; returns false when the value is
 * null (out is then ""). */
bool tx_normalise(const struct tx_sem *s, const struct tx_ref *r, char *out, size_t cap);
/* Does the expression need the anchor day (a time of day alone, lendemain)? */
bool tx_needs_anchor(const struct tx_sem *s);
/* Is it deictic (resolved against the reference: hier, mardi, last week)? */
bool tx_is_deictic(const struct tx_sem *s);

#endif
