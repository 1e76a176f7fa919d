#!/usr/bin/env bash
# Kill a process with SIGKILL at random moments while it adds and saves
# annotations: afterwards the sidecar must always load, and hold every
# annotation the process reported saved before it died.
source "$(dirname "$0")/lib.sh"

STRESS=$(dirname "$BIN")/tests/sidecar_stress
[ -x "$STRESS" ] || { echo "FAIL: $STRESS is not built" >&2; exit 1; }
export XDG_DATA_HOME="$TMP/data"

art="$TMP/article.txt"
cat >"$art" <<'TXT'
Night ferry service resumes after storm repairs
The first crossing left at ten with forty passengers aboard.
"We waited three weeks for this," said one commuter at the pier.
The operator expects the full timetable to return by Friday.
Repairs to the ramp cost more than the port had planned.
TXT

log="$TMP/saved.log"
: >"$log"
rounds=${SIDECAR_KILL_ROUNDS:-25}
for ((i = 1; i <= rounds; i++)); do
	"$STRESS" add "$art" "$log" 2>"$TMP/stress.err" &
	pid=$!
	# Let the writer save at least once this round (slow under sanitizers),
	# then kill it at a random moment of its work.
	before=$(wc -l <"$log")
	for ((t = 0; t < 400; t++)); do
		[ "$(wc -l <"$log")" -gt "$before" ] && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	sleep "0.$((RANDOM % 3))$((RANDOM % 10))"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid"
	st=$?
	if [ "$st" -eq 137 ]; then ok; else bad "round $i: the writer exited with $st before the kill: $(head -c 300 "$TMP/stress.err")"; fi
	if "$STRESS" check "$art" "$log" >"$TMP/out" 2>"$TMP/err"; then
		ok
	else
		bad "round $i: $(head -c 500 "$TMP/err")"
		break
	fi
done
cat "$TMP/out"

# The kills did land while work was being saved.
last=$(tail -n 1 "$log")
if [ "${last:-0}" -ge 20 ]; then ok; else bad "only ${last:-0} annotations were saved in $rounds rounds"; fi
finish
