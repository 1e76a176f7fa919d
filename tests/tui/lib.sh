# lib.sh — shared helpers for the terminal tests (sourced).
#
# Each test runs the real binary ($GLOSE_BIN) in a private tmux server
# (socket glose-test-<pid>), sends keys, and checks the screen, colours
# included, through `capture-pane -p -e` and screen.py.  Waiting is by
# polling the screen for an expected string a bounded number of times:
# sleeps are never assertions.
set -u
BIN=${GLOSE_BIN:?GLOSE_BIN is not set}
TESTDIR=${GLOSE_TESTDIR:?GLOSE_TESTDIR is not set}
TUI=$TESTDIR/tui
SOCK=glose-test-$$-0
nstart=0
TMP=$(mktemp -d /tmp/glose-tui.XXXXXX)
TARGET=t:0
npass=0 nfail=0

if ! command -v tmux >/dev/null; then
	echo "tmux is not installed: skipping"
	exit 77
fi
if ! command -v python3 >/dev/null; then
	echo "python3 is not installed: skipping"
	exit 77
fi

printf 'set -g status off\nset -g escape-time 0\n' >"$TMP/tmux.conf"
tm() { tmux -L "$SOCK" -f "$TMP/tmux.conf" "$@"; }
cleanup() {
	tm kill-server >/dev/null 2>&1 || true
	rm -rf "$TMP"
}
trap cleanup EXIT

# The seed article, when the shared material sits beside the repository.
seed_article() {
	local p
	for p in "${GLOSE_SEED:-}" "$TESTDIR/../../shared/seed/article.fr.txt" "$TESTDIR/../shared/seed/article.fr.txt"; do
		if [ -n "$p" ] && [ -f "$p" ]; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

# start W H ARGS... : glose ARGS in a W×H window; a line "__EXIT__=status"
# appears when it exits.
start() {
	local w=$1 h=$2 cmd
	shift 2
	printf -v cmd '%q ' "$BIN" "$@"
	start_cmd "$w" "$h" "$cmd"
}

# start_cmd W H "shell command" : the same for any command line (run by sh
# from a script, so no quoting gets in the way).
start_cmd() {
	local w=$1 h=$2
	# A fresh server each time: a dying one must not take the new session along.
	tm kill-server >/dev/null 2>&1 || true
	nstart=$((nstart + 1))
	SOCK=glose-test-$$-$nstart
	{
		echo 'unset COLORTERM TMUX'
		echo 'export TERM=xterm-256color LC_ALL=C.UTF-8 LANG=C.UTF-8'
		echo "${TUI_ENV:-}"     # more settings for this run (export lines)
		echo "$3"
		echo 'echo __EXIT__=$?'
		echo 'sleep 600'
	} >"$TMP/run.sh"
	tm new-session -d -s t -x "$w" -y "$h" "sh $TMP/run.sh"
}

screen() { tm capture-pane -p -t "$TARGET"; }
screen_e() { tm capture-pane -p -e -t "$TARGET"; }
keys() { tm send-keys -t "$TARGET" "$@"; }
# Literal text (no key names).
type_text() { tm send-keys -t "$TARGET" -l "$1"; }

# wait_for TEXT [TRIES] : poll the screen until TEXT shows (0.1 s apart).
wait_for() {
	local text=$1 tries=${2:-100} i
	for ((i = 0; i < tries; i++)); do
		if screen | grep -qF -- "$text"; then
			return 0
		fi
		sleep 0.1
	done
	return 1
}

# wait_gone TEXT [TRIES] : poll until TEXT is no longer on the screen.
wait_gone() {
	local text=$1 tries=${2:-100} i
	for ((i = 0; i < tries; i++)); do
		if ! screen | grep -qF -- "$text"; then
			return 0
		fi
		sleep 0.1
	done
	return 1
}

# top_has N TEXT : poll until TEXT is in the first N rows (a key's redraw
# may come after the keys are sent, later under load).
top_has() {
	local i
	for ((i = 0; i < 100; i++)); do
		screen | head -n "$1" | grep -qF -- "$2" && return 0
		sleep 0.1
	done
	return 1
}
# The last row (the status line).
status_row() { screen | tail -n 1; }
# wait_status TEXT : poll the status line.
wait_status() {
	local text=$1 tries=${2:-100} i
	for ((i = 0; i < tries; i++)); do
		if status_row | grep -qF -- "$text"; then
			return 0
		fi
		sleep 0.1
	done
	return 1
}

# style_of TEXT [N] : the style of the first character of TEXT (N-th occurrence).
# wait_style TEXT N STYLE : poll until TEXT's N-th occurrence has STYLE;
# wait_style_not TEXT N STYLE : until it lacks STYLE.
wait_style_is() {   # wait_style_is yes|no TEXT N STYLE
	local i has
	for ((i = 0; i < 50; i++)); do
		case "$(style_of "$2" "$3")" in *"$4"*) has=yes ;; *) has=no ;; esac
		[ "$has" = "$1" ] && return 0
		sleep 0.1
	done
	return 1
}
wait_style() { wait_style_is yes "$@"; }
wait_style_not() { wait_style_is no "$@"; }
style_of() { screen_e | python3 "$TUI/screen.py" style "$@"; }
uniform() { screen_e | python3 "$TUI/screen.py" uniform "$1"; }
screen_width() { screen | python3 "$TUI/screen.py" width; }

# select_in_pane TEXT : move the focused pane's selection (j) until the
# selected line ('›' marks it) holds TEXT.
select_in_pane() {
	local i
	keys g
	for ((i = 0; i < 60; i++)); do
		if screen | grep -qF -- "›$1"; then
			return 0
		fi
		keys j
		sleep 0.05
	done
	return 1
}

ok() { npass=$((npass + 1)); }
bad() {
	nfail=$((nfail + 1))
	echo "FAIL: $*" >&2
	echo "---- screen ----" >&2
	screen >&2 || true
	echo "----------------" >&2
}
check() {   # check DESCRIPTION COMMAND... : ok if the command succeeds
	local what=$1
	shift
	if "$@"; then ok; else bad "$what"; fi
}
expect_eq() {   # expect_eq DESCRIPTION GOT WANT
	if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi
}
expect_has() {  # expect_has DESCRIPTION HAYSTACK NEEDLE
	case "$2" in *"$3"*) ok ;; *) bad "$1: '$2' lacks '$3'" ;; esac
}
# The theme's colours as the tests expect them (themes/dark.yaml, 256 colours).
FG_PERSON="fg=221 bold"
FG_TITLE="fg=231 bold"

# quit : q, then the shell reports glose's exit status.
quit_ok() {
	keys q
	if wait_for "__EXIT__=0" 50; then ok; else bad "glose did not quit with status 0"; fi
}
finish() {
	echo "$npass passed, $nfail failed"
	[ "$nfail" -eq 0 ]
}
