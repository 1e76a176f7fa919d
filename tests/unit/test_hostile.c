/* test_hostile.c — hostile input, end to end in the library: what must never
 * reach the terminal, what must never be lost, what must be refused, and
 * what a full disk must not destroy.  (Command-line cases, large inputs,
 * FIFOs and devices are in tests/cli/hostile.sh; docs/fuzzing.md lists
 * the defined behaviour of each case.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "export.h"
#include "extract.h"
#include "lang.h"
#include "load.h"
#include "paths.h"
#include "print.h"
#include "sidecar.h"
#include "testutil.h"
#include "theme.h"

/* ---- helpers -------------------------------------------------------------- */

/* Print the article into a string, plain or in 256 colours. */
static char *printed(struct article *a, enum colour_mode mode, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	assert_non_null(f);
	struct theme th;
	theme_default(&th);
	assert_int_equal(print_article(a, f, &th, mode), 0);
	theme_free(&th);
	assert_int_equal(fclose(f), 0);
	*len = n;
	return buf;
}

static char *exported(struct article *a, const struct exporter *x, size_t *len)
{
	struct export_out o = {0};
	struct gerr e = {0};
	if (x->write(a, &o, &e) != 0)
		fail_msg("%s export: %s", x->name, e.msg);
	*len = o.main.len;
	char *s = sbuf_take(&o.main);
	export_out_free(&o);
	return s;
}

static bool has(const char *hay, size_t n, const char *needle)
{
	return memmem(hay, n, needle, strlen(needle)) != NULL;
}

/* Every ESC in s must open an SGR sequence ("ESC [ digits;… m"), which is
 * all the printer itself writes; BEL, backspace, CR and the other C0
 * controls but tab and line feed must not appear at all, nor any C1
 * control (U+0080..U+009F) or bidi control. */
static void assert_terminal_safe(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0x1b) {
			if (i + 1 >= n || s[i + 1] != '[')
				fail_msg("raw ESC not starting an SGR sequence at byte %zu", i);
			size_t k = i + 2;
			while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == ';'))
				k++;
			if (k >= n || s[k] != 'm')
				fail_msg("escape sequence other than SGR at byte %zu", i);
			i = k;
		} else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
			fail_msg("raw control byte 0x%02x at byte %zu", c, i);
		} else if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f) {
			fail_msg("raw C1 control at byte %zu", i);
		} else if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		           (unsigned char)s[i + 2] >= 0xaa && (unsigned char)s[i + 2] <= 0xae) {
			fail_msg("raw bidi embedding/override at byte %zu", i);
		} else if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x81 &&
		           (unsigned char)s[i + 2] >= 0xa6 && (unsigned char)s[i + 2] <= 0xa9) {
			fail_msg("raw bidi isolate at byte %zu", i);
		}
	}
}

/* All the spans in the store lie inside the text, on code point boundaries. */
static void assert_spans_sane(struct article *a)
{
	const char *t = doc_text(a->doc);
	size_t len = doc_len(a->doc);
	for (size_t i = 0; i < annots_count(a->an); i++) {
		const struct ann *s = annots_get(a->an, (int)i);
		assert_true(s->start <= s->end);
		assert_true(s->end <= len);
		assert_true(s->start == len || ((unsigned char)t[s->start] & 0xc0) != 0x80);
		assert_true(s->end == len || ((unsigned char)t[s->end] & 0xc0) != 0x80);
	}
}

static char *tmpdir_make(void)
{
	char *d = xstrdup("/tmp/glose-hostile.XXXXXX");
	if (!mkdtemp(d))
		fail_msg("mkdtemp failed");
	return d;
}

static void rm_rf(const char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

static size_t count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		n += de->d_name[0] != '.';
	closedir(d);
	return n;
}

static void write_file(const char *path, const char *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

static char *read_whole(const char *path, size_t *n)
{
	char *data = NULL;
	struct gerr e = {0};
	if (file_read_all(path, &data, n, &e) != 0)
		fail_msg("%s", e.msg);
	return data;
}

/* Writes past `bytes` fail with EFBIG, as on a full disk. */
static struct rlimit saved_fsize;
static void disk_full_after(rlim_t bytes)
{
	signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &saved_fsize), 0);
	struct rlimit r = saved_fsize;
	r.rlim_cur = bytes;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &r), 0);
}
static void disk_not_full(void)
{
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &saved_fsize), 0);
}

