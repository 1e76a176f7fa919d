#!/usr/bin/env bash
# glose benchmarks (docs/benchmarks.md): builds a release binary in
# build-bench, generates French and English news text into $BENCH_DIR
# (default /tmp/glose-bench; never in the repository), and measures on one
# core (taskset -c 0):
#   - export throughput (MB/s of `glose export -f json`), 5 MB and 100 MB;
#   - the cost of each extractor (-m none, -m actors, ...) and each format;
#   - time to the first screen (GLOSE_BENCH_FIRST_FRAME=1, under a pty);
#   - key-to-frame latency (GLOSE_BENCH_KEYS);
#   - peak RSS against the input size (/usr/bin/time -v).
# Writes $BENCH_DIR/results.md (the figures bench/RESULTS.md is written from)
# and the raw hyperfine JSON beside it.
#
#   bench/run.sh            everything (the 100 MB runs take a while)
#   bench/run.sh --quick    5 KB and 5 MB only
#   BENCH_RUNS=N            hyperfine runs for the 5 MB inputs (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
quick=false
[ "${1:-}" = "--quick" ] && quick=true
out=${BENCH_DIR:-/tmp/glose-bench}
runs=${BENCH_RUNS:-5}
build=build-bench
mkdir -p "$out"
for tool in hyperfine taskset script python3; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time (GNU time) is needed" >&2; exit 1; }

# --- release build -----------------------------------------------------------
# With link-time optimisation, as a release should be built (docs/benchmarks.md).
if [ ! -f "$build/build.ninja" ]; then
	meson setup "$build" -Dbuildtype=release -Db_ndebug=true -Db_lto=true >&2
else
	meson configure "$build" -Db_lto=true >&2
fi
ninja -C "$build" glose >&2
bin=$root/$build/glose
export GLOSE_DATADIR=$root NO_COLOR= LC_ALL=C.UTF-8
export HOME=$out/home XDG_CONFIG_HOME=$out/home/.config XDG_DATA_HOME=$out/home/.local/share
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
pin() { taskset -c 0 "$@"; }

