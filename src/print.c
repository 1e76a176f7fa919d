/* print.c — print the article with highlights as ANSI SGR sequences. */
#include "print.h"

#include <stdlib.h>
#include <string.h>

#include "visible.h"

/* The slot a byte is drawn with: later layers win (quote < cue < time < mention). */
static void paint(uint8_t *slot, size_t base, size_t len, size_t s, size_t e, uint8_t v)
{
	if (e <= base || s >= base + len)
		return;
	if (s < base)
		s = base;
	if (e > base + len)
		e = base + len;
	memset(slot + (s - base), v, e - s);
}

static uint8_t speaker_slot(const struct ann *q, enum theme_slot fallback)
{
	return (uint8_t)(q && q->actor >= 0 ? theme_speaker_slot(q->actor) : fallback);
}

static void emit(FILE *out, const char *t, size_t s, size_t e)
{
	size_t i = s;
	while (i < e) {
		size_t k = i;
		int32_t cp = utf8_next(t, e, &k);
		char buf[16];
		const char *rep = visible_replacement(cp, buf);
		if (rep)
			fputs(rep, out);
		else
			fwrite(t + i, 1, k - i, out);
		i = k;
	}
}

int print_article(struct article *a, FILE *out, const struct theme *th, enum colour_mode mode)
{
	const char *t = doc_text(a->doc);
	size_t len = doc_len(a->doc);
	annots *an = a->an;
	if (mode == COLOUR_NONE) {
		/* Plain: the text with control characters made visible. */
		size_t i = 0;
		while (i < len) {
			const char *nl = memchr(t + i, '\n', len - i);
			size_t e = nl ? (size_t)(nl - t) : len;
			emit(out, t, i, e);
			fputc('\n', out);
			i = e + 1;
		}
		return ferror(out) ? -1 : 0;
	}
	int *ids = NULL;
	size_t cap = 0;
	uint8_t *slot = NULL;
	size_t slotcap = 0;
	char sgr[128];
	struct span title = doc_title(a->doc);
	size_t i = 0;
	while (i < len) {
		const char *nl = memchr(t + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - t) : len;
		size_t n = e - i;
		slot = xgrow(slot, &slotcap, n + 1, 1);
		memset(slot, i >= title.start && e <= title.end + 1 && title.end > title.start ? SLOT_TITLE : SLOT_TEXT, n);
		size_t na = n ? annots_overlapping(an, i, e, &ids, &cap) : 0;
		for (int layer = 0; layer < 4; layer++)
			for (size_t k = 0; k < na; k++) {
				const struct ann *x = annots_get(an, ids[k]);
				if (layer == 0 && x->kind == ANN_QUOTE)
					paint(slot, i, n, x->start, x->end, speaker_slot(x, SLOT_QUOTE));
				else if (layer == 1 && x->kind == ANN_CUE)
					paint(slot, i, n, x->start, x->end, speaker_slot(annots_get(an, x->link), SLOT_CUE));
				else if (layer == 2 && x->kind == ANN_TIME)
					paint(slot, i, n, x->start, x->end, SLOT_TIME);
				else if (layer == 3 && x->kind == ANN_MENTION) {
					const struct actor *ac = annots_actor(an, x->actor);
					if (ac)
						paint(slot, i, n, x->start, x->end,
						      (uint8_t)(ac->type == ACTOR_PERSON ? SLOT_ACTOR_PERSON
						                : ac->type == ACTOR_ORG ? SLOT_ACTOR_ORG : SLOT_ACTOR_PLACE));
				}
			}
		size_t run = 0;
		while (run < n) {
			size_t r = run;
			while (r < n && slot[r] == slot[run])
				r++;
			fputs(theme_sgr(&th->slot[slot[run]], mode, sgr, sizeof sgr), out);
			emit(out, t, i + run, i + r);
			run = r;
		}
		fputs("\x1b[0m\n", out);
		i = e + 1;
	}
	free(ids);
	free(slot);
	return ferror(out) ? -1 : 0;
}
