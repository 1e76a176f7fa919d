/* json_check.c — strict JSON validation (see json_check.h). */
#include "json_check.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

struct jp {
	const unsigned char *s;
	size_t n, i;
	int depth;
	char *err;
	size_t errlen;
};

static int fail(struct jp *p, const char *what)
{
	snprintf(p->err, p->errlen, "%s at byte %zu", what, p->i);
	return -1;
}

static void ws(struct jp *p)
{
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' || p->s[p->i] == '\r'))
		p->i++;
}

static bool lit(struct jp *p, const char *w)
{
	size_t k = strlen(w);
	if (p->n - p->i < k || memcmp(p->s + p->i, w, k) != 0)
		return false;
	p->i += k;
	return true;
}

static int hex4(struct jp *p, unsigned *out)
{
	if (p->n - p->i < 4)
		return fail(p, "short \\u escape");
	unsigned v = 0;
	for (int k = 0; k < 4; k++) {
		unsigned c = p->s[p->i++], d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return fail(p, "bad hex digit in \\u escape");
		v = v << 4 | d;
	}
	*out = v;
	return 0;
}

/* One UTF-8 sequence starting with a byte >= 0x80. */
static int utf8_seq(struct jp *p)
{
	unsigned c = p->s[p->i], lo = 0x80, hi = 0xBF;
	size_t need;
	if (c >= 0xC2 && c <= 0xDF)
		need = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		need = 3;
		lo = c == 0xE0 ? 0xA0 : 0x80;
		hi = c == 0xED ? 0x9F : 0xBF;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;
	} else {
		return fail(p, "invalid UTF-8 lead byte in string");
	}
	if (p->n - p->i < need || p->s[p->i + 1] < lo || p->s[p->i + 1] > hi)
		return fail(p, "invalid UTF-8 in string");
	for (size_t k = 2; k < need; k++)
		if ((p->s[p->i + k] & 0xC0) != 0x80)
			return fail(p, "invalid UTF-8 in string");
	p->i += need;
	return 0;
}

static int string(struct jp *p)
{
	p->i++;   /* the opening quote */
	for (;;) {
		if (p->i >= p->n)
			return fail(p, "unterminated string");
		unsigned c = p->s[p->i];
		if (c == '"') {
			p->i++;
			return 0;
		}
		if (c < 0x20)
			return fail(p, "raw control character in string");
		if (c >= 0x80) {
			if (utf8_seq(p) < 0)
				return -1;
			continue;
		}
		p->i++;
		if (c != '\\')
			continue;
		if (p->i >= p->n)
			return fail(p, "unterminated escape");
		c = p->s[p->i++];
		if (strchr("\"\\/bfnrt", (int)c) && c)
			continue;
		if (c != 'u')
			return fail(p, "unknown escape");
		unsigned u;
		if (hex4(p, &u) < 0)
			return -1;
		if (u >= 0xDC00 && u <= 0xDFFF)
			return fail(p, "lone low surrogate escape");
		if (u >= 0xD800 && u <= 0xDBFF) {
			unsigned lo;
			if (!lit(p, "\\u") || hex4(p, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
				return fail(p, "high surrogate escape without its low half");
		}
	}
}

static int number(struct jp *p)
{
	if (p->s[p->i] == '-')
		p->i++;
	if (p->i >= p->n)
		return fail(p, "truncated number");
	if (p->s[p->i] == '0') {
		p->i++;
	} else if (p->s[p->i] >= '1' && p->s[p->i] <= '9') {
		while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
			p->i++;
	} else {
		return fail(p, "bad number");
	}
	if (p->i < p->n && p->s[p->i] == '.') {
		p->i++;
		size_t st = p->i;
		while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
			p->i++;
		if (p->i == st)
			return fail(p, "no digits after the decimal point");
	}
	if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
		p->i++;
		if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-'))
			p->i++;
		size_t st = p->i;
		while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
			p->i++;
		if (p->i == st)
			return fail(p, "no digits in the exponent");
	}
	return 0;
}

static int value(struct jp *p);

static int container(struct jp *p, char close)
{
	if (++p->depth > JSON_CHECK_MAX_DEPTH)
		return fail(p, "nesting too deep");
	p->i++;
	ws(p);
	if (p->i < p->n && p->s[p->i] == (unsigned char)close) {
		p->i++;
		p->depth--;
		return 0;
	}
	for (;;) {
		ws(p);
		if (close == '}') {
			if (p->i >= p->n || p->s[p->i] != '"')
				return fail(p, "object key is not a string");
			if (string(p) < 0)
				return -1;
			ws(p);
			if (p->i >= p->n || p->s[p->i] != ':')
				return fail(p, "missing ':' after key");
			p->i++;
		}
		if (value(p) < 0)
			return -1;
		ws(p);
		if (p->i >= p->n)
			return fail(p, "unterminated container");
		if (p->s[p->i] == ',') {
			p->i++;
			continue;
		}
		if (p->s[p->i] == (unsigned char)close) {
			p->i++;
			p->depth--;
			return 0;
		}
		return fail(p, "expected ',' or the closing bracket");
	}
}

static int value(struct jp *p)
{
	ws(p);
	if (p->i >= p->n)
		return fail(p, "missing value");
	switch (p->s[p->i]) {
	case '{': return container(p, '}');
	case '[': return container(p, ']');
	case '"': return string(p);
	case 't': return lit(p, "true") ? 0 : fail(p, "bad literal");
	case 'f': return lit(p, "false") ? 0 : fail(p, "bad literal");
	case 'n': return lit(p, "null") ? 0 : fail(p, "bad literal");
	default:
		if (p->s[p->i] == '-' || (p->s[p->i] >= '0' && p->s[p->i] <= '9'))
			return number(p);
		return fail(p, "unexpected character");
	}
}

int json_check(const char *s, size_t n, char *err, size_t errlen)
{
	struct jp p = {(const unsigned char *)s, n, 0, 0, err, errlen};
	if (value(&p) < 0)
		return -1;
	ws(&p);
	if (p.i != n)
		return fail(&p, "trailing data after the value");
	return 0;
}
