#!/usr/bin/env bash
# tui_annotate_marks.sh — notes are visible in the text by a mark (issue 8):
# "✎" in the theme's note.mark colour, in a margin right of the text, on the
# row where the noted text ends; the text wraps two columns narrower while
# the article has notes, so the mark never covers or pushes text.  "*"
# instead in the mono theme and when the locale is not UTF-8.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/data" "$TMP/art"
cp "$TUI/fixtures/harbour.en.txt" "$TMP/art/harbour.en.txt"
ART=$TMP/art/harbour.en.txt
ENV0="export XDG_DATA_HOME=$TMP/data XDG_CONFIG_HOME=$TMP/config"
TUI_ENV=$ENV0
MARK_STYLE="fg=215 bold"     # themes/dark.yaml note.mark, 256 colours
W=80

# rows_ok GLYPH N : exactly N rows carry GLYPH, each in the last column after
# a blank one, and no article row has text in the last two columns otherwise.
rows_ok() {
	screen | python3 -c '
import sys, unicodedata
glyph, want, w = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def cols(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
rows = sys.stdin.read().split("\n")
rows = [r for r in rows][:-2]          # the status line and the final newline
marked = 0
for r in rows:
    r = r.rstrip()
    if r.endswith(glyph) and cols(r) == w and r[-2] == " ":
        marked += 1
    elif cols(r) > w - 2:
        sys.exit("text in the margin: %r" % r)
if marked != want:
    sys.exit("%d marked rows, want %d" % (marked, want))
' "$1" "$2" "$W"
}

start $W 24 --lang en "$ART"
check "extraction done" wait_status "3 quotes"
check "no mark without notes" wait_gone "✎"
# 79 columns of text: on one row at 80 columns, not at 78.
check "without notes the text takes the whole width" wait_for "a second ferry pier,"

# A note on the first quotation: a mark at the end of its row.
keys "]"
check "at the first quotation" wait_status "Marta Quill"
keys c
type_text "the chair, twice quoted"
keys Enter
check "the note is saved" wait_status "note saved"
check "the mark shows" wait_for "✎"
check "one mark, in the margin, where the quotation ends" rows_ok "✎" 1
check "the text wraps two columns narrower" wait_gone "a second ferry pier,"
marked_row_has() { screen | grep -F "$1" | grep -qF -- "$2"; }
check "on the row where the noted text ends" marked_row_has "✎" 'this,"'

expect_eq "the mark's colour" "$(style_of "✎")" "$MARK_STYLE"

# A second note, on the next quotation: two marks.
keys "]"
check "at the second quotation" wait_status "Daniel Orsk"
keys c
type_text "a baker, not a builder"
keys Enter
check "the second note is saved" wait_status "note saved"
check "two marks" rows_ok "✎" 2
check "the second where its quotation ends" marked_row_has "✎" 'breakwater,"'

# Undo both: no marks, and the text takes the whole width again.
keys U
check "undone" wait_status "undone"
check "one mark left" rows_ok "✎" 1
check "the first one" marked_row_has "✎" 'this,"' 
keys U
check "undone again" wait_status "undone"
check "no mark" wait_gone "✎"
check "the whole width again" wait_for "a second ferry pier,"
keys "]" c
type_text "the chair, twice quoted"
keys Enter
check "noted again" wait_status "note saved"
quit_ok

# Reopened: the mark is restored from the sidecar.
start $W 24 --lang en "$ART"
check "reopened" wait_status "3 quotes"
check "the mark is restored" wait_for "✎"
check "in the margin" rows_ok "✎" 1
expect_eq "in its colour" "$(style_of "✎")" "$MARK_STYLE"
quit_ok

# No colours (NO_COLOR: the mono theme): an ASCII mark, in bold.
TUI_ENV="$ENV0; export NO_COLOR=1"
start $W 24 --lang en "$ART"
check "mono: reopened" wait_status "3 quotes"
check "mono: an ASCII mark" rows_ok "*" 1
check "mono: no pencil" wait_gone "✎"
expect_eq "mono: in bold" "$(style_of "*")" "bold"
quit_ok

# A locale that is not UTF-8: an ASCII mark, still in the theme's colour.
TUI_ENV="$ENV0; export LC_ALL=C LANG=C"
start $W 24 --lang en "$ART"
check "C locale: reopened" wait_status "3 quotes"
check "C locale: an ASCII mark" rows_ok "*" 1
check "C locale: no pencil" wait_gone "✎"
expect_eq "C locale: in the theme's colour" "$(style_of "*")" "$MARK_STYLE"
quit_ok
finish
