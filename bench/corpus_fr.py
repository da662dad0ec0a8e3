# ruff: noqa: E501  (sentence templates are prose; wrapping them would only hide what the corpus says)
"""A synthetic corpus of French-language conflict reporting, in the style of the Sahel and Central African press,
for the extraction benchmark of the French pipeline. Assembled like `bench.corpus` (lead, details, attribution,
background, sometimes a recalled event or an unrelated paragraph) from templates written for it. Deterministic."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator

THEATRES = [
    ("au Mali", "maliens", "malienne", ["Gao", "Mopti", "Tombouctou", "Ménaka", "Ségou", "Djenné", "Douentza"], ["le GSIM", "l'EIGS"], "FAMa"),
    ("au Burkina Faso", "burkinabè", "burkinabè", ["Djibo", "Dori", "Kaya", "Fada N'Gourma", "Ouahigouya", "Gorom-Gorom"], ["le GSIM", "Ansaroul Islam"], "FDS"),
    ("au Niger", "nigériens", "nigérienne", ["Tillabéri", "Ouallam", "Téra", "Diffa", "Bosso", "Ayorou"], ["l'EIGS", "l'Iswap"], "FDS"),
    ("au Cameroun", "camerounais", "camerounaise", ["Mora", "Kolofata", "Mokolo", "Kousseri", "Amchidé"], ["Boko Haram"], "BIR"),
    ("en RDC", "congolais", "congolaise", ["Beni", "Butembo", "Oicha", "Bunia", "Djugu", "Rutshuru"], ["les ADF", "la CODECO"], "FARDC"),
    ("en Centrafrique", "centrafricains", "centrafricaine", ["Bocaranga", "Bozoum", "Bambari", "Kaga-Bandoro", "Paoua"], ["les 3R", "la CPC"], "FACA"),
]  # fmt: skip
LEADS = [
    "Des hommes armés non identifiés ont attaqué {jour} le village de {lieu}, dans la région de {region}, tuant au moins {n} civils, selon des sources locales.",
    "{Jour}, une embuscade tendue par {groupe} contre une patrouille des {sigle} près de {lieu} a fait {n} morts parmi les soldats {gentile}, a indiqué l'armée.",
    "Un engin explosif improvisé a tué {n} soldats {gentile} {jour} sur l'axe reliant {lieu} à {lieu2}, d'après une source sécuritaire.",
    "Dans la nuit de {jour} à {jour2}, des assaillants ont pris pour cible la localité de {lieu}, faisant une dizaine de morts.",
    "Une frappe de drone de l'armée {armee} a tué {n} personnes {jour} dans un marché proche de {lieu}, selon des habitants.",
    "Des manifestants ont été dispersés à coups de gaz lacrymogène {jour} à {lieu}, où ils protestaient contre l'insécurité.",
    "{groupe_maj} a revendiqué l'attaque menée {jour} contre le camp militaire de {lieu}, au cours de laquelle {n} militaires ont été tués.",
    "Des inconnus armés ont enlevé {n} personnes, dont des femmes et des enfants, {jour} à {lieu}, a appris l'AFP de sources concordantes.",
]
DETAILS = [
    "« Ils sont arrivés à moto vers 5 heures du matin et ont ouvert le feu sur tout ce qui bougeait », a raconté un habitant joint par téléphone.",
    "Le bilan, encore provisoire, fait état de {n2} blessés évacués vers l'hôpital de {lieu2}.",
    "Les assaillants ont incendié plusieurs maisons et emporté du bétail avant de se replier vers la frontière.",
    "Selon une source sécuritaire, {m} assaillants ont été neutralisés lors de la riposte des forces de défense et de sécurité.",
    "Des renforts ont été dépêchés depuis {lieu2} et une opération de ratissage est en cours dans la zone.",
    "Les autorités locales ont décrété un deuil de trois jours et appelé la population au calme.",
    "La veille, des éléments armés avaient été signalés aux abords de {lieu2}, selon un élu local.",
    "Des centaines d'habitants ont fui vers {lieu2}, où ils sont hébergés dans des écoles.",
    "L'armée a affirmé avoir repris le contrôle de la situation, sans donner de bilan de son côté.",
    "Le gouverneur de la région s'est rendu sur place {jour2} et a promis de renforcer la présence militaire.",
    "Un représentant de la société civile a dénoncé « l'abandon » des populations de la zone.",
]
RECALLED = [
    "Le {date} {mois}, une attaque similaire contre {lieu2} avait coûté la vie à {m} civils.",
    "Le mois dernier, {n2} soldats avaient péri dans l'explosion d'une mine près de {lieu2}.",
]
BACKGROUND = [
    "Le pays est confronté depuis 2015 à des violences jihadistes qui ont fait des milliers de morts.",
    "Ces groupes, liés à Al-Qaïda et à l'État islamique, multiplient les attaques contre les civils et les militaires.",
    "Plus de deux millions de personnes ont été déplacées par les violences ces dernières années.",
    "La région est placée sous état d'urgence depuis plusieurs mois.",
    "Les attaques se multiplient ces derniers mois dans cette zone frontalière.",
    "L'ONU a appelé à plusieurs reprises à la protection des populations civiles.",
]
UNRELATED = [
    "Par ailleurs, le gouvernement a annoncé une hausse du prix du carburant à partir du mois prochain.",
    "Les Aigles ont battu les Étalons trois buts à un lors du match amical disputé au stade municipal.",
]
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")  # fmt: skip
NUMBERS = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze", "quinze", "vingt", "17", "23", "31")  # fmt: skip


def articles(count: int, seed: int = 11) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    start = dt.date(2016, 1, 1)
    for index in range(count):
        country, gentile, armee, places, groups, sigle = rng.choice(THEATRES)
        lieu, lieu2, region = rng.sample(places, 3)
        published = start + dt.timedelta(days=rng.randrange(3650))
        groupe = rng.choice(groups)
        jour = rng.choice(WEEKDAYS)
        fill = {
            "pays": country, "gentile": gentile, "armee": armee, "lieu": lieu, "lieu2": lieu2, "region": region,
            "groupe": groupe, "groupe_maj": groupe[:1].upper() + groupe[1:], "sigle": sigle, "jour": jour,
            "Jour": jour.capitalize(), "jour2": rng.choice(WEEKDAYS), "n": rng.choice(NUMBERS),
            "n2": rng.choice(NUMBERS), "m": rng.choice(NUMBERS), "mois": MONTHS[(published.month - 2) % 12],
            "date": rng.randint(1, 28),
        }  # fmt: skip
        paragraphs = [rng.choice(LEADS)]
        paragraphs += rng.sample(DETAILS, rng.randint(5, 8))
        if rng.random() < 0.5:
            paragraphs.append(rng.choice(RECALLED))
        paragraphs += rng.sample(BACKGROUND, rng.randint(3, 5))
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(UNRELATED))
        text = "\n\n".join(p.format(**fill) for p in paragraphs)
        yield {"url": f"https://example.org/bench-fr/{index}", "published_at": published.isoformat(), "text": text}


if __name__ == "__main__":
    for record in articles(int(sys.argv[1]) if len(sys.argv) > 1 else 200):
        print(json.dumps(record, ensure_ascii=False))
