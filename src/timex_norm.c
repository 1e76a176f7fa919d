/* timex_norm.c — TIMEX3 values from the meaning of a time expression. */
#include "timex_norm.h"

#include <stdio.h>
#include <string.h>

#include "timex_date.h"
#include "timex_lex.h"
#include "util.h"

#define AHEAD_MONTHS 2 /* a month (or its day) this many months ahead is the coming one */
#define SOON_DAYS 31   /* a day with no tense cue this near ahead is the coming one */

void tx_sem_init(struct tx_sem *s)
{
	memset(s, 0, sizeof *s);
	s->type = TIME_DATE;
	s->hour = s->minute = -1;
	s->dur_n = 1;
}

bool tx_needs_anchor(const struct tx_sem *s)
{
	if (s->type == TIME_DURATION || s->type == TIME_SET)
		return false;
	return s->anchor == TXA_ANAPHOR ||
	       (s->anchor == TXA_NONE && (s->hour >= 0 || s->part != TXP_NONE));
}

bool tx_is_deictic(const struct tx_sem *s)
{
	if (s->type == TIME_DURATION || s->type == TIME_SET)
		return false;
	switch (s->anchor) {
	case TXA_WEEKDAY: case TXA_RELDAY: case TXA_UNITREF: case TXA_AGO: case TXA_WEEKEND:
		return true;
	case TXA_ABS: case TXA_SEASON:
		return s->y == 0;
	default:
		return false;
	}
}

/* ---- durations and sets ------------------------------------------------ */

static void duration(const struct tx_sem *s, char *out, size_t cap)
{
	int unit = s->unit & ~TXU_PLURAL;
	if (unit == TXU_QUARTER && !s->unit2 && !s->dur_half) {
		/* ISO 8601 has no quarters in durations: three months each */
		if (s->dur_n < 0)
			snprintf(out, cap, "PXM");
		else
			snprintf(out, cap, "P%dM", s->dur_n * 3);
		return;
	}
	const char *code = txlex_unit_code(unit);
	const char *t = txlex_unit_is_time(unit) ? "T" : "";
	if (s->unit2 && s->dur_n >= 0 && s->dur_n2 >= 0 && !s->dur_half) {
		/* « 2 heures 51 minutes »: PT2H51M; "3 days 4 hours": P3DT4H */
		int u2 = s->unit2 & ~TXU_PLURAL;
		bool t1 = txlex_unit_is_time(unit), t2 = txlex_unit_is_time(u2);
		snprintf(out, cap, "P%s%d%s%s%d%s", t1 ? "T" : "", s->dur_n, code, t2 && !t1 ? "T" : "",
		         s->dur_n2, txlex_unit_code(u2));
		return;
	}
	if (s->dur_n < 0) {
		snprintf(out, cap, "P%sX%s", t, code);
	} else if (s->dur_half && unit == TXU_HOUR) {
		if (s->dur_n)
			snprintf(out, cap, "PT%dH30M", s->dur_n);
		else
			snprintf(out, cap, "PT30M");
	} else if (s->dur_half && unit == TXU_MIN) {
		snprintf(out, cap, "PT%dM30S", s->dur_n);
	} else if (s->dur_half) {
		snprintf(out, cap, "P%s%d.5%s", t, s->dur_n, code);
	} else {
		snprintf(out, cap, "P%s%d%s", t, s->dur_n, code);
	}
}

static void set_value(const struct tx_sem *s, char *out, size_t cap)
{
	static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
	if (s->wday && s->part && txlex_part_code(s->part))
		snprintf(out, cap, "XXXX-WXX-%dT%s", s->wday, txlex_part_code(s->part));
	else if (s->wday)
		snprintf(out, cap, "XXXX-WXX-%d", s->wday);
	else if (s->season >= 1 && s->season <= 4)
		snprintf(out, cap, "XXXX-%s", seasons[s->season - 1]);
	else if (s->part && txlex_part_code(s->part))
		snprintf(out, cap, "XXXX-XX-XXT%s", txlex_part_code(s->part));
	else if (s->hour >= 0)
		snprintf(out, cap, "XXXX-XX-XXT%02d:%02d", s->hour, s->minute < 0 ? 0 : s->minute);
	else if (s->m && !s->d)
		snprintf(out, cap, "XXXX-%02d", s->m);
	else if (s->m)
		snprintf(out, cap, "XXXX-%02d-%02d", s->m, s->d);
	else {
		struct tx_sem d = *s;
		if (d.dur_n < 1)
			d.dur_n = 1;
		duration(&d, out, cap);
	}
}

