#!/usr/bin/env bash
# Hostile input through the command line (docs/fuzzing.md lists the defined
# behaviour of each case): terminal escapes, bidi controls and zero-width
# characters in print-outs, a 10 MB line, a million short lines, YAML alias
# bombs in the configuration, a theme, a language pack and a sidecar, a
# 3 GiB file, a FIFO, a directory, unreadable files, a full disk and
# device files as export targets.  Texts are written here, for the project.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C.UTF-8

py() { python3 - "$@"; }
expect_err_has() { if grep -qF -- "$1" "$TMP/err"; then ok; else bad "stderr lacks '$1': $(head -c 300 "$TMP/err")"; fi; }
# terminal_safe FILE: every ESC opens an SGR sequence; no other C0 (but tab,
# LF), no DEL, no C1, no bidi control reaches the terminal.
terminal_safe() {
	py "$1" <<'PY'
import re, sys
b = open(sys.argv[1], "rb").read()
s = re.sub(rb"\x1b\[[0-9;]*m", b"", b)
bad = [c for c in s if (c < 0x20 and c not in (9, 10)) or c == 0x7f]
t = s.decode("utf-8")
bad += [c for c in t if 0x80 <= ord(c) <= 0x9f or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]
sys.exit(1 if bad else 0)
PY
}

# --- terminal escapes and OSC sequences: shown as ^[ …, never sent -----------
printf 'Alerte \033[31mrouge\033[0m\nTitre \033]0;piège\007 et lien \033]8;;http://example.org\033\\ici\033]8;;\033\\.\n« Effacez \033[2J », a dit lundi M. Paul Ricard, maire de Sète.\nCSI en C1 : \302\23331m.\n' >"$TMP/esc.txt"
expect_status 0 "$BIN" "$TMP/esc.txt"
if terminal_safe "$TMP/out"; then ok; else bad "escapes reached the plain print-out"; fi
expect_out_has '^[[31mrouge^[[0m'
expect_out_has '^[]0;piège^G'
expect_out_has '^[]8;;http://example.org^[\ici'
expect_out_has '<U+009B>31m'
expect_status 0 "$BIN" --color=always "$TMP/esc.txt"
if terminal_safe "$TMP/out"; then ok; else bad "escapes reached the coloured print-out"; fi
expect_status 0 "$BIN" export "$TMP/esc.txt"
if py "$TMP/out" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert "\x1b[31mrouge" in g["source"]["title"], g["source"]["title"]
PY
then ok; else bad "the JSON export lost the escape in the title"; fi

# --- bidi controls: shown as <U+202E>; kept in exports ------------------------
printf 'Le fichier \342\200\256fdp.exe\342\200\254 est arrivé\nIsolat \342\201\246abc\342\201\251 et marque \342\200\217.\n' >"$TMP/bidi.txt"
expect_status 0 "$BIN" "$TMP/bidi.txt"
if terminal_safe "$TMP/out"; then ok; else bad "bidi controls reached the print-out"; fi
expect_out_has '<U+202E>fdp.exe<U+202C>'
expect_out_has '<U+2066>abc<U+2069>'
expect_status 0 "$BIN" export "$TMP/bidi.txt"
expect_out_has $'\u202efdp.exe'

# --- zero-width characters: kept as they are, and counted in offsets ----------
printf 'Le\342\200\213maire an\302\255nonce un plan\n« Nous\342\200\214 avancerons », a déclaré mardi Jean\342\201\240Dupont, maire de Valmont.\nFin \357\273\277 ici.\n' >"$TMP/zw.txt"
expect_status 0 "$BIN" "$TMP/zw.txt"
if cmp -s "$TMP/out" "$TMP/zw.txt"; then ok; else bad "zero-width characters changed in the print-out"; fi
expect_status 0 "$BIN" export "$TMP/zw.txt"
if py "$TMP/out" "$TMP/zw.txt" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read()
spans = [m for a in g["actors"] for m in a["mentions"]] + g["quotes"] + g["times"]
for s in spans:
    assert text[s["start"]:s["end"]] == s["text"], s
PY
then ok; else bad "offsets wrong around zero-width characters"; fi

# --- a 10 MB line: loaded, segmented, printed and exported whole -------------
py "$TMP/line.txt" <<'PY'
import random, sys
r = random.Random(7)
who = ["Le maire", "La ministre", "Le préfet", "La présidente du conseil", "Le porte-parole"]
did = ["a annoncé", "a démenti", "a confirmé", "a reporté", "a défendu"]
what = ["un plan de 40 millions d'euros", "la fermeture du pont", "une hausse des tarifs", "le projet de stade"]
out, n = [], 0
while n < 10_000_000:
    s = f"{r.choice(who)} {r.choice(did)} {r.choice(what)} le {r.randint(1, 28)} mars, « sans attendre », selon Mme Claire Roy. "
    out.append(s)
    n += len(s.encode())
