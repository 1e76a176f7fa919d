/* export_w3c.c — W3C Web Annotation JSON-LD. */
#include "export.h"

static int write_w3c(struct article *a, struct export_out *out, struct gerr *e)
{
	(void)a;
	(void)out;
	return gerr_set(e, EXIT_FAIL, "export: format 'w3c' is being written");
}

const struct exporter export_w3c = {
	.name = "w3c",
	.ext = ".jsonld",
	.summary = "W3C Web Annotation JSON-LD",
	.write = write_w3c,
};