/* ---- calendar ------------------------------------------------------------ */

/* The result of resolving the calendar part. */
struct cal {
	bool ok;
	bool day;               /* y, m, d hold a day */
	int y, m, d;
	char text[32];          /* the value when coarser than a day */
};

/* out = s, cut to cap - 1 bytes (as snprintf(out, cap, "%s", s)). */
static void put_str(char *out, size_t cap, const char *s)
{
	if (!cap)
		return;
	size_t n = strlen(s);
	if (n >= cap)
		n = cap - 1;
	memmove(out, s, n);
	out[n] = 0;
}

/* v in width digits with leading zeros (as "%0<width>d"), for 0 <= v <
 * 10^width; false (nothing written) otherwise. */
static bool put_num(char *p, int v, int width)
{
	static const int lim[] = {1, 10, 100, 1000, 10000};
	if (v < 0 || width < 1 || width > 4 || v >= lim[width])
		return false;
	for (int i = width - 1; i >= 0; i--, v /= 10)
		p[i] = (char)('0' + v % 10);
	return true;
}

static void cal_day(struct cal *c, long days)
{
	c->ok = c->day = true;
	tx_civil(days, &c->y, &c->m, &c->d);
	char *p = c->text;
	if (put_num(p, c->y, 4) && put_num(p + 5, c->m, 2) && put_num(p + 8, c->d, 2)) {
		p[4] = p[7] = '-';
		p[10] = 0;
	} else {
		snprintf(c->text, sizeof c->text, "%04d-%02d-%02d", c->y, c->m, c->d);
	}
}

static void cal_text(struct cal *c, const char *fmt, int a, int b)
{
	c->ok = true;
	c->day = false;
	snprintf(c->text, sizeof c->text, fmt, a, b);
}

/* Year of a month/day without a year, relative to the reference. */
static int year_for(const struct tx_sem *s, const struct tx_ref *r)
{
	int m = s->m, d = s->d;
	int before = m < r->m || (m == r->m && d && d < r->d);     /* strictly before */
	int same = m == r->m && (!d || d == r->d);
	int after = !before && !same;
	switch (s->dir) {
	case TXM_LAST:
		return before ? r->y : r->y - 1;
	case TXM_NEXT:
		return after ? r->y : r->y + 1;
	case TXM_THIS:
		return r->y;
	default:
		if (r->tense > 0)
			return before ? r->y + 1 : r->y;
		if (!r->tense && d) {
			/* no tense cue at all (the present, « le festival ouvre le 3
			 * octobre »): the coming day unless the last one is less than
			 * half as far */
			long ref = tx_days(r->y, r->m, r->d), back = -1, fwd = -1;
			int yb = 0, yf = 0;
			for (int y = r->y - 1; y <= r->y + 1; y++) {
				if (!tx_valid(y, m, d))
					continue;
				long x = tx_days(y, m, d);
				if (x <= ref && (back < 0 || ref - x < back))
					back = ref - x, yb = y;
				if (x > ref && (fwd < 0 || x - ref < fwd))
					fwd = x - ref, yf = y;
			}
			if (fwd >= 0 && (back < 0 || fwd <= SOON_DAYS || fwd < 2 * back))
				return yf;
			if (back >= 0)
				return yb;
		}
		if (after && !r->tense && !d && m - r->m < 2 * (r->m + 12 - m))
			return r->y;   /* no tense: the coming month unless the last one is much nearer */
		return after ? r->y - 1 : r->y;
	}
}

/* Does month m, one or two months ahead of the reference in a clause not
 * in the future, stand for the coming one?  Yes unless its own verb is in
 * the past or it follows « depuis »: news reports what was said or
 * decided about what comes ("said it could cut rates in June" in April),
 * not what happened ten months ago without saying "last". */
