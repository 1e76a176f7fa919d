/* fuzz_config.c — the configuration loader (config_load_buf) on arbitrary
 * YAML.  A refused file must leave the configuration as it was and give a
 * one-line message; an accepted one must dump (config_dump) to YAML that
 * loads back to the same configuration. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "fuzz_common.h"

#define NAME "/fuzz/config.yaml"

static char *dump(const struct config *c, const char *what)
{
	struct sbuf b = {0};
	struct gerr e = {0};
	if (config_dump(c, &b, &e) != 0)
		fuzz_fail(what, e.msg);
	fuzz_check_utf8(what, b.s ? b.s : "", b.len);
	return sbuf_take(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *defaults;
	struct config c;
	if (!defaults) {
		config_defaults(&c);
		defaults = dump(&c, "config_dump of the defaults");
		config_free(&c);
	}
	struct gerr e = {0};
	config_defaults(&c);
	if (config_load_buf(&c, NAME, (const char *)data, size, &e) != 0) {
		fuzz_check_err("config_load_buf", e.msg);
		char *after = dump(&c, "config_dump after an error");
		if (strcmp(after, defaults) != 0)
			fuzz_fail("config_load_buf", "a refused file changed the configuration");
		free(after);
		config_free(&c);
		return 0;
	}
	char *first = dump(&c, "config_dump");
	struct config c2;
	config_defaults(&c2);
	if (config_load_buf(&c2, NAME, first, strlen(first), &e) != 0) {
		fprintf(stderr, "--- dump:\n%s---\n", first);
		fuzz_fail("config_dump output does not load back", e.msg);
	}
	char *second = dump(&c2, "config_dump of the reloaded dump");
	if (strcmp(first, second) != 0) {
		fprintf(stderr, "--- first dump:\n%s--- second dump:\n%s---\n", first, second);
		fuzz_fail("config_dump", "the dump does not load back to the same configuration");
	}
	free(first);
	free(second);
	config_free(&c2);
	config_free(&c);
	return 0;
}
