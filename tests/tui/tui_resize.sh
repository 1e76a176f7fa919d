#!/usr/bin/env bash
# tui_resize.sh — resizing reflows the text and keeps the reading position;
# a 20×6 terminal still works (the pane goes to the bottom or hides, the
# status line stays); even 10×3 does not break it.
. "$(dirname "$0")/lib.sh"
ART=$TUI/fixtures/conseil.fr.txt

start 100 12 --date 2025-12-03 "$ART"
check "first screen" wait_for "Conseil de Gen"
check "extraction done" wait_status "actors"
# Read from the paragraph about Aurore Dufresne.
keys /
type_text "aurore dufresne"
keys Enter Escape
check "at the paragraph" wait_for "Aurore Dufresne, porte-parole"
check "the title scrolled away" wait_gone "Conseil de Gen"
check "it is near the top" top_has 4 "Aurore Dufresne"

tm resize-window -t t -x 60 -y 20
check "narrower: the text reflows" wait_for "Aurore Dufresne, porte-parole de la"
check "no row is wider than the window" test "$(screen_width)" -le 60
check "the reading position is kept" top_has 4 "Aurore Dufresne"
check "the status line is the last row" wait_status "conseil.fr.txt"

tm resize-window -t t -x 140 -y 40
check "wider: reflows again" wait_for "Aurore Dufresne, porte-parole de la Commission européenne, a confirmé que Bruxelles travaillait déjà sur"
check "the article nearly fits: the screen is filled from the top" wait_for "Conseil de Gen"

# A pane opens on the right when there is room, at the bottom when not.
keys w
check "who-said-what pane opens" wait_for "who said what"
check "on the right, after a border" top_has 1 "│ who said what"
tm resize-window -t t -x 80 -y 24
check "at the bottom when narrower" wait_for "─ who said what"

# 20×6: everything shrinks, nothing breaks.
tm resize-window -t t -x 20 -y 6
check "20x6: the pane shrinks to the bottom" wait_for "─ who said"
check "20x6: rows fit" test "$(screen_width)" -le 20
expect_eq "20x6: the status line keeps its colours" "$(style_of "conseil")" "fg=252 bg=237"
keys Tab j k Tab j G g
check "20x6: keys still work" wait_for "Conseil de"
keys w
check "20x6: the pane closes" wait_gone "─ who said"
check "20x6: status at the bottom" wait_status "conseil"
tm resize-window -t t -x 10 -y 3
sleep 0.3
check "10x3: still running" wait_status "%"
tm resize-window -t t -x 20 -y 6
check "20x6 again" wait_for "Conseil"
quit_ok

# Starting small works too.
start 20 6 --date 2025-12-03 "$ART"
check "20x6 from the start" wait_for "Conseil de"
check "status line" wait_status "conseil"
keys a
check "the actors pane fits at the bottom" wait_for "─ actors"
keys Escape G
check "G at 20x6" wait_status "100%"
quit_ok
finish
