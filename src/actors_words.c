/* actors_words.c — the actor pass's tokens and word facts.
 *
 * Words come from doc_words() (ICU word boundaries, French elisions split)
 * sentence by sentence; hyphenated compounds (Jean-Marie, Hauts-de-Seine,
 * al-Assad) are joined into one token.  Each distinct surface is interned
 * once and mapped to its case-folded form, whose lexicon memberships and
 * folding key are computed once per document, not per occurrence.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "actors_fold.h"
#include "actors_model.h"
#include "hindex.h"
#include "util.h"

/* ---- code points (ASCII without a call) ------------------------------- */

static inline int32_t next_cp(const char *t, size_t e, size_t *i)
{
	unsigned char c = (unsigned char)t[*i];
	if (c < 0x80) {
		(*i)++;
		return c;
	}
	return utf8_next(t, e, i);
}

static inline bool lower_cp(int32_t c)
{
	return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c);
}

/* A capital: upper or title case. */
static inline bool upper_cp(int32_t c)
{
	return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
}

static inline bool alpha_cp(int32_t c)
{
	return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c);
}

/* ---- folded forms ------------------------------------------------------ */

static uint32_t fo_hash(const void *ctx, size_t i)
{
	return ((const struct actx *)ctx)->fo[i].hash;
}

static long fo_find(const struct actx *x, const char *f, size_t flen, uint32_t h)
{
	for (size_t j = hindex_start(&x->foix, h), k; (k = hindex_next(&x->foix, &j)) != HINDEX_NONE;) {
		const struct afold *e = &x->fo[k];
		if (e->hash == h && e->len == flen && memcmp(e->fold, f, flen) == 0)
			return (long)k;
	}
	return -1;
}

static bool is_month_or_day(const struct actx *x, const char *f, size_t n, uint32_t *lx)
{
	for (int m = 1; m <= 12; m++)
		for (int a = 0; a < 2; a++) {
			const char *s = lang_month(x->lang, m, a);
			if (*s && strlen(s) == n && memcmp(s, f, n) == 0) {
				*lx |= LX_MONTH;
				return true;
			}
		}
	for (int w = 1; w <= 7; w++) {
		const char *s = lang_weekday(x->lang, w, false);
		if (*s && strlen(s) == n && memcmp(s, f, n) == 0) {
			*lx |= LX_WEEKDAY;
			return true;
		}
	}
	return false;
}

static char gender_of(const char *v)
{
	if (!v)
		return 0;
	if (v[0] == 'm' && (!v[1] || v[1] == ' '))
		return 'm';
	if (v[0] == 'f' && (!v[1] || v[1] == ' '))
		return 'f';
	return 0;
}

/* A given name written with accents the lexicon lacks (Kévin, Hélèna):
 * its ASCII spelling, if that is a given name. */
static const char *first_ascii(const struct alex *l, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	if (i == n)
		return NULL;
	size_t an;
	char *a = actors_fold_ascii(s, n, &an);
	const char *v = a ? lex_get(l->first, a, an) : NULL;
	free(a);
	return v;
}

/* Facts of a folded word, looked up once.  The lexicons fold what they are
 * asked; the word is folded again once here (folding a fold gives the
 * same key in practice, but the lookups must match lex_get() exactly) and
 * every lexicon is asked by that key. */
