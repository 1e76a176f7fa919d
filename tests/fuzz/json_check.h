/* json_check.h — a strict RFC 8259 validator for the fuzzers' re-parse of
 * the JSON and W3C exports.  It builds nothing: it checks the grammar,
 * that strings are valid UTF-8 without raw control characters, that
 * \u escapes pair their surrogates, and that nesting stays reasonable. */
#ifndef GLOSE_JSON_CHECK_H
#define GLOSE_JSON_CHECK_H

#include <stddef.h>

#define JSON_CHECK_MAX_DEPTH 256

/* 0 if s[0..n) is one JSON value (with optional white space around it);
 * else -1 with a message and the byte offset in err (64 bytes at least). */
int json_check(const char *s, size_t n, char *err, size_t errlen);

#endif
