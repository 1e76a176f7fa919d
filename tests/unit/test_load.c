/* test_load.c — reading files, pipes and bytes: encodings, BOMs, line
 * ends, NFC, invalid and binary input, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "load.h"

/* Windows-1252: œ, €, ’, “ ” and « » (all but « » in 0x80-0x9F). */
static const char W1252[] =
	"Le ministre de l\x92\xc9" "conomie a promis \xab une r\xe9" "forme en "
	"profondeur \xbb : l\x92\x9cuvre co\xfbtera 12 millions d\x92" "euros, "
	"soit 3 \x80 par habitant. \x93Nous n\x92" "avons pas le choix\x94, a-t"
	"-elle d\xe9" "clar\xe9 devant les d\xe9put\xe9s, qui ont d\xe9" "battu"
	" jusqu\x92\xe0 l\x92" "aube.\n";
static const char W1252_UTF8[] =
	"Le ministre de l’Économie a promis « une réforme en profondeur » : "
	"l’œuvre coûtera 12 millions d’euros, soit 3 € par habitant. "
	"“Nous n’avons pas le choix”, a-t-elle déclaré devant les députés, "
	"qui ont débattu jusqu’à l’aube.\n";

/* ISO-8859-1: nothing in 0x80-0x9F. */
static const char LATIN1[] =
	"La d\xe9put\xe9" "e a vot\xe9 contre le projet, jug\xe9 \xab trop flou"
	" \xbb par l'opposition ; le d\xe9" "bat reprendra \xe0 l'automne, apr\xe8"
	"s les \xe9lections r\xe9gionales.\nSelon elle, la r\xe9" "forme \xab"
	" oublie les campagnes \xbb et co\xfbterait tr\xe8s cher aux communes.\n";
static const char LATIN1_UTF8[] =
	"La députée a voté contre le projet, jugé « trop flou » par l'opposition ; "
	"le débat reprendra à l'automne, après les élections régionales.\n"
	"Selon elle, la réforme « oublie les campagnes » et coûterait très cher "
	"aux communes.\n";

static const char BINARY_MSG[] = ": binary file (use --force to read it anyway)";

/* ---- helpers ---------------------------------------------------------- */

static void load_ok(const char *bytes, size_t n, const char *enc, bool force, struct loaded *l)
{
	struct load_opts o = {.encoding = enc, .force = force};
	struct gerr e = {0};
	int rc = load_bytes("mem", bytes, n, &o, l, &e);
	if (rc != 0)
		fail_msg("load_bytes failed: %s", e.msg);
	assert_non_null(l->text);
	assert_int_equal(strlen(l->text), l->len);
}

static void check_text(const char *bytes, size_t n, const char *want, const char *want_enc)
{
	struct loaded l;
	load_ok(bytes, n, NULL, false, &l);
	assert_string_equal(l.text, want);
	assert_string_equal(l.encoding, want_enc);
	assert_int_equal(l.invalid, 0);
	free(l.text);
}

static void load_err(const char *bytes, size_t n, const char *enc, const char *want_msg, int want_code)
{
	struct load_opts o = {.encoding = enc};
	struct loaded l;
	struct gerr e = {0};
	assert_int_equal(load_bytes("mem", bytes, n, &o, &l, &e), -1);
	assert_string_equal(e.msg, want_msg);
	assert_int_equal(e.code, want_code);
}

static char *temp_with(const char *data, size_t n)
{
	char *path = strdup("/tmp/glose-test-load-XXXXXX");
	if (!path)
		abort();
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	size_t off = 0;
	while (off < n) {
		ssize_t w = write(fd, data + off, n - off);
		assert_true(w > 0);
		off += (size_t)w;
	}
	close(fd);
	return path;
}