/* ---- terminal escapes ------------------------------------------------------ */

static const char ESCAPES[] =
	"Alerte \x1b[31mrouge\x1b[0m sur la ville\n"
	"Le titre \x1b]0;piège\x07 change, le lien \x1b]8;;http://example.org\x1b\\ici\x1b]8;;\x1b\\ aussi.\n"
	"« Effacez \x1b[2J\x1b[H l'écran », a demandé M. Paul Ricard, maire de Sète, lundi.\n"
	"Un CSI en C1 : \xc2\x9b" "31m, une cloche \x07, un retour\x08 arrière et un DEL \x7f.\n";

static void test_escapes(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, ESCAPES, "fr", "2025-12-01", "all");
	assert_spans_sane(&a);
	size_t n;
	char *out = printed(&a, COLOUR_NONE, &n);
	assert_terminal_safe(out, n);
	/* Shown, not dropped: caret notation and <U+…>. */
	assert_true(has(out, n, "^[[31mrouge^[[0m"));
	assert_true(has(out, n, "^[]0;piège^G"));
	assert_true(has(out, n, "^[]8;;http://example.org^[\\ici"));
	assert_true(has(out, n, "<U+009B>31m"));
	assert_true(has(out, n, "retour^H arrière"));
	assert_true(has(out, n, "DEL ^?"));
	free(out);
	for (int mode = COLOUR_16; mode <= COLOUR_TRUE; mode++) {
		out = printed(&a, (enum colour_mode)mode, &n);
		assert_terminal_safe(out, n);
		assert_true(has(out, n, "^]0;") || has(out, n, "^[]0;"));
		free(out);
	}
	/* The exports keep every character, escaped where the format needs it. */
	char *json = exported(&a, &export_json, &n);
	assert_true(has(json, n, "\\u001b[31mrouge"));
	for (size_t i = 0; i < n; i++)
		assert_false((unsigned char)json[i] < 0x20 && json[i] != '\n');
	free(json);
	article_close(&a);
}

/* ---- bidi controls and zero-width characters ---------------------------- */

static void test_bidi(void **state)
{
	(void)state;
	static const char text[] =
		"Le fichier \xe2\x80\xae" "fdp.exe\xe2\x80\xac est arrivé par courriel\n"
		"Isolats : \xe2\x81\xa6" "abc\xe2\x81\xa9, \xe2\x81\xa7" "def\xe2\x81\xa9, \xe2\x81\xa8" "ghi\xe2\x81\xa9"
		" ; marques \xe2\x80\x8f et \xd8\x9c ; plongements \xe2\x80\xaa" "x\xe2\x80\xab" "y\xe2\x80\xac" "z.\n"
		"« Ne cliquez pas », a prévenu \xe2\x80\xad" "Mme Anne Roy\xe2\x80\xac, experte, mardi.\n";
	struct article a;
	test_article(&a, text, "fr", NULL, "all");
	assert_spans_sane(&a);
	size_t n;
	char *out = printed(&a, COLOUR_NONE, &n);
	assert_terminal_safe(out, n);
	assert_true(has(out, n, "<U+202E>fdp.exe<U+202C>"));
	assert_true(has(out, n, "<U+2066>abc<U+2069>"));
	assert_true(has(out, n, "<U+200F>"));
	assert_true(has(out, n, "<U+061C>"));
	assert_true(has(out, n, "<U+202D>Mme Anne Roy<U+202C>"));
	free(out);
	out = printed(&a, COLOUR_256, &n);
	assert_terminal_safe(out, n);
	free(out);
	/* Nothing lost: the controls are in the text and in the export. */
	char *json = exported(&a, &export_json, &n);
	assert_true(has(json, n, "\xe2\x80\xae" "fdp.exe"));
	free(json);
	article_close(&a);
}

