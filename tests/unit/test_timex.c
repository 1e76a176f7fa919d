/* test_timex.c — time expressions: recognition per family, normalisation
 * rules, calendar arithmetic.  Sentences written for these tests. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "timex_date.h"
#include "timex_lex.h"
#include "timex_match.h"
#include "timex_norm.h"

/* ---- helpers -------------------------------------------------------------- */

/* The time expression whose text is exactly `text` (n-th such), or NULL. */
static const struct ann *find_time(struct article *a, const char *text, int nth)
{
	size_t n;
	const int *ids = annots_of_kind(a->an, ANN_TIME, &n);
	const char *t = doc_text(a->doc);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(a->an, ids[i]);
		if (x->end - x->start == strlen(text) && memcmp(t + x->start, text, x->end - x->start) == 0 &&
		    nth-- == 0)
			return x;
	}
	return NULL;
}

static void dump(struct article *a)
{
	size_t n;
	const int *ids = annots_of_kind(a->an, ANN_TIME, &n);
	const char *t = doc_text(a->doc);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(a->an, ids[i]);
		fprintf(stderr, "  found [%.*s] %s %s\n", (int)(x->end - x->start), t + x->start,
		        annots_time_type_name(x->subtype), annots_str(a->an, annots_id(a->an, x)) ? annots_str(a->an, annots_id(a->an, x)) : "null");
	}
}

#define EXPECT(a, text, type, value) expect_time(a, text, 0, type, value, __LINE__)
#define EXPECT_NTH(a, text, nth, type, value) expect_time(a, text, nth, type, value, __LINE__)

static void expect_time(struct article *a, const char *text, int nth, enum time_type type, const char *value,
                        int line)
{
	const struct ann *x = find_time(a, text, nth);
	if (!x) {
		dump(a);
		fail_msg("line %d: no time expression [%s]", line, text);
	}
	if (x->subtype != type) {
		dump(a);
		fail_msg("line %d: [%s] is a %s, not a %s", line, text, annots_time_type_name(x->subtype),
		         annots_time_type_name(type));
	}
	if (!value != !annots_str(a->an, annots_id(a->an, x)) || (value && strcmp(value, annots_str(a->an, annots_id(a->an, x))) != 0)) {
		dump(a);
		fail_msg("line %d: [%s] = %s, expected %s", line, text, annots_str(a->an, annots_id(a->an, x)) ? annots_str(a->an, annots_id(a->an, x)) : "null",
		         value ? value : "null");
	}
}

/* No time expression overlaps the first occurrence of `text`. */
static void expect_none(struct article *a, const char *text)
{
	const char *t = doc_text(a->doc);
	const char *p = strstr(t, text);
	assert_non_null(p);
	size_t s = (size_t)(p - t), e = s + strlen(text);
	size_t n;
	const int *ids = annots_of_kind(a->an, ANN_TIME, &n);
	for (size_t i = 0; i < n; i++) {
		const struct ann *x = annots_get(a->an, ids[i]);
		if (x->start < e && x->end > s) {
			dump(a);
			fail_msg("unexpected time expression in [%s]", text);
		}
	}
}

static void open_fr(struct article *a, const char *text, const char *date)
{
	test_article(a, text, "fr", date, "timex");
}

static void open_en(struct article *a, const char *text, const char *date)
{
	test_article(a, text, "en", date, "timex");
}

/* ---- calendar ----------------------------------------------------------- */

static void test_calendar(void **state)
{
	(void)state;
	int y, m, d;
	assert_int_equal(tx_days(1970, 1, 1), 0);
	tx_civil(tx_days(2024, 2, 29) + 1, &y, &m, &d);
	assert_true(y == 2024 && m == 3 && d == 1);
	tx_civil(tx_days(2023, 2, 28) + 1, &y, &m, &d);
	assert_true(y == 2023 && m == 3 && d == 1);
	tx_civil(tx_days(1999, 12, 31) + 1, &y, &m, &d);
	assert_true(y == 2000 && m == 1 && d == 1);
	assert_true(tx_leap(2000) && tx_leap(2024) && !tx_leap(1900) && !tx_leap(2025));
	assert_false(tx_valid(2025, 2, 29));
	assert_true(tx_valid(2024, 2, 29));
	assert_int_equal(tx_wday(tx_days(2025, 12, 3)), 3);   /* a Wednesday */
	assert_int_equal(tx_wday(tx_days(2025, 12, 7)), 7);
	int wy, w;
	tx_isoweek(tx_days(2021, 1, 3), &wy, &w);              /* Sunday of 2020-W53 */
	assert_true(wy == 2020 && w == 53);
	tx_isoweek(tx_days(2021, 1, 4), &wy, &w);
	assert_true(wy == 2021 && w == 1);
	tx_isoweek(tx_days(2024, 12, 30), &wy, &w);            /* Monday of 2025-W01 */
	assert_true(wy == 2025 && w == 1);
	assert_int_equal(tx_isoweek_monday(2025, 1), tx_days(2024, 12, 30));
	y = 2025, m = 1;
	tx_add_months(&y, &m, -1);
	assert_true(y == 2024 && m == 12);
	tx_add_months(&y, &m, 14);
	assert_true(y == 2026 && m == 2);
}

static void test_value_points(void **state)
{
	(void)state;
	struct tx_point p;
	assert_true(tx_value_point("2025-12-02T17:00", &p));
	assert_true(p.y == 2025 && p.m == 12 && p.d == 2 && p.h == 17 && p.mi == 0 && p.gran == TXG_MINUTE);
	assert_true(tx_value_point("2025-10", &p) && p.gran == TXG_MONTH && p.d == 1);
	assert_true(tx_value_point("2012-W26-WE", &p) && p.y == 2012 && p.m == 6 && p.d == 30);
	assert_true(tx_value_point("199", &p) && p.y == 1990 && p.gran == TXG_DECADE);
	assert_true(tx_value_point("14", &p) && p.y == 1400 && p.gran == TXG_CENTURY);
	assert_true(tx_value_point("2025-WI", &p) && p.y == 2025 && p.m == 12);
	assert_true(tx_value_point("2025-12-03TEV", &p) && p.gran == TXG_PART);
	assert_false(tx_value_point("P3Y", &p));
	assert_false(tx_value_point("XXXX-XX-XXT16:30", &p));
	assert_false(tx_value_point("XXXX-WXX-1", &p));
	assert_false(tx_value_point("2025-02-30", &p));
	assert_false(tx_value_point(NULL, &p));
	int y, m, d;
	assert_true(tx_value_day("2025-12-02T17:00", &y, &m, &d) && d == 2);
	assert_false(tx_value_day("2025-12", &y, &m, &d));
	assert_false(tx_value_day("2025-W49", &y, &m, &d));
}