/* UTF-16 bytes for code points (written out here, independently of ICU). */
static size_t put_u16(char *out, const uint32_t *cps, size_t k, bool be)
{
	size_t n = 0;
	for (size_t i = 0; i < k; i++) {
		uint16_t units[2];
		int m = 1;
		if (cps[i] >= 0x10000) {
			units[0] = (uint16_t)(0xD800 + ((cps[i] - 0x10000) >> 10));
			units[1] = (uint16_t)(0xDC00 + ((cps[i] - 0x10000) & 0x3FF));
			m = 2;
		} else {
			units[0] = (uint16_t)cps[i];
		}
		for (int j = 0; j < m; j++) {
			out[n++] = (char)(be ? units[j] >> 8 : units[j] & 0xFF);
			out[n++] = (char)(be ? units[j] & 0xFF : units[j] >> 8);
		}
	}
	return n;
}

/* ---- UTF-8 -------------------------------------------------------------- */

static void test_utf8(void **state)
{
	(void)state;
	struct loaded l;
	const char *s = "Le café est prêt, l’été aussi.\n";
	load_ok(s, strlen(s), NULL, false, &l);
	assert_string_equal(l.text, s);
	assert_string_equal(l.encoding, "UTF-8");
	assert_false(l.had_bom);
	assert_int_equal(l.invalid, 0);
	free(l.text);

	check_text("plain ASCII\n", 12, "plain ASCII\n", "UTF-8");
}

static void test_utf8_bom(void **state)
{
	(void)state;
	struct loaded l;
	const char *s = "\xef\xbb\xbf" "Bonjour à tous\n";
	load_ok(s, strlen(s), NULL, false, &l);
	assert_string_equal(l.text, "Bonjour à tous\n");
	assert_string_equal(l.encoding, "UTF-8");
	assert_true(l.had_bom);
	free(l.text);

	/* A BOM alone is an empty text. */
	load_ok("\xef\xbb\xbf", 3, NULL, false, &l);
	assert_string_equal(l.text, "");
	assert_int_equal(l.len, 0);
	assert_true(l.had_bom);
	free(l.text);
}

static void test_utf16(void **state)
{
	(void)state;
	/* BOM, "Œuvre à 5 €", CRLF, "ok 😀", CR, "e" U+0301 (NFD) */
	static const uint32_t cps[] = {
		0xFEFF, 0x152, 'u', 'v', 'r', 'e', ' ', 0xE0, ' ', '5', ' ', 0x20AC, '\r', '\n',
		'o', 'k', ' ', 0x1F600, '\r', 'e', 0x301,
	};
	const char *want = "Œuvre à 5 €\nok 😀\né";
	char buf[128];
	for (int be = 0; be < 2; be++) {
		size_t n = put_u16(buf, cps, sizeof cps / sizeof cps[0], be);
		struct loaded l;
		load_ok(buf, n, NULL, false, &l);
		assert_string_equal(l.text, want);
		assert_string_equal(l.encoding, be ? "UTF-16BE" : "UTF-16LE");
		assert_true(l.had_bom);
		assert_int_equal(l.invalid, 0);
		free(l.text);
	}

	/* An unpaired surrogate is invalid. */
	static const uint32_t bad[] = {0xFEFF, 'a', 0xD800, 'b'};
	size_t n = put_u16(buf, bad, 4, false);
	struct loaded l;
	load_ok(buf, n, NULL, false, &l);
	assert_string_equal(l.text, "a\xef\xbf\xbd" "b");
	assert_int_equal(l.invalid, 1);
	free(l.text);

	/* UTF-32 with a BOM too. */
	static const char u32[] = "\xff\xfe\0\0" "\xe9\0\0\0" "t\0\0\0" "\xe9\0\0\0";
	load_ok(u32, sizeof u32 - 1, NULL, false, &l);
	assert_string_equal(l.text, "été");
	assert_string_equal(l.encoding, "UTF-32LE");
	free(l.text);
}

/* ---- legacy encodings ---------------------------------------------------- */

static void test_windows_1252(void **state)
{
	(void)state;
	check_text(W1252, strlen(W1252), W1252_UTF8, "windows-1252");
}

