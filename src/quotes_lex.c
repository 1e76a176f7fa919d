/* quotes_lex.c — the quotations extractor's word table: every quote_*
 * lexicon of the language pack (and speech_verbs) folded once into one
 * hash table of word classes, so each word of a frame costs one fold and
 * one lookup whatever the number of lexicons.
 */
#include "quotes.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "hindex.h"
#include "util.h"

struct qent {
	char *key;                 /* folded, white space collapsed */
	size_t klen;
	uint32_t hash;
	uint32_t cls;
	uint8_t gender;
	uint8_t maxtok;            /* QW_HEAD: most words (ICU tokens) in such an entry */
};

struct qlex {
	struct qent *e;
	size_t n, cap;
	struct hindex ix;          /* over e, by the FNV hash of the key */
};

static uint32_t ent_hash(const void *ctx, size_t i)
{
	return ((const struct qlex *)ctx)->e[i].hash;
}

static long find(const struct qlex *q, const char *k, size_t n, uint32_t h)
{
	for (size_t j = hindex_start(&q->ix, h), i; (i = hindex_next(&q->ix, &j)) != HINDEX_NONE;) {
		const struct qent *en = &q->e[i];
		if (en->hash == h && en->klen == n && memcmp(en->key, k, n) == 0)
			return (long)i;
	}
	return -1;
}

/* Add a folded key (takes ownership). */
static void add_key(struct qlex *q, char *key, size_t klen, uint32_t cls, enum qgender g, unsigned maxtok)
{
	uint32_t h = hash_fnv(key, klen);
	long i = find(q, key, klen, h);
	if (maxtok > 0xFF)
		maxtok = 0xFF;
	if (i >= 0) {
		q->e[i].cls |= cls;
		if (g && !q->e[i].gender)
			q->e[i].gender = (uint8_t)g;
		if (maxtok > q->e[i].maxtok)
			q->e[i].maxtok = (uint8_t)maxtok;
		free(key);
		return;
	}
	q->e = xgrow(q->e, &q->cap, q->n + 1, sizeof *q->e);
	q->e[q->n++] = (struct qent){key, klen, h, cls, (uint8_t)g, (uint8_t)maxtok};
	hindex_add(&q->ix, h, q->n - 1, q->n, ent_hash, q);
}

static bool is_space_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Fold s[0..n) and collapse runs of ASCII white space into one space. */
static char *fold_collapse(const char *s, size_t n, size_t *outlen)
{
	size_t fl;
	char *f = lang_fold(s, n, &fl);
	size_t o = 0;
	bool sp = false;
	for (size_t i = 0; i < fl; i++) {
		if (is_space_byte(f[i])) {
			sp = o > 0;
			continue;
		}
		if (sp)
			f[o++] = ' ';
		sp = false;
		f[o++] = f[i];
	}
	f[o] = 0;
	*outlen = o;
	return f;
}

/* Can the word breaker cut between two code points of a key?  Only next
 * to white space, punctuation and symbols (or an elided apostrophe), and
 * between letters of other scripts than Latin (dictionary breaks). */
static bool solid(int32_t cp)
{
	if (cp < 0x80)
		return (unsigned)((cp | 0x20) - 'a') < 26u || (unsigned)(cp - '0') < 10u;
	UErrorCode st = U_ZERO_ERROR;
	return (u_isalpha(cp) || u_isdigit(cp)) && uscript_getScript(cp, &st) == USCRIPT_LATIN && U_SUCCESS(st);
}

/* Every prefix of key k that ends where the word breaker may cut: a phrase
 * read word by word stops as soon as its words are no such prefix. */
static void add_prefixes(struct qlex *q, const char *k, size_t kl)
{
	size_t i = 0;
	int32_t prev = utf8_next(k, kl, &i);
	while (i < kl) {
		size_t at = i;
		int32_t cp = utf8_next(k, kl, &i);
		if (!solid(prev) || !solid(cp))
			add_key(q, xstrndup(k, at), at, QW_PREFIX, QG_NONE, 0);
		prev = cp;
	}
}