/* The normaliser on hand-built meanings: the resolution rules. */
static void test_normalise_rules(void **state)
{
	(void)state;
	char v[64];
	struct tx_sem s;
	struct tx_ref r = {.has_ref = true, .y = 2025, .m = 12, .d = 3};   /* a Wednesday */
	/* weekday: on or before, strictly before with "last", after in the future */
	tx_sem_init(&s);
	s.anchor = TXA_WEEKDAY;
	s.wday = 3;
	assert_true(tx_normalise(&s, &r, v, sizeof v));
	assert_string_equal(v, "2025-12-03");
	s.dir = TXM_LAST;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "2025-11-26");
	s.dir = TXM_NONE;
	s.wday = 4;
	r.tense = -1;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "2025-11-27");
	/* no tense cue: the coming one unless the last one is less than half
	 * as far; after a narration in the past, the other way round */
	static const struct {
		int wday, lean;
		const char *v;
	} bare[] = {
		{4, 0, "2025-12-04"},  {4, -1, "2025-12-04"},   /* 1 day ahead, 6 back */
		{6, 0, "2025-12-06"},  {6, -1, "2025-11-29"},   /* 3 ahead, 4 back */
		{7, 0, "2025-12-07"},  {7, -1, "2025-11-30"},   /* 4 ahead, 3 back */
		{7, 1, "2025-12-07"},
		{1, 0, "2025-12-01"},  {1, -1, "2025-12-01"},   /* 5 ahead, 2 back */
		{3, 0, "2025-12-03"},  {3, -1, "2025-12-03"},   /* the reference's weekday: that day */
	};
	r.tense = 0;
	for (size_t i = 0; i < ARRAY_LEN(bare); i++) {
		s.wday = bare[i].wday;
		s.lean = bare[i].lean;
		assert_true(tx_normalise(&s, &r, v, sizeof v));
		if (strcmp(v, bare[i].v) != 0)
			fail_msg("weekday %d, lean %d: %s, expected %s", bare[i].wday, bare[i].lean, v, bare[i].v);
	}
	/* the clause's tense wins over the narration */
	s.wday = 4;
	s.lean = -1;
	r.tense = 1;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "2025-12-04");
	s.wday = 6;
	s.lean = 1;
	r.tense = -1;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "2025-11-29");
	s.wday = 4;
	s.lean = 0;
	r.tense = 1;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "2025-12-04");
	s.dir = TXM_THIS;
	s.wday = 1;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "2025-12-01");
	r.tense = 0;
	/* a weekday before the first of the month, and across the new year */
	struct tx_ref r1 = {.has_ref = true, .y = 2025, .m = 12, .d = 1};  /* a Monday */
	tx_sem_init(&s);
	s.anchor = TXA_WEEKDAY;
	s.wday = 6;
	tx_normalise(&s, &r1, v, sizeof v);
	assert_string_equal(v, "2025-11-29");
	struct tx_ref r2 = {.has_ref = true, .y = 2026, .m = 1, .d = 1};   /* a Thursday */
	s.wday = 2;
	tx_normalise(&s, &r2, v, sizeof v);
	assert_string_equal(v, "2025-12-30");
	/* a month: the most recent, or the next one in the future */
	tx_sem_init(&s);
	s.anchor = TXA_ABS;
	s.m = 12;
	s.dir = TXM_LAST;
	struct tx_ref jan = {.has_ref = true, .y = 2026, .m = 1, .d = 15};
	tx_normalise(&s, &jan, v, sizeof v);
	assert_string_equal(v, "2025-12");
	s.dir = TXM_NONE;
	s.m = 3;
	jan.tense = 1;
	tx_normalise(&s, &jan, v, sizeof v);
	assert_string_equal(v, "2026-03");
	/* in the past, one or two months ahead: the coming one ("said it
	 * would vote in March"), unless its own verb is past ("ended in
	 * March") or after « depuis » */
	jan.tense = -1;
	tx_normalise(&s, &jan, v, sizeof v);
	assert_string_equal(v, "2026-03");
	s.past_bound = true;
	tx_normalise(&s, &jan, v, sizeof v);
	assert_string_equal(v, "2025-03");
	s.past_bound = false;
	s.m = 4;
	tx_normalise(&s, &jan, v, sizeof v);
	assert_string_equal(v, "2025-04");   /* three months ahead: the last one */
	s.m = 3;
	/* 29 February without a year: the leap year before */
	s.m = 2;
	s.d = 29;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "2024-02-29");
	/* durations and sets */
	tx_sem_init(&s);
	s.type = TIME_DURATION;
	s.unit = TXU_HOUR;
	s.dur_n = 5;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "PT5H");
	s.dur_half = true;
	s.dur_n = 1;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "PT1H30M");
	s.dur_half = false;
	s.unit = TXU_DECADE | TXU_PLURAL;
	s.dur_n = -1;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "PXDE");
	tx_sem_init(&s);
	s.type = TIME_SET;
	s.wday = 1;
	tx_normalise(&s, &r, v, sizeof v);
	assert_string_equal(v, "XXXX-WXX-1");
	/* unit references: weeks across a year boundary */
	tx_sem_init(&s);
	s.anchor = TXA_UNITREF;
	s.unit = TXU_WEEK;
	s.n = -1;
	struct tx_ref r3 = {.has_ref = true, .y = 2025, .m = 1, .d = 2};
	tx_normalise(&s, &r3, v, sizeof v);
	assert_string_equal(v, "2024-W52");
	/* seasons: "last winter" in January is the one before this one */
	tx_sem_init(&s);
	s.anchor = TXA_SEASON;
	s.season = 4;
	s.dir = TXM_LAST;
	tx_normalise(&s, &jan, v, sizeof v);
	assert_string_equal(v, "2024-WI");
	/* without a reference: deictic is null, a clock time keeps its hour */
	struct tx_ref none = {0};
	tx_sem_init(&s);
	s.anchor = TXA_RELDAY;
	s.n = -1;
	assert_false(tx_normalise(&s, &none, v, sizeof v));
	tx_sem_init(&s);
	s.type = TIME_TIME;
	s.hour = 16;
	s.minute = 30;
	assert_true(tx_normalise(&s, &none, v, sizeof v));
	assert_string_equal(v, "XXXX-XX-XXT16:30");
}

/* ---- recognition per family --------------------------------------------- */

static void test_weekdays_fr(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Compte rendu\n"
	            "La ministre est arrivée mardi à Lyon et a parlé mercredi aux élus. "
	            "Elle repartira vendredi. Elle était déjà venue lundi dernier, et reviendra lundi prochain. "
	            "Ce lundi, le conseil a siégé.\n",
	        "2025-12-03");
	EXPECT(&a, "mardi", TIME_DATE, "2025-12-02");
	EXPECT(&a, "mercredi", TIME_DATE, "2025-12-03");
	EXPECT(&a, "vendredi", TIME_DATE, "2025-12-05");      /* future tense */
	EXPECT(&a, "lundi dernier", TIME_DATE, "2025-12-01");
	EXPECT(&a, "lundi prochain", TIME_DATE, "2025-12-08");
	EXPECT(&a, "Ce lundi", TIME_DATE, "2025-12-01");
	article_close(&a);
}

static void test_weekdays_en(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Report\n"
	            "The mayor spoke on Tuesday and will travel on Friday. "
	            "She met the board last Monday and plans a vote next Wednesday. "
	            "The Sunday Times carried the story.\n",
	        "2025-12-03");
	EXPECT(&a, "Tuesday", TIME_DATE, "2025-12-02");
	EXPECT(&a, "Friday", TIME_DATE, "2025-12-05");
	EXPECT(&a, "last Monday", TIME_DATE, "2025-12-01");
	EXPECT(&a, "next Wednesday", TIME_DATE, "2025-12-10");
	expect_none(&a, "Sunday Times");
	article_close(&a);
	/* the first of the month is a Monday: Saturday is in the month before */
	open_en(&a, "Note\nThe shop closed on Saturday.\n", "2025-12-01");
	EXPECT(&a, "Saturday", TIME_DATE, "2025-11-29");
	article_close(&a);
	/* new year's day: Tuesday is in the old year */
	open_en(&a, "Note\nThe result came on Tuesday.\n", "2026-01-01");
	EXPECT(&a, "Tuesday", TIME_DATE, "2025-12-30");
	article_close(&a);
	/* a day and its clock time after "at" are one point in time; not a
	 * clock time after anything else */
	open_en(&a, "Note\nThe jury met on Tuesday at 4:30 p.m. The verdict came Dec. 1 at about 10 a.m. "
	            "On Monday, by 9 a.m., the doors were shut.\n", "2025-12-03");
	EXPECT(&a, "Tuesday at 4:30 p.m.", TIME_TIME, "2025-12-02T16:30");
	EXPECT(&a, "Dec. 1 at about 10 a.m.", TIME_TIME, "2025-12-01T10:00");
	EXPECT(&a, "Monday", TIME_DATE, "2025-12-01");
	article_close(&a);
	/* scheduled events are ahead: "set for", "slated for", "opens on" */
	open_en(&a, "Note\nThe vote is set for Thursday. The gallery opens on Feb. 9. The fair was held on Monday.\n",
	        "2025-12-03");
	EXPECT(&a, "Thursday", TIME_DATE, "2025-12-04");
	EXPECT(&a, "Feb. 9", TIME_DATE, "2026-02-09");
	EXPECT(&a, "Monday", TIME_DATE, "2025-12-01");
	article_close(&a);
}

static void test_dates_fr(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Dates\n"
	            "Le pont a ouvert le 3 mars 2024, puis le 1er janvier le péage a été supprimé. "
	            "Le bail court depuis le 29 février 2024. Le contrat signé le 15/06/2025 remplace celui du 2025-11-28. "
	            "Le dimanche 15 mars 2026, on votera. Le 6 février 1998 reste dans les mémoires.\n",
	        "2025-12-03");
	EXPECT(&a, "3 mars 2024", TIME_DATE, "2024-03-03");
	EXPECT(&a, "1er janvier", TIME_DATE, "2025-01-01");
	EXPECT(&a, "29 février 2024", TIME_DATE, "2024-02-29");
	EXPECT(&a, "15/06/2025", TIME_DATE, "2025-06-15");
	EXPECT(&a, "2025-11-28", TIME_DATE, "2025-11-28");
	EXPECT(&a, "dimanche 15 mars 2026", TIME_DATE, "2026-03-15");
	EXPECT(&a, "6 février 1998", TIME_DATE, "1998-02-06");
	expect_none(&a, "Le pont");
	article_close(&a);
	/* 29 February 2025 does not exist */
	open_fr(&a, "Erreur\nLa date du 29 février 2025 est fausse.\n", "2025-12-03");
	assert_null(find_time(&a, "29 février 2025", 0));
	article_close(&a);
}

static void test_dates_en(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Dates\n"
	            "The bridge opened on March 3, 2024 and the toll ended Jan. 15. "
	            "The lease signed 6/15/2025 replaced the one from the 3rd of December. "
	            "Voters go to the polls on Sunday, March 15, 2026.\n",
	        "2025-12-03");
	EXPECT(&a, "March 3, 2024", TIME_DATE, "2024-03-03");
	EXPECT(&a, "Jan. 15", TIME_DATE, "2025-01-15");
	EXPECT(&a, "6/15/2025", TIME_DATE, "2025-06-15");
	EXPECT(&a, "3rd of December", TIME_DATE, "2025-12-03");
	EXPECT(&a, "Sunday, March 15, 2026", TIME_DATE, "2026-03-15");
	article_close(&a);
}

