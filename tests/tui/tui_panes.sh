#!/usr/bin/env bash
# tui_panes.sh — quotations and speakers (] [ } { S), the panes (w t a,
# Tab, Enter), the configuration (panes open at start, key bindings, the
# mouse, a broken configuration reported on the status line).
. "$(dirname "$0")/lib.sh"
ART=$TUI/fixtures/conseil.fr.txt
SPK0="fg=33"          # speaker.0: the first speaker quoted (Hélène Marchetti)
SPK1="fg=202"         # speaker.1: the second (Tomas Lindgren)
CURQ="bg=236 bold"    # quote.current
FOCUS="fg=16 bg=117 bold"

start 100 30 --date 2025-12-03 "$ART"
check "opens" wait_for "Conseil de Gen"
check "extraction done" wait_status "quotes"
expect_eq "a quotation in its speaker's colour" "$(style_of "Nous avons rapproché")" "$SPK0"
expect_eq "its cue too" "$(style_of "a déclaré la")" "$SPK0"
expect_eq "another speaker, another colour" "$(style_of "Les États-Unis doivent")" "$SPK1"
expect_has "a name inside a quotation keeps its actor colour (bold)" "$(style_of "États-Unis doivent")" "bold"

# ] [ } {
keys "]"
check "] : the first quotation" wait_status "quote 1/"
expect_has "] : by Hélène Marchetti" "$(status_row)" "· Hélène Marchetti"
expect_has "it is emphasised" "$(style_of "Nous avons rapproché")" "$CURQ"
keys "]"
check "] again: her second" wait_status "quote 2/"
expect_has "the emphasis moved" "$(style_of "Personne ne veut")" "$CURQ"
expect_eq "the first is plain again" "$(style_of "Nous avons rapproché")" "$SPK0"
keys "]"
check "] : Tomas Lindgren next" wait_status "· Tomas Lindgren"
expect_has "his first" "$(status_row)" "quote 1/"
keys "}"
check "} : his next one" wait_status "quote 2/"
expect_has "still him" "$(status_row)" "Tomas Lindgren"
# Walk on: the veto quotation comes up, then there is no later one.
saw_veto=0 at_end=0
for ((i = 0; i < 8; i++)); do
	case "$(style_of "Nous ne signerons rien")" in *"$CURQ"*) saw_veto=1 ;; esac
	keys "}"
	if wait_status "no later quotation by Tomas Lindgren" 5; then
		at_end=1
		break
	fi
done
check "} reaches his veto quotation" test "$saw_veto" = 1
check "} past his last says so" test "$at_end" = 1
keys "{"
check "{ goes back" wait_status "· Tomas Lindgren"
keys 2 "["
check "2[ : two quotations back, any speaker" wait_status "quote"

# S: pick a speaker with type-ahead.
keys S
check "the picker opens" wait_for "follow which speaker?"
check "it lists speakers with counts" wait_for "Hélène Marchetti ("
type_text "aur"
check "type-ahead filters" wait_gone "Hélène Marchetti ("
check "Aurore stays" wait_for "Aurore Dufresne ("
keys Enter
check "the picker closes on her quotation" wait_status "· Aurore Dufresne"
keys S
type_text "zzz"
check "no match" wait_for "(no match)"
keys Escape
check "Esc closes the picker" wait_gone "follow which speaker?"

