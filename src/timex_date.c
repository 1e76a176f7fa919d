/* timex_date.c — calendar arithmetic and TIMEX3 value parsing. */
#include "timex_date.h"

#include <string.h>

bool tx_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int tx_mdays(int y, int m)
{
	static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && tx_leap(y) ? 29 : md[m - 1];
}

bool tx_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= tx_mdays(y, m);
}

/* H. Hinnant's days_from_civil / civil_from_days. */
long tx_days(int y, int m, int d)
{
	long yy = (long)y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void tx_civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long dd = doy - (153 * mp + 2) / 5 + 1;
	long mm = mp < 10 ? mp + 3 : mp - 9;
	*y = (int)(yy + (mm <= 2));
	*m = (int)mm;
	*d = (int)dd;
}

int tx_wday(long days)
{
	/* 1970-01-01 was a Thursday (4). */
	long r = (days + 3) % 7;
	if (r < 0)
		r += 7;
	return (int)r + 1;
}

long tx_isoweek_monday(int wy, int w)
{
	long jan4 = tx_days(wy, 1, 4);
	long week1 = jan4 - (tx_wday(jan4) - 1);
	return week1 + 7L * (w - 1);
}

void tx_isoweek(long days, int *wy, int *w)
{
	int y, m, d;
	/* The Thursday of the same week decides the week-numbering year. */
	long thu = days - (tx_wday(days) - 1) + 3;
	tx_civil(thu, &y, &m, &d);
	*wy = y;
	*w = (int)((thu - tx_days(y, 1, 1)) / 7) + 1;
}

void tx_add_months(int *y, int *m, int n)
{
	long t = (long)*y * 12 + (*m - 1) + n;
	long yy = t >= 0 ? t / 12 : (t - 11) / 12;
	*y = (int)yy;
	*m = (int)(t - yy * 12) + 1;
}

/* ---- value parsing ---------------------------------------------------- */

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static bool parse_time(const char *s, struct tx_point *p)
{
	/* s points after 'T' */
	static const struct { const char *code; int h; } parts[] = {
		{"MO", 6}, {"MI", 12}, {"AF", 12}, {"EV", 18}, {"NI", 21}, {"DT", 9},
	};
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (strcmp(s, parts[i].code) == 0) {
			p->h = parts[i].h;
			p->gran = TXG_PART;
			return true;
		}
	int h = digits(s, 2);
	if (h < 0 || h > 24)
		return false;
	p->h = h;
	p->gran = TXG_MINUTE;
	if (s[2] == 0)
		return true;
	if (s[2] != ':')
		return false;
	int mi = digits(s + 3, 2);
	if (mi < 0 || mi > 59)
		return false;
	p->mi = mi;
	return true;
}

bool tx_value_point(const char *v, struct tx_point *p)
{
	if (!v || !*v)
		return false;
	memset(p, 0, sizeof *p);
	p->m = p->d = 1;
	size_t n = strlen(v);
	if (n == 2 && digits(v, 2) >= 0) {          /* century "20" = 2000-2099 */
		p->y = digits(v, 2) * 100;
		p->gran = TXG_CENTURY;
		return true;
	}
	if (n == 3 && digits(v, 3) >= 0) {          /* decade "199" */
		p->y = digits(v, 3) * 10;
		p->gran = TXG_DECADE;
		return true;
	}
	if (n < 4 || digits(v, 4) < 0)
		return false;
	p->y = digits(v, 4);
	p->gran = TXG_YEAR;
	if (n == 4)
		return true;
	if (v[4] != '-' || n < 7)
		return false;
	const char *r = v + 5;
	if (r[0] == 'W' && digits(r + 1, 2) > 0) {
		int w = digits(r + 1, 2);
		long mon = tx_isoweek_monday(p->y, w);
		if (r[3] == '-' && strcmp(r + 4, "WE") == 0)
			mon += 5;
		else if (r[3] != 0)
			return false;
		tx_civil(mon, &p->y, &p->m, &p->d);
		p->gran = TXG_WEEK;
		return true;
	}
	static const struct { const char *code; int m; enum tx_gran g; } seasons[] = {
		{"SP", 3, TXG_SEASON}, {"SU", 6, TXG_SEASON}, {"FA", 9, TXG_SEASON}, {"WI", 12, TXG_SEASON},
		{"Q1", 1, TXG_QUARTER}, {"Q2", 4, TXG_QUARTER}, {"Q3", 7, TXG_QUARTER}, {"Q4", 10, TXG_QUARTER},
		{"H1", 1, TXG_HALF}, {"H2", 7, TXG_HALF},
	};
	for (size_t i = 0; i < sizeof seasons / sizeof seasons[0]; i++)
		if (strcmp(r, seasons[i].code) == 0) {
			p->m = seasons[i].m;
			p->gran = seasons[i].g;
			/* Winter is named by the year it starts in: 2025-WI
			 * starts in December 2025. */
			return true;
		}
	int m = digits(r, 2);
	if (m < 1 || m > 12)
		return false;
	p->m = m;
	p->gran = TXG_MONTH;
	if (r[2] == 0)
		return true;
	if (r[2] != '-')
		return false;
	int d = digits(r + 3, 2);
	if (d < 1 || d > tx_mdays(p->y, m))
		return false;
	p->d = d;
	p->gran = TXG_DAY;
	if (r[5] == 0)
		return true;
	if (r[5] != 'T')
		return false;
	return parse_time(r + 6, p);
}

bool tx_value_day(const char *v, int *y, int *m, int *d)
{
	struct tx_point p;
	if (!tx_value_point(v, &p) || p.gran < TXG_DAY || strlen(v) < 10 || v[5] == 'W')
		return false;
	*y = p.y;
	*m = p.m;
	*d = p.d;
	return true;
}
