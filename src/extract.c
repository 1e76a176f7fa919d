/* extract.c — the extractor registry and --modules parsing. */
#include "extract.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

static const struct extractor *const registry[] = {
	&extract_actors,
	&extract_quotes,
	&extract_timex,
	&extract_events,
};

const struct extractor *const *extract_registry(size_t *n)
{
	*n = ARRAY_LEN(registry);
	return registry;
}

static int find_index(const char *name, size_t len)
{
	for (size_t i = 0; i < ARRAY_LEN(registry); i++)
		if (strlen(registry[i]->name) == len && strncmp(registry[i]->name, name, len) == 0)
			return (int)i;
	return -1;
}

const struct extractor *extract_find(const char *name)
{
	int i = find_index(name, strlen(name));
	return i < 0 ? NULL : registry[i];
}

int extract_parse_modules(const char *spec, unsigned *mask, struct gerr *e)
{
	unsigned m = 0;
	const unsigned all = (1u << ARRAY_LEN(registry)) - 1;
	const char *p = spec ? spec : "all";
	if (!*p)
		return gerr_set(e, EXIT_USAGE, "--modules: empty list (use 'none' to turn every extractor off)");
	while (*p) {
		const char *c = strchr(p, ',');
		size_t len = c ? (size_t)(c - p) : strlen(p);
		bool off = len && p[0] == '-';
		const char *name = off ? p + 1 : p;
		size_t nlen = off ? len - 1 : len;
		if (nlen == 3 && strncmp(name, "all", 3) == 0)
			m = off ? 0 : all;
		else if (nlen == 4 && strncmp(name, "none", 4) == 0)
			m = 0;
		else {
			int i = find_index(name, nlen);
			if (i < 0) {
				struct sbuf b = {0};
				for (size_t k = 0; k < ARRAY_LEN(registry); k++) {
					if (k)
						sbuf_puts(&b, ", ");
					sbuf_puts(&b, registry[k]->name);
				}
				gerr_set(e, EXIT_USAGE, "--modules: unknown extractor '%.*s' (known: %s, all, none)",
				         (int)nlen, name, b.s);
				sbuf_free(&b);
				return -1;
			}
			if (off)
				m &= ~(1u << i);
			else
				m |= 1u << i;
		}
		p += len;
		if (*p == ',')
			p++;
	}
	*mask = m;
	return 0;
}

int extract_run(struct xctx *x, unsigned mask, struct gerr *e)
{
	for (size_t i = 0; i < ARRAY_LEN(registry); i++) {
		if (!(mask & (1u << i)))
			continue;
		if (registry[i]->run(x, e) != 0) {
			doc_words_forget(x->doc);
			return -1;
		}
#ifdef __GLIBC__
		/* An extractor's working tables are freed when it ends, but the
		 * pages stay with the process (glibc keeps freed heap memory below
		 * the top): give them back, so that the next extractor's peak does
		 * not stack on this one's. */
		malloc_trim(0);
#endif
	}
	doc_words_forget(x->doc);   /* the words every extractor read */
	return 0;
}
