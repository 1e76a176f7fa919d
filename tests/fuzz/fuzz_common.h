/* fuzz_common.h — what the libFuzzer harnesses share: the language packs
 * (loaded once), an article built from fuzzer bytes, and output checks. */
#ifndef GLOSE_FUZZ_COMMON_H
#define GLOSE_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "article.h"

/* The installed packs ("fr", "en"), loaded on first use; abort() if
 * they cannot be (the harness would test nothing). */
lang *fuzz_lang(const char *code);

/* Build an article from fuzzer input and run every extractor.
 * data[0] holds flags: bit 0 picks English (else French), bit 1 sets a
 * publication date, bit 2 is --force, bits 3-5 pick an --encoding (0:
 * detect); fuzz_article reads bit 6 (truecolor print-out, else 256
 * colours).  The rest is the text.  Returns false when the loader refused
 * the input (that is a valid outcome; the error message is checked). */
bool fuzz_article_open(struct article *a, const uint8_t *data, size_t size);
void fuzz_article_close(struct article *a);

/* Abort with a message (libFuzzer then saves the input). */
_Noreturn void fuzz_fail(const char *what, const char *detail);
/* Abort unless s[0..n) is valid UTF-8 (no surrogates, no overlongs). */
void fuzz_check_utf8(const char *what, const char *s, size_t n);
/* Abort unless the error message is one line, non-empty and valid UTF-8. */
void fuzz_check_err(const char *what, const char *msg);

#endif