static void test_months_years(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Chronologie\n"
	            "Le sommet a été annulé en octobre. Depuis janvier, les prix montent. "
	            "Les élections auront lieu en mars. La ligne a ouvert en 2010 et fermera en 2030. "
	            "Un budget de 2000 euros a été voté. Plus de 13 000 personnes ont défilé. "
	            "En mai 1999, la crise a éclaté. Le 30 juin dernier, la digue a cédé.\n",
	        "2025-12-03");
	EXPECT(&a, "octobre", TIME_DATE, "2025-10");
	EXPECT(&a, "janvier", TIME_DATE, "2025-01");
	EXPECT(&a, "mars", TIME_DATE, "2026-03");             /* future tense */
	EXPECT(&a, "2010", TIME_DATE, "2010");
	EXPECT(&a, "2030", TIME_DATE, "2030");
	EXPECT(&a, "mai 1999", TIME_DATE, "1999-05");
	EXPECT(&a, "30 juin dernier", TIME_DATE, "2025-06-30");
	expect_none(&a, "2000 euros");
	expect_none(&a, "13 000");
	article_close(&a);
	/* "last December" in January is the month before */
	open_en(&a, "Note\nPrices fell last December and rose in 2009. You may go now.\n", "2026-01-15");
	EXPECT(&a, "last December", TIME_DATE, "2025-12");
	EXPECT(&a, "2009", TIME_DATE, "2009");
	expect_none(&a, "may");
	article_close(&a);
	open_en(&a, "Note\nThe law passed in May, before the recess.\n", "2025-12-03");
	EXPECT(&a, "May", TIME_DATE, "2025-05");
	article_close(&a);
	/* No tense to go by: a month among the next three is the coming one,
	 * a later one the one past. */
	open_fr(&a, "Calendrier\nLe chantier du port : en avril, la digue ; en novembre, l'écluse.\n", "2026-02-10");
	EXPECT(&a, "avril", TIME_DATE, "2026-04");
	EXPECT(&a, "novembre", TIME_DATE, "2025-11");
	article_close(&a);
	/* "a"/« une » before a unit that is something else. */
	open_en(&a, "Filing\nAn SEC filing showed the loss. A second ferry pier will open. He paused for a second, then "
	            "left.\n", "2026-02-10");
	expect_none(&a, "An SEC");
	expect_none(&a, "A second");
	EXPECT(&a, "a second", TIME_DURATION, "PT1S");
	article_close(&a);
	open_fr(&a, "Vague\nUne seconde vague est attendue au port. Il a hésité une seconde, puis il est parti.\n",
	        "2026-02-10");
	expect_none(&a, "Une seconde");
	EXPECT(&a, "une seconde", TIME_DURATION, "PT1S");
	article_close(&a);
	open_en(&a, "Calendar\nThe harbour works: the sea wall in May, the lock in October.\n", "2026-02-10");
	EXPECT(&a, "May", TIME_DATE, "2026-05");
	EXPECT(&a, "October", TIME_DATE, "2025-10");
	article_close(&a);
}

static void test_times_of_day(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Séance\n"
	            "Mardi, les ministres se sont réunis au palais. "
	            "La séance, prévue à 17 heures (heure locale), a débuté à 17 h 30 et s'est close vers 21h45. "
	            "Jeudi, le vote aura lieu à midi.\n",
	        "2025-12-03");
	EXPECT(&a, "Mardi", TIME_DATE, "2025-12-02");
	/* a time of day takes the day of the date before it */
	EXPECT(&a, "17 heures", TIME_TIME, "2025-12-02T17:00");
	EXPECT(&a, "17 h 30", TIME_TIME, "2025-12-02T17:30");
	EXPECT(&a, "21h45", TIME_TIME, "2025-12-02T21:45");
	EXPECT(&a, "Jeudi", TIME_DATE, "2025-12-04");
	EXPECT(&a, "midi", TIME_TIME, "2025-12-04T12:00");
	article_close(&a);
	open_en(&a, "Ballot\n"
	            "Doors open at 5 p.m. and close at 17:00 GMT. "
	            "The vote was called at about 4:30pm and the count ended at 11:30 a.m. the next day.\n",
	        "2025-12-03");
	EXPECT(&a, "about 4:30pm", TIME_TIME, "2025-12-03T16:30");
	EXPECT(&a, "11:30 a.m.", TIME_TIME, "2025-12-04T11:30");
	EXPECT(&a, "5 p.m.", TIME_TIME, "2025-12-03T17:00");
	EXPECT(&a, "17:00 GMT", TIME_TIME, "2025-12-03T17:00");   /* the zone's abbreviation is part of it */
	article_close(&a);
	/* no document date: the hour without a day */
	open_fr(&a, "Séance\nLa séance a commencé à 9 heures du soir.\n", NULL);
	EXPECT(&a, "9 heures du soir", TIME_TIME, "XXXX-XX-XXT21:00");
	article_close(&a);
	/* merged with the day phrase after it */
	open_fr(&a, "Drame\nL'avocat a été abattu à 9 heures ce matin.\n", "2012-10-16");
	EXPECT(&a, "9 heures ce matin", TIME_TIME, "2012-10-16T09:00");
	article_close(&a);
}

static void test_durations(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Durées\n"
	            "La conversation de cinq heures a commencé avec près de trois heures de retard. "
	            "Il a passé vingt-huit jours en prison, puis trois cent trente-trois jours en exil. "
	            "Le match a duré quatre-vingt-dix minutes et la pause une heure et demie. "
	            "Depuis plusieurs années, la mosquée est fermée depuis des décennies. "
	            "Ces derniers jours, les deux dernières années ont été rappelées. "
	            "Un jour, il reviendra. Il était âgé de 44 ans.\n",
	        "2025-12-03");
	EXPECT(&a, "cinq heures", TIME_DURATION, "PT5H");
	EXPECT(&a, "trois heures", TIME_DURATION, "PT3H");    /* « près de » stays outside */
	EXPECT(&a, "vingt-huit jours", TIME_DURATION, "P28D");
	EXPECT(&a, "trois cent trente-trois jours", TIME_DURATION, "P333D");
	EXPECT(&a, "quatre-vingt-dix minutes", TIME_DURATION, "PT90M");
	EXPECT(&a, "une heure et demie", TIME_DURATION, "PT1H30M");
	EXPECT(&a, "plusieurs années", TIME_DURATION, "PXY");
	EXPECT(&a, "des décennies", TIME_DURATION, "PXDE");
	EXPECT(&a, "Ces derniers jours", TIME_DURATION, "PXD");
	EXPECT(&a, "deux dernières années", TIME_DURATION, "P2Y");
	expect_none(&a, "Un jour");
	expect_none(&a, "44 ans");
	article_close(&a);
	open_en(&a, "Spans\n"
	            "He has lived there for the past three years, and for two weeks in 1999. "
	            "The talks took an hour, then just under a week. A 44-year-old man waited twenty-one days.\n",
	        "2025-12-03");
	EXPECT(&a, "the past three years", TIME_DURATION, "P3Y");
	EXPECT(&a, "two weeks", TIME_DURATION, "P2W");
	EXPECT(&a, "an hour", TIME_DURATION, "PT1H");
	EXPECT(&a, "just under a week", TIME_DURATION, "P1W");
	EXPECT(&a, "twenty-one days", TIME_DURATION, "P21D");
	expect_none(&a, "44-year-old");
	article_close(&a);
}

static void test_relative(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Relatif\n"
	            "Hier soir, le maire a parlé. Il reviendra demain matin. La semaine dernière, rien. "
	            "Il y a deux ans, le pont a cédé. L'an dernier, la crue a tout emporté. "
	            "Ce matin, il pleuvait ; cet après-midi il fera beau. Le week-end dernier fut calme. "
	            "Cette année, le mois prochain sera chargé. Aujourd'hui, tout va bien.\n",
	        "2025-12-03");
	EXPECT(&a, "Hier soir", TIME_TIME, "2025-12-02TEV");
	EXPECT(&a, "demain matin", TIME_TIME, "2025-12-04TMO");
	EXPECT(&a, "semaine dernière", TIME_DATE, "2025-W48");
	EXPECT(&a, "Il y a deux ans", TIME_DATE, "2023");
	EXPECT(&a, "an dernier", TIME_DATE, "2024");
	EXPECT(&a, "Ce matin", TIME_TIME, "2025-12-03TMO");
	EXPECT(&a, "cet après-midi", TIME_TIME, "2025-12-03TAF");
	EXPECT(&a, "week-end dernier", TIME_DATE, "2025-W48-WE");
	EXPECT(&a, "Cette année", TIME_DATE, "2025");
	EXPECT(&a, "mois prochain", TIME_DATE, "2026-01");
	EXPECT(&a, "Aujourd'hui", TIME_DATE, "2025-12-03");
	article_close(&a);
	open_en(&a, "Relative\n"
	            "Yesterday the council met; tomorrow it votes. Last week was calm, next month will not be. "
	            "Two years ago the dam broke. This evening the mayor speaks, and tonight the band plays. "
	            "Last night was cold. The next day it snowed.\n",
	        "2025-12-03");
	EXPECT(&a, "Yesterday", TIME_DATE, "2025-12-02");
	EXPECT(&a, "tomorrow", TIME_DATE, "2025-12-04");
	EXPECT(&a, "Last week", TIME_DATE, "2025-W48");
	EXPECT(&a, "next month", TIME_DATE, "2026-01");
	EXPECT(&a, "Two years ago", TIME_DATE, "2023");
	EXPECT(&a, "This evening", TIME_TIME, "2025-12-03TEV");
	EXPECT(&a, "tonight", TIME_TIME, "2025-12-03TNI");
	EXPECT(&a, "Last night", TIME_TIME, "2025-12-02TNI");
	EXPECT(&a, "The next day", TIME_DATE, "2025-12-03");     /* the day after the last one named */
	article_close(&a);
}

static void test_sets(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Rythmes\n"
	            "Chaque lundi, le conseil se réunit ; tous les deux ans, il change de président. "
	            "Son blog vidéo hebdomadaire est suivi. Le quotidien Le Soir en parle. Elle paie 300 euros par mois.\n",
	        "2025-12-03");
	EXPECT(&a, "Chaque lundi", TIME_SET, "XXXX-WXX-1");
	EXPECT(&a, "tous les deux ans", TIME_SET, "P2Y");
	EXPECT(&a, "hebdomadaire", TIME_SET, "P1W");
	EXPECT(&a, "par mois", TIME_SET, "P1M");
	expect_none(&a, "quotidien");
	article_close(&a);
	open_en(&a, "Habits\nThe hall opens everyday at 11:30 a.m. and every year a fair is held. "
	            "The board meets every Monday at noon.\n",
	        "2005-09-23");
	EXPECT(&a, "everyday", TIME_SET, "P1D");
	EXPECT(&a, "every year", TIME_SET, "P1Y");
	EXPECT(&a, "every Monday", TIME_SET, "XXXX-WXX-1");
	EXPECT(&a, "noon", TIME_TIME, "XXXX-XX-XXT12:00");       /* beside a set: no day */
	article_close(&a);
}

