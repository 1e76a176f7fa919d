#!/usr/bin/env bash
# tui_escapes.sh — an article full of escape sequences and control
# characters renders safely: shown as ^[ or <U+…> in the control colour,
# never sent to the terminal (no clear screen, no title change, no colour).
. "$(dirname "$0")/lib.sh"
ART=$TMP/escapes.txt
{
	printf 'Titre pi\xc3\xa9g\xc3\xa9 pour le terminal\n'
	printf 'Premier paragraphe avec \x1b[2J un effacement et \x1b[H un retour au coin.\n'
	printf 'Un titre de fen\xc3\xaatre \x1b]0;PWNED\x07 et une cloche \x07 sonore.\n'
	printf 'Du texte \x1b[31mrouge\x1b[0m et \x1b[5mclignotant\x1b[25m, un CSI \xc2\x9b31m sur huit bits.\n'
	printf 'Un retour\r chariot, un effacement\x08 arri\xc3\xa8re, une tabulation\tici.\n'
	printf 'Une inversion \xe2\x80\xae de sens \xe2\x80\xac et une fin normale.\n'
	printf 'Derni\xc3\xa8re ligne intacte.\n'
} >"$ART"
CTRL="fg=167 bold"

start 100 30 --date 2025-12-03 "$ART"
check "first screen" wait_for "Derni"
check "the title line is still there (no clear screen)" wait_for "Titre pi"
check "ESC [2J is shown, not obeyed" wait_for "avec ^[[2J un effacement"
check "ESC [H is shown" wait_for "et ^[[H un retour"
check "OSC title is shown" wait_for "^[]0;PWNED^G et une cloche ^G sonore"
check "the window title did not change" test "$(tm display -p -t "$TARGET" '#{pane_title}')" != PWNED
check "SGR is shown" wait_for "^[[31mrouge^[[0m"
check "an 8-bit CSI is shown" wait_for "<U+009B>31m"
check "BS is shown (a lone CR is a line break for the loader)" wait_for "chariot, un effacement^H arri"
check "tab is expanded" wait_for "tabulation    ici"
check "bidi override is shown" wait_for "inversion <U+202E> de sens <U+202C> et"
expect_eq "^[ in the control colour" "$(style_of "^[[2J")" "$CTRL"
expect_eq "<U+202E> in the control colour" "$(uniform "<U+202E>")" "yes"
expect_eq "<U+202E> style" "$(style_of "<U+202E>")" "$CTRL"
expect_eq "the text after an SGR is not coloured by it" "$(style_of "rouge")" "fg=252"
expect_eq "nor blinking" "$(style_of "clignotant")" "fg=252"
check "the status line is intact" wait_status "escapes.txt"
check "the screen width is respected" test "$(screen_width)" -le 100

# The same text in a narrow window: the visible forms wrap like text.
tm resize-window -t t -x 24 -y 12
check "narrow: still visible" wait_for "^[[2J"
check "narrow: rows fit" test "$(screen_width)" -le 24
quit_ok
finish
