/* actors_gaz.c — gazetteer: countries, regions, cities (ICU) and subdivisions (iso-codes) by display language. */
#include "actors_gaz.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "hindex.h"
#include "lang.h"
#include "paths.h"
#include "util.h"

struct gent {
	char *key;                /* lang_fold of the name */
	size_t keylen;
	uint32_t hash;
	enum gaz_kind kind;
	char *name, *code;
};

struct actors_gaz {
	char lang[16];
	struct gent *e;
	size_t n, cap;
	struct hindex ix;
	int max_words;
	size_t *lower;            /* entries whose name has a lower-case word after the first */
	size_t nlower;
	uint32_t *fw;             /* hashes of the first words of keys of several words */
	size_t nfw, capfw;
	struct hindex fwix;
};

static long find(const struct actors_gaz *g, const char *key, size_t klen, uint32_t h)
{
	for (size_t j = hindex_start(&g->ix, h), k; (k = hindex_next(&g->ix, &j)) != HINDEX_NONE;) {
		const struct gent *e = &g->e[k];
		if (e->hash == h && e->keylen == klen && memcmp(e->key, key, klen) == 0)
			return (long)k;
	}
	return -1;
}

static uint32_t gent_hash(const void *ctx, size_t i)
{
	return ((const struct actors_gaz *)ctx)->e[i].hash;
}

static bool ascii_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

static uint32_t fw_hash(const void *ctx, size_t i)
{
	return ((const struct actors_gaz *)ctx)->fw[i];
}

bool actors_gaz_first_word(const struct actors_gaz *g, uint32_t h)
{
	if (!g)
		return false;
	for (size_t j = hindex_start(&g->fwix, h), k; (k = hindex_next(&g->fwix, &j)) != HINDEX_NONE;)
		if (g->fw[k] == h)
			return true;
	return false;
}

/* Add name (UTF-8) unless present: the first kind wins (countries first). */
static void add(struct actors_gaz *g, const char *name, size_t n, enum gaz_kind kind, const char *canon,
                const char *code)
{
	while (n && name[n - 1] == ' ')
		n--;
	while (n && *name == ' ')
		name++, n--;
	if (!n)
		return;
	size_t klen;
	char *key = lang_fold(name, n, &klen);
	uint32_t h = hash_fnv(key, klen);
	if (find(g, key, klen, h) >= 0) {
		free(key);
		return;
	}
	g->e = xgrow(g->e, &g->cap, g->n + 1, sizeof *g->e);
	struct gent *e = &g->e[g->n++];
	e->key = key;
	e->keylen = klen;
	e->hash = h;
	e->kind = kind;
	e->name = canon ? xstrdup(canon) : xstrndup(name, n);
	e->code = xstrdup(code);
	int words = 1;
	for (size_t i = 0; i < klen; i++)
		if (key[i] == ' ')
			words++;
	if (words > g->max_words)
		g->max_words = words;
	hindex_add(&g->ix, h, g->n - 1, g->n, gent_hash, g);
	const char *sp = memchr(key, ' ', klen);
	uint32_t fh = sp ? hash_fnv(key, (size_t)(sp - key)) : 0;
	if (sp && !actors_gaz_first_word(g, fh)) {
		g->fw = xgrow(g->fw, &g->capfw, g->nfw + 1, sizeof *g->fw);
		g->fw[g->nfw++] = fh;
		hindex_add(&g->fwix, fh, g->nfw - 1, g->nfw, fw_hash, g);
	}
}

static char *utf8_of(const UChar *u, int32_t n)
{
	UErrorCode st = U_ZERO_ERROR;
	char buf[512];
	int32_t bl = 0;
	u_strToUTF8(buf, (int32_t)sizeof buf, &bl, u, n, &st);
	if (U_FAILURE(st) || bl >= (int32_t)sizeof buf)
		return NULL;
	return xstrndup(buf, (size_t)bl);
}

/* A display name, and its parts: "Myanmar (Birmanie)" adds "Myanmar" and
 * "Birmanie" with the first as the canonical name. */
