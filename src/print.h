/* print.h — the non-interactive printer: the article with its highlights as
 * ANSI colours (or plain), control characters made visible.  Used when
 * standard output is not a terminal, as bat does. */
#ifndef GLOSE_PRINT_H
#define GLOSE_PRINT_H

#include <stdio.h>
#include "article.h"
#include "theme.h"

int print_article(struct article *a, FILE *out, const struct theme *t, enum colour_mode mode);

#endif