static void test_latin1(void **state)
{
	(void)state;
	check_text(LATIN1, strlen(LATIN1), LATIN1_UTF8, "ISO-8859-1");

	/* Too short for the detector to say much: read as windows-1252. */
	struct loaded l;
	load_ok("caf\xe9", 4, NULL, false, &l);
	assert_string_equal(l.text, "café");
	assert_int_equal(l.invalid, 0);
	free(l.text);
}

static void test_encoding_override(void **state)
{
	(void)state;
	struct loaded l;
	/* UTF-8 bytes read as Latin-1 because we say so. */
	load_ok("caf\xc3\xa9", 5, "latin1", false, &l);
	assert_string_equal(l.text, "cafÃ©");
	assert_string_equal(l.encoding, "ISO-8859-1");
	free(l.text);

	load_ok("3 \x80 l\x92\x9cuvre", 11, "cp1252", false, &l);
	assert_string_equal(l.text, "3 € l’œuvre");
	assert_string_equal(l.encoding, "windows-1252");
	free(l.text);

	/* UTF-16 without a BOM: NUL bytes are not binary then. */
	load_ok("c\0a\0f\0\xe9\0", 8, "UTF-16LE", false, &l);
	assert_string_equal(l.text, "café");
	assert_string_equal(l.encoding, "UTF-16LE");
	assert_false(l.had_bom);
	free(l.text);

	/* Latin-1 bytes said to be UTF-8. */
	load_ok("caf\xe9!", 5, "utf8", false, &l);
	assert_string_equal(l.text, "caf\xef\xbf\xbd!");
	assert_string_equal(l.encoding, "UTF-8");
	assert_int_equal(l.invalid, 1);
	free(l.text);

	/* UTF-8 said to be UTF-8, with a BOM. */
	load_ok("\xef\xbb\xbf\xc3\xa9", 5, "UTF-8", false, &l);
	assert_string_equal(l.text, "é");
	assert_true(l.had_bom);
	free(l.text);
}

static void test_unknown_encoding(void **state)
{
	(void)state;
	load_err("abc", 3, "klingon-8", "unknown encoding 'klingon-8'", EXIT_USAGE);
	load_err("abc", 3, "", "unknown encoding ''", EXIT_USAGE);

	/* load_file says so before looking at the file. */
	struct load_opts o = {.encoding = "klingon-8"};
	struct loaded l;
	struct gerr e = {0};
	assert_int_equal(load_file("/nonexistent/glose-test", &o, &l, &e), -1);
	assert_string_equal(e.msg, "unknown encoding 'klingon-8'");
	assert_int_equal(e.code, EXIT_USAGE);
}

/* ---- line ends and NFC --------------------------------------------------- */

static void test_line_ends(void **state)
{
	(void)state;
	check_text("a\r\nb\rc\n\r\nd\r", 11, "a\nb\nc\n\nd\n", "UTF-8");
	check_text("\r\r\n\n", 4, "\n\n\n", "UTF-8");

	/* The legacy path, with CRLF split between two 64 KiB chunks. */
	size_t n = 70000;
	char *buf = malloc(n + 1);
	char *want = malloc(2 * n + 1);       /* Latin-1 letters take two bytes */
	assert_non_null(buf);
	assert_non_null(want);
	size_t i = 0, j = 0, k = strlen(LATIN1), m = strlen(LATIN1_UTF8);
	while (i + k < 65535) {
		memcpy(buf + i, LATIN1, k);
		memcpy(want + j, LATIN1_UTF8, m);
		i += k;
		j += m;
	}
	while (i < 65535) {
		buf[i++] = 'x';
		want[j++] = 'x';
	}
	buf[i++] = '\r';
	buf[i++] = '\n';
	want[j++] = '\n';
	while (i < n) {
		buf[i++] = 'y';
		want[j++] = 'y';
	}
	buf[i] = want[j] = 0;
	check_text(buf, n, want, "ISO-8859-1");
	free(buf);
	free(want);
}

