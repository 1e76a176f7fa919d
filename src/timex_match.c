/* timex_match.c — recognising time expressions in a sentence (see timex_match.h). */
#include "timex_match.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>

#include "hindex.h"
#include "timex_date.h"
#include "timex_lex.h"
#include "util.h"

#define KEY_MAX 48          /* longer words are in no lexicon */
#define BIT(c) (UINT64_C(1) << (c))
#define MAX_M 4             /* phrase matches kept per word */
#define TENSE_WINDOW 12     /* words looked at on each side for tense cues */
#define SENTENCE_WINDOW 60  /* and in the rest of the sentence */
#define COMMA_COST 4        /* a comma between a cue and the expression weighs as many words */
#define HABIT_WORDS 3       /* words between "mornings" and "at 6 a.m." */
#define LEAD_WORDS 2        /* words before an expression that opens its clause */
#define LIST_GAP 3          /* words between two dates of a list (« , puis le ») */
#define WEAK_COST 3         /* and a participle cue (« entamée », "announced") as far */
#define MEMO_RAW 64         /* longer words are not remembered */
#define MEMO_MAX 8192       /* words remembered at once (then forgotten all together) */

struct tk {
	size_t s, e;            /* bytes; e excludes a possessive "'s" */
	unsigned char kind;     /* enum word_kind */
	bool cap;               /* starts with an upper-case letter */
	bool gap;               /* white space before it */
	bool digits;            /* ASCII digits only */
	bool digit0;            /* starts with a digit */
	unsigned char ndig;
	signed char cue;        /* +1 future cue, -1 past cue; ±2 weak (a participle) */
	bool stop;              /* a clause break (clause_stop), set in build() */
	bool futsuf;            /* a letter word of 5 bytes or more with a future ending */
	bool pastsuf;           /* a letter word of 4 bytes or more with a participle ending */
	bool ptsuf;             /* a letter word of 5 bytes or more with a past tense ending */
	bool quote;             /* a quotation mark */
	bool complete1;         /* key1 is a whole entry, not only a phrase's start */
	const struct tx_ent *key1;  /* the key's own entry in the lexicon, or NULL */
	int num;                /* value of a digits-only word (up to 9 digits) */
	int klen;               /* folded key length, -1 if too long */
	char key[KEY_MAX];
	unsigned char nm;
	struct {
		unsigned char len;
		const struct tx_ent *e;
	} m[MAX_M];             /* phrases starting here, shortest first */
	uint64_t mask;          /* classes of those phrases: 1 << enum txc */
};

/* What build() learns of a word from its bytes alone, remembered: most
 * words of a text come back often. */
struct wmemo {
	uint32_t h;             /* hash_fnv of the raw bytes */
	uint32_t off;           /* in the pool: the raw bytes, then the key */
	unsigned char rawlen, kind, trim;   /* trim: bytes of a possessive "'s" */
	signed char klen;
	bool cap, complete, futsuf, pastsuf, ptsuf;
	const struct tx_ent *e; /* the key's own entry, or NULL */
};

struct anchor {
	uint32_t h;
	uint32_t off;           /* in the anchor pool */
	unsigned char len;
	bool plural;            /* the run with an s stands for it too */
};

struct txmatch {
	txlex *lx;
	bool mdy;               /* numeric dates are month/day/year */
	bool month_cap;         /* month names are capitalised in this language */
	bool wday_cap;
	int maxw;
	struct tk *tk;
	size_t n, cap;
	size_t first_word;      /* the first word that is not punctuation */
	const char *t;
	/* state of one attempt */
	bool theable;           /* an English "the" may open the expression */
	bool countlike;         /* it starts with a count or a clock time */
	bool period;            /* after « début de », "late": a bare unit is the current one */
	bool durctx;            /* after « il y a »: « un jour » is a count */
	bool skip;              /* consumed words that are no expression (13 000) */
	int narr;               /* tenses of the expressions so far, recent ones most: < 0 past narration */
	/* remembered words */
	struct {
		struct wmemo *v;
		size_t n, cap;
		char *pool;
		size_t npool, cappool;
		struct hindex ix;
	} wm;
	/* the sentence filter (txmatch_may_hold): one letter run of each
	 * entry an expression cannot do without, folded */
	struct {
		char *pool;
		size_t npool, cappool;
		struct anchor *v;
		size_t n, cap;
		struct hindex ix;
		bool first[256];    /* their first bytes */
		uint64_t lens[256]; /* by first byte: bit n-1 for a run of n bytes */
		size_t minlen, maxlen;
		bool off;           /* no filter: an entry without letters */
	} an;
};

/* ---- numbers scanned from the raw text --------------------------------- */

enum nkind { NC_NONE, NC_INT, NC_BIG, NC_ORD, NC_DECADE, NC_CLOCK, NC_DATE };

struct numc {
	enum nkind kind;
	int v, ndig;
	int h, mi, ampm;
	bool dot;               /* "7.30": a clock time only with a.m./p.m. after it */
	int y, mo, d;
	size_t end;             /* bytes */
};

/* ---- small helpers -------------------------------------------------------- */

static const struct tx_sense *S(const txmatch *m, size_t i, enum txc c, size_t *len)
{
	if (i >= m->n)
		return NULL;
	const struct tk *t = &m->tk[i];
	if (!(t->mask & (UINT64_C(1) << c)))
		return NULL;
	for (int k = t->nm - 1; k >= 0; k--) {
		const struct tx_sense *s = txlex_sense(t->m[k].e, c);
		if (s) {
			if (len)
				*len = t->m[k].len;
			return s;
		}
	}
	return NULL;
}

/* A phrase of class c ending just before word i: its first word, or -1. */
static long ends_at(const txmatch *m, size_t i, enum txc c, const struct tx_sense **sn)
{
	for (size_t k = i; k-- > 0 && i - k <= (size_t)m->maxw;) {
		const struct tk *t = &m->tk[k];
		if (!(t->mask & (UINT64_C(1) << c)))
			continue;
		for (int q = 0; q < t->nm; q++) {
			const struct tx_sense *s = txlex_sense(t->m[q].e, c);
			if (s && k + t->m[q].len == i) {
				if (sn)
					*sn = s;
				return (long)k;
			}
		}
	}
	return -1;
}

static bool K(const txmatch *m, size_t i, const char *key)
{
	return i < m->n && m->tk[i].klen == (int)strlen(key) && memcmp(m->tk[i].key, key, strlen(key)) == 0;
}

static bool is_punct(const txmatch *m, size_t i, const char *p)
{
	return i < m->n && m->tk[i].kind == WORD_PUNCT && K(m, i, p);
}

static bool is_letter(const txmatch *m, size_t i)
{
	return i < m->n && m->tk[i].kind == WORD_LETTER && !m->tk[i].digit0;
}

/* Is token i written in capitals only ("SEC")? */
static bool all_caps(const txmatch *m, size_t i)
{
	for (size_t b = m->tk[i].s; b < m->tk[i].e; b++) {
		unsigned char c = (unsigned char)m->t[b];
		if (c >= 'a' && c <= 'z')
			return false;
	}
	return true;
}

/* No word before i but punctuation: the start of the sentence or of a quotation. */
static bool sentence_start(const txmatch *m, size_t i)
{
	return i <= m->first_word;
}

static size_t fin(const txmatch *m, struct tx_found *f, size_t i, size_t j)
{
	f->start = m->tk[i].s;
	f->end = m->tk[j - 1].e;
	return j;
}

static size_t tok_after(const txmatch *m, size_t i, size_t byte)
{
	while (i < m->n && m->tk[i].s < byte)
		i++;
	return i;
}

/* A digits word followed by a group of three digits: « 13 000 ». */
static bool grouped(const txmatch *m, size_t i)
{
	return i + 1 < m->n && m->tk[i].digits && m->tk[i].ndig <= 3 && m->tk[i + 1].digits &&
	       m->tk[i + 1].ndig == 3 && m->tk[i + 1].gap && m->tk[i + 1].s - m->tk[i].e <= 3;
}

static bool is_alpha_at(const char *t, size_t lim, size_t p, size_t *next)
{
	if (p >= lim)
		return false;
	size_t q = p;
	int32_t c = utf8_next(t, lim, &q);
	if (next)
		*next = q;
	return u_isalpha(c) || c == 0x1D49 || c == 0x02B3;   /* ᵉ ʳ */
}

static int read_digits(const char *t, size_t lim, size_t *p, int *nd)
{
	long v = 0;
	*nd = 0;
	while (*p < lim && t[*p] >= '0' && t[*p] <= '9') {
		if (*nd < 9)
			v = v * 10 + (t[*p] - '0');
		(*nd)++;
		(*p)++;
	}
	return (int)v;
}

/* "4:30pm": letters right after the digits at q.  True when there are
 * none, or when they are a.m./p.m. (taken into r); false for other letters. */
static bool attached_ampm(const txmatch *m, size_t lim, size_t q, struct numc *r)
{
	const char *t = m->t;
	size_t b = q, nx;
	while (is_alpha_at(t, lim, b, &nx))
		b = nx;
	if (b == q)
		return true;
	char key[KEY_MAX];
	int kl = txlex_fold(t + q, b - q, key, sizeof key);
	bool comp;
	const struct tx_ent *e = kl > 0 ? txlex_get(m->lx, key, (size_t)kl, &comp) : NULL;
	const struct tx_sense *s = e && comp ? txlex_sense(e, TXC_AMPM) : NULL;
	if (!s)
		return false;
	r->ampm = s->v;
	r->end = b;
	return true;
}

static void scan_num(const txmatch *m, size_t i, size_t lim, struct numc *r)
{
	const char *t = m->t;
	size_t p = m->tk[i].s;
	memset(r, 0, sizeof *r);
	int nd;
	int v = read_digits(t, lim, &p, &nd);
	r->kind = NC_INT;
	r->v = v;
	r->ndig = nd;
	r->end = p;
	if (nd == 0 || nd > 9) {
		r->kind = nd ? NC_BIG : NC_NONE;
		return;
	}
	if (p >= lim)
		return;
	char c = t[p];
	size_t q = p + 1;
	int nd2, nd3;
	if (c == ':' && nd <= 2) {
		int mi = read_digits(t, lim, &q, &nd2);
		if (nd2 == 2 && v <= 24 && mi <= 59) {
			r->kind = NC_CLOCK;
			r->h = v;
			r->mi = mi;
			if (q + 2 < lim && t[q] == ':' && t[q + 1] >= '0' && t[q + 1] <= '9') {
				size_t s2 = q + 1;
				read_digits(t, lim, &s2, &nd3);
				if (nd3 == 2)
					q = s2;
			}
			r->end = q;
			if (!attached_ampm(m, lim, q, r))
				r->kind = NC_NONE;
		} else if (nd2 > 0) {
			r->kind = NC_NONE;   /* a score or a ratio */
		}
		return;
	}
	if ((c == 'h' || c == 'H') && nd <= 2 && v <= 24) {
		int mi = read_digits(t, lim, &q, &nd2);
		if ((nd2 == 0 || (nd2 == 2 && mi <= 59)) && !is_alpha_at(t, lim, q, NULL)) {
			r->kind = NC_CLOCK;
			r->h = v;
			r->mi = nd2 ? mi : 0;
			r->end = q;
		} else {
			r->kind = NC_NONE;
		}
		return;
	}
	if (c == '.' && nd <= 2 && v >= 1 && v <= 12) {
		/* "7.30pm", "9.30 a.m.": British clock times */
		size_t q2 = q;
		int mi = read_digits(t, lim, &q2, &nd2);
		if (nd2 == 2 && mi <= 59 && !(q2 < lim && t[q2] == '.' && q2 + 1 < lim && t[q2 + 1] >= '0' &&
		                              t[q2 + 1] <= '9')) {
			r->kind = NC_CLOCK;
			r->h = v;
			r->mi = mi;
			r->dot = true;
			r->end = q2;
			if (attached_ampm(m, lim, q2, r))
				return;
			r->kind = NC_BIG;
			r->end = q2;
			return;
		}
	}
	if ((c == '/' || c == '.' || c == '-') && q < lim && t[q] >= '0' && t[q] <= '9') {
		int b = read_digits(t, lim, &q, &nd2);
		if (q + 1 < lim && t[q] == c && t[q + 1] >= '0' && t[q + 1] <= '9') {
			q++;
			int cc = read_digits(t, lim, &q, &nd3);
			int y = 0, mo = 0, d = 0;
			if (c == '-' && nd == 4 && nd2 <= 2 && nd3 <= 2) {
				y = v, mo = b, d = cc;
			} else if (c != '-' && nd <= 2 && nd2 <= 2 && (nd3 == 4 || nd3 == 2)) {
				y = nd3 == 2 ? (cc < 50 ? 2000 + cc : 1900 + cc) : cc;
				if (c == '/' && m->mdy)
					mo = v, d = b;
				else
					d = v, mo = b;
			}
			if (y && tx_valid(y, mo, d) && !is_alpha_at(t, lim, q, NULL) &&
			    !(q < lim && t[q] >= '0' && t[q] <= '9')) {
				r->kind = NC_DATE;
				r->y = y, r->mo = mo, r->d = d;
				r->end = q;
				return;
			}
		}
		if (c != '-') {
			/* 3.5, 1,000, 3/4: a number that is no date */
			r->kind = NC_BIG;
			r->end = q;
		}
		return;
	}
	if (c == ',' && q < lim && t[q] >= '0' && t[q] <= '9') {
		read_digits(t, lim, &q, &nd2);
		r->kind = NC_BIG;
		r->end = q;
		return;
	}
	size_t a = p, b = p, nx;
	while (is_alpha_at(t, lim, b, &nx))
		b = nx;
	if (b == a)
		return;
	char key[KEY_MAX];
	int kl = txlex_fold(t + a, b - a, key, sizeof key);
	r->end = b;
	r->kind = NC_NONE;
	if (kl <= 0)
		return;
	if (txlex_ordinal_suffix(m->lx, key, (size_t)kl) == (size_t)kl) {
		r->kind = NC_ORD;
		return;
	}
	if (kl == 1 && key[0] == 's' && (nd == 4 || nd == 2) && v % 10 == 0) {
		r->kind = NC_DECADE;
		r->y = nd == 2 ? (v < 30 ? 2000 + v : 1900 + v) : v;
		return;
	}
	bool comp;
	const struct tx_ent *e = txlex_get(m->lx, key, (size_t)kl, &comp);
	const struct tx_sense *s = e && comp ? txlex_sense(e, TXC_AMPM) : NULL;
	if (s && nd <= 2 && v >= 1 && v <= 12) {
		r->kind = NC_CLOCK;
		r->h = v;
		r->ampm = s->v;
	}
}

static int ampm_hour(int h, int ampm)
{
	if (ampm == 1 && h == 12)
		return 0;
	if (ampm == 2 && h < 12)
		return h + 12;
	return h;
}

/* ---- counts ------------------------------------------------------------- */

/* A count at i: digits, number words (composed), or a vague quantity
 * (*val = -1).  Returns the words used, 0 if none.  *phrase: the count
 * was a phrase of several words (« une dizaine »). */
