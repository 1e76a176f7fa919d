#!/usr/bin/env bash
# tui_seed.sh — the issue's "done when", on the seed article (skipped when
# ../shared/seed is not beside the repository): actors and quotations in
# their theme colours; `w` lists Iouri Ouchakov's quotations and Enter on
# one brings it into view; `]` then `}` land on his next quotation and the
# status line says so.
. "$(dirname "$0")/lib.sh"
if ! SEED=$(seed_article); then
	echo "seed article not found: skipping"
	exit 77
fi
SPK0="fg=33"          # speaker.0: the first speaker quoted
CURQ="bg=236 bold"    # quote.current

start 100 30 --date 2025-12-03 "$SEED"
check "seed opens" wait_status "article.fr.txt · fr · 2025-12-03"
check "extraction finishes" wait_status "quotes"
no_zero_quotes() { ! status_row | grep -q ' 0 quotes'; }
check "quotations were found" no_zero_quotes
expect_eq "Iouri Ouchakov in the person colour" "$(style_of "Iouri")" "$FG_PERSON"
expect_eq "Steve Witkoff in the person colour" "$(style_of "Steve Witkoff")" "$FG_PERSON"
expect_eq "Moscou in the place colour" "$(style_of "Moscou")" "fg=183 bold"
expect_eq "his first quotation in the first speaker colour" "$(style_of "constructives")" "$SPK0"
expect_eq "the whole quotation" "$(uniform "plutôt utile, constructive, plutôt")" "yes"
expect_eq "its cue too" "$(style_of "déclaré mercredi")" "$SPK0"
expect_eq "a time expression" "$(style_of "mercredi")" "fg=153 underline"

# w: who said what.
keys w
check "the pane opens" wait_for "who said what"
check "Iouri Ouchakov is listed with a count" wait_for "Iouri Ouchakov ("
check "his quotations are listed, as the article writes them" wait_for '"constructives"'
check "reported speech is marked" wait_for "reported:"
check "his quotation far down the article is not in view yet" wait_gone "pas à Kyiv, mais"
found=0
for ((i = 0; i < 20; i++)); do
	if screen | grep -q "›.*promis qu'ils"; then
		found=1
		break
	fi
	keys j
	sleep 0.1
done
check "j walks down to his quotation about Kyiv" test "$found" = 1
keys Enter
check "Enter brings it into view" wait_for "pas à Kyiv, mais"
check "the status line names the speaker" wait_status "· Iouri Ouchakov"
expect_has "it is the current quotation" "$(style_of "pas à Kyiv, mais")" "$CURQ"

# ] then }.
keys w g
check "the pane closes" wait_gone "who said what"
check "back at the top" wait_for "Les discussions entre l'envoy"
keys "]"
check "] goes to the first quotation: his" wait_status "quote 1/"
status=$(status_row)
expect_has "] names him" "$status" "· Iouri Ouchakov"
total=$(echo "$status" | sed -n 's/.*quote 1\/\([0-9]*\).*/\1/p')
expect_has "the current quotation is emphasised" "$(style_of "constructives")" "$CURQ"
keys "}"
check "} lands on his next quotation" wait_status "quote 2/$total · Iouri Ouchakov"
expect_has "which is now emphasised" "$(style_of "plutôt utile")" "$CURQ"
keys "{"
check "{ goes back" wait_status "quote 1/$total · Iouri Ouchakov"
quit_ok
finish
