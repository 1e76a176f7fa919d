/* sidecar_stress.c — a test-only program for tests/cli/sidecar_kill.sh.
 *
 *   sidecar_stress add ARTICLE LOG [MAX]
 *                                      add annotations to ARTICLE's sidecar
 *                                      in a loop, appending "N\n" to LOG
 *                                      after annotation N is saved; runs
 *                                      until killed, or until MAX are saved
 *   sidecar_stress check ARTICLE LOG   exit 0 if the sidecar loads cleanly
 *                                      and holds every annotation LOG
 *                                      reports as saved
 *
 * Annotation N is a note "note N" on a sentence, or every third one a tag
 * "tag-N" there.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "sidecar.h"

static int open_article(struct article *a, const char *path)
{
	struct article_opts o = {0};
	struct gerr e = {0};
	o.lang = "en";
	if (article_open(a, path, &o, &e) != 0) {
		fprintf(stderr, "sidecar_stress: %s\n", e.msg);
		return -1;
	}
	return 0;
}

static int run_add(const char *article, const char *log, size_t max)
{
	struct article a;
	if (open_article(&a, article) != 0)
		return 2;
	struct gerr w = {0};
	struct sidecar *s = sidecar_open(&a, &w);
	if (w.code) {
		fprintf(stderr, "sidecar_stress: %s\n", w.msg);
		return 2;
	}
	sidecar_apply(s, &a, NULL);
	int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
	if (fd < 0) {
		perror(log);
		return 2;
	}
	size_t nsent = doc_nsent(a.doc);
	for (size_t n = sidecar_count(s) + 1; n <= max; n++) {
		struct span sp = doc_sent(a.doc, n % nsent);
		struct gerr e = {0};
		char text[32];
		int r;
		if (n % 3 == 0) {
			snprintf(text, sizeof text, "tag-%zu", n);
			r = sidecar_add_tag(s, &a, sp.start, sp.end, text, &e);
		} else {
			snprintf(text, sizeof text, "note %zu", n);
			r = sidecar_add_note(s, &a, sp.start, sp.end, text, &e);
		}
		if (r < 0) {
			fprintf(stderr, "sidecar_stress: %s\n", e.msg);
			return 1;
		}
		char line[32];
		int len = snprintf(line, sizeof line, "%zu\n", n);
		if (write(fd, line, (size_t)len) != len) {
			perror(log);
			return 1;
		}
	}
	close(fd);
	sidecar_free(s);
	article_close(&a);
	return 0;
}

/* The highest N on a complete line of the log. */
static size_t last_saved(const char *log)
{
	char *data = NULL;
	size_t len = 0, best = 0;
	struct gerr e = {0};
	if (file_read_all(log, &data, &len, &e) != 0)
		return 0;
	size_t start = 0;
	for (size_t i = 0; i < len; i++)
		if (data[i] == '\n') {
			size_t v = strtoul(data + start, NULL, 10);
			if (v > best)
				best = v;
			start = i + 1;
		}
	free(data);
	return best;
}

static int run_check(const char *article, const char *log)
{
	struct article a;
	if (open_article(&a, article) != 0)
		return 2;
	struct gerr w = {0};
	struct sidecar *s = sidecar_open(&a, &w);
	if (w.code) {
		fprintf(stderr, "sidecar_stress: the sidecar does not load: %s\n", w.msg);
		return 1;
	}
	int orphans = sidecar_apply(s, &a, NULL);
	size_t want = last_saved(log), n = sidecar_count(s);
	int status = 0;
	if (orphans) {
		fprintf(stderr, "sidecar_stress: %d orphans\n", orphans);
		status = 1;
	}
	if (n < want) {
		fprintf(stderr, "sidecar_stress: %zu annotations saved, %zu reported\n", n, want);
		status = 1;
	}
	/* Record i holds annotation i + 1. */
	for (size_t i = 0; i < n && status == 0; i++) {
		const struct sidecar_record *r = sidecar_get(s, i);
		char text[32];
		snprintf(text, sizeof text, (i + 1) % 3 == 0 ? "tag-%zu" : "note %zu", i + 1);
		if (!r->text || strcmp(r->text, text) != 0) {
			fprintf(stderr, "sidecar_stress: record %zu is '%s', not '%s'\n", i + 1, r->text ? r->text : "", text);
			status = 1;
		}
	}
	if (status == 0)
		printf("%zu annotations, %zu reported saved\n", n, want);
	sidecar_free(s);
	article_close(&a);
	return status;
}

int main(int argc, char **argv)
{
	if ((argc == 4 || argc == 5) && strcmp(argv[1], "add") == 0)
		return run_add(argv[2], argv[3], argc == 5 ? strtoul(argv[4], NULL, 10) : 1000000);
	if (argc == 4 && strcmp(argv[1], "check") == 0)
		return run_check(argv[2], argv[3]);
	fprintf(stderr, "usage: sidecar_stress add ARTICLE LOG [MAX] | check ARTICLE LOG\n");
	return 2;
}
