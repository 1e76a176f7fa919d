/* actors_fold.h — the folding key that gathers spelling and transliteration
 * variants of a name (« Ouchakov », « Oushakov », "Ushakov"; Kiev/Kyiv;
 * Zelensky/Zelenskyy), and a bounded edit distance between keys.
 */
#ifndef GLOSE_ACTORS_FOLD_H
#define GLOSE_ACTORS_FOLD_H

#include <stdbool.h>
#include <stddef.h>

/* The folding key of s[0..n): ICU "Any-Latin; Latin-ASCII", lower case,
 * letters only (runs of other characters become one space, trimmed), then
 * sound rules (tch/sch/ch→sh, kh→h, zh/dj→j, ph→f, ck→k, w→v, y→i, ou→u,
 * ie→i, final e dropped, doubled letters single).  Returns a malloc'd
 * NUL-terminated ASCII string, its length in *outlen.  Thread-safe (the
 * transliterator is compiled once per process). */
char *actors_fold_key(const char *s, size_t n, size_t *outlen);

/* s[0..n) written in ASCII by the same transliterator, without the sound
 * rules: « kévin » -> "kevin", "łukasz" -> "lukasz".  Case is kept.
 * Returns a malloc'd string, or NULL if ICU failed. */
char *actors_fold_ascii(const char *s, size_t n, size_t *outlen);

/* actors_fold_ascii() by the transliterator alone, and whether s[0..n)
 * takes the shortcut past it (ASCII and Latin letters that decompose to an
 * ASCII letter and marks); for the tests that hold the two equal. */
char *actors_fold_ascii_icu(const char *s, size_t n, size_t *outlen);
bool actors_fold_plain(const char *s, size_t n);

/* Optimal-string-alignment distance between a and b (adjacent
 * transpositions count one), or max + 1 if it is greater than max. */
int actors_edit_distance(const char *a, size_t an, const char *b, size_t bn, int max);

#endif
