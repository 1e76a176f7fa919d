#!/usr/bin/env bash
# tui_annotate.sh — the reader's annotations (issue 8): a note with c, a
# speaker corrected with e, both restored on reopening, exported from the
# UI with x; D hides a quotation and U brings it back; v selects.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/data" "$TMP/art"
cp "$TUI/fixtures/harbour.en.txt" "$TMP/art/harbour.en.txt"
ART=$TMP/art/harbour.en.txt
TUI_ENV="export XDG_DATA_HOME=$TMP/data XDG_CONFIG_HOME=$TMP/config"
NOTE_FG="fg=180"
SEL="fg=231 bg=24"

start 100 30 --lang en "$ART"
check "first screen" wait_for "Harbour board approves"
check "extraction done" wait_status "3 quotes"

# The first quotation; a note on it.
keys "]"
check "at the first quotation" wait_status "Marta Quill"
keys c
check "the note prompt" wait_status "note:"
type_text "check who said this"
keys Enter
check "the note is saved" wait_status "note saved"
expect_has "the noted text is marked" "$(style_of "have waited long")" "$NOTE_FG"
keys T
check "the tag prompt" wait_status "tag:"
type_text "pier"
keys Enter
check "the tag is saved" wait_status "tag saved"

# Its speaker is Daniel Orsk, not Marta Quill.
keys e
check "the actor picker" wait_for "who said it?"
check "it offers no speaker" wait_for "(no speaker)"
type_text "orsk"
keys Enter
check "the speaker is corrected" wait_status "speaker set to Daniel Orsk"
check "the status line follows" wait_status "quote 1/2"
quit_ok

# Reopen: the note and the correction are back.
start 100 30 --lang en "$ART"
check "reopened" wait_status "3 quotes"
expect_has "the note marker is restored" "$(style_of "have waited long")" "$NOTE_FG"
keys "]"
check "the corrected speaker is restored" wait_status "Daniel Orsk"

# C-n: the notes pane lists the note; Enter brings it into view.
keys G C-n
check "the notes pane" wait_for "notes (1)"
check "it lists the note and its tag" wait_for "check who said this #pier"
keys Enter
check "Enter brings the note into view" wait_for '"We have waited'
keys C-n
check "C-n closes it" wait_gone "notes (1)"

# Export from the UI: json (the default), beside the article.
keys x
check "the format picker" wait_for "export format"
keys Enter
check "the path prompt, with a default beside the article" wait_status "harbour.en.json"
keys Enter
check "the status line says what was written" wait_status "wrote $TMP/art/harbour.en.json (3 quotations, 1 note)"
check "export file written" test -f "$TMP/art/harbour.en.json"
check "the export holds the note and the corrected speaker" python3 - "$TMP/art/harbour.en.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
names = {a["id"]: a["name"] for a in d["actors"]}
q = [q for q in d["quotes"] if q["text"].startswith("We have waited")]
assert q and names.get(q[0]["speaker"]) == "Daniel Orsk", q
n = [n for n in d["notes"] if n["note"] == "check who said this"]
assert n and n[0]["text"].startswith("We have waited"), d["notes"]
PY
# The readable report (md) has both too: the note, and the quotation
# under its corrected speaker.
keys x
check "the format picker again" wait_for "export format"
type_text "markdown"
keys Enter
check "the md path" wait_status "harbour.en.md"
keys Enter
check "the md report is written" wait_status "wrote $TMP/art/harbour.en.md"
check "the report holds the note and the corrected speaker" python3 - "$TMP/art/harbour.en.md" <<'PY'
import sys
md = open(sys.argv[1], encoding="utf-8").read()
notes = md.split("## Notes", 1)[1]
assert "On \u201cWe have waited long enough for this,\u201d" in notes and "check who said this" in notes, md
# In who said what, under Daniel Orsk's heading (before the next one).
orsk = md.split("### Daniel Orsk", 1)[1].split("###", 1)[0]
assert "> We have waited long enough for this," in orsk, md
PY
# Again: the file exists now, so it asks first; n keeps it.
keys x Enter Enter
check "overwrite is confirmed first" wait_status "exists: overwrite? (y/n)"
keys n
check "n cancels" wait_status "export cancelled"

# D marks the current quotation wrong: it disappears; U undoes.
keys "]"
check "at the second quotation" wait_status "quote"
keys D
check "the quotation is marked wrong" wait_status "quotation marked wrong"
check "one quotation fewer" wait_status "2 quotes"
keys U
check "undo" wait_status "undone"
check "the quotation is back" wait_status "3 quotes"

# v selects the sentence at the top; j extends it; Esc cancels.
keys g v
check "the selection starts" wait_status "selection:"
expect_has "the selection is shown" "$(style_of "Harbour board approves")" "$SEL"
keys Escape
check "Esc cancels it" wait_style_not "Harbour board approves" 1 "bg=24"

# Help lists the new bindings.
keys h G
check "help lists the note key" wait_for "add a note to the selection"
check "help lists export" wait_for "export annotations"
keys q
quit_ok
finish
