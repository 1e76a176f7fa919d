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
/* test_article() running the actor extractor alone, no date. */
void test_actors_text(struct article *a, const char *text, const char *code);
/* The type of the actor with a mention whose text is exactly `mention`
 * (fails the test when there is none). */
enum actor_type test_mention_type(struct article *a, const char *mention);
/* The id of the actor named `name`; fails the test (listing the actors)
 * when there is none. */
int test_actor_named(struct article *a, const char *name);
/* The type of the actor named `name` (fails the test when there is none). */
enum actor_type test_actor_type(struct article *a, const char *name);
/* The actor with a mention whose text is exactly `text`, or -1. */
int test_actor_of(struct article *a, const char *text);
/* Does actor `id` have a mention whose text is exactly `text`? */
bool test_has_mention(struct article *a, int id, const char *text);
/* Mention every occurrence of `surface` as actor `actor`. */
void test_mention_all(struct article *a, int actor, const char *surface, enum mention_kind k);
/* Run the quotation extractor alone on an opened article. */
void test_run_quotes(struct article *a);
/* The quotation whose inner text is `inner` (and of kind `kind`, or any
 * if -1); fails the test (listing the quotations) when there is none. */
const struct ann *test_find_quote(struct article *a, const char *inner, int kind);
/* The name of a quotation's speaker, or NULL. */
const char *test_speaker_name(struct article *a, const struct ann *q);
/* The quotation's cue is `cue` (NULL: it has none) and links back to it. */
void test_expect_cue(struct article *a, const struct ann *q, const char *cue);
/* A direct quotation `inner` attributed to `who` (an actor name, NULL:
 * nobody), with cue `cue` when not NULL; returns it. */
const struct ann *test_expect_direct(struct article *a, const char *inner, const char *who, const char *cue);

#endif
