#!/usr/bin/env bash
# tui_colours.sh — the colour modes: truecolor through terminfo's direct
# colour (RGB from the theme), COLORTERM=truecolor on a 256-colour
# terminal (the theme's own 256-colour values), 16 colours from the
# configuration, and NO_COLOR (attributes only, from the mono theme).
. "$(dirname "$0")/lib.sh"
ART=$TUI/fixtures/conseil.fr.txt
NAME="Hélène Marchetti"

# Direct colour: the system's xterm-direct, else a copy built with tic.
direct_env=""
if infocmp -x xterm-direct >/dev/null 2>&1; then
	direct_env="export TERM=xterm-direct COLORTERM=truecolor"
elif command -v tic >/dev/null; then
	cat >"$TMP/xd.src" <<'TI'
xterm-direct|xterm with direct colours (test copy),
	RGB, colors#0x1000000, pairs#0x10000,
	setab=\E[%?%p1%{8}%<%t4%p1%d%e48\:2\:\:%p1%{65536}%/%d\:%p1%{256}%/%{255}%&%d\:%p1%{255}%&%d%;m,
	setaf=\E[%?%p1%{8}%<%t3%p1%d%e38\:2\:\:%p1%{65536}%/%d\:%p1%{256}%/%{255}%&%d\:%p1%{255}%&%d%;m,
	use=xterm-256color,
TI
	if tic -x -o "$TMP/terminfo" "$TMP/xd.src" 2>/dev/null; then
		direct_env="export TERMINFO=$TMP/terminfo TERM=xterm-direct COLORTERM=truecolor"
	fi
fi
if [ -n "$direct_env" ]; then
	TUI_ENV=$direct_env start 100 30 --date 2025-12-03 "$ART"
	check "truecolor: opens" wait_status "quotes"
	expect_eq "truecolor: a person in the theme's RGB" "$(style_of "$NAME")" "fg=#ffd75f bold"
	expect_eq "truecolor: the status line" "$(style_of "conseil.fr.txt")" "fg=#d0d0d0 bg=#3a3a3a"
	quit_ok
else
	echo "no direct-colour terminfo and no tic: skipping the truecolor part"
fi

# COLORTERM=truecolor, but terminfo cannot send RGB: 256 colours.
TUI_ENV="export COLORTERM=truecolor" start 100 30 --date 2025-12-03 "$ART"
check "256: opens" wait_status "quotes"
expect_eq "256: the theme's 256-colour value" "$(style_of "$NAME")" "fg=221 bold"
quit_ok

# 16 colours, from the configuration.
printf 'colour: 16\n' >"$TMP/c16.yaml"
start 100 30 --config "$TMP/c16.yaml" --date 2025-12-03 "$ART"
check "16: opens" wait_status "quotes"
expect_eq "16: bright yellow" "$(style_of "$NAME")" "fg=b11 bold"
quit_ok

# NO_COLOR: no colours at all, names still stand out.
TUI_ENV="export NO_COLOR=1" start 100 30 --date 2025-12-03 "$ART"
check "mono: opens" wait_status "quotes"
expect_eq "mono: a name in bold" "$(style_of "$NAME")" "bold"
expect_eq "mono: the status line in reverse" "$(style_of "conseil.fr.txt")" "reverse"
expect_eq "mono: plain text" "$(style_of "délégations")" "default"
quit_ok
finish
