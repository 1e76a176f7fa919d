#!/usr/bin/env bash
# tui_bigfile.sh — a file of several megabytes shows its first screen from
# its head while the rest is read in the background (article.h,
# article_open_head); then the whole text is there: G reaches its last
# paragraph, search finds words only the tail holds, and the date and the
# language come up on the status line.
. "$(dirname "$0")/lib.sh"
BIG=$TMP/grand.fr.txt
python3 - "$BIG" <<'PY'
import sys
lines = ["Le conseil municipal de Port-Vallon adopte son budget",
         "Publié le 3 décembre 2025",
         ""]
body = ("La séance du conseil municipal de Port-Vallon s'est ouverte à dix-huit heures "
        "devant une salle comble. Les élus ont examiné le budget de l'année prochaine, "
        "la rénovation de la médiathèque et le plan de circulation du centre-ville. "
        "Le maire a rappelé que les travaux du port devaient commencer au printemps.")
n = 0
size = 0
while size < 3 * 1024 * 1024:
    n += 1
    p = "Paragraphe %d. %s" % (n, body)
    lines.append(p)
    lines.append("")
    size += len(p.encode()) + 2
lines.append("Dernier paragraphe : le vote du zéphyrin s'est achevé tard dans la nuit.")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY

start 100 20 -m none "$BIG"
check "the first screen shows the head" wait_for "Le conseil municipal de Port-Vallon adopte"
expect_eq "the title in the title colour" "$(style_of "Le conseil municipal")" "$FG_TITLE"
check "once read whole, the status line has the date" wait_status "2025-12-03" 300
check "and the language" wait_status "fr ·"
keys G
check "G reaches the last paragraph, past the head" wait_for "Dernier paragraphe : le vote" 100
keys g
check "g goes back to the top" wait_for "Le conseil municipal de Port-Vallon adopte"
keys /
type_text "zéphyrin"
keys Enter
check "search finds a word only the tail holds" wait_for "vote du zéphyrin"
expect_has "the match is in the search colour" "$(style_of "zéphyrin")" "fg=16 bg=214"
quit_ok

# Quitting right after the first frame, before the worker has started
# (GLOSE_BENCH_FIRST_FRAME, as the benchmark does), leaves cleanly.
TUI_ENV='export GLOSE_BENCH_FIRST_FRAME=1'
start 100 20 "$BIG"
check "quitting before the rest is read exits with status 0" wait_for "__EXIT__=0"
finish