static size_t count_at(const txmatch *m, size_t i, int *val, bool *word, bool *phrase)
{
	size_t len;
	*word = true;
	*phrase = false;
	if (i >= m->n)
		return 0;
	const struct tx_sense *vs = S(m, i, TXC_VAGUE, &len);
	if (vs) {
		/* « des » counts only after « depuis », « pendant »... */
		if (S(m, i, TXC_DET, NULL) && len == 1 && ends_at(m, i, TXC_DURCUE, NULL) < 0)
			return 0;
		*val = -1;
		return len;
	}
	const struct tk *t = &m->tk[i];
	if (t->digits) {
		if (grouped(m, i) || t->ndig > 6)
			return 0;
		/* "3.5", "16:50" are no counts */
		if (i + 1 < m->n && !m->tk[i + 1].gap && m->tk[i + 1].kind == WORD_PUNCT &&
		    (K(m, i + 1, ":") || K(m, i + 1, ",") || K(m, i + 1, ".") || K(m, i + 1, "/")) &&
		    i + 2 < m->n && m->tk[i + 2].digit0 && !m->tk[i + 2].gap)
			return 0;
		*word = false;
		*val = t->num;
		return 1;
	}
	long total = 0, cur = 0;
	int last = -1;
	size_t j = i;
	bool any = false;
	for (;;) {
		const struct tx_sense *ns = S(m, j, TXC_NUM, &len);
		const struct tx_sense *sc = ns ? NULL : S(m, j, TXC_SCALE, &len);
		if (ns) {
			if (len > 1)
				*phrase = true;
			if (ns->v == 20 && last >= 2 && last <= 9)
				cur += (long)last * 19;      /* quatre-vingt */
			else
				cur += ns->v;
			last = ns->v;
		} else if (sc) {
			if (sc->v >= 1000) {
				total += (cur ? cur : 1) * (long)sc->v;
				cur = 0;
			} else {
				cur = (cur ? cur : 1) * (long)sc->v;
			}
			last = -1;
		} else {
			break;
		}
		any = true;
		j += len;
		if (total + cur > 100000000)
			break;
		/* Continue the number? */
		bool next_num = false;
		size_t k = j;
		if (is_punct(m, k, "-") && !m->tk[k].gap && k + 1 < m->n && !m->tk[k + 1].gap)
			k++;
		else if (S(m, k, TXC_JOIN, &len) && (last < 0 || last % 10 == 0))
			k += len;
		if (k != j || (last < 0 || (last >= 20 && last % 10 == 0)) || S(m, k, TXC_SCALE, NULL)) {
			size_t l2;
			const struct tx_sense *nn = S(m, k, TXC_NUM, &l2);
			if (nn && l2 == 1 && (k != j || nn->v < 10 || last < 0))
				next_num = true;
			if (S(m, k, TXC_SCALE, NULL))
				next_num = true;
		}
		if (!next_num)
			break;
		j = k;
	}
	if (!any)
		return 0;
	*val = (int)(total + cur);
	return j - i;
}

/* ---- pieces: days, months, years, parts of the day ------------------------ */

static bool year_value(const txmatch *m, size_t i, int *y)
{
	const struct tk *t = &m->tk[i];
	if (i >= m->n || !t->digits || t->ndig != 4 || t->num < 1000 || t->num > 2199 || grouped(m, i))
		return false;
	*y = t->num;
	return true;
}

/* A four-digit number of the last and next century with no cue around it:
 * « la récolte 2026 », « un décret de 2024 autorise », "beyond 2030",
 * "its 2045 target".  News writes counts of that size grouped (« 2 100 »,
 * "2,100"), so an ungrouped one is a year unless it counts what follows
 * it: a plural or abbreviated word ("1950 votes", « 2000 euros »,
 * "1900 km"), a digit or a sign, or it follows a currency or number sign
 * or a noun that a number labels (« numéro », "flight"). */
static bool bare_year(const txmatch *m, size_t i)
{
	if (i > 0 && m->tk[i - 1].kind == WORD_PUNCT && !m->tk[i - 1].quote && !is_punct(m, i - 1, ",") &&
	    !is_punct(m, i - 1, "(") && !is_punct(m, i - 1, ":") && !is_punct(m, i - 1, ";") &&
	    !is_punct(m, i - 1, "—") && !is_punct(m, i - 1, "–") && !is_punct(m, i - 1, "-"))
		return false;     /* "$2025", « n° 1984 », "#2024" */
	if (i > 0 && (m->tk[i - 1].digit0 || S(m, i - 1, TXC_NUMNOUN, NULL)))
		return false;   /* « numéro 1984 », "flight 2024" */
	size_t j = i + 1;
	if (j >= m->n)
		return true;
	const struct tk *t = &m->tk[j];
	if (t->digit0 || is_punct(m, j, "%") || is_punct(m, j, "€") || is_punct(m, j, "$"))
		return false;
	if (S(m, j, TXC_COUNTED, NULL) || S(m, j, TXC_SCALE, NULL))
		return false;
	if (!is_letter(m, j) || t->cap || S(m, j, TXC_STOP, NULL) || S(m, j, TXC_MOD, NULL))
		return true;
	char last = t->klen > 0 ? t->key[t->klen - 1] : 0;
	return t->klen > 3 && last != 's' && last != 'x';
}

/* A year after a date: "March 3, 2025", « 3 mars 2025 ».  Returns words used. */
static size_t year_at(const txmatch *m, size_t j, int *y)
{
	if (year_value(m, j, y))
		return 1;
	if (is_punct(m, j, ",") && year_value(m, j + 1, y))
		return 2;
	return 0;
}

/* A day of the month at i: « 3 », « 1er », "3rd", « premier », "first". */
static size_t day_at(const txmatch *m, size_t i, int *d)
{
	if (i >= m->n)
		return 0;
	const struct tk *t = &m->tk[i];
	if (t->digit0) {
		struct numc nc;
		scan_num(m, i, t->e, &nc);
		if ((nc.kind == NC_INT || nc.kind == NC_ORD) && nc.ndig <= 2 && nc.v >= 1 && nc.v <= 31 &&
		    nc.end == t->e && !grouped(m, i)) {
			*d = nc.v;
			return 1;
		}
		return 0;
	}
	size_t len;
	const struct tx_sense *o = S(m, i, TXC_ORD, &len);
	if (o && o->v >= 1 && o->v <= 31) {
		*d = o->v;
		return len;
	}
	return 0;
}

/* A month name at i; `anchored`: a day or a year is next to it.  Returns the
 * words used (with an abbreviation's dot), 0 if none or not acceptable. */
static size_t month_at(const txmatch *m, size_t i, bool anchored, int *mo)
{
	size_t len;
	const struct tx_sense *s = S(m, i, TXC_MONTH, &len);
	bool ab = false;
	if (!s) {
		s = S(m, i, TXC_MONTH_AB, &len);
		ab = true;
	}
	if (!s)
		return 0;
	size_t j = i + len;
	if (ab && is_punct(m, j, ".") && !m->tk[j].gap)
		j++;
	int y;
	int d;
	bool year_next = year_at(m, j, &y) > 0;
	bool day_next = m->month_cap && day_at(m, j, &d) > 0;
	bool anch = anchored || year_next || day_next;
	const struct tk *t = &m->tk[i];
	if (ab && !anch)
		return 0;
	if (m->month_cap) {
		if (!t->cap)
			return 0;
		if (!anch) {
			/* "May" is also a verb: only after "in", "early", "last"... */
			if (S(m, i, TXC_STOP, NULL) &&
			    ends_at(m, i, TXC_YEARCUE, NULL) < 0 && ends_at(m, i, TXC_PERIOD, NULL) < 0 &&
			    ends_at(m, i, TXC_MOD, NULL) < 0)
				return 0;
			/* "April Ryan" */
			if (j < m->n && is_letter(m, j) && m->tk[j].cap && !S(m, j, TXC_MONTH, NULL) &&
			    !S(m, j, TXC_WDAY, NULL))
				return 0;
		}
	} else if (t->cap && !anch && !sentence_start(m, i)) {
		return 0;   /* « Mars », the planet */
	}
	*mo = s->v;
	return j - i;
}

/* A part of the day at j, or « du matin » style a.m./p.m.: sets part or hour. */
static size_t part_at(const txmatch *m, size_t j, struct tx_sem *s)
{
	size_t len;
	const struct tx_sense *p = S(m, j, TXC_PART, &len);
	if (!p)
		return 0;
	if (p->v == TXP_NOON) {
		if (m->tk[j].cap && !sentence_start(m, j))
			return 0;
		s->hour = 12, s->minute = 0;
	} else if (p->v == TXP_MIDNIGHT) {
		s->hour = 24, s->minute = 0;   /* the end of its day */
	} else {
		s->part = p->v;
	}
	s->type = TIME_TIME;
	return len;
}

/* A part of the day after a day, introduced: « lundi en fin de matinée »,
 * « mercredi 3 juin au matin », "Tuesday in the evening".  Not noon or
 * midnight.  Returns the words used, 0 if none. */
static size_t part_phrase(const txmatch *m, size_t j, struct tx_sem *s)
{
	size_t k = j, len;
	if (K(m, k, "au") || K(m, k, "en"))
		k++;
	else if ((K(m, k, "dans") || K(m, k, "in")) && S(m, k + 1, TXC_DET, NULL))
		k += 2;
	else
		return 0;
	if (S(m, k, TXC_PERIOD, &len)) {
		k += len;
		while (k < m->n && S(m, k, TXC_DET, &len))
			k += len;
	}
	const struct tx_sense *p = S(m, k, TXC_PART, &len);
	if (!p || p->v == TXP_NOON || p->v == TXP_MIDNIGHT)
		return 0;
	s->part = p->v;
	s->type = TIME_TIME;
	return k + len - j;
}

/* « dernier », « prochain » after a date. */
static size_t mod_after(const txmatch *m, size_t j, struct tx_sem *s)
{
	size_t len;
	const struct tx_sense *md = S(m, j, TXC_MOD, &len);
	if (!md)
		md = S(m, j, TXC_MODPOST, &len);
	/* not "3 March next year": "next" goes with "year" */
	if (md && (md->v == TXM_LAST || md->v == TXM_NEXT) && !S(m, j + len, TXC_UNIT, NULL)) {
		s->dir = md->v;
		return len;
	}
	return 0;
}

/* "last year", "next year", « l'an dernier », « de l'année prochaine » at
 * j, after a month or a season: sets s->yrel, returns the words. */
static size_t year_shift(const txmatch *m, size_t j, struct tx_sem *s)
{
	size_t k = j, len;
	for (int g = 0; g < 2 && S(m, k, TXC_DET, &len); g++)
		k += len;
	const struct tx_sense *md = S(m, k, TXC_MOD, &len), *u;
	size_t ul;
	if (md && (md->v == TXM_LAST || md->v == TXM_NEXT) && (u = S(m, k + len, TXC_UNIT, &ul)) && u->v == TXU_YEAR) {
		s->yrel = md->v == TXM_LAST ? -1 : 1;
		return k + len + ul - j;
	}
	if ((u = S(m, k, TXC_UNIT, &ul)) && u->v == TXU_YEAR && k > j &&
	    ((md = S(m, k + ul, TXC_MOD, &len)) || (md = S(m, k + ul, TXC_MODPOST, &len))) &&
	    (md->v == TXM_LAST || md->v == TXM_NEXT)) {
		s->yrel = md->v == TXM_LAST ? -1 : 1;
		return k + ul + len - j;
	}
	return 0;
}

/* After a day number: month, optional year, optional modifier. */
static size_t month_tail(const txmatch *m, size_t j, int day, struct tx_sem *s)
{
	size_t k = j;
	if (m->month_cap && K(m, k, "of"))
		k++;
	int mo;
	size_t ml = month_at(m, k, true, &mo);
	if (!ml)
		return 0;
	if (day < 1 || day > 31)
		return 0;
	k += ml;
	int y = 0;
	k += year_at(m, k, &y);
	s->anchor = TXA_ABS;
	s->y = y, s->m = mo, s->d = day;
	if (!y)
		k += mod_after(m, k, s);
	if (y && !tx_valid(y, mo, day))
		return 0;
	return k - j;
}

/* ---- expression families ------------------------------------------------- */

static size_t c_count(txmatch *m, size_t i, struct tx_found *f);

/* A clock time's tail: a.m./p.m., « du soir », « pile », and a day phrase
 * merged into it (« 9 heures ce matin »).  j: the word after the time. */
static size_t day_phrase(txmatch *m, size_t j, struct tx_sem *s);
static size_t month_day_phrase(txmatch *m, size_t j, struct tx_sem *s);

static size_t clock_tail(txmatch *m, size_t j, struct tx_sem *s)
{
	size_t len;
	const struct tx_sense *ap = S(m, j, TXC_AMPM, &len);
	if (ap && s->hour <= 12) {
		s->hour = ampm_hour(s->hour, ap->v);
		j += len;
	}
	if (S(m, j, TXC_OCLOCK, &len))
		j += len;
	if (S(m, j, TXC_TZ, &len) && len == 1 && all_caps(m, j))
		j += len;       /* "0730 GMT", « 14 heures UTC »; not "local time" */
	struct tx_sem d = *s;
	size_t dl = day_phrase(m, j, &d);
	size_t jl;
	/* "3 p.m. on Friday", "00:01 on Thursday 2 April", "8pm on March 28";
	 * not "10 a.m. On Monday, ..." opening the next sentence */
	if (!dl && S(m, j, TXC_ONDATE, &jl) && !m->tk[j].cap &&
	    ((dl = day_phrase(m, j + jl, &d)) || (dl = month_day_phrase(m, j + jl, &d))))
		dl += jl;
	if (dl) {
		s->anchor = d.anchor, s->n = d.n, s->wday = d.wday, s->dir = d.dir;
		s->y = d.y, s->m = d.m, s->d = d.d;
		if (s->hour < 12 && ((d.part == TXP_AF || d.part == TXP_EV) || (d.part == TXP_NI && s->hour >= 6)))
			s->hour += 12;
		j += dl;
	}
	s->type = TIME_TIME;
	s->part = TXP_NONE;
	return j;
}

static size_t c_weekday(txmatch *m, size_t i, struct tx_found *f, bool inner);
static size_t c_relday(txmatch *m, size_t i, struct tx_found *f);
static size_t c_this(txmatch *m, size_t i, struct tx_found *f);
static size_t c_month(txmatch *m, size_t i, struct tx_found *f);

/* A relative day, « ce matin » or a weekday right after a clock time. */
static size_t day_phrase(txmatch *m, size_t j, struct tx_sem *s)
{
	struct tx_found g;
	size_t e;
	bool save_t = m->theable, save_c = m->countlike;
	memset(&g, 0, sizeof g);
	tx_sem_init(&g.sem);
	if ((e = c_relday(m, j, &g)) || (e = c_this(m, j, &g)) || (e = c_weekday(m, j, &g, true))) {
		m->theable = save_t, m->countlike = save_c;
		if (g.sem.type == TIME_DURATION || g.sem.type == TIME_SET || g.sem.anchor == TXA_UNITREF ||
		    g.sem.anchor == TXA_SEASON || g.sem.anchor == TXA_WEEKEND || g.sem.hour >= 0)
			return 0;
		*s = g.sem;
		return e - j;
	}
	m->theable = save_t, m->countlike = save_c;
	return 0;
}

