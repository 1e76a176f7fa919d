#!/usr/bin/env bash
# tui_terminal.sh — the terminal is always given back: ^Z suspends and fg
# resumes; SIGTERM, SIGINT, SIGHUP and SIGSEGV restore the terminal before
# glose dies; an article from a pipe reads keys from the terminal.
. "$(dirname "$0")/lib.sh"
ART=$TUI/fixtures/conseil.fr.txt

start_cmd 100 30 "PS1='prompt> ' exec bash --norc --noprofile -i"
check "shell ready" wait_for "prompt>"
type_text "echo SHELL=\$\$"
keys Enter
check "shell pid shown" wait_for "SHELL="
SHELL_PID=$(screen | sed -n 's/^SHELL=\([0-9]*\)$/\1/p' | head -n 1)
alt() { tm display -p -t "$TARGET" '#{alternate_on}'; }
wait_alt() {   # wait_alt 0|1
	local i
	for ((i = 0; i < 100; i++)); do
		[ "$(alt)" = "$1" ] && return 0
		sleep 0.1
	done
	return 1
}
glose_pid() { ps -o pid=,comm= --ppid "$SHELL_PID" | awk '$2 == "glose" {print $1}' | head -n 1; }
wait_dead() {
	local i
	for ((i = 0; i < 100; i++)); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.1
	done
	return 1
}
tty_mode() {   # tty_mode TAG : print TAG=<icanon|-icanon>,<echo|-echo>
	keys C-u
	type_text "echo $1=\$(stty -a | tr ' ;' '\n\n' | grep -x -- '-\?icanon'),\$(stty -a | tr ' ;' '\n\n' | grep -x -- '-\?echo')"
	keys Enter
}
run_glose() {   # run_glose [--no-rc] COMMAND...
	local rc='; echo RC=$?'
	if [ "$1" = --no-rc ]; then
		rc=''
		shift
	fi
	keys C-u
	type_text "clear; $* $rc"
	keys Enter
	check "glose runs: $*" wait_for "Conseil de Gen"
	check "alternate screen on" wait_alt 1
}

# ^Z and fg.
# (Without "; echo": bash would go on with the list when glose stops.)
run_glose --no-rc "$BIN --date 2025-12-03 $ART"
keys j
check "j scrolls" wait_gone "Conseil de Gen"
keys C-z
check "^Z stops glose" wait_for "Stopped"
check "^Z gives the screen back" wait_alt 0
tty_mode SUSP
check "^Z restores the terminal modes" wait_for "SUSP=icanon,echo"
keys C-u
type_text "fg"
keys Enter
check "fg brings glose back where it was" wait_for "Publié le 2 décembre"
check "and its screen" wait_alt 1
keys g
check "and it still reads keys" wait_for "Conseil de Gen"
keys q
check "quits after resuming" wait_alt 0

# Fatal signals.
for sig in TERM INT HUP SEGV; do
	run_glose "$BIN --date 2025-12-03 $ART"
	pid=$(glose_pid)
	check "found glose's pid for $sig" test -n "$pid"
	[ -n "$pid" ] && kill -"$sig" "$pid"
	check "SIG$sig ends glose" wait_dead "$pid"
	check "SIG$sig gives the screen back" wait_alt 0
	tty_mode "M$sig"
	check "SIG$sig restores the terminal modes" wait_for "M$sig=icanon,echo"
done

# The article from a pipe: keys come from the terminal.
run_glose "cat $ART | $BIN --date 2025-12-03"
check "the status names standard input" wait_status "(stdin)"
keys G
check "keys work" wait_status "100%"
keys q
check "quits with status 0" wait_for "RC=0"
tty_mode PIPE
check "terminal modes after the pipe run" wait_for "PIPE=icanon,echo"
finish