static void test_zero_width(void **state)
{
	(void)state;
	/* ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen, a mid-text U+FEFF and an
	 * emoji ZWJ sequence.  A leading BOM is dropped by the loader; all
	 * the rest is kept as it is, in the text, the printout and the export,
	 * and code point offsets count every one of them. */
	static const char text[] =
		"\xef\xbb\xbf" "Le\xe2\x80\x8b" "maire an\xc2\xad" "nonce un plan\n"
		"« Nous\xe2\x80\x8c avancerons », a déclaré mardi Jean\xe2\x81\xa0" "Dupont, maire de Valmont.\n"
		"Réactions : \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x94\xac et \xef\xbb\xbf fin.\n";
	struct article a;
	struct article_opts o = {.lang = "fr"};
	struct gerr e = {0};
	assert_int_equal(extract_parse_modules("all", &o.modules, &e), 0);
	assert_int_equal(article_open_mem(&a, "zw", text, sizeof text - 1, &o, &e), 0);
	assert_int_equal(article_extract(&a, o.modules, &e), 0);
	assert_true(a.had_bom);
	assert_int_equal(doc_len(a.doc), sizeof text - 1 - 3);
	assert_memory_equal(doc_text(a.doc), text + 3, sizeof text - 1 - 3);
	assert_int_equal(doc_cp(a.doc, doc_len(a.doc)), utf8_cplen(text + 3, sizeof text - 1 - 3));
	assert_spans_sane(&a);
	size_t n;
	char *out = printed(&a, COLOUR_NONE, &n);
	assert_int_equal(n, sizeof text - 1 - 3);
	assert_memory_equal(out, text + 3, n);
	free(out);
	char *json = exported(&a, &export_json, &n);
	assert_true(has(json, n, "Le\xe2\x80\x8bmaire an\xc2\xadnonce un plan"));
	free(json);
	article_close(&a);
}

/* ---- deeply nested and unbalanced quotation marks ------------------------ */

static char *repeat(const char *unit, size_t times, const char *tail)
{
	struct sbuf b = {0};
	for (size_t i = 0; i < times; i++)
		sbuf_puts(&b, unit);
	sbuf_puts(&b, tail);
	return sbuf_take(&b);
}

static void check_quotes_text(const char *text, const char *code)
{
	struct article a;
	test_article(&a, text, code, "2025-06-02", "all");
	assert_spans_sane(&a);
	size_t nq;
	annots_of_kind(a.an, ANN_QUOTE, &nq);
	size_t n;
	char *s = exported(&a, &export_json, &n);
	free(s);
	s = exported(&a, &export_csv, &n);
	free(s);
	s = printed(&a, COLOUR_256, &n);
	assert_terminal_safe(s, n);
	free(s);
	article_close(&a);
}

static void test_nested_quotes(void **state)
{
	(void)state;
	/* 5000 levels of « … », balanced, inside one paragraph. */
	struct sbuf b = {0};
	sbuf_puts(&b, "Titre\n« Il a dit ");
	for (int i = 0; i < 5000; i++)
		sbuf_puts(&b, "« a ");
	for (int i = 0; i < 5000; i++)
		sbuf_puts(&b, "» ");
	sbuf_puts(&b, "», a déclaré M. Paul Ricard.\n");
	check_quotes_text(b.s, "fr");
	sbuf_free(&b);

	/* Thousands of opening marks, never closed, French and English. */
	char *t = repeat("« “ ‹ ‘ „ ", 4000, "fin\n");
	check_quotes_text(t, "fr");
	free(t);
	t = repeat("\"“‘ ", 6000, "end\n");
	check_quotes_text(t, "en");
	free(t);
	/* Closing marks only, and alternating runs on many lines. */
	t = repeat("» ” ’ ", 5000, "\n");
	check_quotes_text(t, "fr");
	free(t);
	t = repeat("« Oui », dit-il. « Non\n", 3000, "");
	check_quotes_text(t, "fr");
	free(t);
	t = repeat("\"Yes,\" she said. \"No\n", 3000, "");
	check_quotes_text(t, "en");
	free(t);
}

/* ---- YAML alias bombs and deep nesting ---------------------------------- */

/* "Billion laughs": 9 levels of 9 aliases, 9^9 nodes once expanded. */
static char *alias_bomb(const char *head, const char *key)
{
	struct sbuf b = {0};
	sbuf_puts(&b, head);
	sbuf_addf(&b, "%s: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n", "x0");
	for (int i = 1; i < 9; i++) {
		sbuf_addf(&b, "x%d: &l%d [", i, i);
		for (int k = 0; k < 9; k++)
			sbuf_addf(&b, "%s*l%d", k ? ", " : "", i - 1);
		sbuf_puts(&b, "]\n");
	}
	sbuf_addf(&b, "%s: [*l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8]\n", key);
	return sbuf_take(&b);
}

