/* export_brat.c — brat standoff (.ann beside a .txt copy). */
#include "export.h"

static int write_brat(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)a;
	(void)out;
	return gerr_set(e, EXIT_FAIL, "export: format 'brat' is being written");
}

const struct exporter export_brat = {
	.name = "brat",
	.ext = ".ann",
	.summary = "brat standoff (.ann beside a .txt copy)",
	.write = write_brat,
};