/* A month and its day right after a clock time and a joiner: "March 28",
 * "Oct. 1" (a month alone is no day for a clock time). */
static size_t month_day_phrase(txmatch *m, size_t j, struct tx_sem *s)
{
	struct tx_found g;
	bool save_t = m->theable, save_c = m->countlike;
	memset(&g, 0, sizeof g);
	tx_sem_init(&g.sem);
	size_t e = c_month(m, j, &g);
	m->theable = save_t, m->countlike = save_c;
	if (!e || g.sem.d <= 0 || g.sem.hour >= 0)
		return 0;
	*s = g.sem;
	return e - j;
}

static bool clock_cue_before(const txmatch *m, size_t i)
{
	size_t k = i;
	long a = ends_at(m, k, TXC_APPROX, NULL);
	if (a >= 0) {
		/* "after more than nine hours", « après plus de trois heures »:
		 * a count, unless the approximator is a clock cue too ("around") */
		if (ends_at(m, k, TXC_CLOCKCUE, NULL) == a)
			return true;
		k = (size_t)a;
		return false;
	}
	return ends_at(m, k, TXC_CLOCKCUE, NULL) >= 0;
}

/* Numbers written with digits. */
static size_t c_numeric(txmatch *m, size_t i, struct tx_found *f)
{
	struct tk *t = &m->tk[i];
	struct numc nc;
	size_t lim = m->tk[m->n - 1].e;
	scan_num(m, i, lim, &nc);
	size_t j = tok_after(m, i, nc.end);
	struct tx_sem *s = &f->sem;
	int y;
	switch (nc.kind) {
	case NC_NONE:
		return 0;
	case NC_BIG:
		m->skip = true;
		return fin(m, f, i, j > i ? j : i + 1);
	case NC_DATE:
		s->anchor = TXA_ABS;
		s->y = nc.y, s->m = nc.mo, s->d = nc.d;
		f->confidence = 0.95f;
		return fin(m, f, i, j);
	case NC_CLOCK:
		if (nc.dot && !nc.ampm && !S(m, j, TXC_AMPM, NULL)) {
			m->skip = true;     /* 2.50, a price: no clock time */
			return fin(m, f, i, j > i ? j : i + 1);
		}
		m->countlike = true;
		if (nc.ampm)
			nc.h = ampm_hour(nc.h, nc.ampm);
		s->hour = nc.h, s->minute = nc.mi;
		s->type = TIME_TIME;
		f->confidence = 0.95f;
		return fin(m, f, i, clock_tail(m, j, s));
	case NC_DECADE:
		s->anchor = TXA_DECADE;
		s->y = nc.y;
		m->theable = true;
		return fin(m, f, i, j);
	case NC_ORD: {
		size_t ml = month_tail(m, j, nc.v, s);
		if (ml) {
			f->confidence = 0.95f;
			return fin(m, f, i, j + ml);
		}
		size_t ul;
		const struct tx_sense *u = S(m, j, TXC_UNIT, &ul);
		if (u && (u->v & ~TXU_PLURAL) == TXU_CENTURY) {
			s->anchor = TXA_CENTURY;
			s->n = nc.v;
			m->theable = true;
			return fin(m, f, i, j + ul);
		}
		return 0;
	}
	case NC_INT:
		break;
	}
	if (t->ndig > 2 && t->ndig != 4)
		return c_count(m, i, f);
	/* "0730 GMT", "at 0930": a clock time in four digits, with a time
	 * zone after it or a leading zero after a clock cue */
	if (t->ndig == 4 && nc.v % 100 <= 59 && nc.v / 100 <= 23 &&
	    (S(m, j, TXC_TZ, NULL) || (m->t[t->s] == '0' && clock_cue_before(m, i)))) {
		m->countlike = true;
		s->hour = nc.v / 100, s->minute = nc.v % 100;
		s->type = TIME_TIME;
		f->confidence = 0.9f;
		return fin(m, f, i, clock_tail(m, j, s));
	}
	/* « 3 mars », "3 March 2025"; « du 3 au 5 mars » */
	if (nc.v >= 1 && nc.v <= 31 && t->ndig <= 2) {
		size_t ml = month_tail(m, j, nc.v, s);
		if (ml) {
			f->confidence = 0.95f;
			return fin(m, f, i, j + ml);
		}
		size_t rl;
		if (S(m, j, TXC_RANGE, &rl) && j + rl < m->n && m->tk[j + rl].digits) {
			struct tx_sem s2;
			tx_sem_init(&s2);
			int d2 = m->tk[j + rl].num;
			if (d2 > nc.v && d2 <= 31 && month_tail(m, j + rl + 1, d2, &s2)) {
				s2.d = nc.v;
				*s = s2;
				f->confidence = 0.9f;
				return fin(m, f, i, j);
			}
		}
	}
	/* "5 p.m.", "5 o'clock" */
	size_t len;
	const struct tx_sense *ap = S(m, j, TXC_AMPM, &len);
	if ((ap || S(m, j, TXC_OCLOCK, NULL)) && nc.v <= 24) {
		s->hour = nc.v, s->minute = 0;
		s->type = TIME_TIME;
		m->countlike = true;
		f->confidence = 0.9f;
		return fin(m, f, i, clock_tail(m, j, s));
	}
	size_t e = c_count(m, i, f);
	if (e)
		return e;
	/* Years: « en 2010 », "in 2009", « (1998) » */
	if (year_value(m, i, &y)) {
		const struct tx_sense *cue = NULL;
		long c0 = ends_at(m, i, TXC_YEARCUE, &cue);
		bool ok = false;
		const struct tx_sense *det = i > 0 ? S(m, i - 1, TXC_DET, NULL) : NULL;
		if (c0 >= 0 && cue->v == 1) {
			ok = true;
		} else if (det && det->v == 1 && y >= 1800 && y <= 2100 && y % 100) {
			ok = true;    /* "the 2016 election" */
		} else if (c0 >= 0 && y >= 1900 && y <= 2100) {
			ok = bare_year(m, i);   /* « un décret de 2024 autorise » */
		} else if (c0 >= 0 || (i > 0 && is_punct(m, i - 1, "(") && is_punct(m, i + 1, ")"))) {
			/* weak cue: not « de 2000 euros » */
			ok = !(is_letter(m, i + 1) && !m->tk[i + 1].cap && !S(m, i + 1, TXC_STOP, NULL) &&
			       !S(m, i + 1, TXC_MOD, NULL) && !S(m, i + 1, TXC_YEARCUE, NULL));
		} else if (i > 0 && (S(m, i - 1, TXC_MONTH, NULL) || S(m, i - 1, TXC_SEASON, NULL))) {
			ok = true;
		} else if (y >= 1900 && y <= 2100) {
			ok = bare_year(m, i);
		}
		if (ok) {
			s->anchor = TXA_ABS;
			s->y = y;
			/* « En 2019, ... » opening the sentence, not "who founded it in 2016" */
			s->focus = c0 >= 0 && cue->v == 1 && sentence_start(m, (size_t)c0);
			f->confidence = c0 >= 0 && cue->v == 1 ? 0.9f : 0.75f;
			return fin(m, f, i, i + 1);
		}
	}
	return 0;
}

/* A person's noun and an age preposition before a count at i: « une
 * passante de 71 ans », « le jeune maraîcher de 47 ans », « le Béarnais de 31
 * ans ».  The noun is a known one (homme, victime), has a person's ending
 * (« -eur », « -ienne ») and is no exception (chantier), or is capitalised
 * inside the sentence (a demonym); a determiner opens the group, one word
 * (an adjective) may stand between them.  « un contrat de trois ans » is
 * no person: a duration. */
static bool person_before(const txmatch *m, size_t i)
{
	if (i < 3 || !S(m, i - 1, TXC_AGEPREP, NULL) || !is_letter(m, i - 2))
		return false;
	size_t n = i - 2;
	const struct tk *t = &m->tk[n];
	bool person = S(m, n, TXC_AGENOUN, NULL) != NULL;
	if (!person && t->klen > 3 && !S(m, n, TXC_AGENOT, NULL))
		person = txlex_age_noun_suffix(m->lx, t->key, (size_t)t->klen) > 0 ||
		         (t->cap && !sentence_start(m, n) && !S(m, n, TXC_MONTH, NULL) && !S(m, n, TXC_WDAY, NULL));
	if (!person)
		return false;
	if (S(m, n - 1, TXC_DET, NULL))
		return true;
	return n >= 2 && is_letter(m, n - 1) && !m->tk[n - 1].cap && S(m, n - 2, TXC_DET, NULL);
}

/* The second part of a compound duration after a count of `unit` ending at
 * j: « 2 heures [51 minutes] », "4 hours [and 52 minutes]", "1 hour[, 20
 * minutes]".  A smaller unit (a comma only before minutes or seconds),
 * a known count, no "ago" or age after it.  Returns the words it takes,
 * 0 if none; *n2, *u2: its count and unit. */
static bool compound_unit(int u)
{
	u &= ~TXU_PLURAL;
	return u == TXU_SEC || u == TXU_MIN || u == TXU_HOUR || u == TXU_DAY || u == TXU_WEEK ||
	       u == TXU_MONTH || u == TXU_YEAR;
}

static size_t compound_at(const txmatch *m, size_t j, int unit, int *n2, int *u2)
{
	size_t k = j, len;
	bool comma = false;
	if (!compound_unit(unit))
		return 0;
	if (is_punct(m, k, ",")) {
		comma = true;
		k++;
	} else if (S(m, k, TXC_JOIN, &len)) {
		k += len;
	}
	int val;
	bool word, phrase;
	size_t cl = count_at(m, k, &val, &word, &phrase);
	if (!cl || val < 0 || phrase)
		return 0;
	size_t ul;
	const struct tx_sense *u = S(m, k + cl, TXC_UNIT, &ul);
	if (!u || !compound_unit(u->v) || (u->v & ~TXU_PLURAL) >= (unit & ~TXU_PLURAL))
		return 0;
	if (comma && (u->v & ~TXU_PLURAL) > TXU_MIN)
		return 0;
	size_t e = k + cl + ul;
	if (S(m, e, TXC_AGO, NULL) || S(m, e, TXC_AGE, NULL) || S(m, e, TXC_HALF, NULL) || is_punct(m, e, "-"))
		return 0;
	*n2 = val;
	*u2 = u->v;
	return e - j;
}

/* Clock or duration: « 17 heures », « cinq heures ». */
static size_t hour_count(txmatch *m, size_t i, size_t ui, size_t k2, int val, bool word, struct tx_found *f)
{
	struct tx_sem *s = &f->sem;
	bool clock = false;
	int mi = 0;
	if (val < 0 || val > 24)
		return 0;
	int n2, u2;
	if (compound_at(m, k2, TXU_HOUR, &n2, &u2) && !clock_cue_before(m, i))
		return 0;   /* « 3 h 12 min »: a duration */
	if (K(m, ui, "h") && !word)
		clock = true;
	/* minutes: « 17 h 30 », « 17 heures 30 » */
	if (k2 < m->n && m->tk[k2].digits && m->tk[k2].ndig == 2 && m->tk[k2].num <= 59 &&
	    !S(m, k2 + 1, TXC_UNIT, NULL)) {
		mi = m->tk[k2].num;
		clock = true;
		k2++;
	}
	size_t len;
	if (S(m, k2, TXC_AMPM, NULL) || S(m, k2, TXC_OCLOCK, NULL))
		clock = true;
	if (S(m, k2, TXC_TZ, NULL) || (is_punct(m, k2, "(") && S(m, k2 + 1, TXC_TZ, NULL)))
		clock = true;
	struct tx_sem d = *s;
	if (!clock && day_phrase(m, k2, &d))
		clock = true;
	bool de_next = S(m, k2, TXC_DET, &len) && (K(m, k2, "de") || K(m, k2, "d'"));
	if (!clock && clock_cue_before(m, i) && !de_next)
		clock = true;
	/* « de 22 heures à 6 heures », « de 9 heures à midi »: two clock times */
	size_t rl, ul2;
	if (!clock && i > 0 && (K(m, i - 1, "de") || K(m, i - 1, "d'")) && S(m, k2, TXC_RANGE, &rl)) {
		const struct tx_sense *p = S(m, k2 + rl, TXC_PART, NULL), *hu;
		if ((p && (p->v == TXP_NOON || p->v == TXP_MIDNIGHT)) ||
		    (k2 + rl < m->n && m->tk[k2 + rl].digits && (hu = S(m, k2 + rl + 1, TXC_UNIT, &ul2)) &&
		     (hu->v & ~TXU_PLURAL) == TXU_HOUR))
			clock = true;
	}
	if (!clock)
		return 0;
	if (S(m, k2, TXC_HALF, &len) && !mi) {
		mi = 30;
		k2 += len;
	}
	s->hour = val;
	s->minute = mi;
	s->type = TIME_TIME;
	s->anchor = TXA_NONE;
	m->countlike = true;
	f->confidence = 0.9f;
	return fin(m, f, i, clock_tail(m, k2, s));
}

