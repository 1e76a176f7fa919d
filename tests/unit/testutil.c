/* testutil.c — helpers shared by the cmocka unit tests. */
#include "testutil.h"

#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

char *test_path(const char *rel)
{
	const char *dir = getenv("GLOSE_TESTDIR");
	return xasprintf("%s/%s", dir ? dir : "tests", rel);
}

char *test_read(const char *rel, size_t *len)
{
	char *p = test_path(rel);
	char *data = NULL;
	size_t n = 0;
	struct gerr e = {0};
	if (file_read_all(p, &data, &n, &e) != 0)
		fail_msg("cannot read %s: %s", p, e.msg);
	free(p);
	if (len)
		*len = n;
	return data;
}

int test_scratch_dir(char *dir, size_t n, const char *tag)
{
	snprintf(dir, n, "/tmp/glose-%s-XXXXXX", tag);
	return mkdtemp(dir) ? 0 : -1;
}

void test_scratch_remove(const char *dir, const char *const *names, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		char *p = xasprintf("%s/%s", dir, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
}

char *test_write_file(const char *dir, const char *name, const char *text)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return p;
}

void test_golden(const char *name, const char *got, size_t len)
{
	char *rel = xasprintf("golden/%s", name);
	char *p = test_path(rel);
	const char *upd = getenv("GLOSE_UPDATE_GOLDEN");
	if (upd && *upd == '1') {
		struct gerr e = {0};
		if (file_write_atomic(p, got, len, &e) != 0)
			fail_msg("%s", e.msg);
	} else {
		size_t n = 0;
		char *want = test_read(rel, &n);
		if (n != len || memcmp(want, got, len) != 0) {
			char *out = xasprintf("%s.got", p);
			FILE *f = fopen(out, "wb");
			if (f) {
				fwrite(got, 1, len, f);
				fclose(f);
			}
			fail_msg("output differs from %s (written to %s)", p, out);
		}
		free(want);
	}
	free(p);
	free(rel);
}

void test_article(struct article *a, const char *text, const char *code, const char *date,
                  const char *modules)
{
	struct article_opts o = {0};
	struct gerr e = {0};
	o.lang = code;
	o.date = date;
	if (extract_parse_modules(modules ? modules : "all", &o.modules, &e) != 0)
		fail_msg("%s", e.msg);
	if (article_open_mem(a, "test", text, strlen(text), &o, &e) != 0)
		fail_msg("%s", e.msg);
	if (article_extract(a, o.modules, &e) != 0)
		fail_msg("%s", e.msg);
}
