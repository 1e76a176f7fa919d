/* test_actors_wordlist.c — the system word lists as evidence against a
 * name: a capitalised word alone, with nothing else for it, that the
 * language's lists call a common word is no actor; the same word after an
 * honorific, or capitalised mid-sentence elsewhere, stays one.  The packs
 * are the installed ones with their word_lists replaced by lists the tests
 * write, so the results do not hang on the system's files; a pack whose
 * lists are missing still works. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract.h"
#include "lang.h"
#include "paths.h"
#include "util.h"

static char dir[64];

static int setup(void **state)
{
	(void)state;
	return test_scratch_dir(dir, sizeof dir, "awl");
}

static int teardown(void **state)
{
	(void)state;
	const char *const names[] = {"en", "fr", "en-domain"};
	test_scratch_remove(dir, names, sizeof names / sizeof names[0]);
	return 0;
}

/* Write `text` to the scratch directory's file `name`; returns the path. */
static char *write_list(const char *name, const char *text)
{
	return test_write_file(dir, name, text);
}

/* The installed pack `code` with `word_lists: [lists]`. */
static lang *pack_with(const char *code, const char *lists)
{
	char *rel = xasprintf("lang/%s.yaml", code);
	char *path = paths_data(rel);
	assert_non_null(path);
	char *yaml;
	size_t len;
	struct gerr e = {0};
	assert_int_equal(file_read_all(path, &yaml, &len, &e), 0);
	char *key = strstr(yaml, "\nword_lists:");
	assert_non_null(key);
	key++;
	char *eol = strchr(key, '\n');
	assert_non_null(eol);
	char *text = xasprintf("%.*sword_lists: [%s]%s", (int)(key - yaml), yaml, lists, eol);
	lang *l = lang_load_buf(path, text, strlen(text), &e);
	if (!l)
		fail_msg("%s", e.msg);
	free(text);
	free(yaml);
	free(path);
	free(rel);
	return l;
}

/* Open `text` and run the actors and quotations with pack `l` (owned by
 * the caller); *saved keeps the article's own pack for close_text(). */
static void open_with(struct article *a, lang **saved, const char *text, const char *code, lang *l)
{
	struct article_opts o = {0};
	struct gerr e = {0};
	o.lang = code;
	memset(a, 0, sizeof *a);
	if (article_open_mem(a, "test", text, strlen(text), &o, &e) != 0)
		fail_msg("%s", e.msg);
	*saved = a->lang;
	a->lang = l;
	unsigned mods;
	assert_int_equal(extract_parse_modules("actors,quotes", &mods, &e), 0);
	if (article_extract(a, mods, &e) != 0)
		fail_msg("%s", e.msg);
}

static void close_text(struct article *a, lang *saved)
{
	lang_free(a->lang);
	a->lang = saved;
	article_close(a);
}

/* The type of the actor named `name`, or -1 if there is none. */
static int type_of(struct article *a, const char *name)
{
	int id = annots_find_actor(a->an, name);
	const struct actor *x = id >= 0 ? annots_actor(a->an, id) : NULL;
	return x ? (int)x->type : -1;
}

static const char *en_text =
	"Flights resumed at the airport on Friday after a two-day strike by baggage handlers.\n\n"
	"Departures from Terminal 2 were delayed by up to three hours, the operator said. A spokesman "
	"for the airline, Tom Wilder, said it would add flights.\n\n"
	"Residents formed a campaign called Lantern. Lantern has 300 members, and Lantern will meet "
	"again in March. Mr Keep, who chairs it, said the group would write to the minister.\n\n"
	"(Reporting by Anna Berg; Additional reporting by Tom Reed in Oslo; Editing by Jane Holt)\n";

static void test_en(void **state)
{
	(void)state;
	char *list = write_list("en", "Hope\nMark\nadditional\nhope\nkeep\nlantern\nmark\nterminal\n");
	struct article a;
	lang *saved;
	open_with(&a, &saved, en_text, "en", pack_with("en", list));
	assert_int_equal(type_of(&a, "Terminal"), -1);       /* "from Terminal 2": the number names the place */
	assert_int_equal(type_of(&a, "Terminal 2"), ACTOR_PLACE);
	assert_int_equal(type_of(&a, "Additional"), -1);     /* "Additional reporting by" */
	assert_int_equal(type_of(&a, "Lantern"), ACTOR_ORG); /* capitalised mid-sentence, three times */
	assert_int_equal(type_of(&a, "Keep"), ACTOR_PERSON); /* after "Mr" */
	assert_int_equal(type_of(&a, "Tom Reed"), ACTOR_PERSON);
	assert_int_equal(type_of(&a, "Oslo"), ACTOR_PLACE);
	close_text(&a, saved);
	free(list);
}

