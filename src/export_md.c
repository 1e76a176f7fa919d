/* export_md.c — a readable Markdown report. */
#include "export.h"

static int write_md(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)a;
	(void)out;
	return gerr_set(e, EXIT_FAIL, "export: format 'md' is being written");
}

const struct exporter export_md = {
	.name = "md",
	.ext = ".md",
	.summary = "a readable Markdown report",
	.write = write_md,
};
