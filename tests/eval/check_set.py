#!/usr/bin/env python3
"""Stricter consistency checks for an evaluation set (articles/ + gold/).

usage: check_set.py [SET_DIR] [--list-unannotated] [--words]

score.py --selftest already checks that every gold text occurs in its article
after normalisation (case and accents folded).  This script adds the checks an
annotator needs while writing gold by hand:

  * the article exists, its first line is a title, and the body (title
    excluded) has 250-700 words;
  * doc/lang/source/dct fields are present, dct is an ISO date, doc matches
    the file name and lang matches the .LANG suffix;
  * every quote text, mention and time text occurs in the article
    CASE-SENSITIVELY (only white space is folded: a no-break space equals a
    space, a line break equals a space);
  * every quote text is directly preceded by an opening quotation mark or
    followed by a closing mark or a paragraph end (white space allowed; one
    side suffices for the pieces of « première partie, dit-il, seconde »);
  * every quote speaker is an entity name; entity types are person/org/place;
  * time types are date/time/duration/set, values look like TIMEX3 values,
    and a time text naming a weekday agrees with the weekday of a full-date
    value;
  * duplicate mentions inside one entity, and one mention listed under two
    entities, are reported.

With --list-unannotated it also prints every quoted span of each article that
no gold quote covers (titles of works, journalists' scare quotes, nested
quotations...), so that the annotator can confirm each one was left out on
purpose.  Exit status 1 if any check failed.  Python 3 standard library only.
"""

import datetime
import json
import os
import re
import sys

OPEN = "«“‘\"'‹„"
CLOSE = "»”’\"'›“"
TYPES = {"person", "org", "place"}
TTYPES = {"date", "time", "duration", "set"}
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{2,4}(?:-(?:\d\d|Q[1-4]|H[12]|SP|SU|FA|WI|W\d\d(?:-(?:\d|WE))?)"  # year, month, season, week
    r"(?:-\d\d)?)?(?:T(?:\d\d:\d\d|MO|AF|EV|NI|DT))?"                      # day, time of day
    r"|XXXX-(?:XX-XX|WXX-\d|XX|\d\d|SP|SU|FA|WI)(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?"          # unspecified date
    r"|P(?:\d+|X)(?:[YMWD]|DE|CE)|PT(?:\d+|X)[HMS](?:\d+[MS])?"        # durations
    r"|P\d+Y\d+M|PT\d+H\d+M"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r")$")


def ws(s):
    return " ".join(s.split())