/* Seasons are named by the year they start in (a winter by its December);
 * « dernier », "last", "this" count from the season under way by the
 * equinoxes and solstices, a bare season name from its first month. */
static void test_season_years(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Chauffage\n"
	            "La chaudière est tombée en panne trois fois l'hiver dernier. "
	            "Cet hiver, le bailleur promet une machine neuve. "
	            "La mairie a voté le budget au printemps.\n",
	        "2026-03-12");
	EXPECT(&a, "hiver dernier", TIME_DATE, "2024-WI");
	EXPECT(&a, "Cet hiver", TIME_DATE, "2025-WI");
	EXPECT(&a, "printemps", TIME_DATE, "2026-SP");
	article_close(&a);
	open_fr(&a, "Neige\nLes pistes ouvriront cet hiver, après un été dernier très sec.\n", "2026-09-10");
	EXPECT(&a, "cet hiver", TIME_DATE, "2026-WI");
	EXPECT(&a, "été dernier", TIME_DATE, "2025-SU");
	article_close(&a);
	open_en(&a, "Barley\nBarley prices doubled last summer. This winter will test the growers. "
	            "The mill closed last winter.\n",
	        "2026-09-10");
	EXPECT(&a, "last summer", TIME_DATE, "2025-SU");
	EXPECT(&a, "This winter", TIME_DATE, "2026-WI");
	EXPECT(&a, "last winter", TIME_DATE, "2025-WI");
	article_close(&a);
}

/* Tense: a future verb carries into the clauses that hang on it, « si » /
 * "if" opens a clause of its own, "expected", "could", « attendue » look
 * ahead, irregular past forms look back unless after "will be"; the
 * quarter under way is this year's in any tense. */
static void test_tense_cues(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Plans\n"
	            "The board would vote on the plan before the members meet again in March. "
	            "The judge said she would rule by 5pm on Friday if the parties were still apart. "
	            "The census, expected in September, could change the map in August. "
	            "The mayor told reporters on Monday that the fair will be held on Thursday. "
	            "The firm will publish its fourth-quarter figures soon.\n",
	        "2026-11-18");
	EXPECT(&a, "March", TIME_DATE, "2027-03");
	EXPECT(&a, "5pm on Friday", TIME_TIME, "2026-11-20T17:00");
	EXPECT(&a, "September", TIME_DATE, "2027-09");
	EXPECT(&a, "August", TIME_DATE, "2027-08");
	EXPECT(&a, "Monday", TIME_DATE, "2026-11-16");
	EXPECT(&a, "Thursday", TIME_DATE, "2026-11-19");
	EXPECT(&a, "fourth-quarter", TIME_DATE, "2026-Q4");
	article_close(&a);
	open_fr(&a, "Visite\n"
	            "La préfète est attendue vendredi à la mairie. "
	            "Le syndicat reprendra la grève lundi si rien n'a changé. "
	            "Le comité publiera ses comptes du quatrième trimestre après la fête.\n",
	        "2026-11-18");
	EXPECT(&a, "vendredi", TIME_DATE, "2026-11-20");
	EXPECT(&a, "lundi", TIME_DATE, "2026-11-23");
	EXPECT(&a, "quatrième trimestre", TIME_DATE, "2026-Q4");
	article_close(&a);
}

/* « dans » + a count of days or more is a point ahead; "in" + a count
 * stays a duration. */
static void test_ahead_counts(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Chantier\n"
	            "Le pont rouvrira dans deux ans, et la route dans 3 semaines. "
	            "Les travaux dureront dans les six mois, soit pendant deux mois l'hiver.\n",
	        "2026-11-12");
	EXPECT(&a, "deux ans", TIME_DATE, "2028");
	EXPECT(&a, "3 semaines", TIME_DATE, "2026-W49");
	EXPECT(&a, "deux mois", TIME_DURATION, "P2M");
	article_close(&a);
	open_en(&a, "Bridge\nThe bridge was rebuilt in two years.\n", "2026-11-12");
	EXPECT(&a, "two years", TIME_DURATION, "P2Y");
	article_close(&a);
}

static void test_decades_seasons(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Histoire\n"
	            "Les années 1990 ont été dures. La porte date du XVe siècle. "
	            "Il était avocat jusqu'au printemps dernier. Tout a été calme l'été 2012.\n",
	        "2012-10-16");
	EXPECT(&a, "années 1990", TIME_DATE, "199");
	EXPECT(&a, "XVe siècle", TIME_DATE, "14");
	EXPECT(&a, "printemps dernier", TIME_DATE, "2012-SP");
	EXPECT(&a, "été 2012", TIME_DATE, "2012-SU");
	expect_none(&a, "a été calme");
	article_close(&a);
	open_en(&a, "History\nThe 1990s were hard, as in the 20th century. The fall of the wall came last winter.\n",
	        "2026-01-15");
	EXPECT(&a, "The 1990s", TIME_DATE, "199");
	EXPECT(&a, "the 20th century", TIME_DATE, "19");
	EXPECT(&a, "last winter", TIME_DATE, "2024-WI");
	expect_none(&a, "fall of");
	article_close(&a);
}

static void test_unresolvable(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Sans date\nHier, le maire a parlé ; mardi, il a voté. En octobre, rien.\n", NULL);
	EXPECT(&a, "Hier", TIME_DATE, NULL);
	EXPECT(&a, "mardi", TIME_DATE, NULL);
	EXPECT(&a, "octobre", TIME_DATE, "XXXX-10");
	article_close(&a);
	open_en(&a, "Undated\nThe party changed its leader this evening; tonight was long.\n", NULL);
	EXPECT(&a, "this evening", TIME_TIME, "XXXX-XX-XXTEV");
	EXPECT(&a, "tonight", TIME_TIME, "XXXX-XX-XXTNI");
	article_close(&a);
}

/* Words inside a quotation are dated from the day the speaker spoke. */
static void test_quoted_reference(void **state)
{
	(void)state;
	struct article a;
	const char *text = "Visite\n« Je suis arrivé hier », a déclaré jeudi le ministre.\n";
	test_article(&a, text, "fr", "2025-12-03", "none");
	const char *t = doc_text(a.doc);
	size_t qs = (size_t)(strstr(t, "Je suis") - t), qe = (size_t)(strstr(t, " »") - t);
	size_t cs = (size_t)(strstr(t, "a déclaré") - t);
	int q = annots_add(a.an, ANN_QUOTE, qs, qe, -1, -1, QUOTE_DIRECT, 1, NULL);
	int c = annots_add(a.an, ANN_CUE, cs, cs + strlen("a déclaré"), -1, q, 0, 1, NULL);
	annots_get(a.an, q)->link = c;
	struct xctx x = {a.doc, a.an, a.lang};
	struct gerr e = {0};
	assert_int_equal(extract_timex.run(&x, &e), 0);
	EXPECT(&a, "jeudi", TIME_DATE, "2025-11-27");
	EXPECT(&a, "hier", TIME_DATE, "2025-11-26");   /* the day before that Thursday */
	article_close(&a);
}

/* A bare weekday with no tense cue in its clause: the clause's tense when
 * it has one, else the coming day, or the last one after a narration in
 * the past.  2025-12-06 is a Saturday. */
static void test_bare_weekdays(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Council\nThe vote is on Tuesday. On Tuesday, police said the road was closed.\n", "2025-12-06");
	EXPECT(&a, "Tuesday", TIME_DATE, "2025-12-09");         /* the present: the coming one */
	EXPECT_NTH(&a, "Tuesday", 1, TIME_DATE, "2025-12-02");  /* "police said" */
	article_close(&a);
	/* the same caption after a narration in the past, and after a preview */
	open_en(&a, "Arrests\nPolice arrested two men on Thursday. They were charged on Friday.\n"
	            "Photo: the rally in Lyon on Tuesday.\n", "2025-12-06");
	EXPECT(&a, "Tuesday", TIME_DATE, "2025-12-02");
	article_close(&a);
	open_en(&a, "Strike\nThe unions will walk out on Monday.\nPhoto: the rally in Lyon on Tuesday.\n",
	        "2025-12-06");
	EXPECT(&a, "Tuesday", TIME_DATE, "2025-12-09");
	article_close(&a);
	/* a narration in the past does not pull back a day close ahead */
	open_en(&a, "Arrests\nPolice arrested two men on Thursday.\nThe hearing, Monday.\n", "2025-12-06");
	EXPECT(&a, "Monday", TIME_DATE, "2025-12-08");
	article_close(&a);
	open_fr(&a, "Conseil\nLe conseil se réunit mardi. Mardi, la police a indiqué que la route était fermée.\n",
	        "2025-12-06");
	EXPECT(&a, "mardi", TIME_DATE, "2025-12-09");
	EXPECT(&a, "Mardi", TIME_DATE, "2025-12-02");
	article_close(&a);
	open_fr(&a, "Interpellations\nLa police a interpellé deux hommes jeudi. Ils ont été mis en examen vendredi.\n"
	            "Photo : le rassemblement à Lyon mardi.\n", "2025-12-06");
	EXPECT(&a, "jeudi", TIME_DATE, "2025-12-04");
	EXPECT(&a, "mardi", TIME_DATE, "2025-12-02");
	article_close(&a);
	open_fr(&a, "Grève\nLes syndicats défileront lundi.\nPhoto : le rassemblement à Lyon mardi.\n", "2025-12-06");
	EXPECT(&a, "lundi", TIME_DATE, "2025-12-08");
	EXPECT(&a, "mardi", TIME_DATE, "2025-12-09");
	article_close(&a);
}

