#!/usr/bin/env bash
# glose export in every format from the command line: the files written,
# offsets checked against the text in code points, the CSV read back with
# Python's csv module, and the reader's notes (from the sidecar) in every
# export.  Articles are written here, for the project.
source "$(dirname "$0")/lib.sh"

STRESS=$(dirname "$BIN")/tests/sidecar_stress
[ -x "$STRESS" ] || { echo "FAIL: $STRESS is not built" >&2; exit 1; }
command -v python3 >/dev/null || { echo "FAIL: python3 is needed to read the exports back" >&2; exit 1; }
export XDG_DATA_HOME="$TMP/data"

# Decomposed "e" + U+0301 (the loader composes it), "q" + U+0303 (stays
# two code points), emoji outside the BMP, a quotation over two lines.
art="$TMP/regatta.en.txt"
printf '%s\n' \
	"Regatta crews cheer a calm morning 🌊 at the cafe$(printf '\xcc\x81') pier" \
	"Published on March 3, 2026" \
	"\"We have never seen the bay this flat, not once in ten years,\" said Ines Laq$(printf '\xcc\x83')ui, the race director." \
	"The harbour master, Piet Oduya, warned on Monday that \"the wind will return" \
	"by the afternoon\" and asked crews to stay close to shore 🚤." >"$art"

check() {   # check FORMAT OUTPUT
	expect_status 0 "$BIN" export --format "$1" -o "$2" "$art"
	[ -s "$2" ] && ok || bad "$1: $2 is empty"
}
check json "$TMP/out.json"
check w3c "$TMP/out.jsonld"
check brat "$TMP/out.ann"
check csv "$TMP/out.csv"
check md "$TMP/out.md"
[ -s "$TMP/out.txt" ] && ok || bad "brat: out.txt was not written beside out.ann"

verify() {
	python3 - "$TMP" <<'PY'
import csv, json, sys
d = sys.argv[1]
txt = open(d + "/out.txt", encoding="utf-8", newline="").read()
errors = []
w3c = json.load(open(d + "/out.jsonld", encoding="utf-8"))
items = w3c["first"]["items"]
if w3c["total"] != len(items):
    errors.append("w3c: total %d, %d items" % (w3c["total"], len(items)))
ids = {i["id"] for i in items}
for it in items:
    t = it["target"]
    if isinstance(t, str):
        if t not in ids:
            errors.append("w3c: link to unknown %s" % t)
        continue
    q, p = t["selector"]
    if txt[p["start"]:p["end"]] != q["exact"]:
        errors.append("w3c: %s: %r != %r" % (it["id"], txt[p["start"]:p["end"]], q["exact"]))
    if not txt[:p["start"]].endswith(q["prefix"]) or not txt[p["end"]:].startswith(q["suffix"]):
        errors.append("w3c: %s: context does not match" % it["id"])
tids = set()
for line in open(d + "/out.ann", encoding="utf-8", newline=""):
    line = line.rstrip("\n")
    if line.startswith("T"):
        tid, mid, text = line.split("\t")
        tids.add(tid)
        spans = [tuple(map(int, f.split())) for f in mid.split(" ", 1)[1].split(";")]
        got = " ".join(txt[a:b] for a, b in spans)
        if got != text or any("\n" in txt[a:b] for a, b in spans):
            errors.append("brat: %s: %r != %r" % (tid, got, text))
    elif line.startswith("R"):
        args = [a.split(":")[1] for a in line.split("\t")[1].split()[1:]]
        if not set(args) <= tids:
            errors.append("brat: %s points at an unknown T" % line)
rows = list(csv.reader(open(d + "/out.csv", encoding="utf-8", newline="")))
if rows[0] != ["speaker", "role", "quotation", "kind", "cue", "start", "end"]:
    errors.append("csv: header %r" % rows[0])
for r in rows[1:]:
    if len(r) != 7 or txt[int(r[5]):int(r[6])] != r[2]:
        errors.append("csv: %r" % r)
if open(d + "/out.csv", "rb").read().count(b"\r\n") < len(rows):
    errors.append("csv: lines must end with CRLF")
for e in errors:
    print(e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
}
if verify 2>"$TMP/err"; then ok; else bad "exports do not match the text: $(head -c 800 "$TMP/err")"; fi

# The reader's notes and tags, saved in the sidecar, are in every export.
expect_status 0 "$STRESS" add "$art" "$TMP/saved.log" 3
for f in json:out.json w3c:out.jsonld brat:out.ann md:out.md; do
	expect_status 0 "$BIN" export --format "${f%%:*}" -o "$TMP/${f#*:}" "$art"
	grep -qF "note 1" "$TMP/${f#*:}" && ok || bad "${f%%:*}: the reader's note is not in the export"
	grep -qF "tag-3" "$TMP/${f#*:}" && ok || bad "${f%%:*}: the reader's tag is not in the export"
done
if verify 2>"$TMP/err"; then ok; else bad "exports with notes do not match the text: $(head -c 800 "$TMP/err")"; fi
finish
