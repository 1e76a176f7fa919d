/* testutil.h — helpers shared by the cmocka unit tests. */
#ifndef GLOSE_TESTUTIL_H
#define GLOSE_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "article.h"

/* Path of a file under tests/ (GLOSE_TESTDIR), malloc'd. */
char *test_path(const char *rel);
/* Read a file under tests/ whole; fails the test if missing. */
char *test_read(const char *rel, size_t *len);
/* A scratch directory /tmp/glose-TAG-XXXXXX made in dir[n]; 0 or -1. */
int test_scratch_dir(char *dir, size_t n, const char *tag);
/* Remove the files `names` (those that exist) from dir, then dir. */
void test_scratch_remove(const char *dir, const char *const *names, size_t count);
/* Write `text` to dir/name (a scratch file of the test); returns the
 * path, malloc'd.  Fails the test if it cannot. */
char *test_write_file(const char *dir, const char *name, const char *text);
/* Compare `got` with the golden file tests/golden/<name>; with
 * GLOSE_UPDATE_GOLDEN=1 in the environment, rewrite it instead. */
void test_golden(const char *name, const char *got, size_t len);
/* Open an article from a string with language `lang` ("fr"/"en") and
 * date (may be NULL), running the extractors named in `modules`
 * ("all", "none", "actors,quotes"). */
void test_article(struct article *a, const char *text, const char *code, const char *date,
                  const char *modules);

#endif
