/* main.c — the command line: the reader, the printer, `glose export`. */
#include <errno.h>
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "article.h"
#include "config.h"
#include "export.h"
#include "extract.h"
#include "glose_config.h"
#include "paths.h"
#include "print.h"
#include "reader.h"
#include "sidecar.h"

/* A big file shows its first lines while the rest is read (article.h). */
#define READER_HEAD_BYTES ((size_t)1 << 20)
#include "theme.h"

static const char usage_text[] =
	"usage: glose [OPTIONS] [FILE|-]\n"
	"       glose export [--format F] [-o PATH|DIR] [OPTIONS] FILE...\n"
	"\n"
	"Read a news article with its actors, quotations and timeline highlighted.\n"
	"With no FILE, glose reads standard input, or opens the bundled French sample\n"
	"when standard input is a terminal.  When standard output is not a terminal,\n"
	"glose prints the article instead of opening the reader.\n"
	"\n"
	"Options:\n"
	"  -l, --lang CODE        language of the article (default: detected; see --list-langs)\n"
	"      --date YYYY-MM-DD  publication date (default: detected from a dateline)\n"
	"  -e, --encoding NAME    input encoding (default: detected; e.g. windows-1252)\n"
	"  -m, --modules LIST     extractors to run: all, none, or names (actors,quotes,timex,events);\n"
	"                         '-name' turns one off: all,-timex\n"
	"      --force            read input that looks binary\n"
	"      --color[=WHEN]     colour printed output: auto (default), always, never\n"
	"  -c, --config PATH      configuration file (default: $GLOSE_CONFIG, then\n"
	"                         $XDG_CONFIG_HOME/glose/config.yaml)\n"
	"      --theme NAME       theme name or path (overrides the configuration)\n"
	"      --check-config [PATH]  validate a configuration file and exit\n"
	"      --dump-config      print the effective configuration as YAML and exit\n"
	"      --list-modules     list the extractors\n"
	"      --list-formats     list the export formats\n"
	"      --list-langs       list the installed language packs\n"
	"  -h, --help             show this help\n"
	"  -V, --version          show the version\n"
	"\n"
	"Export options (glose export):\n"
	"  -f, --format F         json (default), w3c, brat, csv, md\n"
	"  -o, --output PATH      output file (one input) or directory (several inputs);\n"
	"                         default: standard output for one input\n"
	"\n"
	"Exit status: 0 success, 1 failure (e.g. an export could not be written),\n"
	"2 bad command line, 3 unreadable or binary input, 4 configuration,\n"
	"theme or language pack error, 70 out of memory.\n";

enum {
	OPT_DATE = 256, OPT_FORCE, OPT_COLOR, OPT_THEME, OPT_CHECK_CONFIG, OPT_DUMP_CONFIG,
	OPT_LIST_MODULES, OPT_LIST_FORMATS, OPT_LIST_LANGS,
};

static const struct option long_opts[] = {
	{"lang", required_argument, NULL, 'l'},
	{"date", required_argument, NULL, OPT_DATE},
	{"encoding", required_argument, NULL, 'e'},
	{"modules", required_argument, NULL, 'm'},
	{"force", no_argument, NULL, OPT_FORCE},
	{"color", optional_argument, NULL, OPT_COLOR},
	{"colour", optional_argument, NULL, OPT_COLOR},
	{"config", required_argument, NULL, 'c'},
	{"theme", required_argument, NULL, OPT_THEME},
	{"check-config", optional_argument, NULL, OPT_CHECK_CONFIG},
	{"dump-config", no_argument, NULL, OPT_DUMP_CONFIG},
	{"list-modules", no_argument, NULL, OPT_LIST_MODULES},
	{"list-formats", no_argument, NULL, OPT_LIST_FORMATS},
	{"list-langs", no_argument, NULL, OPT_LIST_LANGS},
	{"format", required_argument, NULL, 'f'},
	{"output", required_argument, NULL, 'o'},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

struct cli {
	bool export_mode;
	struct article_opts ao;
	const char *modules;
	const char *color;
	const char *config;
	const char *theme;
	const char *format;
	const char *output;
	bool check_config, dump_config;
	const char *check_path;
};

static int fail(const struct gerr *e)
{
	fprintf(stderr, "glose: %s\n", e->msg);
	return e->code ? e->code : EXIT_FAIL;
}

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "glose: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry 'glose --help' for more information.\n");
	return EXIT_USAGE;
}

