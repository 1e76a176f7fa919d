#!/usr/bin/env bash
# Fuzzing smoke run (docs/fuzzing.md): build the libFuzzer harnesses in
# build-fuzz (clang, ASan + UBSan), run each for FUZZ_SECONDS (default 20)
# on a scratch copy of its seed corpus, then replay every saved crasher in
# tests/fuzz/regressions/<harness>/.  Exits non-zero on any crash, leak,
# sanitizer report or timeout.  Without clang it prints a skip line and
# exits 0.  The committed corpora are never grown.
#
#   FUZZ_SECONDS=N     seconds per harness (default 20)
#   FUZZ_ONLY=NAME     run one harness (e.g. fuzz_export)
#   FUZZ_BUILD=DIR     build directory (default build-fuzz)
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
secs=${FUZZ_SECONDS:-20}
build=${FUZZ_BUILD:-build-fuzz}

if ! command -v clang >/dev/null 2>&1; then
	echo "fuzz smoke: skipped (clang not found; libFuzzer needs clang)"
	exit 0
fi

if [ ! -f "$build/build.ninja" ]; then
	CC=clang meson setup "$build" -Dfuzz=true -Dtests=false -Db_sanitize=address,undefined \
		-Db_lundef=false >&2 || { echo "fuzz smoke: meson setup failed" >&2; exit 1; }
fi
ninja -C "$build" >&2 || { echo "fuzz smoke: build failed" >&2; exit 1; }

work=$(mktemp -d /tmp/glose-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home/.config" "$work/home/.local/share"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export GLOSE_DATADIR="$root" NO_COLOR=1
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

corpus_of() {   # seed corpus and dictionary of a harness
	case $1 in
	fuzz_article|fuzz_export) echo "article article.dict" ;;
	fuzz_config) echo "config yaml.dict" ;;
	fuzz_theme) echo "theme yaml.dict" ;;
	fuzz_lang) echo "lang yaml.dict" ;;
	fuzz_sidecar) echo "sidecar yaml.dict" ;;
	*) echo "$1 yaml.dict" ;;
	esac
}

fail=0 ran=0
for bin in "$build"/tests/fuzz/fuzz_*; do
	[ -x "$bin" ] && [ -f "$bin" ] || continue
	name=$(basename "$bin")
	[ -n "${FUZZ_ONLY:-}" ] && [ "$name" != "$FUZZ_ONLY" ] && continue
	read -r corpus dict < <(corpus_of "$name")
	mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
	if [ -d "tests/fuzz/corpus/$corpus" ]; then
		cp -r "tests/fuzz/corpus/$corpus/." "$work/$name/corpus/"
	fi
	log="$work/$name/log"
	echo "== $name: ${secs}s" >&2
	"$bin" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 -max_len=65536 \
		-print_final_stats=1 -dict="tests/fuzz/$dict" \
		-artifact_prefix="$work/$name/artifacts/" "$work/$name/corpus" >"$log" 2>&1
	rc=$?
	ran=$((ran + 1))
	grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|#[0-9]+ *DONE)' "$log" | tr '\n' ' ' >&2
	echo >&2
	if [ $rc -ne 0 ]; then
		fail=$((fail + 1))
		echo "FAIL: $name crashed (exit $rc); last lines of its log:" >&2
		tail -n 60 "$log" >&2
		for a in "$work/$name/artifacts/"*; do
			[ -f "$a" ] || continue
			mkdir -p "tests/fuzz/corpus-work/crashers/$name"
			cp "$a" "tests/fuzz/corpus-work/crashers/$name/"
			echo "  input kept in tests/fuzz/corpus-work/crashers/$name/$(basename "$a") (minimise it, then move it to tests/fuzz/regressions/$name/)" >&2
		done
	fi
done

# Replay the saved crashers: each must now run clean.
for dir in tests/fuzz/regressions/fuzz_*; do
	[ -d "$dir" ] || continue
	name=$(basename "$dir")
	bin="$build/tests/fuzz/$name"
	[ -n "${FUZZ_ONLY:-}" ] && [ "$name" != "$FUZZ_ONLY" ] && continue
	files=("$dir"/*)
	[ -f "${files[0]}" ] || continue
	if [ ! -x "$bin" ]; then
		echo "FAIL: regressions for $name but no such harness" >&2
		fail=$((fail + 1))
		continue
	fi
	echo "== $name: replaying ${#files[@]} regression input(s)" >&2
	if ! "$bin" -rss_limit_mb=2048 -timeout=20 "${files[@]}" >"$work/replay.log" 2>&1; then
		fail=$((fail + 1))
		echo "FAIL: $name regression replay:" >&2
		tail -n 60 "$work/replay.log" >&2
	fi
done

if [ "$ran" -eq 0 ]; then
	echo "fuzz smoke: no harness was built" >&2
	exit 1
fi
echo "fuzz smoke: $ran harness(es), $fail failure(s)"
[ "$fail" -eq 0 ]