static void test_nfc(void **state)
{
	(void)state;
	check_text("e\xcc\x81", 3, "é", "UTF-8");
	const char *mixed = "De\xcc\x81ja\xcc\x80 l\xe2\x80\x99\xc3\xa9te\xcc\x81.";
	check_text(mixed, strlen(mixed), "Déjà l’été.", "UTF-8");
	/* Singletons: ANGSTROM SIGN, OHM SIGN. */
	check_text("\xe2\x84\xab \xe2\x84\xa6", 7, "Å Ω", "UTF-8");
	/* Already NFC, with marks that stay apart. */
	check_text("q\xcc\x81", 3, "q\xcc\x81", "UTF-8");
}

/* A long run of combining marks across the 64 KiB chunk boundary, in the
 * UTF-8 fast path and in the converter path. */
static void test_nfc_chunks(void **state)
{
	(void)state;
	enum { PAD = 65535, MARKS = 700 };
	size_t n = PAD + 1 + 2 * MARKS + 1;
	char *in = malloc(n + 1), *want = malloc(n + 1);
	assert_non_null(in);
	assert_non_null(want);
	/* NFD at the start too, so that the whole input is checked in chunks. */
	memcpy(in, "e\xcc\x81", 3);
	memset(in + 3, 'a', PAD - 3);
	memcpy(want, "\xc3\xa9", 2);
	memset(want + 2, 'a', PAD - 3);
	size_t i = PAD, j = PAD - 1;
	in[i++] = 'e';
	want[j++] = (char)0xC3;
	want[j++] = (char)0xA9;          /* é takes the first U+0301 */
	for (int k = 0; k < MARKS; k++) {
		in[i++] = (char)0xCC;
		in[i++] = (char)0x81;
		if (k) {
			want[j++] = (char)0xCC;
			want[j++] = (char)0x81;
		}
	}
	in[i++] = '.';
	want[j++] = '.';
	in[i] = want[j] = 0;
	check_text(in, i, want, "UTF-8");

	/* The same in UTF-16LE: the marks straddle the converter's chunks. */
	size_t ucount = 1 + PAD / 2 + 1 + MARKS + 1;
	uint32_t *cps = malloc(ucount * sizeof *cps);
	char *u16 = malloc(ucount * 4);
	assert_non_null(cps);
	assert_non_null(u16);
	size_t c = 0;
	cps[c++] = 0xFEFF;
	for (int k = 0; k < PAD / 2; k++)
		cps[c++] = 'a';
	cps[c++] = 'e';
	for (int k = 0; k < MARKS; k++)
		cps[c++] = 0x301;
	cps[c++] = '.';
	size_t un = put_u16(u16, cps, c, false);
	memset(want, 'a', PAD / 2);
	j = PAD / 2;
	want[j++] = (char)0xC3;
	want[j++] = (char)0xA9;
	for (int k = 1; k < MARKS; k++) {
		want[j++] = (char)0xCC;
		want[j++] = (char)0x81;
	}
	want[j++] = '.';
	want[j] = 0;
	check_text(u16, un, want, "UTF-16LE");
	free(cps);
	free(u16);
	free(in);
	free(want);
}

/* ---- invalid and binary input -------------------------------------------- */

