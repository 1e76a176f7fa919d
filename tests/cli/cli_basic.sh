#!/usr/bin/env bash
# The command line: loading (every case of the loader), exit codes, export,
# the printer.  Articles are written here, for the project.
source "$(dirname "$0")/lib.sh"

art="$TMP/article.fr.txt"
cat >"$art" <<'TXT'
Le conseil régional vote un budget d'urgence pour les digues
Publié le 9 janvier 2026
« Nous n'avons plus le choix », a déclaré jeudi la présidente du conseil, Ada Moreau.
Les élus d'opposition ont dénoncé une décision « prise dans la précipitation ».
TXT

# --help, --version, usage errors
expect_status 0 "$BIN" --help; expect_out_has "usage: glose [OPTIONS] [FILE|-]"
expect_status 0 "$BIN" --version; expect_out_has "glose "
expect_status 2 "$BIN" --bogus; expect_err "glose: unknown option '--bogus'"
expect_status 2 "$BIN" export --format nope "$art"; expect_err "glose: --format: unknown format 'nope' (known: json, w3c, brat, csv, md)"
expect_status 2 "$BIN" export --modules actors,nope "$art"; expect_err "glose: --modules: unknown extractor 'nope' (known: actors, quotes, timex, events, all, none)"
expect_status 2 "$BIN" export --date 2025-02-30 "$art"; expect_err "glose: --date: '2025-02-30' is not a date (YYYY-MM-DD)"
expect_status 2 "$BIN" export --lang zz "$art"; expect_err "glose: unknown language 'zz' (installed: en, fr)"
expect_status 2 "$BIN" export --encoding nope "$art"
expect_status 2 "$BIN" export; expect_err "glose: export: no input file (use - for standard input)"
expect_status 0 "$BIN" --list-modules; expect_out_has "quotes"
expect_status 0 "$BIN" --list-formats; expect_out_has "brat"
expect_status 0 "$BIN" --list-langs; expect_out_has "Français"

# Bad input: missing, directory, binary, --force
expect_status 3 "$BIN" export "$TMP/missing.txt"; expect_err "glose: $TMP/missing.txt: No such file or directory"
expect_status 3 "$BIN" export "$TMP"; expect_err "glose: $TMP: is a directory"
printf 'ELF\0\0\1\2\3binary\0data\0' >"$TMP/bin.dat"
expect_status 3 "$BIN" export "$TMP/bin.dat"; expect_err "glose: $TMP/bin.dat: binary file (use --force to read it anyway)"
expect_status 0 "$BIN" export --force "$TMP/bin.dat"

# JSON export: valid, schema 1, every text equal to its slice of the text
expect_status 0 "$BIN" export --format json "$art"
cp "$TMP/out" "$TMP/a.json"
check_json() {   # check_json EXPORT TEXTFILE
	python3 - "$1" "$2" <<'PY'
import json, sys, unicodedata
g = json.load(open(sys.argv[1], encoding="utf-8"))
raw = open(sys.argv[2], "rb").read()
assert g["glose"] == 1 and g["offsets"] == "codepoints", "header"
for k in ("actors", "quotes", "times", "events", "notes"):
    assert isinstance(g[k], list), k
text = unicodedata.normalize("NFC", raw.decode(g["source"]["encoding"] if g["source"]["encoding"] != "UTF-8" else "utf-8-sig").replace("\r\n", "\n").replace("\r", "\n"))
spans = [m for a in g["actors"] for m in a["mentions"]] + g["quotes"] + g["times"] + g["notes"]
for s in spans:
    assert text[s["start"]:s["end"]] == s["text"], (s, text[s["start"]:s["end"]])
print(g["source"]["lang"], g["source"]["date"], g["source"]["title"], len(spans))
PY
}
if out=$(check_json "$TMP/a.json" "$art"); then ok; else bad "json check: $out"; fi
case "$out" in "fr 2026-01-09 Le conseil régional vote un budget d'urgence pour les digues "*) ok;; *) bad "source fields: $out";; esac

