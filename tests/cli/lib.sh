# Shared helpers for the command-line tests (sourced).
set -u
BIN=${GLOSE_BIN:?GLOSE_BIN is not set}
TESTDIR=${GLOSE_TESTDIR:?GLOSE_TESTDIR is not set}
TMP=$(mktemp -d /tmp/glose-cli.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
npass=0 nfail=0
ok() { npass=$((npass + 1)); }
bad() { nfail=$((nfail + 1)); echo "FAIL: $*" >&2; }
# expect_status WANT CMD... : run, keep stdout/stderr in $TMP/out $TMP/err
expect_status() {
	local want=$1; shift
	"$@" >"$TMP/out" 2>"$TMP/err"
	local got=$?
	if [ "$got" -eq "$want" ]; then ok; else bad "exit $got, want $want: $* ($(head -c 300 "$TMP/err"))"; fi
}
expect_err() {   # expect_err EXACT-LINE : stderr's first line
	local first; first=$(head -n 1 "$TMP/err")
	if [ "$first" = "$1" ]; then ok; else bad "stderr '$first', want '$1'"; fi
}
expect_out_has() { if grep -qF -- "$1" "$TMP/out"; then ok; else bad "stdout lacks '$1'"; fi; }
expect_out_lacks() { if grep -qF -- "$1" "$TMP/out"; then bad "stdout has '$1'"; else ok; fi; }
finish() {
	echo "$npass passed, $nfail failed"
	[ "$nfail" -eq 0 ]
}
