/* extract_quotes.c — quotations and who said them, direct and reported. */
#include "extract.h"

static int run(struct xctx *x, struct gerr *e)
{
	(void)x;
	(void)e;
	return 0;
}

const struct extractor extract_quotes = {
	.name = "quotes",
	.summary = "quotations and who said them, direct and reported",
	.run = run,
};
