/* timex_lex.c — one folded table of the time-expression lexicons. */
#include "timex_lex.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "hindex.h"
#include "util.h"

#define MAX_SENSES 6

struct tx_ent {
	char *key;
	size_t klen;
	uint32_t hash;
	bool complete;
	bool ext_space;        /* a longer key starts with this one and a space */
	bool ext_touch;        /* ... and another byte (the next word touching) */
	uint64_t classes;
	int nsn;
	struct tx_sense sn[MAX_SENSES];
};

struct txlex {
	struct tx_ent *e;
	size_t n, cap;
	struct hindex ix;
	int maxw;
	char **strs;           /* values owned by the table */
	size_t nstrs, capstrs;
	char **ordsuf, **futsuf, **pastsuf, **ptsuf, **agesuf;
	size_t nordsuf, capordsuf, nfutsuf, capfutsuf, npastsuf, cappastsuf, nptsuf, capptsuf, nagesuf, capagesuf;
	size_t *ordlen, *futlen, *pastlen, *ptlen, *agelen; /* their lengths */
	size_t capordlen, capfutlen, cappastlen, capptlen, capagelen;
	/* hashed last two bytes of the suffixes (64 words), then the last byte
	 * of one-byte suffixes (4 words) */
	uint64_t ordlast[68], futlast[68], pastlast[68], ptlast[68], agelast[68];
	bool first[256];                   /* first bytes of the keys */
};

/* How a lexicon's values read. */
enum vkind {
	V_NONE,     /* a list: no value */
	V_INT,      /* "12", "-1" */
	V_UNIT,     /* "PY", "PY+" (plural forms), "PTH", ... */
	V_REL,      /* "-1", "0NI": day offset and optional part of day */
	V_PART,     /* MO AF EV NI T12 (noon) T00 (midnight) */
	V_MOD,      /* before after current span, before_post after_post */
	V_INOUT,    /* inside outside */
	V_SET,      /* per_unit, or a unit code */
	V_AGO,      /* precedes follows */
	V_STRENGTH, /* strong weak */
	V_PERIOD,   /* opening middle closing */
	V_STR,      /* kept as written ("null" and "" mean no value) */
	V_SEASON,   /* SP SU FA WI */
	V_AMPM,     /* ante post */
};

static const struct {
	const char *name;
	enum txc cls;
	enum vkind vk;
} lexicons[] = {
	{"timex_numbers", TXC_NUM, V_INT},
	{"timex_number_scales", TXC_SCALE, V_INT},
	{"timex_number_joiners", TXC_JOIN, V_NONE},
	{"timex_vague_quantities", TXC_VAGUE, V_NONE},
	{"timex_ordinals", TXC_ORD, V_INT},
	{"timex_units", TXC_UNIT, V_UNIT},
	{"timex_month_extra", TXC_MONTH_AB, V_INT},
	{"timex_relative_days", TXC_RELDAY, V_REL},
	{"timex_parts_of_day", TXC_PART, V_PART},
	{"timex_modifiers", TXC_MOD, V_MOD},
	{"timex_approximators", TXC_APPROX, V_INOUT},
	{"timex_clock_cues", TXC_CLOCKCUE, V_NONE},
	{"timex_set_words", TXC_SETQ, V_SET},
	{"timex_per", TXC_PER, V_NONE},
	{"timex_times", TXC_TIMES, V_NONE},
	{"timex_ago", TXC_AGO, V_AGO},
	{"timex_future_cues", TXC_FUT, V_NONE},
	{"timex_future_exceptions", TXC_FUTEXC, V_NONE},
	{"timex_past_cues", TXC_PAST, V_NONE},
	{"timex_year_cues", TXC_YEARCUE, V_STRENGTH},
	{"timex_period_modifiers", TXC_PERIOD, V_PERIOD},
	{"timex_whole_periods", TXC_WHOLE, V_STR},
	{"timex_determiners", TXC_DET, V_INOUT},
	{"timex_anaphoric_days", TXC_ANADAY, V_INT},
	{"timex_holidays", TXC_HOLIDAY, V_STR},
	{"timex_seasons", TXC_SEASON, V_SEASON},
	{"timex_ampm", TXC_AMPM, V_AMPM},
	{"timex_oclock", TXC_OCLOCK, V_NONE},
	{"timex_timezones", TXC_TZ, V_NONE},
	{"timex_duration_cues", TXC_DURCUE, V_NONE},
	{"timex_age_cues", TXC_AGE, V_AGO},
	{"timex_half", TXC_HALF, V_NONE},
	{"timex_deictic_suffixes", TXC_DEICTIC, V_NONE},
	{"timex_range_joiners", TXC_RANGE, V_NONE},
	{"timex_clause_breaks", TXC_CLAUSE, V_NONE},
	{"timex_set_alternate", TXC_ALT, V_NONE},
	{"timex_since", TXC_SINCE, V_NONE},
	{"timex_until", TXC_UNTIL, V_NONE},
	{"timex_ahead", TXC_AHEAD, V_NONE},
	{"timex_have", TXC_HAVE, V_NONE},
	{"timex_counted_nouns", TXC_COUNTED, V_NONE},
	{"timex_age_nouns", TXC_AGENOUN, V_NONE},
	{"timex_age_noun_exceptions", TXC_AGENOT, V_NONE},
	{"timex_age_preps", TXC_AGEPREP, V_NONE},
	{"timex_date_joiners", TXC_ONDATE, V_NONE},
	{"timex_number_nouns", TXC_NUMNOUN, V_NONE},
	{"stopwords", TXC_STOP, V_NONE},
};