# The same article in ISO-8859-1 and windows-1252 exports the same text
iconv -f UTF-8 -t ISO-8859-1 "$art" >"$TMP/latin1.txt"
expect_status 0 "$BIN" export "$TMP/latin1.txt"
python3 - "$TMP/a.json" "$TMP/out" <<'PY' && ok || bad "latin-1 export differs"
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
assert a["source"]["sha256"] == b["source"]["sha256"], "text differs"
assert b["source"]["encoding"].lower() in ("iso-8859-1", "windows-1252"), b["source"]["encoding"]
PY
printf '\x93Le co\xfbt\x94, a dit l\x92\xe9lue : 5 \x80.\n' >"$TMP/cp1252.txt"
expect_status 0 "$BIN" export "$TMP/cp1252.txt"
expect_out_has '"title": "“Le coût”, a dit l’élue : 5 €."'
expect_status 0 "$BIN" export --encoding ISO-8859-1 "$TMP/latin1.txt"

# UTF-8 with BOM, CRLF, NFD, invalid bytes reported once
printf '\xef\xbb\xbfTitre\r\nLigne d\xc3\xa9cision\r\nfe\xcc\x82te\rfin \xff\xfe ok\n' >"$TMP/bom.txt"
expect_status 0 "$BIN" export "$TMP/bom.txt"
expect_out_has '"title": "Titre"'
expect_err "glose: $TMP/bom.txt: 2 invalid byte sequences replaced by U+FFFD"
"$BIN" --color=never "$TMP/bom.txt" >"$TMP/out" 2>/dev/null
if [ "$(sed -n 3p "$TMP/out")" = "fête" ]; then ok; else bad "NFC/CR: $(sed -n 3p "$TMP/out")"; fi

# Standard input, empty input
expect_status 0 sh -c "'$BIN' export - < '$art'"
expect_out_has '"path": "-"'
expect_status 0 sh -c "cat '$art' | '$BIN' export -"
: >"$TMP/empty.txt"
expect_status 0 "$BIN" export "$TMP/empty.txt"
expect_out_has '"title": ""'

# Several inputs to a directory; -o FILE; atomic replacement
mkdir "$TMP/outdir"
expect_status 0 "$BIN" export -f json -o "$TMP/outdir" "$art" "$TMP/latin1.txt"
if [ -s "$TMP/outdir/article.fr.json" ] && [ -s "$TMP/outdir/latin1.json" ]; then ok; else bad "outdir files"; fi
expect_status 2 "$BIN" export "$art" "$TMP/latin1.txt"; expect_err "glose: export: several inputs need -o DIR"
expect_status 0 "$BIN" export -o "$TMP/one.json" "$art"
if python3 -m json.tool "$TMP/one.json" >/dev/null; then ok; else bad "-o file"; fi
expect_status 1 "$BIN" export -o "$TMP/nodir/x.json" "$art"

# The printer: plain when not a terminal, colours with --color=always, NO_COLOR wins over auto
printf 'Titre\nUne ligne avec \033[31mdu rouge\033[0m et \007 une cloche.\n' >"$TMP/esc.txt"
expect_status 0 "$BIN" "$TMP/esc.txt"
expect_out_has 'Une ligne avec ^[[31mdu rouge^[[0m et ^G une cloche.'
if grep -q $'\033' "$TMP/out"; then bad "escape reached the output"; else ok; fi
expect_status 0 "$BIN" --color=always "$art"
if grep -q $'\033\[' "$TMP/out"; then ok; else bad "--color=always gave no colour"; fi
expect_status 0 env NO_COLOR=1 "$BIN" --color=auto "$art"
if grep -q $'\033' "$TMP/out"; then bad "NO_COLOR ignored"; else ok; fi
expect_status 2 "$BIN" --color=sometimes "$art"

finish
