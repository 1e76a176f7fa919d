/* timex_match.h — recognising time expressions in the words of a sentence.
 *
 * The recogniser reads the words of one sentence (doc_words), looks each up
 * in the timex lexicon table (timex_lex.h) and matches the expression
 * families left to right, longest first: numeric dates and clock times,
 * counts with units (durations, « 17 heures », « il y a deux ans »),
 * month and weekday names, relative days, demonstratives and modifiers
 * (« cette semaine », "last Tuesday"), seasons, sets.  It gives each
 * expression its span, its meaning (struct tx_sem) and the tense of the
 * clause around it; the extractor then picks references and normalises.
 * Cost: one hash lookup per word in a memory of the words already seen
 * (raw bytes → folded key, lexicon entry, tense endings; at most MEMO_MAX
 * words, then forgotten together), plus one per phrase prefix that some
 * longer key goes on from (txlex_extends).
 */
#ifndef GLOSE_TIMEX_MATCH_H
#define GLOSE_TIMEX_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "lang.h"
#include "timex_norm.h"

struct tx_found {
	size_t start, end;         /* bytes */
	struct tx_sem sem;
	int tense;                 /* -1 past, 0 unknown, +1 future */
	float confidence;
};

typedef struct txmatch txmatch;

txmatch *txmatch_new(const lang *l);
void txmatch_free(txmatch *m);

/* Recognise the expressions among the words w[0..nw) of one sentence of
 * `text` (byte offsets), appending them in text order to *out. */
void txmatch_sentence(txmatch *m, const char *text, const struct word *w, size_t nw,
                      struct tx_found **out, size_t *n, size_t *cap);

/* Can text[s..e) hold an expression at all?  False only when it has no
 * digit and no word of the classes every expression needs (unit, month,
 * weekday, relative day, part of the day, season, holiday...): a cheap scan
 * of the bytes, so that most sentences need no word breaking. */
bool txmatch_may_hold(const txmatch *m, const char *text, size_t s, size_t e);

#endif
