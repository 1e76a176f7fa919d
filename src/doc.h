/* doc.h — the document model.
 *
 * A doc owns one NFC UTF-8 buffer and knows its paragraphs and sentences
 * (ICU break iterators for the document's language, with the language
 * pack's abbreviations and elisions applied) and gives words on demand.
 * All offsets are byte offsets into doc_text(); doc_cp()/doc_u16()
 * convert them for exporters.  The doc knows nothing of the screen.
 */
#ifndef GLOSE_DOC_H
#define GLOSE_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

struct lang;
typedef struct doc doc;

struct span {
	size_t start, end;     /* bytes, end exclusive */
};

enum word_kind {
	WORD_PUNCT = 0,        /* punctuation, symbols */
	WORD_LETTER,           /* letters (ICU UBRK_WORD_LETTER, ideographs, kana) */
	WORD_NUMBER,           /* digits */
	WORD_SPACE,            /* white space, including line breaks */
};

struct word {
	size_t start, end;
	enum word_kind kind;
};

/* Make a document from loaded text (takes ownership of `text`, which must be
 * valid UTF-8 and NUL-terminated at text[len]).  `lang` gives the ICU locale
 * and the lexicons for segmentation; it must outlive the doc.  A doc holds
 * less than 4 GiB (the loader refuses more than 2): a longer text is cut. */
doc *doc_new(char *text, size_t len, const struct lang *lang);
/* The same in two steps, so that a reader can show the text before the
 * language pack is loaded: doc_new_plain() finds the paragraphs and the
 * title only (doc_nsent() is 0, doc_lang() NULL, offsets conversions and
 * dates unavailable); doc_segment() then finds the sentences, the offset
 * checkpoints and the dateline (once; later calls do nothing).  Between the
 * two, another thread may read the text, paragraphs and title only. */
doc *doc_new_plain(char *text, size_t len);
void doc_segment(doc *d, const struct lang *lang);
bool doc_segmented(const doc *d);
void doc_free(doc *d);
/* A window of a segmented document: its paragraphs [p0, p1) and their
 * sentences, as a document of its own for a pass whose tables grow with
 * the text (the actor pass on a very large input).  The window borrows d's
 * text (d must outlive it; doc_free() leaves the text alone): doc_text()
 * points at the window's first paragraph, offsets are relative to it
 * (*base is that paragraph's offset in d), and doc_len() ends at the last
 * paragraph's end, where d's text goes on (no NUL there).  The date and
 * the dateline are d's when the dateline lies in the window; the offset
 * conversions count from the window's start without checkpoints. */
doc *doc_window(const doc *d, size_t p0, size_t p1, size_t *base);
/* Where a window of about `win` bytes that starts at paragraph p0 ends:
 * the first paragraph past `win` bytes that opens an article of a
 * concatenation (a blank line, then a title), else the first after a
 * blank line, else the first past `win`, looking half a window on; the
 * number of paragraphs when the rest is at most 1.5 windows. */
size_t doc_window_end(const doc *d, size_t p0, size_t win);

const char *doc_text(const doc *d);
size_t doc_len(const doc *d);
const struct lang *doc_lang(const doc *d);

/* Paragraphs: non-empty lines or runs of lines separated by blank lines —
 * each non-empty line is a paragraph (news text puts one per line).
 * Spans exclude the line break. */
size_t doc_npara(const doc *d);
struct span doc_para(const doc *d, size_t i);
size_t doc_para_at(const doc *d, size_t byte);     /* index of the paragraph holding byte (or the next one) */

/* Sentences, never across paragraphs; spans are trimmed of white space. */
size_t doc_nsent(const doc *d);
struct span doc_sent(const doc *d, size_t i);
size_t doc_sent_at(const doc *d, size_t byte);

/* Words of a span, with French-style elisions split ("l'Europe" -> "l'",
 * "Europe") and white space omitted.  Fills *out (grown as needed; the
 * caller frees it) and returns the count. */
size_t doc_words(const doc *d, struct span s, struct word **out, size_t *cap);
/* doc_words() keeps the words of the paragraphs it breaks (once segmented),
 * so that later calls on the same text do not break it again; this drops
 * them (when the extractors are done).  Not to be called while another
 * thread reads words of d. */
void doc_words_forget(doc *d);

/* Title (first non-empty line, trimmed) — a span, empty if none. */
struct span doc_title(const doc *d);

/* Publication date: detected from a dateline ("Publié le 21 décembre 2006",
 * "Dec. 3, 2025", "2025-12-03") near the top, or set by doc_set_date().
 * Returns false if unknown. */
bool doc_date(const doc *d, int *y, int *m, int *day);
void doc_set_date(doc *d, int y, int m, int day);
/* The dateline span, if the date was detected from the text. */
bool doc_dateline(const doc *d, struct span *s);

/* Free the break iterators the calling thread keeps for doc_words() and
 * segmentation (a worker thread calls this before it ends). */
void doc_thread_done(void);

/* Offset conversion: byte offset -> code points / UTF-16 units from the
 * start, and back (code points -> bytes).  O(1) amortised via checkpoints. */
size_t doc_cp(const doc *d, size_t byte);
size_t doc_u16(const doc *d, size_t byte);
size_t doc_byte_of_cp(const doc *d, size_t cp);

#endif
