#!/usr/bin/env bash
# tui_basic.sh — the pager: first screen with highlights in the theme's
# colours, the status line, moving as in less (j k space b d u g G p,
# number prefixes, marks and ''), help, and quitting with the terminal
# given back.
. "$(dirname "$0")/lib.sh"
ART=$TUI/fixtures/conseil.fr.txt

start 100 30 --date 2025-12-03 "$ART"
check "first screen shows the title" wait_for "Conseil de Gen"
check "the status line names file, language and date" wait_status "conseil.fr.txt · fr · 2025-12-03"
check "extraction finishes and the counts show" wait_status "actors"
expect_eq "title in the title colour" "$(style_of "les négociateurs se quittent")" "$FG_TITLE"
expect_eq "a person in the person colour" "$(style_of "Hélène Marchetti")" "$FG_PERSON"
expect_eq "the whole name is highlighted" "$(uniform "Hélène Marchetti")" "yes"
expect_eq "a place in the place colour" "$(style_of "Genève" 2)" "fg=183 bold"
expect_eq "a time expression in the time colour" "$(style_of "mardi soir")" "fg=153 underline"
expect_eq "plain text in the text colour" "$(style_of "délégations")" "fg=252"
expect_eq "status line colours" "$(style_of "conseil.fr.txt")" "fg=252 bg=237"
top0=$(screen | head -n 1)

# j scrolls one row, k back.
keys j
check "j scrolls one row" wait_gone "Conseil de Gen"
keys k
check "k scrolls back" wait_for "Conseil de Gen"
# A number prefix: 3j scrolls three rows.
keys 3 j
check "3j scrolls" wait_gone "Conseil de Gen"
row3=$(screen | head -n 1)
keys g
check "g goes to the top" wait_for "$top0"
keys j j j
check "j j j scrolls" wait_gone "Conseil de Gen"
check "3j is three times j" top_has 1 "$row3"
expect_eq "row 1 after j j j" "$(screen | head -n 1)" "$row3"

# Space pages down, b back; G to the end, 100%.
keys g Space
check "space pages down" wait_gone "Conseil de Gen"
keys b
check "b pages back" wait_for "Conseil de Gen"
keys G
check "G shows the end" wait_for "siège de la Commission"
check "the end is 100%" wait_status "100%"
keys g
check "g back at the top" wait_for "Conseil de Gen"
check "the position is that of the bottom row, as in less" wait_status "70%"

# p: percent; a mark and '' back.
keys m a
check "mark set" wait_status "mark a set"
keys 5 0 p
check "50p moves" wait_gone "Conseil de Gen"
keys "'" a
check "'a goes back to the mark" wait_for "Conseil de Gen"
keys "'" "'"
check "'' returns to where the jump came from" wait_gone "Conseil de Gen"
keys "'" "^"
check "'^ goes to the start" wait_for "Conseil de Gen"

# Half screens.
keys d
check "d scrolls half a screen" wait_gone "Conseil de Gen"
keys u
check "u scrolls back" wait_for "Conseil de Gen"

# Help lists bindings from the key table.
keys h
check "help opens" wait_for "next quotation"
check "help shows the keys for scrolling" wait_for "scroll down one line"
check "help shows ]" wait_for "]"
keys Escape
check "help closes" wait_gone "next quotation"

# An unbound key says so, ^L repaints.
keys Z
check "unbound key is reported" wait_status "not bound"
keys C-l
check "repaint keeps the screen" wait_for "Conseil de Gen"

quit_ok
check "the terminal leaves the alternate screen" test "$(tm display -p -t "$TARGET" '#{alternate_on}')" = 0

# No file on a terminal: the bundled sample, and a message saying so.
start 100 30
check "the bundled sample opens" wait_status "No file given"
keys j
check "the message goes with the first key" wait_status "sommet.fr.txt"
quit_ok
check "and the terminal is given back" test "$(tm display -p -t "$TARGET" '#{alternate_on}')" = 0
finish