static void add_display(struct actors_gaz *g, const char *disp, enum gaz_kind kind, const char *code)
{
	const char *par = strstr(disp, " (");
	if (!par) {
		add(g, disp, strlen(disp), kind, NULL, code);
		return;
	}
	char *head = xstrndup(disp, (size_t)(par - disp));
	add(g, head, strlen(head), kind, NULL, code);
	const char *in = par + 2, *close = strchr(in, ')');
	if (close)
		add(g, in, (size_t)(close - in), kind, head, code);
	free(head);
}

static void add_regions(struct actors_gaz *g, const char *loc)
{
	/* Countries. */
	for (const char *const *c = uloc_getISOCountries(); c && *c; c++) {
		char l[16];
		snprintf(l, sizeof l, "und_%s", *c);
		UChar out[256];
		UErrorCode st = U_ZERO_ERROR;
		int32_t n = uloc_getDisplayCountry(l, loc, out, 256, &st);
		if (U_FAILURE(st) || n <= 0 || n >= 256)
			continue;
		char *s = utf8_of(out, n);
		if (s && strcmp(s, *c) != 0)
			add_display(g, s, GAZ_COUNTRY, *c);
		free(s);
	}
	/* Continents and world regions (UN M.49), the EU and the UN. */
	static const char *const regions[] = {
		"002", "009", "019", "142", "150", "005", "021", "013", "029", "151", "154", "155", "039",
		"015", "011", "017", "014", "018", "145", "143", "030", "034", "035", "053", "054", "057", "061",
		"419", "003",
	};
	static const char *const orgs[] = {"EU", "UN"};
	for (size_t k = 0; k < ARRAY_LEN(regions) + ARRAY_LEN(orgs); k++) {
		bool org = k >= ARRAY_LEN(regions);
		const char *code = org ? orgs[k - ARRAY_LEN(regions)] : regions[k];
		char l[16];
		snprintf(l, sizeof l, "und_%s", code);
		UChar out[256];
		UErrorCode st = U_ZERO_ERROR;
		int32_t n = uloc_getDisplayCountry(l, loc, out, 256, &st);
		if (U_FAILURE(st) || n <= 0 || n >= 256)
			continue;
		char *s = utf8_of(out, n);
		if (s && strcmp(s, code) != 0)
			add_display(g, s, org ? GAZ_ORG : GAZ_REGION, code);
		free(s);
	}
}

/* Zones whose exemplar "cities" are research stations, counties or common
 * words (Center, Easter, Christmas, Wake) rather than cities. */
static bool skip_zone(const char *id)
{
	static const char *const prefixes[] = {
		"Antarctica/", "Arctic/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/",
		"Pacific/Easter", "Indian/Christmas", "Pacific/Wake", "Pacific/Midway", "Etc/",
	};
	for (size_t i = 0; i < ARRAY_LEN(prefixes); i++)
		if (strncmp(id, prefixes[i], strlen(prefixes[i])) == 0)
			return true;
	return strchr(id, '/') == NULL;
}

/* The locale's "unknown city" string (to skip), or NULL. */
static char *unknown_city(UDateFormat *df, UCalendar *cal)
{
	UErrorCode st = U_ZERO_ERROR;
	UChar id[] = {'E', 't', 'c', '/', 'U', 'n', 'k', 'n', 'o', 'w', 'n', 0};
	ucal_setTimeZone(cal, id, -1, &st);
	UChar out[128];
	int32_t n = udat_formatCalendar(df, cal, out, 128, NULL, &st);
	return U_SUCCESS(st) && n > 0 && n < 128 ? utf8_of(out, n) : NULL;
}

/* The cities of gazetteers g[0..ng) together: setting a zone on the
 * calendar (ICU loads its rules) costs as much as formatting its city, so
 * each zone is set once and formatted in every language.  The pattern
 * "VVV" depends on the format's locale alone. */