/* A count and a unit: durations, clock hours, « deux ans » of « il y a deux ans ». */
static size_t c_count(txmatch *m, size_t i, struct tx_found *f)
{
	int val;
	bool word, phrase;
	size_t cl = count_at(m, i, &val, &word, &phrase);
	if (!cl)
		return 0;
	struct tx_sem *s = &f->sem;
	size_t k = i + cl, len;
	bool half = false, hyphen = false;
	if (phrase && (K(m, k, "de") || K(m, k, "d'")))
		k++;
	if (S(m, k, TXC_HALF, &len)) {
		half = true;
		k += len;
	}
	const struct tx_sense *md = S(m, k, TXC_MOD, &len);
	if (md && md->v != TXM_THIS && S(m, k + len, TXC_UNIT, NULL))
		k += len;
	if (is_punct(m, k, "-") && !m->tk[k].gap && k + 1 < m->n && !m->tk[k + 1].gap) {
		hyphen = true;   /* "a 10-year sentence", "a two-day summit", "44-year-old" */
		k++;
	}
	size_t ul;
	const struct tx_sense *u = S(m, k, TXC_UNIT, &ul);
	if (!u)
		return 0;
	size_t ui = k, k2 = k + ul;
	int unit = u->v;
	/* Ages are not time expressions. */
	if ((hyphen && is_punct(m, k2, "-") && S(m, k2 + 1, TXC_AGE, NULL)) ||
	    (S(m, k2, TXC_AGE, &len) && S(m, k2, TXC_AGE, NULL)->v == 1)) {
		m->skip = true;
		return fin(m, f, i, k2 + (hyphen ? 2 : len));
	}
	const struct tx_sense *ab;
	long a0 = ends_at(m, i, TXC_AGE, &ab);
	if (a0 >= 0 && ab->v == 0) {
		m->skip = true;
		return fin(m, f, i, k2);
	}
	if ((unit & ~TXU_PLURAL) == TXU_YEAR && person_before(m, i)) {
		m->skip = true;
		return fin(m, f, i, k2);
	}
	/* « Sophie, 34 ans, infirmière »: an age between commas */
	if ((unit & ~TXU_PLURAL) == TXU_YEAR && !word && i > 0 && (is_punct(m, i - 1, ",") || is_punct(m, i - 1, "(")) &&
	    (k2 >= m->n || is_punct(m, k2, ",") || is_punct(m, k2, ")") || is_punct(m, k2, "."))) {
		m->skip = true;
		return fin(m, f, i, k2);
	}
	if ((unit & ~TXU_PLURAL) == TXU_HOUR && !half && !hyphen) {
		size_t e = hour_count(m, i, ui, k2, val, word, f);
		if (e)
			return e;
	}
	if (S(m, k2, TXC_HALF, &len)) {
		half = true;
		k2 += len;
	}
	/* "a"/« une » and a unit that is something else: capitalised mid-text
	 * ("An SEC filing") or the ordinal « seconde » / "second" before a
	 * noun ("a second ferry pier", « une seconde vague »).  A duration of
	 * one second is followed by punctuation, a short word or a time cue. */
	if (val == 1 && word && m->tk[ui].cap && !m->tk[i].cap)
		return 0;
	if (val == 1 && word && m->tk[ui].cap && m->tk[ui].klen > 1 && ul == 1 &&
	    all_caps(m, ui))
		return 0;
	if (val == 1 && word && unit == TXU_SEC && k2 < m->n && m->tk[k2].kind == WORD_LETTER &&
	    m->tk[k2].e - m->tk[k2].s > 3 && !m->tk[k2].mask)
		return 0;
	/* « un jour » alone is "some day", not a count. */
	if (val == 1 && word && !hyphen && (unit & ~TXU_PLURAL) == TXU_DAY && !(unit & TXU_PLURAL) && !m->durctx &&
	    ends_at(m, i, TXC_DURCUE, NULL) < 0 && ends_at(m, i, TXC_APPROX, NULL) < 0)
		return 0;
	m->countlike = true;
	const struct tx_sense *ag = S(m, k2, TXC_AGO, &len);
	if (ag && ag->v == 1) {
		s->type = TIME_DATE;
		s->anchor = TXA_AGO;
		s->n = val;
		s->unit = unit;
		f->confidence = 0.9f;
		return fin(m, f, i, k2 + len);
	}
	s->type = TIME_DURATION;
	s->unit = unit;
	s->dur_n = val;
	s->dur_half = half;
	f->confidence = val < 0 ? 0.7f : 0.85f;
	int n2, u2;
	size_t cl2 = val >= 0 && !half && !hyphen ? compound_at(m, k2, unit, &n2, &u2) : 0;
	if (cl2) {
		s->dur_n2 = n2;
		s->unit2 = u2;
		k2 += cl2;
	}
	return fin(m, f, i, k2);
}

static size_t c_weekday(txmatch *m, size_t i, struct tx_found *f, bool inner)
{
	size_t len;
	const struct tx_sense *w = S(m, i, TXC_WDAY, &len);
	bool ab = false;
	if (!w) {
		w = S(m, i, TXC_WDAY_AB, &len);
		ab = true;
	}
	if (!w)
		return 0;
	const struct tk *t = &m->tk[i];
	if (m->wday_cap && !t->cap)
		return 0;
	struct tx_sem *s = &f->sem;
	size_t j = i + len;
	if (ab && is_punct(m, j, ".") && !m->tk[j].gap)
		j++;
	/* « mardi 3 mars 2025 », "Tuesday, March 3, 2025" */
	size_t k = j;
	if (is_punct(m, k, ","))
		k++;
	int d, mo;
	size_t dl = day_at(m, k, &d), ml;
	if (dl && (ml = month_tail(m, k + dl, d, s))) {
		s->wday = w->v;
		f->confidence = 0.95f;
		return fin(m, f, i, k + dl + ml + part_phrase(m, k + dl + ml, s));
	}
	if (m->month_cap && (ml = month_at(m, k, true, &mo)) && (dl = day_at(m, k + ml, &d))) {
		int y = 0;
		size_t yl = year_at(m, k + ml + dl, &y);
		s->anchor = TXA_ABS;
		s->y = y, s->m = mo, s->d = d, s->wday = w->v;
		f->confidence = 0.95f;
		return fin(m, f, i, k + ml + dl + yl);
	}
	if (ab)
		return 0;
	if (m->wday_cap && !inner && is_letter(m, j) && m->tk[j].cap && !S(m, j, TXC_PART, NULL))
		return 0;   /* "Sunday Times" */
	s->anchor = TXA_WEEKDAY;
	s->wday = w->v;
	size_t pl = part_at(m, j, s);
	j += pl;
	j += mod_after(m, j, s);
	if (!pl)
		j += part_phrase(m, j, s);
	f->confidence = 0.9f;
	return fin(m, f, i, j);
}

static size_t c_month(txmatch *m, size_t i, struct tx_found *f)
{
	int mo;
	size_t ml = month_at(m, i, false, &mo);
	if (!ml)
		return 0;
	struct tx_sem *s = &f->sem;
	size_t j = i + ml;
	int d, y = 0;
	size_t dl;
	s->anchor = TXA_ABS;
	s->m = mo;
	if (m->month_cap && (dl = day_at(m, j, &d))) {
		/* "March 3", "March 3rd, 2025" */
		j += dl;
		j += year_at(m, j, &y);
		s->d = d;
		s->y = y;
		if (y && !tx_valid(y, mo, d))
			return 0;
		f->confidence = 0.95f;
		return fin(m, f, i, j);
	}
	size_t yl = year_at(m, j, &y);
	if (yl) {
		s->y = y;
		f->confidence = 0.95f;
		return fin(m, f, i, j + yl);
	}
	if ((yl = year_shift(m, j, s))) {
		f->confidence = 0.9f;   /* "March last year" */
		return fin(m, f, i, j + yl);
	}
	j += mod_after(m, j, s);
	f->confidence = 0.85f;
	return fin(m, f, i, j);
}

static size_t c_relday(txmatch *m, size_t i, struct tx_found *f)
{
	size_t len;
	const struct tx_sense *r = S(m, i, TXC_RELDAY, &len);
	if (!r)
		return 0;
	struct tx_sem *s = &f->sem;
	s->anchor = TXA_RELDAY;
	s->n = r->v;
	size_t j = i + len;
	if (r->s) {
		/* "tonight": the part of the day comes with the word */
		int p = txlex_part_of(r->s);
		if (p == TXP_NOON || p == TXP_MIDNIGHT)
			s->hour = p == TXP_NOON ? 12 : 0, s->minute = 0;
		else
			s->part = p;
		s->type = TIME_TIME;
	} else {
		j += part_at(m, j, s);
	}
	f->confidence = 0.95f;
	return fin(m, f, i, j);
}

/* Units that name a calendar period (« cette semaine », "next month"). */
static bool calendar_unit(int u)
{
	u &= ~TXU_PLURAL;
	return u == TXU_WEEK || u == TXU_WEEKEND || u == TXU_MONTH || u == TXU_QUARTER ||
	       u == TXU_YEAR || u == TXU_DECADE || u == TXU_CENTURY;
}

/* Durations after a modifier: "the past three years", « derniers jours ». */
static size_t mod_duration(txmatch *m, size_t i, size_t j, int dir, struct tx_found *f, bool the)
{
	struct tx_sem *s = &f->sem;
	int val;
	bool word, phrase;
	size_t cl = count_at(m, j, &val, &word, &phrase), ul;
	const struct tx_sense *u = S(m, j + cl, TXC_UNIT, &ul);
	if (!u)
		return 0;
	bool plural = u->v & TXU_PLURAL;
	if (!cl) {
		if (!plural && !(the && (dir == TXM_LAST || dir == TXM_PAST || dir == TXM_NEXT)))
			return 0;
		val = plural ? -1 : 1;
	}
	s->type = TIME_DURATION;
	s->unit = u->v;
	s->dur_n = val;
	m->theable = true;
	f->confidence = 0.85f;
	return fin(m, f, i, j + cl + ul);
}

/* « ce », « cette », "this": « ce matin », « cette semaine », « ce mardi ». */
static size_t c_this(txmatch *m, size_t i, struct tx_found *f)
{
	size_t len, l2;
	const struct tx_sense *md = S(m, i, TXC_MOD, &len);
	if (!md || md->v != TXM_THIS)
		return 0;
	struct tx_sem *s = &f->sem;
	size_t j = i + len;
	int dir = TXM_THIS;
	/* "this past week", "this coming Monday" */
	const struct tx_sense *m2 = S(m, j, TXC_MOD, &l2);
	if (m2 && m2->v != TXM_THIS) {
		size_t e = mod_duration(m, i, j + l2, m2->v, f, false);
		if (e && f->sem.dur_n != 1)
			return e;
		tx_sem_init(s);
		dir = m2->v == TXM_PAST ? TXM_LAST : m2->v;
		j += l2;
	}
	/* « ces deux dernières années » */
	int val;
	bool word, phrase;
	size_t cl = count_at(m, j, &val, &word, &phrase);
	if (cl && (m2 = S(m, j + cl, TXC_MOD, &l2)) && m2->v != TXM_THIS)
		return mod_duration(m, i, j, m2->v, f, true);
	size_t pl = part_at(m, j, s);
	if (pl) {
		s->anchor = TXA_RELDAY;
		s->n = dir == TXM_LAST ? -1 : dir == TXM_NEXT ? 1 : 0;
		f->confidence = 0.95f;
		return fin(m, f, i, j + pl);
	}
	const struct tx_sense *w = S(m, j, TXC_WDAY, &l2);
	if (w) {
		s->anchor = TXA_WEEKDAY;
		s->wday = w->v;
		s->dir = dir;
		size_t k = j + l2;
		k += part_at(m, k, s);
		f->confidence = 0.9f;
		return fin(m, f, i, k);
	}
	const struct tx_sense *u = S(m, j, TXC_UNIT, &l2);
	if (u && calendar_unit(u->v) && !(u->v & TXU_PLURAL)) {
		s->anchor = u->v == TXU_WEEKEND && dir == TXM_THIS ? TXA_WEEKEND : TXA_UNITREF;
		s->unit = u->v;
		s->n = dir == TXM_LAST ? -1 : dir == TXM_NEXT ? 1 : 0;
		size_t k = j + l2;
		if (is_punct(m, k, "-") && !m->tk[k].gap) {
			if (S(m, k + 1, TXC_DEICTIC, &len))
				k += 1 + len;
			else if (is_letter(m, k + 1) && !m->tk[k + 1].gap && m->tk[k + 1].klen <= 3) {
				s->fixed = "";      /* « cette année-là »: another year */
				k += 2;
			}
		}
		f->confidence = 0.9f;
		return fin(m, f, i, k);
	}
	const struct tx_sense *se = S(m, j, TXC_SEASON, &l2);
	if (se) {
		s->anchor = TXA_SEASON;
		s->season = se->v;
		s->dir = dir;
		f->confidence = 0.9f;
		return fin(m, f, i, j + l2);
	}
	return 0;
}

/* "last", "next", « derniers »: "last Tuesday", "next month", "the past three years". */
static size_t c_mod(txmatch *m, size_t i, struct tx_found *f, bool the)
{
	size_t len, l2;
	const struct tx_sense *md = S(m, i, TXC_MOD, &len);
	if (!md || md->v == TXM_THIS)
		return 0;
	struct tx_sem *s = &f->sem;
	int dir = md->v == TXM_PAST ? TXM_LAST : md->v;
	size_t j = i + len;
	const struct tx_sense *w = S(m, j, TXC_WDAY, &l2);
	if (w && (!m->wday_cap || m->tk[j].cap)) {
		s->anchor = TXA_WEEKDAY;
		s->wday = w->v;
		s->dir = dir;
		size_t k = j + l2;
		k += part_at(m, k, s);
		f->confidence = 0.9f;
		return fin(m, f, i, k);
	}
	int mo;
	size_t ml = month_at(m, j, true, &mo);
	if (ml && (!m->month_cap || m->tk[j].cap)) {
		s->anchor = TXA_ABS;
		s->m = mo;
		s->dir = dir;
		f->confidence = 0.9f;
		return fin(m, f, i, j + ml);
	}
	const struct tx_sense *se = S(m, j, TXC_SEASON, &l2);
	if (se) {
		s->anchor = TXA_SEASON;
		s->season = se->v;
		s->dir = dir;
		m->theable = true;
		return fin(m, f, i, j + l2);
	}
	const struct tx_sense *p = S(m, j, TXC_PART, &l2);
	if (p && dir == TXM_LAST && (p->v == TXP_NI || p->v == TXP_EV)) {
		s->anchor = TXA_RELDAY;
		s->n = -1;
		s->part = p->v;
		s->type = TIME_TIME;
		return fin(m, f, i, j + l2);
	}
	size_t e = mod_duration(m, i, j, md->v, f, the);
	if (e)
		return e;
	const struct tx_sense *u = S(m, j, TXC_UNIT, &l2);
	if (u && !(u->v & TXU_PLURAL) && (calendar_unit(u->v) || (u->v & ~TXU_PLURAL) == TXU_DAY) &&
	    m->month_cap) {
		/* "last week", "next year" (English puts the modifier first) */
		if ((u->v & ~TXU_PLURAL) == TXU_DAY)
			return 0;
		s->anchor = TXA_UNITREF;
		s->unit = u->v;
		s->n = dir == TXM_LAST ? -1 : 1;
		f->confidence = 0.9f;
		return fin(m, f, i, j + l2);
	}
	return 0;
}

/* A unit without a count: « semaine dernière », « l'année 2012 »,
 * « années 1990 », "for years", « début de l'année ». */
