/* util.h — allocation, growable buffers, error values, small string helpers.
 *
 * Allocation never returns NULL: on failure the fatal hook (set by the
 * reader to restore the terminal) runs and the process exits with status 70.
 * Recoverable errors are returned as values: a function that can fail takes
 * a `struct gerr *` and returns -1 after filling it (see gerr_set()).
 */
#ifndef GLOSE_UTIL_H
#define GLOSE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define GLOSE_PRINTF(f, a) __attribute__((format(printf, f, a)))

/* Exit codes, documented in glose(1) and --help. */
enum {
	EXIT_OK = 0,
	EXIT_FAIL = 1,     /* runtime failure: export could not be written, ... */
	EXIT_USAGE = 2,    /* bad command line */
	EXIT_INPUT = 3,    /* input unreadable, binary, not a file */
	EXIT_CONFIG = 4,   /* configuration, theme or language pack error */
	EXIT_NOMEM = 70,   /* out of memory */
};

/* An error value: a one-line message, ready for stderr or the status line.
 * Messages that point into a file read "file:line:col: message". */
struct gerr {
	char msg[1024];
	int code;          /* one of the EXIT_* values */
};

/* Fill `e` (if non-NULL) and return -1. */
int gerr_set(struct gerr *e, int code, const char *fmt, ...) GLOSE_PRINTF(3, 4);
int gerr_setv(struct gerr *e, int code, const char *fmt, va_list ap);

/* Fatal hook: called once before exiting on allocation failure or on a
 * fatal signal, so the terminal can be restored. */
void util_set_fatal_hook(void (*hook)(void));
_Noreturn void die_nomem(void);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow an array to hold at least `need` elements of `size` bytes; `*cap`
 * is updated.  Checks for multiplication overflow. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) GLOSE_PRINTF(1, 2);

/* Growable byte buffer, always NUL-terminated after the first append.
 * With a sink, it streams: past a quarter MiB, what it holds goes to
 * sink->write (0 or -1 with errno; the first error is kept in sink->err and
 * later output is dropped) except its last 16 bytes, so only those and what
 * comes after them can be looked at; sbuf_flush() hands over the rest. */
struct sbuf_sink {
	int (*write)(void *ctx, const char *s, size_t n);
	void *ctx;
	int err;
};
struct sbuf {
	char *s;
	size_t len, cap;
	struct sbuf_sink *sink;    /* NULL: everything stays in memory */
};
int sbuf_flush(struct sbuf *b);   /* 0, or -1 if the sink failed (errno in sink->err) */
void sbuf_add(struct sbuf *b, const char *s, size_t n);
/* Appends v in decimal (what sbuf_addf("%zu") writes, without its cost). */
void sbuf_add_uint(struct sbuf *b, uint64_t v);
void sbuf_puts(struct sbuf *b, const char *s);
void sbuf_addc(struct sbuf *b, char c);
void sbuf_addf(struct sbuf *b, const char *fmt, ...) GLOSE_PRINTF(2, 3);
void sbuf_reset(struct sbuf *b);
void sbuf_free(struct sbuf *b);
/* Hand the string over to the caller (never NULL; "" for an empty buffer). */
char *sbuf_take(struct sbuf *b);

/* UTF-8 helpers (the text is always valid UTF-8 after loading). */
/* Decode one code point at s[*i] (advancing *i); invalid bytes give 0xFFFD. */
int32_t utf8_next(const char *s, size_t len, size_t *i);
/* Step back to the start of the previous code point. */
size_t utf8_prev(const char *s, size_t i);
/* Encode cp into out (4 bytes at most); returns the length. */
int utf8_encode(int32_t cp, char out[4]);
size_t utf8_cplen(const char *s, size_t n);
/* Code points above U+FFFF (4-byte sequences) in s[0..n) of valid UTF-8. */
size_t utf8_astral(const char *s, size_t n);   /* code points in s[0..n) */

/* Whole-file I/O. */
int file_read_all(const char *path, char **out, size_t *len, struct gerr *e);
/* Write atomically: temporary file in the same folder, fsync, rename; an
 * existing file is left as it was on any failure. */
int file_write_atomic(const char *path, const char *data, size_t len, struct gerr *e);

/* The same in two steps, to replace several files together: prepare each
 * (temporary file written and fsynced; *tmp is NULL for a device written in
 * place), then commit each, or abort the prepared ones on a failure. */
int file_write_prepare(const char *path, const char *data, size_t len, char **tmp, struct gerr *e);
/* file_write_prepare() for output written in pieces: open (a temporary
 * file beside `path`, or a device in place), write (0, or -1 with the
 * error kept for finish), finish (fsync, close; *tmp as from prepare) or
 * abort (the temporary file is removed). */
struct file_stream {
	int fd;
	char *path, *tmp;
	bool in_place;
	int err;
};
int file_stream_open(struct file_stream *fs, const char *path, struct gerr *e);
int file_stream_write(struct file_stream *fs, const char *data, size_t len);
int file_stream_finish(struct file_stream *fs, char **tmp, struct gerr *e);
void file_stream_abort(struct file_stream *fs);
int file_write_commit(const char *path, char *tmp, struct gerr *e);
void file_write_abort(char *tmp);

/* SHA-256 of a buffer as 64 lowercase hex digits + NUL. */
void sha256_hex(const void *data, size_t len, char out[65]);
/* The same without the processor's SHA instructions (for the tests). */
void sha256_hex_portable(const void *data, size_t len, char out[65]);

#endif
