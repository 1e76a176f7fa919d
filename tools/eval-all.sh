#!/usr/bin/env bash
# Score a glose binary on every development set, one block per set: the
# summary line, entity F1 by type and the French / English lines.
#   tools/eval-all.sh PATH/TO/glose [SET...]     (from the repository's root)
# Default sets: ../shared/eval/dev (when it is beside the repository) and the
# tests/eval* sets that are read while glose is developed.  The unseen sets
# (eval7, eval9, eval12; README's layout table) are left out unless named:
# only their summary lines should ever be looked at.
set -euo pipefail
bin=$(realpath "$1"); shift
run=../shared/eval/run.sh
[ -f "$run" ] || { echo "eval-all: $run not found (../shared/eval beside the repository)" >&2; exit 1; }
sets=("$@")
if ((${#sets[@]} == 0)); then
	[ -d ../shared/eval/dev ] && sets+=(../shared/eval/dev)
	for s in eval eval2 eval3 eval4 eval5 eval6 eval8 eval10 eval11; do sets+=("tests/$s"); done
fi
for d in "${sets[@]}"; do
	out=$(GLOSE_DATADIR=$PWD bash "$run" "$bin" "$d" 2>/dev/null)
	echo "== $d"
	grep -E '^quotes_f1=' <<<"$out"
	grep -E '^entities by type' <<<"$out" | sed 's/entities by type (micro): *//'
	grep -E '^MICRO (en|fr)' <<<"$out"
done
