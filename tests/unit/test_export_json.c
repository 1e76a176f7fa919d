/* test_export_json.c — JSON schema 1 on a hand-built store (golden file). */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"

/* Offset of the n-th occurrence (0-based) of needle, in bytes. */
static size_t at(const struct article *a, const char *needle, int nth)
{
	const char *t = doc_text(a->doc), *p = t;
	for (;;) {
		p = strstr(p, needle);
		assert_non_null(p);
		if (nth-- == 0)
			return (size_t)(p - t);
		p++;
	}
}

static void build(struct article *a)
{
	test_article(a,
	             "Le port de Brest rouvre 🚢\n"
	             "Publié le 4 février 2026\n"
	             "« Nous rouvrons lundi », a déclaré mardi la maire, Ada Moreau.\n"
	             "Le syndicat \"\tdes dockers\" reste prudent.\n",
	             "fr", NULL, "none");
	annots *an = a->an;
	int ada = annots_add_actor(an, "Ada Moreau", ACTOR_PERSON, "maire", ACTOR_FEMALE);
	int brest = annots_add_actor(an, "Brest", ACTOR_PLACE, NULL, ACTOR_CAN_SPEAK);
	int gone = annots_add_actor(an, "Dockers", ACTOR_ORG, NULL, 0);
	annots_actor(an, gone)->flags |= ACTOR_DELETED;
	size_t p = at(a, "Ada Moreau", 0);
	annots_add(an, ANN_MENTION, p, p + strlen("Ada Moreau"), ada, -1, MENTION_NAME, 1, NULL);
	p = at(a, "la maire", 0);
	annots_add(an, ANN_MENTION, p, p + strlen("la maire"), ada, -1, MENTION_ROLE, 0.8f, NULL);
	p = at(a, "Brest", 0);
	annots_add(an, ANN_MENTION, p, p + 5, brest, -1, MENTION_NAME, 1, NULL);
	p = at(a, "Nous rouvrons lundi", 0);
	int q = annots_add(an, ANN_QUOTE, p, p + strlen("Nous rouvrons lundi"), ada, -1, QUOTE_DIRECT, 0.93f, NULL);
	p = at(a, "a déclaré", 0);
	int c = annots_add(an, ANN_CUE, p, p + strlen("a déclaré"), -1, q, 0, 1, NULL);
	annots_get(an, q)->link = c;
	p = at(a, "\tdes dockers", 0);
	annots_add(an, ANN_QUOTE, p, p + strlen("\tdes dockers"), -1, -1, QUOTE_DIRECT, 0.4f, "le syndicat");
	p = at(a, "mardi", 0);
	int t = annots_add(an, ANN_TIME, p, p + 5, -1, -1, TIME_DATE, 1, "2026-02-03");
	p = at(a, "lundi", 0);
	annots_add(an, ANN_TIME, p, p + 5, -1, -1, TIME_DATE, 1, NULL);
	size_t ps = at(a, "« Nous", 0);
	int e = annots_add(an, ANN_EVENT, ps, ps + strlen("« Nous rouvrons lundi », a déclaré mardi la maire, Ada Moreau."),
	                   -1, t, 0, 1, "la maire annonce la réouverture");
	annots_event_add_actor(an, e, ada);
	annots_event_add_actor(an, e, gone);
	p = at(a, "reste prudent", 0);
	int n = annots_add(an, ANN_NOTE, p, p + strlen("reste prudent"), -1, -1, 0, 1, "à vérifier \"auprès\" du syndicat");
	annots_add_tag(an, n, "suivi");
}

static void test_golden_json(void **state)
{
	(void)state;
	struct article a;
	build(&a);
	struct export_out o = {0};
	struct gerr e = {0};
	assert_int_equal(export_json.write(&a, &o, &e), 0);
	test_golden("export.fr.json", o.main.s, o.main.len);
	/* Code-point offsets: "🚢" is one code point. */
	assert_non_null(strstr(o.main.s, "\"title\": \"Le port de Brest rouvre 🚢\""));
	assert_non_null(strstr(o.main.s, "\"date\": \"2026-02-04\""));
	/* Control characters escaped; deleted actor left out of actors and events. */
	assert_non_null(strstr(o.main.s, "\\tdes dockers"));
	assert_null(strstr(o.main.s, "Dockers"));
	export_out_free(&o);
	article_close(&a);
}

static void test_empty_store(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "", "en", NULL, "none");
	struct export_out o = {0};
	struct gerr e = {0};
	assert_int_equal(export_json.write(&a, &o, &e), 0);
	test_golden("export.empty.json", o.main.s, o.main.len);
	export_out_free(&o);
	article_close(&a);
}

static void test_json_str(void **state)
{
	(void)state;
	struct sbuf b = {0};
	const char s[] = "a\"b\\c\n\x01\x7f\xe2\x80\xa8é";
	json_str(&b, s, sizeof s - 1);
	assert_string_equal(b.s, "\"a\\\"b\\\\c\\n\\u0001\\u007f\\u2028é\"");
	sbuf_free(&b);
}

/* Strings read eight bytes at a time: every character that needs escaping,
 * at every place in a longer string, and the bytes next to the ones that
 * do ('!' and '#' around '"', 0x1F and 0x20, 0xE1 and 0xE3 around 0xE2). */
static void test_json_str_long(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
	} c[] = {
		{"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {"\x1f", "\\u001f"}, {"\x7f", "\\u007f"},
		{"\xe2\x80\xa9", "\\u2029"}, {"\xe2\x82\xac", "\xe2\x82\xac"}, {"!", "!"}, {"#", "#"}, {" ", " "},
		{"\xc3\xa9", "\xc3\xa9"}, {"\xe3\x81\x82", "\xe3\x81\x82"}, {"[", "["}, {"]", "]"}, {"~", "~"},
	};
	for (size_t k = 0; k < ARRAY_LEN(c); k++)
		for (size_t at = 0; at < 20; at++) {
			char in[64], want[80];
			memset(in, 'x', at);
			snprintf(in + at, sizeof in - at, "%s%s", c[k].in, "0123456789abcdef");
			memset(want, 'x', at);
			snprintf(want + at, sizeof want - at, "%s%s", c[k].out, "0123456789abcdef");
			struct sbuf b = {0};
			json_str(&b, in, strlen(in));
			char *w = xasprintf("\"%s\"", want);
			assert_string_equal(b.s, w);
			free(w);
			sbuf_free(&b);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_golden_json),
		cmocka_unit_test(test_empty_store),
		cmocka_unit_test(test_json_str),
		cmocka_unit_test(test_json_str_long),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