/* Unit codes of the packs (chosen so that no unit word folds to one) and
 * the TIMEX3 designator each one writes. */
static const struct { const char *code; int unit; const char *timex; } unit_codes[] = {
	{"PTS", TXU_SEC, "S"}, {"PTM", TXU_MIN, "M"}, {"PTH", TXU_HOUR, "H"}, {"PD", TXU_DAY, "D"},
	{"PW", TXU_WEEK, "W"}, {"PWE", TXU_WEEKEND, "WE"}, {"PM", TXU_MONTH, "M"},
	{"PQ", TXU_QUARTER, "Q"}, {"PY", TXU_YEAR, "Y"}, {"PDE", TXU_DECADE, "DE"},
	{"PCE", TXU_CENTURY, "CE"},
};

static const char *const part_codes[] = {"", "MO", "AF", "EV", "NI", "T12", "T00"};

/* ---- folding ------------------------------------------------------------ */

int txlex_fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0, i = 0;
	if (n < cap) {
		/* ASCII fast path */
		while (i < n && (unsigned char)s[i] < 0x80) {
			unsigned char c = (unsigned char)s[i++];
			out[o++] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);
		}
		if (i == n) {
			out[o] = 0;
			return (int)o;
		}
	}
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (o + 1 >= cap)
				return -1;
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		int32_t cp = utf8_next(s, n, &i);
		if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
			cp = '\'';
		else
			cp = u_foldCase(cp, U_FOLD_CASE_DEFAULT);
		char b[4];
		int k = utf8_encode(cp, b);
		if (o + (size_t)k >= cap)
			return -1;
		memcpy(out + o, b, (size_t)k);
		o += (size_t)k;
	}
	if (o >= cap)
		return -1;
	out[o] = 0;
	return (int)o;
}

/* ---- the table ------------------------------------------------------------ */

static long lookup(const txlex *t, const char *k, size_t n, uint32_t h)
{
	for (size_t j = hindex_start(&t->ix, h), i; (i = hindex_next(&t->ix, &j)) != HINDEX_NONE;) {
		const struct tx_ent *e = &t->e[i];
		if (e->hash == h && e->klen == n && memcmp(e->key, k, n) == 0)
			return (long)i;
	}
	return -1;
}

static uint32_t ent_hash(const void *ctx, size_t i)
{
	return ((const txlex *)ctx)->e[i].hash;
}