# w: who said what; Tab; Enter.
keys g w
check "the who pane opens" wait_for "who said what ·"
check "speakers are listed" wait_for "Hélène Marchetti ("
check "reported speech is marked" wait_for "reported:"
expect_eq "a speaker heading in the speaker's colour" "$(style_of "Tomas Lindgren (")" "$SPK1"
found=0
for ((i = 0; i < 30; i++)); do
	if screen | grep -q "›.*Nous reviendrons"; then
		found=1
		break
	fi
	keys j
	sleep 0.1
done
check "j in the pane moves the selection" test "$found" = 1
keys Enter
check "Enter shows that quotation" wait_for "a conclu Tomas Lindgren"
check "and makes it current" wait_status "· Tomas Lindgren"
expect_has "shown as current (its cue too)" "$(style_of "a conclu")" "$CURQ"
keys Tab j
check "Tab: keys go to the article again" wait_status "%"
keys w
check "w closes the pane" wait_gone "who said what ·"

# t: timeline.
keys t
check "the timeline opens" wait_for "timeline ·"
check "with normalised dates" wait_for "2025-12-16"
expect_eq "dates in the time colour" "$(style_of "2025-12-16")" "fg=153 underline"
check "the entry for the 12th is there" select_in_pane "2025-12-12"
keys Enter
check "Enter on it shows its place in the article" wait_for "prévue le 12 décembre"
keys t

# a: actors; the selected actor's mentions are highlighted.
keys g a
check "the actors pane opens" wait_for "actors ·"
check "with types and counts" wait_for "person ×"
check "Hélène Marchetti is listed" select_in_pane "Hélène Marchetti"
expect_has "her mentions are highlighted" "$(style_of "Hélène Marchetti à la")" "$FOCUS"
expect_eq "others are not" "$(style_of "Tomas Lindgren s'est")" "$FG_PERSON"
# Enter goes to her next mention each time: the last one is further down.
for ((i = 0; i < 6; i++)); do
	keys Enter
	screen | grep -qF "Marchetti a assuré" && break
	sleep 0.2
done
check "Enter walks through her mentions" wait_for "Marchetti a assuré"
keys Escape a
check "closing the pane" wait_gone "│ actors"
expect_eq "drops the highlight" "$(style_of "Marchetti a assuré")" "$FG_PERSON"
quit_ok

# The configuration: a pane open at start, a rebinding, the mouse.
cat >"$TMP/config.yaml" <<'YAML'
panes:
  open: [timeline]
keys:
  quote-next: ["]", "+"]
mouse: true
YAML
start 100 30 --config "$TMP/config.yaml" --date 2025-12-03 "$ART"
check "the timeline is open at start" wait_for "timeline ·"
check "extraction done" wait_status "quotes"
keys Tab +
check "a key bound in the configuration works" wait_status "quote 1/"
keys h
check "the help shows the configured key" wait_for "], +"
keys q
check "help closed" wait_gone "], +"
# A wheel event (xterm SGR encoding) over the article scrolls it.
tm send-keys -t "$TARGET" -l $'\e[<65;10;5M'
check "the mouse wheel scrolls" wait_gone "Conseil de Gen"
tm send-keys -t "$TARGET" -l $'\e[<64;10;5M'
check "and back" wait_for "Conseil de Gen"
# A click on a quotation makes it the current one.
keys t g
check "the timeline closes" wait_gone "timeline ·"
tm send-keys -t "$TARGET" -l $'\e[<0;12;5M\e[<0;12;5m'
check "a click selects the quotation" wait_status "quote 1/"
quit_ok

# wrap_width caps the article's width.
printf 'wrap_width: 30\n' >"$TMP/wrap.yaml"
start 100 30 --config "$TMP/wrap.yaml" --date 2025-12-03 "$ART"
check "wrapped at 30 columns" wait_for "Conseil de Genève : les"
article_width() { screen | head -n -1 | python3 "$TUI/screen.py" width; }
check "no article row is wider than 30" test "$(article_width)" -le 30
quit_ok

# A broken configuration: the reader still opens, the error is shown.
printf 'theme: nosuch-theme\nmouse: maybe\n' >"$TMP/bad.yaml"
start 100 30 --config "$TMP/bad.yaml" --date 2025-12-03 "$ART"
check "opens anyway" wait_for "Conseil de Gen"
check "the error is on the status line" wait_status "bad.yaml"
expect_has "in the error colour" "$(style_of "bad.yaml")" "bg=124"
keys j
check "the message goes with the next key" wait_status "conseil.fr.txt"
quit_ok
finish
