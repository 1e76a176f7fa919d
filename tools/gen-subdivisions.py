#!/usr/bin/env python3
"""Writes lang/iso3166-2.tsv, the ISO 3166-2 subdivision names glose's place
gazetteer reads (src/actors_gaz.c), from the Debian package iso-codes:

    python3 tools/gen-subdivisions.py /usr/share/iso-codes/json/iso_3166-2.json VERSION > lang/iso3166-2.tsv

One line per subdivision: its code, a tab, its name as written in running
text.  iso-codes' editorial marks go: the bracketed alternative ("Isle of
Anglesey [Sir Ynys Môn GB-YNM]") and the asterisk of a name in a second
language ("Alacant*").  Names in inverted order ("Asturias, Principado de")
keep their head ("Bristol, City of" -> Bristol) when the tail is such a
word, else they are left out, as are names with a bracket of their own and
names shorter than three characters; Mexican states also go by the words
before " de " ("Michoacán de Ocampo" -> Michoacán).

Only the subdivisions of COUNTRIES are kept: those whose names news in
glose's languages writes as names (counties, départements, states,
provinces).  Elsewhere ISO 3166-2 names are often common words of French or
English ("Centre", "Littoral", "Estuaire", "Central", "Upper East") that
would turn ordinary capitals into places."""
import json
import sys

COUNTRIES = {"AT", "AU", "BE", "CA", "CH", "DE", "DK", "ES", "FR", "GB", "IE", "IN", "MX", "NL", "NO",
             "NZ", "PL", "PT", "SE", "US", "ZA"}
rows = []
for e in json.load(open(sys.argv[1], encoding="utf-8"))["3166-2"]:
    if e["code"].split("-")[0] not in COUNTRIES:
        continue
    name = e["name"].split("[")[0].strip().rstrip("*").strip()
    # "Bristol, City of", "Durham, County", "Murcia, Región de": the name is the head
    if ", " in name:
        head, tail = name.split(", ", 1)
        if tail.split()[-1] in ("of", "de", "County", "The"):
            name = head
    if len(name) < 3 or any(c in name for c in ",()/"):
        continue
    rows.append((e["code"], name))
    # "Michoacán de Ocampo", "Coahuila de Zaragoza": Mexican states also go by their first word
    if e["code"].startswith("MX-") and " de " in name:
        rows.append((e["code"], name.split(" de ")[0]))
sys.stdout.write("# ISO 3166-2 subdivisions, from iso-codes " + (sys.argv[2] if len(sys.argv) > 2 else "") +
                 " (tools/gen-subdivisions.py)\n")
for code, name in sorted(rows):
    sys.stdout.write(code + "\t" + name + "\n")