static void check_invalid(const char *bytes, size_t n, const char *want, size_t count)
{
	struct loaded l;
	load_ok(bytes, n, "UTF-8", false, &l);
	assert_string_equal(l.text, want);
	assert_int_equal(l.invalid, count);
	free(l.text);
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	/* One U+FFFD per maximal subpart. */
	check_invalid("a\xf0\x9f\x98" "b", 5, "a\xef\xbf\xbd" "b", 1);
	check_invalid("\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd", 2);
	check_invalid("\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3);
	check_invalid("\xe2\x82x", 3, "\xef\xbf\xbdx", 1);
	check_invalid("\xf4\x90\x80\x80", 4,
	              "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4);
	check_invalid("ab\xe2\x82", 4, "ab\xef\xbf\xbd", 1);

	/* Mostly UTF-8 with a stray Latin-1 byte: still UTF-8, not a guess. */
	char buf[4096];
	size_t n = 0;
	for (int k = 0; k < 300; k++) {
		memcpy(buf + n, "\xc3\xa9t\xc3\xa9 ", 6);
		n += 6;
	}
	memcpy(buf + n, "caf\xe9.", 5);
	n += 5;
	buf[n] = 0;
	struct loaded l;
	load_ok(buf, n, NULL, false, &l);
	assert_string_equal(l.encoding, "UTF-8");
	assert_int_equal(l.invalid, 1);
	assert_non_null(strstr(l.text, "caf\xef\xbf\xbd."));
	free(l.text);
}

static void test_binary(void **state)
{
	(void)state;
	char msg[128];
	snprintf(msg, sizeof msg, "mem%s", BINARY_MSG);
	static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0 text";
	load_err(elf, sizeof elf - 1, NULL, msg, EXIT_INPUT);

	/* No NUL, but a fifth of the bytes are control characters. */
	char ctl[200];
	for (int k = 0; k < 200; k++)
		ctl[k] = k % 5 ? 'a' : '\x01';
	load_err(ctl, sizeof ctl, NULL, msg, EXIT_INPUT);

	/* Escape sequences, tabs and form feeds are text, and are kept. */
	const char *esc = "\x1b[1mTitre\x1b[0m\tcol\f\n";
	check_text(esc, strlen(esc), esc, "UTF-8");

	/* With force: NUL becomes U+FFFD and counts as invalid. */
	struct loaded l;
	size_t nuls = 0;
	for (size_t k = 0; k < sizeof elf - 1; k++)
		nuls += elf[k] == 0;
	load_ok(elf, sizeof elf - 1, NULL, true, &l);
	assert_int_equal(l.invalid, nuls);
	assert_non_null(strstr(l.text, "ELF\x02\x01\x01\xef\xbf\xbd"));
	assert_non_null(strstr(l.text, " text"));
	assert_int_equal(strlen(l.text), l.len);
	free(l.text);

	/* A NUL past the first 64 KiB does not make a file binary. */
	size_t n = 70000;
	char *big = malloc(n);
	assert_non_null(big);
	memset(big, 'z', n);
	big[69000] = 0;
	load_ok(big, n, NULL, false, &l);
	assert_int_equal(l.invalid, 1);
	assert_int_equal(l.len, n + 2);
	assert_memory_equal(l.text + 69000, "\xef\xbf\xbd", 3);
	free(l.text);
	free(big);
}

static void test_empty(void **state)
{
	(void)state;
	struct loaded l;
	load_ok("", 0, NULL, false, &l);
	assert_string_equal(l.text, "");
	assert_int_equal(l.len, 0);
	assert_string_equal(l.encoding, "UTF-8");
	assert_false(l.had_bom);
	free(l.text);
	load_ok(NULL, 0, NULL, false, &l);
	assert_string_equal(l.text, "");
	free(l.text);

	char *p = temp_with("", 0);
	struct gerr e = {0};
	assert_int_equal(load_file(p, NULL, &l, &e), 0);
	assert_string_equal(l.text, "");
	assert_string_equal(l.encoding, "UTF-8");
	free(l.text);
	unlink(p);
	free(p);
}

/* ---- files, pipes, errors --------------------------------------------------- */

static void test_files(void **state)
{
	(void)state;
	struct loaded l;
	struct gerr e = {0};
	const char *s = "\xef\xbb\xbfLigne un\r\nLigne re\xcc\x81" "elle\r\n";
	char *p = temp_with(s, strlen(s));
	assert_int_equal(load_file(p, NULL, &l, &e), 0);
	assert_string_equal(l.text, "Ligne un\nLigne réelle\n");
	assert_true(l.had_bom);
	free(l.text);
	unlink(p);
	free(p);

	p = temp_with(W1252, strlen(W1252));
	assert_int_equal(load_file(p, NULL, &l, &e), 0);
	assert_string_equal(l.text, W1252_UTF8);
	assert_string_equal(l.encoding, "windows-1252");
	free(l.text);

	/* Standard input is "-". */
	int saved = dup(STDIN_FILENO);
	int fd = open(p, O_RDONLY);
	assert_true(saved >= 0 && fd >= 0);
	dup2(fd, STDIN_FILENO);
	close(fd);
	int rc = load_file("-", NULL, &l, &e);
	dup2(saved, STDIN_FILENO);
	close(saved);
	assert_int_equal(rc, 0);
	assert_string_equal(l.text, W1252_UTF8);
	free(l.text);
	unlink(p);
	free(p);
}

static void test_file_errors(void **state)
{
	(void)state;
	struct loaded l;
	struct gerr e = {0};
	char dir[] = "/tmp/glose-test-load-dirXXXXXX";
	assert_non_null(mkdtemp(dir));
	char want[512];
	snprintf(want, sizeof want, "%s: is a directory", dir);
	assert_int_equal(load_file(dir, NULL, &l, &e), -1);
	assert_string_equal(e.msg, want);
	assert_int_equal(e.code, EXIT_INPUT);

	char missing[128];
	snprintf(missing, sizeof missing, "%s/absent.txt", dir);
	snprintf(want, sizeof want, "%s: No such file or directory", missing);
	assert_int_equal(load_file(missing, NULL, &l, &e), -1);
	assert_string_equal(e.msg, want);
	assert_int_equal(e.code, EXIT_INPUT);

	/* Binary, with the path first. */
	static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0";
	char *p = temp_with(elf, sizeof elf - 1);
	snprintf(want, sizeof want, "%s%s", p, BINARY_MSG);
	assert_int_equal(load_file(p, NULL, &l, &e), -1);
	assert_string_equal(e.msg, want);
	assert_int_equal(e.code, EXIT_INPUT);

	/* Unreadable (root reads anything, so only checked as a user). */
	if (geteuid() != 0) {
		chmod(p, 0);
		snprintf(want, sizeof want, "%s: Permission denied", p);
		assert_int_equal(load_file(p, NULL, &l, &e), -1);
		assert_string_equal(e.msg, want);
		assert_int_equal(e.code, EXIT_INPUT);
	}
	unlink(p);
	free(p);

	/* Over 2 GiB: refused from its size (a sparse file, nothing is read). */
	char sparse[] = "/tmp/glose-test-load-bigXXXXXX";
	int sfd = mkstemp(sparse);
	assert_true(sfd >= 0);
	assert_int_equal(ftruncate(sfd, (off_t)2147483649LL), 0);
	close(sfd);
	snprintf(want, sizeof want, "%s: file too large (2147483649 bytes; glose reads up to 2 GiB)", sparse);
	assert_int_equal(load_file(sparse, NULL, &l, &e), -1);
	assert_string_equal(e.msg, want);
	assert_int_equal(e.code, EXIT_INPUT);
	unlink(sparse);

	/* Standard input is named as such. */
	p = temp_with(elf, sizeof elf - 1);
	int saved = dup(STDIN_FILENO);
	int fd = open(p, O_RDONLY);
	assert_true(saved >= 0 && fd >= 0);
	dup2(fd, STDIN_FILENO);
	close(fd);
	int rc = load_file("-", NULL, &l, &e);
	dup2(saved, STDIN_FILENO);
	close(saved);
	assert_int_equal(rc, -1);
	snprintf(want, sizeof want, "standard input%s", BINARY_MSG);
	assert_string_equal(e.msg, want);
	unlink(p);
	free(p);
	rmdir(dir);
}

static void test_fifo(void **state)
{
	(void)state;
	char dir[] = "/tmp/glose-test-load-fifoXXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof path, "%s/pipe", dir);
	assert_int_equal(mkfifo(path, 0600), 0);

	/* 300 KB in small writes: more than one read, more than one chunk. */
	const char *line = "Une ligne lue depuis un tube, avec des accents : é, è, ç.\r\n";
	size_t ll = strlen(line), lines = 300000 / ll;
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(path, O_WRONLY);
		if (fd < 0)
			_exit(1);
		for (size_t k = 0; k < lines; k++)
			if (write(fd, line, ll) != (ssize_t)ll)
				_exit(2);
		close(fd);
		_exit(0);
	}
	struct loaded l;
	struct gerr e = {0};
	int rc = load_file(path, NULL, &l, &e);
	int status = 0;
	waitpid(pid, &status, 0);
	unlink(path);
	rmdir(dir);
	if (rc != 0)
		fail_msg("%s", e.msg);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(l.len, lines * (ll - 1));
	assert_string_equal(l.encoding, "UTF-8");
	assert_memory_equal(l.text, line, ll - 2);
	assert_int_equal(l.text[ll - 2], '\n');
	assert_memory_equal(l.text + (lines - 1) * (ll - 1), line, ll - 2);
	free(l.text);
}

/* Binary data down a pipe is refused once the first 64 KiB are in; the
 * writer then sees the pipe closed. */
static void test_fifo_binary(void **state)
{
	(void)state;
	char dir[] = "/tmp/glose-test-load-fifoXXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof path, "%s/pipe", dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		signal(SIGPIPE, SIG_DFL);
		int fd = open(path, O_WRONLY);
		if (fd < 0)
			_exit(1);
		char block[4096];
		for (size_t k = 0; k < sizeof block; k++)
			block[k] = (char)(k * 7);
		for (int k = 0; k < 2048; k++)        /* 8 MiB unless stopped */
			if (write(fd, block, sizeof block) < 0)
				_exit(0);
		_exit(0);
	}
	struct loaded l;
	struct gerr e = {0};
	int rc = load_file(path, NULL, &l, &e);
	waitpid(pid, NULL, 0);
	unlink(path);
	rmdir(dir);
	assert_int_equal(rc, -1);
	char want[512];
	snprintf(want, sizeof want, "%s%s", path, BINARY_MSG);
	assert_string_equal(e.msg, want);
	assert_int_equal(e.code, EXIT_INPUT);
}