static int list_langs(void)
{
	char **inst = lang_installed();
	for (char **p = inst; *p; p++) {
		struct gerr e = {0};
		lang *l = lang_open(*p, &e);
		if (l) {
			printf("%-6s %s  (%s)\n", *p, lang_name(l), lang_path(l));
			lang_free(l);
		} else {
			printf("%-6s error: %s\n", *p, e.msg);
		}
		free(*p);
	}
	free(inst);
	return EXIT_OK;
}

/* Load the configuration.  A broken file is an error for --check-config;
 * elsewhere the defaults are used and the error is reported. */
static int load_config(struct config *c, const char *explicit_path, struct gerr *e)
{
	config_defaults(c);
	char *path = config_find(explicit_path);
	if (!path) {
		if (explicit_path)
			return gerr_set(e, EXIT_CONFIG, "%s: no such configuration file", explicit_path);
		return 0;
	}
	int rc = config_load(c, path, e);
	free(path);
	if (rc != 0) {
		config_free(c);
		config_defaults(c);
	}
	return rc;
}

static enum colour_mode print_colour_mode(const struct cli *o, const struct config *c, struct gerr *e, int *err)
{
	const char *w = o->color ? o->color : "auto";
	bool on;
	if (strcmp(w, "always") == 0 || strcmp(w, "yes") == 0)
		on = true;
	else if (strcmp(w, "never") == 0 || strcmp(w, "no") == 0)
		on = false;
	else if (strcmp(w, "auto") == 0)
		on = isatty(STDOUT_FILENO);
	else {
		*err = gerr_set(e, EXIT_USAGE, "--color: '%s' is not auto, always or never", w);
		return COLOUR_NONE;
	}
	const char *nc = getenv("NO_COLOR");
	if (!on || (nc && *nc && strcmp(w, "always") != 0))
		return COLOUR_NONE;
	switch (c->colour) {
	case CPREF_TRUE: return COLOUR_TRUE;
	case CPREF_256: return COLOUR_256;
	case CPREF_16: return COLOUR_16;
	case CPREF_NONE: return COLOUR_NONE;
	case CPREF_AUTO: break;
	}
	const char *ct = getenv("COLORTERM");
	if (ct && (strcmp(ct, "truecolor") == 0 || strcmp(ct, "24bit") == 0))
		return COLOUR_TRUE;
	const char *term = getenv("TERM");
	if (term && strstr(term, "256"))
		return COLOUR_256;
	return COLOUR_16;
}

static char *output_path_for(const char *input, const char *dir, const struct exporter *x)
{
	const char *base = strrchr(input, '/');
	base = base ? base + 1 : input;
	const char *dot = strrchr(base, '.');
	size_t stem = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	return xasprintf("%s/%.*s%s", dir, (int)stem, base, x->ext);
}

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int run_export(struct cli *o, struct config *c, int nfiles, char **files)
{
	struct gerr e = {0};
	const char *fmt = o->format ? o->format : c->export_format ? c->export_format : "json";
	const struct exporter *x = export_find(fmt);
	if (!x)
		return usage_error("--format: unknown format '%s' (known: json, w3c, brat, csv, md)", fmt);
	if (nfiles == 0)
		return usage_error("%s", "export: no input file (use - for standard input)");
	bool to_dir = o->output && (nfiles > 1 || is_dir(o->output));
	if (nfiles > 1 && !o->output)
		return usage_error("%s", "export: several inputs need -o DIR");
	if (nfiles > 1 && !is_dir(o->output))
		return usage_error("export: -o %s: not a directory (several inputs need -o DIR)", o->output);
	int status = EXIT_OK;
	for (int i = 0; i < nfiles; i++) {
		struct article a;
		if (article_open(&a, files[i], &o->ao, &e) != 0) {
			status = fail(&e);
			continue;
		}
		if (a.invalid)
			fprintf(stderr, "glose: %s: %zu invalid byte sequence%s replaced by U+FFFD\n", files[i],
			        a.invalid, a.invalid == 1 ? "" : "s");
		if (article_extract(&a, o->ao.modules, &e) != 0) {
			status = fail(&e);
			article_close(&a);
			continue;
		}
		/* The reader's notes and corrections go into every export. */
		struct gerr w = {0};
		if (sidecar_apply_for_export(&a, &w) != 0)
			fprintf(stderr, "glose: %s\n", w.msg);
		char *path = to_dir ? output_path_for(files[i], o->output, x)
		                    : xstrdup(o->output ? o->output : "-");
		if (strcmp(path, "-") == 0 && x->name[0] == 'b' && nfiles == 1 && !o->output)
			fprintf(stderr, "glose: brat: writing the .ann to standard output; use -o FILE.ann to get the .txt beside it\n");
		if (export_to_path(x, &a, path, &e) != 0)
			status = fail(&e);
		free(path);
		article_close(&a);
	}
	return status;
}

