/* extract_events.c — events anchored by time expressions, ordered on a timeline. */
#include "extract.h"

static int run(struct xctx *x, struct gerr *e)
{
	(void)x;
	(void)e;
	return 0;
}

const struct extractor extract_events = {
	.name = "events",
	.summary = "events anchored by time expressions, ordered on a timeline",
	.run = run,
};