/* « ce soir », "tonight", "this evening" in a quotation: the day the
 * speaker spoke (the day of the reporting clause, else the document's
 * date), whatever the tense inside the quotation and the days it names. */
static void test_quoted_evening(void **state)
{
	(void)state;
	struct article a;
	test_article(&a, "Conseil\n« Nous voterons ce soir », a déclaré le maire mardi.\n"
	                 "« Mardi, nous avons perdu, mais ce soir nous avons gagné », a dit l'entraîneur.\n"
	                 "Le maire a déclaré lundi : « La décision sera prise ce soir. »\n",
	             "fr", "2025-12-06", "quotes,timex");
	EXPECT(&a, "ce soir", TIME_TIME, "2025-12-02TEV");
	EXPECT_NTH(&a, "ce soir", 1, TIME_TIME, "2025-12-06TEV");
	EXPECT_NTH(&a, "ce soir", 2, TIME_TIME, "2025-12-01TEV");
	article_close(&a);
	test_article(&a, "Match\nThe home side won on Friday.\n"
	                 "\"Tonight he didn't go back,\" said the coach.\n"
	                 "\"We will vote this evening,\" the mayor said on Tuesday.\n"
	                 "\"We lost on Monday. Tonight we play again,\" the captain said.\n",
	             "en", "2025-12-06", "quotes,timex");
	EXPECT(&a, "Tonight", TIME_TIME, "2025-12-06TNI");
	EXPECT(&a, "this evening", TIME_TIME, "2025-12-02TEV");
	EXPECT_NTH(&a, "Tonight", 1, TIME_TIME, "2025-12-06TNI");
	article_close(&a);
}

/* Years, tenses and ranges from the sentence around an expression. */
static void test_context_rules(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Contexte\n"
	            "En 2019, un conflit avait duré du 5 décembre au 20 janvier. "
	            "La grève entamée lundi se poursuivra jusqu'à vendredi. "
	            "Le texte sera examiné jeudi. Un préavis couvre la période du 22 au 24 décembre. "
	            "La réunion a eu lieu le 3 mars, puis le 1er janvier. "
	            "Le PIB a reculé au troisième trimestre, après un premier trimestre 2025 stable. "
	            "À la fin du mois de novembre, Sophie, 34 ans, a démissionné. Ce week-end, le marché ouvrira.\n",
	        "2025-12-03");
	EXPECT(&a, "2019", TIME_DATE, "2019");
	EXPECT(&a, "5 décembre", TIME_DATE, "2019-12-05");     /* the year of the sentence */
	EXPECT(&a, "20 janvier", TIME_DATE, "2020-01-20");     /* a range runs forward */
	EXPECT(&a, "lundi", TIME_DATE, "2025-12-01");          /* « entamée lundi »: past */
	EXPECT(&a, "vendredi", TIME_DATE, "2025-12-05");
	EXPECT(&a, "jeudi", TIME_DATE, "2025-12-04");          /* « sera examiné jeudi » */
	EXPECT(&a, "24 décembre", TIME_DATE, "2025-12-24");    /* no tense: the coming day */
	EXPECT(&a, "3 mars", TIME_DATE, "2025-03-03");
	EXPECT(&a, "1er janvier", TIME_DATE, "2025-01-01");    /* the sentence is in the past */
	EXPECT(&a, "troisième trimestre", TIME_DATE, "2025-Q3");
	EXPECT(&a, "premier trimestre 2025", TIME_DATE, "2025-Q1");
	EXPECT(&a, "fin du mois de novembre", TIME_DATE, "2025-11");
	EXPECT(&a, "Ce week-end", TIME_DATE, "2025-W49-WE");   /* future: the coming one */
	expect_none(&a, "34 ans");
	article_close(&a);
	open_en(&a, "Context\n"
	            "The storm strengthened over the weekend, before the 2016 election anniversary. "
	            "The 2000 people left. Forecasters said it would make landfall early Thursday morning. "
	            "Decades ago the port was rich.\n",
	        "2025-12-03");
	EXPECT(&a, "the weekend", TIME_DATE, "2025-W48-WE");
	EXPECT(&a, "2016", TIME_DATE, "2016");
	EXPECT(&a, "early Thursday morning", TIME_TIME, "2025-12-04TMO");
	EXPECT(&a, "Decades ago", TIME_DATE, "PAST_REF");
	expect_none(&a, "2000 people");
	article_close(&a);
}

/* The lexicon table: ICU names, phrases and their prefixes. */
static void test_lexicon(void **state)
{
	(void)state;
	struct gerr e = {0};
	lang *fr = lang_open("fr", &e);
	assert_non_null(fr);
	txlex *t = txlex_new(fr);
	bool complete;
	const struct tx_ent *x = txlex_get(t, "décembre", strlen("décembre"), &complete);
	assert_non_null(x);
	assert_true(complete);
	assert_int_equal(txlex_sense(x, TXC_MONTH)->v, 12);
	x = txlex_get(t, "sept", 4, &complete);
	assert_non_null(txlex_sense(x, TXC_NUM));
	assert_non_null(txlex_sense(x, TXC_MONTH_AB));
	x = txlex_get(t, "avant-", 6, &complete);   /* the prefix of « avant-hier » */
	assert_non_null(x);
	assert_false(complete);
	x = txlex_get(t, "heures", 6, &complete);
	assert_int_equal(txlex_sense(x, TXC_UNIT)->v, TXU_HOUR | TXU_PLURAL);
	/* codes are not words: "PY" is no unit */
	assert_null(txlex_get(t, "py", 2, &complete));
	char buf[16];
	assert_int_equal(txlex_fold("Aujourd\xe2\x80\x99hui", strlen("Aujourd\xe2\x80\x99hui"), buf, sizeof buf), 11);
	assert_string_equal(buf, "aujourd'hui");
	assert_int_equal(txlex_fold("ÉTÉ", strlen("ÉTÉ"), buf, sizeof buf), (int)strlen("été"));
	assert_int_equal(txlex_fold("anticonstitutionnellement", 25, buf, sizeof buf), -1);
	/* which keys go on into phrases: « il y a », « avant-hier » */
	x = txlex_get(t, "il", 2, &complete);
	assert_non_null(x);
	assert_true(txlex_extends(x, ' '));
	x = txlex_get(t, "avant", 5, &complete);
	assert_non_null(x);
	assert_true(txlex_extends(x, '-'));
	x = txlex_get(t, "avant-", 6, &complete);
	assert_true(txlex_extends(x, 'h'));
	x = txlex_get(t, "hier", 4, &complete);
	assert_non_null(x);
	assert_false(txlex_extends(x, 'x'));
	assert_true(txlex_future_suffix(t, "annoncera", 9) > 0);
	assert_int_equal(txlex_future_suffix(t, "annonce", 7), 0);
	txlex_free(t);
	lang_free(fr);
}

/* The sentence filter: a sentence without digits or time words is skipped,
 * and every family still comes through it (written without digits, in
 * capitals, plural, elided, hyphenated, possessive). */
static bool may_hold(const txmatch *m, const char *s)
{
	return txmatch_may_hold(m, s, 0, strlen(s));
}

static void test_sentence_filter(void **state)
{
	(void)state;
	struct gerr e = {0};
	lang *fr = lang_open("fr", &e), *en = lang_open("en", &e);
	assert_non_null(fr);
	assert_non_null(en);
	txmatch *m = txmatch_new(fr);
	assert_false(may_hold(m, "« Ce projet est vital pour la région », a-t-elle lancé devant un dernier carré."));
	assert_false(may_hold(m, "Les élus ont voté contre le texte, selon la préfecture."));
	assert_true(may_hold(m, "Le texte a été adopté par 41 voix."));
	assert_true(may_hold(m, "Ils reviendront AUJOURD’HUI."));
	assert_true(may_hold(m, "Elle passe ses lundis au marché."));
	assert_true(may_hold(m, "Rendez-vous à la mi-MARS."));
	assert_true(may_hold(m, "L'ÉTÉ fut chaud."));
	assert_true(may_hold(m, "Une porte du XVe siècle."));
	assert_true(may_hold(m, "Il a plu toute la journée."));
	assert_true(may_hold(m, "Le colis est arrivé le lendemain."));
	txmatch_free(m);
	m = txmatch_new(en);
	assert_false(may_hold(m, "The minister said the plan was vital, according to the agency."));
	assert_true(may_hold(m, "Tuesday's meeting was cancelled."));
	assert_true(may_hold(m, "They met last WEEK."));
	assert_true(may_hold(m, "It rained for hours."));
	txmatch_free(m);
	lang_free(fr);
	lang_free(en);

	/* the same sentences found in articles: skipped sentences cost nothing */
	struct article a;
	open_fr(&a, "Filtre\nIls reviendront aujourd’hui. Elle passe ses lundis au marché. Il a plu toute la journée. "
	            "« Rien », a-t-elle lancé. Le colis est arrivé le lendemain.\n",
	        "2025-12-03");
	EXPECT(&a, "aujourd’hui", TIME_DATE, "2025-12-03");
	EXPECT(&a, "toute la journée", TIME_DURATION, "P1D");
	article_close(&a);
}

/* The recogniser remembers the words it has seen, and forgets them all
 * once it knows MEMO_MAX (8192) of them: a long text of invented words
 * (each seen twice) makes it forget several times, and the same sentences
 * give the same expressions before and after. */
