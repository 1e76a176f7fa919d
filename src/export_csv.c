/* export_csv.c — who said what, RFC 4180 CSV. */
#include "export.h"

static int write_csv(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)a;
	(void)out;
	return gerr_set(e, EXIT_FAIL, "export: format 'csv' is being written");
}

const struct exporter export_csv = {
	.name = "csv",
	.ext = ".csv",
	.summary = "who said what, RFC 4180 CSV",
	.write = write_csv,
};