static void assert_refused(int rc, const struct gerr *e, const char *name)
{
	assert_int_not_equal(rc, 0);
	assert_int_equal(e->code, EXIT_CONFIG);
	/* "file:line:col: message" naming the file */
	assert_non_null(strstr(e->msg, name));
	assert_non_null(strchr(e->msg, ':'));
	assert_null(strchr(e->msg, '\n'));
}

static void test_alias_bomb_config(void **state)
{
	(void)state;
	char *y = alias_bomb("", "lexicon");
	struct config c;
	config_defaults(&c);
	struct gerr e = {0};
	assert_refused(config_load_buf(&c, "bomb.yaml", y, strlen(y), &e), &e, "bomb.yaml");
	assert_non_null(strstr(e.msg, "alias"));
	config_free(&c);
	free(y);
	/* An alias inside its own anchor. */
	static const char rec[] = "keys: &k {down: *k}\n";
	config_defaults(&c);
	assert_refused(config_load_buf(&c, "rec.yaml", rec, sizeof rec - 1, &e), &e, "rec.yaml");
	config_free(&c);
}

static void test_alias_bomb_theme(void **state)
{
	(void)state;
	char *y = alias_bomb("name: bomb\n", "slots");
	struct theme t;
	theme_default(&t);
	struct gerr e = {0};
	assert_refused(theme_load_buf(&t, "bomb.yaml", y, strlen(y), &e), &e, "bomb.yaml");
	assert_non_null(strstr(e.msg, "alias"));
	assert_string_equal(t.name, "dark");   /* left as it was */
	theme_free(&t);
	free(y);
}

static void test_alias_bomb_lang(void **state)
{
	(void)state;
	/* Packs hold lists of words: the nested lists of a bomb are refused
	 * ("entries of 'x1' must be words") before anything is expanded. */
	char *y = alias_bomb("code: xx\nname: Bombe\n", "stopwords");
	struct gerr e = {0};
	lang *l = lang_load_buf("bomb.yaml", y, strlen(y), &e);
	assert_null(l);
	assert_refused(-1, &e, "bomb.yaml");
	free(y);
	static const char rec[] = "code: xx\nstopwords: &s [a, *s]\n";
	l = lang_load_buf("rec.yaml", rec, sizeof rec - 1, &e);
	assert_null(l);
	assert_refused(-1, &e, "rec.yaml");
}

static void test_deep_nesting(void **state)
{
	(void)state;
	/* Nesting far deeper than any real file: refused, without recursion
	 * deep enough to matter. */
	struct sbuf b = {0};
	sbuf_puts(&b, "lexicon: ");
	for (int i = 0; i < 10000; i++)
		sbuf_addc(&b, '[');
	for (int i = 0; i < 10000; i++)
		sbuf_addc(&b, ']');
	sbuf_addc(&b, '\n');
	struct config c;
	config_defaults(&c);
	struct gerr e = {0};
	assert_refused(config_load_buf(&c, "deep.yaml", b.s, b.len, &e), &e, "deep.yaml");
	config_free(&c);
	struct theme t;
	theme_default(&t);
	assert_refused(theme_load_buf(&t, "deep.yaml", b.s, b.len, &e), &e, "deep.yaml");
	theme_free(&t);
	sbuf_free(&b);
}

/* ---- files the loader must refuse ---------------------------------------- */

static void test_huge_sparse_file(void **state)
{
	(void)state;
	/* 3 GiB, sparse: takes no disk space; refused before reading. */
	char *dir = tmpdir_make();
	char *p = xasprintf("%s/huge.txt", dir);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)3 << 30), 0);
	close(fd);
	struct loaded ld;
	struct gerr e = {0};
	struct load_opts o = {0};
	assert_int_equal(load_file(p, &o, &ld, &e), -1);
	assert_int_equal(e.code, EXIT_INPUT);
	assert_non_null(strstr(e.msg, "too large"));
	assert_non_null(strstr(e.msg, p));
	free(p);
	rm_rf(dir);
	free(dir);
}