static void add_entry(struct qlex *q, const char *text, uint32_t cls, enum qgender g)
{
	size_t kl;
	char *k = fold_collapse(text, strlen(text), &kl);
	if (!kl) {
		free(k);
		return;
	}
	add_prefixes(q, k, kl);
	/* A multi-word entry: mark its first word (up to a space, an
	 * apostrophe or a hyphen, whichever comes first) as a phrase head, with
	 * the entry's length in ICU words (a hyphen is a word of its own). */
	unsigned toks = 1;
	for (size_t i = 0; i < kl; i++) {
		if (k[i] == ' ' || (k[i] == '\'' && i + 1 < kl))
			toks++;
		else if (k[i] == '-' && i > 0 && i + 1 < kl)
			toks += 2;
	}
	for (size_t i = 0; i < kl; i++) {
		size_t cut = 0;
		if (k[i] == ' ')
			cut = i;
		else if (k[i] == '\'' && i + 1 < kl)
			cut = i + 1;
		else if (k[i] == '-' && i > 0 && i + 1 < kl)
			cut = i;
		if (cut) {
			add_key(q, xstrndup(k, cut), cut, QW_HEAD, QG_NONE, toks);
			if (k[i] == ' ')
				break;
		}
	}
	add_key(q, k, kl, cls, g, 0);
}