static struct tx_ent *intern(txlex *t, const char *k, size_t n)
{
	uint32_t h = hash_fnv(k, n);
	long i = lookup(t, k, n, h);
	if (i >= 0)
		return &t->e[i];
	t->e = xgrow(t->e, &t->cap, t->n + 1, sizeof *t->e);
	struct tx_ent *e = &t->e[t->n++];
	memset(e, 0, sizeof *e);
	e->key = xstrndup(k, n);
	e->klen = n;
	e->hash = h;
	t->first[(unsigned char)k[0]] = true;
	hindex_add(&t->ix, h, t->n - 1, t->n, ent_hash, t);
	return e;
}

static const char *keep(txlex *t, const char *s)
{
	if (!s)
		return NULL;
	t->strs = xgrow(t->strs, &t->capstrs, t->nstrs + 1, sizeof *t->strs);
	return t->strs[t->nstrs++] = xstrdup(s);
}

static bool is_sep(char c)
{
	return c == ' ' || (c > 0 && c < 0x7f && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')));
}

/* Add a (folded) phrase with one sense, and its prefixes. */
static void add_key(txlex *t, const char *k, size_t n, enum txc cls, int v, const char *s)
{
	if (!n)
		return;
	int words = 1;
	for (size_t i = 0; i < n; i++) {
		if (!is_sep(k[i]))
			continue;
		words += k[i] == ' ' ? 1 : 2;
		if (i > 0)
			intern(t, k, i);
		if (k[i] != ' ' && i + 1 < n)
			intern(t, k, i + 1);
	}
	if (words > t->maxw)
		t->maxw = words;
	struct tx_ent *e = intern(t, k, n);
	e->complete = true;
	for (int i = 0; i < e->nsn; i++)
		if (e->sn[i].cls == cls)
			return;   /* first sense of a class wins */
	if (e->nsn < MAX_SENSES) {
		e->sn[e->nsn++] = (struct tx_sense){(unsigned char)cls, v, keep(t, s)};
		e->classes |= UINT64_C(1) << cls;
	}
}

static void add_text(txlex *t, const char *text, enum txc cls, int v, const char *s)
{
	size_t n;
	char *k = lang_fold(text, strlen(text), &n);
	/* Collapse runs of spaces written in the pack. */
	size_t o = 0;
	for (size_t i = 0; i < n; i++)
		if (!(k[i] == ' ' && (o == 0 || k[o - 1] == ' ')))
			k[o++] = k[i];
	while (o && k[o - 1] == ' ')
		o--;
	add_key(t, k, o, cls, v, s);
	free(k);
}

static int parse_unit(const char *v)
{
	size_t n = strlen(v);
	bool pl = n > 1 && v[n - 1] == '+';
	if (pl)
		n--;
	for (size_t i = 0; i < ARRAY_LEN(unit_codes); i++)
		if (strlen(unit_codes[i].code) == n && strncmp(unit_codes[i].code, v, n) == 0)
			return unit_codes[i].unit | (pl ? TXU_PLURAL : 0);
	return -1;
}

static int parse_part(const char *v)
{
	for (size_t i = 1; i < ARRAY_LEN(part_codes); i++)
		if (strcmp(v, part_codes[i]) == 0)
			return (int)i;
	return -1;
}

static int parse_word(const char *v, const char *const *words, int nwords)
{
	for (int i = 0; i < nwords; i++)
		if (strcmp(v, words[i]) == 0)
			return i;
	return -1;
}

/* Turn a lexicon value into a sense; false if the value is not understood
 * (such entries are skipped). */
static bool make_sense(enum vkind vk, enum txc *cls, const char *val, int *v, const char **s)
{
	/* Codes are never words of their own lexicon (a mapping key is also
	 * an entry, and would swallow a form folding to the same text). */
	static const char *const mods[] = {"", "before", "after", "current", "span"};
	static const char *const inout[] = {"outside", "inside"};
	static const char *const ago[] = {"precedes", "follows"};
	static const char *const strength[] = {"weak", "strong"};
	static const char *const periods[] = {"", "opening", "middle", "closing"};
	static const char *const seasons[] = {"", "SP", "SU", "FA", "WI"};
	static const char *const ampm[] = {"", "ante", "post"};
	char *end;
	*v = 0;
	*s = NULL;
	switch (vk) {
	case V_NONE:
		return true;
	case V_INT:
		*v = (int)strtol(val, &end, 10);
		return end != val && !*end;
	case V_UNIT:
		*v = parse_unit(val);
		return *v > 0;
	case V_REL:
		*v = (int)strtol(val, &end, 10);
		if (end == val)
			return false;
		if (*end) {
			if (parse_part(end) < 0)
				return false;
			*s = end;
		}
		return true;
	case V_PART:
		*v = parse_part(val);
		return *v > 0;
	case V_MOD:
		if (strcmp(val, "before_post") == 0 || strcmp(val, "after_post") == 0) {
			*cls = TXC_MODPOST;
			*v = val[0] == 'b' ? TXM_LAST : TXM_NEXT;
			return true;
		}
		*v = parse_word(val, mods, (int)ARRAY_LEN(mods));
		return *v > 0;
	case V_INOUT:
		*v = parse_word(val, inout, 2);
		return *v >= 0;
	case V_SET:
		if (strcmp(val, "per_unit") == 0)
			return true;
		*cls = TXC_SETADJ;
		*v = parse_unit(val);
		return *v > 0;
	case V_AGO:
		*v = parse_word(val, ago, 2);
		return *v >= 0;
	case V_STRENGTH:
		*v = parse_word(val, strength, 2);
		return *v >= 0;
	case V_PERIOD:
		*v = parse_word(val, periods, (int)ARRAY_LEN(periods));
		return *v > 0;
	case V_STR:
		*s = strcmp(val, "null") == 0 ? "" : val;
		return true;
	case V_SEASON:
		*v = parse_word(val, seasons, (int)ARRAY_LEN(seasons));
		return *v > 0;
	case V_AMPM:
		*v = parse_word(val, ampm, (int)ARRAY_LEN(ampm));
		return *v > 0;
	}
	return false;
}

static unsigned pair_bit(const char *w, size_t wn)
{
	return ((unsigned char)w[wn - 2] * 31u + (unsigned char)w[wn - 1]) & 4095u;
}

static void add_suffix(char ***arr, size_t **lens, size_t *n, size_t *cap, size_t *capl, uint64_t *last,
                       const char *text)
{
	size_t len;
	char *k = lang_fold(text, strlen(text), &len);
	if (!len) {
		free(k);
		return;
	}
	*arr = xgrow(*arr, cap, *n + 1, sizeof **arr);
	*lens = xgrow(*lens, capl, *n + 1, sizeof **lens);
	(*arr)[*n] = k;
	(*lens)[*n] = len;
	(*n)++;
	if (len == 1) {
		last[64 + ((unsigned char)k[0] >> 6)] |= UINT64_C(1) << ((unsigned char)k[0] & 63);
	} else {
		unsigned b = pair_bit(k, len);
		last[b >> 6] |= UINT64_C(1) << (b & 63);
	}
}

txlex *txlex_new(const lang *l)
{
	txlex *t = xcalloc(1, sizeof *t);
	for (size_t i = 0; i < ARRAY_LEN(lexicons); i++) {
		const lexicon *x = lang_lex(l, lexicons[i].name);
		for (size_t k = 0; k < lex_size(x); k++) {
			const char *val = NULL;
			const char *text = lex_entry(x, k, &val);
			enum txc cls = lexicons[i].cls;
			int v;
			const char *s;
			/* A mapping key with a list of forms is an entry too, valued
			 * with itself: here the keys are codes ("Y", "-1"), not words. */
			if (lexicons[i].vk != V_NONE && val && strcmp(text, val) == 0)
				continue;
			if (make_sense(lexicons[i].vk, &cls, val ? val : "", &v, &s))
				add_text(t, text, cls, v, s);
		}
	}
	for (int m = 1; m <= 12; m++) {
		const char *w = lang_month(l, m, false), *a = lang_month(l, m, true);
		if (w && *w)
			add_text(t, w, TXC_MONTH, m, NULL);
		if (a && *a && (!w || strcmp(a, w) != 0))
			add_text(t, a, TXC_MONTH_AB, m, NULL);
	}
	for (int d = 1; d <= 7; d++) {
		const char *w = lang_weekday(l, d, false), *a = lang_weekday(l, d, true);
		if (w && *w)
			add_text(t, w, TXC_WDAY, d, NULL);
		if (a && *a && (!w || strcmp(a, w) != 0))
			add_text(t, a, TXC_WDAY_AB, d, NULL);
	}
	const lexicon *x = lang_lex(l, "timex_ordinal_suffixes");
	for (size_t k = 0; k < lex_size(x); k++)
		add_suffix(&t->ordsuf, &t->ordlen, &t->nordsuf, &t->capordsuf, &t->capordlen, t->ordlast,
		           lex_entry(x, k, NULL));
	x = lang_lex(l, "timex_future_suffixes");
	for (size_t k = 0; k < lex_size(x); k++)
		add_suffix(&t->futsuf, &t->futlen, &t->nfutsuf, &t->capfutsuf, &t->capfutlen, t->futlast,
		           lex_entry(x, k, NULL));
	x = lang_lex(l, "timex_past_suffixes");
	for (size_t k = 0; k < lex_size(x); k++)
		add_suffix(&t->pastsuf, &t->pastlen, &t->npastsuf, &t->cappastsuf, &t->cappastlen, t->pastlast,
		           lex_entry(x, k, NULL));
	x = lang_lex(l, "timex_past_tense_suffixes");
	for (size_t k = 0; k < lex_size(x); k++)
		add_suffix(&t->ptsuf, &t->ptlen, &t->nptsuf, &t->capptsuf, &t->capptlen, t->ptlast,
		           lex_entry(x, k, NULL));
	x = lang_lex(l, "timex_age_noun_suffixes");
	for (size_t k = 0; k < lex_size(x); k++)
		add_suffix(&t->agesuf, &t->agelen, &t->nagesuf, &t->capagesuf, &t->capagelen, t->agelast,
		           lex_entry(x, k, NULL));
	/* which keys longer ones start with, and the byte that follows */
	for (size_t i = 0; i < t->n; i++)
		for (size_t k = 1; k < t->e[i].klen; k++) {
			long p = lookup(t, t->e[i].key, k, hash_fnv(t->e[i].key, k));
			if (p < 0)
				continue;
			if (t->e[i].key[k] == ' ')
				t->e[p].ext_space = true;
			else
				t->e[p].ext_touch = true;
		}
	return t;
}

void txlex_free(txlex *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		free(t->e[i].key);
	free(t->e);
	hindex_free(&t->ix);
	for (size_t i = 0; i < t->nstrs; i++)
		free(t->strs[i]);
	free(t->strs);
	for (size_t i = 0; i < t->nordsuf; i++)
		free(t->ordsuf[i]);
	free(t->ordsuf);
	for (size_t i = 0; i < t->nfutsuf; i++)
		free(t->futsuf[i]);
	free(t->futsuf);
	for (size_t i = 0; i < t->npastsuf; i++)
		free(t->pastsuf[i]);
	free(t->pastsuf);
	for (size_t i = 0; i < t->nptsuf; i++)
		free(t->ptsuf[i]);
	free(t->ptsuf);
	for (size_t i = 0; i < t->nagesuf; i++)
		free(t->agesuf[i]);
	free(t->agesuf);
	free(t->agelen);
	free(t->ptlen);
	free(t->ordlen);
	free(t->futlen);
	free(t->pastlen);
	free(t);
}

const struct tx_ent *txlex_get(const txlex *t, const char *key, size_t n, bool *complete)
{
	return txlex_get_hashed(t, key, n, hash_fnv(key, n), complete);
}

bool txlex_first_byte(const txlex *t, unsigned char c)
{
	return t->first[c];
}

const struct tx_ent *txlex_get_hashed(const txlex *t, const char *key, size_t n, uint32_t h, bool *complete)
{
	long i = lookup(t, key, n, h);
	if (i < 0)
		return NULL;
	if (complete)
		*complete = t->e[i].complete;
	return &t->e[i];
}

bool txlex_extends(const struct tx_ent *e, unsigned char next)
{
	return next == ' ' ? e->ext_space : e->ext_touch;
}

uint64_t txlex_classes(const struct tx_ent *e)
{
	return e ? e->classes : 0;
}

const struct tx_sense *txlex_sense(const struct tx_ent *e, enum txc cls)
{
	if (!e || !(e->classes & (UINT64_C(1) << cls)))
		return NULL;
	for (int i = 0; i < e->nsn; i++)
		if (e->sn[i].cls == cls)
			return &e->sn[i];
	return NULL;
}

size_t txlex_count(const txlex *t)
{
	return t->n;
}

const char *txlex_entry(const txlex *t, size_t i, size_t *n, uint64_t *classes, bool *complete)
{
	const struct tx_ent *e = &t->e[i];
	*n = e->klen;
	*classes = e->classes;
	*complete = e->complete;
	return e->key;
}

int txlex_max_words(const txlex *t)
{
	return t->maxw;
}

/* The longest suffix of the list that w ends with.  last[] holds the last
 * bytes of the suffixes, so most words are turned away at once. */
static size_t ends_with(char *const *arr, const size_t *lens, size_t n, const uint64_t *last,
                        const char *w, size_t wn)
{
	size_t best = 0;
	if (wn < 1)
		return 0;
	unsigned b = wn >= 2 ? pair_bit(w, wn) : 0;
	if (!(last[64 + ((unsigned char)w[wn - 1] >> 6)] & (UINT64_C(1) << ((unsigned char)w[wn - 1] & 63))) &&
	    (wn < 2 || !(last[b >> 6] & (UINT64_C(1) << (b & 63)))))
		return 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = lens[i];
		if (k > best && k <= wn && arr[i][k - 1] == w[wn - 1] && memcmp(w + wn - k, arr[i], k) == 0)
			best = k;
	}
	return best;
}

