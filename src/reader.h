/* reader.h — the interactive pager (ncursesw). */
#ifndef GLOSE_READER_H
#define GLOSE_READER_H

#include "article.h"
#include "config.h"
#include "util.h"

struct reader_opts {
	const char *startup_message;   /* shown on the status line at start, or NULL */
	const char *config_error;      /* a config that failed to load: shown, defaults used */
	unsigned modules;              /* extractors to run (the reader may run them in the background) */
};

/* Run the reader on an opened article (extraction not yet run: the reader
 * renders first and extracts in the background).  Returns an EXIT_* code. */
int reader_run(struct article *a, struct config *c, const struct reader_opts *o, struct gerr *e);

#endif
