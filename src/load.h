/* load.h — turning bytes from a file or a pipe into glose's text.
 *
 * The result is always valid UTF-8 in NFC, with "\n" line ends, no BOM.
 * Encodings other than UTF-8 are detected with ICU's charset detector
 * (ucsdet) and converted with ICU converters; `encoding` overrides.
 * Invalid byte sequences become U+FFFD and are counted.
 */
#ifndef GLOSE_LOAD_H
#define GLOSE_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

struct load_opts {
	const char *encoding;  /* NULL: detect */
	bool force;            /* load binary-looking input anyway */
};

struct loaded {
	char *text;            /* NFC UTF-8, owned by the caller (free()) */
	size_t len;
	char encoding[64];     /* what the input was read as, e.g. "UTF-8", "windows-1252" */
	bool had_bom;
	size_t invalid;        /* invalid sequences replaced by U+FFFD */
};

/* path "-" reads standard input (named "standard input" in messages).
 * Errors: unreadable file, a directory, a file over 2 GiB, binary input
 * without `force` (EXIT_INPUT); an unknown `encoding` (EXIT_USAGE,
 * "unknown encoding 'X'"). */
int load_file(const char *path, const struct load_opts *o, struct loaded *out, struct gerr *e);
/* The beginning of a big file: for a regular UTF-8 file over twice `max`
 * bytes, loads its first lines (up to `max` bytes, cut after a line break)
 * and sets *more; the whole text, loaded later, begins with exactly these
 * bytes unless the file changes or turns out not to be UTF-8 further on.
 * Any other input is loaded whole (*more false), as by load_file(). */
int load_file_head(const char *path, const struct load_opts *o, size_t max, struct loaded *out, bool *more,
                   struct gerr *e);
/* Same from memory; `name` is used in messages. */
int load_bytes(const char *name, const char *bytes, size_t n, const struct load_opts *o,
               struct loaded *out, struct gerr *e);

#endif