static int run_read(struct cli *o, struct config *c, const char *config_error, const char *file)
{
	struct gerr e = {0};
	const char *startup = NULL;
	char *sample = NULL;
	bool in_tty = isatty(STDIN_FILENO), out_tty = isatty(STDOUT_FILENO);
	if (!file) {
		if (in_tty) {
			sample = paths_data("samples/sommet.fr.txt");
			if (!sample) {
				fprintf(stderr, "glose: no FILE given and the bundled sample is not installed\n");
				return EXIT_USAGE;
			}
			file = sample;
			startup = "No file given: showing the bundled French sample (q quits, h helps)";
		} else {
			file = "-";
		}
	}
	struct article a;
	/* The reader shows the text first and prepares it in the background. */
	if ((out_tty ? article_open_head(&a, file, &o->ao, READER_HEAD_BYTES, &e) : article_open(&a, file, &o->ao, &e)) !=
	    0) {
		free(sample);
		return fail(&e);
	}
	char invalid_msg[160] = "";
	if (a.invalid)
		snprintf(invalid_msg, sizeof invalid_msg, "%zu invalid byte sequence%s replaced by U+FFFD", a.invalid,
		         a.invalid == 1 ? "" : "s");
	int status;
	if (out_tty) {
		struct reader_opts ro = {startup ? startup : (*invalid_msg ? invalid_msg : NULL), config_error,
		                         o->ao.modules};
		status = reader_run(&a, c, &ro, &e);
		if (status != EXIT_OK && *e.msg)
			fprintf(stderr, "glose: %s\n", e.msg);
	} else {
		if (*invalid_msg)
			fprintf(stderr, "glose: %s: %s\n", file, invalid_msg);
		if (config_error)
			fprintf(stderr, "glose: %s (using the defaults)\n", config_error);
		int err = 0;
		enum colour_mode mode = print_colour_mode(o, c, &e, &err);
		if (err) {
			article_close(&a);
			free(sample);
			return fail(&e);
		}
		struct theme th;
		theme_default(&th);
		const char *tname = o->theme ? o->theme : c->theme;
		if (mode != COLOUR_NONE && tname && theme_open(&th, tname, mode, &e) != 0) {
			fprintf(stderr, "glose: %s (using the default theme)\n", e.msg);
			theme_free(&th);
			theme_default(&th);
		}
		struct gerr w = {0};
		if (article_extract(&a, o->ao.modules, &e) != 0) {
			status = fail(&e);
		} else {
			if (sidecar_apply_for_export(&a, &w) != 0)
				fprintf(stderr, "glose: %s\n", w.msg);
			status = EXIT_OK;
			if (print_article(&a, stdout, &th, mode) != 0 || fflush(stdout) != 0) {
				fprintf(stderr, "glose: standard output: write error: %s\n", strerror(errno));
				status = EXIT_FAIL;
			}
		}
		theme_free(&th);
	}
	article_close(&a);
	free(sample);
	return status;
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
	/* Tables of 8 MiB or more are mapped on their own, so that each goes
	 * back to the system when freed and grows without a copy: glibc
	 * otherwise raises this threshold as such tables are freed, and a
	 * large input's later tables then land in the heap, whose freed parts
	 * stay with the process.  Smaller tables come from the heap, which
	 * extract_run() trims between passes: a fresh mapping is faulted in
	 * page by page, and a 5 MB text's tables of one to a few megabytes
	 * cost 6,400 of its 16,500 page faults (a fifth of its time on a
	 * virtual machine) when each had its own (bench/RESULTS.md, session 9). */
	mallopt(M_MMAP_THRESHOLD, 8 << 20);
#endif
	struct cli o = {0};
	int argi = 1;
	if (argc > 1 && strcmp(argv[1], "export") == 0) {
		o.export_mode = true;
		argi = 2;
	}
	/* getopt over argv[argi..] */
	char **av = argv + argi - 1;
	int ac = argc - argi + 1;
	int ch;
	opterr = 0;
	while ((ch = getopt_long(ac, av, ":l:e:m:c:f:o:hV", long_opts, NULL)) != -1) {
		switch (ch) {
		case 'l': o.ao.lang = optarg; break;
		case OPT_DATE: o.ao.date = optarg; break;
		case 'e': o.ao.encoding = optarg; break;
		case 'm': o.modules = optarg; break;
		case OPT_FORCE: o.ao.force = true; break;
		case OPT_COLOR: o.color = optarg ? optarg : "always"; break;
		case 'c': o.config = optarg; break;
		case OPT_THEME: o.theme = optarg; break;
		case OPT_CHECK_CONFIG:
			o.check_config = true;
			if (!optarg && optind < ac && av[optind][0] != '-')
				optarg = av[optind++];
			o.check_path = optarg;
			break;
		case OPT_DUMP_CONFIG: o.dump_config = true; break;
		case OPT_LIST_MODULES: {
			size_t n;
			const struct extractor *const *r = extract_registry(&n);
			for (size_t i = 0; i < n; i++)
				printf("%-8s %s\n", r[i]->name, r[i]->summary);
			return EXIT_OK;
		}
		case OPT_LIST_FORMATS: {
			size_t n;
			const struct exporter *const *r = export_registry(&n);
			for (size_t i = 0; i < n; i++)
				printf("%-5s %-8s %s\n", r[i]->name, r[i]->ext, r[i]->summary);
			return EXIT_OK;
		}
		case OPT_LIST_LANGS: return list_langs();
		case 'f': o.format = optarg; break;
		case 'o': o.output = optarg; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		case 'V': printf("glose %s\n", GLOSE_VERSION); return EXIT_OK;
		case ':': return usage_error("option '%s' needs a value", av[optind - 1]);
		default: return usage_error("unknown option '%s'", av[optind - 1]);
		}
	}
	if (!o.export_mode && (o.format || o.output))
		return usage_error("%s", "--format and --output belong to 'glose export'");

	struct gerr e = {0};
	struct config c;
	if (o.check_config) {
		config_defaults(&c);
		const char *p = o.check_path ? o.check_path : o.config;
		char *path = config_find(p);
		if (!path) {
			if (p) {
				config_free(&c);
				fprintf(stderr, "glose: %s: no such configuration file\n", p);
				return EXIT_CONFIG;
			}
			printf("no configuration file; the defaults are used\n");
			config_free(&c);
			return EXIT_OK;
		}
		int rc = config_load(&c, path, &e);
		if (rc == 0 && c.theme) {
			struct theme th;
			theme_default(&th);
			rc = theme_load(&th, c.theme, &e);
			theme_free(&th);
		}
		config_free(&c);
		if (rc != 0) {
			free(path);
			return fail(&e);
		}
		printf("%s: ok\n", path);
		free(path);
		return EXIT_OK;
	}
	const char *config_error = NULL;
	char config_error_buf[sizeof e.msg];
	if (load_config(&c, o.config, &e) != 0) {
		if (o.dump_config) {
			config_free(&c);
			return fail(&e);
		}
		snprintf(config_error_buf, sizeof config_error_buf, "%s", e.msg);
		config_error = config_error_buf;
		if (o.export_mode)
			fprintf(stderr, "glose: %s (using the defaults)\n", config_error);
	}
	if (o.theme) {
		free(c.theme);
		c.theme = xstrdup(o.theme);
	}
	if (o.dump_config) {
		struct sbuf out = {0};
		int rc = config_dump(&c, &out, &e);
		if (rc == 0)
			fwrite(out.s ? out.s : "", 1, out.len, stdout);
		sbuf_free(&out);
		config_free(&c);
		return rc == 0 ? EXIT_OK : fail(&e);
	}
	if (!o.ao.lang && c.lang)
		o.ao.lang = c.lang;
	o.ao.config = &c;
	const char *mods = o.modules ? o.modules : c.modules ? c.modules : "all";
	if (extract_parse_modules(mods, &o.ao.modules, &e) != 0) {
		config_free(&c);
		return fail(&e);
	}
	int nfiles = ac - optind;
	char **files = av + optind;
	int status;
	if (o.export_mode) {
		status = run_export(&o, &c, nfiles, files);
	} else if (nfiles > 1) {
		status = usage_error("%s", "the reader opens one file (use 'glose export' for several)");
	} else {
		status = run_read(&o, &c, config_error, nfiles ? files[0] : NULL);
	}
	config_free(&c);
	return status;
}