static void add_cities(struct actors_gaz **g, size_t ng)
{
	UErrorCode st = U_ZERO_ERROR;
	UChar pat[4] = {'V', 'V', 'V', 0};
	UDateFormat *df[2] = {NULL, NULL};
	char *unknown[2] = {NULL, NULL};
	UCalendar *cal = NULL;
	UEnumeration *en = NULL;
	bool any = false;
	for (size_t k = 0; k < ng; k++) {
		UErrorCode s1 = U_ZERO_ERROR;
		df[k] = udat_open(UDAT_PATTERN, UDAT_PATTERN, g[k]->lang, NULL, 0, pat, 3, &s1);
		if (U_FAILURE(s1)) {
			if (df[k])
				udat_close(df[k]);
			df[k] = NULL;   /* no cities in that language */
		}
		any |= df[k] != NULL;
	}
	if (!any)
		return;
	cal = ucal_open(NULL, 0, g[0]->lang, UCAL_GREGORIAN, &st);
	en = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, &st);
	if (U_FAILURE(st))
		goto done;
	for (size_t k = 0; k < ng; k++)
		unknown[k] = df[k] ? unknown_city(df[k], cal) : NULL;
	const UChar *id;
	int32_t idlen;
	while ((id = uenum_unext(en, &idlen, &st)) && U_SUCCESS(st)) {
		char cid[128];
		if (idlen >= (int32_t)sizeof cid)
			continue;
		u_UCharsToChars(id, cid, idlen);
		cid[idlen] = 0;
		if (skip_zone(cid))
			continue;
		UErrorCode s2 = U_ZERO_ERROR;
		ucal_setTimeZone(cal, id, idlen, &s2);
		for (size_t k = 0; k < ng; k++) {
			if (!df[k])
				continue;
			UErrorCode s3 = s2;
			UChar out[128];
			int32_t n = udat_formatCalendar(df[k], cal, out, 128, NULL, &s3);
			if (U_FAILURE(s3) || n <= 0 || n >= 128)
				continue;
			char *s = utf8_of(out, n);
			if (s && (!unknown[k] || strcmp(s, unknown[k]) != 0))
				add_display(g[k], s, GAZ_CITY, cid);
			free(s);
		}
	}
done:
	for (size_t k = 0; k < ng; k++) {
		free(unknown[k]);
		if (df[k])
			udat_close(df[k]);
	}
	if (en)
		uenum_close(en);
	if (cal)
		ucal_close(cal);
}

/* ISO 3166-2 subdivisions (states, counties, départements, provinces):
 * lang/iso3166-2.tsv, "CODE<TAB>Name" per line, made from the iso-codes
 * package by tools/gen-subdivisions.py.  Read once per process; a missing
 * file adds nothing. */
static char *subdiv_text;
static pthread_once_t subdiv_once = PTHREAD_ONCE_INIT;

static void subdiv_load(void)
{
	char *path = paths_data("lang/iso3166-2.tsv");
	if (!path)
		return;
	size_t n = 0;
	if (file_read_all(path, &subdiv_text, &n, NULL) != 0)
		subdiv_text = NULL;
	free(path);
}

static void add_subdivisions(struct actors_gaz *g)
{
	pthread_once(&subdiv_once, subdiv_load);
	for (const char *l = subdiv_text; l && *l;) {
		const char *nl = strchr(l, '\n'), *end = nl ? nl : l + strlen(l);
		const char *tab = memchr(l, '\t', (size_t)(end - l));
		if (*l != '#' && tab && tab > l && tab + 1 < end) {
			char code[16];
			size_t cl = (size_t)(tab - l);
			if (cl < sizeof code) {
				memcpy(code, l, cl);
				code[cl] = 0;
				add(g, tab + 1, (size_t)(end - tab - 1), GAZ_REGION, NULL, code);
			}
		}
		l = nl ? nl + 1 : end;
	}
}

static struct actors_gaz *gaz_new(const char *code)
{
	struct actors_gaz *g = xcalloc(1, sizeof *g);
	snprintf(g->lang, sizeof g->lang, "%s", code);
	return g;
}

/* Fill gazetteers g[0..ng) (at most two), each as if alone: its
 * countries and regions, its cities, its subdivisions. */
static void build(struct actors_gaz **g, size_t ng)
{
	for (size_t k = 0; k < ng; k++)
		add_regions(g[k], g[k]->lang);
	add_cities(g, ng);
	for (size_t k = 0; k < ng; k++) {
		add_subdivisions(g[k]);
		g[k]->lower = xmalloc((g[k]->n + 1) * sizeof *g[k]->lower);
		for (size_t i = 0; i < g[k]->n; i++) {
			const char *nm = g[k]->e[i].name;
			for (const char *sp = strchr(nm, ' '); sp; sp = strchr(sp + 1, ' ')) {
				size_t j = 0;
				int32_t c = utf8_next(sp + 1, strlen(sp + 1), &j);
				if (u_islower(c)) {
					g[k]->lower[g[k]->nlower++] = i;
					break;
				}
			}
		}
	}
}

