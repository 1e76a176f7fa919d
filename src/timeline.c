/* timeline.c — events in time order (in progress). */
#include "annots.h"
