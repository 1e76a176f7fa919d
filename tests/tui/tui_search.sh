#!/usr/bin/env bash
# tui_search.sh — / ? n N: case- and accent-insensitive search through ICU
# collation, matches in the search colour, "not found" as an error.
. "$(dirname "$0")/lib.sh"
ART=$TUI/fixtures/conseil.fr.txt
SEARCH="fg=16 bg=214"

start 100 30 --date 2025-12-03 "$ART"
check "first screen" wait_for "Conseil de Gen"
check "extraction done" wait_status "actors"

# No accents, no capitals: finds « États-Unis ».
keys /
check "the prompt shows on the status row" wait_status "/"
type_text "etats-unis"
keys Enter
check "the search runs" wait_gone "/etats-unis"
expect_has "États-Unis in the search colour" "$(style_of "États-Unis")" "$SEARCH"
expect_eq "the whole match" "$(uniform "États-Unis")" "yes"
expect_has "every match on screen is marked" "$(style_of "États-Unis" 2)" "$SEARCH"

# Further down: the screen moves to the match; n finds the next one.
keys /
type_text "stefan iliev"
keys Enter
check "a match below the screen is brought into view" wait_for "Stefan Iliev, a promis"
expect_has "it is marked" "$(style_of "Stefan Iliev")" "$SEARCH"
keys n
check "n goes on to the next match" wait_for "a déclaré Stefan Iliev"
keys n
check "no more matches" wait_status "pattern not found"
expect_eq "the message is an error" "$(style_of "pattern not found")" "fg=231 bg=124 bold"

# ? searches backward; N reverses.
keys g "?"
type_text "HELENE"
keys Enter
check "? from the top finds nothing before it" wait_status "pattern not found: HELENE"
keys G "?"
type_text "HELENE"
keys Enter
check "? finds the last match before the top of the screen" wait_for "Selon Hélène Marchetti"
expect_has "that match is marked" "$(style_of "Hélène Marchetti, la Commission")" "$SEARCH"
keys N
check "N goes the other way, forward" wait_for "Hélène Marchetti a assuré"
keys N
check "then there is none" wait_status "pattern not found"
keys n
check "n goes backward again" wait_gone "pattern not found"

# Esc forgets the highlight; an empty / repeats the last search.
keys g /
type_text "varna"
keys Enter
check "searched" wait_for "Varna"
check "Varna marked" wait_style "Varna" 2 "$SEARCH"
keys Escape
sleep 0.3
check "Esc removes the marks" wait_style_not "Varna" 2 "$SEARCH"
keys / Enter
check "an empty pattern repeats the search" wait_for "Varna"

# Backspace on an empty prompt cancels it.
keys / BSpace
check "cancelled" wait_status "conseil.fr.txt"

# The seed article: "ouchakov" finds « Ouchakov ».
if SEED=$(seed_article); then
	keys q
	check "quit" wait_for "__EXIT__=0"
	start 100 30 --date 2025-12-03 "$SEED"
	check "seed opens" wait_status "article.fr.txt"
	keys /
	type_text "ouchakov"
	keys Enter
	check "ouchakov found" wait_for "Ouchakov"
	# The name is on the first screen already: wait for the search's frame.
	check "Ouchakov marked" wait_style "Ouchakov" 1 "$SEARCH"
else
	echo "seed article not found: skipping its part"
fi
quit_ok
finish
