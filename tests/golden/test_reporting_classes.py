"""How reporting is written, one class per case: short texts written for these tests (not taken from any gold
set), each through the whole pipeline and the seeded gazetteer. A case names the class of reporting it pins
down; the assertions check only the fields that class is about."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import pytest

from service.extract.model import ArticleText, Incident
from service.extract.pipeline import Pipeline
from service.gazetteer.resolve import Geocoder


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    published: str | None = "2024-05-08"  # a Wednesday
    expect: list[dict[str, Any]] = field(default_factory=list)  # one dict of expected fields per incident


def fields(incident: Incident) -> dict[str, Any]:
    place = incident.place
    return {
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "date": incident.date.isoformat() if incident.date else None,
        "place": place.name if place else None,
        "country": place.country_code if place else None,
        "precision": place.precision if place else None,
        "fatalities": incident.fatalities,
        "actors": sorted(a.name for a in incident.actors),
    }


CASES = [
    # what is not political violence yields nothing
    Case("disaster", "A powerful earthquake killed at least 40 people in Herat province on Saturday, officials said."),
    Case(
        "sport", "Striker Musa scored twice on Sunday, firing his side into the lead as the hosts beat the champions."
    ),
    Case(
        "anniversary",
        "Thousands gathered on Tuesday to mark the anniversary of the massacre of July 11, 1995, when forces killed "
        "8,000 men and boys in Srebrenica.",
        published="2020-07-14",
    ),
    Case("robbery", "Armed robbers shot a security guard dead during a heist at a jewellery shop in Lagos on Monday."),
    Case(
        "exercise",
        "During the joint military exercise, troops will show how they destroy enemy hideouts near Jodhpur.",
    ),
    Case(
        "industrial accident",
        "Two workers died when a gas cylinder exploded at a factory in Vasai on Tuesday. The cause of the blast is "
        "being investigated.",
    ),
    Case("a crash", "On Sunday, 11 passengers were killed when a bus overturned on the highway near Kisumu."),
    Case(
        "a quake whose dead are counted again",
        "A strong earthquake struck Kerman province early on Monday, flattening homes and killing at least eight "
        "people. The governor said eight people were killed and 30 injured in Bam.",
    ),
    Case(
        "a film's review",
        "Review: the new thriller from director Ada Obi premiered on Friday in Lagos. In its best sequence, gunmen "
        "storm a village near Maiduguri and abduct twenty girls. The film opens in cinemas next week.",
    ),
    Case(
        "a court's sentence for a killing told years before",
        "A military court in Yaounde on Tuesday sentenced three soldiers to ten years in prison for their role in "
        "the killing of 14 villagers in Bamenda.",
    ),
    Case(
        "an article about war games",
        "Philippine and American forces sank a decommissioned vessel off Zambales on Wednesday in a live-fire "
        "exercise, the highlight of this year's war games. Fighter jets dropped bombs on the ship while rockets "
        "were fired from a beach in San Antonio town. About 17,000 troops are taking part in the drills.",
    ),
    Case(
        "a day of mourning years after a massacre",
        "Ten years after gunmen stormed a school in Peshawar and killed 147 people, parents gathered on Monday to "
        "pray for the victims.",
        published="2024-12-17",
    ),
    Case(
        "a commemoration",
        "Bells rang in Beslan on Monday as hundreds marked 20 years since the school siege in which 334 people died.",
        published="2024-09-02",
    ),
    # who: people and organisations are no places; generic actors by country, groups by pattern
    Case(
        "president is no place",
        "President Tinubu condemned the attack in which gunmen killed nine villagers in Kauru, Kaduna State, on "
        "Friday.",
        expect=[
            {
                "place": "Kauru",
                "country": "NG",
                "date": "2024-05-03",
                "fatalities": 9,
                "actors": ["Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)"],
            }
        ],
    ),
    Case(
        "ethnic militia",
        "Fulani militia killed 12 villagers in Bassa, Plateau State, on Monday.",
        expect=[
            {
                "event_type": "Violence against civilians",
                "fatalities": 12,
                "country": "NG",
                "actors": ["Civilians (Nigeria)", "Fulani Ethnic Militia (Nigeria)"],
            }
        ],
    ),
    Case(
        "clash between unnamed groups",
        "Clashes between armed groups killed 6 fighters in Zawiya on Thursday, the emergency service said.",
        expect=[
            {
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "country": "LY",
                "fatalities": 6,
            }
        ],
    ),
    Case(
        "an acronym another country's group shares",
        "Bandits attacked Magami, a community in Zamfara State, on Monday, killing four villagers, before PMF units "
        "arrived.",
        expect=[
            {
                "place": "Magami",
                "country": "NG",
                "fatalities": 4,
                "actors": ["Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)"],
            }
        ],
    ),
    # where: a dateline places what the body leaves unlocated; no country named
    Case(
        "dateline",
        "MAIDUGURI, Nigeria (AP) — Suspected insurgents killed seven fishermen on Tuesday, officials said.",
        expect=[{"place": "Maiduguri", "country": "NG", "date": "2024-05-07", "fatalities": 7}],
    ),
    Case(
        "no country named",
        "Gunmen killed five farmers in Bokkos, Plateau State, on Sunday.",
        expect=[{"place": "Bokkos", "country": "NG", "date": "2024-05-05", "fatalities": 5}],
    ),
    # the analyst's brief codes fully
    Case(
        "analyst brief",
        "On 3 May 2020, ISWAP militants attacked a military base in Malam Fatori (Abadam, Borno). 5 soldiers were "
        "killed.",
        published="2020-05-05",
        expect=[
            {
                "event_type": "Battles",
                "date": "2020-05-03",
                "country": "NG",
                "fatalities": 5,
                "actors": ["ISWAP", "Military Forces of Nigeria"],
            }
        ],
    ),
    Case(
        "analyst note filed long after the event",
        "On 8 August 2019, a mob lynched a suspected thief in Mushin (Mushin, Lagos). 1 fatality.",
        published="2023-06-01",
        expect=[{"event_type": "Riots", "sub_event_type": "Mob violence", "date": "2019-08-08", "fatalities": 1}],
    ),
    Case(
        "analyst note's place in brackets",
        "On 12 March 2021, unidentified gunmen shot and killed a civilian in Kasese town (Kasese, Western). "
        "1 fatality.",
        published=None,
        expect=[
            {
                "place": "Kasese",
                "country": "UG",
                "date": "2021-03-12",
                "fatalities": 1,
                "event_type": "Violence against civilians",
            }
        ],
    ),
    Case(
        "property destruction",
        "Property destruction: On 9 October 2020, Fulani militia burned houses in Kagoro (Kaura, Kaduna).",
        published="2020-10-10",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Looting/property destruction"}],
    ),
    # what happened
    Case(
        "crowd attack is a riot",
        "Angry youths burned a police station in Ikorodu on Wednesday.",
        expect=[{"event_type": "Riots", "sub_event_type": "Violent demonstration", "date": "2024-05-08"}],
    ),
    Case(
        "air strike with a hyphenated toll",
        "An air strike killed twenty-four civilians in Idlib on Sunday.",
        expect=[
            {
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
                "fatalities": 24,
                "date": "2024-05-05",
            }
        ],
    ),
    Case(
        "raid taking people and killing none is an abduction",
        "Gunmen stormed Kankara on Tuesday night and seized 30 women.",
        expect=[{"event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance"}],
    ),
    # what is not fighting
    Case(
        "bomb found before it went off",
        "Indian soldiers defused an improvised explosive device planted on the road to Kupwara on Monday.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}],
    ),
    Case(
        "ceasefire",
        "The Somali army and the rebels signed a ceasefire agreement in Beledweyne on Tuesday, elders said.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Agreement", "date": "2024-05-07"}],
    ),
    Case(
        "sexual violence",
        "Gunmen raped four women in Djugu on Sunday, a local official said.",
        expect=[{"event_type": "Violence against civilians", "sub_event_type": "Sexual violence"}],
    ),
    # when and how many
    Case(
        "weekend",
        "Bandits killed seven people during the weekend in Maru, Zamfara State.",
        published="2021-04-12",
        expect=[{"date": "2021-04-11", "fatalities": 7}],
    ),
    Case(
        "part of a toll",
        "Gunmen killed 15 villagers in Gujba on Sunday. One of those killed was a teacher, who was buried on Monday.",
        expect=[{"date": "2024-05-05", "fatalities": 15, "place": "Gujba"}],
    ),
    Case(
        "a town named as what was attacked",
        "Gunmen attacked Damboa on Sunday, killing nine people.",
        expect=[{"place": "Damboa", "country": "NG", "precision": "point", "fatalities": 9}],
    ),
    Case(
        "a crowd throwing stones",
        "Youths pelted police with stones and set two cars on fire in Kaduna on Monday.",
        expect=[{"event_type": "Riots", "actors": ["Police Forces of Nigeria", "Rioters (Nigeria)"]}],
    ),
    Case(
        "what an alliance is for",
        "The militia teamed up with local vigilantes to attack army positions in Borno, officials said on Monday.",
    ),
    Case(
        "the lede's toll, the body's place",
        "Ten soldiers died in an ambush in Borno State on Monday, the army said. The ambush took place near Damboa "
        "when gunmen opened fire on a patrol.",
        expect=[{"place": "Damboa", "fatalities": 10, "event_type": "Battles"}],
    ),
    Case(
        "air strikes in answer",
        "Gunmen ambushed a patrol near Damboa on Monday, killing ten soldiers. The attackers were later hit by air "
        "strikes that killed 15 of them.",
        expect=[
            {"event_type": "Battles", "place": "Damboa", "fatalities": 10},
            {"sub_event_type": "Air/drone strike", "place": "Damboa", "fatalities": 15},
        ],
    ),
    Case(
        "a military unit ambushed",
        "A military intervention unit ran into an ambush set by gunmen near Damboa on Monday.",
        expect=[
            {"event_type": "Battles", "actors": ["Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)"]}
        ],
    ),
    Case(
        "a group in the background",
        "Gunmen killed four farmers near Damboa on Monday. The state also faces violence from Boko Haram.",
        expect=[{"actors": ["Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)"]}],
    ),
    Case(
        "a district the gazetteer lacks",
        "Armed youths killed two civilians in Panyagoor Payam of Twic East County in South Sudan on Saturday.",
        expect=[{"place": "Panyagoor", "country": "SS", "fatalities": 2}],
    ),
    Case(
        "a region after a curly possessive",
        "Gunmen killed five people in Nigeria\u2019s Zamfara state on Monday.",
        expect=[{"place": "Zamfara", "precision": "admin1"}],
    ),
    Case(
        "a base captured after days of combat",
        "The rebels captured yet another army battalion base on Tuesday after several days of combat in Damboa.",
        expect=[{"sub_event_type": "Non-state actor overtakes territory", "place": "Damboa", "date": "2024-05-07"}],
    ),
    Case("targets are not attacks", "The group has teamed up with local militias to hit army targets in Borno State."),
    Case(
        "where the antecedent happened",
        "On Monday, gang members seized 18 rifles at a police station in Damboa, where one officer was killed.",
        expect=[{"place": "Damboa", "date": "2024-05-06", "fatalities": 1}],
    ),
    Case("a quake that hit and killed", "The 7.1 magnitude quake that hit central Mexico killed at least 230 people."),
    Case(
        "an address from the village up",
        "Troops clashed with rebels on Thursday at Gujba, Yobe State, Nigeria.",
        expect=[{"place": "Gujba", "event_type": "Battles"}],
    ),
    Case(
        "raided towns listed",
        "Gunmen attacked Damboa, Gujba and Biu on Monday.",
        expect=[{"place": "Damboa"}, {"place": "Gujba"}, {"place": "Biu"}],
    ),
    Case(
        "a day after: what follows came first",
        "Five police officers were killed near Damboa on Tuesday when a roadside bomb hit their vehicle, a day after "
        "nine soldiers died in similar blasts near Gujba.",
        expect=[
            {
                "place": "Damboa",
                "date": "2024-05-07",
                "fatalities": 5,
                "actors": ["Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)"],
            },
            {"place": "Gujba", "date": "2024-05-06", "fatalities": 9},
        ],
    ),
    Case(
        "a war named by its year",
        "Gunmen killed three farmers near Damboa on Monday. Their fathers fought in the 1967 civil war in Biu.",
        expect=[{"place": "Damboa", "fatalities": 3}],
    ),
    Case(
        "an earlier event told in passing ('weeks after soldiers had stormed X') is background; the story goes on",
        "Gunmen killed six villagers in Gujba on Tuesday, weeks after soldiers had stormed Damboa and killed eight "
        "people. The gunmen also burned houses in the village.",
        expect=[{"place": "Gujba", "date": "2024-05-07", "fatalities": 6}],
    ),
    Case(
        "victims in two towns",
        "Gunmen killed 12 villagers in Damboa and Gujba on Monday.",
        expect=[{"place": "Damboa", "fatalities": 6}, {"place": "Gujba", "fatalities": 6}],
    ),
    Case(
        "a toll told of one listed town",
        "Gunmen attacked Damboa and Gujba on Monday. In Damboa, the gunmen killed 12 villagers.",
        expect=[{"place": "Damboa", "fatalities": 12}, {"place": "Gujba", "fatalities": None}],
    ),
    Case(
        "a region named in apposition, the town in the body",
        "A roadside bomb killed one soldier on Monday in Borno, a state in the north-east. Police say the bomb had "
        "been placed on a road near Damboa.",
        expect=[{"place": "Damboa", "sub_event_type": "Remote explosive/landmine/IED", "fatalities": 1}],
    ),
    Case(
        "an activity, not an event",
        "Thousands of troops are deployed in Borno to assist the police in fighting insurgents.",
    ),
    Case(
        "a campaign's toll",
        "Gunmen killed two farmers in Gujba on Monday. More than 6,200 people have been killed in the decade-long "
        "insurgency.",
        expect=[{"place": "Gujba", "fatalities": 2}],
    ),
    Case(
        "where the target is located",
        "On Thursday gunmen stormed the Good Shepherd seminary, which is located outside the city of Kaduna, and "
        "seized four students.",
        expect=[{"place": "Kaduna", "sub_event_type": "Abduction/forced disappearance"}],
    ),
    Case(
        "tear gas is crowd control",
        "On 9 October 2020, police fired tear gas to disperse protesters in Lekki (Eti-Osa, Lagos).",
        expect=[{"event_type": "Protests", "sub_event_type": "Protest with intervention"}],
    ),
    Case(
        "an analyst's note names the district and region in brackets",
        "On 2 February 2024, a Myanmar military airstrike hit Kyauktaw (Kyauktaw, Rakhine), killing 3 civilians.",
        expect=[{"place": "Kyauktaw", "country": "MM", "sub_event_type": "Air/drone strike", "fatalities": 3}],
    ),
    Case(
        "an analyst's note names no country: the region in brackets does, whatever the tagger took it for",
        "On 19 March 2023, soldiers raped a woman in Kibabi (Masisi, Nord-Kivu).",
        expect=[{"place": "Kibabi", "country": "CD", "event_type": "Violence against civilians"}],
    ),
    Case(
        "a force's demonym does not say where it struck: the address does",
        "On 10 February 2024, a Turkish drone strike killed 2 PKK members near Sinjar (Ninewa).",
        expect=[{"place": "Sinjār", "country": "IQ", "sub_event_type": "Air/drone strike", "fatalities": 2}],
    ),
    Case(
        "an analyst's note marks the date as the one reported",
        "Around 4 March 2024 (as reported), militants killed 6 civilians in Tessit (Ansongo, Gao).",
        published="2024-03-07",
        expect=[{"place": "Tessit", "date": "2024-03-04", "fatalities": 6}],
    ),
    Case(
        "a place retaken, named as the verb's object",
        "On 11 September 2023, Ukrainian forces recaptured Andriivka (Bakhmut raion, Donetsk).",
        expect=[{"country": "UA", "event_type": "Battles", "sub_event_type": "Government regains territory"}],
    ),
    Case(
        "a town taken after its garrison withdrew",
        "On 6 August 2023, ISWAP took control of Marte town (Marte, Borno) after soldiers withdrew.",
        expect=[{"place": "Marte", "sub_event_type": "Non-violent transfer of territory"}],
    ),
    Case(
        "a missile fired at a town",
        "On 23 March 2024, Houthi forces fired a ballistic missile at Marib city (Marib). No casualties reported.",
        expect=[{"country": "YE", "sub_event_type": "Shelling/artillery/missile attack", "fatalities": None}],
    ),
    Case(
        "a criminal group's killing of a local official",
        "On 15 September 2023, members of a criminal group shot dead a local councillor in Celaya (Guanajuato).",
        expect=[{"place": "Celaya", "event_type": "Violence against civilians", "fatalities": 1}],
    ),
    Case(
        "victim groups listed before their death are summed",
        "On 3 May 2024, 4 soldiers and 9 militants were killed in clashes in Damboa.",
        expect=[{"place": "Damboa", "fatalities": 13}],
    ),
    Case(
        "a killing told with neither side named",
        "Two village heads and four villagers were killed in the attack on Bokkos on Monday.",
        expect=[{"place": "Bokkos", "event_type": "Violence against civilians", "fatalities": 6}],
    ),
    Case(
        "a town attacked, whatever the tagger took its name for",
        "Five people were killed on Monday when gunmen attacked Bokkos.",
        expect=[{"place": "Bokkos", "country": "NG", "fatalities": 5}],
    ),
    Case(
        "a toll told as lives claimed",
        "Gunmen attacked a village in Bokkos on Monday. The attack claimed six lives.",
        expect=[{"place": "Bokkos", "fatalities": 6}],
    ),
    Case(
        "an air strike told in the passive",
        "Houses in Jilib were struck by fighter jets on Monday, killing three people, Somali officials said.",
        expect=[{"place": "Jilib", "sub_event_type": "Air/drone strike", "fatalities": 3}],
    ),
    Case(
        "a bomb found, told in the passive",
        "On 3 May 2024, an IED was recovered by troops on the road near Kupwara.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}],
    ),
    Case(
        "looting with nobody hurt",
        "On 2 November 2022, Al Shabaab militants looted livestock from herders in Bardhere (Gedo).",
        expect=[{"sub_event_type": "Looting/property destruction", "fatalities": None}],
    ),
    Case(
        "a state's forces named by its demonym",
        "On 1 May 2021, Russian forces shelled Kharkiv (Kharkivskyi, Kharkiv). 2 civilians were killed.",
        expect=[{"actors": ["Civilians (Ukraine)", "Military Forces of Russia"], "fatalities": 2}],
    ),
    Case(
        "an operation, then its toll",
        "On 11 November 2022, the Pakistani army conducted an operation against TTP militants in Lakki Marwat "
        "(Lakki Marwat, Khyber Pakhtunkhwa). 3 militants were killed.",
        expect=[{"event_type": "Battles", "date": "2022-11-11", "fatalities": 3, "country": "PK"}],
    ),
    Case(
        "one death told by who died",
        "On 3 January 2020, a US drone strike killed Qasem Soleimani near Baghdad airport (Baghdad, Baghdad).",
        expect=[{"fatalities": 1, "sub_event_type": "Air/drone strike"}],
    ),
    Case(
        "gathered to protest",
        "On 19 June 2023, around 50 traders staged a sit-in in front of the governor's office in Kano "
        "(Kano Municipal, Kano) to protest against multiple taxation.",
        expect=[{"event_type": "Protests", "sub_event_type": "Peaceful protest", "place": "Kano"}],
    ),
    Case(
        "where word came from",
        "According to reports from Maiduguri, at least 27 people were killed on Tuesday when a suicide bomber set "
        "off explosives at a market in Konduga.",
        expect=[{"place": "Konduga", "fatalities": 27}],
    ),
    Case(
        "victim groups listed",
        "Nine people were killed when gunmen attacked Damboa on Sunday; a teacher, two farmers and four traders died "
        "at the market.",
        expect=[{"fatalities": 9, "place": "Damboa"}],
    ),
    Case(
        "bodies a witness saw",
        "Gunmen killed 30 villagers in Gujba on Sunday, residents said. One witness said he counted 28 bodies near "
        "the mosque.",
        expect=[{"fatalities": 30}],
    ),
    Case(
        "a floor and an exact count",
        "Militants killed 41 soldiers in Gao on Sunday, the army said. A local official put the toll at more than 40.",
        expect=[{"fatalities": 41}],
    ),
    Case(
        "background told by its month",
        "Gunmen killed 12 people in Gujba on Sunday. In early December, jihadists killed three civilians in Nigeria.",
        expect=[{"date": "2024-05-05", "fatalities": 12, "place": "Gujba"}],
    ),
    Case(
        "an institution named with its town",
        "Riot police fired tear gas at students marching outside the Jos University campus on Tuesday.",
        expect=[{"event_type": "Protests", "place": "Jos", "precision": "point", "date": "2024-05-07"}],
    ),
    Case(
        "an institution named after a person",
        "Riot police fired tear gas at students marching at Ahmadu Bello University in Nigeria on Tuesday.",
        expect=[{"event_type": "Protests", "place": "Nigeria", "precision": "country"}],
    ),
    Case(
        "regions listed by a shared unit",
        "Fighter jets had hit militant camps in the Borno and Yobe states on Monday, the army said.",
        expect=[
            {"sub_event_type": "Air/drone strike", "place": "Borno", "precision": "admin1", "date": "2024-05-06"},
            {"sub_event_type": "Air/drone strike", "place": "Yobe", "precision": "admin1", "date": "2024-05-06"},
        ],
    ),
    Case(
        "arrests announced across listed regions",
        "Police arrested 14 suspects in Kano, Katsina and Jigawa states on Monday.",
        expect=[{"sub_event_type": "Arrests"}],
    ),
    Case(
        "there, and the rest of a shared toll",
        "Soldiers killed ten militants in two clashes in Gwoza and Bama on Monday. In Bama, fighting is still going "
        "on; there, soldiers have killed two militants.",
        expect=[{"place": "Gwoza", "fatalities": 8}, {"place": "Bama", "fatalities": 2}],
    ),
    Case(
        "an address whose district is a namesake far away",
        "Troops clashed with communist rebels on Friday around Barangay Malagos, Baguio District, Davao City, the "
        "army said.",
        expect=[{"event_type": "Battles", "place": "Malagos", "country": "PH", "date": "2024-05-03"}],
    ),
    Case(
        "a lede's region named by its bearing",
        "Two attacks in Eastern Borno left nine people dead. On Monday, gunmen killed five villagers in Kukawa. On "
        "Tuesday, gunmen killed four farmers in Marte.",
        expect=[{"place": "Kukawa", "fatalities": 5}, {"place": "Marte", "fatalities": 4}],
    ),
    Case(
        "towns taken without a fight",
        "The army put up no resistance as the rebels took the towns of Gwoza and Bama on Sunday.",
        expect=[
            {
                "event_type": "Strategic developments",
                "sub_event_type": "Non-violent transfer of territory",
                "place": "Gwoza",
                "date": "2024-05-05",
            },
            {
                "event_type": "Strategic developments",
                "sub_event_type": "Non-violent transfer of territory",
                "place": "Bama",
                "date": "2024-05-05",
            },
        ],
    ),
    Case(
        "a town taken by force",
        "Rebels seized the town of Gwoza on Sunday after heavy fighting with the army.",
        expect=[{"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory", "place": "Gwoza"}],
    ),
    Case(
        "villages announced, among them the ones named",
        "Gunmen killed nine people on Sunday in an attack on four villages – among them Tsoho Gari, Angwan-Kadi "
        "and Ruwan Bagaji – in Kaduna State.",
        expect=[
            {"place": "Tsoho Gari", "fatalities": 3},
            {"place": "Angwan-Kadi", "fatalities": 3},
            {"place": "Ruwan Bagaji", "fatalities": 3},
        ],
    ),
    Case(
        "places a verb was told of, among them the ones named",
        "Gunmen struck in Kaduna State on Sunday. Four villages were raided, among them Tsoho Gari, Angwan-Kadi and "
        "Ruwan Bagaji.",
        expect=[{"place": "Tsoho Gari"}, {"place": "Angwan-Kadi"}, {"place": "Ruwan Bagaji"}],
    ),
    Case(
        "villages announced, then their region, then the ones named",
        "Gunmen killed six people on Sunday in a raid on three villages in Kauru Local Government Area of Kaduna "
        "State, among them Tsoho Gari, Angwan-Kadi and Ruwan Bagaji.",
        expect=[{"place": "Tsoho Gari"}, {"place": "Angwan-Kadi"}, {"place": "Ruwan Bagaji"}],
    ),
    Case(
        "a village spelt with a hyphen, then without",
        "Gunmen killed six people on Sunday in a raid on two villages in Kauru Local Government Area of Kaduna "
        "State, among them Tsoho-Gari and Angwan Kadi. A witness said the gunmen first struck at Angwan Kadi before "
        "going on to attack Tsoho Gari.",
        expect=[{"place": "Tsoho-Gari", "fatalities": 3}, {"place": "Angwan Kadi", "fatalities": 3}],
    ),
    Case(
        "a town named like its region, then a town of that region where the same blast struck",
        "A bomb killed three soldiers in Kaduna on Friday. The blast struck their patrol as it drove near Zaria.",
        expect=[{"place": "Zaria", "precision": "point", "fatalities": 3}],
    ),
    Case(
        "a town named like its region, then a town of that region told beside the same event",
        "Gunmen opened fire in a Guanajuato bar on Sunday, killing twelve people. Emergency services received a "
        "report of gunfire at dawn and went to the bar in Irapuato.",
        expect=[{"place": "Irapuato", "country": "MX", "fatalities": 12}],
    ),
    Case(
        "a town named like its region, then another event in a town of that region",
        "A bomb killed three soldiers in Kaduna on Friday. Police later arrested a suspect in Zaria.",
        expect=[{"place": "Kaduna", "fatalities": 3}, {"event_type": "Strategic developments", "place": "Zaria"}],
    ),
    Case(
        "the dead told in parts after the toll, one of them besides the others",
        "Gunmen stormed a bar in Gujba on Sunday and opened fire, leaving nine people dead. Five men and three women "
        "died at the scene. One other woman later died in hospital.",
        expect=[{"place": "Gujba", "fatalities": 9}],
    ),
    Case(
        'a people after "ethnic" is no place',
        "Gunmen killed 12 people on Tuesday night in western Ethiopia. The victims, all ethnic Amharas, were shot in "
        "their homes in Gimbi.",
        expect=[{"place": "Gimbi", "fatalities": 12}],
    ),
    Case(
        "one more killed as well, of no armed side, besides the soldiers told",
        "Two soldiers were killed by separatists near Bamenda on Saturday. The men were riding a motorcycle when the "
        "fighters opened fire; the motorcyclist was killed as well.",
        expect=[{"fatalities": 3}],
    ),
    Case(
        "where the attackers broke into tells the place",
        "Gunmen abducted six students from their dormitory in northern Nigeria, police said. The attackers broke into "
        "the school, on the outskirts of Zaria, early on Thursday.",
        expect=[{"sub_event_type": "Abduction/forced disappearance", "place": "Zaria"}],
    ),
    Case(
        "jets that had also hit targets struck from the air",
        "An Israeli drone strike killed a Hezbollah commander in Tyre on Thursday. According to the army, fighter jets "
        "had also hit Hezbollah positions in the Bint Jbeil area.",
        expect=[
            {"sub_event_type": "Air/drone strike", "place": "Tyre", "fatalities": 1},
            {"sub_event_type": "Air/drone strike", "place": "Bint Jbeil"},
        ],
    ),
    Case(
        "a man introduced with his title is no place later",
        "In a statement, the local commander, Lieutenant General Saad Tarbiyeh, said gunmen killed four farmers in "
        "Gujba on Monday. According to Tarbiyeh, the attackers then clashed with soldiers.",
        expect=[{"place": "Gujba", "fatalities": 4}],
    ),
    Case(
        "a governorate by its plain name",
        "A roadside bomb killed three soldiers in Kirkuk governorate on Friday.",
        expect=[{"place": "Kirkuk", "precision": "admin1", "country": "IQ", "fatalities": 3}],
    ),
    Case(
        "where an attack happened, named with a resident",
        "Gunmen killed six people in Nigeria on Monday. A resident of Bakin Kogo district, where the attack "
        "happened, said the gunmen came at night.",
        expect=[{"place": "Bakin Kogo", "fatalities": 6, "date": "2024-05-06"}],
    ),
    Case(
        "a post which is in a named area",
        "On Friday, gunmen attacked a police check post, which is in the Bakin Kogo area of Kaduna State, killing "
        "four policemen.",
        expect=[{"place": "Bakin Kogo", "fatalities": 4, "date": "2024-05-03"}],
    ),
    Case(
        "a region as the press spells it",
        "An air strike killed five militants in Kunar province in Afghanistan on Monday.",
        expect=[{"place": "Konar", "precision": "admin1", "country": "AF", "fatalities": 5}],
    ),
    Case(
        "a region whose name holds an 'and'",
        "Militants hurled a grenade at a market in Sopore, a town of Jammu and Kashmir, on Sunday, wounding six "
        "civilians.",
        expect=[{"place": "Sopur", "precision": "point", "country": "IN", "sub_event_type": "Grenade"}],
    ),
    Case(
        "a region's event told again at a village the gazetteer lacks",
        "Gunmen killed 12 villagers in Nigeria's Zamfara State on Monday. A resident of Dan Kurmi Gabas district, "
        "where the attack happened, said the gunmen came on motorbikes.",
        expect=[{"place": "Dan Kurmi Gabas", "fatalities": 12}],
    ),
    Case(
        "the event told again, at a village of its district",
        "Clashes with militants left 17 policemen dead in Gujba district on Monday night. The fighting erupted when "
        "militants targeted police checkpoints located in Kasuwar Kuka village of the district.",
        expect=[{"event_type": "Battles", "fatalities": 17, "date": "2024-05-06"}],
    ),
    Case(
        "an event dated by its week, then by its day",
        "Last week, gunmen raided Gujba, stealing goods from fishermen. The gunmen struck Gujba on 2 May, residents "
        "said, killing two fishermen.",
        expect=[{"place": "Gujba", "date": "2024-05-02", "fatalities": 2}],
    ),
    Case(
        "an aside on the place before the verb",
        "Gunmen struck two villages of Borno State on Monday. In Kasuwar Kuka, a community located 30km from Biu, "
        "which is the council area's seat, they killed six residents.",
        expect=[{"place": "Kasuwar Kuka", "fatalities": 6, "date": "2024-05-06"}],
    ),
    Case(
        "a background cue dates the verbs it governs and their conjuncts",
        "Gunmen killed four soldiers in Gujba on Monday. Since 2015, armed groups have stepped up operations in "
        "Borno State and seized the territory.",
        expect=[{"place": "Gujba", "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 4}],
    ),
    Case(
        "violence in general, fuelled",
        "Gunmen killed four soldiers in Gujba on Monday. Armed groups have kept fuelling the unrest across the "
        "region, as they do in neighbouring countries.",
        expect=[{"place": "Gujba", "fatalities": 4}],
    ),
    Case(
        "a bearing names a part of the region told before",
        "Militants ambushed a convoy in Gujba, a village in Borno State, on Monday, killing four soldiers. Many "
        "villages in the northern Borno State have been attacked. The attack came as the convoy headed to Biu.",
        expect=[{"place": "Gujba", "fatalities": 4, "date": "2024-05-06"}],
    ),
    Case(
        "a protest told by a gathering and its demand",
        "On Monday, retired teachers gathered in front of the state secretariat in Kano demanding the payment of "
        "their pensions.",
        expect=[{"event_type": "Protests", "sub_event_type": "Peaceful protest", "place": "Kano"}],
    ),
    Case(
        "a sit-in",
        "Traders staged a sit-in outside the governor's office in Kano on Monday over new market levies.",
        expect=[{"event_type": "Protests", "sub_event_type": "Peaceful protest", "place": "Kano"}],
    ),
    Case(
        "police who kill a protester met a protest with force",
        "On Monday, police shot dead one protester during an anti-government demonstration in Kisumu.",
        expect=[{"event_type": "Protests", "sub_event_type": "Excessive force against protesters", "fatalities": 1}],
    ),
    Case(
        "a crowd's own deeds make a riot of a protest",
        "On Monday, opposition supporters burnt tyres and pelted police with stones in Kisumu during demonstrations "
        "called by the opposition.",
        expect=[{"event_type": "Riots", "sub_event_type": "Violent demonstration", "place": "Kisumu"}],
    ),
    Case(
        "the army regained a town from rebels",
        "On Monday, the Sudanese army regained control of Sennar town from the Rapid Support Forces.",
        expect=[{"event_type": "Battles", "sub_event_type": "Government regains territory", "place": "Sennar"}],
    ),
    Case(
        "homes demolished",
        "On Monday, Israeli forces demolished two residential structures in Beit Ummar, near Hebron.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Looting/property destruction"}],
    ),
    Case(
        "a place set off by a comma after a person's title",
        "Gunmen on Monday abducted eight people, including the deputy chairman of Gujba Council, in Gujba, Borno "
        "State.",
        expect=[{"place": "Gujba", "sub_event_type": "Abduction/forced disappearance"}],
    ),
    Case(
        "a war's toll so far is no event's",
        "Gunmen killed four villagers in Gujba on Monday. The insurgency, which began in 2009 with attacks on "
        "police stations, has killed more than 40,000 people.",
        expect=[{"place": "Gujba", "fatalities": 4}],
    ),
    Case(
        "a common noun the tagger took for a place",
        "KANO, Nigeria (AP) — Gunmen burst into a bar in Kano late Saturday and opened fire, killing nine people.",
        expect=[{"place": "Kano", "fatalities": 9, "date": "2024-05-04"}],
    ),
    Case(
        "a feast day is no weekday, an old event told by its year is background",
        "A missile strike killed three people in Kharkiv on Monday. In April 2023, a missile strike on the centre "
        "of Sumy killed 35 people on Palm Sunday.",
        expect=[{"place": "Kharkiv", "fatalities": 3, "date": "2024-05-06"}],
    ),
    Case(
        "an event told by its month, months before a report of days, is background",
        "Militants killed four soldiers in Gujba on Monday. In January, insurgents overran a base in Damboa, "
        "killing several soldiers.",
        expect=[{"place": "Gujba", "fatalities": 4}],
    ),
    Case(
        "what a background date's clause tells is background too",
        "Gunmen killed a policeman in Mitrovica on Monday. Tensions have been high since September 2023, when "
        "armed men attacked police near the village of Banjska.",
        expect=[{"place": "Mitrovica", "fatalities": 1}],
    ),
    Case(
        "a run of attacks told as one, and a toll since then",
        "Mortar shells fired by militants hit Mogadishu on Monday, killing two civilians. The group launched a "
        "string of mortar attacks on the capital earlier this year. More than 200 people have been killed in "
        "Kismayo since then.",
        expect=[{"place": "Mogadishu", "fatalities": 2}],
    ),
    Case(
        "the dead told by who they were",
        "Gunmen stormed a house in Gujba on Monday, killing a woman and her son.",
        expect=[{"place": "Gujba", "fatalities": 2}],
    ),
    Case(
        "a victim who died of a mob's deed",
        "On Monday, a mob set ablaze a suspected thief in Surulere, Lagos. The suspect died on the spot.",
        expect=[{"event_type": "Riots", "sub_event_type": "Mob violence", "fatalities": 1}],
    ),
    Case(
        "forces martyred by attackers no one names",
        "Late on Friday night, four Levies personnel were martyred when an armed attack targeted their check post "
        "in Khuzdar.",
        expect=[{"event_type": "Battles", "fatalities": 4, "place": "Khuzdar"}],
    ),
    Case(
        "a toll whose victims are told at length",
        "Two soldiers of the Frontier Corps were killed when militants attacked a post in Quetta on Monday.",
        expect=[{"place": "Quetta", "fatalities": 2}],
    ),
    Case(
        "a protest dispersed, told in its own sentence",
        "On Monday, around 150 motorcycle taxi riders held a protest in Kisumu against new parking fees. Police "
        "dispersed them with tear gas after they blocked a street.",
        expect=[{"event_type": "Protests", "sub_event_type": "Protest with intervention", "place": "Kisumu"}],
    ),
    Case(
        "drones launched at a town",
        "On Monday, Ukrainian forces launched several drones at Belgorod city, hitting a residential building. One "
        "civilian was killed.",
        expect=[{"sub_event_type": "Air/drone strike", "place": "Belgorod", "fatalities": 1}],
    ),
    Case(
        "an arrest made during a raid",
        "On Monday, Iraqi security forces arrested three suspected Islamic State members during a raid on a house "
        "in Mosul.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Arrests", "place": "Mosul"}],
    ),
    Case(
        "a deal to end attacks",
        "On Monday, elders of the Garre and Degodia clans signed a peace agreement in Mandera town to end revenge "
        "attacks.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Agreement", "place": "Mandera"}],
    ),
    Case(
        "fighters who surrender",
        "On Monday, 120 Boko Haram fighters and their families surrendered to the Chadian army in Bol.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Change to group/activity"}],
    ),
    Case(
        "a curfew imposed",
        "On Monday, police imposed a total curfew in Churachandpur ahead of a planned march by Kuki-Zo groups.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Other", "country": "IN"}],
    ),
    Case(
        "a name the tokenizer cut at its hyphens",
        "On 10 May 2024, soldiers set fire to more than 100 houses in villages of Ye-U township (Ye-U, Sagaing).",
        published="2024-05-12",
        expect=[{"place": "Ye-u", "country": "MM", "sub_event_type": "Looting/property destruction"}],
    ),
    Case(
        "a bracketed address with a hyphenated city",
        "On 10 May 2024, residents lynched two suspected gang members in Petion-Ville (Port-au-Prince, Ouest).",
        published="2024-05-12",
        expect=[{"place": "Pétionville", "country": "HT", "sub_event_type": "Mob violence"}],
    ),
    Case(
        "a village named by its place noun, whatever the tagger made of its name",
        "On 3 May 2024, a mob beat a man to death on suspicion of witchcraft in a village of Gumla (Gumla, Jharkhand).",
        published="2024-05-05",
        expect=[{"place": "Gumlā", "country": "IN", "sub_event_type": "Mob violence"}],
    ),
    Case(
        "a march that demands justice for the dead of another day",
        "On 3 May 2024, members of Aymara and Quechua communities marched in Puno demanding justice for those "
        "killed during the protests of January 2023.",
        published="2024-05-05",
        expect=[{"event_type": "Protests", "sub_event_type": "Peaceful protest", "country": "PE"}],
    ),
    Case(
        "a place with one region in brackets",
        "On 16 June 2024, police arrested 12 opposition activists who were holding a meeting at a private residence "
        "in Chitungwiza (Harare).",
        published="2024-06-18",
        expect=[{"sub_event_type": "Arrests", "place": "Chitungwiza", "country": "ZW"}],
    ),
    Case(
        "towns taken over by a group, from government forces",
        "On 1 December 2024, HTS fighters took over Saraqib and Khan Shaykhun (Idleb) after government forces "
        "pulled back.",
        published="2024-12-03",
        expect=[
            {"sub_event_type": "Non-state actor overtakes territory", "place": "Saraqib"},
            {"sub_event_type": "Non-state actor overtakes territory", "place": "Khān Shaykhūn"},
        ],
    ),
    Case(
        "a district whose name a town elsewhere bears",
        "On 9 January 2023, police fired live ammunition at demonstrators near the airport in Juliaca (San Roman, "
        "Puno). 17 people were killed.",
        published="2023-01-11",
        expect=[{"sub_event_type": "Excessive force against protesters", "place": "Juliaca", "fatalities": 17}],
    ),
    Case(
        "an analyst's note that names its sub-event type first",
        "Disrupted weapons use: On 12 May 2024, Ukrainian air defence units shot down 6 drones launched by Russian "
        "forces over Bila Tserkva (Bila Tserkva, Kyiv). No casualties.",
        published="2024-05-14",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}],
    ),
    Case(
        "a bomb defused is no bombing",
        "On 4 May 2024, police defused a pipe bomb found beside a road in Rueso (Rueso, Narathiwat).",
        published="2024-05-06",
        expect=[{"sub_event_type": "Disrupted weapons use", "place": "Rueso"}],
    ),
    Case(
        "who people are, said with 'from', is no place",
        "On Monday, about 150 farmers from FNSEA and Jeunes Agriculteurs demonstrated in Auch (Gers, Occitanie).",
        expect=[{"event_type": "Protests", "place": "Auch"}],
    ),
    Case(
        "a people's militia named before its place",
        "On Monday, Dinka communal militias from Abiemnom county signed a peace agreement with Nuer youth in Bentiu "
        "(Rubkona, Unity).",
        expect=[{"sub_event_type": "Agreement", "place": "Bentiu"}],
    ),
    Case(
        "forces that were the target",
        "Security sources said a military patrol unit was the target on Monday afternoon, when it ran into an "
        "ambush set by gunmen in the Tera area, Tillaberi region.",
        expect=[{"sub_event_type": "Armed clash", "place": "Téra", "date": "2024-05-06"}],
    ),
    Case(
        "a raid for goods in which nobody is hurt",
        "On Monday, gunmen raided Gwoza market, stealing food and livestock from traders. No one was reported hurt "
        "in Gwoza, Borno State.",
        expect=[
            {
                "event_type": "Strategic developments",
                "sub_event_type": "Looting/property destruction",
                "place": "Gwoza",
                "actors": ["Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)"],
            }
        ],
    ),
    Case(
        "a raid for goods that also kills is an attack",
        "On Monday, gunmen raided Gwoza market in Borno State, stealing food and killing two traders.",
        expect=[{"sub_event_type": "Attack", "place": "Gwoza", "fatalities": 2}],
    ),
    Case(
        "a group's supply trucks are driven by civilians",
        "On Monday, gunmen opened fire on a convoy of NATO fuel tankers near Jamrud, Khyber district.",
        expect=[{"event_type": "Violence against civilians", "sub_event_type": "Attack", "place": "Jamrud"}],
    ),
    Case(
        "listed places each dated by the day told after them",
        "Militants struck Dikwa and Marte on 1 May and Gajiram the following day, stealing food from traders in "
        "Borno State.",
        expect=[
            {"place": "Dikwa", "date": "2024-05-01"},
            {"place": "Marte", "date": "2024-05-01"},
            {"place": "Gajiram", "date": "2024-05-02"},
        ],
    ),
    Case(
        "a count not given",
        "On Monday, soldiers killed an unknown number of militants in Kolofata, Far North region of Cameroon.",
        expect=[{"event_type": "Battles", "place": "Kolofata", "fatalities": None}],
    ),
    Case(
        "the dead of each side are summed",
        "Troops fought militants in Dikwa, Borno State, on Monday. The army said 17 insurgents were killed, while "
        "three soldiers lost their lives.",
        expect=[{"event_type": "Battles", "place": "Dikwa", "fatalities": 20}],
    ),
    Case(
        "attackers who also died add to the toll",
        "Gunmen killed nine people in Kukawa, Borno State, on Monday. Three of the attackers were also killed when "
        "vigilantes fought back.",
        expect=[{"place": "Kukawa", "fatalities": 12}],
    ),
    Case(
        "a missile described before it strikes",
        "On Monday a ballistic missile carrying cluster munitions struck the market in Kostiantynivka, Donetsk "
        "oblast, killing 11 people. Ukrainian officials blamed Russian forces.",
        expect=[
            {
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Shelling/artillery/missile attack",
                "place": "Kostyantynivka",
                "actors": ["Civilians (Ukraine)", "Military Forces of Russia"],
            }
        ],
    ),
    Case(
        "blame for failing to protect names no perpetrator",
        "Gunmen killed six farmers in Kukawa, Borno State, on Monday. Residents blamed the army for failing to "
        "protect them.",
        expect=[
            {
                "event_type": "Violence against civilians",
                "actors": ["Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)"],
            }
        ],
    ),
    Case(
        "a town bombed from the air, whatever the tagger took its name for",
        "Syrian government warplanes dropped barrel bombs containing chlorine on Khan Shaykhun on Monday, killing "
        "nine.",
        expect=[{"event_type": "Explosions/Remote violence", "place": "Khān Shaykhūn", "country": "SY"}],
    ),
    Case(
        "a verdict on an old attack",
        "A court on Tuesday found four men guilty of murder over the bombing of a bus station in Kano in June 2019 "
        "that killed 20 people.",
        published="2024-05-08",
    ),
    Case(
        "a commemoration tells the past, and what follows it too",
        "Residents of Dala on Sunday began a week of mourning to mark 20 years since the massacre in which militiamen "
        "killed 400 villagers. The killing began on 2 May 2004. Militiamen hunted people down in Bama and Kuru.",
    ),
    Case(
        "a review of a war film told without the word film",
        "Review: the audience watches soldiers storm a town in the opening set pieces, and the critics praised its "
        "sound design. Gunmen attack a convoy near the capital in the final act.",
    ),
    Case(
        "a march through a town",
        "Hundreds of students marched through Kumasi on Monday, demanding lower fees. The march ended peacefully.",
        expect=[{"event_type": "Protests", "sub_event_type": "Peaceful protest", "place": "Kumasi", "country": "GH"}],
    ),
    Case(
        "the outskirts of a town the tagger took for an organisation",
        "JNIM fighters attacked farmers on the outskirts of Djibo (Soum, Sahel) on 6 May 2024, killing 12.",
        expect=[{"place": "Djibo", "country": "BF", "fatalities": 12}],
    ),
    Case(
        "a car bomb intercepted",
        "Police intercepted a car loaded with explosives near Awantipora, Pulwama district, on Monday; officials "
        "said an attack had been averted.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}],
    ),
    Case(
        "a base handed over",
        "On Monday, French troops handed over their base in Menaka to the Malian army as part of their withdrawal.",
        expect=[{"sub_event_type": "Non-violent transfer of territory", "place": "Ménaka"}],
    ),
    Case(
        "numerous victims are no background",
        "On Monday, soldiers raped numerous women in Kalehe, South Kivu, witnesses said.",
        expect=[{"event_type": "Violence against civilians", "sub_event_type": "Sexual violence"}],
    ),
    Case(
        "a driver who lost control",
        "A lorry lost control and ploughed into traders at a market in Kericho on Friday, killing at least 20 "
        "people, police said.",
    ),
    Case(
        "a bus carrying children is bombed, not taken",
        "On Monday, jets bombed a bus carrying schoolboys in Saada, Yemen, killing 30 of them.",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}],
    ),
    Case(
        "a group that runs an office is not a side",
        "On Monday, jets bombed a market in Saada, killing 12 civilians, the Houthi-run health ministry said.",
        expect=[{"actors": ["Civilians (Yemen)", "Unidentified Armed Group (Yemen)"]}],
    ),
    Case(
        "troops who take a town back, whoever helped them",
        "Somali troops, backed by clan fighters, took control of the town of Bulo Burde on Monday after Al Shabaab "
        "withdrew.",
        expect=[{"sub_event_type": "Government regains territory"}],
    ),
    Case(
        "troops on parade are no protest",
        "Soldiers marched down the main avenue of Dakar at the military parade on Monday as jets flew overhead.",
    ),
    Case(
        "the strike told again hits the town",
        "An air strike on a prison in northern Yemen on Monday killed at least 60 people, aid workers said. The "
        "strike hit a detention centre in the city of Saada.",
        expect=[{"sub_event_type": "Air/drone strike", "place": "Sa'dah", "fatalities": 60}],
    ),
    Case(
        "a state that strikes, each town's toll its own",
        "KYIV (Reuters) - Russia launched a barrage of missiles on Monday, killing at least 20 civilians across "
        "Ukraine. In Kharkiv, 12 people were killed as missiles hit the Lastivka children's hospital. In the city "
        "of Sumy, eight people were killed.",
        expect=[
            {
                "sub_event_type": "Shelling/artillery/missile attack",
                "place": "Kharkiv",
                "fatalities": 12,
                "actors": ["Civilians (Ukraine)", "Military Forces of Russia"],
            },
            {
                "sub_event_type": "Shelling/artillery/missile attack",
                "place": "Sumy",
                "fatalities": 8,
                "actors": ["Civilians (Ukraine)", "Military Forces of Russia"],
            },
        ],
    ),
    Case(
        "who put the toll at a figure only counted",
        "Gunmen killed 14 villagers in Kukawa, Borno State, on Monday. The army put the toll at 12.",
        expect=[{"event_type": "Violence against civilians", "fatalities": 12}],
    ),
    Case(
        "the dead of earlier days",
        "Police shot dead three protesters in Omdurman, Sudan, on Thursday. Medics said 80 people had been killed "
        "at protests before Thursday.",
        expect=[{"sub_event_type": "Excessive force against protesters", "fatalities": 3}],
    ),
    Case(
        "a coalition named by the state that leads it, over a group's stronghold",
        "Saudi-led coalition aircraft bombed a market in Saada, a stronghold of the Houthi movement, on Monday, "
        "killing 14 people.",
        expect=[
            {
                "sub_event_type": "Air/drone strike",
                "fatalities": 14,
                "actors": ["Civilians (Yemen)", "Military Forces of Saudi Arabia"],
            }
        ],
    ),
    Case(
        "a capital that speaks is no place, and a war's toll since it began is background",
        "Air strikes hit a market in Maarat al-Numan in Idlib province on Monday, killing 12 civilians. Moscow and "
        "Damascus deny targeting civilians. More than 400 civilians have been killed since the offensive began.",
        expect=[{"place": "Ma‘arrat an Nu‘mān", "fatalities": 12}],
    ),
    Case(
        "the town named again by its noun",
        "Rebels said they attacked an army column near Tessalit in Kidal region on Thursday. On Saturday, the "
        "rebels ambushed the column near the town as it withdrew, killing 20 soldiers.",
        published="2024-07-29",
        expect=[{"place": "Tessalit", "date": "2024-07-25"}, {"place": "Tessalit", "date": "2024-07-27"}],
    ),
    Case(
        "a match report",
        "The hosts' march to the cup ended on Sunday. The visitors won the midfield battle, laid siege to the goal "
        "and scored twice; the coach praised a tournament of ambushes on the counter-attack.",
    ),
    Case(
        "a retrospective goes on with its past",
        "Twenty years ago today, rebels poured into the east of Freetown. The invasion began on 6 January 2004 and "
        "left thousands dead. Homes in Kissy and Wellington were burnt, and civilians were hacked with machetes.",
        published="2024-01-06",
    ),
    Case(
        "an early count and a distance from the capital",
        "MOGADISHU (Reuters) - Militants stormed an army base at Bulo Burde, about 200 km north of Mogadishu, "
        "early on Thursday, killing at least 30 soldiers. An early count had put the toll at 12.",
        published="2024-10-05",
        expect=[{"place": "Bulo Burde", "date": "2024-10-03", "fatalities": 30}],
    ),
    Case(
        "a search for attackers fights no one, and an attack since a date long past is background",
        "Gunmen opened fire on tourists in Pahalgam on Tuesday, killing 12 men, officials said. Security forces "
        "launched a search operation in the forests around Pahalgam. It was the worst attack since Feb. 14, 2019, "
        "when a bomber killed 40 police officers in Pulwama district.",
        expect=[
            {
                "event_type": "Violence against civilians",
                "place": "Pahalgam",
                "fatalities": 12,
                "actors": ["Civilians (India)", "Unidentified Armed Group (India)"],
            }
        ],
    ),
    Case(
        "vehicles struck as they left a town's airport",
        "A drone struck two cars leaving Kandahar International Airport on Monday, killing six people.",
        expect=[{"event_type": "Explosions/Remote violence", "place": "Kandahār", "country": "AF"}],
    ),
    Case(
        "a service is no place",
        "Gunmen attacked worshippers at Easter Mass in a church in Owo, Ondo State, on Sunday, killing 20 people.",
        expect=[{"place": "Owo", "country": "NG", "fatalities": 20}],
    ),
    Case(
        "a crowd told by the placards it carries",
        "In Kisumu, Kenya, hundreds of residents walked through the town centre on Tuesday waving placards against "
        "the new taxes.",
        expect=[{"event_type": "Protests", "sub_event_type": "Peaceful protest", "place": "Kisumu"}],
    ),
    Case(
        "youths in running battles with police riot",
        "In Kisii, Kenya, youths barricaded the main road with burning tyres on Tuesday and engaged police in "
        "running battles.",
        expect=[
            {
                "event_type": "Riots",
                "sub_event_type": "Violent demonstration",
                "actors": ["Police Forces of Kenya", "Rioters (Kenya)"],
            }
        ],
    ),
    Case(
        "two tellings of one side's toll are not summed",
        "Gunmen killed nine villagers in Kukawa, Borno State, on Monday. Local officials said seven villagers died.",
        expect=[{"place": "Kukawa", "fatalities": 7}],
    ),
    # rules-8
    Case(
        "a match report's penalties and last-minute drama",
        "Nigeria's Super Eagles survived a bruising battle with Ghana in Kumasi on Wednesday, winning 4-2 on "
        "penalties after the visitors' late assault on the goal. Ghana thought they had won it at the death, but the "
        "goal was ruled out. In the shootout, the goalkeeper saved two kicks. The coach praised the stadium crowd.",
    ),
    Case(
        "campaign rallies are no protest",
        "Two presidential candidates wrapped up their campaigns with huge rallies in Kaduna on Saturday.",
    ),
    Case(
        "a weather storm is no storming",
        "Thousands of people are feared dead after floodwaters unleashed by Storm Nadia burst two dams above Sousa, "
        "Libya, on Sunday. The storm hit the coast late that night. Towns including Marj were also hit by the storm.",
    ),
    Case(
        "a tanker that exploded is an accident",
        "At least 30 people were killed and 50 injured when a fuel tanker exploded in Moatize, Mozambique, on "
        "Thursday as residents gathered to collect petrol. Dozens were treated for severe burns.",
    ),
    Case(
        "an attack months before the event the article tells",
        "The minister's visit on Tuesday comes six months after three soldiers were killed in an ambush near Ayorou, "
        "Niger.",
        published="2019-03-01",
    ),
    Case(
        "an analyst's fatalities label",
        "On 3 May 2024, JNIM militants attacked a military post in Boulkessi (Soum, Sahel). Fatalities: 12.",
        expect=[{"place": "Boulkessi", "fatalities": 12}],
    ),
    Case(
        "people named and others counted",
        "On Monday, a US drone strike hit a car in Miranshah, Pakistan, killing a militant commander, his deputy and "
        "four others.",
        expect=[{"sub_event_type": "Air/drone strike", "fatalities": 6}],
    ),
    Case(
        "a count and one more told by name",
        "Eight policemen and the civilian driver were killed when Maoists blew up their vehicle with an IED near "
        "Kirandul, Chhattisgarh, on Monday.",
        expect=[{"fatalities": 9}],
    ),
    Case(
        "a toll of years is no event's toll",
        "Gunmen stormed a school in Kumba, Cameroon, on Saturday and attacked pupils. More than 3,000 people have "
        "been killed since the conflict began in 2017.",
        expect=[{"place": "Kumba", "fatalities": None}],
    ),
    Case(
        "a struggle for a cause is no battle",
        "Rebels have been fighting for greater autonomy for the provinces of Pattani and Narathiwat for decades.",
    ),
    Case(
        "a deed named for its trial",
        "A special court in Jaipur on Friday sentenced 20 men to death in the 2008 Jaipur serial blasts case.",
        published="2022-02-19",
    ),
    Case(
        "years of airstrikes are a span, not an event",
        "Rebel-held Idlib, Syria, had already been battered by years of airstrikes and shelling, residents said on "
        "Tuesday, and hospitals that survived the bombing campaigns were overwhelmed.",
        published="2023-02-08",
    ),
    Case(
        "an organisation's initials are no place",
        "Protesters stormed a UN base in Butembo, DR Congo, on Tuesday.",
        expect=[{"place": "Butembo", "country": "CD"}],
    ),
    Case(
        "a people named as an adjective is no place",
        "On New Year's Day, gunmen killed five Fulani herders in Bankass, Mali.",
        published="2019-01-03",
        expect=[{"place": "Bankass", "fatalities": 5}],
    ),
    Case(
        "a story's first word is no place unless something happened there",
        "MAIDUGURI, Nigeria - Fear and anger gripped Dalwa on Monday as the toll from the weekend massacre of "
        "farmers by gunmen in Borno State remained unclear.",
        published="2020-11-30",
        expect=[{"place": "Maiduguri"}],
    ),
    Case(
        "a state's forces strike a place with a missile",
        "On 2 May 2024, Russian forces struck the bus station in Sloviansk (Donetsk oblast) with an Iskander missile. "
        "At least 9 civilians were killed.",
        expect=[
            {
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Shelling/artillery/missile attack",
                "place": "Slovyansk",
                "fatalities": 9,
                "actors": ["Civilians (Ukraine)", "Military Forces of Russia"],
            }
        ],
    ),
    Case(
        "aircraft that drop munitions strike from the air",
        "On 4 May 2024, Syrian regime aircraft dropped munitions on residential areas of Saraqib (Idleb). "
        "At least 12 people were killed.",
        expect=[{"sub_event_type": "Air/drone strike", "place": "Saraqib", "fatalities": 12}],
    ),
    Case(
        "where an organisation is based is no place of the event",
        "Gang members kidnapped 12 aid workers of a Texas-based charity in Ganthier, Haiti, on 6 May 2024.",
        expect=[{"sub_event_type": "Abduction/forced disappearance", "country": "HT"}],
    ),
    Case(
        "a town declared liberated from militants is regained",
        "On 7 May 2024, the president declared Kidal (Kidal region) liberated from the rebels after weeks of fighting.",
        expect=[{"event_type": "Battles", "sub_event_type": "Government regains territory", "place": "Kidal"}],
    ),
    Case(
        "a truck bomb's toll risen over a long sentence, and a second bomb told apart",
        "The death toll from a truck bomb that ripped through a busy market in Baidoa, Somalia, on Saturday has "
        "risen to 80, officials said. Two hours later, a second car bomb exploded in Afgooye, killing two people.",
        expect=[
            {"sub_event_type": "Remote explosive/landmine/IED", "place": "Baidoa", "fatalities": 80},
            {"sub_event_type": "Remote explosive/landmine/IED", "place": "Afgooye", "fatalities": 2},
        ],
    ),
    Case(
        "a town retaken by its name",
        "On 9 May 2024, government troops retook Kidal after a two-day offensive against the rebels.",
        expect=[{"event_type": "Battles", "date": "2024-05-09"}],
    ),
    Case(
        "a force deployed to a base",
        "On 5 May 2024, Wagner Group fighters deployed to the former UN base at Kidal (Kidal region).",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Headquarters or base established"}],
    ),
    Case(
        "a leader's supporters who storm a building riot",
        "In Kano, Nigeria, supporters of the governor stormed the electoral office on Tuesday and set fire to its "
        "gate before police fired tear gas.",
        expect=[{"event_type": "Riots", "place": "Kano"}],
    ),
    Case(
        "a paramilitary beside the army firing on a sit-in is force against protesters",
        "On 3 May 2024, RSF fighters and other security forces stormed the protest camp in Omdurman, Sudan, "
        "shooting at protesters. 12 people were killed.",
        expect=[{"event_type": "Protests", "sub_event_type": "Excessive force against protesters", "fatalities": 12}],
    ),
    Case(
        "a toll that rose on a later day dates the count, not the event",
        "QUETTA: The death toll from Monday's suicide bombing at a rally in Mastung, Pakistan, rose to 60 on Tuesday, "
        "officials said.",
        expect=[{"sub_event_type": "Suicide bomb", "date": "2024-05-06", "fatalities": 60}],
    ),
    Case(
        "deaths told in a disaster's sentence with no one armed are the disaster's",
        "Rescuers dug through the mud on Tuesday in search of survivors of a landslide that buried part of the "
        "village of Kuru, near Jos, Nigeria, killing more than 40 people.",
    ),
    Case(
        "weapons on show and contingents on parade",
        "Contingents of the army and the air force marched past the dais in Islamabad, Pakistan, on Wednesday. "
        "Columns displayed main battle tanks, artillery guns and ballistic missiles.",
    ),
    Case(
        "a suicide bombing told with the rubble of a collapsed hall",
        "The toll from Monday's suicide blast at a mosque in Bannu, Pakistan, climbed to 30 on Tuesday as rescuers "
        "pulled bodies from the rubble of the collapsed prayer hall.",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb", "fatalities": 30}],
    ),
    Case(
        "a chemical attack is a chemical weapon whatever the verb",
        "The death toll from a suspected chemical attack by government forces on the town of Saraqib, Syria, on "
        "Tuesday rose to 20.",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Chemical weapon"}],
    ),
    Case(
        "Congo alone is the Democratic Republic of Congo",
        "On Sunday, ADF rebels attacked a village in Congo near the border with Uganda, killing 12 people.",
        expect=[{"country": "CD", "precision": "country", "fatalities": 12}],
    ),
    Case(
        "a village the tagger took for a person, raided with another place, is a place",
        "Gunmen on motorcycles struck Tchindo Kara and Dambawa, in the Tillaberi region of Niger, on Saturday, "
        "killing at least 20 villagers, officials said.",
        expect=[{"place": "Tchindo Kara", "country": "NE"}, {"place": "Dambawa", "country": "NE"}],
    ),
    Case(
        "a span told after a coordination dates all of it: a war's toll is background",
        "Separatist fighters have killed more than 3,000 people and burned dozens of villages in Cameroon's North "
        "West region since late 2016, aid agencies say.",
    ),
    Case(
        "fighting for an independent state is a cause, not a fight",
        "Schools have stayed closed in Cameroon's North West region, where armed groups fighting for an independent "
        "state enforce a boycott, officials said on Tuesday.",
    ),
    Case(
        "a victim told by rank raises the toll to the rank",
        "Gunmen opened fire on a bus near Kumba, Cameroon, on Monday, killing three passengers. A fourth passenger "
        "died in hospital on Tuesday.",
        expect=[{"place": "Kumba", "fatalities": 4}],
    ),
    Case(
        "a victim told by rank after a larger toll is a part of it",
        "Gunmen opened fire on a bus near Kumba, Cameroon, on Monday, killing 12 passengers including a soldier. A "
        "second soldier died in hospital on Tuesday.",
        expect=[{"place": "Kumba", "fatalities": 12}],
    ),
    Case(
        "a wire dateline's date is when the report was filed, not when the event was",
        "Maputo, 8 May 2024 (Lusa) - Dozens of people were killed in the insurgent attack on the town of Macomia, "
        "Mozambique, the government said. The insurgents stormed the town on Monday afternoon.",
        expect=[{"place": "Macomia", "date": "2024-05-06"}],
    ),
    Case(
        "a village located in its province is a place, whatever the tagger took it for",
        "Gunmen on motorcycles attacked Dablo Tanga, in Sanmatenga province, Burkina Faso, on Monday night, killing "
        "12 villagers.",
        expect=[{"place": "Dablo Tanga", "country": "BF", "fatalities": 12}],
    ),
    Case(
        "a toll told place by place with the verb said once",
        "Gunmen on motorcycles raided Dambawa and Kpakoro in Niger's Tillaberi region on Saturday. Officials said 30 "
        "people were killed in Dambawa and 20 in Kpakoro.",
        expect=[{"place": "Dambawa", "fatalities": 30}, {"place": "Kpakoro", "fatalities": 20}],
    ),
    Case(
        "a toll told place by place as the dead each place lost, a part of one told apart",
        "Gunmen on motorcycles raided the villages of Dambawa and Kpakoro in Borno state on Monday, residents said. "
        '"Dambawa lost 12 people and Kpakoro seven," a community leader said. Three of the dead in Dambawa were '
        "hunters from a nearby town.",
        expect=[{"place": "Dambawa", "fatalities": 12}, {"place": "Kpakoro", "fatalities": 7}],
    ),
    Case(
        "what a place has long suffered is its condition, not the event",
        "Gunmen attacked Tsafe, a town in Zamfara state plagued by cattle rustling and kidnapping for ransom, on "
        "Tuesday, residents said.",
        expect=[{"place": "Tsafe", "sub_event_type": "Attack", "date": "2024-05-07"}],
    ),
    Case(
        "the day a group claimed an attack is not the day of the attack",
        "Islamic State claimed responsibility on Tuesday for a suicide bombing that killed 12 people at a mosque in "
        "Kabul on Friday.",
        expect=[{"place": "Kabul", "date": "2024-05-03", "fatalities": 12}],
    ),
    Case(
        "a village named like another name of a city abroad is not that city",
        "Jihadists killed 12 soldiers in an attack on an army post in Boni on Saturday, the Malian army said.",
        expect=[{"country": "ML", "date": "2024-05-04", "fatalities": 12}],
    ),
    Case(
        "an event told only by a year long past is history told again",
        "Hundreds of people gathered in Nairobi on Sunday to mourn the victims of the Westgate mall attack, in which "
        "gunmen killed 67 people in 2013.",
    ),
    Case(
        "explosions at a depot that the article says were negligence are an accident, however the dateline parses",
        "IKEJA, Nigeria, June 3 - A series of explosions at an army barracks in Ikeja killed at least 15 people, "
        "officials said. The blasts on Sunday sent smoke over the city and destroyed homes nearby. The army said the "
        "explosions had been caused by the negligent handling of old munitions at the depot.",
        published="2024-06-03",
    ),
    Case(
        "a two-word demonym names its own country",
        "South Sudanese soldiers attacked a convoy of traders near Yei on Monday, killing four of them, witnesses "
        "said.",
        expect=[{"country": "SS", "actors": ["Civilians (South Sudan)", "Military Forces of South Sudan"]}],
    ),
    Case(
        "a raid on civilians with rape in it is sexual violence, whatever else was done",
        "Militiamen stormed the village of Bokkos in Plateau state on Monday, where they raped several women and "
        "looted shops, residents said.",
        expect=[{"place": "Bokkos", "sub_event_type": "Sexual violence"}],
    ),
    Case(
        "one victim shot dead, told by name",
        "Gunmen shot dead journalist Abubakar Idris in Kaduna on Tuesday, police said.",
        expect=[{"place": "Kaduna", "fatalities": 1}],
    ),
    Case(
        "a vehicle packed with explosives is a bomb, however the press puts it",
        "A truck packed with explosives blew up at a checkpoint in Mogadishu on Saturday, killing 20 people, police "
        "said.",
        expect=[{"place": "Mogadishu", "sub_event_type": "Remote explosive/landmine/IED", "fatalities": 20}],
    ),
    Case(
        "the city a report is filed from weighs for its country when the story names it; a district is no region "
        "abroad",
        "MOGADISHU, Oct 16 - A bomb went off in the Medina district of the capital on Saturday, killing 20 people, "
        "police said. Kenya and Turkey sent planes with medical supplies, and Somalia declared three days of "
        "mourning.",
        published="2024-10-16",
        expect=[{"country": "SO", "date": "2024-10-12", "fatalities": 20}],
    ),
    Case(
        "a bombing told by its week is the one told by its day that week; crowds that march after it are events of "
        "their own, on their sentence's day; a bombing in the town years before is another",
        "Last week's car bombing at a police academy in Bogota shocked the country. On Thursday morning, a vehicle "
        "loaded with explosives drove into the academy and exploded, killing 21 people. On Sunday, tens of thousands "
        "filled the main square of Bogota, while crowds also took to the streets of Medellin and Cali. In February "
        "2017, a bomb near a bullring in Bogota killed a police officer.",
        expect=[
            {"place": "Bogotá", "date": "2024-05-02", "event_type": "Explosions/Remote violence", "fatalities": 21},
            {"place": "Medellín", "date": "2024-05-05", "event_type": "Protests", "actors": ["Protesters (Colombia)"]},
            {"place": "Cali", "date": "2024-05-05", "event_type": "Protests", "actors": ["Protesters (Colombia)"]},
        ],
    ),
    Case(
        "a name that modifies a weapon is the weapon's, and an oblast is a region",
        "On Friday, a Tochka-U missile carrying a cluster warhead struck the railway station in Pokrovsk, Donetsk "
        "oblast, where hundreds were waiting for trains, killing at least 12 people.",
        expect=[{"place": "Pokrovsk", "sub_event_type": "Shelling/artillery/missile attack", "fatalities": 12}],
    ),
    Case(
        "a strike that hurt people was launched by someone, even when no one is named or killed",
        "On Sunday, two drones carrying explosives detonated near a stage in Caracas where the president was speaking; "
        "seven soldiers were injured.",
        expect=[
            {
                "place": "Caracas",
                "sub_event_type": "Air/drone strike",
                "actors": ["Unidentified Armed Group (Venezuela)"],
            }
        ],
    ),
    Case(
        "a base opened is a base established",
        "On Saturday, Turkey formally opened a military training base in Mogadishu, where its officers will train "
        "Somali soldiers.",
        expect=[{"place": "Mogadishu", "sub_event_type": "Headquarters or base established"}],
    ),
    Case(
        "a square the gazetteer does not know is a spot of the town the event is in, not a second event",
        "BAGHDAD, May 8 - Islamic State claimed responsibility for a twin suicide bombing that tore through a crowded "
        "market in central Baghdad on Thursday, killing 32 people. The bombers struck a street market selling "
        "second-hand clothes near Khilani Square, in the Karrada area, in the middle of the morning.",
        expect=[{"place": "Baghdad", "sub_event_type": "Suicide bomb", "fatalities": 32}],
    ),
    Case(
        "the event told again after 'after' is the time of what followed, not another event",
        "A suicide bomber blew himself up at a crowded market in Kano on Thursday, killing 12 people, police said. "
        "Traders returned on Friday after the blast, and the market reopened under heavy security.",
        expect=[{"place": "Kano", "date": "2024-05-02", "fatalities": 12}],
    ),
    Case(
        "fire at mock targets on a training ground is a drill",
        "President Lukashenko on Monday watched troops firing artillery and rockets at mock targets at a training "
        "ground near Brest. The drills, which run until Thursday, involve about 12,000 personnel and 200 tanks.",
    ),
    Case(
        "the day of a call for an inquiry is not the strike's; 'the strike' told again places and dates it",
        "The UN secretary-general called on Friday for an investigation into an air strike by the Saudi-led coalition "
        "that hit a bus carrying children in northern Yemen, killing dozens. The strike hit the bus on Thursday "
        "morning as it passed through a busy market in Dahyan, in Saada province.",
        published="2024-05-03",
        expect=[{"date": "2024-05-02", "country": "YE", "sub_event_type": "Air/drone strike"}],
    ),
    Case(
        "forces that fired on protesters, killing some, used excessive force; what is alleged happened nowhere",
        "Security forces opened fire on protesters in Zahedan on Friday, killing 19 people, state media said. The "
        "protest had been called over accusations that a police commander in the port city of Chabahar had raped a "
        "15-year-old girl.",
        expect=[{"place": "Zahedan", "sub_event_type": "Excessive force against protesters", "fatalities": 19}],
    ),
    Case(
        "a street the gazetteer does not know, in a story filed from a town, is in that town",
        "SURABAYA, Indonesia, May 8 - Two men blew themselves up at the gate of the police headquarters in Surabaya "
        "on Monday, police said. On Sunday morning, a woman and her two daughters blew themselves up at the "
        "Indonesian Christian Church on Diponegoro street, killing seven worshippers.",
        expect=[
            {"place": "Surabaya", "date": "2024-05-06", "sub_event_type": "Suicide bomb"},
            {"place": "Surabaya", "date": "2024-05-05", "sub_event_type": "Suicide bomb", "fatalities": 7},
        ],
    ),
    Case(
        "a bomber who blew himself up with a vehicle packed with explosives set off a suicide bomb",
        "On Sunday, a man blew himself up after driving a car packed with explosives into a church in Makassar, "
        "killing three worshippers, police said.",
        expect=[{"place": "Makassar", "sub_event_type": "Suicide bomb", "fatalities": 3}],
    ),
    Case(
        "a region called a state is of the country among its namesakes that has states",
        "Gunmen killed nine villagers in an attack on Kwall in Plateau state on Monday, police said.",
        expect=[{"country": "NG", "date": "2024-05-06", "fatalities": 9}],
    ),
    Case(
        "what was done earlier this year, or since a month, is background to the news",
        "Gunmen killed nine villagers in an attack on Kwall in Plateau state on Monday, police said. Earlier this "
        "year, jihadists killed 50 soldiers in an ambush near Jos. Human Rights Watch said security forces had killed "
        "at least 40 civilians in the state since January.",
        expect=[{"country": "NG", "event_type": "Violence against civilians", "fatalities": 9}],
    ),
    Case(
        "who serves a force without being one is no force: a police informer killed is a civilian",
        "Maoists killed a villager on suspicion of being a police informer in Sukma district on Sunday night, police "
        "said.",
        expect=[{"event_type": "Violence against civilians", "actors": ["CPI (Maoist)", "Civilians (India)"]}],
    ),
    Case(
        "a protest the authorities banned is not a protest held",
        "Police fired tear gas at opposition supporters who gathered in Conakry, Guinea, on Monday. The governor had "
        "banned the march the day before.",
        expect=[{"place": "Conakry", "sub_event_type": "Protest with intervention"}],
    ),
    Case(
        "the city a wire report was filed from opens its lead but is no place of the event",
        "KADUNA, Nigeria, May 8 - Gunmen on motorcycles stormed a government school in Nigeria's Kaduna state on "
        "Monday and carried off 40 pupils, residents said. The gunmen struck the school in Kuringawa, a farming "
        "village in Chikun local government area.",
        expect=[{"place": "Kuringawa", "sub_event_type": "Abduction/forced disappearance"}],
    ),
    Case(
        "a bomb that ripped through a place went off",
        "A bomb ripped through a crowded market in Maiduguri, Nigeria, on Monday, killing 12 people, police said.",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED"}],
    ),
    Case(
        "a deed dated a week before the event the article told",
        "Gunmen killed 30 villagers in Ogossagou, Mali, on Saturday. A week before the massacre, jihadists killed 12 "
        "soldiers in an attack on an army camp in Dioura.",
        expect=[{"place": "Ogossagou", "date": "2024-05-04"}, {"place": "Dioura", "date": "2024-04-27"}],
    ),
    Case(
        "a toll gate or a toll plaza is a fee for the road, not a count of the dead",
        "Soldiers opened fire on protesters at a toll gate in Lagos, Nigeria, on Tuesday night, witnesses said. The "
        "troops arrived at the toll plaza at about 6:50pm.",
        expect=[{"place": "Lagos", "fatalities": None}],
    ),
    Case(
        "the attackers' dead are besides the dead told group by group",
        "One soldier and two contractors were killed when militants attacked a base in Lamu county, Kenya, on Sunday. "
        "Four of the attackers were killed, the army said.",
        expect=[{"event_type": "Battles", "fatalities": 7}],
    ),
    Case(
        "one of a side also killed is a death besides the others",
        "A United Nations pilot was killed when gunmen fired on a helicopter near Nasir, South Sudan, on Friday. An "
        "army general was also killed, the government said.",
        expect=[{"place": "Nasir", "fatalities": 2}],
    ),
    Case(
        "the dead of a war 'in which' thousands died are the war's",
        "Security forces detained two opposition ministers in Juba, South Sudan, on Monday, raising fears for the "
        "peace deal that ended a five-year civil war, in which some 400,000 people died.",
        expect=[{"sub_event_type": "Arrests", "fatalities": None}],
    ),
    Case(
        "last October is the October before the report",
        "Last October, an air strike on a monastery in Kachin state killed about 30 people.",
        expect=[{"date": "2023-10-01", "fatalities": 30}],
    ),
    Case(
        "what a year long past dates with when is history",
        "Gunmen killed four villagers near Gusau on Monday. Gusau was devastated in 2019 when bandits occupied parts "
        "of the town for three months before troops drove them out in a battle that left 200 people dead.",
        expect=[{"date": "2024-05-06", "place": "Gusau", "fatalities": 4}],
    ),
    Case(
        "a toll counted since a year, and the start it counts from, are background",
        "Insurgents shot dead three rangers at a checkpoint in Narathiwat on Monday. Over 7,300 people have been "
        "killed since the rebellion in Yala, Pattani and Songkhla resumed in 2004.",
        expect=[{"date": "2024-05-06", "place": "Narathiwat", "fatalities": 3}],
    ),
    Case(
        "a wire dateline's day is when the report was filed",
        "KANO, May 8 - Gunmen killed nine worshippers at a mosque in Kano late on Monday, police said.",
        expect=[{"date": "2024-05-06", "place": "Kano"}],
    ),
    Case(
        "a wire dateline's day is no toll",
        "ZARIA, May 8 - Bandits killed seven farmers in their fields near Zaria late on Monday, residents said.",
        expect=[{"date": "2024-05-06", "fatalities": 7}],
    ),
    Case(
        "an explosion of stored chemicals is an accident",
        "Rescuers searched the rubble on Tuesday for survivors of an explosion at the port of Chittagong. The blast "
        "on Monday night, which was heard 20 km away, was blamed on chemicals that had been stored in a warehouse "
        "for years.",
    ),
    Case(
        "a date told inside a since phrase is where a span began",
        "A gunman opened fire on worshippers at a church in Homs and then blew himself up, killing 11 people in the "
        "first suicide bombing in the city since the fall of the government in December. The attack hit the church "
        "during Sunday's service.",
        expect=[{"sub_event_type": "Suicide bomb", "date": "2024-05-05", "place": "Homs"}],
    ),
    Case(
        "what began a span on a day told since then is background",
        "Police shot dead two protesters in Dhaka on Tuesday. Tension has been rising since April 2, when gunmen "
        "killed 12 people at a market in Sylhet.",
        expect=[{"date": "2024-05-07", "place": "Dhaka"}],
    ),
    Case(
        "the deed an event answers is its motive, not news",
        "Troops shelled rebel positions in Kidal on Tuesday in retaliation for last month's killing of 14 soldiers in "
        "Gao.",
        expect=[{"date": "2024-05-07", "place": "Kidal"}],
    ),
    Case(
        "a wire dateline is read apart, and a bureau abroad places nothing",
        "NAIROBI, May 8 (Reuters) - Al Shabaab fighters stormed an army base in Somalia on Tuesday, killing 12 "
        "soldiers.",
        expect=[{"date": "2024-05-07", "country": "SO", "fatalities": 12}],
    ),
    Case(
        "the number of people killed has risen to a toll",
        "The number of people killed in Monday's bombing of a bus station in Quetta has risen to 31, hospital "
        "officials said on Wednesday.",
        expect=[{"date": "2024-05-06", "place": "Quetta", "fatalities": 31}],
    ),
    Case(
        "one person beaten to death is one death",
        "A mob beat a shopkeeper to death in Gujranwala on Tuesday after he was accused of blasphemy, police said.",
        expect=[{"event_type": "Riots", "place": "Gujranwala", "fatalities": 1}],
    ),
    Case(
        "much of a town is the town",
        "Insurgents swept through much of Aleppo on Saturday, killing four soldiers, a monitor said.",
        expect=[{"place": "Aleppo", "country": "SY", "date": "2024-05-04", "fatalities": 4}],
    ),
    Case(
        "drones or missiles shot down are disrupted weapons use",
        "Ukrainian forces shot down 20 Russian drones over Kyiv overnight on Tuesday, the air force said.",
        expect=[{"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}],
    ),
    Case(
        "a bulletin header names the town below its country",
        "NIGERIA — Bokkos, Plateau State. Attack, Sun 5 May.\nGunmen stormed the village at dawn and shot six "
        "farmers dead, residents said.",
        expect=[{"place": "Bokkos", "country": "NG", "date": "2024-05-05", "fatalities": 6}],
    ),
    Case(
        "a bulletin header that lists region then town",
        "MALI | Mopti region | Bandiagara\nJihadists attacked the weekly market on Tuesday, killing 11 traders.",
        expect=[{"place": "Bandiagara", "country": "ML", "date": "2024-05-07", "fatalities": 11}],
    ),
    Case(
        "a bulletin header's town beats a region the body names in passing",
        "AZERBAIJAN — Barda. Shelling, Sat 4 May.\nRockets hit the town centre a day after a truce in "
        "Nagorno-Karabakh was meant to begin, killing nine civilians.",
        expect=[{"place": "Barda", "country": "AZ", "date": "2024-05-04", "fatalities": 9}],
    ),
    Case(
        "a date written in figures after a dash",
        "Boko Haram fighters attacked a market in Konduga, Nigeria — 04/05/2024. Six traders were killed.",
        expect=[{"place": "Konduga", "date": "2024-05-04", "fatalities": 6}],
    ),
    Case(
        "a region named like a bearing on a country is the region",
        "A petrol bomb was thrown at a police patrol in Belfast, Northern Ireland, on Saturday night, police said.",
        expect=[{"place": "Belfast", "country": "GB"}],
    ),
    Case(
        "a bulletin header's day dates the event its body leaves undated",
        "KAZAKHSTAN | Riots — Shymkent, 2 May 2024.\nCrowds stormed the city hall and set it on fire; police used "
        "tear gas.",
        expect=[{"event_type": "Riots", "place": "Shymkent", "date": "2024-05-02"}],
    ),
    Case(
        "a bulletin header's country is no bureau, and its town holds beside a country the body names",
        "KENYA — Mandera. IED, Tue 7 May.\nA roadside bomb planted by fighters who crossed from Somalia hit a police "
        "truck, killing four officers, police said.",
        expect=[{"place": "Mandera", "country": "KE", "fatalities": 4}],
    ),
    Case(
        "a deadly strike told with no side was launched by someone",
        "Shelling hit a market in Donetsk on Sunday, killing nine shoppers, local officials said.",
        expect=[
            {
                "event_type": "Explosions/Remote violence",
                "date": "2024-05-05",
                "place": "Donetsk",
                "fatalities": 9,
                "actors": ["Civilians (Ukraine)", "Unidentified Armed Group (Ukraine)"],
            }
        ],
    ),
    Case(
        "a village the gazetteer lacks, told as a part of a town, is at that town",
        "Suicide bombers killed 14 people at a market in Gwoza on Sunday, officials said. At about 5 pm the bombers "
        "attacked Dalakaleri town of Gwoza Local Government Area, residents said.",
        expect=[{"place": "Gwoza", "date": "2024-05-05", "fatalities": 14}],
    ),
    Case(
        "the earlier deed the news comes after is context: no event, place or toll of the news",
        "Gunmen killed seven traders in Gombe on Monday. The raid came days after militants ambushed a convoy near "
        "Biu, killing 12 soldiers.",
        expect=[{"place": "Gombe", "date": "2024-05-06", "fatalities": 7}],
    ),
    Case(
        "a country's place the gazetteer lacks is in that country; the deadliest attack since a start counts its dead",
        "US air strikes on Yemen's Ras Kanatib port killed 12 people on Thursday, the deadliest attack since "
        "Washington began its campaign in March.",
        expect=[
            {
                "place": "Ras Kanatib port",
                "country": "YE",
                "fatalities": 12,
                "actors": ["Civilians (Yemen)", "Military Forces of the United States"],
            }
        ],
    ),
    Case(
        "drones that had attacked strike from the air",
        "Ukrainian drones had attacked an airfield in Engels on Sunday, the ministry said.",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "place": "Engels"}],
    ),
    Case(
        "an event told a year to the day before the report is its anniversary",
        "On May 8, 2022, gunmen killed 12 worshippers at a church in Gwoza. Relatives laid wreaths at the church on "
        "Monday.",
        published="2023-05-08",
    ),
    Case(
        "what a span of years is counted since is background",
        "Survivors gathered in Nairobi on Wednesday to mark five years since gunmen stormed a hotel, killing 21 "
        "people.",
    ),
    Case(
        "a region's telling dated by the weekend is the located event of the day before",
        "Fighters killed nearly 300 people in attacks on villages in North Kordofan state over the weekend, a "
        "monitoring group said on Tuesday. In Bara, more than 200 people were killed on Saturday, the group said.",
        expect=[{"place": "Bara", "date": "2024-05-04", "fatalities": 200}],
    ),
    Case(
        "a name told as a part of a country is in that country, not the striker's",
        "U.S. air strikes on Yemen's Kuru fuel port killed 30 people late on Thursday, the health ministry said, the "
        "deadliest attack since Washington began its campaign. The strikes hit the port in Hodeidah province.",
        expect=[{"place": "Kuru fuel port", "country": "YE"}],
    ),
    Case(
        "the centre of a town the tagger took for a person is that town",
        "Two missiles struck the centre of Poltava on Sunday, killing 20 people, officials said.",
        expect=[{"place": "Poltava", "date": "2024-05-05", "fatalities": 20}],
    ),
    Case(
        "a two-word name the tagger took for a person's, listed with its unit, stays whole",
        "Gunmen killed 30 villagers on Sunday across communities in Bokkos and Barkin Ladi local government areas, "
        "police said.",
        expect=[{"place": "Bokkos"}, {"place": "Barkin Ladi"}],
    ),
    Case(
        "'last Sunday' told on a Sunday is the Sunday a week before",
        "Gunmen killed 12 herders in Bankass on Saturday, officials said on Sunday. Last Sunday, militants attacked "
        "a police post in Mopti, killing six officers.",
        published="2024-05-12",
        expect=[{"place": "Bankass", "date": "2024-05-11"}, {"place": "Mopti", "date": "2024-05-05"}],
    ),
    Case(
        "what a force has been doing for decades is a span, not an event of the news",
        "A bomb exploded at a market in Jolo on Sunday, killing five people. The military has been fighting the "
        "militants for decades in Sulu and nearby Basilan.",
        expect=[{"place": "Jolo", "date": "2024-05-05", "fatalities": 5}],
    ),
    Case(
        "places each told with a preposition of their own are a list, one event each",
        "Protesters stormed the parliament in Nairobi on Tuesday. Demonstrators also clashed with police in the "
        "port city of Mombasa, in Kisumu in the west and in Nakuru, witnesses said.",
        published="2024-06-26",
        expect=[{"place": "Nairobi"}, {"place": "Mombasa"}, {"place": "Kisumu"}, {"place": "Nakuru"}],
    ),
    Case(
        "the surname of a spokesman named with his role is a person, not a place",
        "Militants attacked Palma in Cabo Delgado province on Wednesday, defence ministry spokesman Omar Saranga "
        "told reporters on Sunday. On Friday a convoy leaving a hotel was ambushed by insurgents and seven people "
        "were killed, Saranga and security contractors said.",
        published="2021-03-29",
        expect=[{"date": "2021-03-24"}, {"date": "2021-03-26", "place": "Mozambique", "fatalities": 7}],
    ),
    Case(
        "a verb told after 'and' without a subject of its own is done by the first verb's subject",
        "Government troops pushed north and entered the town of Kupiansk on Friday, the army said.",
        expect=[{"date": "2024-05-03", "country": "UA", "actors": ["Military Forces of Ukraine"]}],
    ),
    Case(
        "of two days in a clause, the event's is the one told on its own verb",
        "Jihadists cut the main road last month and attacked the town of Kidal on Sunday, killing four soldiers, "
        "officials said.",
        expect=[{"place": "Kidal", "date": "2024-05-05", "fatalities": 4}],
    ),
    Case(
        "what ranks the news among the events since a year is no background: 'the deadliest attack since 2019'",
        "Gunmen killed 12 villagers in Bokkos on Sunday, the deadliest attack in the area since 2019, police said.",
        expect=[{"place": "Bokkos", "date": "2024-05-05", "fatalities": 12}],
    ),
    Case(
        "the part of a town a force took control of is at that town, whatever the tagger took the name for",
        "Rebels took control of most of Aleppo on Saturday, a war monitor said.",
        expect=[{"place": "Aleppo", "country": "SY", "date": "2024-05-04"}],
    ),
    Case(
        "the towns a road links name the road, not the place of the event",
        "Rebels captured the town of Saraqeb on Friday, cutting the main highway linking Aleppo with Damascus, a war "
        "monitor said.",
        expect=[{"place": "Saraqib", "date": "2024-05-03"}],
    ),
    Case(
        "a town's damage or clashes told with no hand, in an article that leads with rioters, is their riot",
        "Rioters torched cars and a library in several towns across France overnight, officials said on Thursday. "
        "In Roubaix, part of the town hall was set ablaze. Clashes were also reported in Lyon, where cars were "
        "burned.",
        published="2024-05-09",
        expect=[
            {"place": "Roubaix", "event_type": "Riots", "date": "2024-05-08"},
            {"place": "Lyon", "event_type": "Riots", "date": "2024-05-08"},
        ],
    ),
    Case(
        "youths told as the members of a group that sets fires are rioters",
        "Police fired tear gas in Lyon on Tuesday night after groups of youths set cars on fire near the station, "
        "officials said.",
        expect=[{"place": "Lyon", "event_type": "Riots", "actors": ["Police Forces of France", "Rioters (France)"]}],
    ),
    Case(
        "a crowd's noun the tagger took for a name where the sentence opens after a dateline is that crowd",
        "NAIROBI/KISUMU, May 7 - Protesters attacked several government offices in Kisumu on Tuesday, setting fires "
        "and looting, witnesses said.",
        expect=[{"place": "Kisumu", "event_type": "Riots", "date": "2024-05-07", "actors": ["Protesters (Kenya)"]}],
    ),
    Case(
        "a day told between a reporting verb and what it reports is the day of the saying",
        "Dozens of people died in an attack by insurgents on the Mozambican town of Palma, the government said, and "
        "the group said on Monday it had taken control of the town. Officials said the militants attacked Palma from "
        "three sides on Wednesday afternoon.",
        published="2021-03-29",
        expect=[{"place": "Palma", "date": "2021-03-24"}],
    ),
    Case(
        "the day a statement was carried is the day of the saying",
        "Militants attacked the town of Palma in Mozambique on Wednesday, officials said. The group, in a statement "
        "carried by its news agency on Monday, said its fighters had seized the town after clashes with the army and "
        "killed 55 people.",
        published="2021-03-29",
        expect=[{"place": "Palma", "country": "MZ", "date": "2021-03-24"}],
    ),
    Case(
        "a place told 'also' attacked beside the event told so far is another event of that day, by the same hand",
        "Gunmen surrounded Kwatas, a village near the town of Bokkos, at dawn on Sunday and shot residents, police "
        "said. The nearby village of Mushere was also attacked, officials said. The toll stood at 40, police said.",
        expect=[
            {"place": "Kwatas", "date": "2024-05-05", "fatalities": 40},
            {"place": "Mushere", "date": "2024-05-05", "fatalities": None},
        ],
    ),
    Case(
        "air strikes on a town where a ground event was told that day are another event, by another hand",
        "Rebels took control of most of Aleppo on Saturday, a war monitor said. Russian warplanes struck parts of the "
        "city of Aleppo on Saturday, the monitor said.",
        expect=[
            {"event_type": "Battles", "place": "Aleppo", "date": "2024-05-04"},
            {"event_type": "Explosions/Remote violence", "place": "Aleppo", "date": "2024-05-04"},
        ],
    ),
    Case(
        "the day of an event the news may be linked to dates that event, not the news",
        "A grenade thrown into a mosque in Cotabato killed two men early on Tuesday, police said. Officers said it "
        "was too early to say whether the attack was linked to Sunday's bombings, and appealed for calm.",
        expect=[{"place": "Cotabato", "date": "2024-05-07", "fatalities": 2}],
    ),
    Case(
        "an officer who did the deed ('shot by a police officer') is the force, not a speaker",
        "A student was shot by a police officer on Tuesday morning in Nanterre, officials said.",
        expect=[
            {"event_type": "Violence against civilians", "actors": ["Civilians (France)", "Police Forces of France"]}
        ],
    ),
    Case(
        "a force's shooting of a bystander at a town where a riot was told is another event",
        "In Nanterre, groups of youths set cars on fire and threw stones at police, officials said. A teenager was "
        "shot by a police officer on Tuesday morning in Nanterre, officials said.",
        published="2024-05-09",
        expect=[
            {"event_type": "Riots", "place": "Nanterre"},
            {"event_type": "Violence against civilians", "place": "Nanterre", "date": "2024-05-07"},
        ],
    ),
    Case(
        "a detail told with a date months away ('In March, a teacher was hacked to death in X') lends no place",
        "Soldiers ended a hostage siege at a hotel on Saturday morning, killing six of the attackers, the army said. "
        "Two police officers died in a gunfight early in the siege. In March, a teacher was hacked to death in "
        "Rajshahi.",
        published="2016-07-03",
        expect=[{"event_type": "Battles", "date": "2016-07-02", "place": "Bangladesh"}],
    ),
    Case(
        "a date naming an occasion ('before the Feb. 9 elections') is the day of the vote, not of a deed",
        "YAOUNDE, Feb 17 (Reuters) - Gunmen killed four election officials in Bamenda on Saturday, police said. Last "
        "month, separatists were accused of kidnapping and killing several candidates before the Feb. 9 legislative "
        "elections.",
        published="2020-02-17",
        expect=[{"place": "Bamenda", "date": "2020-02-15", "fatalities": 4}],
    ),
    Case(
        "a place in the 'since' phrase of a comparison ('the deadliest attack since the 2004 siege in X') is another's",
        "Gunmen killed 40 people at a concert hall in Krasnogorsk on Friday evening, officials said. It was the "
        "deadliest attack in Russia since the 2004 school siege in Beslan, in which more than 330 people died.",
        published="2024-03-24",
        expect=[{"place": "Krasnogorsk", "date": "2024-03-22", "fatalities": 40}],
    ),
    Case(
        "the day of a declared mourning ('declared mourning on Wednesday after jihadists killed 92') is not the deed's",
        "NDJAMENA (AFP) - Chad declared national mourning on Wednesday after jihadists killed 92 soldiers in an attack "
        "on an army base. The fighters struck the base in Bohoma on Monday and fought for seven hours, the president "
        "said.",
        published="2020-03-25",
        expect=[{"place": "Bohoma", "date": "2020-03-23", "fatalities": 92}],
    ),
    Case(
        "a headline's deed named by its doer ('killed in Maoist IED blast in Bijapur') is no place",
        "Eight DRG jawans, driver killed in Maoist IED blast in Bijapur\n\nRAIPUR: Eight personnel of the District "
        "Reserve Guard and a driver were killed on Monday when Maoists blew up their vehicle in Chhattisgarh's "
        "Bijapur district, police said.",
        published="2024-05-06",
        expect=[{"event_type": "Explosions/Remote violence", "date": "2024-05-06", "country": "IN", "fatalities": 9}],
    ),
    Case(
        "a dateline's day under a headline ('NIAMEY, Dec 12 - ...') is when the report was filed",
        "Niger: 71 soldiers killed in attack on army camp\n\nNIAMEY, Dec 12 - Seventy-one soldiers were killed when "
        "militants attacked a military camp at Inates on Tuesday evening, the defence ministry said.",
        published="2019-12-12",
        expect=[{"place": "Inates", "date": "2019-12-10"}],
    ),
    Case(
        "a deed dated by a year before the report's ('In 2019 the group was blamed for a bombing in X') is history",
        "GAROWE, Somalia - Al-Shabaab militants stormed a hotel in the town on Friday night, triggering a siege that "
        "lasted several hours. Officials put the toll at 21 on Saturday. The group claimed responsibility. In 2019 the "
        "group was blamed for a bombing in Baidoa that killed 26.",
        published="2022-08-20",
        expect=[{"place": "Garoowe", "date": "2022-08-19", "fatalities": 21}],
    ),
    Case(
        "victims in a town's district ('shot dead two villagers in X district') are placed there",
        "IMPHAL, India - Gunmen shot dead two villagers in Churachandpur district on Tuesday, police said.",
        published="2024-02-07",
        expect=[{"place": "Churāchāndpur", "date": "2024-02-06", "fatalities": 2}],
    ),
    Case(
        "a victim's nationality ('the Sri Lankan general manager') does not say where the event was",
        "A mob of workers beat to death the Sri Lankan general manager of a textile mill in Jhelum on Friday over "
        "allegations of blasphemy.",
        published="2021-12-04",
        expect=[{"place": "Jhelum", "country": "PK", "date": "2021-12-03"}],
    ),
    Case(
        "a force told with no country in an event of one named state's forces is that state's",
        "Israeli forces raided the Nur Shams camp in the West Bank before dawn on Sunday and Palestinian fighters "
        "ambushed them with explosives. At least one soldier was killed and three were wounded, the army said. The "
        "Palestinian health ministry said two Palestinians were killed.",
        published="2021-12-04",
        expect=[{"actors": ["Military Forces of Israel", "Unidentified Armed Group (Palestine)"]}],
    ),
    Case(
        "a headline's attack placed with a preposition ('Eight dead in X battle') names its town",
        "Eight dead in Culiacán battle after capture of cartel boss\n\nEight people died during hours of gunfire on "
        "Thursday afternoon, when gunmen of the Sinaloa Cartel fought soldiers across the city, officials said.",
        published="2019-10-18",
        expect=[{"place": "Culiacán", "country": "MX", "date": "2019-10-17"}],
    ),
    Case(
        "a vehicle that hit an anti-tank mine is a landmine explosion",
        "Two journalists and a local official were killed on Friday when their vehicle hit an anti-tank mine near a "
        "village in Lachin district; four others were injured.",
        published="2021-06-05",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED"}],
    ),
    Case(
        "a 'car-bomb attack' written with a hyphen is a bomb",
        "Death toll in car-bomb attack on Medellin police school rises to 12\n\nThe number of people killed in "
        "Thursday's car-bomb attack on the police school in Medellin has risen to 12, prosecutors said on Saturday.",
        published="2019-01-19",
        expect=[{"event_type": "Explosions/Remote violence", "place": "Medellín", "date": "2019-01-17"}],
    ),
    Case(
        "an attack told by its noun takes the means the story tells ('five die in mosque attack ... a suicide bomber')",
        "Five die in Kohat mosque attack\n\nFive people were killed on Friday when a suicide bomber blew himself up "
        "inside a mosque in a police compound in Kohat, police said.",
        published="2023-09-30",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb", "place": "Kohat"}],
    ),
    Case(
        "the day the dead were pulled from the rubble is not the day of the bombing",
        "QUETTA, Pakistan (AP) - Rescuers pulled more bodies from the rubble of a mosque on Tuesday, raising the death "
        "toll from a suicide bombing there to 40, officials said.\n\nThe bomber struck on Monday as worshippers "
        "gathered for prayers at the mosque in Quetta.",
        published="2023-01-31",
        expect=[{"date": "2023-01-30", "place": "Quetta", "fatalities": 40}],
    ),
    Case(
        "told after the news by its month alone ('In July, ...'), weeks before it, is background",
        "BANGKOK (Reuters) - A bomb exploded at a shrine in central Bangkok on Monday evening, killing 20 people, "
        "police said.\n\nIn July, protesters attacked the Thai consulate in Istanbul after Thailand deported "
        "Uighurs to China.",
        published="2015-08-18",
        expect=[{"date": "2015-08-17", "place": "Bangkok"}],
    ),
    Case(
        "a sect's name ('a Shiite area') is no place",
        "BAGHDAD (AP) - A bomb exploded on Sunday in a market in the Shaab district, a Shiite area in northern "
        "Baghdad, killing at least two people, police said.",
        published="2016-07-04",
        expect=[{"place": "Baghdad", "date": "2016-07-03", "fatalities": 2}],
    ),
    Case(
        "the day a campaign began, weeks before the news ('the weekly protests began on March 30'), is background",
        "GAZA CITY (AP) - Israeli troops shot dead 12 Palestinians during mass protests along the Gaza border on "
        "Monday, health officials said.\n\nThe weekly protests, dubbed the Great March of Return, began on March 30.",
        published="2018-05-15",
        expect=[{"date": "2018-05-14", "fatalities": 12}],
    ),
    Case(
        "two sides that battled amid air strikes fought a battle",
        "KHARTOUM (Reuters) - Sudan's army and a powerful paramilitary force battled for a second day on Sunday for "
        "control of Khartoum, with gunfire and air strikes heard across the city.",
        published="2023-04-16",
        expect=[{"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2023-04-16"}],
    ),
    Case(
        "an airline's plane hit by gunfire is no state's force",
        "Gunmen opened fire on Saturday at the airport in Juba, South Sudan, where a Kenya Airways plane was hit by "
        "gunfire as it prepared for take-off, and killed two guards.",
        published="2023-04-16",
        expect=[{"actors": ["Civilians (South Sudan)", "Unidentified Armed Group (South Sudan)"]}],
    ),
    Case(
        "a force's fire on a crowd is gunfire at protesters, not shelling; the crowd is named by where it marched",
        "JERUSALEM (AP) - Palestinians on Tuesday buried 12 people killed by Israeli fire during mass protests near "
        "Khan Yunis on Monday. Israel said its troops had acted to stop a breach of the fence, and Israeli officials "
        "blamed Hamas.",
        published="2018-05-15",
        expect=[
            {
                "event_type": "Protests",
                "sub_event_type": "Excessive force against protesters",
                "country": "PS",
                "actors": ["Military Forces of Israel", "Protesters (Palestine)"],
            }
        ],
    ),
    Case(
        "a shopping centre's name ('the X City shopping centre in Y') is a building in the town after it",
        "Crowds looted and set fire to the Palm City shopping centre in Pinetown, west of Durban, on Monday as unrest "
        "spread across the province. Police fired rubber bullets to disperse the looters.",
        published="2021-07-13",
        expect=[{"place": "Pinetown", "date": "2021-07-12"}],
    ),
    Case(
        "a saint's title ('stormed St. Francis Xavier Catholic Church') is no town",
        "Gloom enveloped the ancient town of Akure in Ondo State on Sunday as gunmen stormed St. Francis Xavier "
        "Catholic Church, Oba Adesida Road, during Pentecost Mass, detonating explosives and opening fire on "
        "worshippers.",
        published="2022-06-06",
        expect=[{"place": "Akure", "date": "2022-06-05"}],
    ),
    Case(
        "the day crowds gathered to mourn the victims is not the day of the bombing",
        "ISTANBUL (Reuters) - Tens of thousands of people gathered in Istanbul on Sunday to mourn the victims of twin "
        "suicide bombings that killed 40 people near a stadium, in the deadliest attack of its kind in the city, as "
        "anger grew over the government's failure to protect the crowds.\n\nTwo explosions went off seconds apart "
        "shortly after 10 p.m. on Saturday near the stadium.\n\nThe prime minister's office said on Sunday that 40 "
        "people had been killed, up from 29 announced by the health minister on Saturday.",
        published="2016-12-11",
        expect=[{"date": "2016-12-10", "place": "Istanbul", "fatalities": 40}],
    ),
    Case(
        "a bombing that struck a rally ('bombings that killed 40 people at a peace rally') is the bombing",
        "DIYARBAKIR (Reuters) - Tens of thousands of people gathered in Diyarbakir on Sunday to mourn the victims of "
        "twin suicide bombings that killed 40 people at a peace rally.\n\nTwo explosions went off seconds apart on "
        "Saturday near the main railway station, where hundreds of activists had gathered for a march.",
        published="2016-12-12",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb", "date": "2016-12-10"}],
    ),
    Case(
        "a dateline's region run by the tagger into the lede ('X, Kurdistan Region - A civilian') is no place",
        "SULAYMANIYAH, Kurdistan Region - A civilian contractor was killed when rockets struck Sulaymaniyah "
        "International Airport late on Monday, officials said.",
        published="2021-02-16",
        expect=[{"place": "Sulaymaniyah", "date": "2021-02-15"}],
    ),
    Case(
        "a dateline's day under a headline ('NIAMEY, Dec 12 - Seventy-one soldiers') is no toll",
        "Niger: 71 soldiers killed in attack on army camp\n\nNIAMEY, Dec 12 - Seventy-one soldiers were killed "
        "when militants attacked a military camp at Inates on Tuesday evening, the defence ministry said.",
        published="2019-12-12",
        expect=[{"place": "Inates", "date": "2019-12-10", "fatalities": 71}],
    ),
    Case(
        "a lede's event with no place of its own is the body's event of the same kind and toll, not one at the "
        "dateline's town",
        "LAGOS — Two Nigerian soldiers were wounded when a roadside bomb hit their truck in the northeastern state of "
        "Borno, and troops killed six militants in a separate gunfight the following day, the army said on Tuesday."
        "\n\nOn Monday, soldiers on patrol were fired on by militants near Gwoza and repelled them, leaving six of "
        "the attackers dead, the army said.",
        expect=[
            {"event_type": "Explosions/Remote violence"},
            {"event_type": "Battles", "place": "Gwoza", "fatalities": 6},
        ],
    ),
    Case(
        "an area the gazetteer lacks ('in South Waziristan') does not put its event at the dateline's town",
        "PESHAWAR, Pakistan (AP) - Militants ambushed a paramilitary convoy in South Waziristan on Monday, killing "
        "four soldiers, the military said on Tuesday.",
        expect=[{"place": "South Waziristan", "fatalities": 4}],
    ),
    Case(
        "a town the event is measured from ('some 20 kilometres north of X') is its place, not the dateline's town",
        "MAIDUGURI - Gunmen killed four farmers in a field some 20 kilometres north of Damboa on Monday, residents "
        "said.",
        expect=[{"place": "Damboa", "fatalities": 4}],
    ),
    Case(
        "bombs only aircraft drop ('glide bombs slammed into the centre') are an air strike",
        "Russian glide bombs slammed into the centre of Kramatorsk on Tuesday, killing three civilians and wounding "
        "nine, the regional governor said.",
        expect=[
            {
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
                "place": "Kramatorsk",
                "fatalities": 3,
            }
        ],
    ),
    Case(
        "a metropolis abroad that begins a spot's name ('the Cairo Mensah International Airport' in Ghana) names the "
        "person it honours, not the spot's town",
        "ACCRA - Gunmen shot dead two security guards near the Cairo Mensah International Airport in Ghana on Monday, "
        "police said.",
        expect=[{"place": "Accra", "country": "GH", "fatalities": 2}],
    ),
    Case(
        "a lede that sums up the events the body tells ('15 civilians in two attacks in the X region this month') is "
        "no event of its own",
        "A rights group on Thursday accused the military of killing at least 15 civilians in two attacks in the "
        "central Sagaing region this month.\n\nOn April 3, a military aircraft bombed a market in Shwebo, killing "
        "nine people, the group said. Three days later, soldiers raided a monastery in Monywa and shot dead six monks.",
        published="2025-04-24",
        expect=[
            {"place": "Shwebo", "fatalities": 9},
            {"place": "Monywa", "fatalities": 6, "event_type": "Violence against civilians"},
        ],
    ),
    Case(
        "an aircraft that strikes, told with the words that describe it between them ('a drone launched from X "
        "struck'), is an air strike",
        "A drone launched from across the border struck a fuel depot in Kosti on Sunday, killing three people, "
        "officials said.",
        expect=[
            {
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
                "place": "Kosti",
                "fatalities": 3,
            }
        ],
    ),
    Case(
        "soldiers who kill people of the cloth, patients or refugees, with no armed side named, attack civilians",
        "Soldiers stormed a monastery near Sagaing on Tuesday and shot dead four nuns and two refugees sheltering "
        "there, residents said.",
        expect=[{"event_type": "Violence against civilians", "sub_event_type": "Attack", "fatalities": 6}],
    ),
    Case(
        "an arrest told by its noun ('the raid led to the arrest of 14 people') is an arrest, by the police where "
        "no one else is named making it",
        "A raid on a hideout in Kano on Monday led to the arrest of 14 suspected members of Boko Haram, police said.",
        expect=[
            {
                "event_type": "Strategic developments",
                "sub_event_type": "Arrests",
                "place": "Kano",
                "date": "2024-05-06",
                "actors": ["Boko Haram", "Police Forces of Nigeria"],
            }
        ],
    ),
    Case(
        "soldiers named in a clause of their own under the attack ('after soldiers shut the checkpoint') are no side "
        "of it",
        "Insurgents killed 14 travellers stranded near Konduga on Sunday night after soldiers shut the checkpoint, "
        "survivors said.",
        published="2024-05-14",
        expect=[{"event_type": "Violence against civilians", "place": "Konduga", "fatalities": 14}],
    ),
    Case(
        "an arrest in a story of an ordinary crime, with nothing political in it, is no event",
        "Police on Tuesday arrested a man in Eldoret over the murder of his wife, who was found stabbed to death at "
        "their home on Monday. He will face murder charges, the county police commander said.",
    ),
    Case(
        "a toll told as the count that replaced an earlier one ('the toll had risen to 41') is the toll",
        "Gunmen killed at least 19 people at a market in Zurmi on Monday, police said. By Tuesday evening the death "
        "toll had risen to 41 as several of the wounded died in hospital, a local official said.",
        expect=[{"place": "Zurmi", "fatalities": 41}],
    ),
    Case(
        "an assault with a suicide bombing in it is coded as the suicide bombing, and a vehicle rammed in laden with "
        "explosives is one",
        "Militants stormed a hotel in Kismayo on Friday evening after one of them rammed an explosives-laden car into "
        "its gate, killing nine people, police said. Security forces ended the siege after several hours.",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb", "place": "Kismayo"}],
    ),
    Case(
        "the air strike a lede tells is placed where 'the strike took place', and dated by it, not by the day "
        "someone condemned it",
        "The UN on Friday condemned an air strike that hit a wedding party in northern Yemen, killing 20 people.\n\n"
        "The strike took place on Wednesday evening in Dhahyan, a town in Saada governorate, local officials said.",
        published="2024-05-10",
        expect=[{"sub_event_type": "Air/drone strike", "place": "Dhahyan", "date": "2024-05-08"}],
    ),
    Case(
        "where travellers were going is not where they were attacked ('a bus carrying pilgrims from the shrine to "
        "Katra')",
        "Militants killed nine pilgrims on Sunday when they opened fire on a bus carrying devotees from the shrine "
        "to Katra near Reasi, police said.",
        published="2024-05-13",
        expect=[{"place": "Reasi", "fatalities": 9}],
    ),
    Case(
        "the deeds a court judges ('found him guilty over attacks on camps', 'convicted of counts including murder') "
        "are no events",
        "Judges on Thursday convicted a former rebel commander of 40 counts of war crimes, including murder and "
        "rape, and found him guilty over attacks on three camps near Gulu, as well as over the forced marriage of "
        "girls abducted by his fighters.",
        published="2024-05-10",
    ),
    Case(
        "a dam that burst near a town broke; it did not attack it",
        "At least 30 people were killed when a dam burst near the town of Naivasha early on Monday, officials said.",
        published="2024-05-07",
    ),
    Case(
        "an organisation's or a meeting's name ('the Southern African Development Community mission', 'a BRICS "
        "summit') is no place",
        "Insurgents on Friday attacked troops of the Southern African Development Community mission in Cabo "
        "Delgado, killing two soldiers, residents said. The president, speaking at a BRICS summit, condemned it.",
        published="2024-05-13",
        expect=[{"place": "Cabo Delgado", "fatalities": 2}],
    ),
    Case(
        "a lake named for a country ('islands in Lake Chad') is not that country, and a day without a year soon "
        "after the report ('a presidential vote on December 27') is one to come",
        "Jihadists killed 28 people in an attack on Kabalewa in Niger on Saturday, the government said. It blamed "
        "Boko Haram fighters based on islands in Lake Chad and in Lake Chad's basin. Local elections, the first "
        "stage of a cycle that ends with a presidential vote on December 27, went ahead despite the attack.",
        published="2020-12-13",
        expect=[{"country": "NE", "date": "2020-12-12", "fatalities": 28}],
    ),
    Case(
        "a wire dateline is a sentence of its own: the lede's subject is not an apposition to the dateline's city",
        "PARIS (AFP) - Iranian security forces killed at least 40 people when they opened fire on protesters in "
        "Zahedan last Friday, a rights group said on Thursday.",
        published="2024-05-09",
        expect=[
            {
                "sub_event_type": "Excessive force against protesters",
                "place": "Zahedan",
                "fatalities": 40,
                "actors": ["Military Forces of Iran", "Protesters (Iran)"],
            }
        ],
    ),
    Case(
        "an arrest asked for ('a warrant for the arrest of', 'called for the arrest of') is no event",
        "A court in Kano on Monday issued a warrant for the arrest of a former governor.",
    ),
    Case(
        "the crimes a court convicts someone of are judged, however the parse hangs the convicted one; a life told "
        "('abducted as a boy'), the victims named by what befell them ('relatives of those killed') and a war's "
        "toll told in a clause under it ('left 5,000 dead and hundreds of children abducted') are no events",
        "A court in Kuru on Thursday convicted Adam Dala, a former commander of the Ruritania Liberation Army, of 30 "
        "counts of war crimes, including murder, rape, forced marriage and the use of child soldiers. Dala, who was "
        "himself abducted by the rebels as a boy, denied the charges. In Gulu, relatives of those killed followed "
        "the verdict on a screen. The insurgency, which began in the late 1980s, left more than 5,000 people dead "
        "and hundreds of children abducted.",
        published="2024-05-10",
    ),
    Case(
        "a match report's 'battle' and 'siege' are play even where the report recalls a crush at the gates: only a "
        "clause that tells of harm can tell of fans who fought",
        "Kuru beat Dala 4-2 in a penalty shootout on Sunday after 120 minutes of a goalless battle at the national "
        "stadium. Kuru laid siege to the Dala goal for long spells, but the goalkeeper held firm until the striker "
        "scored the decisive penalty. The final was played at the stadium where eight people died in a crush at the "
        "gates before a quarter-final last month.",
        published="2024-05-13",
    ),
    Case(
        "what an anniversary marks happened elsewhere ('marking the anniversary of a killing in a strike in "
        "Kabul'), and bombers who detonate explosive belts make the blasts told beside them a suicide bombing",
        "The group on Thursday claimed the twin blasts that ripped through crowds walking to a shrine in Mashhad on "
        "Wednesday, killing 30 people, saying two of its members detonated explosive belts among people marking the "
        "fifth anniversary of a general's killing in a US strike in Kabul.",
        published="2024-05-10",
        expect=[{"sub_event_type": "Suicide bomb", "place": "Mashhad", "country": "IR", "fatalities": 30}],
    ),
    Case(
        "'in Friday morning's strike on the station in Sumy' names again, where and when, the missile attack the "
        "lede told",
        "A missile attack on a crowded bus station in eastern Ukraine killed 20 people, the governor said on "
        "Saturday. More than 50 people were wounded in Friday morning's strike on the station in Sumy.",
        published="2024-05-11",
        expect=[
            {
                "sub_event_type": "Shelling/artillery/missile attack",
                "place": "Sumy",
                "date": "2024-05-10",
                "fatalities": 20,
            }
        ],
    ),
    Case(
        "a name set off by a settlement noun however many words describe it ('Kuruwa, a small gold-mining "
        "community') is a place",
        "Gunmen struck Kuruwa, a small gold-mining community in Seno province, late on Friday, killing 30 people, "
        "and set fire to the market.",
        published="2024-05-13",
        expect=[{"place": "Kuruwa", "date": "2024-05-10", "fatalities": 30}],
    ),
    Case(
        "what a group habitually does ('a militia that fights alongside the army') is no event",
        "The Kuru Defence Force, a militia that fights alongside the army in Zamfara, held a meeting on Monday.",
        published="2024-05-13",
    ),
    Case(
        "police who take people away ('took away a number of people') and kill no one detain them: an arrest",
        "On Thursday, police armed with a search warrant raided the opposition party's headquarters in Bulawayo and "
        "took away a number of people.",
        published="2024-05-13",
        expect=[{"sub_event_type": "Arrests", "place": "Bulawayo", "date": "2024-05-09"}],
    ),
    Case(
        "a vehicle driven at people ('mowing down tourists and locals', 'plowed into crowds') is an attack",
        "A van plowed into crowds on a boulevard in Marseille, France, on Thursday evening. Ten people died and dozens "
        "were injured.",
        published="2024-05-11",
        expect=[{"sub_event_type": "Attack", "place": "Marseille", "date": "2024-05-09", "fatalities": 10}],
    ),
    Case(
        "where people fled and where the wounded were taken, each town of the list, is not where they were attacked",
        "Gunmen killed 30 people in an attack on Kuruwa, a village in Seno province, on Friday. Residents who fled to "
        "the nearby town of Dori said the attackers shot people in their homes, and dozens of wounded were taken to "
        "health centres in Dori and Gorom-Gorom.",
        published="2024-05-14",
        expect=[{"place": "Kuruwa", "fatalities": 30}],
    ),
    Case(
        "a clause opened by 'where' happens at the finest place its antecedent names ('the base at Kuruwa, on a "
        "peninsula in Lac province, where the fighting took place')",
        "Jihadists killed 40 soldiers in an assault on an army base in Chad, the president said on Tuesday. The "
        "president, who visited the base at Kuruwa, on a peninsula in Lac province, where the fighting took place on "
        "Monday, said the soldiers had died in a seven-hour battle.",
        published="2024-05-14",
        expect=[{"place": "Kuruwa", "date": "2024-05-13", "fatalities": 40}],
    ),
    Case(
        "an acronym the article spells out as another body ('the Rwanda Security Forces (RSF)') is not the "
        "dictionary's group of that acronym; foreign troops who take a town with the state's army take it back",
        "The Rwanda Security Forces (RSF), together with Mozambican troops, on Sunday captured the port town of Palma, "
        "in Cabo Delgado province, Mozambique, which had served as a stronghold of the insurgents.",
        published="2024-05-13",
        expect=[
            {
                "sub_event_type": "Government regains territory",
                "place": "Palma",
                "actors": ["Military Forces of Mozambique", "Military Forces of Rwanda"],
            }
        ],
    ),
    Case(
        "a crowd that forces its way in or breaks through a gate riots, and the riot the story goes on to tell makes "
        "the protest its lede told a riot",
        "Supporters of the opposition leader took to the streets across Pakistan on Tuesday. In Lahore, a mob forced "
        "its way into a commander's residence. In Rawalpindi, protesters broke through the main gate of the army "
        "headquarters.",
        published="2024-05-15",
        expect=[{"event_type": "Riots", "place": "Lahore"}, {"event_type": "Riots", "place": "Rawalpindi"}],
    ),
    Case(
        "'riot gear', 'riot police' name a force's kit and unit, not unrest",
        "Police in riot gear detained an opposition leader at a court in Islamabad on Tuesday.",
        published="2024-05-15",
        expect=[{"sub_event_type": "Arrests", "place": "Islamabad"}],
    ),
    Case(
        "what a clause told 'hours after' the news gives it no place; a capital named for its government ('Tehran's "
        "influence') is no place; a toll counted 'since protests broke out' is no event's",
        "Iraqi security forces shot dead at least 20 protesters in the southern city of Basra on Thursday, hours "
        "after demonstrators stormed and set fire to a consulate in the holy city of Karbala. In Karbala, hundreds of "
        "protesters broke into the consulate late on Wednesday, setting the building on fire and chanting against "
        "Tehran's influence. More than 300 people have been killed since anti-government protests broke out on "
        "October 1.",
        published="2024-05-10",
        expect=[
            {"sub_event_type": "Excessive force against protesters", "place": "Basrah", "fatalities": 20},
            {"event_type": "Riots", "place": "Karbala", "country": "IQ", "date": "2024-05-08", "fatalities": None},
        ],
    ),
    Case(
        "a sentence that brings armed men to a place without an attack word ('The insurgents arrived in Geidam') "
        "places the attack the next sentence tells without a place",
        "The insurgents arrived in Geidam, in Yobe State, Nigeria, in a convoy of trucks on Monday evening. Residents "
        "said they shot sporadically as they headed for the school, killing two pupils.",
        published="2024-05-15",
        expect=[{"place": "Geidam", "fatalities": 2}],
    ),
    Case(
        "men 'wearing fake explosive belts' carry no bomb",
        "Police shot dead three men wearing fake explosive belts in Nice early on Friday.",
        published="2024-05-11",
        expect=[{"event_type": "Battles", "place": "Nice", "fatalities": 3}],
    ),
    Case(
        "'soldiers of the Islamic State' are the group's own fighters, as it calls them, not a state's army",
        "Gunmen killed four people at a cafe in Lyon on Friday. The group's news agency said the attack was carried "
        "out by soldiers of the Islamic State.",
        published="2024-05-11",
        expect=[{"sub_event_type": "Attack", "actors": ["Civilians (France)", "Islamic State"]}],
    ),
]


@pytest.fixture(scope="module")
def pipeline(seeded_pool: asyncpg.Pool) -> Pipeline:
    return Pipeline.load(Geocoder(seeded_pool))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_reporting_class(pipeline: Pipeline, case: Case) -> None:
    published = dt.date.fromisoformat(case.published) if case.published else None
    found = [fields(i) for i in await pipeline.extract(ArticleText(text=case.text, published=published))]
    assert len(found) == len(case.expect), found
    for got, wanted in zip(found, case.expect, strict=True):
        assert {k: got[k] for k in wanted} == wanted, got
