/* fuzz_common.c — shared by the libFuzzer harnesses (see fuzz_common.h). */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

static lang *packs[2];

lang *fuzz_lang(const char *code)
{
	int i = strcmp(code, "en") == 0;
	if (!packs[i]) {
		struct gerr e = {0};
		packs[i] = lang_open(code, &e);
		if (!packs[i]) {
			fprintf(stderr, "fuzz: cannot open language pack '%s': %s\n", code, e.msg);
			abort();
		}
	}
	return packs[i];
}

static const char *show_msg_on_fail;   /* the message fuzz_check_err is checking */
static void show_msg(const char *msg);

_Noreturn void fuzz_fail(const char *what, const char *detail)
{
	if (show_msg_on_fail)
		show_msg(show_msg_on_fail);
	fprintf(stderr, "fuzz: %s: %s\n", what, detail ? detail : "");
	abort();
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0. */
static size_t utf8_valid_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	size_t need;
	unsigned lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF)
		need = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		need = 3;
		if (c == 0xE0)
			lo = 0xA0;
		if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F;
	} else {
		return 0;
	}
	if (n < need || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t k = 2; k < need; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 0;
	return need;
}

void fuzz_check_utf8(const char *what, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t k = utf8_valid_len(u + i, n - i);
		if (!k) {
			char d[64];
			snprintf(d, sizeof d, "invalid UTF-8 at byte %zu of %zu", i, n);
			fuzz_fail(what, d);
		}
		i += k;
	}
}

/* The message with its control bytes escaped, for the crash report. */
static void show_msg(const char *msg)
{
	fputs("fuzz: message: \"", stderr);
	for (const unsigned char *p = (const unsigned char *)msg; *p; p++)
		if (*p < 0x20 || *p == 0x7F || *p == '\\')
			fprintf(stderr, "\\x%02x", *p);
		else
			fputc(*p, stderr);
	fputs("\"\n", stderr);
}

void fuzz_check_err(const char *what, const char *msg)
{
	size_t n = strlen(msg);
	show_msg_on_fail = msg;
	if (n == 0)
		fuzz_fail(what, "failed with an empty error message");
	const unsigned char *u = (const unsigned char *)msg;
	for (size_t i = 0; i < n;) {
		/* A raw control character in a message would reach the terminal
		 * (a tab is harmless). */
		if ((u[i] < 0x20 && u[i] != '\t') || u[i] == 0x7F)
			fuzz_fail(what, "error message holds a control character");
		size_t k = utf8_valid_len(u + i, n - i);
		if (!k) {
			/* gerr truncates at its buffer size, possibly mid-sequence. */
			if (n >= sizeof ((struct gerr *)0)->msg - 4 && n - i < 4)
				break;
			fuzz_fail(what, "error message is not valid UTF-8");
		}
		if (k == 2 && u[i] == 0xC2 && u[i + 1] < 0xA0)
			fuzz_fail(what, "error message holds a C1 control character");
		i += k;
	}
	show_msg_on_fail = NULL;
}

static const char *const encodings[8] = {
	NULL, "UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE", "Shift_JIS", "KOI8-R",
};

bool fuzz_article_open(struct article *a, const uint8_t *data, size_t size)
{
	memset(a, 0, sizeof *a);
	uint8_t flags = size ? data[0] : 0;
	const char *text = size ? (const char *)data + 1 : "";
	size_t n = size ? size - 1 : 0;
	struct load_opts lo = {encodings[(flags >> 3) & 7], (flags & 4) != 0};
	struct loaded ld = {0};
	struct gerr e = {0};
	if (load_bytes("fuzz.txt", text, n, &lo, &ld, &e) != 0) {
		fuzz_check_err("load_bytes", e.msg);
		return false;
	}
	if (!ld.text || ld.text[ld.len] != 0)
		fuzz_fail("load_bytes", "text not NUL-terminated");
	if (memchr(ld.text, 0, ld.len))
		fuzz_fail("load_bytes", "NUL byte in loaded text");
	if (memchr(ld.text, '\r', ld.len))
		fuzz_fail("load_bytes", "CR left in loaded text");
	fuzz_check_utf8("load_bytes", ld.text, ld.len);

	a->path = xstrdup("fuzz.txt");
	a->display_name = xstrdup("fuzz.txt");
	snprintf(a->encoding, sizeof a->encoding, "%s", ld.encoding);
	a->had_bom = ld.had_bom;
	a->invalid = ld.invalid;
	sha256_hex(ld.text, ld.len, a->sha256);
	a->lang = fuzz_lang(flags & 1 ? "en" : "fr");
	a->doc = doc_new(ld.text, ld.len, a->lang);
	if (flags & 2)
		doc_set_date(a->doc, 2025, 12, 3);
	a->an = annots_new();

	size_t nx;
	extract_registry(&nx);
	struct xctx x = {a->doc, a->an, a->lang};
	if (extract_run(&x, (1u << nx) - 1, &e) != 0)
		fuzz_check_err("extract_run", e.msg);
	return true;
}

void fuzz_article_close(struct article *a)
{
	a->lang = NULL;   /* cached in packs[] */
	article_close(a);
}
