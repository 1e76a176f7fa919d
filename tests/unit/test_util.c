/* test_util.c — buffers, UTF-8 helpers, SHA-256, atomic writes. */
#include "testutil.h"

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sbuf),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_sha256),
		cmocka_unit_test(test_atomic_write),
		cmocka_unit_test(test_atomic_write_links_and_devices),
		cmocka_unit_test(test_gerr),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