static void fo_facts(struct actx *x, struct afold *f)
{
	const struct alex *l = &x->lx;
	const char *s = f->fold;
	size_t n = f->len;
	size_t kn;
	char *key = lang_fold(s, n, &kn);
	uint32_t kh = hash_fnv(key, kn);
	uint32_t lx = 0;
	const char *v;
	struct {
		const lexicon *lex;
		uint32_t bit;
	} simple[] = {
		{l->stop, LX_STOP}, {l->common, LX_COMMON}, {l->orgcue, LX_ORGCUE}, {l->placecue, LX_PLACECUE},
		{l->particle, LX_PARTICLE}, {l->stopper, LX_STOPPER},
		{l->speech, LX_SPEECH}, {l->modifier, LX_MODIFIER},
		{l->notname, LX_NOTNAME}, {l->placeprep, LX_PLACEPREP}, {l->sourceprep, LX_SOURCEPREP},
		{l->det, LX_DET}, {l->orgclass, LX_ORGCLASS}, {l->insthead, LX_INSTHEAD},
		{l->instadj, LX_INSTADJ}, {l->abbrev, LX_ABBREV}, {l->connect, LX_CONNECT}, {l->adj, LX_ADJ}, {l->saints, LX_SAINT}, {l->indef, LX_INDEF}, {l->copula, LX_COPULA}, {l->conj, LX_CONJ},
		{l->seat, LX_SEAT}, {l->orgafter, LX_ORGAFTER},
	};
	for (size_t i = 0; i < ARRAY_LEN(simple); i++)
		if (lex_get_folded(simple[i].lex, key, kn, kh))
			lx |= simple[i].bit;
	/* Demonyms map forms to their country, and the country to itself: only
	 * the forms are demonyms. */
	if ((v = lex_get_folded(l->demonym, key, kn, kh)) && *v) {
		size_t vl;
		char *vf = lang_fold(v, strlen(v), &vl);
		if (vl != n || memcmp(vf, s, n) != 0)
			lx |= LX_DEMONYM;
		free(vf);
	}
	char g = 0;
	if ((v = lex_get_folded(l->honor, key, kn, kh))) {
		lx |= LX_HONOR;
		g = gender_of(v);
	}
	if ((v = lex_get_folded(l->titles, key, kn, kh)) || (v = lex_get_folded(l->titles_cfg, key, kn, kh))) {
		lx |= LX_TITLE;
		if (!g)
			g = gender_of(v);
	}
	if ((v = lex_get_folded(l->first, key, kn, kh)) || (v = first_ascii(l, s, n))) {
		lx |= LX_FIRST;
		if (!g)
			g = gender_of(v);
	}
	free(key);
	/* A compound of given names: Jean-Pierre, Anne-Sophie, Pierre-Édouard. */
	if (!(lx & (LX_FIRST | LX_STOP)) && memchr(s, '-', n)) {
		size_t p = 0, parts = 0;
		bool all = true;
		char pg = 0;
		while (p <= n && all) {
			const char *h = memchr(s + p, '-', n - p);
			size_t e = h ? (size_t)(h - s) : n;
			v = e > p ? lex_get(l->first, s + p, e - p) : NULL;
			all = v != NULL;
			if (v && !parts)
				pg = gender_of(v);
			parts++;
			p = e + 1;
		}
		if (all && parts >= 2) {
			lx |= LX_FIRST;
			if (!g)
				g = pg;
		}
	}
	is_month_or_day(x, s, n, &lx);
	f->lx = lx;
	f->gender = g;
}

static uint32_t fo_intern(struct actx *x, const char *s, size_t n)
{
	size_t flen;
	char *f = lang_fold(s, n, &flen);
	uint32_t h = hash_fnv(f, flen);
	long old = fo_find(x, f, flen, h);
	if (old >= 0) {
		free(f);
		return (uint32_t)old;
	}
	x->fo = xgrow(x->fo, &x->capfo, x->nfo + 1, sizeof *x->fo);
	struct afold *e = &x->fo[x->nfo];
	memset(e, 0, sizeof *e);
	e->fold = f;
	e->len = flen;
	e->hash = h;
	x->nfo++;
	fo_facts(x, e);
	hindex_add(&x->foix, h, x->nfo - 1, x->nfo, fo_hash, x);
	return (uint32_t)(x->nfo - 1);
}

/* If `name` has a lower-case word after its first and the first word is
 * in the document, flag that word LX_MWFIRST. */
static void mark_mwfirst(struct actx *x, const char *name)
{
	const char *sp = strchr(name, ' ');
	if (!sp || sp == name)
		return;
	bool lowerword = false;
	for (const char *q = sp; q && !lowerword; q = strchr(q + 1, ' ')) {
		size_t k = 0;
		int32_t c = next_cp(q + 1, strlen(q + 1), &k);
		lowerword = lower_cp(c);
	}
	if (!lowerword || !x->nfo)
		return;
	size_t flen;
	char *f = lang_fold(name, (size_t)(sp - name), &flen);
	long k = fo_find(x, f, flen, hash_fnv(f, flen));
	if (k >= 0)
		x->fo[k].lx |= LX_MWFIRST;
	free(f);
}