static void test_word_memory(void **state)
{
	(void)state;
	struct sbuf b = {0};
	const char *probe = "Ils se sont vus avant-hier, puis mardi \xc3\xa0 17 heures, il y a deux semaines. ";
	sbuf_puts(&b, "M\xc3\xa9moire\n");
	sbuf_puts(&b, probe);
	for (int rep = 0; rep < 2; rep++)
		for (int i = 0; i < 30000; i++) {
			char w[8] = "zq";
			for (int k = 0, v = i; k < 4; k++, v /= 26)
				w[2 + k] = (char)('a' + v % 26);
			w[6] = 0;
			sbuf_puts(&b, w);
			sbuf_puts(&b, i % 10 == 9 ? ". " : " ");
			if (i % 5000 == 4999)
				sbuf_puts(&b, probe);
		}
	sbuf_puts(&b, "\n");
	struct article a;
	open_fr(&a, b.s, "2025-12-03");
	free(b.s);
	for (int k = 0; k < 13; k++) {
		EXPECT_NTH(&a, "avant-hier", k, TIME_DATE, "2025-12-01");
		EXPECT_NTH(&a, "mardi à 17 heures", k, TIME_TIME, "2025-12-02T17:00");
		EXPECT_NTH(&a, "il y a deux semaines", k, TIME_DATE, "2025-W47");
	}
	size_t n;
	annots_of_kind(a.an, ANN_TIME, &n);
	assert_int_equal(n, 13 * 3);
	article_close(&a);
}

/* Compound durations, hyphenated count-unit adjectives, clock times in a
 * habitual frame, midnight as the end of its day. */
static void test_compounds_fr(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Trajets\n"
	            "La traversée a duré 2 heures 51 minutes, le retour 3 h 12 min. "
	            "Le vol a pris 4 heures et 52 minutes. Le car part à 3 h 12.\n",
	        "2026-06-10");
	EXPECT(&a, "2 heures 51 minutes", TIME_DURATION, "PT2H51M");
	EXPECT(&a, "3 h 12 min", TIME_DURATION, "PT3H12M");
	EXPECT(&a, "4 heures et 52 minutes", TIME_DURATION, "PT4H52M");
	EXPECT(&a, "3 h 12", TIME_TIME, "2026-06-10T03:12");
	article_close(&a);
	open_fr(&a, "Club\n"
	            "Le club se retrouve chaque lundi à 18 heures. Un sommet de trois jours s'ouvre.\n",
	        "2026-06-10");
	EXPECT(&a, "chaque lundi", TIME_SET, "XXXX-WXX-1");
	EXPECT(&a, "18 heures", TIME_TIME, "XXXX-XX-XXT18:00");
	EXPECT(&a, "trois jours", TIME_DURATION, "P3D");
	article_close(&a);
	open_fr(&a, "Scrutin\n"
	            "Vendredi, les bureaux de vote fermeront à minuit. Mardi, le bureau a fermé à midi.\n",
	        "2026-06-10");
	EXPECT(&a, "Vendredi", TIME_DATE, "2026-06-12");
	EXPECT(&a, "minuit", TIME_TIME, "2026-06-12T24:00");
	EXPECT(&a, "midi", TIME_TIME, "2026-06-09T12:00");
	article_close(&a);
}

static void test_compounds_en(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Trips\n"
	            "The crossing lasted 2 hours 51 minutes and the flight 4 hours and 52 minutes. "
	            "The repair took 1 hour, 20 minutes. The ferry leaves at 3:12.\n",
	        "2026-06-10");
	EXPECT(&a, "2 hours 51 minutes", TIME_DURATION, "PT2H51M");
	EXPECT(&a, "4 hours and 52 minutes", TIME_DURATION, "PT4H52M");
	EXPECT(&a, "1 hour, 20 minutes", TIME_DURATION, "PT1H20M");
	article_close(&a);
	open_en(&a, "Plans\n"
	            "After a two-day summit and a three-week trial, the party unveiled a five-year plan, "
	            "a 10-year bond and a 90-minute meeting. A 61-year-old driver was hurt.\n",
	        "2026-06-10");
	EXPECT(&a, "two-day", TIME_DURATION, "P2D");
	EXPECT(&a, "three-week", TIME_DURATION, "P3W");
	EXPECT(&a, "five-year", TIME_DURATION, "P5Y");
	EXPECT(&a, "10-year", TIME_DURATION, "P10Y");
	EXPECT(&a, "90-minute", TIME_DURATION, "PT90M");
	expect_none(&a, "61-year-old");
	article_close(&a);
	open_en(&a, "Club\n"
	            "The choir sings every Friday at 7 p.m. and the band plays every other Thursday at 8 p.m. "
	            "She swims most mornings at 6 a.m.\n",
	        "2026-06-10");
	EXPECT(&a, "every Friday", TIME_SET, "XXXX-WXX-5");
	EXPECT(&a, "7 p.m.", TIME_TIME, "XXXX-XX-XXT19:00");
	EXPECT(&a, "every other Thursday", TIME_SET, "P2W");
	EXPECT(&a, "8 p.m.", TIME_TIME, "XXXX-XX-XXT20:00");
	EXPECT(&a, "6 a.m.", TIME_TIME, "XXXX-XX-XXT06:00");
	article_close(&a);
	open_en(&a, "Polls\n"
	            "The polls will close at midnight on Friday, and counting will start at noon on Saturday.\n",
	        "2026-06-10");
	EXPECT(&a, "midnight on Friday", TIME_TIME, "2026-06-12T24:00");
	EXPECT(&a, "noon on Saturday", TIME_TIME, "2026-06-13T12:00");
	article_close(&a);
}


/* ---- tense, parts of the day, sets and periods (session 4) ----------------- */

/* A month or season after « jusqu'en », "until" with no tense cue: the
 * coming one; a tense cue still decides. */
static void test_until_deadline(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Calendrier\n"
	            "Les locataires gardent leur bail jusqu'en février. "
	            "La digue reste ouverte jusqu'au printemps. "
	            "Le musée a fermé ses salles jusqu'en janvier.\n",
	        "2026-09-20");
	EXPECT(&a, "février", TIME_DATE, "2027-02");
	EXPECT(&a, "printemps", TIME_DATE, "2027-SP");
	EXPECT(&a, "janvier", TIME_DATE, "2026-01");          /* « a fermé »: past */
	article_close(&a);
	/* an article between « jusqu'à » / "until" and the season */
	open_fr(&a, "Calendrier\n"
	            "Le gîte de Brasvenec accueille des randonneurs jusqu'à l'automne. "
	            "Le bac de Pennarot circule jusqu'à la fin du printemps.\n",
	        "2026-12-02");
	EXPECT(&a, "automne", TIME_DATE, "2027-FA");
	EXPECT(&a, "fin du printemps", TIME_DATE, "2027-SP");
	article_close(&a);
	open_en(&a, "Schedule\n"
	            "The Oldcombe footpath stays shut until the autumn.\n",
	        "2026-12-02");
	EXPECT(&a, "the autumn", TIME_DATE, "2027-FA");
	article_close(&a);
	open_en(&a, "Schedule\n"
	            "Members keep their cover until April. "
	            "The ferry ran until November.\n",
	        "2026-10-05");
	EXPECT(&a, "April", TIME_DATE, "2027-04");
	EXPECT(&a, "November", TIME_DATE, "2025-11");         /* "ran": past */
	article_close(&a);
}

static void test_tense_direction(void **state)
{
	(void)state;
	struct article a;
	/* 2026-03-12 is a Thursday */
	open_fr(&a, "Agenda\n"
	            "Le festival ouvre le 3 octobre et ferme le 12 octobre, a annoncé mercredi sa directrice. "
	            "Le vote du budget a lieu le 15 avril. "
	            "Le déficit dépasse les 4 % prévus par la loi votée en décembre. "
	            "Le texte, préparé depuis février, doit être présenté bientôt. "
	            "Le jugement devrait être mis en délibéré au 15 janvier. "
	            "Autrefois, le marché attirait les foules en juin.\n",
	        "2026-03-12");
	EXPECT(&a, "3 octobre", TIME_DATE, "2026-10-03");     /* the present: the coming one */
	EXPECT(&a, "12 octobre", TIME_DATE, "2026-10-12");    /* not the tense of « a annoncé » */
	EXPECT(&a, "mercredi", TIME_DATE, "2026-03-11");
	EXPECT(&a, "15 avril", TIME_DATE, "2026-04-15");      /* « a lieu » is no past */
	EXPECT(&a, "décembre", TIME_DATE, "2025-12");         /* « votée en »: a participle */
	EXPECT(&a, "février", TIME_DATE, "2026-02");          /* « depuis » */
	EXPECT(&a, "15 janvier", TIME_DATE, "2027-01-15");    /* « devrait être mis » */
	EXPECT(&a, "juin", TIME_DATE, "2025-06");             /* the imperfect */
	article_close(&a);
	open_en(&a, "Court\n"
	            "The trial opens on 3 May, prosecutors said on Tuesday. "
	            "The bank said in a statement on Monday evening that it would hold rates until the end of the "
	            "second quarter. Prices fell in October. "
	            "\"We are staying here this weekend,\" she said. "
	            "Its trial opens on 3 March next year.\n",
	        "2026-03-12");
	EXPECT(&a, "3 May", TIME_DATE, "2026-05-03");
	EXPECT(&a, "Tuesday", TIME_DATE, "2026-03-10");
	EXPECT(&a, "Monday evening", TIME_TIME, "2026-03-09TEV");   /* not the clause after "that" */
	EXPECT(&a, "the end of the second quarter", TIME_DATE, "2026-Q2");
	EXPECT(&a, "October", TIME_DATE, "2025-10");                /* "fell" */
	EXPECT(&a, "this weekend", TIME_DATE, "2026-W11-WE");       /* not the tense of "she said" */
	EXPECT(&a, "3 March", TIME_DATE, "2027-03-03");
	EXPECT(&a, "next year", TIME_DATE, "2027");
	article_close(&a);
}

