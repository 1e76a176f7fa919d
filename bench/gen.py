#!/usr/bin/env python3
"""Generate benchmark input: French or English news text of a given size.

    bench/gen.py fr 5M OUT.txt [--seed N]

The text is a run of articles (a title, a dateline, paragraphs), separated
by blank lines.  Paragraphs come from sentence templates written for this
benchmark and from the bundled samples (samples/*.<lang>.txt) with their
names, places and numbers replaced, shuffled, so the result is varied news
prose rather than one article repeated.  Output is deterministic for a
given seed.  The files are written outside the repository (bench/run.sh
puts them in /tmp) and are never committed.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FR = {
    "first_f": ["Claire", "Amina", "Sophie", "Léa", "Nathalie", "Inès", "Camille", "Hélène", "Manon", "Yasmine",
                "Élodie", "Juliette", "Margaux", "Sandrine", "Fatou", "Agnès", "Chloé", "Bérénice"],
    "first_m": ["Étienne", "Karim", "Julien", "Thomas", "Olivier", "Mehdi", "François", "Lucas", "Hugo", "Bruno",
                "Antoine", "Rachid", "Grégoire", "Mathieu", "Yann", "Laurent", "Cédric", "Benoît"],
    "last": ["Vasseur", "Dufour", "Benali", "Marchand", "Lefèvre", "Garnier", "Rousseau", "Haddad", "Perrin",
             "Chevalier", "Fontaine", "Mercier", "Nguyen", "Leroy", "Bonnet", "Girard", "Aubert", "Da Silva",
             "Kowalski", "Moreau", "Lambert", "Fabre", "Roux", "Morel", "Barbier", "Caron", "Meunier"],
    "city": ["Rochebrune", "Valmont", "Saint-Aubin", "Lisbonne", "Bruxelles", "Lyon", "Nantes", "Marseille",
             "Strasbourg", "Genève", "Montréal", "Dakar", "Tunis", "Bordeaux", "Lille", "Rennes"],
    "org": ["la Commission européenne", "le conseil régional", "la préfecture", "l'Assemblée nationale",
            "le syndicat des dockers", "la Banque centrale", "la mairie", "le tribunal administratif",
            "l'Agence de l'eau", "la chambre de commerce", "le ministère de la Santé", "l'Insee"],
    "role_f": ["la ministre de l'Énergie", "la maire", "la présidente du conseil régional", "la porte-parole du gouvernement",
               "la directrice de l'hôpital", "l'ingénieure chargée du dossier", "la secrétaire générale du syndicat"],
    "role_m": ["le ministre de l'Intérieur", "le maire", "le préfet", "le porte-parole de la police",
               "le président de la chambre de commerce", "le commissaire européen", "le directeur du port"],
    "say": ["a déclaré", "a affirmé", "a assuré", "a estimé", "a reconnu", "a expliqué", "a précisé",
            "a averti", "a martelé", "a répondu", "a ajouté", "a dénoncé"],
    "weekday": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "month": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"],
    "topic": ["le budget", "la réforme des retraites", "le prix du gaz", "la rénovation du pont", "la grève des transports",
              "le plan de relance", "la fermeture de l'usine", "la qualité de l'eau", "les inondations", "le nouveau stade"],
    "quotes": ["Nous ne lâcherons rien", "Le compte n'y est pas", "Il faut agir vite, et agir bien",
               "Personne ne nous a prévenus", "Ce projet est vital pour la région", "Nous avons fait notre part",
               "Les chiffres parlent d'eux-mêmes", "Rien n'est encore décidé", "C'est un rendez-vous manqué",
               "Je ne signerai pas un texte au rabais", "Les habitants méritent des réponses"],
    "templates": [
        "« {Q} », {SAY} {WD} {ROLE}, {NAME}.",
        "« {Q} », {SAY} {NAME}, {ROLE}, devant la presse.",
        "Selon {ORG}, {N} personnes ont été concernées depuis le {D} {M}.",
        "{NAME}, {ROLE}, {SAY} que {TOPIC} serait examiné le {D} {M} {Y}.",
        "D'après {ORG}, {TOPIC} coûtera {N} millions d'euros d'ici à {Y}.",
        "Interrogé sur {TOPIC}, {LAST} {SAY} : « {Q}. »",
        "Les discussions reprendront {WD} prochain à {CITY}, a indiqué {ORG}.",
        "À {CITY}, près de {N} manifestants se sont rassemblés {WD} matin devant la mairie.",
        "« {Q} », a-t-elle lancé, avant de quitter la salle vers {H} heures.",
        "{NAME} a promis qu'{PRON} ferait « tout ce qui est possible » pour conclure avant l'été.",
        "Le texte, adopté le {D} {M} par {N} voix contre {N2}, doit encore passer devant le Sénat.",
        "Pendant {N2} jours, les négociateurs ont tenté de rapprocher les positions, sans succès.",
        "Il y a deux semaines, {ORG} avait pourtant annoncé un accord « imminent ».",
    ],
    "titles": ["{CITY} : {ORG} repousse la décision sur {TOPIC}", "{TOPIC} : {NAME} hausse le ton",
               "À {CITY}, la colère monte autour de {TOPIC}", "{ORG} annonce un plan pour {TOPIC}"],
    "dateline": "Publié le {D} {M} {Y} à {H} h {MIN:02d}",
}

EN = {
    "first_f": ["Linda", "Priya", "Maria", "Dana", "Grace", "Aisha", "Emily", "Rachel", "Sofia", "Hannah",
                "Chloe", "Nadia", "Olivia", "Megan", "Joanna", "Ruth"],
    "first_m": ["Tom", "Raymond", "David", "Samuel", "Michael", "Omar", "James", "Peter", "Daniel", "Kwame",
                "Robert", "Ethan", "Victor", "Arthur", "Jonah", "Luis"],
    "last": ["Okafor", "Castell", "Ramanathan", "Whitfield", "Becker", "Briggs", "Holt", "Nakamura", "Fischer",
             "O'Neill", "Alvarez", "Thompson", "Kowalczyk", "Mensah", "Harris", "Lindqvist", "Patel", "Reid",
             "Sullivan", "Chen", "Walsh", "Morgan", "Price", "Hughes"],
    "city": ["Port Alder", "Millbrook", "Lisbon", "Brussels", "Leeds", "Halifax", "Perth", "Dublin", "Boston",
             "Cardiff", "Auckland", "Nairobi", "Glasgow", "Denver"],
    "org": ["the city council", "the European Commission", "the port authority", "Northgate Holdings",
            "the dockers' union", "the Central Bank", "the health department", "the planning department",
            "the state legislature", "the water board", "the Chamber of Commerce"],
    "role_f": ["the mayor", "the energy minister", "a council spokeswoman", "the hospital's director",
               "the chief engineer", "the union's general secretary"],
    "role_m": ["the mayor", "the interior minister", "the police spokesman", "the port director",
               "the company's chief executive", "the European commissioner"],
    "say": ["said", "told reporters", "warned", "added", "insisted", "explained", "admitted", "argued", "claimed"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"],
    "topic": ["the budget", "the pension reform", "the gas price cap", "the bridge repairs", "the transit strike",
              "the recovery plan", "the plant closure", "the water quality report", "the flood defences", "the new stadium"],
    "quotes": ["We will not back down", "The numbers do not add up", "We have to move fast and get it right",
               "Nobody told us anything", "This project is vital for the region", "We have done our part",
               "The figures speak for themselves", "Nothing has been decided yet", "It is a missed opportunity",
               "I will not sign a watered-down text", "Residents deserve answers"],
    "templates": [
        "\"{Q},\" {SAY} {NAME}, {ROLE}, on {WD}.",
        "\"{Q},\" {NAME} {SAY}. \"We will meet again on {M} {D}.\"",
        "According to {ORG}, {N} people have been affected since {M} {D}.",
        "{NAME}, {ROLE}, said {TOPIC} would be reviewed on {M} {D}, {Y}.",
        "{ORG_CAP} estimates that {TOPIC} will cost ${N} million by {Y}.",
        "Asked about {TOPIC}, {LAST} replied: \"{Q}.\"",
        "Talks will resume next {WD} in {CITY}, {ORG} said.",
        "In {CITY}, nearly {N} protesters gathered outside City Hall on {WD} morning.",
        "\"{Q},\" {PRON} said before leaving the room at about {H} p.m.",
        "{NAME} promised to do \"everything possible\" to reach a deal before the summer.",
        "The bill, passed on {M} {D} by {N} votes to {N2}, still has to clear the Senate.",
        "For {N2} days, negotiators tried to bridge the gap, without success.",
        "Two weeks ago, {ORG} had announced that a deal was \"imminent\".",
    ],
    "titles": ["{CITY} council delays decision on {TOPIC}", "{NAME} hardens stance on {TOPIC}",
               "Anger grows in {CITY} over {TOPIC}", "{ORG_CAP} unveils plan for {TOPIC}"],
    "dateline": "Published {M} {D}, {Y}",
}


def sample_paragraphs(lang):
    paras = []
    for name in sorted(os.listdir(os.path.join(ROOT, "samples"))):
        if name.endswith("." + lang + ".txt"):
            with open(os.path.join(ROOT, "samples", name), encoding="utf-8") as f:
                lines = [l.strip() for l in f if l.strip()]
            paras.extend(lines[2:])   # skip the title and the dateline
    return paras


# Names in the samples, replaced by generated ones so no name repeats everywhere.
SAMPLE_NAMES = re.compile(r"\b(Helena Vasconcelos|Mathias Lindqvist|Karl-Heinz Brenner|Tomasz Wróbel|"
                          r"Linda Okafor|Raymond Castell|Priya Ramanathan|Dana Whitfield|Tom Becker)\b")
SAMPLE_PLACES = re.compile(r"\b(Lisbonne|Bruxelles|Berlin|Varsovie|Port Alder)\b")
NUMBER = re.compile(r"\b\d+\b")


class Gen:
    def __init__(self, lang, seed):
        self.L = FR if lang == "fr" else EN
        self.lang = lang
        self.r = random.Random(seed)
        self.samples = sample_paragraphs(lang)

    def person(self):
        female = self.r.random() < 0.5
        first = self.r.choice(self.L["first_f" if female else "first_m"])
        last = self.r.choice(self.L["last"])
        return female, first + " " + last, last

    def fill(self, t):
        r, L = self.r, self.L
        female, name, last = self.person()
        role = r.choice(L["role_f" if female else "role_m"])
        org = r.choice(L["org"])
        if self.lang == "fr":
            pron = "elle" if female else "il"
        else:
            pron = "she" if female else "he"
        vals = {
            "Q": r.choice(L["quotes"]), "SAY": r.choice(L["say"]), "WD": r.choice(L["weekday"]),
            "ROLE": role, "NAME": name, "LAST": last, "ORG": org, "ORG_CAP": org[0].upper() + org[1:],
            "TOPIC": r.choice(L["topic"]), "CITY": r.choice(L["city"]), "PRON": pron,
            "N": r.randint(2, 4000), "N2": r.randint(2, 60), "D": r.randint(1, 28),
            "M": r.choice(L["month"]), "Y": r.randint(2019, 2027), "H": r.randint(1, 11),
            "MIN": r.randint(0, 59),
        }
        return t.format(**vals)

    def varied_sample(self):
        p = self.r.choice(self.samples)
        p = SAMPLE_NAMES.sub(lambda m: self.person()[1], p)
        p = SAMPLE_PLACES.sub(lambda m: self.r.choice(self.L["city"]), p)
        return NUMBER.sub(self.number, p)

    def number(self, m):
        """Another number of the same size (days stay days, years stay years)."""
        k = len(m.group())
        if k <= 2:
            return str(self.r.randint(1, 28))
        if k == 4 and m.group().startswith("20"):
            return str(self.r.randint(2019, 2027))
        return str(self.r.randint(10 ** (k - 1), 10 ** k - 1))

    def article(self):
        r = self.r
        title = self.fill(r.choice(self.L["titles"]))
        out = [title[0].upper() + title[1:], self.fill(self.L["dateline"])]
        paras = []
        for _ in range(r.randint(5, 12)):
            if self.samples and r.random() < 0.3:
                paras.append(self.varied_sample())
            else:
                paras.append(" ".join(self.fill(r.choice(self.L["templates"])) for _ in range(r.randint(1, 4))))
        r.shuffle(paras)
        out.extend(paras)
        return "\n".join(out) + "\n"


def parse_size(s):
    m = re.fullmatch(r"(\d+)([KMG]?)", s.upper())
    if not m:
        raise SystemExit("size: e.g. 5K, 5M, 100M")
    return int(m.group(1)) * {"": 1, "K": 1000, "M": 1000 ** 2, "G": 1000 ** 3}[m.group(2)]


def main():
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 3 or args[0] not in ("fr", "en"):
        raise SystemExit("usage: gen.py fr|en SIZE OUT [--seed N]")
    lang, size, out = args[0], parse_size(args[1]), args[2]
    g = Gen(lang, seed)
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        first = True
        while n < size:
            a = g.article()
            if not first:
                a = "\n" + a
            first = False
            b = a.encode("utf-8")
            if n + len(b) > size and n > 0:
                break
            f.write(a)
            n += len(b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
