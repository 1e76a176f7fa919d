/* util.c — allocation, buffers, errors, UTF-8 and file helpers. */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void (*fatal_hook)(void);

void util_set_fatal_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

_Noreturn void die_nomem(void)
{
	static const char msg[] = "glose: out of memory\n";
	if (fatal_hook) {
		void (*h)(void) = fatal_hook;
		fatal_hook = NULL;
		h();
	}
	if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
		/* nothing more can be done */
	}
	_exit(EXIT_NOMEM);
}

/* Messages end up on a terminal (stderr, the status line) and quote what
 * came from files: keys, paths.  Control characters are made visible
 * ("^[", "<U+009B>") so no escape sequence from a file reaches the screen,
 * and a message stays one line. */
static void gerr_make_visible(char *msg, size_t size)
{
	char out[sizeof ((struct gerr *)0)->msg];
	size_t o = 0, n = strlen(msg);
	if (size > sizeof out)
		size = sizeof out;
	for (size_t i = 0; i < n && o + 1 < size;) {
		unsigned char c = (unsigned char)msg[i];
		char rep[12];
		size_t rl = 0, adv = 1;
		if (c < 0x20 || c == 0x7f) {
			rep[0] = '^';
			rep[1] = c == 0x7f ? '?' : (char)(c + 0x40);
			rl = 2;
		} else if (c == 0xc2 && i + 1 < n && (unsigned char)msg[i + 1] >= 0x80 &&
		           (unsigned char)msg[i + 1] <= 0x9f) {
			rl = (size_t)snprintf(rep, sizeof rep, "<U+%04X>", (unsigned char)msg[i + 1]);
			adv = 2;
		} else {
			rep[0] = (char)c;
			rl = 1;
		}
		if (o + rl + 1 > size)
			break;
		memcpy(out + o, rep, rl);
		o += rl;
		i += adv;
	}
	/* Never end inside a UTF-8 sequence cut by truncation. */
	size_t end = o;
	while (end > 0 && ((unsigned char)out[end - 1] & 0xC0) == 0x80)
		end--;
	if (end > 0 && (unsigned char)out[end - 1] >= 0xC0) {
		unsigned char lead = (unsigned char)out[end - 1];
		size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
		if (o - (end - 1) < need)
			o = end - 1;
	}
	memcpy(msg, out, o);
	msg[o] = 0;
}

int gerr_setv(struct gerr *e, int code, const char *fmt, va_list ap)
{
	if (e) {
		vsnprintf(e->msg, sizeof e->msg, fmt, ap);
		gerr_make_visible(e->msg, sizeof e->msg);
		e->code = code;
	}
	return -1;
}

int gerr_set(struct gerr *e, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	gerr_setv(e, code, fmt, ap);
	va_end(ap);
	return -1;
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die_nomem();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		die_nomem();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		die_nomem();
	return q;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	size_t c = *cap ? *cap : 8;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			die_nomem();
		c *= 2;
	}
	if (size && c > SIZE_MAX / size)
		die_nomem();
	p = xrealloc(p, c * size);
	*cap = c;
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return xstrdup("");
	if ((size_t)n < sizeof small)
		return xstrdup(small);
	char *s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* With a sink, a buffer that has grown past SBUF_SPILL bytes hands them
 * over, keeping its last SBUF_KEEP bytes (writers look back at the last
 * character they wrote). */
#define SBUF_SPILL ((size_t)256 * 1024)
#define SBUF_KEEP 16

static void sbuf_spill(struct sbuf *b, size_t keep)
{
	if (!b->sink || b->len <= keep)
		return;
	size_t n = b->len - keep;
	if (!b->sink->err && b->sink->write(b->sink->ctx, b->s, n) != 0)
		b->sink->err = errno ? errno : EIO;
	memmove(b->s, b->s + n, keep);
	b->len = keep;
	b->s[b->len] = 0;
}

static inline void sbuf_check(struct sbuf *b)
{
	if (b->sink && b->len >= SBUF_SPILL)
		sbuf_spill(b, SBUF_KEEP);
}

int sbuf_flush(struct sbuf *b)
{
	if (!b->sink)
		return 0;
	sbuf_spill(b, 0);
	return b->sink->err ? -1 : 0;
}

static inline void sbuf_reserve(struct sbuf *b, size_t extra)
{
	if (b->len + extra + 1 < b->len)
		die_nomem();
	if (b->len + extra + 1 > b->cap)
		b->s = xgrow(b->s, &b->cap, b->len + extra + 1, 1);
}

void sbuf_add(struct sbuf *b, const char *s, size_t n)
{
	sbuf_reserve(b, n);
	if (n)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
	sbuf_check(b);
}

void sbuf_add_uint(struct sbuf *b, uint64_t v)
{
	/* Two digits a division. */
	static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	                            "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	                            "8081828384858687888990919293949596979899";
	char buf[24];
	size_t o = sizeof buf;
	while (v >= 100) {
		unsigned d = (unsigned)(v % 100);
		v /= 100;
		buf[--o] = pairs[2 * d + 1];
		buf[--o] = pairs[2 * d];
	}
	if (v >= 10) {
		buf[--o] = pairs[2 * v + 1];
		buf[--o] = pairs[2 * v];
	} else {
		buf[--o] = (char)('0' + v);
	}
	sbuf_add(b, buf + o, sizeof buf - o);
}

