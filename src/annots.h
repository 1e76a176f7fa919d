/* annots.h — the annotation store: actors and typed spans over a doc.
 *
 * Extractors add to it, the reader's corrections change it, the renderer
 * queries it by position, panes and exporters by kind and link.  Offsets
 * are bytes into doc_text().  Ids are indices and never change; a span
 * or actor the reader marked wrong keeps its id with ANN_DELETED /
 * ACTOR_DELETED set, and every query below skips it unless asked.
 */
#ifndef GLOSE_ANNOTS_H
#define GLOSE_ANNOTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct annots annots;

enum actor_type { ACTOR_PERSON, ACTOR_ORG, ACTOR_PLACE };

enum actor_flag {
	ACTOR_CAN_SPEAK = 1 << 0,  /* metonymy: « Moscou », "the White House" may be a speaker */
	ACTOR_FEMALE    = 1 << 1,  /* for pronoun resolution */
	ACTOR_MALE      = 1 << 2,
	ACTOR_GROUP     = 1 << 3,  /* a named group ("les responsables russes") */
	ACTOR_USER      = 1 << 4,  /* added or changed by the reader */
	ACTOR_DELETED   = 1 << 5,  /* marked wrong by the reader */
};

struct actor {
	int id;
	char *name;                /* canonical (fullest) name */
	enum actor_type type;
	char *role;                /* "conseiller principal du président russe", or NULL */
	unsigned flags;
	char *country;             /* for demonyms/places: linked country name, or NULL */
};

enum ann_kind {
	ANN_MENTION,               /* a mention of an actor: actor = the actor */
	ANN_QUOTE,                 /* a quotation (start/end = inner text, without marks; annots_outer() with them) */
	ANN_CUE,                   /* the words that attribute a quotation: link = the quote */
	ANN_TIME,                  /* a time expression: annots_str() = TIMEX3 value or NULL */
	ANN_EVENT,                 /* an event: link = its time, annots_event_actors(); summary: timeline_summary() */
	ANN_NOTE,                  /* the reader's note: annots_str() = body, annots_x()->tags, link = target or -1 */
	ANN_KIND_COUNT
};

enum mention_kind { MENTION_NAME, MENTION_ALIAS, MENTION_ROLE, MENTION_PRONOUN, MENTION_DEMONYM };
enum quote_kind { QUOTE_DIRECT, QUOTE_INDIRECT, QUOTE_MIXED };
enum time_type { TIME_DATE, TIME_TIME, TIME_DURATION, TIME_SET };

enum ann_flag {
	ANN_DELETED  = 1 << 0,     /* marked wrong by the reader */
	ANN_USER     = 1 << 1,     /* added or edited by the reader */
	ANN_NESTED   = 1 << 2,     /* QUOTE: inside another quotation */
	ANN_CONTINUED = 1 << 3,    /* QUOTE: continues the previous paragraph's quotation */
};

/* What the reader adds to a span (a NOTE's tags). */
struct ann_extra {
	char **tags;
	uint32_t ntags;
};

/* Offsets are 32-bit (a doc holds less than 4 GiB): a large input has
 * millions of spans, 24 bytes each.  A span's id is its place in the
 * store (annots_id).  What only some spans have lives in the store beside
 * them: the string (annots_str), a quotation's span with its marks
 * (annots_outer), an event's actors (annots_event_actors) and the reader's
 * tags (annots_x). */
struct ann {
	uint32_t start, end;
	int32_t actor;             /* MENTION: its actor; QUOTE: speaker or -1; else -1 */
	int32_t link;              /* QUOTE: its cue or -1; CUE: its quote; EVENT: its time; NOTE: target or -1 */
	float confidence;          /* 0..1 */
	uint8_t kind;              /* enum ann_kind */
	uint8_t subtype;           /* mention_kind, quote_kind or time_type */
	uint16_t flags;            /* enum ann_flag */
};

annots *annots_new(void);
void annots_free(annots *s);

