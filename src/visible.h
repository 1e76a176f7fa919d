/* visible.h — how characters from the article that must never reach the
 * terminal as-is are shown: C0/C1 controls and DEL as caret notation
 * ("^[", "^?") or <U+009B>, bidi controls as <U+202E>, like less does.
 * Used by the printer and the reader alike. */
#ifndef GLOSE_VISIBLE_H
#define GLOSE_VISIBLE_H

#include <stdbool.h>
#include <stdint.h>

/* If cp must be shown as a visible replacement, write it into buf (NUL-
 * terminated, at most 10 bytes) and return buf; else return NULL.
 * Tab and line feed are not replaced (the caller lays them out). */
const char *visible_replacement(int32_t cp, char buf[16]);

#endif