def check(set_dir, list_unannotated):
    gold_dir = os.path.join(set_dir, "gold")
    art_dir = os.path.join(set_dir, "articles")
    errors = 0

    def err(name, msg):
        nonlocal errors
        errors += 1
        print("%s: %s" % (name, msg))

    names = sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json"))
    arts = sorted(f[:-4] for f in os.listdir(art_dir) if f.endswith(".txt"))
    for a in set(arts) - set(names):
        err(a, "article without gold file")
    for name in names:
        try:
            with open(os.path.join(gold_dir, name + ".json"), encoding="utf-8") as f:
                g = json.load(f)
        except ValueError as e:
            err(name, "gold is not valid JSON: %s" % e)
            continue
        path = os.path.join(art_dir, name + ".txt")
        if not os.path.exists(path):
            err(name, "article missing")
            continue
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        lines = raw.split("\n")
        if not lines[0].strip():
            err(name, "first line (title) is empty")
        nwords = len("\n".join(lines[1:]).split())
        if "--words" in sys.argv:
            print("%s: %d words" % (name, nwords))
        if not WORDS[0] <= nwords <= WORDS[1]:
            err(name, "body has %d words (want %d-%d)" % (nwords, WORDS[0], WORDS[1]))
        text = ws(raw)
        lang = name.rsplit(".", 1)[-1]
        for k in ("doc", "lang", "source", "dct", "entities", "quotes", "times"):
            if k not in g:
                err(name, "missing field %s" % k)
        if g.get("doc") != name:
            err(name, "doc field %r" % g.get("doc"))
        if g.get("lang") != lang:
            err(name, "lang field %r but file suffix %r" % (g.get("lang"), lang))
        try:
            datetime.date.fromisoformat(g.get("dct") or "")
        except ValueError:
            err(name, "dct %r is not an ISO date" % g.get("dct"))

        ents = g.get("entities", [])
        enames = set()
        owner = {}
        for e in ents:
            enames.add(e["name"])
            if e.get("type") not in TYPES:
                err(name, "entity %r: bad type %r" % (e["name"], e.get("type")))
            seen = set()
            for m in e.get("mentions", []):
                if m in seen:
                    err(name, "entity %r: duplicate mention %r" % (e["name"], m))
                seen.add(m)
                if ws(m) not in text:
                    err(name, "mention %r (%s) not in article (case-sensitive)" % (m, e["name"]))
                key = ws(m).casefold()
                if key in owner and owner[key] != e["name"]:
                    err(name, "mention %r listed under %r and %r" % (m, owner[key], e["name"]))
                owner[key] = e["name"]
            if e["name"] not in e.get("mentions", []) and ws(e["name"]) not in text:
                pass  # a canonical name need not occur (e.g. 'United States' for 'U.S.')

        covered = []
        for q in g.get("quotes", []):
            t = ws(q["text"])
            if q.get("speaker") is not None and q["speaker"] not in enames:
                err(name, "speaker %r is not an entity name" % q["speaker"])
            hits = [m.start() for m in re.finditer(re.escape(t), text)]
            if not hits:
                err(name, "quote not in article (case-sensitive): %r" % q["text"][:70])
                continue
            ok = False
            for h in hits:
                before = text[:h].rstrip()
                after = text[h + len(t):].lstrip()
                para_end = re.match(r"\s*(\n|$)", raw_tail(raw, t, h, text)) is not None
                opened = bool(before) and before[-1] in OPEN
                closed = not after or after[0] in CLOSE or para_end
                # a piece of a split quotation (« A, dit-il, B ») has a mark on one side only
                if opened or closed:
                    ok = True
                    covered.append((h, h + len(t)))
            if not ok:
                err(name, "quote not delimited by quotation marks: %r" % q["text"][:70])

        for t in g.get("times", []):
            if ws(t["text"]) not in text:
                err(name, "time text %r not in article (case-sensitive)" % t["text"])
            if t.get("type") not in TTYPES:
                err(name, "time %r: bad type %r" % (t["text"], t.get("type")))
            v = t.get("value")
            if v is not None and not VALUE_RE.match(v):
                err(name, "time %r: odd value %r" % (t["text"], v))
            if v and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", v):
                d = datetime.date.fromisoformat(v[:10])
                low = t["text"].casefold()
                for i, wd in enumerate(WEEKDAYS.get(lang, [])):
                    if re.search(r"\b%s\b" % wd, low) and d.weekday() != i:
                        err(name, "time %r: %s is a %s" % (t["text"], v[:10], WEEKDAYS[lang][d.weekday()]))

        if list_unannotated:
            for m in re.finditer(r"[«“\"‘]\s*([^«»“”\"‘’\n]{1,80}?)\s*[»”\"’]", text):
                s, e = m.span(1)
                if m.group(1)[:1] in ",.;:)":
                    continue  # a closing straight mark read as an opening one
                if not any(cs <= s and e <= ce for cs, ce in covered):
                    print("%s: not a gold quote: %r" % (name, m.group(1)))
    print("check_set: %d gold file(s), %d problem(s)" % (len(names), errors))
    return 1 if errors else 0


def raw_tail(raw, t, h, text):
    """The raw text after the h-th occurrence's end, with line breaks kept:
    map the whitespace-folded position back to the raw text."""
    # walk the raw text counting folded characters
    target = h + len(t)
    i = j = 0
    n = len(raw)
    # skip leading white space as ws() does
    while i < n and raw[i].isspace():
        i += 1
    while i < n and j < target:
        if raw[i].isspace():
            while i < n and raw[i].isspace():
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    k = i
    while k < n and raw[k] in " \t\u00a0\u202f":
        k += 1
    return raw[k:k + 1] if k < n else ""


# The body's length in words a set asks for (tests/eval2 sets its own).
WORDS = (250, 700)

def main(argv, default_dir, words=None):
    """The command line (argv without the program name) for a set whose
    directory is default_dir when none is given; words overrides WORDS."""
    global WORDS
    if words:
        WORDS = words
    args = [a for a in argv if not a.startswith("--")]
    return check(args[0] if args else default_dir, "--list-unannotated" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], os.path.dirname(os.path.abspath(__file__))))
