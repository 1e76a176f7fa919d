/* lang.h — language packs: lexicons from lang/<code>.yaml plus ICU locale data.
 *
 * A pack is one YAML file whose top level is a mapping:
 *   code: fr                    # BCP-47 language, also the ICU locale
 *   name: Français
 *   <lexicon>: [word, "multi word", ...]          # a list: entries without value
 *   <lexicon>: {lemma: [form, form], key: value}  # a mapping: each key is an
 *                                                 # entry; a list value adds
 *                                                 # its items with value=key,
 *                                                 # a scalar value is the value
 * Lexicon names are free (the extractors ask for them by name; the list of
 * names each extractor reads is in docs/lang.md).  Lookups fold case with
 * ICU (u_strFoldCase) — "Président" finds "président".
 * Month/weekday names and the quotation marks come from ICU (udat, ulocdata).
 */
#ifndef GLOSE_LANG_H
#define GLOSE_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

typedef struct lang lang;
typedef struct lexicon lexicon;

/* Load a pack from a file.  Errors: "file:line:col: message" (EXIT_CONFIG). */
lang *lang_load(const char *path, struct gerr *e);
lang *lang_load_buf(const char *name, const char *yaml, size_t len, struct gerr *e);
void lang_free(lang *l);

/* Installed packs, found in the data directories (see paths.h).  `code`
 * "fr"; returns NULL with an error if there is no such pack. */
lang *lang_open(const char *code, struct gerr *e);
/* Codes of the installed packs, sorted; NULL-terminated, free with free(). */
char **lang_installed(void);
/* Pick the installed pack whose stopwords cover the most words of `text`
 * (the first 64 KiB are looked at).  Falls back to "en".  */
lang *lang_detect(const char *text, size_t len, struct gerr *e);
/* The code of the pack lang_detect() would open, reading only each pack's
 * stopwords (cheap); NULL if no pack is installed.  Free with free(). */
char *lang_detect_code(const char *text, size_t len);

const char *lang_code(const lang *l);      /* "fr" */
const char *lang_name(const lang *l);      /* "Français" */
const char *lang_path(const lang *l);      /* the YAML file it came from */

/* A lexicon by name; never NULL (an empty lexicon if the pack has none). */
const lexicon *lang_lex(const lang *l, const char *name);
size_t lex_size(const lexicon *x);
/* Is s[0..n) an entry (case-folded)? */
bool lex_has(const lexicon *x, const char *s, size_t n);
/* The entry's value (lemma, linked name, tag), "" for a list entry,
 * NULL if absent. */
const char *lex_get(const lexicon *x, const char *s, size_t n);
/* lex_get() by a key already folded: key = lang_fold(s) (not folded
 * again), hash = hash_fnv(key, klen) (hindex.h).  The same answer as
 * lex_get(x, s, n) without the folding. */
const char *lex_get_folded(const lexicon *x, const char *key, size_t klen, uint32_t hash);
/* May the folded word key (hash = hash_fnv(key, klen)) be the first word
 * of an entry of several words (the part before its first space)?  False
 * means no entry with a space starts with key and a space; true may be a
 * hash collision.  A filter before multi-word lookups. */
bool lex_first_word(const lexicon *x, const char *key, size_t klen, uint32_t hash);
/* Does w[0..n) end with an entry's text as written in the pack (not
 * folded), with more than `before` bytes before it?  For lists of endings
 * matched against folded words. */
bool lex_has_ending(const lexicon *x, const char *w, size_t n, size_t before);
/* Add an entry (the reader's config adds speech verbs, titles, known
 * actors); creates the lexicon if needed.  value may be NULL. */
void lang_add(lang *l, const char *lexicon, const char *entry, const char *value);
/* Iterate entries: i from 0 to lex_size()-1; returns the entry text as
 * written in the pack, and its value in *value. */
const char *lex_entry(const lexicon *x, size_t i, const char **value);
/* Largest number of words in any entry (for multi-word lookups). */
int lex_max_words(const lexicon *x);

/* ICU locale data (computed once per pack).
 * month 1..12, weekday 1..7 with 1 = Monday; wide names in lower case as
 * the locale writes them ("décembre", "December"), abbreviated without the
 * trailing dot ("déc", "Dec"). */
const char *lang_month(const lang *l, int month, bool abbrev);
const char *lang_weekday(const lang *l, int weekday, bool abbrev);
/* The locale's quotation marks: outer open/close and inner open/close, UTF-8. */
const char *lang_quote(const lang *l, bool inner, bool close);

/* Fold s for lookups (ICU case fold, NFC) into a malloc'd string. */
char *lang_fold(const char *s, size_t n, size_t *outlen);

#endif
