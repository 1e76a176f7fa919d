/* fuzz_lang.c — the language pack loader (lang_load_buf) on arbitrary
 * YAML.  An accepted pack must find each of its entries again (lookups
 * fold case the same way the loader does), give ICU locale data, and
 * segment and annotate a fixed article without harm. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "fuzz_common.h"

static const char article_text[] =
	"Le maire annonce un plan pour le port\n"
	"Publié le 3 décembre 2025\n"
	"« Nous tiendrons parole », a déclaré lundi M. Paul Ricard, maire de Sète. "
	"Selon lui, les travaux dureront deux ans.\n"
	"\"We will not wait,\" said Dr. Jane Holt on Tuesday, adding that the plan was \"overdue\".\n";

/* Lexicons the extractors and the document model read (docs/lang.md). */
static const char *const lexicons[] = {
	"elisions", "abbreviations", "dateline_cues", "stopwords", "speech_verbs", "titles",
	"known_actors", "known_actor_types", "pronouns", "months", "organisations", "places",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct gerr e = {0};
	lang *l = lang_load_buf("/fuzz/xx.yaml", (const char *)data, size, &e);
	if (!l) {
		fuzz_check_err("lang_load_buf", e.msg);
		return 0;
	}
	fuzz_check_utf8("lang_code", lang_code(l), strlen(lang_code(l)));
	fuzz_check_utf8("lang_name", lang_name(l), strlen(lang_name(l)));
	for (size_t k = 0; k < sizeof lexicons / sizeof *lexicons; k++) {
		const lexicon *x = lang_lex(l, lexicons[k]);
		if (!x)
			fuzz_fail("lang_lex", "NULL lexicon");
		size_t n = lex_size(x);
		for (size_t i = 0; i < n; i++) {
			const char *v;
			const char *w = lex_entry(x, i, &v);
			if (!w)
				fuzz_fail("lex_entry", "NULL entry");
			if (!lex_has(x, w, strlen(w)) || !lex_get(x, w, strlen(w)))
				fuzz_fail("lex_has", "an entry of the pack is not found again");
		}
		(void)lex_max_words(x);
	}
	for (int m = 1; m <= 12; m++)
		for (int ab = 0; ab < 2; ab++) {
			const char *s = lang_month(l, m, ab);
			if (!s)
				fuzz_fail("lang_month", "NULL");
			fuzz_check_utf8("lang_month", s, strlen(s));
		}
	for (int d = 1; d <= 7; d++)
		if (!lang_weekday(l, d, false) || !lang_weekday(l, d, true))
			fuzz_fail("lang_weekday", "NULL");
	for (int in = 0; in < 2; in++)
		for (int cl = 0; cl < 2; cl++)
			if (!lang_quote(l, in, cl))
				fuzz_fail("lang_quote", "NULL");

	size_t len = sizeof article_text - 1;
	doc *d = doc_new(xstrndup(article_text, len), len, l);
	annots *an = annots_new();
	struct xctx x = {d, an, l};
	size_t nx;
	extract_registry(&nx);
	if (extract_run(&x, (1u << nx) - 1, &e) != 0)
		fuzz_check_err("extract_run", e.msg);
	for (size_t i = 0; i < annots_count(an); i++) {
		const struct ann *s = annots_get(an, (int)i);
		if (s->start > s->end || s->end > len)
			fuzz_fail("extractors with a fuzzed pack", "annotation outside the text");
	}
	annots_free(an);
	doc_free(d);
	lang_free(l);
	return 0;
}
