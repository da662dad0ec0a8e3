# ruff: noqa: E501  (sentence templates are prose; wrapping them would only hide what the corpus says)
"""A synthetic corpus of conflict reporting in the style of wire copy, for the extraction benchmark.

Articles are assembled from sentence templates (lead, casualty details, attribution, background, quotes,
sometimes a second recalled event or an unrelated paragraph) over real places and actors, so that every stage
of the pipeline does real work. Deterministic for a given seed."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator

THEATRES = [
    (
        "Mali",
        "Malian",
        ["Gao", "Mopti", "Timbuktu", "Kidal", "Menaka", "Segou", "Djenne", "Douentza"],
        ["JNIM", "Islamic State Sahel Province"],
    ),
    (
        "Burkina Faso",
        "Burkinabe",
        ["Djibo", "Dori", "Kaya", "Fada N'Gourma", "Ouahigouya", "Gorom-Gorom"],
        ["JNIM", "Ansaroul Islam"],
    ),
    (
        "Nigeria",
        "Nigerian",
        ["Maiduguri", "Biu", "Damboa", "Gwoza", "Bama", "Monguno", "Dikwa", "Konduga"],
        ["Boko Haram", "ISWAP"],
    ),
    ("Somalia", "Somali", ["Afgooye", "Baidoa", "Beledweyne", "Jowhar", "Marka", "Kismayo", "Bardera"], ["Al Shabaab"]),
    (
        "Pakistan",
        "Pakistani",
        ["Miran Shah", "Wana", "Bannu", "Peshawar", "Quetta", "Dera Ismail Khan"],
        ["TTP", "Balochistan Liberation Army"],
    ),
    (
        "Niger",
        "Nigerien",
        ["Tillaberi", "Diffa", "Ayorou", "Ouallam", "Tahoua"],
        ["Islamic State Sahel Province", "JNIM"],
    ),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "11",
    "12",
    "14",
    "15",
    "17",
    "20",
    "23",
    "30",
]

LEADS = [
    "Suspected {group} fighters attacked a military post in {place}, {country}, on {day}, killing at least {n} soldiers, security sources said.",
    "Gunmen stormed the village of {place} in {country} on {day} night, killing {n} civilians and burning homes, residents said.",
    "At least {n} people were killed when militants ambushed a convoy near {place} on {day}, officials said.",
    "{Demonym} troops clashed with {group} insurgents outside {place} on {day}, leaving {n} fighters dead, the army said.",
    "Armed men abducted {n} students from a school in {place} on {day}, police said.",
    "Thousands of protesters marched through {place} on {day} to demand better security after a wave of attacks.",
]
DETAILS = [
    "The attackers arrived on motorcycles and pickup trucks before opening fire on the base.",
    "Witnesses said the assault lasted several hours and that several vehicles were set ablaze.",
    "A local official, who asked not to be named, said {m} others were wounded and taken to hospital in {capital}.",
    "The {demonym} army said in a statement that it had repelled the attack and recovered weapons and ammunition.",
    '"They came at dawn and started shooting at everyone," a resident told reporters by telephone.',
    "{group} claimed responsibility for the attack in a statement on social media.",
    "Reinforcements were sent to the area and a curfew was imposed, the governor's office said.",
    "Residents said the fighters looted shops and livestock before withdrawing towards the border late in the evening.",
    "The death toll could not be independently verified because access to the area is restricted by the military.",
    "Hospital staff in {capital} said they had received dozens of wounded people, some of them in a critical condition.",
    "Security sources said the militants had been seen gathering in the bush around {place} for several days.",
    "The {demonym} defence ministry said an operation was under way to track down the attackers and secure the roads.",
    "Aid agencies said thousands of people had fled {place} towards {capital} since the start of the week.",
    "A spokesman for the regional governor said schools and markets in the district would remain closed until further notice.",
    "Local leaders called on the authorities to deploy more troops to protect farmers during the harvest season.",
]
BACKGROUND = [
    "{country} has been battling an Islamist insurgency for more than a decade that has killed thousands of people.",
    "Attacks by armed groups have increased in recent months despite military operations in the region.",
    "The violence has displaced more than a million people since 2015, according to the United Nations.",
    "Analysts warn that the groups could expand their operations towards coastal states.",
    "The government has vowed to restore security before elections scheduled for next year.",
    "Regional leaders have repeatedly called for closer cooperation between the armies of the Sahel and their neighbours.",
    "Humanitarian groups say funding for food aid in the region has fallen sharply over the past two years.",
    "The United Nations peacekeeping mission left the country last year after relations with the authorities soured.",
]
RECALLED = [
    "The attack came a week after {n2} soldiers were killed in an ambush near {place2}.",
    "On {month} {date}, militants raided a police station in {place2}, killing {n2} officers.",
]
UNRELATED = [
    "Separately, the central bank left interest rates unchanged on {day2}, citing slowing inflation.",
    "Meanwhile, the national football team qualified for the continental cup after a 2-1 win.",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def articles(count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    start = dt.date(2016, 1, 1)
    for index in range(count):
        country, demonym, places, groups = rng.choice(THEATRES)
        place, place2 = rng.sample(places, 2)
        published = start + dt.timedelta(days=rng.randrange(3650))
        fill = {
            "country": country,
            "demonym": demonym,
            "Demonym": demonym,
            "place": place,
            "place2": place2,
            "group": rng.choice(groups),
            "day": rng.choice(WEEKDAYS),
            "day2": rng.choice(WEEKDAYS),
            "n": rng.choice(NUMBERS),
            "n2": rng.choice(NUMBERS),
            "m": rng.choice(NUMBERS),
            "capital": places[0],
            "month": MONTHS[(published.month - 2) % 12],
            "date": rng.randint(1, 28),
        }
        paragraphs = [rng.choice(LEADS)]
        paragraphs += rng.sample(DETAILS, rng.randint(5, 8))
        if rng.random() < 0.5:
            paragraphs.append(rng.choice(RECALLED))
        paragraphs += rng.sample(BACKGROUND, rng.randint(3, 5))
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(UNRELATED))
        text = "\n\n".join(p.format(**fill) for p in paragraphs)
        yield {"url": f"https://example.org/bench/{index}", "published_at": published.isoformat(), "text": text}


if __name__ == "__main__":
    for record in articles(int(sys.argv[1]) if len(sys.argv) > 1 else 200):
        print(json.dumps(record))