static size_t c_unit(txmatch *m, size_t i, struct tx_found *f)
{
	size_t ul, len;
	const struct tx_sense *u = S(m, i, TXC_UNIT, &ul);
	if (!u || K(m, i, "h") || K(m, i, "min") || K(m, i, "mn"))
		return 0;
	struct tx_sem *s = &f->sem;
	int unit = u->v, base = unit & ~TXU_PLURAL;
	size_t j = i + ul;
	const struct tx_sense *md = S(m, j, TXC_MOD, &len);
	if (!md)
		md = S(m, j, TXC_MODPOST, &len);
	if (md && (md->v == TXM_LAST || md->v == TXM_NEXT) && calendar_unit(unit) && !(unit & TXU_PLURAL)) {
		s->anchor = TXA_UNITREF;
		s->unit = unit;
		s->n = md->v == TXM_LAST ? -1 : 1;
		f->confidence = 0.9f;
		return fin(m, f, i, j + len);
	}
	/* « les semaines à venir », « les jours passés » */
	if (md && (md->v == TXM_LAST || md->v == TXM_NEXT) && (unit & TXU_PLURAL) && base != TXU_HOUR &&
	    base != TXU_MIN && base != TXU_SEC) {
		s->type = TIME_DURATION;
		s->unit = unit;
		s->dur_n = -1;
		f->confidence = 0.7f;
		return fin(m, f, i, j + len);
	}
	int y;
	if (base == TXU_YEAR && year_value(m, j, &y)) {
		if (unit & TXU_PLURAL) {
			if (y % 10)
				return 0;
			s->anchor = TXA_DECADE;
		} else {
			s->anchor = TXA_ABS;
		}
		s->y = y;
		m->theable = true;
		f->confidence = 0.9f;
		return fin(m, f, i, j + 1);
	}
	if (base == TXU_YEAR && (unit & TXU_PLURAL) && j < m->n && m->tk[j].digits && m->tk[j].ndig == 2 &&
	    m->tk[j].num % 10 == 0) {
		int v = m->tk[j].num;
		s->anchor = TXA_DECADE;
		s->y = v < 30 ? 2000 + v : 1900 + v;
		f->confidence = 0.85f;
		return fin(m, f, i, j + 1);
	}
	/* « le mois de novembre » */
	int mo;
	size_t ml;
	if (base == TXU_MONTH && !(unit & TXU_PLURAL) && (K(m, j, "de") || K(m, j, "d'") || K(m, j, "of")) &&
	    (ml = month_at(m, j + 1, true, &mo))) {
		s->anchor = TXA_ABS;
		s->m = mo;
		size_t k = j + 1 + ml;
		int yy = 0;
		size_t yl = year_at(m, k, &yy);
		s->y = yy;
		if (!yl)
			k += mod_after(m, k, s);
		f->confidence = 0.85f;
		return fin(m, f, i, k + yl);
	}
	/* "decades ago" */
	const struct tx_sense *ag = S(m, j, TXC_AGO, &len);
	if ((unit & TXU_PLURAL) && ag && ag->v == 1) {
		s->anchor = TXA_AGO;
		s->unit = unit;
		s->n = -1;
		f->confidence = 0.7f;
		return fin(m, f, i, j + len);
	}
	if ((unit & TXU_PLURAL) && ends_at(m, i, TXC_DURCUE, NULL) >= 0) {
		s->type = TIME_DURATION;
		s->unit = unit;
		s->dur_n = -1;
		f->confidence = 0.7f;
		return fin(m, f, i, j);
	}
	/* « le week-end », "over the weekend" */
	if (unit == TXU_WEEKEND && i > 0 && S(m, i - 1, TXC_DET, NULL) && !m->period) {
		s->anchor = TXA_WEEKEND;
		s->unit = unit;
		m->theable = true;
		f->confidence = 0.75f;
		return fin(m, f, i, j);
	}
	if (m->period && calendar_unit(unit) && !(unit & TXU_PLURAL)) {
		s->anchor = TXA_UNITREF;
		s->unit = unit;
		s->n = 0;
		m->theable = true;
		f->confidence = 0.85f;
		return fin(m, f, i, j);
	}
	return 0;
}

static size_t year_of(const txmatch *m, size_t k, int *y);

static size_t c_season(txmatch *m, size_t i, struct tx_found *f)
{
	size_t len;
	const struct tx_sense *se = S(m, i, TXC_SEASON, &len);
	if (!se)
		return 0;
	struct tx_sem *s = &f->sem;
	size_t j = i + len;
	s->anchor = TXA_SEASON;
	s->season = se->v;
	int y;
	size_t yl = year_of(m, j, &y);   /* "summer 2023", "the summer of 2023", « l'été de 2023 » */
	if (yl) {
		s->y = y;
		m->theable = true;
		return fin(m, f, i, j + yl);
	}
	if (K(m, j, "of"))
		return 0;    /* "the fall of Rome" */
	if ((yl = year_shift(m, j, s))) {
		m->theable = true;
		return fin(m, f, i, j + yl);   /* "summer last year" */
	}
	size_t ml = mod_after(m, j, s);
	bool ctx = ml || (i > 0 && (S(m, i - 1, TXC_DET, NULL) || ends_at(m, i, TXC_YEARCUE, NULL) >= 0 ||
	                            ends_at(m, i, TXC_DET, NULL) >= 0));
	if (!ctx || (m->month_cap && m->tk[i].cap && !sentence_start(m, i)))
		return 0;
	m->theable = true;
	f->confidence = 0.8f;
	return fin(m, f, i, j + ml);
}

/* Plural weekday or part of day: « lundis », "Mondays", « soirs ». */
static const struct tx_sense *plural_of(const txmatch *m, size_t i, enum txc c)
{
	const struct tk *t = &m->tk[i];
	if (i >= m->n || t->klen < 3 || t->key[t->klen - 1] != 's')
		return NULL;
	bool comp;
	const struct tx_ent *e = txlex_get(m->lx, t->key, (size_t)t->klen - 1, &comp);
	return e && comp ? txlex_sense(e, c) : NULL;
}

static size_t c_set(txmatch *m, size_t i, struct tx_found *f)
{
	size_t len = 0, l2 = 0;
	struct tx_sem *s = &f->sem;
	const struct tx_sense *q = S(m, i, TXC_SETQ, &len);
	const struct tx_sense *a = S(m, i, TXC_SETADJ, &l2);
	if (a && (!q || l2 >= len)) {
		const struct tk *t = &m->tk[i];
		const struct tx_sense *dt;
		/* « le quotidien Le Monde », "the Daily Telegraph" */
		if (t->cap && !sentence_start(m, i))
			return 0;
		if (ends_at(m, i, TXC_DET, &dt) >= 0 && dt->v == 0)
			return 0;
		s->type = TIME_SET;
		s->unit = a->v;
		s->dur_n = 1;
		f->confidence = 0.8f;
		return fin(m, f, i, i + l2);
	}
	const struct tx_sense *per = S(m, i, TXC_PER, &len);
	bool times = !per && i > 0 && ends_at(m, i, TXC_TIMES, NULL) >= 0 && S(m, i, TXC_NUM, &len) &&
	             S(m, i, TXC_NUM, NULL)->v == 1;
	if (per || times) {
		const struct tx_sense *u = S(m, i + len, TXC_UNIT, &l2);
		if (!u || (u->v & TXU_PLURAL) || K(m, i + len, "h"))
			return 0;
		s->type = TIME_SET;
		s->unit = u->v;
		s->dur_n = 1;
		f->confidence = 0.8f;
		/* the frequency is part of it: « trois fois par jour », "twice a year" */
		size_t st = i;
		long t0 = ends_at(m, i, TXC_TIMES, NULL);
		if (t0 >= 0) {
			int val;
			bool word, phrase;
			if (!S(m, (size_t)t0, TXC_NUM, NULL) && !m->tk[t0].digit0) {
				for (size_t k = (size_t)t0; k-- > 0 && (size_t)t0 - k <= 3;)
					if (count_at(m, k, &val, &word, &phrase) == (size_t)t0 - k) {
						st = k;
						break;
					}
				if (st == i && K(m, (size_t)t0, "once"))
					st = (size_t)t0;
			}
			if (st == i && (K(m, (size_t)t0, "twice") || K(m, (size_t)t0, "once")))
				st = (size_t)t0;
		}
		return fin(m, f, st, i + len + l2);
	}
	if (!q)
		return 0;
	size_t j = i + len;
	int val;
	bool word, phrase;
	size_t cl = count_at(m, j, &val, &word, &phrase);
	const struct tx_sense *u = S(m, j + cl, TXC_UNIT, &l2);
	s->type = TIME_SET;
	s->quantified = true;
	f->confidence = 0.85f;
	/* "every other Thursday", "every other week": every two weeks */
	size_t al;
	if (!cl && S(m, j, TXC_ALT, &al)) {
		const struct tx_sense *w = S(m, j + al, TXC_WDAY, &l2);
		u = w ? NULL : S(m, j + al, TXC_UNIT, &l2);
		if (w || (u && !(u->v & TXU_PLURAL) && !K(m, j + al, "h"))) {
			s->unit = w ? TXU_WEEK : u->v;
			s->dur_n = 2;
			return fin(m, f, i, j + al + l2);
		}
		return 0;
	}
	if (u && !K(m, j + cl, "h")) {
		s->unit = u->v;
		s->dur_n = cl && val > 0 ? val : 1;
		return fin(m, f, i, j + cl + l2);
	}
	const struct tx_sense *w = S(m, j, TXC_WDAY, &l2);
	if (!w && (w = plural_of(m, j, TXC_WDAY)))
		l2 = 1;
	if (w) {
		s->wday = w->v;
		/* « chaque dimanche soir », "every Friday afternoon" */
		size_t pl;
		const struct tx_sense *p = S(m, j + l2, TXC_PART, &pl);
		if (p && p->v != TXP_NOON && p->v != TXP_MIDNIGHT) {
			s->part = p->v;
			l2 += pl;
		}
		return fin(m, f, i, j + l2);
	}
	const struct tx_sense *se = S(m, j, TXC_SEASON, &l2);
	if (se) {
		s->season = se->v;    /* « chaque été », "every winter" */
		return fin(m, f, i, j + l2);
	}
	const struct tx_sense *p = S(m, j, TXC_PART, &l2);
	if (!p && (p = plural_of(m, j, TXC_PART)))
		l2 = 1;
	if (p) {
		if (p->v == TXP_NOON)
			s->hour = 12;
		else if (p->v == TXP_MIDNIGHT)
			s->hour = 0;
		else
			s->part = p->v;
		return fin(m, f, i, j + l2);
	}
	int mo;
	size_t ml = month_at(m, j, true, &mo);
	if (ml) {
		s->m = mo;
		return fin(m, f, i, j + ml);
	}
	return 0;
}

/* "Q3", "H1", « S2 »: a quarter or half of a year, written as one word
 * with a capital. */
static bool quarter_like(const txmatch *m, size_t i)
{
	const struct tk *t = &m->tk[i];
	if (t->klen != 2 || !t->cap || t->e - t->s != 2)
		return false;
	char c = t->key[0], d = t->key[1];
	return (c == 'q' && d >= '1' && d <= '4') || ((c == 'h' || c == 's') && (d == '1' || d == '2'));
}

/* Roman numerals with an ordinal ending: « XVe ». */
static int roman(const char *k, int n)
{
	int v = 0, prev = 0;
	if (n <= 0)
		return 0;
	for (int i = n - 1; i >= 0; i--) {
		int d;
		switch (k[i]) {
		case 'i': d = 1; break;
		case 'v': d = 5; break;
		case 'x': d = 10; break;
		case 'l': d = 50; break;
		case 'c': d = 100; break;
		default: return 0;
		}
		v += d < prev ? -d : d;
		if (d > prev)
			prev = d;
	}
	return v;
}

/* A year at k, or « de 2025 » / "of 2025": its length in tokens (0: none). */
static size_t year_of(const txmatch *m, size_t k, int *y)
{
	size_t yl = year_at(m, k, y);
	if (!yl && (K(m, k, "de") || K(m, k, "of")) && year_value(m, k + 1, y))
		yl = 2;
	return yl;
}

/* A half or quarter of year y (0: the reference's), ending at j. */
static size_t period_fin(txmatch *m, struct tx_found *f, size_t i, size_t j, int y)
{
	f->sem.anchor = TXA_ABS;
	f->sem.y = y;
	m->theable = true;
	f->confidence = 0.85f;
	return fin(m, f, i, j);
}

/* A holiday's date at [i, i + len), with a year that may follow it. */
static size_t holiday_fin(txmatch *m, struct tx_found *f, struct tx_sem *s, size_t i, size_t len)
{
	s->anchor = TXA_ABS;
	int y = 0;
	size_t yl = year_at(m, i + len, &y);
	s->y = y;
	f->confidence = 0.85f;
	return fin(m, f, i, i + len + yl);
}

static size_t c_misc(txmatch *m, size_t i, struct tx_found *f)
{
	size_t len, l2;
	struct tx_sem *s = &f->sem;
	const struct tx_sense *x;
	if ((x = S(m, i, TXC_WHOLE, &len))) {
		s->type = TIME_DURATION;
		s->fixed = x->s ? x->s : "";
		f->confidence = 0.85f;
		return fin(m, f, i, i + len);
	}
	if ((x = S(m, i, TXC_ANADAY, &len))) {
		s->anchor = TXA_ANAPHOR;
		s->n = x->v;
		f->confidence = 0.85f;
		return fin(m, f, i, i + len);
	}
	if ((x = S(m, i, TXC_HOLIDAY, &len)) && x->s && x->s[0] == 'E' && (x->s[1] == '+' || x->s[1] == '-')) {
		/* Easter and the days counted from it; not "Easter Island", « île de Pâques » */
		if ((is_letter(m, i + len) && m->tk[i + len].cap && m->month_cap) ||
		    (i >= 2 && (K(m, i - 2, "île") || K(m, i - 2, "ile"))))
			return 0;
		s->easter = true;
		s->n = atoi(x->s + 1);
		return holiday_fin(m, f, s, i, len);
	}
	if ((x = S(m, i, TXC_HOLIDAY, &len)) && x->s && strlen(x->s) == 5) {
		s->m = atoi(x->s);
		s->d = atoi(x->s + 3);
		return holiday_fin(m, f, s, i, len);
	}
	/* « XVe siècle », "the twentieth century" */
	const struct tk *t = &m->tk[i];
	const struct tx_sense *u;
	int y0;
	/* "Q3 2026", "Q1", "H2 2025", « S1 2026 » */
	if (quarter_like(m, i)) {
		int y = 0;
		size_t yl = year_at(m, i + 1, &y);
		if (t->key[0] != 'q' && !yl)
			return 0;
		s->anchor = TXA_ABS;
		if (t->key[0] == 'q')
			s->quarter = t->key[1] - '0';
		else
			s->half = t->key[1] - '0';
		s->y = y;
		m->theable = true;
		f->confidence = 0.85f;
		return fin(m, f, i, i + 1 + yl);
	}
	x = S(m, i, TXC_ORD, &len);
	if (!x && t->kind == WORD_LETTER && t->cap && t->klen >= 2 && t->klen < KEY_MAX) {
		size_t sl = txlex_ordinal_suffix(m->lx, t->key, (size_t)t->klen);
		int r = sl ? roman(t->key, t->klen - (int)sl) : 0;
		if (r > 0 && (u = S(m, i + 1, TXC_UNIT, &l2)) && (u->v & ~TXU_PLURAL) == TXU_CENTURY) {
			s->anchor = TXA_CENTURY;
			s->n = r;
			m->theable = true;
			f->confidence = 0.9f;
			return fin(m, f, i, i + 1 + l2);
		}
	}
	if (x && (u = S(m, i + len, TXC_UNIT, &l2)) && (u->v & ~TXU_PLURAL) == TXU_CENTURY) {
		s->anchor = TXA_CENTURY;
		s->n = x->v;
		m->theable = true;
		f->confidence = 0.9f;
		return fin(m, f, i, i + len + l2);
	}
	/* « premier semestre 2027 », "the second half of 2026" */
	size_t hl = i + len;
	if (x && is_punct(m, hl, "-") && !m->tk[hl].gap)
		hl++;   /* "second-quarter" */
	if (x && (x->v == 1 || x->v == 2) &&
	    (K(m, hl, "semestre") || (K(m, hl, "half") && (K(m, hl + 1, "of") || year_value(m, hl + 1, &y0))))) {
		size_t k = hl + 1;
		int y = 0;
		size_t yl = year_of(m, k, &y);
		if (!yl && K(m, hl, "half"))
			return 0;   /* "the first half of the match" */
		s->half = x->v;
		return period_fin(m, f, i, k + yl, y);
	}
	/* « premier trimestre 2025 », "the third quarter of 2024" */
	if (x && x->v >= 1 && x->v <= 4 && (u = S(m, hl, TXC_UNIT, &l2)) && u->v == TXU_QUARTER) {
		size_t k = hl + l2;
		int y = 0;
		size_t yl = year_of(m, k, &y);
		s->quarter = x->v;
		return period_fin(m, f, i, k + yl, y);
	}
	/* « premier mai » */
	if (x && x->v <= 31) {
		size_t ml = month_tail(m, i + len, x->v, s);
		if (ml) {
			f->confidence = 0.9f;
			return fin(m, f, i, i + len + ml);
		}
	}
	return 0;
}