static bool soon_ahead(const struct tx_sem *s, int m, const struct tx_ref *r)
{
	int ahead = (m - r->m + 12) % 12;
	return !s->dir && r->tense <= 0 && !s->past_bound && ahead >= 1 && ahead <= AHEAD_MONTHS;
}

static void resolve_quarter(const struct tx_sem *s, const struct tx_ref *r, struct cal *c)
{
	int y = s->y;
	if (!y) {
		if (!r->has_ref)
			return;
		struct tx_sem q = *s;
		q.m = (s->quarter - 1) * 3 + 1;
		q.d = 0;
		y = year_for(&q, r);
		if (soon_ahead(s, q.m, r))
			y = q.m < r->m ? r->y + 1 : r->y;
		/* the quarter under way is this year's, whatever the tense
		 * ("will report fourth-quarter results" in November) */
		if (!s->dir && (r->m - 1) / 3 + 1 == s->quarter)
			y = r->y;
	}
	cal_text(c, "%04d-Q%d", y, s->quarter);
}

/* Easter Sunday of year y (Gregorian computus). */
static long easter_day(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451, x = h + l - 7 * m + 114;
	return tx_days(y, x / 31, x % 31 + 1);
}

static void resolve_abs(const struct tx_sem *s, const struct tx_ref *r, struct cal *c)
{
	int y = s->y;
	if (s->easter) {
		if (!y) {
			if (!r->has_ref)
				return;
			/* the year as for this year's date of the holiday */
			struct tx_sem h = *s;
			int hy;
			tx_civil(easter_day(r->y) + s->n, &hy, &h.m, &h.d);
			h.wday = 0;
			y = year_for(&h, r);
		}
		if (y >= 1583 && y <= 9999)
			cal_day(c, easter_day(y) + s->n);
		return;
	}
	if (s->quarter >= 1 && s->quarter <= 4) {
		resolve_quarter(s, r, c);
		return;
	}
	if (s->half == 1 || s->half == 2) {
		if (!y) {
			if (!r->has_ref)
				return;
			struct tx_sem h = *s;
			h.m = s->half == 1 ? 1 : 7;
			h.d = 0;
			y = year_for(&h, r);
			/* the current half counts as this year's */
			if (!r->tense && !s->dir && (r->m <= 6 ? 1 : 2) == s->half)
				y = r->y;
		}
		cal_text(c, "%04d-H%d", y, s->half);
		return;
	}
	if (!y) {
		if (!s->m)
			return;
		if (!r->has_ref) {
			if (s->d)
				cal_text(c, "XXXX-%02d-%02d", s->m, s->d);
			else
				cal_text(c, "XXXX-%02d", s->m, 0);
			return;
		}
		y = s->yrel ? r->y + s->yrel : year_for(s, r);
		if (!s->yrel && soon_ahead(s, s->m, r))
			y = s->m < r->m ? r->y + 1 : r->y;
		if (s->d && s->wday && !s->yrel) {
			/* « mardi 3 mars »: prefer the nearest year where the weekday agrees. */
			static const int tries[] = {0, -1, 1, -2, 2};
			for (size_t i = 0; i < ARRAY_LEN(tries); i++) {
				int yy = y + tries[i];
				if (tx_valid(yy, s->m, s->d) && tx_wday(tx_days(yy, s->m, s->d)) == s->wday) {
					y = yy;
					break;
				}
			}
		}
		/* 29 February: the nearest leap year in the chosen direction. */
		for (int k = 0; k < 8 && s->d && !tx_valid(y, s->m, s->d); k++)
			y += r->tense > 0 || s->dir == TXM_NEXT ? 1 : -1;
	}
	if (!s->m) {
		cal_text(c, "%04d", y, 0);
	} else if (!s->d) {
		cal_text(c, "%04d-%02d", y, s->m);
	} else if (tx_valid(y, s->m, s->d)) {
		cal_day(c, tx_days(y, s->m, s->d));
	}
}