static void test_unreadable(void **state)
{
	(void)state;
	struct loaded ld;
	struct gerr e = {0};
	struct load_opts o = {0};
	/* Opens, then fails to read (EIO) — even for root. */
	assert_int_equal(load_file("/proc/self/mem", &o, &ld, &e), -1);
	assert_int_equal(e.code, EXIT_INPUT);
	assert_non_null(strstr(e.msg, "/proc/self/mem"));
	/* A directory. */
	assert_int_equal(load_file("/", &o, &ld, &e), -1);
	assert_int_equal(e.code, EXIT_INPUT);
	assert_string_equal(e.msg, "/: is a directory");
	/* Permissions: only meaningful when not root. */
	if (geteuid() != 0) {
		char *dir = tmpdir_make();
		char *p = xasprintf("%s/secret.txt", dir);
		write_file(p, "texte\n", 6);
		assert_int_equal(chmod(p, 0), 0);
		assert_int_equal(load_file(p, &o, &ld, &e), -1);
		assert_int_equal(e.code, EXIT_INPUT);
		assert_non_null(strstr(e.msg, "Permission denied"));
		free(p);
		rm_rf(dir);
		free(dir);
	}
}

/* ---- a full disk ------------------------------------------------------------ */

static void test_full_disk_export(void **state)
{
	(void)state;
	char *dir = tmpdir_make();
	char *out = xasprintf("%s/article.json", dir);
	static const char old[] = "{\"old\": true}\n";
	write_file(out, old, sizeof old - 1);
	struct article a;
	test_article(&a, "Titre\n« Nous ne céderons pas », a déclaré lundi Mme Anne Roy.\n", "fr", NULL, "all");
	struct gerr e = {0};
	disk_full_after(8);
	int rc = export_to_path(&export_json, &a, out, &e);
	disk_not_full();
	assert_int_equal(rc, -1);
	assert_int_equal(e.code, EXIT_FAIL);
	assert_non_null(strstr(e.msg, out));
	/* The earlier file is intact and no temporary file is left. */
	size_t n;
	char *now = read_whole(out, &n);
	assert_int_equal(n, sizeof old - 1);
	assert_memory_equal(now, old, n);
	free(now);
	assert_int_equal(count_entries(dir), 1);
	/* With room again, it works. */
	assert_int_equal(export_to_path(&export_json, &a, out, &e), 0);

	/* brat writes two files, the .ann and its .txt: when the disk fills
	 * up between the two, the pair on disk must still be the earlier,
	 * consistent one (an .ann's offsets only mean something in its .txt). */
	char *ann = xasprintf("%s/article.ann", dir), *txt = xasprintf("%s/article.txt", dir);
	static const char old_ann[] = "T1\tPerson 0 3\tAda\n", old_txt[] = "Ada\n";
	write_file(ann, old_ann, sizeof old_ann - 1);
	write_file(txt, old_txt, sizeof old_txt - 1);
	struct export_out o = {0};
	assert_int_equal(export_brat.write(&a, &o, &e), 0);
	size_t lo = o.companion.len < o.main.len ? o.companion.len : o.main.len;
	export_out_free(&o);
	disk_full_after(lo + 1);   /* room for the smaller of the two files only */
	rc = export_to_path(&export_brat, &a, ann, &e);
	disk_not_full();
	assert_int_equal(rc, -1);
	assert_int_equal(count_entries(dir), 3);
	now = read_whole(ann, &n);
	assert_int_equal(n, sizeof old_ann - 1);
	assert_memory_equal(now, old_ann, n);
	free(now);
	now = read_whole(txt, &n);
	assert_int_equal(n, sizeof old_txt - 1);
	assert_memory_equal(now, old_txt, n);
	free(now);
	free(ann);
	free(txt);
	article_close(&a);
	free(out);
	rm_rf(dir);
	free(dir);
}