/* English common words before a title are its domain: "Tribal President",
 * "UK Fisheries Minister" (the country stays a place); a pronoun opening a
 * sentence is no name, nor a common word before a number ("Year 4"). */
static void test_en_title_domain(void **state)
{
	(void)state;
	char *list = write_list("en-domain", "fisheries\ntribal\nwhoever\nyear\n");
	struct article a;
	lang *saved;
	open_with(&a, &saved,
	          "Ferry cut\n\nThe ferry will stop in May, said Tribal President Gerald Ashby-Marne. UK Fisheries "
	          "Minister Emrys Pellowden met him on Friday. Whoever wins the contract will run it. "
	          "Her sons, who are in Year 4, take it to school.\n",
	          "en", pack_with("en", list));
	assert_int_equal(type_of(&a, "Gerald Ashby-Marne"), ACTOR_PERSON);
	assert_int_equal(type_of(&a, "Emrys Pellowden"), ACTOR_PERSON);
	assert_int_equal(type_of(&a, "Tribal"), -1);
	assert_int_equal(type_of(&a, "UK Fisheries"), -1);
	assert_int_equal(type_of(&a, "Fisheries"), -1);
	assert_int_equal(type_of(&a, "United Kingdom"), ACTOR_PLACE);
	assert_int_equal(type_of(&a, "Whoever"), -1);
	assert_int_equal(type_of(&a, "Year"), -1);    /* a common word and a number */
	close_text(&a, saved);
	free(list);
}

static const char *fr_text =
	"Le conseil municipal a voté jeudi le budget de la commune.\n\n"
	"Le projet, porté par Vivre, a été présenté aux élus. Les représentants de Rivage ont quitté "
	"la salle avant le vote.\n\n"
	"Les habitants ont créé une association baptisée Lanterne. Lanterne compte 200 adhérents et "
	"Lanterne se réunira en mars. M. Prairie, son président, a écrit à Claire Morvan.\n";

static void test_fr(void **state)
{
	(void)state;
	char *list = write_list("fr", "lanterne\nprairie\nrivage\nvivre\n");
	struct article a;
	lang *saved;
	open_with(&a, &saved, fr_text, "fr", pack_with("fr", list));
	assert_int_equal(type_of(&a, "Vivre"), -1);           /* « porté par Vivre » */
	assert_int_equal(type_of(&a, "Rivage"), -1);          /* « de Rivage » */
	assert_int_equal(type_of(&a, "Lanterne"), ACTOR_ORG);
	assert_int_equal(type_of(&a, "Prairie"), ACTOR_PERSON);  /* after « M. » */
	assert_int_equal(type_of(&a, "Claire Morvan"), ACTOR_PERSON);
	close_text(&a, saved);
	free(list);
}

/* Lists that are not there: no evidence from them, the rest as usual. */
static void test_missing_lists(void **state)
{
	(void)state;
	char *lists = xasprintf("%s/absent-a, %s/absent-b", dir, dir);
	struct article a;
	lang *saved;
	open_with(&a, &saved, en_text, "en", pack_with("en", lists));
	assert_int_equal(type_of(&a, "Lantern"), ACTOR_ORG);
	assert_int_equal(type_of(&a, "Keep"), ACTOR_PERSON);
	assert_int_equal(type_of(&a, "Tom Reed"), ACTOR_PERSON);
	assert_int_equal(type_of(&a, "Terminal 2"), ACTOR_PLACE);
	close_text(&a, saved);
	open_with(&a, &saved, fr_text, "fr", pack_with("fr", lists));
	assert_int_equal(type_of(&a, "Lanterne"), ACTOR_ORG);
	assert_int_equal(type_of(&a, "Prairie"), ACTOR_PERSON);
	assert_int_not_equal(type_of(&a, "Vivre"), -1);
	close_text(&a, saved);
	free(lists);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_en),
		cmocka_unit_test(test_fr),
		cmocka_unit_test(test_en_title_domain),
		cmocka_unit_test(test_missing_lists),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