/* The day after a part of the day: « la nuit du 14 janvier », « la nuit de
 * vendredi à samedi » (the first day), "the night of March 3".  j: the
 * word after the part.  Returns the words used, 0 if none. */
static size_t night_of(txmatch *m, size_t j, struct tx_sem *s)
{
	if (!(K(m, j, "de") || K(m, j, "du") || K(m, j, "d'") || K(m, j, "of")))
		return 0;
	size_t k = j + 1;
	if (K(m, j, "of") && K(m, k, "the"))
		k++;
	struct tx_found g;
	memset(&g, 0, sizeof g);
	tx_sem_init(&g.sem);
	bool save_t = m->theable, save_c = m->countlike, save_s = m->skip;
	size_t e = 0;
	if (k < m->n && m->tk[k].digit0)
		e = c_numeric(m, k, &g);
	else if (S(m, k, TXC_WDAY, NULL))
		e = c_weekday(m, k, &g, true);
	else if (S(m, k, TXC_ORD, NULL))
		e = c_misc(m, k, &g);
	bool skip = m->skip;
	m->theable = save_t, m->countlike = save_c, m->skip = save_s;
	const struct tx_sem *d = &g.sem;
	if (!e || skip || d->type != TIME_DATE || d->hour >= 0 || d->part ||
	    !(d->anchor == TXA_WEEKDAY || (d->anchor == TXA_ABS && d->d)))
		return 0;
	int part = s->part;
	*s = *d;
	s->part = part;
	s->type = TIME_TIME;
	/* « de vendredi à samedi », « du 14 au 15 janvier » */
	size_t rl;
	if (S(m, e, TXC_RANGE, &rl)) {
		struct tx_found h;
		memset(&h, 0, sizeof h);
		tx_sem_init(&h.sem);
		save_t = m->theable, save_c = m->countlike, save_s = m->skip;
		size_t e2 = 0;
		if (S(m, e + rl, TXC_WDAY, NULL) && d->anchor == TXA_WEEKDAY)
			e2 = c_weekday(m, e + rl, &h, true);
		m->theable = save_t, m->countlike = save_c, m->skip = save_s;
		if (e2 && h.sem.anchor == TXA_WEEKDAY && h.sem.wday == d->wday % 7 + 1)
			e = e2;
	}
	return e - j;
}

/* A part of the day alone: « à midi », « dans l'après-midi », « en fin de
 * soirée » (after « fin de »), "overnight", « la nuit du 14 janvier ». */
static size_t c_noon(txmatch *m, size_t i, struct tx_found *f)
{
	size_t len;
	const struct tx_sense *p = S(m, i, TXC_PART, &len);
	if (!p)
		return 0;
	if (p->v != TXP_NOON && p->v != TXP_MIDNIGHT) {
		/* a noun after an article that stays outside (« l'après-midi »,
		 * not "the morning"), « en », « fin de »; or "overnight" */
		const struct tx_sense *dt = i > 0 ? S(m, i - 1, TXC_DET, NULL) : NULL;
		bool det = (dt && dt->v == 0) || (i > 0 && K(m, i - 1, "en"));
		if (!det && !m->period && !K(m, i, "overnight"))
			return 0;
		if (m->tk[i].cap && !sentence_start(m, i))
			return 0;
		struct tx_sem *s = &f->sem;
		s->part = p->v;
		s->type = TIME_TIME;
		m->theable = true;
		f->confidence = 0.75f;
		return fin(m, f, i, i + len + night_of(m, i + len, s));
	}
	size_t e = part_at(m, i, &f->sem);
	if (!e)
		return 0;
	f->confidence = 0.85f;
	return fin(m, f, i, clock_tail(m, i + e, &f->sem));
}

/* Classes an expression can start with (the rest only continue one). */
#define STARTERS (BIT(TXC_NUM) | BIT(TXC_SCALE) | BIT(TXC_VAGUE) | BIT(TXC_ORD) | BIT(TXC_UNIT) | \
	BIT(TXC_MONTH) | BIT(TXC_MONTH_AB) | BIT(TXC_WDAY) | BIT(TXC_WDAY_AB) | BIT(TXC_RELDAY) | \
	BIT(TXC_PART) | BIT(TXC_MOD) | BIT(TXC_SETQ) | BIT(TXC_SETADJ) | BIT(TXC_PER) | BIT(TXC_WHOLE) | \
	BIT(TXC_ANADAY) | BIT(TXC_HOLIDAY) | BIT(TXC_SEASON))

/* The families, most specific first; each is tried only when the word
 * has a class it can start with. */
static size_t core(txmatch *m, size_t i, struct tx_found *f, bool the)
{
	size_t e = 0;
	if (i >= m->n)
		return 0;
	const struct tk *t = &m->tk[i];
	uint64_t k = t->mask;
	bool roman_like = (t->cap && t->kind == WORD_LETTER && t->klen >= 2 && strchr("ivxlc", t->key[0])) ||
	                  (t->cap && quarter_like(m, i));
	if (!(k & STARTERS) && !t->digit0 && !roman_like)
		return 0;
#define TRY(cond, call)                          \
	if (cond) {                              \
		tx_sem_init(&f->sem);            \
		f->confidence = 0.9f;            \
		if ((e = (call)))                \
			return e;                \
	}
	TRY(k & (BIT(TXC_WHOLE) | BIT(TXC_ANADAY) | BIT(TXC_HOLIDAY) | BIT(TXC_ORD)) || roman_like,
	    c_misc(m, i, f));
	TRY(k & (BIT(TXC_SETQ) | BIT(TXC_SETADJ) | BIT(TXC_PER) | BIT(TXC_NUM)), c_set(m, i, f));
	TRY(k & BIT(TXC_MOD), c_this(m, i, f));
	TRY(k & BIT(TXC_MOD), c_mod(m, i, f, the));
	if (t->digit0) {
		m->skip = false;
		TRY(true, c_numeric(m, i, f));
		tx_sem_init(&f->sem);
		return 0;
	}
	TRY(k & (BIT(TXC_NUM) | BIT(TXC_SCALE) | BIT(TXC_VAGUE)), c_count(m, i, f));
	TRY(k & (BIT(TXC_WDAY) | BIT(TXC_WDAY_AB)), c_weekday(m, i, f, false));
	TRY(k & (BIT(TXC_MONTH) | BIT(TXC_MONTH_AB)), c_month(m, i, f));
	TRY(k & BIT(TXC_RELDAY), c_relday(m, i, f));
	TRY(k & BIT(TXC_UNIT), c_unit(m, i, f));
	TRY(k & BIT(TXC_SEASON), c_season(m, i, f));
	TRY(k & BIT(TXC_PART), c_noon(m, i, f));
#undef TRY
	tx_sem_init(&f->sem);
	return 0;
}

/* One attempt at word i, with the words that may open an expression. */
static size_t try_at(txmatch *m, size_t i, struct tx_found *f)
{
	size_t len, e;
	m->theable = m->countlike = m->period = m->durctx = m->skip = false;
	const struct tk *t = &m->tk[i];
	if (!(t->mask & (STARTERS | BIT(TXC_APPROX) | BIT(TXC_AGO) | BIT(TXC_PERIOD) | BIT(TXC_DET))) &&
	    !t->digit0 && !(t->cap && t->kind != WORD_PUNCT))
		return 0;
	const struct tx_sense *x;
	/* approximators: « près de trois heures », "about 4:30pm" */
	if ((x = S(m, i, TXC_APPROX, &len))) {
		if ((e = core(m, i + len, f, false))) {
			/* a duration the lexicon spells whole ("six months") too */
			if (x->v == 1 && (m->countlike || (f->sem.type == TIME_DURATION && (!f->sem.fixed || *f->sem.fixed))))
				f->start = m->tk[i].s;
			return e;
		}
	}
	/* « il y a deux ans » */
	if ((x = S(m, i, TXC_AGO, &len)) && x->v == 0) {
		m->durctx = true;
		size_t k = i + len;
		if (S(m, k, TXC_APPROX, &e) && S(m, k, TXC_APPROX, NULL)->v == 0)
			k += e;
		tx_sem_init(&f->sem);
		if ((e = c_count(m, k, f)) && f->sem.type == TIME_DURATION && !m->skip) {
			struct tx_sem *s = &f->sem;
			s->type = TIME_DATE;
			s->anchor = TXA_AGO;
			s->n = s->dur_n;
			s->dur_half = false;
			f->start = m->tk[i].s;
			f->confidence = 0.9f;
			return e;
		}
		m->durctx = false;
	}
	/* « début de l'année », "late March", « mi-mars » */
	if ((x = S(m, i, TXC_PERIOD, &len))) {
		size_t k = i + len;
		bool the = false;     /* "the end of the year"; not "early next week" */
		for (int g = 0; g < 3 && k < m->n; g++) {
			const struct tx_sense *d = S(m, k, TXC_DET, &e);
			if (d) {
				the = the || d->v == 1 || !m->month_cap;
				k += e;
			} else if (is_punct(m, k, "-") && !m->tk[k].gap) {
				k++;
			} else {
				break;
			}
		}
		m->period = true;
		if ((e = core(m, k, f, the)) && (f->sem.type == TIME_DATE || f->sem.type == TIME_TIME) &&
		    !m->skip && (f->sem.anchor != TXA_NONE || (f->sem.part && f->sem.hour < 0))) {
			f->start = m->tk[i].s;
			return e;
		}
		m->period = false;
	}
	/* "the past three years", "the 1990s" */
	if ((x = S(m, i, TXC_DET, &len)) && x->v == 1) {
		if (S(m, i, TXC_ANADAY, NULL) || S(m, i, TXC_WHOLE, NULL) || S(m, i, TXC_RELDAY, NULL))
			return core(m, i, f, false);
		if ((e = core(m, i + len, f, true))) {
			if (m->theable)
				f->start = m->tk[i].s;
			return e;
		}
		return 0;
	}
	return core(m, i, f, false);
}

/* ---- tense ------------------------------------------------------------- */

static bool clause_stop(const txmatch *m, size_t k)
{
	return m->tk[k].stop;
}

static bool quote_mark(const txmatch *m, size_t k)
{
	static const char *const marks[] = {"«", "»", "\"", "“", "”", "‘", "’"};
	for (size_t i = 0; i < ARRAY_LEN(marks); i++)
		if (K(m, k, marks[i]))
			return true;
	return false;
}

static bool clause_stop_of(const txmatch *m, size_t k)
{
	const struct tk *t = &m->tk[k];
	if (t->mask & BIT(TXC_CLAUSE))
		return true;
	if (t->kind != WORD_PUNCT)
		return false;
	static const char *const stops[] = {";", ":", "(", ")", "«", "»", "\"", "“", "”", "—"};
	for (size_t i = 0; i < ARRAY_LEN(stops); i++)
		if (K(m, k, stops[i]))
			return true;
	return false;
}

/* A participle right before the expression (« la grève entamée lundi »,
 * "announced Tuesday") puts it in the past, unless a future auxiliary
 * comes just before the participle (« sera jugé mardi »). */
static int participle_before(const txmatch *m, size_t a)
{
	if (a == 0)
		return 0;
	/* one short preposition or article between: « votée en décembre »,
	 * "announced on Tuesday" */
	if (a >= 2 && m->tk[a - 1].kind == WORD_LETTER && m->tk[a - 1].klen <= 3 && !m->tk[a - 1].cue &&
	    (m->tk[a - 1].mask & (BIT(TXC_STOP) | BIT(TXC_DET) | BIT(TXC_YEARCUE))))
		a--;
	const struct tk *t = &m->tk[a - 1];
	if (t->kind != WORD_LETTER || t->digit0 || t->klen < 4 || (t->mask & (BIT(TXC_FUT) | BIT(TXC_PAST))) ||
	    !t->pastsuf)
		return 0;
	return t->cue / 2;   /* set in build(): -2, or +2 after « sera » */
}

/* The tense of the clause around words [a, b): the nearest cue wins, and a
 * finite verb (« va », "said", « attirait ») wins over any participle
 * (« côté », "revised": maybe no verb at all); a comma in between counts
 * as COMMA_COST words; clause: stop at « ; », quotation marks, « et »,
 * "but", « que », else look at the whole sentence up to its quotation
 * marks (the words of a quotation have their own tense). */
static int tense_near(const txmatch *m, size_t a, size_t b, bool clause)
{
	/* nearest future and past cue, strong [0] and weak [1] */
	size_t df[2] = {SIZE_MAX, SIZE_MAX}, dp[2] = {SIZE_MAX, SIZE_MAX}, extra = 0;
	size_t window = clause ? TENSE_WINDOW : SENTENCE_WINDOW;
	for (size_t k = a; k-- > 0 && a - k <= window;) {
		if (clause ? clause_stop(m, k) : m->tk[k].quote)
			break;
		if (is_punct(m, k, ","))
			extra += COMMA_COST;
		int c = m->tk[k].cue, w = abs(c) == 2;
		size_t dist = a - k + extra + (w ? WEAK_COST : 0);
		if (c > 0 && dist < df[w])
			df[w] = dist;
		if (c < 0 && dist < dp[w])
			dp[w] = dist;
	}
	/* after the expression, a comma ends its clause unless the
	 * expression opens it (« Le 3 mars, il a signé »): not into « ...
	 * le 12 octobre, a annoncé sa directrice » */
	size_t lead = 0;
	for (size_t k = a; k-- > 0 && lead <= LEAD_WORDS && m->tk[k].kind != WORD_PUNCT;)
		lead++;
	extra = 0;
	for (size_t k = b; k < m->n && k - b < window; k++) {
		if (clause ? clause_stop(m, k) : m->tk[k].quote)
			break;
		if (lead > LEAD_WORDS && is_punct(m, k, ","))
			break;
		if (is_punct(m, k, ","))
			extra += COMMA_COST;
		int c = m->tk[k].cue, w = abs(c) == 2;
		size_t dist = k - b + 1 + extra + (w ? WEAK_COST : 0);
		if (c > 0 && dist < df[w])
			df[w] = dist;
		if (c < 0 && dist < dp[w])
			dp[w] = dist;
	}
	int w = df[0] == SIZE_MAX && dp[0] == SIZE_MAX;
	if (df[w] != SIZE_MAX && df[w] < dp[w])
		return 1;
	if (dp[w] != SIZE_MAX)
		return -1;
	return 0;
}

