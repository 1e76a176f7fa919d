/* extract_actors.c — named actors: people, organisations, places, with their aliases. */
#include "extract.h"

static int run(struct xctx *x, struct gerr *e)
{
	(void)x;
	(void)e;
	return 0;
}

const struct extractor extract_actors = {
	.name = "actors",
	.summary = "named actors: people, organisations, places, with their aliases",
	.run = run,
};