void sbuf_puts(struct sbuf *b, const char *s)
{
	sbuf_add(b, s, strlen(s));
}

void sbuf_addc(struct sbuf *b, char c)
{
	sbuf_reserve(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = 0;
	sbuf_check(b);
}

void sbuf_addf(struct sbuf *b, const char *fmt, ...)
{
	/* Format straight into the buffer when there is room (one pass). */
	sbuf_reserve(b, 128);
	va_list ap;
	va_start(ap, fmt);
	size_t room = b->cap - b->len;
	int n = vsnprintf(b->s + b->len, room, fmt, ap);
	va_end(ap);
	if (n <= 0) {
		b->s[b->len] = 0;
		return;
	}
	if ((size_t)n >= room) {
		sbuf_reserve(b, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
	sbuf_check(b);
}

void sbuf_reset(struct sbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = 0;
}

void sbuf_free(struct sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *sbuf_take(struct sbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

int32_t utf8_next(const char *str, size_t len, size_t *i)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t p = *i;
	unsigned c = s[p];
	if (c < 0x80) {
		*i = p + 1;
		return (int32_t)c;
	}
	int n;
	int32_t cp, min;
	if ((c & 0xE0) == 0xC0) {
		n = 1; cp = c & 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		n = 2; cp = c & 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
		n = 3; cp = c & 0x07; min = 0x10000;
	} else {
		*i = p + 1;
		return 0xFFFD;
	}
	if (p + (size_t)n >= len + 1 || p + (size_t)n > len) {
		*i = p + 1;
		return 0xFFFD;
	}
	for (int k = 1; k <= n; k++) {
		unsigned cc = s[p + (size_t)k];
		if ((cc & 0xC0) != 0x80) {
			*i = p + 1;
			return 0xFFFD;
		}
		cp = (cp << 6) | (int32_t)(cc & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
		*i = p + 1;
		return 0xFFFD;
	}
	*i = p + (size_t)n + 1;
	return cp;
}

size_t utf8_prev(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	size_t j = i - 1;
	int k = 0;
	while (j > 0 && k < 3 && ((unsigned char)s[j] & 0xC0) == 0x80) {
		j--;
		k++;
	}
	return j;
}

int utf8_encode(int32_t cp, char out[4])
{
	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The sum of the eight bytes of v. */
static size_t bytesum(uint64_t v)
{
	v = (v & 0x00FF00FF00FF00FFull) + ((v >> 8) & 0x00FF00FF00FF00FFull);
	return (size_t)((v * 0x0001000100010001ull) >> 48);
}

/* Counts the marked bytes in the whole eight-byte words of s[0..n), and
 * sets *done to the bytes read: with lead4, lead bytes of 4-byte sequences
 * (11110xxx: bits 7 to 4 set); else continuation bytes (10xxxxxx: bit 7
 * set, bit 6 clear).  Per-byte counters are summed every 255 words, as no
 * popcount instruction is assumed. */
static size_t count_marked(const char *s, size_t n, bool lead4, size_t *done)
{
	size_t c = 0, i = 0;
	while (i + 8 <= n) {
		uint64_t acc = 0;
		size_t words = 0;
		for (; i + 8 <= n && words < 255; i += 8, words++) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			uint64_t m = lead4 ? w & (w << 1) & (w << 2) & (w << 3) : w & ~(w << 1);
			acc += (m & 0x8080808080808080ull) >> 7;
		}
		c += bytesum(acc);
	}
	*done = i;
	return c;
}

size_t utf8_cplen(const char *s, size_t n)
{
	/* The bytes that are not continuation bytes. */
	size_t i;
	size_t cont = count_marked(s, n, false, &i);
	size_t c = i - cont;
	for (; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

size_t utf8_astral(const char *s, size_t n)
{
	size_t i;
	size_t c = count_marked(s, n, true, &i);
	for (; i < n; i++)
		c += (unsigned char)s[i] >= 0xF0;
	return c;
}

int file_read_all(const char *path, char **out, size_t *len, struct gerr *e)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return gerr_set(e, EXIT_INPUT, "%s: %s", path, strerror(errno));
	struct sbuf b = {0};
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && (uintmax_t)st.st_size < SIZE_MAX / 2)
		b.s = xgrow(b.s, &b.cap, (size_t)st.st_size + 1, 1);   /* one allocation for a plain file */
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sbuf_add(&b, buf, n);
	int err = ferror(f) ? errno : 0;
	if (f != stdin)
		fclose(f);
	if (err) {
		sbuf_free(&b);
		return gerr_set(e, EXIT_INPUT, "%s: %s", path, strerror(err ? err : EIO));
	}
	*len = b.len;
	*out = sbuf_take(&b);
	return 0;
}

static int write_all(int fd, const char *data, size_t len)
{
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		off += (size_t)w;
	}
	return 0;
}


int file_stream_open(struct file_stream *fs, const char *path, struct gerr *e)
{
	memset(fs, 0, sizeof *fs);
	fs->fd = -1;
	struct stat target;
	char *real = NULL;
	/* Through a symbolic link, replace the file it points to, not the link. */
	if (lstat(path, &target) == 0 && S_ISLNK(target.st_mode)) {
		real = realpath(path, NULL);
		if (real)
			path = real;
	}
	fs->path = xstrdup(path);
	free(real);
	path = fs->path;
	if (stat(path, &target) == 0 && !S_ISREG(target.st_mode)) {
		if (S_ISDIR(target.st_mode)) {
			gerr_set(e, EXIT_FAIL, "%s: is a directory", fs->path);
			goto fail;
		}
		/* A device or a FIFO (/dev/null, /dev/stdout, a pipe) is written
		 * in place: renaming over it would replace the node itself. */
		fs->fd = open(path, O_WRONLY | O_CLOEXEC);
		if (fs->fd < 0) {
			gerr_set(e, EXIT_FAIL, "%s: cannot write: %s", fs->path, strerror(errno));
			goto fail;
		}
		fs->in_place = true;
		return 0;
	}
	fs->tmp = xasprintf("%s.glose-tmp.XXXXXX", path);
	fs->fd = mkstemp(fs->tmp);
	if (fs->fd < 0) {
		gerr_set(e, EXIT_FAIL, "%s: cannot write: %s", fs->path, strerror(errno));
		free(fs->tmp);
		fs->tmp = NULL;
		goto fail;
	}
	/* Keep the mode of the file being replaced, else 0666 less umask. */
	struct stat st;
	if (stat(path, &st) == 0) {
		if (fchmod(fs->fd, st.st_mode & 07777) != 0) {
			/* keep mkstemp's mode */
		}
	} else {
		mode_t um = umask(0);
		umask(um);
		if (fchmod(fs->fd, 0666 & ~um) != 0) {
			/* keep mkstemp's mode */
		}
	}
	return 0;
fail:
	free(fs->path);
	fs->path = NULL;
	return -1;
}

int file_stream_write(struct file_stream *fs, const char *data, size_t len)
{
	if (fs->err)
		return -1;
	if (write_all(fs->fd, data, len) != 0) {
		fs->err = errno ? errno : EIO;
		return -1;
	}
	return 0;
}

int file_stream_finish(struct file_stream *fs, char **tmp_out, struct gerr *e)
{
	*tmp_out = NULL;
	int err = fs->err;
	if (!err && !fs->in_place && fsync(fs->fd) != 0)
		err = errno;
	if (close(fs->fd) != 0 && !err)
		err = errno;
	fs->fd = -1;
	int rc = 0;
	if (err) {
		rc = gerr_set(e, EXIT_FAIL, "%s: cannot write: %s", fs->path, strerror(err));
		if (fs->tmp)
			unlink(fs->tmp);
		free(fs->tmp);
	} else {
		*tmp_out = fs->tmp;
	}
	fs->tmp = NULL;
	free(fs->path);
	fs->path = NULL;
	return rc;
}

void file_stream_abort(struct file_stream *fs)
{
	if (fs->fd >= 0)
		close(fs->fd);
	fs->fd = -1;
	if (fs->tmp)
		unlink(fs->tmp);
	free(fs->tmp);
	free(fs->path);
	fs->tmp = fs->path = NULL;
}

int file_write_prepare(const char *path, const char *data, size_t len, char **tmp_out, struct gerr *e)
{
	struct file_stream fs;
	*tmp_out = NULL;
	if (file_stream_open(&fs, path, e) != 0)
		return -1;
	file_stream_write(&fs, data, len);
	return file_stream_finish(&fs, tmp_out, e);
}

/* Rename a prepared temporary file over `path` (following a link to its
 * target) and make the rename durable. */
int file_write_commit(const char *path, char *tmp, struct gerr *e)
{
	if (!tmp)
		return 0;
	char *real = realpath(path, NULL);
	const char *dst = real ? real : path;
	int rc = 0;
	if (rename(tmp, dst) != 0) {
		rc = gerr_set(e, EXIT_FAIL, "%s: cannot write: %s", path, strerror(errno));
		unlink(tmp);
	} else {
		char *dup = xstrdup(dst);
		int dfd = open(dirname(dup), O_RDONLY | O_DIRECTORY);
		if (dfd >= 0) {
			(void)fsync(dfd);
			close(dfd);
		}
		free(dup);
	}
	free(real);
	free(tmp);
	return rc;
}

void file_write_abort(char *tmp)
{
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
}

int file_write_atomic(const char *path, const char *data, size_t len, struct gerr *e)
{
	char *tmp;
	if (file_write_prepare(path, data, len, &tmp, e) != 0)
		return -1;
	return file_write_commit(path, tmp, e);
}