open(sys.argv[1], "w", encoding="utf-8").write("".join(out) + "\n")
PY
expect_status 0 "$BIN" -m none "$TMP/line.txt"
if cmp -s "$TMP/out" "$TMP/line.txt"; then ok; else bad "the 10 MB line did not print back whole"; fi
expect_status 0 "$BIN" export -m none "$TMP/line.txt"
if py "$TMP/out" <<'PY'
import json, sys
json.load(open(sys.argv[1], encoding="utf-8"))
PY
then ok; else bad "export of the 10 MB line is not JSON"; fi
# Every extractor on the first megabyte of it (one paragraph).
head -c 1000000 "$TMP/line.txt" | sed 's/[^.]*$//' >"$TMP/line1M.txt"
expect_status 0 "$BIN" export "$TMP/line1M.txt"
if py "$TMP/out" "$TMP/line1M.txt" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read()
spans = [m for a in g["actors"] for m in a["mentions"]] + g["quotes"] + g["times"]
assert spans, "nothing found in a megabyte of news"
for s in spans:
    assert text[s["start"]:s["end"]] == s["text"], s
PY
then ok; else bad "extraction on a 1 MB line"; fi
rm -f "$TMP/line.txt" "$TMP/line1M.txt"

# --- a million short lines -----------------------------------------------------
py "$TMP/many.txt" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(1_000_000):
        f.write("Il pleut.\n" if i % 3 else "« Oui », dit-il.\n")
PY
expect_status 0 "$BIN" -m none "$TMP/many.txt"
if cmp -s "$TMP/out" "$TMP/many.txt"; then ok; else bad "a million lines did not print back whole"; fi
expect_status 0 "$BIN" export -m none "$TMP/many.txt"
head -n 100000 "$TMP/many.txt" >"$TMP/many100k.txt"
expect_status 0 "$BIN" export "$TMP/many100k.txt"
if py "$TMP/out" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(g["quotes"]) >= 30000, len(g["quotes"])
PY
then ok; else bad "quotations on 100,000 short lines"; fi
rm -f "$TMP/many.txt" "$TMP/many100k.txt"

# --- YAML alias bombs: refused with a clear message ----------------------------
bomb() {   # bomb HEAD KEY: 9 levels of 9 aliases
	printf '%b' "$1"
	echo 'x0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'
	for i in 1 2 3 4 5 6 7 8; do
		echo "x$i: &l$i [*l$((i - 1)), *l$((i - 1)), *l$((i - 1)), *l$((i - 1)), *l$((i - 1)), *l$((i - 1)), *l$((i - 1)), *l$((i - 1)), *l$((i - 1))]"
	done
	echo "$2: [*l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8]"
}
bomb "" lexicon >"$TMP/bomb-config.yaml"
expect_status 4 "$BIN" --check-config "$TMP/bomb-config.yaml"
expect_err_has "$TMP/bomb-config.yaml:"
expect_err_has "alias"
# A broken configuration while reading: reported, the defaults are used.
expect_status 0 "$BIN" --config "$TMP/bomb-config.yaml" "$TMP/zw.txt"
expect_err_has "alias"
bomb "name: bombe\n" slots >"$TMP/bomb-theme.yaml"
expect_status 0 "$BIN" --color=always --theme "$TMP/bomb-theme.yaml" "$TMP/zw.txt"
expect_err_has "$TMP/bomb-theme.yaml:"
expect_err_has "(using the default theme)"
mkdir -p "$TMP/data/lang"
bomb "code: xx\nname: Bombe\n" stopwords >"$TMP/data/lang/xx.yaml"
GLOSE_DATADIR="$TMP/data" expect_status 4 "$BIN" export --lang xx "$TMP/zw.txt"
expect_err_has "$TMP/data/lang/xx.yaml:"
# A sidecar: reported, the export goes on without it, the file is kept.
sha=$(sha256sum "$TMP/zw.txt" | cut -d' ' -f1)
mkdir -p "$TMP/xdg/glose/annotations"
bomb "" records >"$TMP/xdg/glose/annotations/$sha.yaml"
cp "$TMP/xdg/glose/annotations/$sha.yaml" "$TMP/bomb-sidecar.yaml"
XDG_DATA_HOME="$TMP/xdg" expect_status 0 "$BIN" export "$TMP/zw.txt"
expect_err_has "$TMP/xdg/glose/annotations/$sha.yaml:"
expect_out_has '"glose": 1'
if cmp -s "$TMP/bomb-sidecar.yaml" "$TMP/xdg/glose/annotations/$sha.yaml"; then ok; else bad "the damaged sidecar was changed"; fi

# --- a 3 GiB file: refused before reading (sparse: no disk used) ---------------
truncate -s 3G "$TMP/huge.txt"
expect_status 3 "$BIN" export "$TMP/huge.txt"
expect_err "glose: $TMP/huge.txt: file too large (3221225472 bytes; glose reads up to 2 GiB)"
rm -f "$TMP/huge.txt"