size_t txlex_ordinal_suffix(const txlex *t, const char *w, size_t n)
{
	return ends_with(t->ordsuf, t->ordlen, t->nordsuf, t->ordlast, w, n);
}

size_t txlex_future_suffix(const txlex *t, const char *w, size_t n)
{
	return ends_with(t->futsuf, t->futlen, t->nfutsuf, t->futlast, w, n);
}

size_t txlex_past_suffix(const txlex *t, const char *w, size_t n)
{
	return ends_with(t->pastsuf, t->pastlen, t->npastsuf, t->pastlast, w, n);
}

size_t txlex_past_tense_suffix(const txlex *t, const char *w, size_t n)
{
	return ends_with(t->ptsuf, t->ptlen, t->nptsuf, t->ptlast, w, n);
}

size_t txlex_age_noun_suffix(const txlex *t, const char *w, size_t n)
{
	return ends_with(t->agesuf, t->agelen, t->nagesuf, t->agelast, w, n);
}

const char *txlex_unit_code(int unit)
{
	unit &= ~TXU_PLURAL;
	for (size_t i = 0; i < ARRAY_LEN(unit_codes); i++)
		if (unit_codes[i].unit == unit)
			return unit_codes[i].timex;
	return "";
}

bool txlex_unit_is_time(int unit)
{
	unit &= ~TXU_PLURAL;
	return unit == TXU_HOUR || unit == TXU_MIN || unit == TXU_SEC;
}

int txlex_part_of(const char *code)
{
	int p = code ? parse_part(code) : -1;
	return p > 0 ? p : TXP_NONE;
}

const char *txlex_part_code(int part)
{
	return part >= TXP_MO && part <= TXP_NI ? part_codes[part] : NULL;
}
