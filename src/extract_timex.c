/* extract_timex.c — time expressions, normalised against the article's date. */
#include "extract.h"

static int run(struct xctx *x, struct gerr *e)
{
	(void)x;
	(void)e;
	return 0;
}

const struct extractor extract_timex = {
	.name = "timex",
	.summary = "time expressions, normalised against the article's date",
	.run = run,
};
