/* test_util.c — buffers, UTF-8 helpers, SHA-256, atomic writes. */
#include "testutil.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void test_sbuf(void **state)
{
	(void)state;
	struct sbuf b = {0};
	sbuf_puts(&b, "abc");
	sbuf_addc(&b, '-');
	sbuf_addf(&b, "%d/%s", 42, "x");
	assert_string_equal(b.s, "abc-42/x");
	assert_int_equal(b.len, 8);
	sbuf_reset(&b);
	assert_string_equal(b.s, "");
	char *s = sbuf_take(&b);
	assert_string_equal(s, "");
	free(s);
}

static void test_utf8(void **state)
{
	(void)state;
	const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";   /* a é € 😀 */
	size_t i = 0, n = strlen(s);
	assert_int_equal(utf8_next(s, n, &i), 'a');
	assert_int_equal(utf8_next(s, n, &i), 0xE9);
	assert_int_equal(utf8_next(s, n, &i), 0x20AC);
	assert_int_equal(utf8_next(s, n, &i), 0x1F600);
	assert_int_equal(i, n);
	assert_int_equal(utf8_cplen(s, n), 4);
	/* Counting eight bytes at a time: every length and alignment agrees
	 * with decoding one code point after another. */
	const char *mix = "Prix : 12 € — « déjà vu » 😀 naïve ﬁn çà ÉÈ\xe2\x80\xaf;!";
	size_t ml = strlen(mix);
	for (size_t a = 0; a < 8; a++)
		for (size_t len = 0; a + len <= ml; len++) {
			size_t want = 0;
			for (size_t k = a; k < a + len; k++)
				want += ((unsigned char)mix[k] & 0xC0) != 0x80;
			assert_int_equal(utf8_cplen(mix + a, len), want);
		}
	assert_int_equal(utf8_prev(s, n), 6);
	char out[4];
	assert_int_equal(utf8_encode(0x1F600, out), 4);
	assert_memory_equal(out, "\xf0\x9f\x98\x80", 4);
	/* Invalid sequences decode to U+FFFD one byte at a time. */
	const char *bad = "\xc3(\xed\xa0\x80";   /* truncated, then a surrogate */
	i = 0;
	assert_int_equal(utf8_next(bad, strlen(bad), &i), 0xFFFD);
	assert_int_equal(i, 1);
	i = 2;
	assert_int_equal(utf8_next(bad, strlen(bad), &i), 0xFFFD);
}

