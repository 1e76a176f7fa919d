/* visible.c — visible replacements for control and bidi characters. */
#include "visible.h"

#include <stdio.h>

const char *visible_replacement(int32_t cp, char buf[16])
{
	if (cp == '\t' || cp == '\n')
		return NULL;
	if (cp < 0x20 || cp == 0x7f) {
		buf[0] = '^';
		buf[1] = cp == 0x7f ? '?' : (char)(cp + 0x40);
		buf[2] = 0;
		return buf;
	}
	if ((cp >= 0x80 && cp <= 0x9f) ||              /* C1 controls, CSI 0x9B among them */
	    (cp >= 0x202a && cp <= 0x202e) ||          /* bidi embeddings and overrides */
	    (cp >= 0x2066 && cp <= 0x2069) ||          /* bidi isolates */
	    cp == 0x200e || cp == 0x200f || cp == 0x061c || /* directional marks */
	    (cp >= 0xfff9 && cp <= 0xfffb)) {          /* interlinear annotation controls */
		snprintf(buf, 16, "<U+%04X>", (unsigned)cp);
		return buf;
	}
	return NULL;
}
