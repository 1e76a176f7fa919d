#!/usr/bin/env bash
# tui_annotate_orphan.sh — annotations that cannot be placed again (issue 8):
# a note is saved, the article is edited so the noted text is gone, and on
# reopening the note is not dropped: the status line says so, the notes
# pane lists it under "could not be placed" with its quoted text and note,
# selecting it shows why on the status line, the next save keeps it, and
# `glose export` reports it.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/data" "$TMP/art"
ART=$TMP/art/harbour.en.txt
cp "$TUI/fixtures/harbour.en.txt" "$ART"
export XDG_DATA_HOME=$TMP/data XDG_CONFIG_HOME=$TMP/config
TUI_ENV="export XDG_DATA_HOME=$TMP/data XDG_CONFIG_HOME=$TMP/config"

# 80 columns: the notes pane opens at the bottom, as wide as the screen.
start 80 24 --lang en "$ART"
check "extraction done" wait_status "3 quotes"
keys "]"
check "at the first quotation" wait_status "Marta Quill"
keys c
type_text "check who said this"
keys Enter
check "the first note is saved" wait_status "note saved"
keys "}"
check "at the last quotation" wait_status "quote 2/2 · Marta Quill"
keys c
type_text "the same speaker"
keys Enter
check "the second note is saved" wait_status "note saved"
quit_ok

# The first quotation is rewritten: its note's text is gone.
python3 - "$ART" <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
assert "We have waited long enough for this," in t
open(p, "w", encoding="utf-8").write(t.replace("We have waited long enough for this,", "It took us far too long,"))
PY

start 80 24 --lang en "$ART"
check "the status line says one could not be placed" \
	wait_status "1 annotation could not be placed in this text (C-n: notes pane)"
check "the other note is still marked" wait_for "✎"
keys C-n
check "the notes pane says so in its title" wait_for "notes (1) · 1 not placed"
check "the placed note is listed" wait_for 'the same speaker — “Nobody here wants'
check "a section for the orphans" wait_for "could not be placed (1)"
check "the orphan with its quoted text and its note" \
	wait_for 'note on “We have waited long enough for this,”: “check who said this”'
expect_eq "the heading in the pane title colour" "$(style_of "could not be placed")" "fg=231 bold underline"

# Selecting it shows it at length on the status line; Enter has nowhere to go.
keys j
check "selected" wait_for '›note on “We have waited'
check "its detail on the status line" wait_status "not placed: its text is no longer in the article"
keys k
check "the placed note: its text on the status line" wait_status "note: the same speaker"
keys j Enter
check "Enter on the orphan says what it is" wait_status "not placed: its text is no longer in the article"
check "and stays in the pane" wait_for '›note on “We have waited'

# A new note saves the file under the new text: the orphan is kept in it.
keys Escape g "]"
check "at the rewritten quotation" wait_status "quote 1/2 · Marta Quill"
keys c
type_text "rewritten by the paper"
keys Enter
check "the new note is saved" wait_status "note saved"
check "the pane follows" wait_for "notes (2) · 1 not placed"
quit_ok
SHA=$(python3 - "$ART" <<'PY'
import hashlib, sys
print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())
PY
)
check "the new sidecar keeps the orphan" grep -qF "check who said this" "$TMP/data/glose/annotations/$SHA.yaml"

start 80 24 --lang en "$ART"
check "reopened: still one orphan" wait_status "1 annotation could not be placed"
keys C-n
check "listed again" wait_for "could not be placed (1)"
quit_ok

# glose export says how many could not be placed.
"$BIN" export --format json --lang en -o "$TMP/out.json" "$ART" 2>"$TMP/err"
check "export succeeds" test -s "$TMP/out.json"
check "export reports the orphan" grep -qF "1 annotation could not be placed" "$TMP/err"
finish