static void test_sha256(void **state)
{
	(void)state;
	char h[65];
	sha256_hex("", 0, h);
	assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abc", 3, h);
	assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha256_hex(two, strlen(two), h);
	assert_string_equal(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	sha256_hex_portable(two, strlen(two), h);
	assert_string_equal(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	/* a million 'a' (FIPS 180-2, appendix B.3) */
	char *m = xmalloc(1000000);
	memset(m, 'a', 1000000);
	sha256_hex(m, 1000000, h);
	assert_string_equal(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(m);
}

/* The processor's SHA instructions (where there are) and the portable code
 * agree on every length around the block and padding edges, and on longer
 * inputs with every byte value. */
static void test_sha256_paths(void **state)
{
	(void)state;
	unsigned char buf[4099];
	uint32_t x = 12345;
	for (size_t i = 0; i < sizeof buf; i++) {
		x = x * 1103515245u + 12345u;
		buf[i] = (unsigned char)(x >> 16);
	}
	char a[65], b[65];
	for (size_t n = 0; n <= sizeof buf; n += n < 300 ? 1 : 97) {
		sha256_hex(buf, n, a);
		sha256_hex_portable(buf, n, b);
		assert_string_equal(a, b);
	}
	/* an unaligned start */
	sha256_hex(buf + 3, 1000, a);
	sha256_hex_portable(buf + 3, 1000, b);
	assert_string_equal(a, b);
}

static void test_atomic_write(void **state)
{
	(void)state;
	char dir[] = "/tmp/glose-test-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *p = xasprintf("%s/out.txt", dir);
	struct gerr e = {0};
	assert_int_equal(file_write_atomic(p, "first", 5, &e), 0);
	assert_int_equal(file_write_atomic(p, "second", 6, &e), 0);
	char *data;
	size_t n;
	assert_int_equal(file_read_all(p, &data, &n, &e), 0);
	assert_int_equal(n, 6);
	assert_memory_equal(data, "second", 6);
	free(data);
	/* A write into a folder that does not exist fails cleanly. */
	char *bad = xasprintf("%s/missing/out.txt", dir);
	assert_int_equal(file_write_atomic(bad, "x", 1, &e), -1);
	assert_non_null(strstr(e.msg, "cannot write"));
	/* Nothing left behind but the file. */
	unlink(p);
	assert_int_equal(rmdir(dir), 0);
	free(p);
	free(bad);
}

static void test_atomic_write_links_and_devices(void **state)
{
	(void)state;
	char dir[] = "/tmp/glose-test-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *real = xasprintf("%s/real.txt", dir), *link = xasprintf("%s/link.txt", dir);
	struct gerr e = {0};
	assert_int_equal(file_write_atomic(real, "old", 3, &e), 0);
	assert_int_equal(symlink(real, link), 0);
	/* Through a link the target is replaced and the link stays a link. */
	assert_int_equal(file_write_atomic(link, "new", 3, &e), 0);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	char *data;
	size_t n;
	assert_int_equal(file_read_all(real, &data, &n, &e), 0);
	assert_memory_equal(data, "new", 3);
	free(data);
	/* A device is written in place, never replaced. */
	assert_int_equal(file_write_atomic("/dev/null", "x", 1, &e), 0);
	assert_int_equal(stat("/dev/null", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
	assert_int_equal(file_write_atomic("/dev/full", "x", 1, &e), -1);
	assert_string_equal(e.msg, "/dev/full: cannot write: No space left on device");
	/* A directory is refused. */
	assert_int_equal(file_write_atomic(dir, "x", 1, &e), -1);
	assert_non_null(strstr(e.msg, "is a directory"));
	unlink(link);
	unlink(real);
	assert_int_equal(rmdir(dir), 0);
	free(real);
	free(link);
}

static void test_gerr(void **state)
{
	(void)state;
	struct gerr e = {0};
	assert_int_equal(gerr_set(&e, EXIT_CONFIG, "%s:%d:%d: %s", "f.yaml", 3, 7, "bad"), -1);
	assert_string_equal(e.msg, "f.yaml:3:7: bad");
	assert_int_equal(e.code, EXIT_CONFIG);
	assert_int_equal(gerr_set(NULL, 1, "ignored"), -1);
	/* Control characters quoted from a file never reach the terminal. */
	gerr_set(&e, EXIT_CONFIG, "f.yaml:1:1: unknown key '%s'", "\x1b]0;pwned\x07\xc2\x9b\n");
	assert_string_equal(e.msg, "f.yaml:1:1: unknown key '^[]0;pwned^G<U+009B>^J'");
	/* Truncation never leaves half a UTF-8 sequence. */
	char longer[2000];
	memset(longer, 'a', sizeof longer);
	memcpy(longer + 1020, "\xc3\xa9\xc3\xa9\xc3\xa9", 6);
	longer[sizeof longer - 1] = 0;
	gerr_set(&e, 1, "%s", longer);
	size_t n = strlen(e.msg), i = 0;
	while (i < n)
		assert_int_not_equal(utf8_next(e.msg, n, &i), 0xFFFD);
}

struct collect {
	struct sbuf got;
	size_t calls;
	size_t fail_after;     /* fail from this call on (0: never) */
};

static int collect_write(void *ctx, const char *s, size_t n)
{
	struct collect *c = ctx;
	c->calls++;
	if (c->fail_after && c->calls >= c->fail_after) {
		errno = ENOSPC;
		return -1;
	}
	sbuf_add(&c->got, s, n);
	return 0;
}

static void test_sbuf_sink(void **state)
{
	(void)state;
	struct collect c = {0};
	struct sbuf_sink sink = {collect_write, &c, 0};
	struct sbuf b = {.sink = &sink};
	struct sbuf want = {0};
	for (int i = 0; i < 40000; i++) {
		sbuf_addf(&b, "ligne %d : café ", i);
		sbuf_addf(&want, "ligne %d : café ", i);
		sbuf_addc(&b, '\n');
		sbuf_addc(&want, '\n');
		/* The last character written can still be looked at. */
		assert_int_equal(b.s[b.len - 1], '\n');
	}
	assert_true(c.calls >= 2);                 /* it streamed */
	assert_true(b.len < 300 * 1024);           /* and did not keep it all */
	assert_int_equal(sbuf_flush(&b), 0);
	assert_int_equal(b.len, 0);
	assert_int_equal(c.got.len, want.len);
	assert_memory_equal(c.got.s, want.s, want.len);
	/* A failing sink: the error is kept, later output dropped. */
	struct collect f = {.fail_after = 2};
	struct sbuf_sink fs = {collect_write, &f, 0};
	struct sbuf fb = {.sink = &fs};
	for (int i = 0; i < 100000; i++)
		sbuf_puts(&fb, "une ligne de texte assez longue pour remplir le tampon\n");
	assert_int_equal(sbuf_flush(&fb), -1);
	assert_int_equal(fs.err, ENOSPC);
	assert_int_equal(f.calls, 2);               /* nothing more was tried */
	sbuf_free(&b);
	sbuf_free(&fb);
	sbuf_free(&want);
	sbuf_free(&c.got);
	sbuf_free(&f.got);
}

static void test_file_stream(void **state)
{
	(void)state;
	char dir[] = "/tmp/glose-stream-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *path = xasprintf("%s/out.json", dir);
	assert_int_equal(file_write_atomic(path, "ancien\n", 7, NULL), 0);
	struct gerr e = {0};
	struct file_stream fs;
	assert_int_equal(file_stream_open(&fs, path, &e), 0);
	assert_int_equal(file_stream_write(&fs, "nouveau ", 8), 0);
	/* Until it is committed, the old file is untouched. */
	char *old;
	size_t n;
	assert_int_equal(file_read_all(path, &old, &n, &e), 0);
	assert_string_equal(old, "ancien\n");
	free(old);
	assert_int_equal(file_stream_write(&fs, "contenu\n", 8), 0);
	char *tmp;
	assert_int_equal(file_stream_finish(&fs, &tmp, &e), 0);
	assert_non_null(tmp);
	assert_int_equal(file_write_commit(path, tmp, &e), 0);
	assert_int_equal(file_read_all(path, &old, &n, &e), 0);
	assert_string_equal(old, "nouveau contenu\n");
	free(old);
	/* Aborted: the old file stays, no temporary file is left. */
	assert_int_equal(file_stream_open(&fs, path, &e), 0);
	file_stream_write(&fs, "perdu", 5);
	file_stream_abort(&fs);
	assert_int_equal(file_read_all(path, &old, &n, &e), 0);
	assert_string_equal(old, "nouveau contenu\n");
	free(old);
	char *cmd = xasprintf("test $(ls -A %s | wc -l) -eq 1", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	/* A full device: the error comes at finish, with the path. */
	if (access("/dev/full", W_OK) == 0) {
		assert_int_equal(file_stream_open(&fs, "/dev/full", &e), 0);
		file_stream_write(&fs, "x", 1);
		e = (struct gerr){0};
		assert_int_not_equal(file_stream_finish(&fs, &tmp, &e), 0);
		assert_null(tmp);
		assert_non_null(strstr(e.msg, "/dev/full: cannot write"));
	}
	/* A directory is refused at open. */
	e = (struct gerr){0};
	assert_int_not_equal(file_stream_open(&fs, dir, &e), 0);
	assert_non_null(strstr(e.msg, "is a directory"));
	unlink(path);
	rmdir(dir);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sbuf),
		cmocka_unit_test(test_sbuf_sink),
		cmocka_unit_test(test_file_stream),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_sha256),
		cmocka_unit_test(test_sha256_paths),
		cmocka_unit_test(test_atomic_write),
		cmocka_unit_test(test_atomic_write_links_and_devices),
		cmocka_unit_test(test_gerr),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
