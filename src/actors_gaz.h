/* actors_gaz.h — place and organisation names from ICU locale data:
 * countries (uloc_getISOCountries + uloc_getDisplayCountry), world regions
 * and continents (UN M.49 codes), the European Union and the United
 * Nations, and cities (the exemplar cities of ICU time zones, pattern
 * "VVV"), each in a given display language; and the ISO 3166-2 subdivisions
 * of the iso-codes package (states, counties, départements), as written there.
 *
 * Built once per language and process, then read-only (thread-safe).
 */
#ifndef GLOSE_ACTORS_GAZ_H
#define GLOSE_ACTORS_GAZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum gaz_kind { GAZ_COUNTRY, GAZ_REGION, GAZ_CITY, GAZ_ORG };

struct gaz_hit {
	enum gaz_kind kind;
	const char *name;         /* display name as ICU writes it */
	const char *code;         /* ISO 3166 / M.49 code, or the time zone id */
};

struct actors_gaz;

/* The gazetteer for display language `lang_code` ("fr", "en"). Never NULL. */
const struct actors_gaz *actors_gaz_for(const char *lang_code);
/* Look a name up (any case; ’ and ' are the same). */
bool actors_gaz_find(const struct actors_gaz *g, const char *s, size_t n, struct gaz_hit *hit);
/* actors_gaz_find() by a key already folded (lang_fold), with its hash
 * (hash_fnv). */
bool actors_gaz_find_folded(const struct actors_gaz *g, const char *key, size_t klen, uint32_t h,
                            struct gaz_hit *hit);
/* May a name of several words begin with the folded word whose hash_fnv
 * is h (then a space)?  False: none does. */
bool actors_gaz_first_word(const struct actors_gaz *g, uint32_t h);
/* Largest number of space-separated words in a name. */
int actors_gaz_max_words(const struct actors_gaz *g);
/* The display name of a country code in this language ("RU" -> "Russie"), or NULL. */
const char *actors_gaz_country(const struct actors_gaz *g, const char *code);
size_t actors_gaz_size(const struct actors_gaz *g);
/* Names with a lower-case word after the first (« Arabie saoudite »,
 * « Émirats arabes unis »): i from 0; NULL past the end. */
const char *actors_gaz_lower_name(const struct actors_gaz *g, size_t i);

#endif