/* One table per language for the life of the process (a handful of
 * languages at most); building takes a few milliseconds. */
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct actors_gaz **cache;
static size_t ncache, capcache;

static struct actors_gaz *cached(const char *code)
{
	for (size_t i = 0; i < ncache; i++)
		if (strcmp(cache[i]->lang, code) == 0)
			return cache[i];
	return NULL;
}

const struct actors_gaz *actors_gaz_for(const char *lang_code)
{
	const char *code = lang_code && *lang_code ? lang_code : "en";
	pthread_mutex_lock(&cache_lock);
	struct actors_gaz *g = cached(code);
	if (!g) {
		/* The actor pass asks for English next whatever the text's
		 * language: both are built in one pass over the zones. */
		struct actors_gaz *b[2] = {gaz_new(code), NULL};
		size_t nb = 1;
		if (strcmp(code, "en") != 0 && !cached("en"))
			b[nb++] = gaz_new("en");
		build(b, nb);
		cache = xgrow(cache, &capcache, ncache + nb, sizeof *cache);
		for (size_t k = 0; k < nb; k++)
			cache[ncache++] = b[k];
		g = b[0];
	}
	pthread_mutex_unlock(&cache_lock);
	return g;
}

/* A folded key without its marks (« reykjavík » -> "reykjavik"): NFD, then
 * the nonspacing marks dropped; malloc'd, NULL if ICU failed. */
static char *strip_marks(const char *key, size_t klen)
{
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&st);
	UChar src[256], dec[512];
	int32_t sl = 0;
	if (U_FAILURE(st) || klen >= 256)
		return NULL;
	u_strFromUTF8(src, 256, &sl, key, (int32_t)klen, &st);
	int32_t dl = U_SUCCESS(st) ? unorm2_normalize(nfd, src, sl, dec, 512, &st) : 0;
	if (U_FAILURE(st))
		return NULL;
	int32_t o = 0;
	for (int32_t i = 0; i < dl; i++)
		if (u_charType(dec[i]) != U_NON_SPACING_MARK)
			dec[o++] = dec[i];
	return utf8_of(dec, o);
}

bool actors_gaz_find_folded(const struct actors_gaz *g, const char *key, size_t klen, uint32_t h,
                           struct gaz_hit *hit)
{
	if (!g || !klen)
		return false;
	long i = find(g, key, klen, h);
	/* A name written with marks the locale data lacks ("Reykjavík",
	 * "Zürich" where ICU writes Reykjavik, Zurich): the same name without
	 * them.  Not the other way: a plain word (Male) is no Malé. */
	if (i < 0 && !ascii_only(key, klen)) {
		char *ak = strip_marks(key, klen);
		size_t al = ak ? strlen(ak) : 0;
		if (ak && ascii_only(ak, al))
			i = find(g, ak, al, hash_fnv(ak, al));
		free(ak);
	}
	if (i < 0)
		return false;
	if (hit) {
		hit->kind = g->e[i].kind;
		hit->name = g->e[i].name;
		hit->code = g->e[i].code;
	}
	return true;
}

bool actors_gaz_find(const struct actors_gaz *g, const char *s, size_t n, struct gaz_hit *hit)
{
	if (!g || !n)
		return false;
	size_t klen;
	char *key = lang_fold(s, n, &klen);
	bool found = actors_gaz_find_folded(g, key, klen, hash_fnv(key, klen), hit);
	free(key);
	return found;
}

int actors_gaz_max_words(const struct actors_gaz *g)
{
	return g ? g->max_words : 0;
}

const char *actors_gaz_country(const struct actors_gaz *g, const char *code)
{
	for (size_t i = 0; g && i < g->n; i++)
		if (g->e[i].kind == GAZ_COUNTRY && strcmp(g->e[i].code, code) == 0)
			return g->e[i].name;
	return NULL;
}

const char *actors_gaz_lower_name(const struct actors_gaz *g, size_t i)
{
	return g && i < g->nlower ? g->e[g->lower[i]].name : NULL;
}

size_t actors_gaz_size(const struct actors_gaz *g)
{
	return g ? g->n : 0;
}