static enum qgender gender_of(const char *v)
{
	static const struct {
		const char *name;
		enum qgender g;
	} map[] = {{"m", QG_M}, {"f", QG_F}, {"mp", QG_MP}, {"fp", QG_FP}, {"p", QG_P}, {"x", QG_X}};
	for (size_t i = 0; i < ARRAY_LEN(map); i++)
		if (v && strcmp(v, map[i].name) == 0)
			return map[i].g;
	return QG_NONE;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Add every entry of a lexicon with class `cls`; for mapping lexicons whose
 * values are tags, `sub` maps a tag to extra classes. */
static void add_lexicon(struct qlex *q, const lang *l, const char *name, uint32_t cls,
                        uint32_t (*sub)(const char *value), bool gendered)
{
	const lexicon *x = lang_lex(l, name);
	size_t n = lex_size(x);
	/* verbs: the form equal to its lemma is the infinitive when the lemma
	 * has other forms (an entry the reader's config added alone is not) */
	const char **lemmas = NULL;
	if (cls & (QW_SPEECH | QW_NAMING)) {
		lemmas = xmalloc((n + 1) * sizeof *lemmas);
		for (size_t i = 0; i < n; i++) {
			const char *v = NULL;
			lex_entry(x, i, &v);
			lemmas[i] = v ? v : "";
		}
		qsort(lemmas, n, sizeof *lemmas, cmp_str);
	}
	for (size_t i = 0; i < n; i++) {
		const char *value = NULL;
		const char *text = lex_entry(x, i, &value);
		if (!text)
			continue;
		/* a tag mapping (« m: [il, lui] ») also lists its keys as entries
		 * whose value is themselves: "m", "aux", "other" are not words here */
		if ((sub || gendered) && value && strcmp(text, value) == 0)
			continue;
		uint32_t c = cls | (sub ? sub(value) : 0);
		if (!c)
			continue;
		if (lemmas && value && strcmp(text, value) == 0) {
			const char **hit = bsearch(&value, lemmas, n, sizeof *lemmas, cmp_str);
			if (hit) {
				size_t at = (size_t)(hit - lemmas), lo = at, hi = at + 1;
				while (lo > 0 && strcmp(lemmas[lo - 1], value) == 0)
					lo--;
				while (hi < n && strcmp(lemmas[hi], value) == 0)
					hi++;
				if (hi - lo > 1)
					c |= QW_INF;
			}
		}
		add_entry(q, text, c, gendered ? gender_of(value) : QG_NONE);
	}
	free(lemmas);
}

static uint32_t sub_verb_group(const char *v)
{
	if (!v)
		return 0;
	if (!strcmp(v, "aux"))
		return QW_AUX;
	if (!strcmp(v, "semi"))
		return QW_SEMI;
	if (!strcmp(v, "link"))
		return QW_LINK;
	if (!strcmp(v, "clitic"))
		return QW_CLITIC;
	return 0;
}

static uint32_t sub_sources(const char *v)
{
	return v && !strcmp(v, "initial") ? QW_SOURCE1 : QW_SOURCE;
}

static uint32_t sub_preps(const char *v)
{
	return v && !strcmp(v, "complement") ? QW_PREPC : QW_PREP;
}

static uint32_t sub_dets(const char *v)
{
	return v && !strcmp(v, "def") ? QW_DET | QW_DEF : QW_DET;
}

static uint32_t sub_nouns(const char *v)
{
	if (!v)
		return 0;
	if (!strcmp(v, "group"))
		return QW_GROUP;
	if (!strcmp(v, "institution"))
		return QW_GROUP | QW_INST;
	if (!strcmp(v, "role"))
		return QW_ROLE;
	if (!strcmp(v, "proxy"))
		return QW_PROXY;
	return 0;
}

struct qlex *qlex_new(const lang *l)
{
	struct qlex *q = xcalloc(1, sizeof *q);
	add_lexicon(q, l, "speech_verbs", QW_SPEECH, NULL, false);
	add_lexicon(q, l, "quote_naming_verbs", QW_NAMING, NULL, false);
	add_lexicon(q, l, "quote_verb_group", 0, sub_verb_group, false);
	add_lexicon(q, l, "quote_adverbs", QW_ADV, NULL, false);
	add_lexicon(q, l, "quote_pronouns", QW_PRON, NULL, true);
	add_lexicon(q, l, "quote_inversions", QW_INV, NULL, true);
	add_lexicon(q, l, "quote_first_person", QW_FIRST, NULL, false);
	add_lexicon(q, l, "quote_complementizers", QW_COMP, NULL, false);
	add_lexicon(q, l, "quote_sources", 0, sub_sources, false);
	add_lexicon(q, l, "quote_conjunctions", QW_CONJ, NULL, false);
	add_lexicon(q, l, "quote_relatives", QW_REL, NULL, false);
	add_lexicon(q, l, "quote_passive_agents", QW_AGENT, NULL, false);
	add_lexicon(q, l, "quote_prepositions", 0, sub_preps, false);
	add_lexicon(q, l, "quote_determiners", 0, sub_dets, false);
	add_lexicon(q, l, "quote_name_particles", QW_PARTICLE, NULL, false);
	add_lexicon(q, l, "quote_speaker_nouns", 0, sub_nouns, false);
	add_lexicon(q, l, "quote_title_words", QW_TITLE, NULL, false);
	add_lexicon(q, l, "quote_scare_words", QW_SCARE, NULL, false);
	/* Words that make a sentence worth reading for reported speech. */
	static const char *const trig[] = {"quote_complementizers", "quote_sources", "quote_zero_that"};
	for (size_t k = 0; k < ARRAY_LEN(trig); k++) {
		const lexicon *x = lang_lex(l, trig[k]);
		for (size_t i = 0; i < lex_size(x); i++) {
			const char *v = NULL;
			const char *text = lex_entry(x, i, &v);
			if (!text || (v && strcmp(v, "initial") == 0))
				continue;
			size_t n = strcspn(text, " ");
			char *w = xstrndup(text, n);
			add_entry(q, w, QW_TRIG, QG_NONE);
			free(w);
		}
	}
	/* Weekday and month names (ICU) are adverbials between a cue verb and
	 * its inverted subject: « a déclaré mercredi X ». */
	for (int i = 1; i <= 7; i++) {
		const char *w = lang_weekday(l, i, false);
		if (w && *w)
			add_entry(q, w, QW_TIME, QG_NONE);
	}
	for (int i = 1; i <= 12; i++) {
		const char *w = lang_month(l, i, false);
		if (w && *w)
			add_entry(q, w, QW_TIME, QG_NONE);
	}
	/* So are the parts of the day that follow them: « a déclaré mardi
	 * matin X », "said on Tuesday evening X". */
	const lexicon *pd = lang_lex(l, "timex_parts_of_day");
	for (size_t i = 0; i < lex_size(pd); i++) {
		const char *v = NULL;
		const char *text = lex_entry(pd, i, &v);
		if (text && *text && !(v && strcmp(text, v) == 0))
			add_entry(q, text, QW_TIME, QG_NONE);
	}
	return q;
}

void qlex_free(struct qlex *q)
{
	if (!q)
		return;
	for (size_t i = 0; i < q->n; i++)
		free(q->e[i].key);
	free(q->e);
	hindex_free(&q->ix);
	free(q);
}

static uint32_t lookup_folded(const struct qlex *q, const char *k, size_t n, enum qgender *g, size_t *maxtok)
{
	long i = find(q, k, n, hash_fnv(k, n));
	if (i < 0)
		return 0;
	if (g)
		*g = (enum qgender)q->e[i].gender;
	if (maxtok)
		*maxtok = q->e[i].maxtok;
	return q->e[i].cls;
}

uint32_t qlex_lookup(const struct qlex *q, const char *key, size_t n, enum qgender *g, size_t *maxtok)
{
	if (g)
		*g = QG_NONE;
	if (maxtok)
		*maxtok = 0;
	if (!n || !q->n)
		return 0;
	return lookup_folded(q, key, n, g, maxtok) & ~QW_PREFIX;
}

uint32_t qlex_lookup_phrase(const struct qlex *q, const char *key, size_t n, enum qgender *g, bool *more)
{
	*g = QG_NONE;
	*more = false;
	if (!n || !q->n)
		return 0;
	uint32_t c = lookup_folded(q, key, n, g, NULL);
	*more = (c & QW_PREFIX) != 0;
	return c & ~(QW_PREFIX | QW_HEAD);
}

uint32_t qlex_get(const struct qlex *q, const char *s, size_t n, enum qgender *g)
{
	return qlex_get_head(q, s, n, g, NULL);
}

size_t qfold_simple(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {
			if (o + 1 > cap || is_space_byte((char)b))
				return (size_t)-1;
			out[o++] = (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
			i++;
			continue;
		}
		if (b == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0xA0) {
			/* à..ÿ: lower-case Latin-1 letters (and ÷), unchanged by folding */
			if (o + 2 > cap)
				return (size_t)-1;
			out[o++] = s[i];
			out[o++] = s[i + 1];
			i += 2;
			continue;
		}
		size_t j = i;
		int32_t cp = utf8_next(s, n, &j);
		if (cp == 0x2019 || cp == 0x02BC || cp == 0x2018) {
			if (o + 1 > cap)
				return (size_t)-1;
			out[o++] = '\'';
		} else {
			if (u_hasBinaryProperty(cp, UCHAR_CHANGES_WHEN_CASEFOLDED) || o + (j - i) > cap)
				return (size_t)-1;
			memcpy(out + o, s + i, j - i);
			o += j - i;
		}
		i = j;
	}
	return o;
}

uint32_t qlex_get_head(const struct qlex *q, const char *s, size_t n, enum qgender *g, size_t *maxtok)
{
	if (g)
		*g = QG_NONE;
	if (maxtok)
		*maxtok = 0;
	if (!n || !q->n)
		return 0;
	char buf[128];
	size_t bl = qfold_simple(s, n, buf, sizeof buf);
	if (bl != (size_t)-1)
		return lookup_folded(q, buf, bl, g, maxtok) & ~QW_PREFIX;
	size_t kl;
	char *k = fold_collapse(s, n, &kl);
	uint32_t c = lookup_folded(q, k, kl, g, maxtok);
	free(k);
	return c & ~QW_PREFIX;
}