static void resolve_weekday(const struct tx_sem *s, const struct tx_ref *r, struct cal *c)
{
	if (!r->has_ref || s->wday < 1 || s->wday > 7)
		return;
	long rd = tx_days(r->y, r->m, r->d);
	int rw = tx_wday(rd), w = s->wday;
	long back = (rw - w + 7) % 7, fwd = (w - rw + 7) % 7;
	switch (s->dir) {
	case TXM_THIS:
		cal_day(c, rd - (rw - 1) + (w - 1));
		break;
	case TXM_LAST:
		cal_day(c, rd - (back ? back : 7));
		break;
	case TXM_NEXT:
		cal_day(c, rd + (fwd ? fwd : 7));
		break;
	default:
		if (r->tense > 0)
			cal_day(c, rd + fwd);
		else if (r->tense < 0 || !back)
			cal_day(c, rd - back);
		else {
			/* no tense cue in its clause ("the vote is on Tuesday", a
			 * caption): the coming one unless the last one is less than
			 * half as far; in an article narrated in the past so far,
			 * the last one unless the coming one is less than half as far */
			bool ahead = s->lean < 0 ? 2 * fwd < back : fwd < 2 * back;
			cal_day(c, ahead ? rd + fwd : rd - back);
		}
		break;
	}
}

static void unit_point(int unit, int n, const struct tx_ref *r, struct cal *c)
{
	long rd = tx_days(r->y, r->m, r->d);
	int y = r->y, m = r->m, wy, w;
	switch (unit & ~TXU_PLURAL) {
	case TXU_SEC: case TXU_MIN: case TXU_HOUR:
		cal_day(c, rd);
		break;
	case TXU_DAY:
		cal_day(c, rd + n);
		break;
	case TXU_WEEK:
		tx_isoweek(rd + 7L * n, &wy, &w);
		cal_text(c, "%04d-W%02d", wy, w);
		break;
	case TXU_WEEKEND:
		tx_isoweek(rd + 7L * n, &wy, &w);
		cal_text(c, "%04d-W%02d-WE", wy, w);
		break;
	case TXU_MONTH:
		tx_add_months(&y, &m, n);
		cal_text(c, "%04d-%02d", y, m);
		break;
	case TXU_QUARTER: {
		int q = (r->m - 1) / 3 + n;
		int qy = r->y + (q >= 0 ? q / 4 : (q - 3) / 4);
		q = ((q % 4) + 4) % 4;
		cal_text(c, "%04d-Q%d", qy, q + 1);
		break;
	}
	case TXU_YEAR:
		cal_text(c, "%04d", y + n, 0);
		break;
	case TXU_DECADE:
		cal_text(c, "%03d", y / 10 + n, 0);
		break;
	case TXU_CENTURY:
		cal_text(c, "%02d", y / 100 + n, 0);
		break;
	default:
		break;
	}
}

/* Seasons as a count: year * 4 + index, SP, SU, FA, WI = 0..3, each named
 * by the year it starts in (2025-WI runs from December 2025 into 2026).
 * For « dernier », "next", "this", the current season runs from equinox to
 * solstice (spring from 20 March, summer from 21 June, autumn from 22
 * September, winter from 21 December): on 10 September "last summer" is the
 * summer of the year before.  A bare season name counts one as begun with
 * its first month (« au printemps » in mid-March is this spring).
 * s->season is 1..4 for SP, SU, FA, WI. */
static int season_now(int y, int m, int d, bool astro)
{
	static const int start_m[] = {3, 6, 9, 12}, start_d[] = {20, 21, 22, 21};
	int idx = -1;
	for (int i = 0; i < 4; i++)
		if (m > start_m[i] || (m == start_m[i] && (!astro || d >= start_d[i])))
			idx = i;
	return idx < 0 ? (y - 1) * 4 + 3 : y * 4 + idx;
}

static void resolve_season(const struct tx_sem *s, const struct tx_ref *r, struct cal *c)
{
	static const char *const code[] = {"SP", "SU", "FA", "WI"};
	int target = (s->season + 3) % 4;        /* SP 0, SU 1, FA 2, WI 3 */
	int y = s->y;
	if (!y) {
		if (!r->has_ref)
			return;
		int cur = season_now(r->y, r->m, r->d, s->dir != TXM_NONE);
		int base = cur / 4 * 4 + target;     /* the target season of the current season's year */
		int before = base <= cur ? base : base - 4, after = base >= cur ? base : base + 4;
		switch (s->yrel ? -1 : s->dir) {
		case -1:
			y = r->y + s->yrel;             /* "the summer before last year"... as written */
			break;
		case TXM_THIS:
			y = after / 4;                  /* the current one, else the coming one */
			break;
		case TXM_LAST:
			y = (base < cur ? base : base - 4) / 4;
			break;
		case TXM_NEXT:
			y = (base > cur ? base : base + 4) / 4;
			break;
		default:
			y = (r->tense > 0 ? after : before) / 4;
			break;
		}
	}
	c->ok = true;
	snprintf(c->text, sizeof c->text, "%04d-%s", y, code[target]);
}