/* ---- surfaces ---------------------------------------------------------- */

static uint32_t surf_hash(const void *ctx, size_t i)
{
	return ((const struct actx *)ctx)->surf.v[i].hash;
}

/* Fold index of token ti's surface (interning it on first sight). */
static uint32_t surf_intern(struct actx *x, size_t ti)
{
	const struct atok *t = &x->tok[ti];
	const char *s = x->text + t->start;
	size_t n = t->end - t->start;
	uint32_t h = hash_fnv(s, n);
	for (size_t j = hindex_start(&x->surf.ix, h), k; (k = hindex_next(&x->surf.ix, &j)) != HINDEX_NONE;) {
		const struct asurf *o = &x->surf.v[k];
		if (o->hash == h && o->len == n && memcmp(x->text + o->start, s, n) == 0)
			return o->fidx;
	}
	uint32_t fi = fo_intern(x, s, n);
	x->surf.v = xgrow(x->surf.v, &x->surf.cap, x->surf.n + 1, sizeof *x->surf.v);
	x->surf.v[x->surf.n++] = (struct asurf){t->start, (uint32_t)n, fi, h};
	hindex_add(&x->surf.ix, h, x->surf.n - 1, x->surf.n, surf_hash, x);
	return fi;
}

/* ---- tokens ------------------------------------------------------------- */

static bool is_hyphen(int32_t c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}

