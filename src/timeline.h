/* timeline.h — the events of an article in time order.
 *
 * For the timeline pane and the exports.  An event (ANN_EVENT) is dated by
 * its time expression (link → ANN_TIME, str = TIMEX3 value).  Dated events
 * sort by the start of the interval their value names ("2025-10" is
 * 1 October 2025 00:00), coarser values first on a tie ("2025-12" before
 * "2025-12-01"), then by position in the text.  An undated event (a
 * duration, a set, a null value) keeps its place in the text: it sorts just
 * after the dated event that precedes it in the text, or first if none does.
 * An event's summary is built from the text when asked for.
 */
#ifndef GLOSE_TIMELINE_H
#define GLOSE_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "annots.h"
#include "doc.h"

struct timeline_key {
	bool dated;                /* the value names a calendar point */
	int64_t when;              /* minutes since 0001-01-01 of its start (dated) */
	int gran;                  /* enum tx_gran of the value (dated) */
	size_t pos;                /* byte offset of the event (or time) in the text */
};

/* The key of an event or of a time expression (by id), from its own value:
 * dated is false for an undated one, and for an id that is neither. */
struct timeline_key timeline_key(annots *an, int id);
/* Order two keys: <0, 0, >0.  Undated keys sort by position only. */
int timeline_cmp(const struct timeline_key *a, const struct timeline_key *b);
/* The events (not deleted) in timeline order; fills *ids (grown as needed,
 * the caller frees it) and returns their count.  If keys is not NULL,
 * *keys gets each one's sort key (an undated event's key is the one it
 * sorts by: that of the dated event before it, with its own position). */
size_t timeline_order(annots *an, int **ids, size_t *cap);
size_t timeline_order_keys(annots *an, int **ids, size_t *cap, struct timeline_key **keys, size_t *kcap);
/* The summary of event `id` (malloc'd; NULL if id is not an event): its
 * str when it has one, else its clause, white space collapsed, control
 * characters dropped, cut at a word boundary to at most 80 characters with
 * an ellipsis, the part around its time when the clause is longer.  Built
 * when asked for: the store keeps no summary of its own. */
char *timeline_summary(const doc *d, annots *an, int id);
/* "2025-12-02 17:00", "2025-10", "2025" for a TIMEX3 date or time value;
 * the value itself when it is not a calendar point ("P3Y", "XXXX-WXX-1"),
 * "" for NULL.  out gets at most cap bytes. */
void timeline_label(const char *value, char *out, size_t cap);

#endif