# --- a FIFO: read like a pipe ---------------------------------------------------
mkfifo "$TMP/fifo"
(printf 'Titre\n« Oui », a dit lundi Mme Anne Roy.\n' >"$TMP/fifo") &
expect_status 0 "$BIN" export "$TMP/fifo"
expect_out_has '"title": "Titre"'
wait
(printf 'ELF\0\1\2\3\0\0binary' >"$TMP/fifo") &
expect_status 3 "$BIN" export "$TMP/fifo"
expect_err "glose: $TMP/fifo: binary file (use --force to read it anyway)"
wait

# --- a directory, unreadable files ---------------------------------------------
expect_status 3 "$BIN" export "$TMP"
expect_err "glose: $TMP: is a directory"
# Opens, then every read fails with EIO (even for root).
expect_status 3 "$BIN" export /proc/self/mem
expect_err "glose: /proc/self/mem: Input/output error"
if [ "$(id -u)" -ne 0 ]; then
	printf 'secret\n' >"$TMP/secret.txt"
	chmod 000 "$TMP/secret.txt"
	expect_status 3 "$BIN" export "$TMP/secret.txt"
	expect_err "glose: $TMP/secret.txt: Permission denied"
else
	echo "SKIP: chmod 000 does not stop root" >&2
fi

# --- a full disk -----------------------------------------------------------------
art="$TMP/art.txt"
py "$art" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("Le conseil vote le budget des digues\nPublié le 9 janvier 2026\n")
    for i in range(40):
        f.write(f"« Nous n'avons plus le choix », a déclaré jeudi la présidente du conseil, Ada Moreau{i}.\n")
PY
# Standard output on a full device: an error and exit 1.
"$BIN" export "$art" >/dev/full 2>"$TMP/err"; rc=$?
if [ $rc -eq 1 ]; then ok; else bad "export to a full stdout: exit $rc"; fi
expect_err_has "standard output"
"$BIN" "$art" >/dev/full 2>"$TMP/err"; rc=$?
if [ $rc -eq 1 ]; then ok; else bad "print to a full stdout: exit $rc"; fi
if [ -s "$TMP/err" ]; then ok; else bad "print to a full stdout: no message"; fi

# -o FILE when the disk fills up: exit 1, a message, the earlier file intact,
# no temporary file left.  A real full tmpfs where mounting is allowed (in a
# user namespace if need be), else a file size limit (EFBIG).
mkdir -p "$TMP/full"
echo '{"old": true}' >"$TMP/full/out.json"
cp "$TMP/full/out.json" "$TMP/old.json"
full_disk_export() {
	if unshare -rm true 2>/dev/null; then
		unshare -rm bash -c '
			dir=$1 bin=$2 art=$3
			cp "$dir/out.json" /tmp/.glose-old.$$ 2>/dev/null
			mount -t tmpfs -o size=64k tmpfs "$dir" || exit 99
			cp /tmp/.glose-old.$$ "$dir/out.json"; rm -f /tmp/.glose-old.$$
			dd if=/dev/zero of="$dir/fill" bs=4k 2>/dev/null
			"$bin" export -o "$dir/out.json" "$art" 2>"$dir/../err"; rc=$?
			ls -a "$dir" >"$dir/../ls"
			cp "$dir/out.json" "$dir/../after.json"
			exit $rc' _ "$TMP/full" "$BIN" "$art"
	else
		(trap '' XFSZ; ulimit -f 1; exec "$BIN" export -o "$TMP/full/out.json" "$art" 2>"$TMP/err")
		local rc=$?
		ls -a "$TMP/full" >"$TMP/ls"
		cp "$TMP/full/out.json" "$TMP/after.json"
		return $rc
	fi
}
full_disk_export; rc=$?
if [ $rc -eq 99 ]; then
	echo "SKIP: tmpfs mount refused" >&2
else
	if [ $rc -eq 1 ]; then ok; else bad "export on a full disk: exit $rc"; fi
	expect_err_has "$TMP/full/out.json: cannot write"
	if cmp -s "$TMP/after.json" "$TMP/old.json"; then ok; else bad "the earlier export was damaged by a failed write"; fi
	if grep -q 'glose-tmp' "$TMP/ls"; then bad "a temporary file was left: $(cat "$TMP/ls" | tr '\n' ' ')"; else ok; fi
fi

# Device files as -o targets: written to, never replaced.  Only with device
# nodes of our own (mknod needs root): never risk the real /dev entries.
if [ "$(id -u)" -eq 0 ] && mknod "$TMP/full-dev" c 1 7 2>/dev/null && mknod "$TMP/null-dev" c 1 3 2>/dev/null; then
	expect_status 1 "$BIN" export -o "$TMP/full-dev" "$art"
	expect_err_has "No space left on device"
	if [ -c "$TMP/full-dev" ]; then ok; else bad "export -o a full device replaced the device node"; fi
	expect_status 0 "$BIN" export -o "$TMP/null-dev" "$art"
	if [ -c "$TMP/null-dev" ]; then ok; else bad "export -o a null device replaced the device node"; fi
	rm -f "$TMP/full-dev" "$TMP/null-dev"
else
	echo "SKIP: device-node targets (mknod needs root)" >&2
fi

finish
