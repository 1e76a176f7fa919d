/* quotes_frame.c — token frames: the words of a sentence outside its
 * quotations, grouped into units the attribution patterns read.
 *
 * A unit is one word, a multi-word lexicon entry (« de son côté »,
 * "according to", « porte-parole »), an inverted pronoun (« -t-il »), an
 * actor mention from the store (« Iouri Ouchakov », « le conseiller ») or a
 * whole top-level quotation (QT_QUOTE).  Words come from doc_words (ICU);
 * each costs one lexicon lookup.
 */
#include "quotes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "hindex.h"
#include "util.h"

/* The first mention starting after byte `at`. */
static size_t mention_after(const struct qctx *c, size_t at)
{
	size_t lo = 0, hi = c->nment;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->ment[mid].s <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The mention holding byte `at` (the longest of overlapping ones), or -1,
 * for positions that only grow: *cur is the first mention starting after
 * the previous position. */
static long mention_at_from(const struct qctx *c, size_t at, size_t *cur)
{
	size_t lo = *cur;
	while (lo < c->nment && c->ment[lo].s <= at)
		lo++;
	*cur = lo;
	/* look back a little for one that started before and still covers it
	 * (none when the last few all end before it: most words) */
	if (lo == 0 || c->ment[lo - 1].emax <= at)
		return -1;
	long best = -1;
	for (size_t k = lo, steps = 0; k-- > 0 && steps < QMENT_LOOK; steps++)
		if (c->ment[k].s <= at && at < c->ment[k].e && (best < 0 || c->ment[k].e > c->ment[best].e))
			best = (long)k;
	return best;
}

void qment_window(struct qctx *c, size_t from)
{
	for (size_t k = from; k < c->nment && k < from + QMENT_LOOK; k++) {
		size_t m = c->ment[k].e;
		for (size_t j = k, steps = 1; j-- > 0 && steps < QMENT_LOOK; steps++)
			if (c->ment[j].e > m)
				m = c->ment[j].e;
		c->ment[k].emax = m;
	}
}

static bool starts_upper(const char *t, size_t s, size_t e)
{
	if (s >= e)
		return false;
	unsigned char b = (unsigned char)t[s];
	if (b < 0x80)
		return b >= 'A' && b <= 'Z';
	size_t i = s;
	int32_t cp = utf8_next(t, e, &i);
	return u_isupper(cp) || u_istitle(cp);
}

static char punct_of(const char *t, size_t s, size_t e)
{
	size_t i = s;
	int32_t cp = utf8_next(t, e, &i);
	switch (cp) {
	case ',': case ':': case ';': case '.': case '!': case '?': case '(': case ')': case '[': case ']':
		return (char)cp;
	case '-': case 0x2013: case 0x2014: case 0x2012: case 0x2015: case 0x2212:
		return '-';
	case 0x2026:
		return '.';
	case 0xFF0C: case 0x3001:
		return ',';
	case 0x3002:
		return '.';
	default:
		return '"';
	}
}

/* Append the folded form of t[s..e) to c->fbuf: case-folded like
 * lang_fold (ICU), without a round trip through UTF-16 when no character
 * changes (most words); ’ reads as '. */
static void fold_word(struct qctx *c, size_t s, size_t e)
{
	size_t need = c->flen + (e - s) + 8;
	if (need > c->fcap)
		c->fbuf = xgrow(c->fbuf, &c->fcap, need, 1);
	size_t o = qfold_simple(c->t + s, e - s, c->fbuf + c->flen, c->fcap - c->flen);
	if (o != (size_t)-1) {
		c->flen += o;
		return;
	}
	size_t fl;
	char *f = lang_fold(c->t + s, e - s, &fl);
	need = c->flen + fl + 8;
	if (need > c->fcap)
		c->fbuf = xgrow(c->fbuf, &c->fcap, need, 1);
	memcpy(c->fbuf + c->flen, f, fl);
	c->flen += fl;
	free(f);
}

/* Word k of the piece folded into c->fbuf (once, when first needed). */
static void need_fold(struct qctx *c, size_t k)
{
	if (c->foff[2 * k] != SIZE_MAX)
		return;
	c->foff[2 * k] = c->flen;
	fold_word(c, c->w[k].start, c->w[k].end);
	c->foff[2 * k + 1] = c->flen - c->foff[2 * k];
}

#define QW_MEMO 4096           /* words remembered (a power of two) */

/* The memo slot of the text bytes [s, s+n) (hash h), and whether it holds
 * them. */
static struct qwmemo *memo_slot(struct qctx *c, size_t s, size_t n, uint32_t h, bool *hit)
{
	if (!c->memo)
		c->memo = xcalloc(QW_MEMO, sizeof *c->memo);
	struct qwmemo *m = &c->memo[h & (QW_MEMO - 1)];
	*hit = m->len == n && m->hash == h && memcmp(c->t + m->at, c->t + s, n) == 0;
	return m;
}

/* The lexicon classes of word k (qlex_lookup of its folded form), from
 * the memo of words already met when its bytes were. */
static uint32_t word_classes(struct qctx *c, size_t k, enum qgender *g, size_t *maxtok)
{
	size_t s = c->w[k].start, n = c->w[k].end - s;
	uint32_t h = hash_fnv(c->t + s, n);
	bool hit;
	struct qwmemo *m = memo_slot(c, s, n, h, &hit);
	if (hit) {
		*g = (enum qgender)m->gender;
		if (maxtok)
			*maxtok = m->maxtok;
		return m->cls;
	}
	need_fold(c, k);
	size_t mt = 0;
	uint32_t cls = qlex_lookup(c->lex, c->fbuf + c->foff[2 * k], c->foff[2 * k + 1], g, &mt);
	if (maxtok)
		*maxtok = mt;
	if (n && n <= UINT32_MAX)
		*m = (struct qwmemo){s, (uint32_t)n, h, cls, (uint8_t)*g, (uint8_t)mt};
	return cls;
}

uint32_t qword_get(struct qctx *c, size_t s, size_t n)
{
	if (!n || n > UINT32_MAX)
		return qlex_get(c->lex, c->t + s, n, NULL);
	uint32_t h = hash_fnv(c->t + s, n);
	bool hit;
	struct qwmemo *m = memo_slot(c, s, n, h, &hit);
	if (hit)
		return m->cls;
	enum qgender g;
	size_t mt;
	uint32_t cls = qlex_get_head(c->lex, c->t + s, n, &g, &mt);
	*m = (struct qwmemo){s, (uint32_t)n, h, cls, (uint8_t)g, (uint8_t)mt};
	return cls;
}

/* Append word j to the key buf[0..o) of the words before it (as
 * span_key builds it; first: j is the key's first word); (size_t)-1 when
 * longer than cap. */
static size_t key_append(struct qctx *c, size_t j, bool first, char *buf, size_t o, size_t cap)
{
	need_fold(c, j);
	size_t off = c->foff[2 * j], len = c->foff[2 * j + 1];
	if (!first && c->w[j].start > c->w[j - 1].end) {
		if (o + 1 > cap)
			return (size_t)-1;
		buf[o++] = ' ';
	}
	if (o + len > cap)
		return (size_t)-1;
	memcpy(buf + o, c->fbuf + off, len);
	return o + len;
}

/* The folded key of words i..j (a space where the text has white space),
 * 0 when longer than cap. */
static size_t span_key(struct qctx *c, size_t i, size_t j, char *buf, size_t cap)
{
	size_t o = 0;
	for (size_t k = i; k <= j; k++)
		if ((o = key_append(c, k, k == i, buf, o, cap)) == (size_t)-1)
			return 0;
	return o;
}

static void push_tok(struct qframe *f, struct qtok t)
{
	if (f->n == f->cap)
		f->t = xgrow(f->t, &f->cap, f->n + 1, sizeof *f->t);
	f->t[f->n++] = t;
}

/* Words of [s, e) (outside quotations) into units. */
static void add_piece(struct qctx *c, struct qframe *f, size_t s, size_t e)
{
	if (e <= s)
		return;
	size_t n = doc_words(c->d, (struct span){s, e}, &c->w, &c->wcap);
	const char *t = c->t;
	/* words are folded when a lookup needs them (most are remembered) */
	c->flen = 0;
	c->foff = xgrow(c->foff, &c->foffcap, 2 * n + 2, sizeof *c->foff);
	for (size_t i = 0; i < n; i++)
		c->foff[2 * i] = SIZE_MAX;
	char key[256];
	size_t mcur = n ? mention_after(c, c->w[0].start) : 0;
	for (size_t i = 0; i < n; i++) {
		struct word *w = &c->w[i];
		struct qtok u = {.s = w->start, .e = w->end, .mention = -1, .actor = -1, .quote = -1};
		if (w->kind == WORD_PUNCT) {
			u.kind = QT_PUNCT;
			u.punct = punct_of(t, w->start, w->end);
			push_tok(f, u);
			continue;
		}
		u.kind = w->kind == WORD_NUMBER ? QT_NUM : QT_WORD;
		u.cap = starts_upper(t, w->start, w->end);
		/* An actor mention: one unit over the words it covers. */
		long m = mention_at_from(c, w->start, &mcur);
		if (m >= 0) {
			size_t j = i;
			while (j + 1 < n && c->w[j + 1].start < c->ment[m].e)
				j++;
			u.e = c->w[j].end;
			u.mention = c->ment[m].id;
			u.actor = c->ment[m].actor;
			u.kind = QT_WORD;
			if (j == i) {
				enum qgender g;
				u.cls = word_classes(c, i, &g, NULL) & (QW_PRON | QW_DET | QW_DEF);
				u.gender = (uint8_t)g;
			}
			push_tok(f, u);
			i = j;
			continue;
		}
		enum qgender g = QG_NONE;
		size_t maxtok = 0;
		u.cls = word_classes(c, i, &g, &maxtok);
		u.gender = (uint8_t)g;
		/* An inverted pronoun glued to its verb: « dit-il », « a-t-elle ». */
		if (u.kind == QT_WORD && i + 2 < n && c->w[i + 1].start == w->end && t[w->end] == '-') {
			size_t j = i + 1;
			while (j + 1 < n && j < i + 4 && c->w[j + 1].start == c->w[j].end)
				j++;
			for (size_t k = j; k > i + 1; k--) {
				enum qgender ig;
				size_t kl = span_key(c, i + 1, k, key, sizeof key);
				uint32_t ic = kl ? qlex_lookup(c->lex, key, kl, &ig, NULL) : 0;
				if (ic & QW_INV) {
					u.cls &= ~QW_HEAD;
					push_tok(f, u);
					struct qtok v = {.s = c->w[i + 1].start, .e = c->w[k].end, .kind = QT_WORD,
					                 .cls = QW_INV, .gender = (uint8_t)ig, .mention = -1,
					                 .actor = -1, .quote = -1};
					push_tok(f, v);
					i = k;
					goto next;
				}
			}
		}
		/* The longest multi-word entry starting here. */
		if ((u.cls & QW_HEAD) && maxtok) {
			size_t best = i;
			uint32_t bcls = 0;
			enum qgender bg = QG_NONE;
			size_t pcur = mcur;    /* words only move forward */
			size_t kl = 0;         /* the key of words i..j-1, built word by word */
			for (size_t j = i + 1; j < n && j < i + maxtok; j++) {
				if (mention_at_from(c, c->w[j].start, &pcur) >= 0)
					break;
				enum qgender pg;
				if (j == i + 1)
					kl = key_append(c, i, true, key, 0, sizeof key);
				if (kl != (size_t)-1)
					kl = key_append(c, j, false, key, kl, sizeof key);
				if (kl == (size_t)-1 || !kl)
					break;
				bool more;
				uint32_t pc = qlex_lookup_phrase(c->lex, key, kl, &pg, &more);
				if (pc) {
					best = j;
					bcls = pc;
					bg = pg;
				}
				if (!more)
					break;     /* no entry goes on with these words */
			}
			if (best > i) {
				u.e = c->w[best].end;
				u.cls = bcls;
				u.gender = (uint8_t)bg;
				u.kind = QT_WORD;
				i = best;
			}
		}
		u.cls &= ~QW_HEAD;
		push_tok(f, u);
	next:;
	}
}

void qframe_build(struct qctx *c, struct qframe *f, size_t s, size_t e)
{
	f->n = 0;
	f->s = s;
	f->e = e;
	/* first quotation starting at or after s */
	size_t lo = 0, hi = c->nm;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->m[mid].os < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t cur = s;
	for (size_t k = lo; k < c->nm && c->m[k].os < e; k++) {
		const struct qmark *q = &c->m[k];
		if (q->os < cur)
			continue;      /* nested in one already taken */
		add_piece(c, f, cur, q->os);
		struct qtok u = {.s = q->os, .e = q->oe, .kind = QT_QUOTE, .quote = (int)k, .mention = -1, .actor = -1};
		push_tok(f, u);
		cur = q->oe;
	}
	if (cur < e)
		add_piece(c, f, cur, e);
}

void qframe_free(struct qframe *f)
{
	free(f->t);
	f->t = NULL;
	f->n = f->cap = 0;
}