static bool is_apos(int32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* Opening marks after which a capital is sentence-initial. */
static bool opens(int32_t c)
{
	return c == 0xAB || c == 0x201C || c == '"' || c == 0x2018 || c == 0x201E ||
	       c == ':' || c == 0x2014 || c == 0x2013 || c == 0x2026 || c == 0xBF || c == 0xA1 || c == '*' ||
	       c == 0x2022 || c == ';';
}

static void push_tok(struct actx *x, size_t start, size_t end, uint16_t f, uint32_t sent, int32_t cp)
{
	if (x->ntok + 1 > x->captok)
		x->tok = xgrow(x->tok, &x->captok, x->ntok + 1, sizeof *x->tok);
	struct atok *t = &x->tok[x->ntok++];
	t->start = (uint32_t)start;
	t->end = (uint32_t)end;
	t->f = f;
	t->sent = sent;
	t->fold = UINT32_MAX;
	t->cp = cp;
}

/* Case facts of a letter token [s, e). */
static uint16_t case_flags(struct actx *x, size_t s, size_t e)
{
	const char *t = x->text;
	size_t i = s;
	int32_t c0 = next_cp(t, e, &i);
	uint16_t f = 0;
	if (c0 < 0x80 ? (c0 >= 'A' && c0 <= 'Z') : upper_cp(c0))
		f |= TK_CAP;
	else if (c0 < 0x80 ? (c0 >= 'a' && c0 <= 'z') : lower_cp(c0)) {
		/* Most words: lower case, no acronym, no initial; only al-Assad
		 * (a particle, a hyphen, a capital) needs a look inside. */
		bool hyphen = false, inner = false;
		for (size_t k = s; k < e && !hyphen; k++) {
			hyphen = t[k] == '-' || (unsigned char)t[k] == 0xE2;
			inner |= t[k] >= 'A' && t[k] <= 'Z';
		}
		/* A brand written in camel case from a lower-case start:
		 * "easyJet", "flyNordica" (three lower-case letters at least
		 * before the capital: not "mRNA", "kWh", "iPhone"). */
		if (inner && !hyphen) {
			size_t k = s;
			while (k < e && t[k] >= 'a' && t[k] <= 'z')
				k++;
			if (k - s >= 3 && k + 1 < e && t[k] >= 'A' && t[k] <= 'Z' && t[k + 1] >= 'a' && t[k + 1] <= 'z')
				return TK_CAP;
		}
		if (!hyphen)
			return 0;
	}
	size_t letters = 0, upper = 0;
	bool other = false;
	for (i = s; i < e;) {
		int32_t c = next_cp(t, e, &i);
		if (alpha_cp(c)) {
			letters++;
			if (upper_cp(c))
				upper++;
		} else if (c != '.' && c != '-' && c != '&') {
			other = true;
		}
	}
	if (letters >= 2 && upper == letters && !other)
		f |= TK_UPPER;
	/* "Washington-based", "Kremlin-backed": an adjective, not a name. */
	if ((f & TK_CAP) && !(f & TK_UPPER)) {
		size_t last = SIZE_MAX;
		for (size_t k = s; k < e;) {
			int32_t c = next_cp(t, e, &k);
			if (is_hyphen(c))
				last = k;
		}
		/* ... but Jae-sung, Min-jae: given names whose second syllable is
		 * in lower case.  The adjective's end is a participle (-ed) or a
		 * word of actor_hyphen_suffixes. */
		if (last != SIZE_MAX && last < e) {
			size_t k = last;
			int32_t c = next_cp(t, e, &k);
			bool ed = e - last >= 3 && t[e - 2] == 'e' && t[e - 1] == 'd';
			if (lower_cp(c) && (ed || lex_has(x->lx.hyphensuf, t + last, e - last)))
				f &= (uint16_t)~TK_CAP;
		}
	}
	if (letters == 1 && upper == 1 && e - s <= 4)
		f |= TK_INITIAL;
	if (!(f & TK_CAP)) {
		/* al-Assad, el-Sissi, bin-Salman: a particle, a hyphen, a capital;
		 * a Gaelic mutation before a capital: t-Sagairt, h-Alba. */
		for (i = s; i < e;) {
			size_t p = i;
			int32_t c = next_cp(t, e, &i);
			if (is_hyphen(c)) {
				size_t k = i;
				int32_t d = i < e ? next_cp(t, e, &k) : 0;
				if (upper_cp(d) &&
				    (lex_has(x->lx.particle, t + s, p - s) || lex_has(x->lx.mutation, t + s, p - s)))
					f |= TK_CAP;
				break;
			}
		}
	}
	return f;
}

void actors_words_build(struct actx *x)
{
	const doc *d = x->d;
	const char *t = x->text;
	x->nsent = doc_nsent(d);
	x->sent_tok = xmalloc((x->nsent + 1) * sizeof *x->sent_tok);
	struct word *w = NULL;
	size_t wcap = 0;
	bool en = !x->fr;
	/* Words paragraph by paragraph (a call per sentence costs more than its
	 * words; one call for the whole text leaves a word array larger than
	 * the caches), then each paragraph's words go to its sentences. */
	size_t nw = 0, wk = 0, npara = doc_npara(d), para = 0;
	x->tok = xgrow(x->tok, &x->captok, doc_len(d) / 6 + 16, sizeof *x->tok);
	for (size_t s = 0; s < x->nsent; s++) {
		x->sent_tok[s] = x->ntok;
		struct span ss = doc_sent(d, s);
		if (wk >= nw || (nw && w[nw - 1].end <= ss.start)) {
			/* Load the paragraph holding this sentence. */
			para = doc_para_at(d, ss.start);
			nw = para < npara ? doc_words(d, doc_para(d, para), &w, &wcap) : 0;
			wk = 0;
		}
		while (wk < nw && w[wk].start < ss.start)
			wk++;
		size_t first = wk;
		while (wk < nw && w[wk].end <= ss.end)
			wk++;
		struct word *sw = w + first;
		size_t n = wk - first;
		bool initial = true;
		for (size_t k = 0; k < n; k++) {
			size_t ws = sw[k].start, we = sw[k].end;
			if (sw[k].kind == WORD_PUNCT) {
				size_t i = ws;
				int32_t c = next_cp(t, we, &i);
				push_tok(x, ws, we, TK_PUNCT, (uint32_t)s, c);
				if (opens(c))
					initial = true;
				continue;
			}
			if (sw[k].kind == WORD_NUMBER) {
				push_tok(x, ws, we, TK_NUM, (uint32_t)s, 0);
				initial = false;
				continue;
			}
			/* Hyphenated compounds. */
			while (k + 2 < n && sw[k + 1].kind == WORD_PUNCT && sw[k + 2].kind == WORD_LETTER &&
			       sw[k + 1].start == we && sw[k + 2].start == sw[k + 1].end) {
				size_t i = sw[k + 1].start;
				if (!is_hyphen(next_cp(t, sw[k + 1].end, &i)))
					break;
				/* English "Leeds-based", "Kremlin-backed": the name stands
				 * apart from its adjective's end (a participle or a word of
				 * actor_hyphen_suffixes), which the hyphen then opens. */
				if (en && !(k + 4 < n && sw[k + 3].kind == WORD_PUNCT && sw[k + 3].start == sw[k + 2].end)) {
					size_t ps = sw[k + 2].start, pe = sw[k + 2].end, fi = ws, pi = ps;
					int32_t c0 = next_cp(t, we, &fi), c1 = next_cp(t, pe, &pi);
					bool ed = pe - ps >= 3 && t[pe - 2] == 'e' && t[pe - 1] == 'd';
					if (!lower_cp(c0) && u_isupper(c0) && lower_cp(c1) &&
					    (ed || lex_has(x->lx.hyphensuf, t + ps, pe - ps)))
						break;
				}
				we = sw[k + 2].end;
				k += 2;
			}
			uint16_t f = TK_LETTER | case_flags(x, ws, we);
			/* Elided article or preposition: « l' », « d' ». */
			size_t last = utf8_prev(t, we);
			size_t li = last;
			int32_t lc = next_cp(t, we, &li);
			if (is_apos(lc) && last > ws)
				f |= TK_ELIDED;
			/* English possessive: the 's leaves the name. */
			if (en && we - ws > 3 && (t[we - 1] == 's' || t[we - 1] == 'S')) {
				size_t p = utf8_prev(t, we - 1);
				size_t pi = p;
				if (is_apos(next_cp(t, we - 1, &pi)) && p > ws) {
					f |= TK_POSS;
					we = p;
				}
			}
			if (initial)
				f |= TK_INIT;
			initial = false;
			push_tok(x, ws, we, f, (uint32_t)s, 0);
		}
	}
	x->sent_tok[x->nsent] = x->ntok;
	free(w);

	/* Dots right after a word: initials (J. K.), abbreviations (St., Ave.). */
	for (size_t i = 0; i + 1 < x->ntok; i++)
		if ((x->tok[i].f & TK_LETTER) && (x->tok[i + 1].f & TK_PUNCT) && x->tok[i + 1].cp == '.' &&
		    x->tok[i + 1].start == x->tok[i].end)
			x->tok[i].f |= TK_DOTNEXT;

	/* Intern every letter token. */
	for (size_t i = 0; i < x->ntok; i++)
		if (x->tok[i].f & TK_LETTER)
			x->tok[i].fold = surf_intern(x, i);

	/* First words of known names with lower-case words (« Crédit
	 * agricole », « Arabie saoudite »): the candidate pass looks ahead
	 * after them. */
	{
		const struct alex *l = &x->lx;
		const lexicon *names[] = {l->orgs, l->media, l->places, l->country_alias, l->institutions, l->known};
		for (size_t k = 0; k < ARRAY_LEN(names); k++)
			for (size_t e = 0, ne = lex_size(names[k]); e < ne; e++)
				mark_mwfirst(x, lex_entry(names[k], e, NULL));
		const struct actors_gaz *gz[] = {x->gaz, x->gaz_en};
		for (size_t k = 0; k < 2; k++) {
			const char *nm;
			for (size_t e = 0; (nm = actors_gaz_lower_name(gz[k], e)); e++)
				mark_mwfirst(x, nm);
		}
	}
	/* Title-case headlines: every capital needs evidence of its own. */
	size_t np = doc_npara(d);
	size_t ti = 0;
	for (size_t p = 0; p < np; p++) {
		struct span ps = doc_para(d, p);
		while (ti < x->ntok && x->tok[ti].start < ps.start)
			ti++;
		size_t a = ti, b = ti;
		while (b < x->ntok && x->tok[b].start < ps.end)
			b++;
		size_t content = 0, caps = 0;
		bool first = true;
		for (size_t i = a; i < b; i++) {
			if (!(x->tok[i].f & TK_LETTER))
				continue;
			if (first) {
				first = false;
				continue;
			}
			const struct afold *fo = &x->fo[x->tok[i].fold];
			if (fo->lx & (LX_STOP | LX_PARTICLE) || x->tok[i].end - x->tok[i].start < 3)
				continue;
			content++;
			if (x->tok[i].f & TK_CAP)
				caps++;
		}
		bool ends = b > a && (x->tok[b - 1].f & TK_PUNCT) &&
		            (x->tok[b - 1].cp == '.' || x->tok[b - 1].cp == '!' || x->tok[b - 1].cp == '?');
		/* A credit line in brackets is no headline: "(Reporting by Ada Obi;
		 * Editing by Tom Hale)". */
		bool bracket = b > a && actors_tok_punct(x, a, '(');
		if (content >= 3 && caps * 10 >= content * 7 && !ends && !bracket)
			for (size_t i = a; i < b; i++)
				x->tok[i].f |= TK_HEAD;
		ti = b;
	}

	/* A capital after an abbreviation's dot that the sentence splitter kept
	 * ("at 11:30 a.m. Volunteers dressed"): sentence-initial, unless the dot
	 * ends an initial, an honorific, a saint or a title (J. K., Dr., St., Gen.). */
	for (size_t i = 1; i + 1 < x->ntok; i++) {
		struct atok *n = &x->tok[i + 1];
		if (!actors_tok_punct(x, i, '.') || !(n->f & TK_LETTER) || !(n->f & TK_CAP) || n->start == x->tok[i].end)
			continue;
		const struct atok *p = &x->tok[i - 1];
		if (!(p->f & TK_LETTER) || p->end != x->tok[i].start || (p->f & TK_INITIAL))
			continue;
		if (x->fo[p->fold].lx & (LX_HONOR | LX_SAINT | LX_TITLE))
			continue;
		n->f |= TK_INIT;
	}

	/* A wire dateline ("LAGOS, March 3 (Reuters) - Nigerian lenders …",
	 * "DAYTON, Ohio — Federal agents …"): a sentence that opens with a
	 * word in capitals and has a spaced dash among its first words; the
	 * word after the dash opens the sentence proper. */
	for (size_t s0 = 0; s0 < x->ntok; s0++) {
		/* At a sentence's or a line's start (a headline without a full
		 * stop runs into the dateline's sentence). */
		if ((x->tok[s0].f & (TK_LETTER | TK_UPPER)) != (TK_LETTER | TK_UPPER) ||
		    x->tok[s0].end - x->tok[s0].start < 3)
			continue;
		if (s0 > x->sent_tok[x->tok[s0].sent] &&
		    !memchr(t + x->tok[s0 - 1].end, '\n', x->tok[s0].start - x->tok[s0 - 1].end))
			continue;
		/* An abbreviation's dot may end the sentence early: "SPRINGFIELD,
		 * Ill. (AP) — …"; the dateline stays on its line. */
		for (size_t i = s0 + 1; i + 1 < x->ntok && i < s0 + 16; i++) {
			if (memchr(t + x->tok[i - 1].end, '\n', x->tok[i].start - x->tok[i - 1].end))
				break;
			int32_t c = x->tok[i].cp;
			if (!(x->tok[i].f & TK_PUNCT) || !(c == '-' || c == 0x2013 || c == 0x2014) ||
			    x->tok[i].start == x->tok[i - 1].end || x->tok[i + 1].start == x->tok[i].end)
				continue;
			if ((x->tok[i + 1].f & TK_LETTER) && (x->tok[i + 1].f & TK_CAP))
				x->tok[i + 1].f |= TK_INIT;
			/* The words in capitals before the first comma name a place. */
			for (size_t k = s0; k < i && (x->tok[k].f & TK_UPPER); k++)
				x->tok[k].f |= TK_DATELINE;
			break;
		}
	}

	/* A regional headline opening with its town: « Plougastel-Daoulas. La
	 * fête de la fraise … » (one to three capitalised words, a full stop,
	 * a capital, on the first line). */
	{
		size_t k = 0;
		while (k < x->ntok && k < 3 && (x->tok[k].f & TK_LETTER) && (x->tok[k].f & TK_CAP) &&
		       !(x->tok[k].f & TK_INITIAL))
			k++;
		if (k > 0 && k + 1 < x->ntok && (x->tok[k].f & TK_PUNCT) && x->tok[k].cp == '.' &&
		    x->tok[k].start == x->tok[k - 1].end && (x->tok[k + 1].f & TK_LETTER) && (x->tok[k + 1].f & TK_CAP) &&
		    !memchr(t, '\n', x->tok[k + 1].start)) {
			bool plain = true;
			for (size_t i = 0; i < k && plain; i++) {
				const struct afold *f = actors_tok_fold(x, i);
				plain = f && !(f->lx & (LX_STOP | LX_COMMON | LX_TITLE | LX_HONOR | LX_FIRST | LX_MONTH | LX_WEEKDAY));
			}
			for (size_t i = 0; plain && i < k; i++)
				x->tok[i].f |= TK_DATELINE;
		}
	}

	/* Case evidence per folded word.  A capital counts when the word stands
	 * alone (not inside a longer capitalised run): « Trump » in « Donald
	 * Trump » is no evidence that a sentence-initial « Trump » is a name
	 * (the alias rule finds it anyway). */
	for (size_t i = 0; i < x->ntok; i++) {
		const struct atok *tk = &x->tok[i];
		if (!(tk->f & TK_LETTER) || (tk->f & (TK_HEAD | TK_ELIDED)))
			continue;
		struct afold *fo = &x->fo[tk->fold];
		if (!(tk->f & TK_CAP)) {
			size_t k = tk->start;
			int32_t c = next_cp(t, tk->end, &k);
			if (lower_cp(c))
				fo->n_lower++;
		} else if (!(tk->f & TK_INIT)) {
			fo->n_capany++;
			bool prev = i > 0 && x->tok[i - 1].sent == tk->sent &&
			            (((x->tok[i - 1].f & TK_LETTER) && (x->tok[i - 1].f & TK_CAP)) || actors_tok_punct(x, i - 1, '&'));
			bool next = i + 1 < x->ntok && x->tok[i + 1].sent == tk->sent &&
			            (((x->tok[i + 1].f & TK_LETTER) && (x->tok[i + 1].f & TK_CAP)) || actors_tok_punct(x, i + 1, '&'));
			if (!prev && !next)
				fo->n_capmid++;
		}
	}
}

bool actors_tok_is(struct actx *x, size_t i, uint32_t lx)
{
	const struct afold *f = actors_tok_fold(x, i);
	return f && (f->lx & lx);
}

const char *actors_tok_key(struct actx *x, size_t i, size_t *len)
{
	struct afold *f = actors_tok_fold(x, i);
	if (!f) {
		*len = 0;
		return "";
	}
	if (!f->key)
		f->key = actors_fold_key(x->text + x->tok[i].start, x->tok[i].end - x->tok[i].start, &f->keylen);
	*len = f->keylen;
	return f->key;
}

/* The text of tokens [a, b) with runs of white space made single spaces. */
static const char *span_text(struct actx *x, size_t a, size_t b, size_t *len)
{
	size_t s = x->tok[a].start, e = x->tok[b - 1].end;
	bool clean = true;
	for (size_t i = s; i < e && clean; i++)
		if (x->text[i] == '\n' || x->text[i] == '\t' || (x->text[i] == ' ' && x->text[i + 1] == ' '))
			clean = false;
	if (clean) {
		*len = e - s;
		return x->text + s;
	}
	x->scratch = xgrow(x->scratch, &x->scratchcap, e - s + 1, 1);
	size_t o = 0;
	for (size_t i = s; i < e; i++) {
		char c = x->text[i];
		if (c == '\n' || c == '\t' || c == '\r')
			c = ' ';
		if (c == ' ' && o && x->scratch[o - 1] == ' ')
			continue;
		x->scratch[o++] = c;
	}
	*len = o;
	return x->scratch;
}

const char *actors_lex_span(struct actx *x, const lexicon *l, size_t a, size_t b)
{
	if (b <= a || !lex_size(l) || (int)(b - a) > 2 * lex_max_words(l) + 2)
		return NULL;
	const struct afold *f = actors_tok_fold(x, a);
	size_t la = x->tok[a].end - x->tok[a].start;
	/* One word: its text is the token's, already folded. */
	if (f && b == a + 1)
		return la > 200 ? NULL : lex_get_folded(l, f->fold, f->len, f->hash);
	/* Several words: the folded first word must open an entry of several
	 * words when span_text() puts a space after it (white space after a
	 * token becomes one space; '\r' alone may stay as it is). */
	char sep = x->text[x->tok[a].end];
	if (f && (sep == ' ' || sep == '\n' || sep == '\t') && x->tok[a + 1].start > x->tok[a].end &&
	    !lex_first_word(l, f->fold, f->len, f->hash))
		return NULL;
	size_t n;
	const char *s = span_text(x, a, b, &n);
	if (n > 200)
		return NULL;
	return lex_get(l, s, n);
}

const char *actors_placecue(struct actx *x, size_t i)
{
	if (!actors_tok_is(x, i, LX_PLACECUE))
		return NULL;
	size_t n;
	const char *w = actors_tok_text(x, i, &n);
	return lex_get(x->lx.placecue, w, n);
}

const char *actors_tok_get(struct actx *x, size_t i, const lexicon *l)
{
	const struct afold *f = actors_tok_fold(x, i);
	if (f)
		return lex_get_folded(l, f->fold, f->len, f->hash);
	size_t n;
	const char *w = actors_tok_text(x, i, &n);
	return lex_get(l, w, n);
}

bool actors_tok_in(struct actx *x, size_t i, const lexicon *l)
{
	return actors_tok_get(x, i, l) != NULL;
}

bool actors_tok_adjsuffix(struct actx *x, size_t i)
{
	struct afold *f = actors_tok_fold(x, i);
	if (!f)
		return false;
	if (!f->adjsuf)
		f->adjsuf = lex_has_ending(x->lx.adjsuffix, f->fold, f->len, 2) ? 2 : 1;
	return f->adjsuf == 2;
}

bool actors_tok_localinst(struct actx *x, size_t i)
{
	struct afold *f = actors_tok_fold(x, i);
	if (!f)
		return actors_tok_in(x, i, x->lx.localinst);
	if (!f->localinst)
		f->localinst = lex_get_folded(x->lx.localinst, f->fold, f->len, f->hash) ? 2 : 1;
	return f->localinst == 2;
}

bool actors_lex_raw(struct actx *x, const lexicon *l, size_t a, size_t b)
{
	if (b == a + 1)
		return actors_tok_in(x, a, l);
	size_t s = x->tok[a].start, e = x->tok[b - 1].end, ea = x->tok[a].end;
	const struct afold *f = actors_tok_fold(x, a);
	if (f && e > ea && x->text[ea] == ' ' && !lex_first_word(l, f->fold, f->len, f->hash))
		return false;
	return lex_has(l, x->text + s, e - s);
}

bool actors_gaz_span(struct actx *x, size_t a, size_t b, struct gaz_hit *hit)
{
	if (b <= a)
		return false;
	const struct afold *f = actors_tok_fold(x, a);
	/* One word: its folded form is known.  Several: a name must begin
	 * with the first word (as in actors_lex_span()). */
	if (f && b == a + 1)
		return x->tok[a].end - x->tok[a].start <= 200 &&
		       (actors_gaz_find_folded(x->gaz, f->fold, f->len, f->hash, hit) ||
		        (x->gaz_en != x->gaz && actors_gaz_find_folded(x->gaz_en, f->fold, f->len, f->hash, hit)));
	char sep = x->text[x->tok[a].end];
	if (f && (sep == ' ' || sep == '\n' || sep == '\t') && x->tok[a + 1].start > x->tok[a].end &&
	    !actors_gaz_first_word(x->gaz, f->hash) && (x->gaz_en == x->gaz || !actors_gaz_first_word(x->gaz_en, f->hash)))
		return false;
	size_t n;
	const char *s = span_text(x, a, b, &n);
	if (n > 200)
		return false;
	return actors_gaz_find(x->gaz, s, n, hit) || (x->gaz_en != x->gaz && actors_gaz_find(x->gaz_en, s, n, hit));
}