static void test_parts_of_day(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Blocage\n"
	            "Les tracteurs ont bloqué la rocade mercredi 11 mars. Dans l'après-midi, le préfet a reçu une "
	            "délégation. La circulation a repris en fin de soirée. "
	            "Lundi en fin de matinée, le maire avait parlé. Le vote aura lieu mercredi 18 mars au matin. "
	            "Les concerts se tiendront dans la nuit de vendredi à samedi, de 22 heures à 6 heures.\n",
	        "2026-03-12");
	EXPECT(&a, "après-midi", TIME_TIME, "2026-03-11TAF");     /* the day of the news */
	EXPECT(&a, "fin de soirée", TIME_TIME, "2026-03-11TEV");
	EXPECT(&a, "Lundi en fin de matinée", TIME_TIME, "2026-03-09TMO");
	EXPECT(&a, "mercredi 18 mars au matin", TIME_TIME, "2026-03-18TMO");
	EXPECT(&a, "nuit de vendredi à samedi", TIME_TIME, "2026-03-13TNI");
	EXPECT(&a, "22 heures", TIME_TIME, "2026-03-13T22:00");   /* two times, not a duration */
	EXPECT(&a, "6 heures", TIME_TIME, "2026-03-13T06:00");
	assert_null(find_time(&a, "midi", 0));                  /* inside « après-midi » */
	article_close(&a);
	open_en(&a, "Fire\n"
	            "Crews worked overnight. Talks ended after more than nine hours, and the jury sat for about "
	            "seven hours. The nurses meet in the morning.\n",
	        "2026-03-12");
	EXPECT(&a, "overnight", TIME_TIME, "2026-03-12TNI");
	EXPECT(&a, "more than nine hours", TIME_DURATION, "PT9H");
	EXPECT(&a, "about seven hours", TIME_DURATION, "PT7H");
	expect_none(&a, "the morning");
	article_close(&a);
}

static void test_sets_more(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Rythmes\n"
	            "Chaque été, la ville se vide. Le club joue chaque dimanche soir. "
	            "Elle prend trois fois par jour un cachet. Il paie chaque trimestre.\n",
	        "2026-03-12");
	EXPECT(&a, "Chaque été", TIME_SET, "XXXX-SU");
	EXPECT(&a, "chaque dimanche soir", TIME_SET, "XXXX-WXX-7TEV");
	EXPECT(&a, "trois fois par jour", TIME_SET, "P1D");
	EXPECT(&a, "chaque trimestre", TIME_SET, "P3M");
	article_close(&a);
	open_en(&a, "Habits\n"
	            "Every winter, the road closes. He came every Friday afternoon and every Tuesday night. "
	            "The board meets twice a year and reports every quarter.\n",
	        "2026-03-12");
	EXPECT(&a, "Every winter", TIME_SET, "XXXX-WI");
	EXPECT(&a, "every Friday afternoon", TIME_SET, "XXXX-WXX-5TAF");
	EXPECT(&a, "every Tuesday night", TIME_SET, "XXXX-WXX-2TNI");
	EXPECT(&a, "twice a year", TIME_SET, "P1Y");
	EXPECT(&a, "every quarter", TIME_SET, "P3M");
	article_close(&a);
}

/* A span of two bare weekdays is a weekly schedule; dated days and
 * "and" keep their dates. */
static void test_weekday_span(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Horaires\n"
	            "La médiathèque de Kervellec accueille le public du lundi au samedi, de 10 heures à 18 heures. "
	            "Le salon se tiendra du mardi 10 au jeudi 12 mars. Elle est passée mercredi et vendredi.\n",
	        "2026-03-04");
	EXPECT(&a, "lundi", TIME_SET, "XXXX-WXX-1");
	EXPECT(&a, "samedi", TIME_SET, "XXXX-WXX-6");
	EXPECT(&a, "jeudi 12 mars", TIME_DATE, "2026-03-12");
	EXPECT(&a, "mercredi", TIME_DATE, "2026-03-04");
	EXPECT(&a, "vendredi", TIME_DATE, "2026-02-27");
	article_close(&a);
	open_en(&a, "Hours\n"
	            "The Brantwick helpline answers calls Tuesday through Saturday, 8 a.m. to 6 p.m. "
	            "Her shop opens from Monday to Friday. Crews worked Monday and Thursday.\n",
	        "2026-03-04");
	EXPECT(&a, "Tuesday", TIME_SET, "XXXX-WXX-2");
	EXPECT(&a, "Saturday", TIME_SET, "XXXX-WXX-6");
	EXPECT(&a, "Monday", TIME_SET, "XXXX-WXX-1");
	EXPECT(&a, "Friday", TIME_SET, "XXXX-WXX-5");
	EXPECT_NTH(&a, "Monday", 1, TIME_DATE, "2026-03-02");
	EXPECT(&a, "Thursday", TIME_DATE, "2026-02-26");
	article_close(&a);
}

static void test_periods(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Results\n"
	            "Earlier this month, the council voted; it will vote again later this week. "
	            "Revenue fell 7% from a year earlier. The group expects growth in Q3 2026 and in H1 2027. "
	            "Second-quarter sales fell, and it will report in the first half of 2026. "
	            "Paul Ward, who founded the firm in 2016, said the cuts would be over by the end of April. "
	            "Such protests were common in the 1990s.\n",
	        "2026-03-12");
	EXPECT(&a, "Earlier this month", TIME_DATE, "2026-03");
	EXPECT(&a, "later this week", TIME_DATE, "2026-W11");
	EXPECT(&a, "a year earlier", TIME_DATE, "2025");
	EXPECT(&a, "Q3 2026", TIME_DATE, "2026-Q3");
	EXPECT(&a, "H1 2027", TIME_DATE, "2027-H1");
	EXPECT(&a, "Second-quarter", TIME_DATE, "2025-Q2");
	EXPECT(&a, "the first half of 2026", TIME_DATE, "2026-H1");
	EXPECT(&a, "the end of April", TIME_DATE, "2026-04");   /* not the year of "who founded" */
	EXPECT(&a, "the 1990s", TIME_DATE, "199");
	article_close(&a);
	open_fr(&a, "Bilan\n"
	            "Plus tôt dans la semaine, le directeur avait rencontré les salariés. La marge était de 8 %, "
	            "contre 10 % un an plus tôt. Le groupe vise une hausse au premier semestre 2027. "
	            "Au début de 2022, il avait alerté l'agence. "
	            "Fondé en 1861, le chantier a livré son dernier navire en octobre. "
	            "Dans les années 1990, le port vivait de la pêche.\n",
	        "2026-03-12");
	EXPECT(&a, "Plus tôt dans la semaine", TIME_DATE, "2026-W11");
	EXPECT(&a, "un an plus tôt", TIME_DATE, "2025");
	EXPECT(&a, "premier semestre 2027", TIME_DATE, "2027-H1");
	EXPECT(&a, "début de 2022", TIME_DATE, "2022");        /* « au » stays outside */
	EXPECT(&a, "octobre", TIME_DATE, "2025-10");           /* not the year of « Fondé en » */
	EXPECT(&a, "années 1990", TIME_DATE, "199");
	article_close(&a);
	/* holidays counted from Easter */
	open_fr(&a, "Fêtes\n"
	            "Le texte sera voté avant Pâques. Le lundi de Pentecôte 2025 était férié. "
	            "Elle vit sur l'île de Pâques.\n",
	        "2026-03-12");
	EXPECT(&a, "Pâques", TIME_DATE, "2026-04-05");
	EXPECT(&a, "lundi de Pentecôte 2025", TIME_DATE, "2025-06-09");
	assert_null(find_time(&a, "Pâques", 1));                  /* the island */
	article_close(&a);
	open_en(&a, "Holidays\n"
	            "Flights resume on Easter Monday. Good Friday 2024 was quiet. He flew to Easter Island.\n",
	        "2026-03-12");
	EXPECT(&a, "Easter Monday", TIME_DATE, "2026-04-06");
	EXPECT(&a, "Good Friday 2024", TIME_DATE, "2024-03-29");
	assert_null(find_time(&a, "Easter", 0));
	article_close(&a);
}

/* ---- years without a cue, ages, clock times joined to their date ------- */

static void test_bare_years(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Budget\n"
	            "Le budget 2026 a été adopté mardi. Un décret de 2024 autorise enfin la vente. "
	            "La commune prépare 2030, dit le maire. Il a versé 2000 euros à 1950 familles. "
	            "Le dossier numéro 1987 est clos.\n",
	        "2026-03-12");
	EXPECT(&a, "2026", TIME_DATE, "2026");
	EXPECT(&a, "2024", TIME_DATE, "2024");
	EXPECT(&a, "2030", TIME_DATE, "2030");
	expect_none(&a, "2000 euros");
	expect_none(&a, "1950 familles");
	expect_none(&a, "1987");
	article_close(&a);
	open_en(&a, "Cash\n"
	            "The firm has cash to last well beyond 2027. It cannot meet its 2045 target. "
	            "Some 1900 people came, and tickets cost $2025 each. Mid-2028 is the aim.\n",
	        "2026-03-12");
	EXPECT(&a, "2027", TIME_DATE, "2027");
	EXPECT(&a, "2045", TIME_DATE, "2045");
	expect_none(&a, "1900 people");
	expect_none(&a, "2025 each");
	EXPECT(&a, "Mid-2028", TIME_DATE, "2028");
	article_close(&a);
}