/* The finite verb nearest before word a in its sentence, up to the
 * quotation marks: +1 future, -1 past, 0 none. */
static int verb_before(const txmatch *m, size_t a)
{
	for (size_t k = a; k-- > 0 && a - k <= SENTENCE_WINDOW && !m->tk[k].quote;)
		if (abs(m->tk[k].cue) == 1)
			return m->tk[k].cue;
	return 0;
}

static int tense_of(const txmatch *m, size_t a, size_t b)
{
	int t = participle_before(m, a);
	if (!t)
		t = tense_near(m, a, b, true);
	/* no cue in the clause: the verb of the clause it hangs on, when
	 * that one is in the future, carries over ("she would decide
	 * before the meeting in the spring", "will report, as it does every
	 * year, in February"); else a past one anywhere in the sentence still
	 * tells a narrative (« ..., puis le 1er janvier »); future ones after
	 * it across a clause break do not carry over ("spoke on Tuesday and
	 * will...") */
	if (!t && verb_before(m, a) > 0)
		t = 1;
	if (!t && tense_near(m, a, b, false) < 0)
		t = -1;
	return t;
}

/* Is a past verb the expression's own: one right before it ("ended Jan.
 * 15") or before the preposition that opens it ("lasted until May",
 * « a fermé en mai »), or a finite one after it in the clause it opens
 * (« le 2 mars, il a signé », "in May the plant closed")? */
static bool past_verb_close(const txmatch *m, size_t a, size_t b)
{
	if (a > 0 && m->tk[a - 1].cue < 0)
		return true;
	/* a deadline: not "had until Friday", « ont jusqu'au 30 avril » */
	long c0 = ends_at(m, a, TXC_UNTIL, NULL);
	if (c0 > 0)
		return m->tk[c0 - 1].cue < 0 && !(m->tk[c0 - 1].mask & BIT(TXC_HAVE));
	const struct tx_sense *cue = NULL;
	c0 = ends_at(m, a, TXC_YEARCUE, &cue);
	if (c0 > 0 && cue->v == 1 && m->tk[c0 - 1].cue < 0)
		return true;     /* not "said a March rise was likely" */
	/* after it, only when it opens its clause */
	size_t lead = 0;
	for (size_t k = a; k-- > 0 && m->tk[k].kind != WORD_PUNCT && !clause_stop(m, k);)
		if (++lead > LEAD_WORDS)
			return false;
	for (size_t k = b; k < m->n && k - b < TENSE_WINDOW; k++) {
		if (clause_stop(m, k) || m->tk[k].cue > 0)
			break;
		if (m->tk[k].cue == -1)
			return true;
	}
	return false;
}

/* Does word a follow the expression ending at byte e as the next item of
 * a list: nothing between but a comma, a conjunction or « puis »/"then"
 * and a short article or preposition? */
static bool list_after(const txmatch *m, size_t e, size_t a)
{
	size_t k = a;
	while (k > 0 && m->tk[k - 1].s >= e)
		k--;
	if (a - k > LIST_GAP)
		return false;
	for (; k < a; k++)
		if ((m->tk[k].kind == WORD_PUNCT && !is_punct(m, k, ",")) || abs(m->tk[k].cue) == 1)
			return false;
	return true;
}

/* ---- the sentence ---------------------------------------------------------- */

static void add_match(struct tk *t, size_t len, const struct tx_ent *e)
{
	if (t->nm == MAX_M) {
		memmove(t->m, t->m + 1, (MAX_M - 1) * sizeof t->m[0]);
		t->nm--;
	}
	t->m[t->nm].len = (unsigned char)len;
	t->m[t->nm].e = e;
	t->nm++;
	t->mask = 0;
	for (int k = 0; k < t->nm; k++)
		t->mask |= txlex_classes(t->m[k].e);
}

/* What the bytes of word t (its s, e, kind, digit0 set) alone tell. */
static void word_facts(const txmatch *m, const char *text, struct tk *t, struct wmemo *f)
{
	unsigned char c0 = (unsigned char)text[t->s];
	if (c0 < 0x80) {
		f->cap = c0 >= 'A' && c0 <= 'Z';
	} else {
		size_t q = t->s;
		f->cap = u_isupper(utf8_next(text, t->e, &q));
	}
	t->klen = txlex_fold(text + t->s, t->e - t->s, t->key, sizeof t->key);
	f->trim = 0;
	/* "Tuesday's" → "Tuesday" */
	if (t->kind == WORD_LETTER && t->klen > 2 && t->key[t->klen - 2] == '\'' && t->key[t->klen - 1] == 's') {
		t->klen -= 2;
		t->key[t->klen] = 0;
		if (t->e - t->s > 4 && memcmp(text + t->e - 4, "\xE2\x80\x99s", 4) == 0)
			f->trim = 4;
		else
			f->trim = 2;
	}
	f->klen = (signed char)t->klen;
	f->e = NULL;
	f->complete = false;
	if (t->klen > 0 && txlex_first_byte(m->lx, (unsigned char)t->key[0]))
		f->e = txlex_get(m->lx, t->key, (size_t)t->klen, &f->complete);
	bool word = t->kind == WORD_LETTER && !t->digit0 && t->klen > 0;
	f->futsuf = word && t->klen >= 5 && txlex_future_suffix(m->lx, t->key, (size_t)t->klen);
	f->pastsuf = word && t->klen >= 4 && txlex_past_suffix(m->lx, t->key, (size_t)t->klen);
	f->ptsuf = word && t->klen >= 5 && txlex_past_tense_suffix(m->lx, t->key, (size_t)t->klen);
}

static uint32_t wmemo_hash(const void *ctx, size_t i)
{
	return ((const struct wmemo *)ctx)[i].h;
}

/* Word t's facts, remembered or learnt (and then remembered); sets its key. */
static void word_lookup(txmatch *m, const char *text, struct tk *t, const struct wmemo **out, struct wmemo *tmp)
{
	size_t rl = t->e - t->s;
	const char *raw = text + t->s;
	if (rl >= MEMO_RAW) {
		word_facts(m, text, t, tmp);
		*out = tmp;
		return;
	}
	uint32_t h = hash_fnv(raw, rl);
	for (size_t j = hindex_start(&m->wm.ix, h), k; (k = hindex_next(&m->wm.ix, &j)) != HINDEX_NONE;) {
		const struct wmemo *f = &m->wm.v[k];
		if (f->h == h && f->rawlen == rl && f->kind == t->kind && memcmp(m->wm.pool + f->off, raw, rl) == 0) {
			t->klen = f->klen;
			if (f->klen > 0)
				memcpy(t->key, m->wm.pool + f->off + rl, (size_t)f->klen);
			t->key[f->klen > 0 ? f->klen : 0] = 0;
			*out = f;
			return;
		}
	}
	if (m->wm.n == MEMO_MAX) {
		m->wm.n = 0;
		m->wm.npool = 0;
		hindex_build(&m->wm.ix, 0, MEMO_MAX * 2 + 2, wmemo_hash, m->wm.v);
	}
	word_facts(m, text, t, tmp);
	size_t kl = t->klen > 0 ? (size_t)t->klen : 0;
	m->wm.pool = xgrow(m->wm.pool, &m->wm.cappool, m->wm.npool + rl + kl, 1);
	m->wm.v = xgrow(m->wm.v, &m->wm.cap, m->wm.n + 1, sizeof *m->wm.v);
	struct wmemo *f = &m->wm.v[m->wm.n++];
	*f = *tmp;
	f->h = h;
	f->off = (uint32_t)m->wm.npool;
	f->rawlen = (unsigned char)rl;
	f->kind = t->kind;
	memcpy(m->wm.pool + m->wm.npool, raw, rl);
	memcpy(m->wm.pool + m->wm.npool + rl, t->key, kl);
	m->wm.npool += rl + kl;
	hindex_add(&m->wm.ix, h, m->wm.n - 1, m->wm.n, wmemo_hash, m->wm.v);
	*out = f;
}

static void build(txmatch *m, const char *text, const struct word *w, size_t nw)
{
	m->t = text;
	m->n = 0;
	m->tk = xgrow(m->tk, &m->cap, nw ? nw : 1, sizeof *m->tk);
	for (size_t k = 0; k < nw; k++) {
		struct tk *t = &m->tk[m->n++];
		t->s = w[k].start;
		t->e = w[k].end;
		t->kind = (unsigned char)w[k].kind;
		t->gap = k == 0 || w[k].start > w[k - 1].end;
		unsigned char c0 = (unsigned char)text[t->s];
		t->digit0 = c0 >= '0' && c0 <= '9';
		t->digits = t->digit0;
		t->num = 0;
		t->ndig = 0;
		for (size_t p = t->s; p < t->e && t->digits; p++) {
			if (text[p] < '0' || text[p] > '9')
				t->digits = false;
			else if (t->ndig < 9)
				t->num = t->num * 10 + (text[p] - '0');
			if (t->ndig < 255)
				t->ndig++;
		}
		struct wmemo tmp;
		const struct wmemo *f;
		word_lookup(m, text, t, &f, &tmp);
		t->cap = f->cap;
		t->e -= f->trim;
		t->futsuf = f->futsuf;
		t->pastsuf = f->pastsuf;
		t->ptsuf = f->ptsuf;
		t->key1 = f->e;
		t->complete1 = f->complete;
		t->nm = 0;
		t->mask = 0;
		t->cue = 0;
	}
	m->first_word = 0;
	while (m->first_word < m->n && m->tk[m->first_word].kind == WORD_PUNCT)
		m->first_word++;
	char buf[256];
	for (size_t i = 0; i < m->n; i++) {
		struct tk *t = &m->tk[i];
		if (t->klen <= 0)
			continue;
		bool complete = t->complete1;
		const struct tx_ent *e = t->key1;
		if (!e)
			continue;
		if (complete)
			add_match(t, 1, e);
		/* Longer phrases are built in buf, their hash extended word by
		 * word, as long as some key goes on from there. */
		uint32_t h = 0;
		size_t bl = (size_t)t->klen;
		for (size_t j = i + 1; j < m->n && (int)(j - i) < m->maxw; j++) {
			const struct tk *u = &m->tk[j];
			if (u->klen <= 0 || bl + (size_t)u->klen + 2 >= sizeof buf)
				break;
			if (!txlex_extends(e, u->gap ? ' ' : (unsigned char)u->key[0]))
				break;
			if (j == i + 1) {
				memcpy(buf, t->key, bl);
				h = hash_fnv(t->key, bl);
			}
			if (u->gap) {
				buf[bl++] = ' ';
				h = hash_fnv_more(h, " ", 1);
			}
			memcpy(buf + bl, u->key, (size_t)u->klen);
			bl += (size_t)u->klen;
			h = hash_fnv_more(h, u->key, (size_t)u->klen);
			e = txlex_get_hashed(m->lx, buf, bl, h, &complete);
			if (!e)
				break;
			if (complete)
				add_match(t, j - i + 1, e);
		}
	}
	for (size_t i = 0; i < m->n; i++) {
		struct tk *t = &m->tk[i];
		if (t->kind != WORD_LETTER || t->digit0 || t->klen <= 0)
			continue;
		if (t->mask & BIT(TXC_FUT))
			t->cue = 1;
		else if (t->mask & BIT(TXC_PAST))
			/* a past form that is a participle too: future in "will
			 * be held", « devrait être fait » */
			t->cue = i >= 2 && m->tk[i - 2].cue == 1 && (K(m, i - 1, "be") || K(m, i - 1, "être")) ? 2 : -1;
		else if (!t->cap && t->futsuf && !(t->mask & BIT(TXC_FUTEXC)))
			t->cue = 1;
		else if (!t->cap && t->ptsuf && !(t->mask & BIT(TXC_FUTEXC)))
			t->cue = -1;   /* « attirait », « devaient » */
		else if (!t->cap && t->pastsuf) {
			/* a participle (or a noun: « marché »): a weak past cue,
			 * future after « sera », "will be", « devrait être mis » */
			t->cue = -2;
			for (size_t k = i; k-- > 0 && i - k <= 4 && (m->tk[k].kind != WORD_PUNCT || quote_mark(m, k)) &&
			                        m->tk[k].cue != -1;)
				if (m->tk[k].cue == 1 && (i - k <= 2 || K(m, k + 1, "être") || K(m, k + 1, "be"))) {
					t->cue = 2;
					break;
				}
		}
	}
	for (size_t i = 0; i < m->n; i++) {
		m->tk[i].stop = clause_stop_of(m, i);
		m->tk[i].quote = m->tk[i].kind == WORD_PUNCT && quote_mark(m, i);
	}
}

/* Merge clock time f (its first word a) into the day d just before it,
 * joined by a clock cue (« à », "at"): true when merged. */
static bool merge_day_clock(const txmatch *m, struct tx_found *d, const struct tx_found *f, size_t a)
{
	const struct tx_sem *c = &f->sem;
	if (c->type != TIME_TIME || c->anchor != TXA_NONE || c->hour < 0 || c->habitual || c->fixed)
		return false;
	struct tx_sem *s = &d->sem;
	if (s->type != TIME_DATE || s->hour >= 0 || s->fixed || s->range_end ||
	    !(s->anchor == TXA_ABS ? s->d > 0 : s->anchor == TXA_WEEKDAY || s->anchor == TXA_RELDAY ||
	                                       s->anchor == TXA_ANAPHOR))
		return false;
	long k = ends_at(m, a, TXC_CLOCKCUE, NULL);
	if (k <= 0 || m->tk[k - 1].e != d->end)
		return false;
	s->hour = c->hour;
	s->minute = c->minute;
	if (s->hour < 12 && (s->part == TXP_AF || s->part == TXP_EV || (s->part == TXP_NI && s->hour >= 6)))
		s->hour += 12;
	s->part = TXP_NONE;
	s->type = TIME_TIME;
	d->end = f->end;
	if (f->confidence < d->confidence)
		d->confidence = f->confidence;
	return true;
}

/* « du lundi au vendredi », "Monday through Friday": two bare weekdays
 * joined as a span (not by "and") name a weekly schedule, so each is any
 * such day of the week.  A span of dated days (« du lundi 3 au vendredi
 * 7 ») is absolute and stays out. */
static bool bare_weekday(const struct tx_sem *s)
{
	return s->type == TIME_DATE && s->anchor == TXA_WEEKDAY && !s->dir && s->hour < 0;
}

static bool weekday_span(const txmatch *m, const struct tx_found *d, const struct tx_found *f, size_t j)
{
	if (!bare_weekday(&d->sem) || !bare_weekday(&f->sem) || d->sem.wday == f->sem.wday)
		return false;
	if (K(m, j, "and") || K(m, j, "et"))
		return false;
	return d->end == m->tk[j - 1].e;
}

