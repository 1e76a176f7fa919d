/* fuzz_theme.c — the theme loader (theme_load_buf) on arbitrary YAML.
 * A refused theme leaves the one it was given; an accepted one gives, in every
 * colour mode, SGR sequences and nothing else for every slot. */
#include <stdio.h>
#include <string.h>

#include "fuzz_common.h"
#include "theme.h"

static void check_sgr(const struct style *st, enum colour_mode mode)
{
	char buf[64];
	const char *s = theme_sgr(st, mode, buf, sizeof buf);
	size_t n = strlen(s);
	if (n == 0)
		return;
	/* ESC [ digits and ';' m */
	if (n < 3 || s[0] != '\x1b' || s[1] != '[' || s[n - 1] != 'm')
		fuzz_fail("theme_sgr", "not an SGR sequence");
	for (size_t i = 2; i + 1 < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || s[i] == ';'))
			fuzz_fail("theme_sgr", "unexpected byte inside the SGR sequence");
	for (int bg = 0; bg < 2; bg++) {
		enum colour_mode kind;
		int c = theme_colour(st, mode, bg, &kind);
		if (c == -1)
			continue;
		if ((kind == COLOUR_TRUE && (c < 0 || c > 0xFFFFFF)) || (kind == COLOUR_256 && (c < 0 || c > 255)) ||
		    (kind == COLOUR_16 && (c < 0 || c > 15)) || kind > mode)
			fuzz_fail("theme_colour", "colour out of range for its kind");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* *t must hold a theme; on error it is left as it was. */
	struct theme t, before;
	theme_builtin(&t, "mono");
	theme_builtin(&before, "mono");
	struct gerr e = {0};
	int rc = theme_load_buf(&t, "/fuzz/theme.yaml", (const char *)data, size, &e);
	if (rc != 0) {
		fuzz_check_err("theme_load_buf", e.msg);
		if (strcmp(t.name, before.name) != 0 || memcmp(t.slot, before.slot, sizeof t.slot) != 0)
			fuzz_fail("theme_load_buf", "a refused theme changed the theme it was given");
	}
	theme_free(&before);
	if (!t.name)
		fuzz_fail("theme_load_buf", "theme without a name");
	fuzz_check_utf8("theme name", t.name, strlen(t.name));
	for (int s = 0; s < SLOT_COUNT; s++)
		for (int m = COLOUR_NONE; m <= COLOUR_TRUE; m++)
			check_sgr(&t.slot[s], (enum colour_mode)m);
	(void)theme_has_colour(&t);
	theme_free(&t);
	return 0;
}
