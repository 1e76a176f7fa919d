/* timex_match.c — recognising time expressions (in progress). */
#include "timex_norm.h"