/* A 10 MB line without a newline, with NFD text here and there, read from
 * a file. */
static void test_long_line(void **state)
{
	(void)state;
	const char *piece = "l’été, « déjà » coûteux : 3 € — ";
	const char *nfd = "de\xcc\x81ja\xcc\x80 ";
	const char *nfc = "déjà ";
	size_t pl = strlen(piece), target = 10u << 20;
	char *in = malloc(target + 64), *want = malloc(target + 64);
	assert_non_null(in);
	assert_non_null(want);
	size_t i = 0, j = 0, k = 0;
	while (i < target) {
		if (k++ % 5000 == 2500) {
			memcpy(in + i, nfd, strlen(nfd));
			memcpy(want + j, nfc, strlen(nfc));
			i += strlen(nfd);
			j += strlen(nfc);
		}
		memcpy(in + i, piece, pl);
		memcpy(want + j, piece, pl);
		i += pl;
		j += pl;
	}
	want[j] = 0;
	char *p = temp_with(in, i);
	struct loaded l;
	struct gerr e = {0};
	if (load_file(p, NULL, &l, &e) != 0)
		fail_msg("%s", e.msg);
	assert_int_equal(l.len, j);
	assert_true(memcmp(l.text, want, j + 1) == 0);
	assert_string_equal(l.encoding, "UTF-8");
	free(l.text);

	/* From memory, already NFC: unchanged. */
	load_ok(want, j, NULL, false, &l);
	assert_int_equal(l.len, j);
	assert_true(memcmp(l.text, want, j + 1) == 0);
	free(l.text);
	unlink(p);
	free(p);
	free(in);
	free(want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_utf8_bom),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_windows_1252),
		cmocka_unit_test(test_latin1),
		cmocka_unit_test(test_encoding_override),
		cmocka_unit_test(test_unknown_encoding),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_nfc_chunks),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_files),
		cmocka_unit_test(test_file_errors),
		cmocka_unit_test(test_fifo),
		cmocka_unit_test(test_fifo_binary),
		cmocka_unit_test(test_long_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