void txmatch_sentence(txmatch *m, const char *text, const struct word *w, size_t nw,
                      struct tx_found **out, size_t *n, size_t *cap)
{
	build(m, text, w, nw);
	size_t i = 0, first = *n;
	while (i < m->n) {
		struct tx_found f;
		f.start = f.end = 0;
		size_t e = try_at(m, i, &f);
		if (!e || e <= i) {
			i++;
			continue;
		}
		if (!m->skip && f.end > f.start) {
			/* the word range of the expression, for the tense */
			size_t a = i, b = e;
			while (a < b && m->tk[a].s < f.start)
				a++;
			bool since = ends_at(m, a, TXC_SINCE, NULL) >= 0;
			f.tense = since ? -1 : tense_of(m, a, b);
			f.sem.past_bound = since || (f.tense < 0 && past_verb_close(m, a, b));
			f.sem.listed = *n > first && list_after(m, (*out)[*n - 1].end, a);
			/* « jusqu'en mai », "until December" with no tense cue: a
			 * deadline, so the coming month or season */
			long u = ends_at(m, a, TXC_DET, NULL);   /* « jusqu'à l'été », "until the spring" */
			if (!f.tense && !f.sem.y && (f.sem.anchor == TXA_SEASON || (f.sem.m && !f.sem.d)) &&
			    (ends_at(m, a, TXC_UNTIL, NULL) >= 0 || (u >= 0 && ends_at(m, (size_t)u, TXC_UNTIL, NULL) >= 0)))
				f.tense = 1;
			/* « a voté la poursuite de la grève jusqu'à vendredi »: a
			 * weekday as a deadline is the coming one unless its own
			 * verb is past ("lasted until Friday") */
			if (f.sem.anchor == TXA_WEEKDAY && !f.sem.dir && f.tense <= 0 && !f.sem.past_bound &&
			    ends_at(m, a, TXC_UNTIL, NULL) >= 0)
				f.tense = 1;
			/* « dans trois ans »: the year three years ahead */
			int du = f.sem.unit & ~TXU_PLURAL;
			if (f.sem.type == TIME_DURATION && f.sem.dur_n > 0 && !f.sem.unit2 && !f.sem.dur_half &&
			    !f.sem.fixed && du >= TXU_DAY && du <= TXU_YEAR && du != TXU_WEEKEND &&
			    ends_at(m, a, TXC_AHEAD, NULL) >= 0) {
				f.sem.type = TIME_DATE;
				f.sem.anchor = TXA_UNITREF;
				f.sem.n = f.sem.dur_n;
			}
			f.sem.lean = m->narr <= -4 ? -1 : m->narr >= 4 ? 1 : 0;
			m->narr += f.tense ? 4 * f.tense - m->narr / 4 : 0;
			/* "most mornings at 6 a.m.", « les lundis à 18 heures » */
			if (f.sem.type == TIME_TIME && f.sem.anchor == TXA_NONE && f.sem.hour >= 0)
				for (size_t k = a, g = 0; k-- > 0 && g < HABIT_WORDS && m->tk[k].kind != WORD_PUNCT &&
				                          !m->tk[k].stop; g++)
					if (plural_of(m, k, TXC_PART) || plural_of(m, k, TXC_WDAY)) {
						f.sem.habitual = true;
						break;
					}
			/* « jeudi 28 mai à 20 h 30 », "Thursday at 6 p.m.": a day and
			 * the clock time that follows it after « à » / "at" are one
			 * point in time (the other order is read by clock_tail). */
			if (*n > first && merge_day_clock(m, &(*out)[*n - 1], &f, a)) {
				i = e;
				continue;
			}
			/* « du 5 décembre au 20 janvier »: the end of a range */
			long j = ends_at(m, a, TXC_RANGE, NULL);
			if (j > 0 && *n > first && weekday_span(m, &(*out)[*n - 1], &f, (size_t)j)) {
				(*out)[*n - 1].sem.type = f.sem.type = TIME_SET;
				(*out)[*n - 1].sem.anchor = f.sem.anchor = TXA_NONE;
			}
			if (j > 0 && *n > first && (*out)[*n - 1].end == m->tk[j - 1].e &&
			    (*out)[*n - 1].sem.anchor == TXA_ABS)
				f.sem.range_end = true;
			*out = xgrow(*out, cap, *n + 1, sizeof **out);
			(*out)[(*n)++] = f;
		}
		i = e;
	}
}

/* ---- the sentence filter ----------------------------------------------------- */

/* Every expression the families above recognise holds a word written with
 * digits or a word of one of these classes (a count needs its unit, « ce »
 * its « matin », « dernier » its « mois »; a plural weekday or part of the
 * day is its singular with an s). */
#define ANCHORS (BIT(TXC_UNIT) | BIT(TXC_MONTH) | BIT(TXC_MONTH_AB) | BIT(TXC_WDAY) | BIT(TXC_WDAY_AB) | \
	BIT(TXC_RELDAY) | BIT(TXC_PART) | BIT(TXC_WHOLE) | BIT(TXC_ANADAY) | BIT(TXC_HOLIDAY) | \
	BIT(TXC_SEASON) | BIT(TXC_SETADJ))
#define RUN_MAX 64          /* longer letter runs are in no lexicon */

/* Scripts the word breaker cuts with a dictionary (no spaces between words):
 * letter runs are no words there. */
static bool dictionary_script(int32_t cp)
{
	int lb = u_getIntPropertyValue(cp, UCHAR_LINE_BREAK);
	return lb == U_LB_COMPLEX_CONTEXT || lb == U_LB_IDEOGRAPHIC || lb == U_LB_CONDITIONAL_JAPANESE_STARTER;
}

static long anchor_find(const txmatch *m, const char *k, size_t n, uint32_t h)
{
	for (size_t j = hindex_start(&m->an.ix, h), i; (i = hindex_next(&m->an.ix, &j)) != HINDEX_NONE;) {
		const struct anchor *x = &m->an.v[i];
		if (x->h == h && x->len == n && memcmp(m->an.pool + x->off, k, n) == 0)
			return (long)i;
	}
	return -1;
}

static uint32_t anchor_hash(const void *ctx, size_t i)
{
	return ((const struct anchor *)ctx)[i].h;
}

/* plural: the run with an s stands for it too (« lundis », « soirs »). */
static void anchor_add(txmatch *m, const char *k, size_t n, bool plural)
{
	uint32_t h = hash_fnv(k, n);
	long at = anchor_find(m, k, n, h);
	if (at >= 0) {
		if (plural)
			m->an.v[at].plural = true;
		return;
	}
	m->an.pool = xgrow(m->an.pool, &m->an.cappool, m->an.npool + n, 1);
	memcpy(m->an.pool + m->an.npool, k, n);
	m->an.v = xgrow(m->an.v, &m->an.cap, m->an.n + 1, sizeof *m->an.v);
	m->an.v[m->an.n] = (struct anchor){h, (uint32_t)m->an.npool, (unsigned char)n, plural};
	m->an.n++;
	hindex_add(&m->an.ix, h, m->an.n - 1, m->an.n, anchor_hash, m->an.v);
	m->an.npool += n;
	m->an.first[(unsigned char)k[0]] = true;
	m->an.lens[(unsigned char)k[0]] |= UINT64_C(1) << (n - 1);
	if (!m->an.minlen || n < m->an.minlen)
		m->an.minlen = n;
	if (n > m->an.maxlen)
		m->an.maxlen = n;
}

/* Words too common to stand for an entry (determiners, prepositions...). */
#define COMMON (BIT(TXC_DET) | BIT(TXC_STOP) | BIT(TXC_JOIN) | BIT(TXC_CLAUSE) | BIT(TXC_YEARCUE) | \
	BIT(TXC_CLOCKCUE) | BIT(TXC_RANGE) | BIT(TXC_PER) | BIT(TXC_MOD) | BIT(TXC_APPROX) | BIT(TXC_NUM))

static bool common_word(const txmatch *m, const char *k, size_t n)
{
	if (n == 1)
		return true;    /* « l » of « toute l'année » */
	bool complete;
	const struct tx_ent *e = txlex_get(m->lx, k, n, &complete);
	return e && complete && (txlex_classes(e) & COMMON) && !(txlex_classes(e) & ANCHORS);
}

/* A letter run of each anchor entry (keys are folded already). */
static void anchors_build(txmatch *m)
{
	for (size_t i = 0, n = txlex_count(m->lx); i < n; i++) {
		size_t kl;
		uint64_t cls;
		bool complete;
		const char *k = txlex_entry(m->lx, i, &kl, &cls, &complete);
		if (!complete || !(cls & ANCHORS))
			continue;
		/* the longest run that is no common word (« the » of "the day"),
		 * the last one on a tie: "day" */
		size_t best = 0, bl = 0, run = 0;
		bool bcommon = true;
		for (size_t p = 0; p <= kl;) {
			size_t q = p;
			int32_t cp = p < kl ? utf8_next(k, kl, &q) : ' ';
			if (p < kl && dictionary_script(cp)) {
				m->an.off = true;
				return;
			}
			if (p < kl && u_isalpha(cp)) {
				p = q;
				continue;
			}
			bool common = p > run && common_word(m, k + run, p - run);
			if (p > run && ((bcommon && !common) || (common == bcommon && p - run >= bl))) {
				best = run;
				bl = p - run;
				bcommon = common;
			}
			if (p == kl)
				break;
			p = q;
			run = p;
		}
		if (!bl || bl > RUN_MAX) {
			m->an.off = true;    /* no letters to look for: read every sentence */
			return;
		}
		anchor_add(m, k + best, bl, (cls & (BIT(TXC_WDAY) | BIT(TXC_PART))) != 0);
	}
}

/* Is the folded letter run k[0..n) (or it without a plural s) an anchor? */
static bool anchor_run(const txmatch *m, const char *k, size_t n)
{
	if (n < m->an.minlen || n > m->an.maxlen + 1)
		return false;
	uint64_t lens = m->an.lens[(unsigned char)k[0]];
	if (n <= m->an.maxlen && ((lens >> (n - 1)) & 1) && anchor_find(m, k, n, hash_fnv(k, n)) >= 0)
		return true;
	if (n < 2 || k[n - 1] != 's' || n - 1 < m->an.minlen || !((lens >> (n - 2)) & 1))
		return false;
	long at = anchor_find(m, k, n - 1, hash_fnv(k, n - 1));
	return at >= 0 && m->an.v[at].plural;
}

bool txmatch_may_hold(const txmatch *m, const char *text, size_t s, size_t e)
{
	if (m->an.off)
		return true;
	const unsigned char *t = (const unsigned char *)text;
	char buf[RUN_MAX + 8];
	size_t bl = 0;
	bool over = false, skip = false;   /* skip: the run cannot be an anchor (first letter) */
	for (size_t i = s; i <= e;) {
		int32_t cp;
		unsigned char c = i < e ? t[i] : ' ';
		bool letter;
		if (c < 0x80) {
			if ((unsigned)(c - '0') < 10u)
				return true;
			letter = (unsigned)((c | 0x20) - 'a') < 26u;
			i++;
			if (letter) {
				if (!bl && !skip && !m->an.first[c | 0x20])
					skip = true;
				if (skip) {
					while (i < e && (unsigned)((t[i] | 0x20) - 'a') < 26u)
						i++;
					continue;
				}
				if (bl < RUN_MAX)
					buf[bl++] = (char)(c | 0x20);
				else
					over = true;
				while (i < e && (unsigned)((t[i] | 0x20) - 'a') < 26u) {
					if (bl < RUN_MAX)
						buf[bl++] = (char)(t[i] | 0x20);
					else
						over = true;
					i++;
				}
				continue;
			}
			cp = c;
		} else {
			cp = utf8_next(text, e, &i);
			if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) {
				letter = true;      /* Latin-1 and Latin Extended-A/B letters */
			} else {
				if (dictionary_script(cp) || u_isdigit(cp))
					return true;
				letter = u_isalpha(u_foldCase(cp, U_FOLD_CASE_DEFAULT));
			}
			if (letter) {
				if (skip)
					continue;
				cp = u_foldCase(cp, U_FOLD_CASE_DEFAULT);
				char enc[4];
				int k = utf8_encode(cp, enc);
				if (!bl && !m->an.first[(unsigned char)enc[0]]) {
					skip = true;
					continue;
				}
				if (bl + (size_t)k <= RUN_MAX) {
					memcpy(buf + bl, enc, (size_t)k);
					bl += (size_t)k;
				} else {
					over = true;
				}
				continue;
			}
		}
		/* the end of a letter run */
		if (bl && !over && anchor_run(m, buf, bl))
			return true;
		bl = 0;
		over = skip = false;
		if (i > e)
			break;
	}
	return false;
}

/* ---- setup ---------------------------------------------------------------- */

/* Does the locale capitalise these names in running text ("January" but
 * « janvier »)?  lang_month() gives them in lower case. */
static bool icu_capitalised(const char *locale, UDateFormatSymbolType type)
{
	UErrorCode st = U_ZERO_ERROR;
	UDateFormat *df = udat_open(UDAT_NONE, UDAT_LONG, locale, NULL, 0, NULL, 0, &st);
	if (U_FAILURE(st))
		return false;
	UChar buf[64];
	int32_t n = udat_getSymbols(df, type, type == UDAT_MONTHS ? 0 : 2, buf, 64, &st);
	udat_close(df);
	if (U_FAILURE(st) || n <= 0)
		return false;
	UChar32 c;
	int32_t i = 0;
	U16_NEXT(buf, i, n, c);
	return u_isupper(c);
}

txmatch *txmatch_new(const lang *l)
{
	txmatch *m = xcalloc(1, sizeof *m);
	m->lx = txlex_new(l);
	m->maxw = txlex_max_words(m->lx);
	if (m->maxw < 1)
		m->maxw = 1;
	const lexicon *o = lang_lex(l, "timex_numeric_date_order");
	m->mdy = lex_has(o, "mdy", 3);
	m->month_cap = icu_capitalised(lang_code(l), UDAT_MONTHS);
	m->wday_cap = icu_capitalised(lang_code(l), UDAT_WEEKDAYS);
	anchors_build(m);
	/* the word memory at its full size at once: no growing, no copies */
	m->wm.v = xgrow(NULL, &m->wm.cap, MEMO_MAX, sizeof *m->wm.v);
	m->wm.pool = xgrow(NULL, &m->wm.cappool, MEMO_MAX * 16, 1);
	hindex_build(&m->wm.ix, 0, MEMO_MAX * 2 + 2, wmemo_hash, m->wm.v);
	return m;
}

void txmatch_free(txmatch *m)
{
	if (!m)
		return;
	txlex_free(m->lx);
	free(m->tk);
	free(m->an.pool);
	free(m->an.v);
	hindex_free(&m->an.ix);
	free(m->wm.v);
	free(m->wm.pool);
	hindex_free(&m->wm.ix);
	free(m);
}