static void test_ages_after_person_nouns(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Faits divers\n"
	            "Une passante de 71 ans a été blessée. Le jeune boulanger de 23 ans a fermé. "
	            "Le Béarnais de 31 ans a gagné. Un homme de 40 ans est entendu. "
	            "Il a signé un contrat de trois ans. Le chantier de deux ans commence. "
	            "Elle purge une peine de cinq ans.\n",
	        "2026-03-12");
	expect_none(&a, "71 ans");
	expect_none(&a, "23 ans");
	expect_none(&a, "31 ans");
	expect_none(&a, "40 ans");
	EXPECT(&a, "trois ans", TIME_DURATION, "P3Y");
	EXPECT(&a, "deux ans", TIME_DURATION, "P2Y");
	EXPECT(&a, "cinq ans", TIME_DURATION, "P5Y");
	article_close(&a);
}

static void test_clock_on_date(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Strike\n"
	            "The walkout begins at 00:01 on Thursday 2 April and the vote closes at 8pm on March 28. "
	            "Talks resume at 7.30pm on Tuesday, April 7, after a call at 9.30 a.m. on Monday. "
	            "Markets open at 0730 GMT. Fares rose 2.50 pounds. "
	            "The alarm sounded shortly after 9 p.m. Wednesday, around 10 p.m. local time.\n",
	        "2026-03-20");
	EXPECT(&a, "00:01 on Thursday 2 April", TIME_TIME, "2026-04-02T00:01");
	EXPECT(&a, "8pm on March 28", TIME_TIME, "2026-03-28T20:00");
	EXPECT(&a, "7.30pm on Tuesday, April 7", TIME_TIME, "2026-04-07T19:30");
	EXPECT(&a, "9.30 a.m. on Monday", TIME_TIME, "2026-03-23T09:30");
	EXPECT(&a, "0730 GMT", TIME_TIME, "2026-03-23T07:30");
	expect_none(&a, "2.50");
	EXPECT(&a, "shortly after 9 p.m. Wednesday", TIME_TIME, "2026-03-18T21:00");
	EXPECT(&a, "around 10 p.m.", TIME_TIME, "2026-03-18T22:00");
	article_close(&a);
}

/* A year given by its neighbour: "the summer of 2023", "March last year",
 * "the end of next year". */
static void test_year_neighbours(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Plant\n"
	            "The dam was finished in the summer of 2023. The mill shut in March last year and reopens "
	            "in December next year. Talks resume early next week and end by the end of next year. "
	            "The fall of the regime came later.\n",
	        "2026-03-20");
	EXPECT(&a, "the summer of 2023", TIME_DATE, "2023-SU");
	EXPECT(&a, "March last year", TIME_DATE, "2025-03");
	EXPECT(&a, "December next year", TIME_DATE, "2027-12");
	EXPECT(&a, "early next week", TIME_DATE, "2026-W13");
	EXPECT(&a, "the end of next year", TIME_DATE, "2027");
	expect_none(&a, "fall of the regime");
	article_close(&a);
	open_fr(&a, "Usine\n"
	            "L'usine a fermé en mars l'an dernier et rouvrira en juin de l'année prochaine. "
	            "L'été de 2023 fut sec.\n",
	        "2026-03-20");
	EXPECT(&a, "mars l'an dernier", TIME_DATE, "2025-03");
	EXPECT(&a, "juin de l'année prochaine", TIME_DATE, "2027-06");
	EXPECT(&a, "été de 2023", TIME_DATE, "2023-SU");
	article_close(&a);
}

/* A month or a day one or two months ahead, in a clause in the past, is
 * the coming one (what was said or decided about what comes), unless its
 * own verb is in the past, it follows « depuis »/"since", it follows a
 * past day in a list, or "last year" named the year before it. */
static void test_soon_ahead_in_past(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Rates\n"
	            "The bank said it could cut rates again in June. "
	            "The mayor told reporters that the bridge would open to traffic on May 3. "
	            "The old ferry ended June 2 after forty years. "
	            "Prices have risen since May. "
	            "In June the depot was sold. "
	            "Last year the club hosted visitors between June and August.\n",
	        "2026-04-22");
	EXPECT(&a, "June", TIME_DATE, "2026-06");
	EXPECT(&a, "May 3", TIME_DATE, "2026-05-03");
	EXPECT(&a, "June 2", TIME_DATE, "2025-06-02");     /* "ended": its own verb */
	EXPECT(&a, "May", TIME_DATE, "2025-05");           /* "since" */
	EXPECT_NTH(&a, "June", 1, TIME_DATE, "2025-06");   /* opens the clause of "was" */
	EXPECT_NTH(&a, "June", 2, TIME_DATE, "2025-06");   /* "Last year" */
	article_close(&a);
	open_fr(&a, "Conseil\n"
	            "La séance a été reportée au 17 décembre. "
	            "Le syndicat a annoncé une nouvelle grève en janvier. "
	            "Le comité siège depuis décembre. "
	            "La réunion a eu lieu le 4 mars, puis le 2 décembre. "
	            "Le musée a accueilli l'an dernier des visiteurs entre décembre et janvier.\n",
	        "2026-11-13");
	EXPECT(&a, "17 décembre", TIME_DATE, "2026-12-17");
	EXPECT(&a, "janvier", TIME_DATE, "2027-01");
	EXPECT(&a, "décembre", TIME_DATE, "2025-12");      /* « depuis » */
	EXPECT(&a, "2 décembre", TIME_DATE, "2025-12-02"); /* after a past day in a list */
	article_close(&a);
}

/* A weekday after « jusqu'à », "until", "through" is a deadline: the coming
 * one even in a past clause, unless its own verb is past. */
static void test_weekday_deadline(void **state)
{
	(void)state;
	struct article a;
	open_fr(&a, "Grève\n"
	            "Mardi, les grévistes ont voté la poursuite de la grève jusqu'à vendredi. "
	            "La fête a duré jusqu'à dimanche. Les adhérents ont jusqu'au 30 avril pour répondre.\n",
	        "2026-03-10");
	EXPECT(&a, "vendredi", TIME_DATE, "2026-03-13");
	EXPECT(&a, "dimanche", TIME_DATE, "2026-03-08");   /* « a duré »: past */
	EXPECT(&a, "30 avril", TIME_DATE, "2026-04-30");   /* « ont » is no past verb of its own */
	article_close(&a);
	open_en(&a, "Schools\n"
	            "The college suspended lectures through Friday. "
	            "The fair lasted until Sunday. Bidders had until Thursday to reply.\n",
	        "2026-03-10");
	EXPECT(&a, "Friday", TIME_DATE, "2026-03-13");
	EXPECT(&a, "Sunday", TIME_DATE, "2026-03-08");     /* "lasted": past */
	EXPECT(&a, "Thursday", TIME_DATE, "2026-03-12");   /* "had" is no past verb of its own */
	article_close(&a);
}

/* An approximator inside the expression ("at least", "up to") goes with
 * a duration the lexicon spells whole as with any count; French ones
 * stay outside. */
static void test_approx_whole_durations(void **state)
{
	(void)state;
	struct article a;
	open_en(&a, "Injury\n"
	            "The goalkeeper faces at least six months on the sidelines. The lease runs for up to two weeks. "
	            "Crews worked around all night.\n",
	        "2026-04-16");
	EXPECT(&a, "at least six months", TIME_DURATION, "P6M");
	EXPECT(&a, "up to two weeks", TIME_DURATION, "P2W");
	expect_none(&a, "around");     /* no value: not a duration the lexicon gives */
	article_close(&a);
	open_fr(&a, "Blessure\n"
	            "Le gardien sera indisponible au moins six mois.\n",
	        "2026-04-16");
	EXPECT(&a, "six mois", TIME_DURATION, "P6M");
	article_close(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentence_filter),
		cmocka_unit_test(test_bare_years),
		cmocka_unit_test(test_ages_after_person_nouns),
		cmocka_unit_test(test_clock_on_date),
		cmocka_unit_test(test_year_neighbours),
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_value_points),
		cmocka_unit_test(test_normalise_rules),
		cmocka_unit_test(test_weekdays_fr),
		cmocka_unit_test(test_weekdays_en),
		cmocka_unit_test(test_dates_fr),
		cmocka_unit_test(test_dates_en),
		cmocka_unit_test(test_months_years),
		cmocka_unit_test(test_times_of_day),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_relative),
		cmocka_unit_test(test_sets),
		cmocka_unit_test(test_weekday_span),
		cmocka_unit_test(test_decades_seasons),
		cmocka_unit_test(test_season_years),
		cmocka_unit_test(test_tense_cues),
		cmocka_unit_test(test_ahead_counts),
		cmocka_unit_test(test_unresolvable),
		cmocka_unit_test(test_quoted_reference),
		cmocka_unit_test(test_bare_weekdays),
		cmocka_unit_test(test_quoted_evening),
		cmocka_unit_test(test_context_rules),
		cmocka_unit_test(test_lexicon),
		cmocka_unit_test(test_compounds_fr),
		cmocka_unit_test(test_compounds_en),
		cmocka_unit_test(test_word_memory),
		cmocka_unit_test(test_tense_direction),
		cmocka_unit_test(test_until_deadline),
		cmocka_unit_test(test_parts_of_day),
		cmocka_unit_test(test_sets_more),
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_soon_ahead_in_past),
		cmocka_unit_test(test_weekday_deadline),
		cmocka_unit_test(test_approx_whole_durations),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
