/* reader.c — placeholder until the ncurses reader lands: prints the article. */
#include "reader.h"

#include <stdio.h>
#include "print.h"

int reader_run(struct article *a, struct config *c, const struct reader_opts *o, struct gerr *e)
{
	(void)c;
	if (article_extract(a, o->modules, e) != 0)
		return e->code;
	struct theme th;
	theme_default(&th);
	int rc = print_article(a, stdout, &th, COLOUR_256);
	theme_free(&th);
	return rc ? EXIT_FAIL : EXIT_OK;
}