static void resolve(const struct tx_sem *s, const struct tx_ref *r, struct cal *c)
{
	memset(c, 0, sizeof *c);
	switch (s->anchor) {
	case TXA_NONE:
		if (r->has_anchor)
			cal_day(c, tx_days(r->ay, r->am, r->ad));
		break;
	case TXA_ABS:
		resolve_abs(s, r, c);
		break;
	case TXA_WEEKDAY:
		resolve_weekday(s, r, c);
		break;
	case TXA_RELDAY:
		if (r->has_ref)
			cal_day(c, tx_days(r->y, r->m, r->d) + s->n);
		break;
	case TXA_ANAPHOR:
		if (r->has_anchor)
			cal_day(c, tx_days(r->ay, r->am, r->ad) + s->n);
		else if (r->has_ref)
			cal_day(c, tx_days(r->y, r->m, r->d) + s->n);
		break;
	case TXA_UNITREF:
		if (r->has_ref)
			unit_point(s->unit, s->n, r, c);
		break;
	case TXA_AGO:
		if (!r->has_ref)
			break;
		if (s->n < 0)
			cal_text(c, "PAST_REF", 0, 0);
		else
			unit_point(s->unit, -s->n, r, c);
		break;
	case TXA_SEASON:
		resolve_season(s, r, c);
		break;
	case TXA_DECADE:
		cal_text(c, "%03d", s->y / 10, 0);
		break;
	case TXA_CENTURY:
		if (s->n >= 1 && s->n <= 100)
			cal_text(c, "%02d", s->n - 1, 0);
		break;
	case TXA_WEEKEND:
		if (r->has_ref) {
			long rd = tx_days(r->y, r->m, r->d);
			int wy, w;
			bool past = tx_wday(rd) < 6 && r->tense < 0;
			tx_isoweek(rd - (past ? 7 : 0), &wy, &w);
			cal_text(c, "%04d-W%02d-WE", wy, w);
		}
		break;
	}
}

bool tx_normalise(const struct tx_sem *s, const struct tx_ref *r, char *out, size_t cap)
{
	out[0] = 0;
	if (s->fixed) {
		put_str(out, cap, s->fixed);
		return out[0] != 0;
	}
	if (s->type == TIME_DURATION) {
		duration(s, out, cap);
		return true;
	}
	if (s->type == TIME_SET) {
		set_value(s, out, cap);
		return true;
	}
	struct cal c;
	resolve(s, r, &c);
	bool clock = s->hour >= 0, part = txlex_part_code(s->part) != NULL;
	if (!clock && !part) {
		if (!c.ok)
			return false;
		put_str(out, cap, c.text);
		return true;
	}
	/* A time of day: on the resolved day, or on an unknown one. */
	const char *day = "XXXX-XX-XX";
	if (c.ok && !c.day) {
		put_str(out, cap, c.text);   /* coarser than a day: no time */
		return true;
	}
	if (c.ok)
		day = c.text;
	else if (s->anchor != TXA_NONE && s->anchor != TXA_ABS && !r->has_ref && !part && !clock)
		return false;
	size_t dl = strlen(day);
	int mi = s->minute < 0 ? 0 : s->minute;
	if (clock && dl + 7 <= cap && put_num(out + dl + 1, s->hour, 2) && put_num(out + dl + 4, mi, 2)) {
		memcpy(out, day, dl);
		out[dl] = 'T';
		out[dl + 3] = ':';
		out[dl + 6] = 0;
	} else if (clock)
		snprintf(out, cap, "%sT%02d:%02d", day, s->hour, mi);
	else
		snprintf(out, cap, "%sT%s", day, txlex_part_code(s->part));
	return true;
}