# --- inputs ---------------------------------------------------------------------
sizes="5M"
$quick || sizes="5M 100M"
gen_sum=$(sha256sum bench/gen.py samples/*.txt | sha256sum | cut -c1-16)
for lang in fr en; do
	for s in $sizes; do
		f=$out/$lang-$s.txt
		if [ ! -f "$f" ] || [ "$(cat "$f.gen" 2>/dev/null)" != "$gen_sum" ]; then
			echo "bench: generating $f" >&2
			python3 bench/gen.py "$lang" "$s" "$f"
			echo "$gen_sum" >"$f.gen"
		fi
	done
	# One article of about 5 KB: whole lines from the start of the 5 MB text.
	python3 - "$out/$lang-5M.txt" "$out/$lang-5K.txt" <<'PY'
import sys
src, dst = sys.argv[1:]
text = open(src, encoding="utf-8").read(20000)
out = ""
for line in text.splitlines(True):
    if len((out + line).encode()) > 5000:
        break
    out += line
open(dst, "w", encoding="utf-8").write(out)
PY
done
size_of() { stat -c %s "$1"; }

res=$out/results.md
{
	echo "# glose benchmark run"
	echo
	echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
	echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
	echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; pinned to core 0"
	echo "- memory: $(free -m | awk '/^Mem:/ {print $2}') MiB"
	echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- $(hyperfine --version), $("$bin" --version)"
	echo
} >"$res"

mean_of() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(" ".join("%.4f %.4f %.4f" % (x["mean"], x["stddev"] or 0, x["user"]) for x in r))' "$1"; }

# --- throughput -------------------------------------------------------------------
{
	echo "## Export throughput (glose export -f json, all extractors)"
	echo
	echo "| input | size | wall (mean ± sd) | CPU user | MB/s (wall) | MB/s (CPU) |"
	echo "|---|---|---|---|---|---|"
} >>"$res"
for lang in fr en; do
	f=$out/$lang-5M.txt
	hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/tp-$lang-5M.json" \
		"taskset -c 0 $bin export -f json $f" >&2
	read -r m sd u < <(mean_of "$out/tp-$lang-5M.json")
	python3 -c "import sys; n=int(sys.argv[1]); m,sd,u=map(float,sys.argv[2:5]); print(f'| {sys.argv[5]} | {n/1e6:.1f} MB | {m:.3f} ± {sd:.3f} s | {u:.3f} s | {n/1e6/m:.2f} | {n/1e6/u:.2f} |')" \
		"$(size_of "$f")" "$m" "$sd" "$u" "$lang-5M" >>"$res"
done
if ! $quick; then
	for lang in fr en; do
		f=$out/$lang-100M.txt
		pin /usr/bin/time -v -o "$out/time-$lang-100M.txt" "$bin" export -f json "$f" >/dev/null
		python3 - "$out/time-$lang-100M.txt" "$(size_of "$f")" "$lang-100M" >>"$res" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
n = int(sys.argv[2])
wall = t.split("Elapsed (wall clock) time (h:mm:ss or m:ss):")[1].split()[0].split(":")
w = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
u = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1))
print(f"| {sys.argv[3]} | {n/1e6:.1f} MB | {w:.2f} s (1 run) | {u:.2f} s | {n/1e6/w:.2f} | {n/1e6/u:.2f} |")
PY
	done
fi
echo >>"$res"

# --- per extractor, per format ----------------------------------------------------
{
	echo "## Cost of each extractor (fr-5M, export -f json -m X)"
	echo
	echo "| modules | wall (mean ± sd) | CPU user | MB/s (CPU) |"
	echo "|---|---|---|---|"
} >>"$res"
f=$out/fr-5M.txt
cmds=()
for m in none actors quotes timex events all; do
	cmds+=("taskset -c 0 $bin export -f json -m $m $f")
done
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/modules.json" "${cmds[@]}" >&2
python3 - "$out/modules.json" "$(size_of "$f")" >>"$res" <<'PY'
import json, sys
n = int(sys.argv[2])
for r in json.load(open(sys.argv[1]))["results"]:
    m = r["command"].split(" -m ")[1].split()[0]
    print(f"| {m} | {r['mean']:.3f} ± {r['stddev']:.3f} s | {r['user']:.3f} s | {n/1e6/r['user']:.2f} |")
PY
echo >>"$res"
{
	echo "## Cost of each format (fr-5M, all extractors)"
	echo
	echo "| format | wall (mean ± sd) | CPU user |"
	echo "|---|---|---|"
} >>"$res"
cmds=()
for fm in json w3c csv md; do
	cmds+=("taskset -c 0 $bin export -f $fm $f")
done
cmds+=("taskset -c 0 $bin export -f brat -o $out/fr-5M.ann $f")
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/formats.json" "${cmds[@]}" >&2
python3 - "$out/formats.json" >>"$res" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    fm = r["command"].split(" -f ")[1].split()[0]
    print(f"| {fm} | {r['mean']:.3f} ± {r['stddev']:.3f} s | {r['user']:.3f} s |")
PY
echo >>"$res"

# --- first screen and key latency (under a pty) -----------------------------------
export TERM=xterm-256color COLUMNS=120 LINES=40
inputs="fr-5K en-5K fr-5M"
$quick || inputs="$inputs fr-100M"
{
	echo "## Time to the first screen (120x40 pty, GLOSE_BENCH_FIRST_FRAME=1)"
	echo
	echo "Process: exec to exit after the first frame, minus the cost of \`script\` itself"
	echo "(an empty command under it).  Reader: as glose reports it, from reader_run()"
	echo "to the first frame (the text is loaded and segmented before that)."
	echo
	echo "| input | process (mean ± sd) | process CPU, user+sys (mean of 5) | reader (mean of 5) |"
	echo "|---|---|---|---|"
} >>"$res"
hyperfine -N --warmup 3 --runs 20 --export-json "$out/ff-base.json" "script -qec true /dev/null" >&2
read -r base _ _ < <(mean_of "$out/ff-base.json")
for i in $inputs; do
	f=$out/$i.txt
	n=20
	case $i in *100M) n=3 ;; esac
	hyperfine -N --warmup 1 --runs "$n" --export-json "$out/ff-$i.json" \
		"script -qec 'GLOSE_BENCH_FIRST_FRAME=1 taskset -c 0 $bin $f' /dev/null" >&2
	read -r m sd _ < <(mean_of "$out/ff-$i.json")
	for k in 1 2 3 4 5; do
		script -qec "GLOSE_BENCH_FIRST_FRAME=1 /usr/bin/time -f 'cpu %U %S' taskset -c 0 $bin $f" /dev/null 2>&1
	done >"$out/ff-$i.runs"
	reader=$(grep -aoE 'first frame drawn [0-9.]+' "$out/ff-$i.runs" | grep -oE '[0-9.]+$' |
		python3 -c 'import sys; v=[float(x) for x in sys.stdin]; print("%.2f ms" % (sum(v)/len(v)) if v else "n/a")')
	cpu=$(grep -aoE 'cpu [0-9.]+ [0-9.]+' "$out/ff-$i.runs" |
		python3 -c 'import sys; v=[float(a)+float(b) for _,a,b in (l.split() for l in sys.stdin)]; print("%.0f ms" % (1e3*sum(v)/len(v)) if v else "n/a")')
	python3 -c "import sys; m,sd,b=map(float,sys.argv[1:4]); print(f'| {sys.argv[4]} | {(m-b)*1e3:.1f} ± {sd*1e3:.1f} ms | {sys.argv[6]} | {sys.argv[5]} |')" \
		"$m" "$sd" "$base" "$i" "$reader" "$cpu" >>"$res"
done
echo >>"$res"
{
	echo "## Key to frame (GLOSE_BENCH_KEYS, 200 keys: j k Space b ] [ G g)"
	echo
	echo "| input | ms per key (5 runs: min / median / max) |"
	echo "|---|---|"
} >>"$res"
keys=$(python3 -c 'print(("jjjjkkk  bb][jjGg" * 12)[:200])')
for i in $inputs; do
	f=$out/$i.txt
	for k in 1 2 3 4 5; do
		script -qec "GLOSE_BENCH_KEYS='$keys' taskset -c 0 $bin $f" /dev/null 2>&1 |
			grep -aoE '[0-9.]+ ms per key' | grep -oE '^[0-9.]+'
	done | python3 -c 'import sys,statistics; v=sorted(float(x) for x in sys.stdin); print("| %s | %s |" % (sys.argv[1], "%.3f / %.3f / %.3f" % (v[0], statistics.median(v), v[-1]) if v else "n/a"))' "$i" >>"$res"
done
echo >>"$res"

# --- peak RSS ---------------------------------------------------------------------------
{
	echo "## Peak RSS (export -f json, all extractors)"
	echo
	echo "| input | size | peak RSS | target 3×size+32 MB | ratio RSS/size |"
	echo "|---|---|---|---|---|"
} >>"$res"
rss_inputs="fr-5K fr-5M en-5M"
$quick || rss_inputs="$rss_inputs fr-100M en-100M"
for i in $rss_inputs; do
	f=$out/$i.txt
	t=$out/time-$i.txt
	[ -f "$t" ] && [ "$t" -nt "$bin" ] || pin /usr/bin/time -v -o "$t" "$bin" export -f json "$f" >/dev/null
	python3 - "$t" "$(size_of "$f")" "$i" >>"$res" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
n = int(sys.argv[2])
kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
rss = kb * 1024
target = 3 * n + 32 * 2**20
print(f"| {sys.argv[3]} | {n/2**20:.2f} MiB | {rss/2**20:.1f} MiB | {target/2**20:.1f} MiB {'ok' if rss <= target else 'OVER'} | {rss/n:.1f} |")
PY
done
echo >>"$res"
cat "$res"