/* Actors.  annots_add_actor copies the strings (role may be NULL). */
int annots_add_actor(annots *s, const char *name, enum actor_type type, const char *role, unsigned flags);
size_t annots_nactors(const annots *s);
struct actor *annots_actor(const annots *s, int id);          /* NULL if out of range */
void annots_actor_set_name(annots *s, int id, const char *name);
void annots_actor_set_role(annots *s, int id, const char *role);
void annots_actor_set_country(annots *s, int id, const char *country);
/* First non-deleted actor whose canonical name equals `name`, or -1. */
int annots_find_actor(const annots *s, const char *name);

/* Spans.  Returns the new id.  `str` is copied (may be NULL). */
int annots_add(annots *s, enum ann_kind kind, size_t start, size_t end, int actor, int link,
               int subtype, float confidence, const char *str);
size_t annots_count(const annots *s);
struct ann *annots_get(const annots *s, int id);              /* NULL if out of range */
/* The id of a span got from annots_get() (valid until the next annots_add). */
int annots_id(const annots *s, const struct ann *a);
/* A span's string, or NULL: QUOTE: speaker_text; TIME: value; NOTE: body;
 * EVENT: a summary the reader wrote, if ever (else timeline_summary()).
 * Kept once each; valid until annots_free(). */
const char *annots_str(const annots *s, int id);
void annots_set_str(annots *s, int id, const char *str);     /* copied; NULL removes it */
/* A span's extra record (a NOTE's tags), or NULL if it has none;
 * annots_extra() creates it on demand.  Valid until annots_free(). */
struct ann_extra *annots_x(const annots *s, int id);
struct ann_extra *annots_extra(annots *s, int id);
void annots_add_tag(annots *s, int id, const char *tag);
/* QUOTE: the span including the quotation marks, when one was set;
 * false (and *start, *end left alone) if none was. */
bool annots_outer(const annots *s, int id, size_t *start, size_t *end);
void annots_set_outer(annots *s, int id, size_t start, size_t end);
/* EVENT: its actors (each once, in the order added), *n of them, or NULL
 * if none.  Valid until the next annots_event_add_actor(). */
const int *annots_event_actors(const annots *s, int id, size_t *n);
void annots_event_add_actor(annots *s, int id, int actor);

/* Mark a span deleted (or restore it). */
void annots_delete(annots *s, int id, bool deleted);
/* Call after changing a span's start/end/kind/flags through annots_get(),
 * so the position indexes are rebuilt. */
void annots_touch(annots *s);

/* Ids of one kind, not deleted, ordered by start, then the longer span first
 * (an outer span before the spans inside it), then by id.  The array
 * belongs to the store and is valid until the next change. */
const int *annots_of_kind(annots *s, enum ann_kind kind, size_t *n);
/* Ids of the spans overlapping [start, end) (any kind, not deleted),
 * ordered by start.  Fills *out (grown as needed), returns the count. */
size_t annots_overlapping(annots *s, size_t start, size_t end, int **out, size_t *cap);
/* The same, of the kinds in the mask `kinds` only (ANN_KIND_BIT(ANN_MENTION)
 * | ...): what annots_overlapping() gives, less the other kinds. */
#define ANN_KIND_BIT(k) (1u << (k))
#define ANN_ALL_KINDS (ANN_KIND_BIT(ANN_KIND_COUNT) - 1)
size_t annots_overlapping_kinds(annots *s, size_t start, size_t end, unsigned kinds, int **out, size_t *cap);
/* Ids of the mentions of an actor, ordered by start. */
size_t annots_mentions_of(annots *s, int actor, int **out, size_t *cap);
/* The quotations attributed to an actor (actor -1: unattributed). */
size_t annots_quotes_of(annots *s, int actor, int **out, size_t *cap);

/* Merge actor `from` into `into`: every mention and quotation of `from`
 * moves to `into`, and `from` is deleted. */
void annots_merge_actors(annots *s, int into, int from);

const char *annots_kind_name(enum ann_kind k);          /* "mention", "quote", ... */
const char *annots_actor_type_name(enum actor_type t);   /* "person", "org", "place" */
const char *annots_quote_kind_name(enum quote_kind k);   /* "direct", "indirect", "mixed" */
const char *annots_time_type_name(enum time_type t);     /* "date", "time", "duration", "set" */

#endif
