/* wordlist.h — the system's word lists (one word a line, sorted), such as
 * Debian's wbritish / wamerican (/usr/share/dict/british-english: SCOWL,
 * proper nouns capitalised) and wfrench (/usr/share/dict/french: inflected
 * forms, all lower case).  glose does not ship them: a language pack names
 * their paths (`word_lists:`, docs/lang.md) and a missing file only takes
 * that evidence away.
 *
 * A list is mapped once per process and binary-searched in place: nothing
 * is parsed at load.  Its order is found when it is opened, from 512 lines
 * spread over the file and the line after each: byte order (LC_ALL=C sort);
 * C dictionary order (LC_ALL=C sort -d: only ASCII letters, digits and
 * blanks count, as in SCOWL's lists, whose capitalised words come first);
 * or the collation order of `sort` in a UTF-8 locale (wfrench), searched
 * with an ICU collator at primary strength, punctuation ignored (alternate
 * shifted).  The lines that compare equal to the word (Zurich, Zürich;
 * mark, Mark) are scanned for its exact bytes.  A list in none of these
 * orders is indexed once, at open, by a hash of every line.
 */
#ifndef GLOSE_WORDLIST_H
#define GLOSE_WORDLIST_H

#include <stdbool.h>
#include <stddef.h>

#include "lang.h"
#include "util.h"

typedef struct wordlist wordlist;

enum wordlist_order {
	WORDLIST_BYTES,        /* sorted byte by byte */
	WORDLIST_DICT,         /* sorted by bytes of ASCII letters, digits and blanks only */
	WORDLIST_COLLATED,     /* sorted by a locale's collation */
	WORDLIST_INDEXED,      /* in no order found: searched through a hash index */
};

/* The list at `path`, opened on the first call and shared by every later
 * call with the same path until the process ends (thread-safe).  NULL with
 * an error (EXIT_CONFIG, "path: message") if it cannot be opened, is not a
 * regular file or is empty; a failed path is tried again on the next call. */
const wordlist *wordlist_open(const char *path, struct gerr *e);

/* The lists a language pack names (word_lists: paths, absolute or relative
 * to the pack's file), opened with wordlist_open(); the ones that cannot
 * be opened are left out.  Returns how many were put in out[0..max). */
size_t wordlist_open_pack(const lang *l, const wordlist **out, size_t max);

/* Is s[0..n) a line of the list, byte for byte (a final '\r' of a line is
 * not part of it)? */
bool wordlist_has(const wordlist *w, const char *s, size_t n);

enum wordlist_order wordlist_order(const wordlist *w);
/* Number of lines (counted on demand: reads the whole file). */
size_t wordlist_count(const wordlist *w);
/* Does every line compare at least equal to the one before it in the
 * order found at open?  Reads the whole file; for tests and checks. */
bool wordlist_check(const wordlist *w);

/* Is the word s[0..n) as written ("Keep", « Vivre ») a common word of the
 * lists: its lower-case form (ICU, `locale`) in one of them, and the word
 * as written in none (a capitalised entry is a proper noun: "Mark",
 * "Hope")?  Typographic apostrophes are read as "'".  With `elision`, a
 * word that is not listed whole and opens with one or two letters and an
 * apostrophe (« l'Écluse », « qu'Avant ») is looked up without them. */
bool wordlist_common(const wordlist *const *lists, size_t nlists, const char *s, size_t n, const char *locale,
                     bool elision);

#endif
