/* export.c — the exporter registry, atomic writing, JSON string escaping. */
#include "export.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct exporter *const registry[] = {
	&export_json, &export_w3c, &export_brat, &export_csv, &export_md,
};

const struct exporter *const *export_registry(size_t *n)
{
	*n = ARRAY_LEN(registry);
	return registry;
}

const struct exporter *export_find(const char *name)
{
	for (size_t i = 0; i < ARRAY_LEN(registry); i++)
		if (strcmp(registry[i]->name, name) == 0)
			return registry[i];
	return NULL;
}

void export_out_free(struct export_out *o)
{
	sbuf_free(&o->main);
	sbuf_free(&o->companion);
}

static int sink_stdout(void *ctx, const char *s, size_t n)
{
	(void)ctx;
	while (n) {
		ssize_t w = write(STDOUT_FILENO, s, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

static int sink_file(void *ctx, const char *s, size_t n)
{
	return file_stream_write(ctx, s, n);
}

/* The main output streams to its destination as it is written (a
 * temporary file that replaces `path` only once everything, companion
 * included, is written and synced); the companion is small and written
 * from memory. */
int export_to_path(const struct exporter *x, struct article *a, const char *path, struct gerr *e)
{
	struct export_out o = {0};
	struct sbuf_sink sink = {0};
	struct file_stream fs;
	bool to_stdout = strcmp(path, "-") == 0;
	if (to_stdout) {
		sink.write = sink_stdout;
	} else {
		if (file_stream_open(&fs, path, e) != 0)
			return -1;
		sink.write = sink_file;
		sink.ctx = &fs;
	}
	o.main.sink = &sink;
	int rc = x->write(a, &o, e);
	if (rc == 0 && sbuf_flush(&o.main) != 0 && to_stdout)
		rc = gerr_set(e, EXIT_FAIL, "standard output: write error: %s", strerror(sink.err));
	if (to_stdout) {
		export_out_free(&o);
		return rc;
	}
	if (rc != 0) {
		file_stream_abort(&fs);
		export_out_free(&o);
		return rc;
	}
	char *mtmp = NULL;
	rc = file_stream_finish(&fs, &mtmp, e);   /* reports a write error of the sink */
	/* Both files are written before either replaces its old version, so a
	 * full disk leaves the earlier pair intact. */
	char *cpath = NULL, *ctmp = NULL;
	if (rc == 0 && o.companion_ext) {
		const char *dot = strrchr(path, '.');
		const char *slash = strrchr(path, '/');
		size_t stem = dot && (!slash || dot > slash) ? (size_t)(dot - path) : strlen(path);
		cpath = xasprintf("%.*s%s", (int)stem, path, o.companion_ext);
		if (strcmp(cpath, path) == 0)
			rc = gerr_set(e, EXIT_USAGE, "%s: the output would overwrite its own %s companion", path,
			              o.companion_ext);
		else
			rc = file_write_prepare(cpath, o.companion.s ? o.companion.s : "", o.companion.len, &ctmp, e);
	}
	if (rc == 0) {
		rc = cpath ? file_write_commit(cpath, ctmp, e) : 0;
		ctmp = NULL;
		if (rc == 0)
			rc = file_write_commit(path, mtmp, e);
		else
			file_write_abort(mtmp);
		mtmp = NULL;
	}
	file_write_abort(ctmp);
	file_write_abort(mtmp);
	free(cpath);
	export_out_free(&o);
	return rc;
}

/* Does any of the eight bytes of v need a look (a control, '"', '\\',
 * DEL, or 0xE2 that may start U+2028/U+2029)? */
static inline bool json_special8(uint64_t v)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t lt20 = (v - ones * 0x20) & ~v;
	uint64_t q = v ^ (ones * '"'), bs = v ^ (ones * '\\'), del = v ^ (ones * 0x7F), e2 = v ^ (ones * 0xE2);
	uint64_t eq = ((q - ones) & ~q) | ((bs - ones) & ~bs) | ((del - ones) & ~del) | ((e2 - ones) & ~e2);
	return ((lt20 | eq) & high) != 0;
}

void json_str(struct sbuf *b, const char *s, size_t n)
{
	sbuf_addc(b, '"');
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		/* eight plain bytes at a time (the test may flag a plain byte
		 * too: the bytes are then looked at one by one) */
		while (i + 8 <= n) {
			uint64_t v;
			memcpy(&v, s + i, 8);
			if (json_special8(v))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		char tmp[8];
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		default:
			if (c < 0x20 || c == 0x7f) {
				snprintf(tmp, sizeof tmp, "\\u%04x", c);
				esc = tmp;
			} else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
			           ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
				/* U+2028/U+2029 break JavaScript string literals. */
				esc = (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
				sbuf_add(b, s + run, i - run);
				sbuf_puts(b, esc);
				i += 2;
				run = i + 1;
				continue;
			}
		}
		if (esc) {
			sbuf_add(b, s + run, i - run);
			sbuf_puts(b, esc);
			run = i + 1;
		}
	}
	sbuf_add(b, s + run, n - run);
	sbuf_addc(b, '"');
}
