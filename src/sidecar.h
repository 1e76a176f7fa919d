/* sidecar.h — the reader's annotations, saved between sessions
 * (docs/annotations.md).
 *
 * The model is a log of records — notes, tags, speaker corrections,
 * deletions of extractions, added actors and quotations — each anchored
 * by text: the exact span, ~32 code points of context either side and the
 * code-point offsets it had.  It lives in a YAML file named by the
 * article's content hash, $XDG_DATA_HOME/glose/annotations/<sha256>.yaml,
 * written with libyaml's emitter and replaced atomically on every change.
 * A pointer file per article path ($XDG_DATA_HOME/glose/paths/<sha256 of
 * the real path>.yaml) remembers the hash of the text last annotated, so
 * when the article changes the old records are found and re-anchored.
 *
 * Usage: after article_extract(), sidecar_open() then sidecar_apply()
 * (again after any re-extraction into a fresh store).  Each mutator
 * changes the store and saves the file before returning; if the save
 * fails, the store is left as it was and -1 is returned.  Byte offsets
 * in this API are into doc_text(), like annots.h.
 */
#ifndef GLOSE_SIDECAR_H
#define GLOSE_SIDECAR_H

#include <stdbool.h>
#include <stddef.h>
#include "annots.h"
#include "article.h"
#include "util.h"

enum sidecar_kind {
	SIDECAR_NOTE,          /* a note on a span: text = body (may be NULL) */
	SIDECAR_TAG,           /* a tag on a span (kept on a note there): text = tag */
	SIDECAR_SPEAKER,       /* a quotation's speaker set: actor = name, NULL = none */
	SIDECAR_DELETE,        /* an extraction marked wrong: target = its kind, actor = a mention's actor */
	SIDECAR_DELETE_ACTOR,  /* an actor marked wrong: actor = name; no anchor */
	SIDECAR_ACTOR,         /* an actor added: actor, actor_type, role; anchored = one mention of it */
	SIDECAR_QUOTE,         /* a quotation added: actor = speaker or NULL, quote_kind */
	SIDECAR_KIND_COUNT
};

/* Why a record is an orphan. */
enum sidecar_why {
	SIDECAR_PLACED,        /* it is not */
	SIDECAR_TEXT_GONE,     /* its exact text is not in the article */
	SIDECAR_AMBIGUOUS,     /* its text is there several times, the context does not choose */
	SIDECAR_NO_TARGET,     /* the extraction (or actor) it corrects is not there */
};

struct sidecar_anchor {
	size_t start, end;     /* code points in the text it was last anchored to */
	char *exact;           /* the span's text */
	char *prefix, *suffix; /* up to 32 code points before / after it */
};

struct sidecar_record {
	enum sidecar_kind kind;
	bool anchored;         /* `at` is set */
	struct sidecar_anchor at;
	enum ann_kind target;  /* DELETE: the kind of the span */
	char *text;            /* NOTE: body; TAG: the tag */
	char *actor;           /* see enum sidecar_kind */
	enum actor_type actor_type; /* SPEAKER, ACTOR, QUOTE: the type if the actor has to be created */
	char *role;            /* ACTOR: or NULL */
	enum quote_kind quote_kind; /* QUOTE */
	/* Set by sidecar_apply() and the mutators: */
	bool orphan;           /* its text (or its target) is not in this article any more */
	enum sidecar_why why;  /* if orphan: why */
	int span;              /* the store span it applies to or created, or -1 */
};

struct sidecar;

/* The article's sidecar, loaded if it exists — or, when the text changed
 * since it was last annotated, the records of the earlier text, to be
 * re-anchored.  Never NULL.  A sidecar that cannot be read or parsed is
 * left untouched on disk and reported in *warn ("file:line:col: message",
 * warn->code != 0); the model is then empty, and the damaged file is
 * renamed to NAME.corrupt-<time> on the first save.  warn->code is 0 when
 * there is nothing to report. */
struct sidecar *sidecar_open(const struct article *a, struct gerr *warn);
void sidecar_free(struct sidecar *s);

/* Re-apply every record to a freshly extracted store: at the original
 * offsets if the text there still matches, else at the occurrence of the
 * exact text whose prefix/suffix context matches best.  Records that
 * cannot be placed are kept (in memory and in the file) and flagged
 * orphan.  Returns the number of orphans. */
int sidecar_apply(struct sidecar *s, struct article *a, struct gerr *e);

size_t sidecar_count(const struct sidecar *s);
const struct sidecar_record *sidecar_get(const struct sidecar *s, size_t i);
/* The orphans: a malloc'd array of pointers (the caller frees the array,
 * not the records); returns the count. */
size_t sidecar_orphans(const struct sidecar *s, const struct sidecar_record ***out);
/* One line describing a record, for panes and messages (malloc'd); quoted
 * text is cut to 40 code points. */
char *sidecar_describe(const struct sidecar_record *r);
/* The same at length (quoted text up to 400 code points), after, for an
 * orphan, why it could not be placed and where it was (malloc'd). */
char *sidecar_detail(const struct sidecar_record *r);
/* Where the records are saved. */
const char *sidecar_path(const struct sidecar *s);
/* The hash of the earlier text the records were inherited from, or NULL. */
const char *sidecar_inherited(const struct sidecar *s);
/* Where a damaged sidecar was moved aside on save, or NULL. */
const char *sidecar_moved_aside(const struct sidecar *s);

/* Mutators: apply to a->an, save, return the id noted (or -1 + *e). */
/* A note on [start, end): returns the note's span id. */
int sidecar_add_note(struct sidecar *s, struct article *a, size_t start, size_t end, const char *body,
                     struct gerr *e);
/* A tag on [start, end), kept on the reader's note there (one is made if
 * needed): returns the note's span id. */
int sidecar_add_tag(struct sidecar *s, struct article *a, size_t start, size_t end, const char *tag,
                    struct gerr *e);
/* Set the speaker of quotation `quote` to actor `actor` (-1: no speaker).
 * Returns the quotation's id. */
int sidecar_reassign(struct sidecar *s, struct article *a, int quote, int actor, struct gerr *e);
/* Mark span `span` wrong (a quotation takes its cue with it).  Returns span. */
int sidecar_delete(struct sidecar *s, struct article *a, int span, struct gerr *e);
/* Mark actor `actor` wrong.  Returns actor. */
int sidecar_delete_actor(struct sidecar *s, struct article *a, int actor, struct gerr *e);
/* Add an actor (or find the one with that name) and, if start < end, a
 * mention of it at [start, end).  Returns the actor's id. */
int sidecar_add_actor(struct sidecar *s, struct article *a, const char *name, enum actor_type type,
                      const char *role, size_t start, size_t end, struct gerr *e);
/* Add a quotation at [start, end) spoken by `speaker` (-1: none).
 * Returns its span id. */
int sidecar_add_quote(struct sidecar *s, struct article *a, size_t start, size_t end, int speaker,
                      enum quote_kind kind, struct gerr *e);
/* Undo the last record (store and file).  1 if one was undone, 0 if
 * there was none, -1 on error. */
int sidecar_undo_last(struct sidecar *s, struct article *a, struct gerr *e);

/* For `glose export` and the printer: load this article's sidecar, if
 * any, and apply it to a->an.  Returns 0, or 1 with a message in *warn
 * (a damaged sidecar, or records that could not be re-anchored). */
int sidecar_apply_for_export(struct article *a, struct gerr *warn);

#endif