static void test_full_disk_sidecar(void **state)
{
	(void)state;
	char *dir = tmpdir_make();
	char *old_xdg = getenv("XDG_DATA_HOME") ? xstrdup(getenv("XDG_DATA_HOME")) : NULL;
	setenv("XDG_DATA_HOME", dir, 1);
	char *art = xasprintf("%s/article.fr.txt", dir);
	static const char text[] = "Titre du jour\n« Nous ne céderons pas », a déclaré lundi Mme Anne Roy.\n";
	write_file(art, text, sizeof text - 1);
	struct article a;
	struct article_opts o = {.lang = "fr"};
	struct gerr e = {0}, warn = {0};
	assert_int_equal(extract_parse_modules("all", &o.modules, &e), 0);
	assert_int_equal(article_open(&a, art, &o, &e), 0);
	assert_int_equal(article_extract(&a, o.modules, &e), 0);
	struct sidecar *s = sidecar_open(&a, &warn);
	assert_int_equal(warn.code, 0);
	assert_true(sidecar_add_note(s, &a, 0, 5, "première note", &e) >= 0);
	size_t n0;
	char *saved = read_whole(sidecar_path(s), &n0);
	size_t nann = annots_count(a.an), nrec = sidecar_count(s);

	disk_full_after(16);
	int rc = sidecar_add_note(s, &a, 6, 8, "seconde note, perdue ?", &e);
	disk_not_full();
	assert_int_equal(rc, -1);
	assert_true(*e.msg);
	/* The store, the model and the file are as they were. */
	size_t n1;
	char *now = read_whole(sidecar_path(s), &n1);
	assert_int_equal(n1, n0);
	assert_memory_equal(now, saved, n0);
	free(now);
	assert_int_equal(sidecar_count(s), nrec);
	size_t nnotes;
	annots_of_kind(a.an, ANN_NOTE, &nnotes);
	assert_int_equal(nnotes, 1);
	(void)nann;
	/* No temporary file beside the sidecar. */
	char *sdir = xstrdup(sidecar_path(s));
	*strrchr(sdir, '/') = 0;
	assert_int_equal(count_entries(sdir), 1);
	/* Room again: the next note is saved. */
	assert_true(sidecar_add_note(s, &a, 6, 8, "seconde note", &e) >= 0);
	assert_int_equal(sidecar_count(s), nrec + 1);
	free(sdir);
	free(saved);
	sidecar_free(s);
	article_close(&a);
	free(art);
	if (old_xdg) {
		setenv("XDG_DATA_HOME", old_xdg, 1);
		free(old_xdg);
	} else {
		unsetenv("XDG_DATA_HOME");
	}
	rm_rf(dir);
	free(dir);
}

static void test_alias_bomb_sidecar(void **state)
{
	(void)state;
	char *dir = tmpdir_make();
	char *old_xdg = getenv("XDG_DATA_HOME") ? xstrdup(getenv("XDG_DATA_HOME")) : NULL;
	setenv("XDG_DATA_HOME", dir, 1);
	struct article a;
	test_article(&a, "Titre\n« Non », a dit lundi Mme Anne Roy.\n", "fr", NULL, "all");
	struct gerr warn = {0};
	struct sidecar *s = sidecar_open(&a, &warn);
	assert_int_equal(warn.code, 0);
	char *path = xstrdup(sidecar_path(s));
	sidecar_free(s);
	char *sdir = xstrdup(path);
	*strrchr(sdir, '/') = 0;
	assert_int_equal(paths_mkdirs(sdir), 0);
	char *y = alias_bomb("", "records");
	write_file(path, y, strlen(y));
	s = sidecar_open(&a, &warn);
	assert_int_not_equal(warn.code, 0);
	assert_non_null(strstr(warn.msg, path));
	assert_null(strchr(warn.msg, '\n'));
	assert_int_equal(sidecar_count(s), 0);
	sidecar_free(s);
	/* The file is kept as it was. */
	size_t n;
	char *now = read_whole(path, &n);
	assert_int_equal(n, strlen(y));
	assert_memory_equal(now, y, n);
	free(now);
	free(y);
	free(sdir);
	free(path);
	article_close(&a);
	if (old_xdg) {
		setenv("XDG_DATA_HOME", old_xdg, 1);
		free(old_xdg);
	} else {
		unsetenv("XDG_DATA_HOME");
	}
	rm_rf(dir);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_bidi),
		cmocka_unit_test(test_zero_width),
		cmocka_unit_test(test_nested_quotes),
		cmocka_unit_test(test_alias_bomb_config),
		cmocka_unit_test(test_alias_bomb_theme),
		cmocka_unit_test(test_alias_bomb_lang),
		cmocka_unit_test(test_alias_bomb_sidecar),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_huge_sparse_file),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_full_disk_export),
		cmocka_unit_test(test_full_disk_sidecar),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
