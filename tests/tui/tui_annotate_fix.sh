#!/usr/bin/env bash
# tui_annotate_fix.sh — corrections in the reader (issue 8): D marks an
# actor's mention and a time expression wrong, A adds a missing actor, Y a
# missing quotation, D in the actors pane marks an actor wrong; each shows at once on screen (text and colour) and in
# the exports, from the x dialog and from `glose export` reading the
# sidecar afterwards.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/data" "$TMP/art"
ART=$TMP/art/library.en.txt
cat >"$ART" <<'EOF'
Library plan wins council vote

The town council of Amberley voted on Monday to fund a new library on the old market square.

"Books are cheaper than regret," said Hana Voss, who chairs the finance committee.

The building should open in a second phase, after the school repairs.

Paul Ridley runs the bakery next door.

Parking on the square will be impossible for weeks.

Work starts in April, and the builders expect to finish before the winter.

The council will publish the plans next week, with a map of the new square.

A public meeting about the plans is planned for the spring.
EOF
export XDG_DATA_HOME=$TMP/data XDG_CONFIG_HOME=$TMP/config
TUI_ENV="export XDG_DATA_HOME=$TMP/data XDG_CONFIG_HOME=$TMP/config"
ORG="fg=80 bold"
TIME="fg=153 underline"
PLAIN="fg=252"

# A short window, so that `Ng` puts line N at the top and v selects its sentence.
start 80 8 --lang en "$ART"
check "first screen" wait_for "Library plan wins"
check "extraction done" wait_status "3 actors · 1 quote"

# D on a selected mention: "Amberley" is no organisation of its own here.
keys 3 g
check "line 3 at the top" top_has 1 "The town council of Amberley"
check "Amberley is highlighted as an actor" test "$(style_of "Amberley")" != "$PLAIN"
keys v
check "the sentence is selected" wait_status "selection:"
keys D
check "the mention is marked wrong" wait_status "mention marked wrong"
check "the text stays" wait_for "town council of Amberley voted"
expect_eq "Amberley is plain text now" "$(style_of "Amberley")" "$PLAIN"

# D on the same sentence again: its first extraction is now the time
# expression, "Monday".
expect_eq "Monday is highlighted as a time" "$(style_of "Monday")" "$TIME"
keys v D
check "the time is marked wrong" wait_status "time marked wrong"
expect_eq "Monday is plain text now" "$(style_of "Monday")" "$PLAIN"

# A: the council is the missing actor; the name prompt starts with the
# selected sentence, cut down to the name.
keys 3 g v A
check "the name prompt" wait_status "actor name:"
keys C-u
type_text "town council of Amberley"
keys Enter
check "the type picker" wait_for "what is it?"
type_text "org"
keys Enter
check "the actor is added" wait_status "actor town council of Amberley added"
check "one actor more" wait_status "4 actors"
expect_eq "its name is highlighted as an organisation" "$(style_of "town council of Amberley")" "$ORG"
expect_eq "the whole name" "$(uniform "town council of Amberley")" "yes"
expect_eq "but not the rest of the sentence" "$(style_of "voted on")" "$PLAIN"

# Y: the missing quotation, spoken by Paul Ridley.
keys 11 g
check "line 11 at the top" top_has 1 "Parking on the square"
expect_eq "no quotation there yet" "$(style_of "Parking")" "$PLAIN"
keys v Y
check "the speaker picker" wait_for "who said it?"
type_text "ridley"
keys Enter
check "the quotation is added" wait_status "quotation added"
check "it is current, with its speaker" wait_status "quote 1/1 · Paul Ridley"
check "one quotation more" wait_status "2 quotes"
# Hana Voss is the first speaker (speaker.0), Paul Ridley the second (speaker.1).
expect_has "it takes its speaker's colour" "$(style_of "Parking")" "fg=202"
expect_has "as the current quotation" "$(style_of "Parking")" "bg=236"

# The x dialog: csv, who said what.
keys x
check "the format picker" wait_for "export format"
type_text "csv"
keys Enter
check "the path prompt" wait_status "library.en.csv"
keys Enter
check "written" wait_status "wrote $TMP/art/library.en.csv (2 quotations, 0 notes)"
check "the csv has the added quotation and its speaker" python3 - "$TMP/art/library.en.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
head = [h.lower() for h in rows[0]]
sp, qt = head.index("speaker"), head.index("quotation")
got = {(r[sp], r[qt]) for r in rows[1:]}
assert ("Paul Ridley", "Parking on the square will be impossible for weeks.") in got, got
assert ("Hana Voss", "Books are cheaper than regret,") in got, got
PY

# D in the actors pane marks the selected actor wrong.
keys a
check "the actors pane" wait_for "actors ·"
check "Amberley is listed" select_in_pane "Amberley"
keys D
check "the actor is marked wrong" wait_status "actor Amberley marked wrong"
check "one actor fewer" wait_for "actors · 3"
check "the pane no longer lists it" wait_gone "›Amberley"
keys Escape a
check "the pane closes" wait_gone "actors ·"
quit_ok

# Reopened, everything is as it was left.
start 80 8 --lang en "$ART"
check "reopened" wait_status "3 actors · 2 quotes"
keys 3 g
check "line 3 at the top" top_has 1 "The town council of Amberley"
expect_eq "the added actor is restored" "$(style_of "town council of Amberley")" "$ORG"
expect_eq "the time marked wrong stays plain" "$(style_of "Monday")" "$PLAIN"
quit_ok

# glose export reads the sidecar.
check "glose export" "$BIN" export --format json --lang en -o "$TMP/out.json" "$ART"
check "the export has every correction" python3 - "$TMP/out.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
actors = {a["name"]: a for a in d["actors"]}
council = actors.get("town council of Amberley")
assert council and council["type"] == "org", actors.keys()
assert [m["text"] for m in council["mentions"]] == ["town council of Amberley"], council
assert not any(m["text"] == "Amberley" for a in d["actors"] for m in a["mentions"]), "the deleted mention"
assert "Amberley" not in actors, "the actor marked wrong"
times = [t["text"] for t in d["times"]]
assert "Monday" not in times and "April" in times, times
ids = {a["id"]: a["name"] for a in d["actors"]}
q = [q for q in d["quotes"] if q["text"].startswith("Parking on the square")]
assert q and ids.get(q[0]["speaker"]) == "Paul Ridley", d["quotes"]
PY
finish
