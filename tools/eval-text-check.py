#!/usr/bin/env python3
"""Keep evaluation text out of the code.

usage: tools/eval-text-check.py BASE [N]     (from the repository's root)

Lists the lines added since git revision BASE under src/, lang/, tests/unit,
tests/tui, tests/cli, tests/golden and docs/ that share a run of N words
(default 5) with an evaluation article (tests/eval*/articles and, when it is
beside the repository, ../shared/eval/dev and ../shared/seed), and the
capitalised words of those lines that occur in an article, are in no word
list of /usr/share/dict and were not in lang/ at BASE (invented or rare
names).  Hits in the unseen sets (UNSEEN below) print as UNSEEN, without
their words, so that the check never shows their text.  Exits 1 when
anything is listed.
"""
import glob
import os
import re
import subprocess
import sys

UNSEEN = {"eval7", "eval9", "eval12"}
DIRS = ["src", "lang", "tests/unit", "tests/tui", "tests/cli", "tests/golden", "docs"]
WORD = re.compile(r"\w+(?:['’]\w+)*")
NAME = re.compile(r"\b[A-ZÀ-Ý][\w’'-]+")


def set_of(path):
    parts = path.split("/")
    return parts[-3] if parts[-3].startswith("eval") else "dev"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    base, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    arts = glob.glob("tests/eval*/articles/*.txt")
    arts += glob.glob("../shared/eval/dev/articles/*.txt") + glob.glob("../shared/seed/*.txt")
    grams, names = {}, {}
    for f in arts:
        text = open(f, encoding="utf-8").read()
        w = [x.lower() for x in WORD.findall(text)]
        for i in range(len(w) - n + 1):
            grams.setdefault(tuple(w[i:i + n]), set()).add(set_of(f))
        for x in NAME.findall(text):
            names.setdefault(x.lower(), set()).add(set_of(f))
    known = set()
    for f in glob.glob("/usr/share/dict/*"):
        if os.path.isfile(f):
            known |= {l.strip().lower() for l in open(f, encoding="utf-8", errors="ignore")}
    old = ""
    for y in ("lang/fr.yaml", "lang/en.yaml"):
        old += subprocess.run(["git", "show", f"{base}:{y}"], capture_output=True, text=True).stdout
    old_names = {x.lower() for x in NAME.findall(old)}
    diff = subprocess.run(["git", "diff", "-U0", base, "--"] + DIRS, capture_output=True, text=True, check=True).stdout
    hits, seen, cur = 0, set(), None
    for line in diff.splitlines():
        if line.startswith("+++"):
            cur = line[6:]
            continue
        if not line.startswith("+"):
            continue
        w = [x.lower() for x in WORD.findall(line[1:])]
        for i in range(len(w) - n + 1):
            sets = grams.get(tuple(w[i:i + n]))
            if sets:
                hits += 1
                shown = "UNSEEN" if sets <= UNSEEN else " ".join(w[i:i + n])
                print(f"{cur} | {shown} | {','.join(sorted(sets))}")
        for x in NAME.findall(line[1:]):
            k, sets = x.lower(), names.get(x.lower())
            if sets and k not in known and k not in old_names and (cur, k) not in seen:
                seen.add((cur, k))
                hits += 1
                print(f"{cur} | name {'UNSEEN' if sets <= UNSEEN else x} | {','.join(sorted(sets))}")
    print(f"{hits} hit(s)")
    sys.exit(1 if hits else 0)


if __name__ == "__main__":
    main()
