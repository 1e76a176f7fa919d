#!/usr/bin/env bash
# Run the unit tests (not the fuzzers, which need ASan) under valgrind
# memcheck: any invalid read or write, use of uninitialised memory, or
# definite/indirect leak fails the test.  Needs a build without sanitizers.
#
#   tests/valgrind.sh [BUILD_DIR] [TEST...]     (default: build, all unit tests)
#   e.g. tests/valgrind.sh build hostile load
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
[ $# -gt 0 ] && shift
command -v valgrind >/dev/null || { echo "valgrind: not installed" >&2; exit 1; }
[ -f "$build/build.ninja" ] || { echo "valgrind: no build in $build (meson setup $build)" >&2; exit 1; }
if meson introspect "$build" --buildoptions | python3 -c '
import json, sys
o = {x["name"]: x["value"] for x in json.load(sys.stdin)}
sys.exit(0 if o.get("b_sanitize", "none") == "none" else 1)'; then :; else
	echo "valgrind: $build is built with sanitizers; use a plain build" >&2
	exit 1
fi
ninja -C "$build" >&2
exec meson test -C "$build" --suite unit --print-errorlogs --timeout-multiplier 20 \
	--wrap "valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --track-origins=yes --num-callers=30" \
	"$@"
