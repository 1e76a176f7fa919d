/* timex_date.h — proleptic Gregorian calendar arithmetic and TIMEX3 value
 * parsing, shared by the time-expression extractor and the timeline.
 *
 * Day numbers count days since 1970-01-01 (negative before).  Weekdays are
 * 1 = Monday .. 7 = Sunday, weeks are ISO 8601 weeks.
 */
#ifndef GLOSE_TIMEX_DATE_H
#define GLOSE_TIMEX_DATE_H

#include <stdbool.h>

bool tx_leap(int y);
int tx_mdays(int y, int m);                       /* days in month m (1..12) of year y */
bool tx_valid(int y, int m, int d);               /* a real calendar date */
long tx_days(int y, int m, int d);                /* day number of a date */
void tx_civil(long days, int *y, int *m, int *d); /* and back */
int tx_wday(long days);                           /* 1 = Monday .. 7 = Sunday */
/* ISO 8601 week of a day: week-numbering year and week 1..53. */
void tx_isoweek(long days, int *wy, int *w);
/* Day number of the Monday of ISO week w of week-year wy. */
long tx_isoweek_monday(int wy, int w);
/* Move (y, m) by n months. */
void tx_add_months(int *y, int *m, int n);

/* Granularity of a TIMEX3 point, coarse to fine. */
enum tx_gran {
	TXG_CENTURY, TXG_DECADE, TXG_YEAR, TXG_HALF, TXG_SEASON, TXG_QUARTER, TXG_MONTH,
	TXG_WEEK, TXG_DAY, TXG_PART, TXG_MINUTE,
};

/* The start of the interval a TIMEX3 date or time value names: "2025",
 * "2025-10", "2025-12-03", "2025-12-03T17:00", "2025-12-03TEV", "2025-W49",
 * "2025-W49-WE", "2025-SP", "2025-Q1", "2025-H2", "199" (decade), "20"
 * (century).  False for durations, sets, null and values with X digits. */
struct tx_point {
	int y, m, d, h, mi;        /* m, d from 1; h, mi from 0 */
	enum tx_gran gran;
};
bool tx_value_point(const char *v, struct tx_point *p);
/* Is v a date at day granularity or finer ("2025-12-03", "2025-12-03T17:00")?
 * Fills the day. */
bool tx_value_day(const char *v, int *y, int *m, int *d);

#endif
