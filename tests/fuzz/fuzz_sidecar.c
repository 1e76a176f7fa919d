/* fuzz_sidecar.c — the annotation sidecar loader on arbitrary YAML.
 *
 * The input is written where glose keeps the sidecar of a fixed article
 * (under a private $XDG_DATA_HOME), then opened and applied to a fresh
 * extraction.  A damaged file must give a one-line warning and an empty
 * model; whatever loaded must re-anchor inside the text; and after one
 * more record is saved, the file glose wrote must load back cleanly with
 * one record more. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract.h"
#include "fuzz_common.h"
#include "paths.h"
#include "sidecar.h"

static const char article_text[] =
	"Le conseil vote la réfection du pont des Tanneurs\n"
	"Publié le 14 mars 2024\n"
	"« Le pont ne tiendra pas un hiver de plus », a averti mardi l'ingénieure Claire Vasseur.\n"
	"Le maire, Étienne Dufour, a annoncé que les travaux commenceraient le 2 avril.\n"
	"\"We are not ready,\" said Maria Okafor on Tuesday.\n";

static char tmpdir[] = "/tmp/glose-fuzz-sidecar.XXXXXX";
static struct article art;
static char *sc_path, *sc_dir;
static unsigned all_modules;

static void cleanup(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0) {
		/* nothing more to do */
	}
	free(cmd);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!mkdtemp(tmpdir))
		fuzz_fail("mkdtemp", tmpdir);
	atexit(cleanup);
	char *data = xasprintf("%s/data", tmpdir);
	setenv("XDG_DATA_HOME", data, 1);
	free(data);
	char *path = xasprintf("%s/article.fr.txt", tmpdir);
	FILE *f = fopen(path, "w");
	if (!f || fwrite(article_text, 1, sizeof article_text - 1, f) != sizeof article_text - 1 || fclose(f) != 0)
		fuzz_fail("write article", path);
	struct gerr e = {0};
	size_t nx;
	extract_registry(&nx);
	all_modules = (1u << nx) - 1;
	struct article_opts o = {.lang = "fr", .modules = all_modules};
	if (article_open(&art, path, &o, &e) != 0 || article_extract(&art, all_modules, &e) != 0)
		fuzz_fail("article_open", e.msg);
	free(path);
	struct gerr warn = {0};
	struct sidecar *s = sidecar_open(&art, &warn);
	sc_path = xstrdup(sidecar_path(s));
	sidecar_free(s);
	sc_dir = xstrdup(sc_path);
	*strrchr(sc_dir, '/') = 0;
	if (paths_mkdirs(sc_dir) != 0)
		fuzz_fail("mkdir", sc_dir);
	return 0;
}

/* Remove what saves left beside the sidecar (moved-aside damaged files). */
static void sweep(void)
{
	DIR *d = opendir(sc_dir);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.') {
			char *p = xasprintf("%s/%s", sc_dir, de->d_name);
			unlink(p);
			free(p);
		}
	closedir(d);
}

static void fresh_store(void)
{
	struct gerr e = {0};
	annots_free(art.an);
	art.an = annots_new();
	if (article_extract(&art, all_modules, &e) != 0)
		fuzz_fail("article_extract", e.msg);
}

static void check_records(const struct sidecar *s)
{
	size_t len = doc_len(art.doc);
	for (size_t i = 0; i < sidecar_count(s); i++) {
		const struct sidecar_record *r = sidecar_get(s, i);
		if (!r || r->kind >= SIDECAR_KIND_COUNT)
			fuzz_fail("sidecar_get", "missing record or bad kind");
		if (r->anchored && r->at.exact)
			fuzz_check_utf8("sidecar exact", r->at.exact, strlen(r->at.exact));
		if (r->span >= 0) {
			const struct ann *sp = annots_get(art.an, r->span);
			if (r->kind != SIDECAR_DELETE_ACTOR && r->kind != SIDECAR_ACTOR && !sp)
				fuzz_fail("sidecar_apply", "record applied to no such span");
			if (sp && (sp->start > sp->end || sp->end > len))
				fuzz_fail("sidecar_apply", "span outside the text");
		}
		char *d = sidecar_describe(r);
		if (!d)
			fuzz_fail("sidecar_describe", "NULL");
		fuzz_check_utf8("sidecar_describe", d, strlen(d));
		free(d);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sweep();
	FILE *f = fopen(sc_path, "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
		fuzz_fail("write sidecar", sc_path);
	fresh_store();
	struct gerr warn = {0}, e = {0};
	struct sidecar *s = sidecar_open(&art, &warn);
	if (warn.code)
		fuzz_check_err("sidecar_open", warn.msg);
	if (sidecar_apply(s, &art, &e) < 0)
		fuzz_check_err("sidecar_apply", e.msg);
	check_records(s);
	size_t before = sidecar_count(s);

	/* One more record, saved: glose's own file must load back cleanly.
	 * (A file it could not read at all is never written over.) */
	if (sidecar_add_note(s, &art, 0, 6, "relu \x1b[1m« ok »", &e) < 0) {
		if (warn.code != EXIT_INPUT)
			fuzz_fail("sidecar_add_note", e.msg);
		fuzz_check_err("sidecar_add_note", e.msg);
		sidecar_free(s);
		return 0;
	}
	size_t after = sidecar_count(s);
	sidecar_free(s);
	fresh_store();
	struct gerr warn2 = {0};
	s = sidecar_open(&art, &warn2);
	if (warn2.code)
		fuzz_fail("a sidecar glose saved does not load back", warn2.msg);
	if (sidecar_apply(s, &art, &e) < 0)
		fuzz_fail("sidecar_apply of a saved sidecar", e.msg);
	if (sidecar_count(s) != after || after != before + 1)
		fuzz_fail("sidecar round trip", "records lost or added on save");
	check_records(s);
	sidecar_free(s);
	return 0;
}
