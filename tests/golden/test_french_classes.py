"""How French reporting is written, one class per case: short texts written for these tests (not taken from any gold
set), each through the whole French pipeline and the seeded gazetteer. The output is the English ACLED vocabulary;
the assertions check only the fields the class is about."""

from __future__ import annotations

import datetime as dt

import asyncpg
import pytest

from service.extract.fr.pack import french
from service.extract.model import ArticleText
from service.extract.pipeline import Pipeline
from service.gazetteer.resolve import Geocoder
from tests.golden.test_reporting_classes import Case, fields

CASES = [
    # what is not political violence yields nothing
    Case(
        "sport",
        "Les Aigles du Mali ont battu les Étalons trois buts à un ce vendredi en quart de finale du tournoi. "
        "Les joueurs ont neutralisé l'attaque adverse.",
    ),
    Case("illness", "Une crise cardiaque a causé la mort de trois personnes à Ouagadougou mardi, selon un médecin."),
    Case(
        "commemoration",
        "La cérémonie a commencé lundi à Thiaroye. Le 1er décembre 1944, au camp de Thiaroye, des tirailleurs avaient "
        "été massacrés.",
        published="2025-12-01",
    ),
    Case(
        "mine collapse", "Quatre orpailleurs sont morts mardi dans l'effondrement d'une mine d'or à Kéniéba, au Mali."
    ),
    Case(
        "security meeting",
        "Une réunion de sécurité s'est tenue lundi à Gao pour évoquer la recrudescence des attaques.",
    ),
    Case("negated", "L'armée malienne dément toute attaque : aucune attaque n'a eu lieu à Ménaka mardi."),
    # the night is dated by its evening; unnamed armed men attacking villagers is violence against civilians
    Case(
        "night of saturday to sunday",
        "Dans la nuit de samedi à dimanche, des hommes armés non identifiés ont attaqué le village de Kouna, dans le "
        "cercle de Mopti. Au moins douze civils ont été tués, selon des sources locales.",
        expect=[
            {
                "event_type": "Violence against civilians",
                "date": "2024-05-04",
                "place": "Kouna",
                "fatalities": 12,
                "actors": ["Civilians (Mali)", "Unidentified Armed Group (Mali)"],
            }
        ],
    ),
    # a French acronym names the same canonical group; two armed sides make a battle
    Case(
        "acronyms",
        "Mardi, le GSIM a attaqué une position des FAMa à Tombouctou. Une dizaine d'assaillants ont été neutralisés.",
        expect=[
            {
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "date": "2024-05-07",
                "country": "ML",
                "fatalities": 10,
                "actors": ["JNIM", "Military Forces of Mali"],
            }
        ],
    ),
    # a roadside bomb; the toll the army gives
    Case(
        "ied",
        "Hier, un engin explosif improvisé a tué trois soldats nigériens près de Tillabéri, a indiqué l'armée.",
        expect=[
            {
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Remote explosive/landmine/IED",
                "date": "2024-05-07",
                "country": "NE",
                "fatalities": 3,
            }
        ],
    ),
    # a drone strike by the state on a named place, dated by an explicit day
    Case(
        "drone strike",
        "Au Burkina Faso, une frappe de drone de l'armée a tué une vingtaine de civils le 2 mai à Djibo.",
        expect=[
            {
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
                "date": "2024-05-02",
                "place": "Djibo",
                "fatalities": 20,
            }
        ],
    ),
    # an abduction in which nobody is killed
    Case(
        "abduction",
        "Des hommes armés ont enlevé quatre enseignants lundi à Kaya, au Burkina Faso.",
        expect=[
            {
                "event_type": "Violence against civilians",
                "sub_event_type": "Abduction/forced disappearance",
                "date": "2024-05-06",
                "place": "Kaya",
            }
        ],
    ),
    # the army's communiqué: fighters « neutralisés » in an operation is an engagement
    Case(
        "neutralised",
        "L'armée malienne affirme avoir neutralisé une trentaine de terroristes lors d'une opération menée mardi "
        "près de Nara.",
        expect=[
            {
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "date": "2024-05-07",
                "country": "ML",
                "fatalities": 30,
                "actors": ["Military Forces of Mali", "Unidentified Armed Group (Mali)"],
            }
        ],
    ),
    # barricades and burning tyres make a riot; the police breaking it up are its second actor
    Case(
        "riot",
        "Des manifestants ont érigé des barricades et brûlé des pneus mardi à Kindia. La police a dispersé la foule à "
        "coups de gaz lacrymogène.",
        expect=[
            {
                "event_type": "Riots",
                "sub_event_type": "Violent demonstration",
                "place": "Kindia",
                "actors": ["Police Forces of Guinea", "Protesters (Guinea)"],
            }
        ],
    ),
    # a place named by what it is for: the camp's name, not "déplacés"
    Case(
        "displaced camp",
        "Des miliciens de la CODECO ont attaqué lundi le camp de déplacés de Plaine Savo, en Ituri, tuant douze "
        "civils.",
        expect=[{"place": "Plaine Savo", "country": "CD", "fatalities": 12, "date": "2024-05-06"}],
    ),
    # communities fighting: an armed clash even when no side is named
    Case(
        "communal clash",
        "Au Tchad, des affrontements intercommunautaires ont fait au moins 12 morts dimanche dans le village de "
        "Mandakao.",
        expect=[{"event_type": "Battles", "place": "Mandakao", "country": "TD", "fatalities": 12}],
    ),
    # two places, two events, the same night
    Case(
        "two villages",
        "Au Togo, des assaillants ont attaqué plusieurs villages dans la nuit de lundi à mardi. À Blamonga, dix "
        "habitants ont perdu la vie. Cinq autres ont été tués à Kpembol.",
        expect=[
            {"place": "Blamonga", "fatalities": 10, "date": "2024-05-06"},
            {"place": "Kpembol", "fatalities": 5, "date": "2024-05-06"},
        ],
    ),
    # a person named after the office, « le ministre de X, Prénom Nom », is not a second place
    Case(
        "office holder",
        "Le ministre de la Sécurité, Jean Ouédraogo, a annoncé mardi que des terroristes ont tué sept civils à Djibo.",
        expect=[{"place": "Djibo", "country": "BF", "fatalities": 7}],
    ),
    # the neighbours of a border place only locate it: « à la frontière avec le Niger et le Burkina Faso »
    Case(
        "border neighbours",
        "Mardi, des jihadistes ont attaqué une position de l'armée béninoise à Karimama, à la frontière avec le Niger "
        "et le Burkina Faso, tuant huit soldats.",
        expect=[
            {
                "place": "Karimama",
                "country": "BJ",
                "actors": ["Military Forces of Benin", "Unidentified Armed Group (Benin)"],
            }
        ],
    ),
    # a place named with its landmark or feature: « l'école de gendarmerie de X », « la presqu'île de X »
    Case(
        "landmark noun",
        "Au Mali, des hommes armés ont attaqué mardi l'école de gendarmerie de Kati, tuant trois élèves gendarmes.",
        expect=[{"place": "Kati", "country": "ML", "fatalities": 3}],
    ),
    Case(
        "feature noun",
        "Lundi, des jihadistes ont attaqué une position de l'armée dans la presqu'île de Bohoma, au Tchad.",
        expect=[{"place": "Bohoma", "country": "TD"}],
    ),
    # a march told by its verb: « des milliers de personnes ont défilé »
    Case(
        "marched",
        "Des milliers de personnes ont défilé samedi à Bamako pour soutenir la transition.",
        expect=[{"event_type": "Protests", "place": "Bamako", "date": "2024-05-04"}],
    ),
    # French names an event by its place: « l'attaque de X », « la tuerie de X »
    Case(
        "event named by its place",
        "Lundi, l'attaque de Sebba a coûté la vie à six gendarmes burkinabè, selon une source sécuritaire.",
        expect=[{"place": "Sebba", "country": "BF", "fatalities": 6, "date": "2024-05-06"}],
    ),
    # seventy to ninety-nine count by twenties: « quatre-vingt-douze » is 92
    Case(
        "numbers by twenties",
        "Au Tchad, quatre-vingt-douze soldats ont été tués lundi dans une attaque jihadiste près de Bol.",
        expect=[{"place": "Bol", "fatalities": 92}],
    ),
    # a town named with its department in parentheses: « X (Deux-Sèvres) »
    Case(
        "department in parentheses",
        "Samedi, de violents affrontements ont opposé des manifestants et des gendarmes autour du chantier de Melle "
        "(Deux-Sèvres).",
        expect=[{"event_type": "Riots", "place": "Melle"}],
    ),
    # where a march set out from is not where it went: « Partis du village de X, les manifestants ... à Y »
    Case(
        "march origin",
        "Partis du village de Ziniaré, des manifestants ont brûlé des pneus samedi à Ouagadougou.",
        expect=[{"event_type": "Riots", "place": "Ouagadougou"}],
    ),
    # a crowd that gathered (« se sont réunis ») is a protest where and when it gathered, not a meeting reported
    Case(
        "a crowd gathered (« des manifestants se sont réunis à X »)",
        "Ce lundi 6 mai, des manifestants se sont réunis à Niamey pour exiger le départ des troupes étrangères du "
        "Niger.",
        expect=[{"event_type": "Protests", "place": "Niamey", "date": "2024-05-06"}],
    ),
    # an embassy's state is not where the embassy stands: « les ambassades de France et de Belgique, à X »
    Case(
        "embassies",
        "Mardi, des manifestants ont brûlé des pneus devant les ambassades de France et de Belgique, à Ouagadougou.",
        expect=[{"event_type": "Riots", "place": "Ouagadougou", "country": "BF"}],
    ),
    # a street named for a day is a place, not a date: « le boulevard du 30 Juin »
    Case(
        "street named for a day",
        "Mardi, des manifestants ont brûlé des pneus sur le boulevard du 30 Juin, à Kinshasa.",
        expect=[{"place": "Kinshasa", "date": "2024-05-07"}],
    ),
    # the victims' ages set aside between them and their death: « quatre élèves, âgés de 10 à 14 ans, tués »
    Case(
        "ages aside",
        "Samedi, des hommes armés ont attaqué une école à Kumba. Bilan : quatre élèves, âgés de 10 à 14 ans, tués et "
        "six autres blessés.",
        expect=[{"place": "Kumba", "fatalities": 4}],
    ),
    # an institution's name is no town: « au Saint Paul Bilingual College, à Bamenda »
    Case(
        "institution name",
        "Samedi, des hommes armés ont tué trois élèves au Saint Paul Bilingual College, à Bamenda.",
        expect=[{"place": "Bamenda", "country": "CM", "fatalities": 3}],
    ),
    # an explosion told with no weapon where miners keep explosives is an accident, not a bomb
    Case(
        "mining explosion",
        "Mardi, une explosion s'est produite sur un site d'orpaillage près de Kampti, faisant douze morts parmi les "
        "orpailleurs.",
    ),
    # « quelques jours plus tôt »: an earlier deed some days before the news, whose dead are not the news's toll
    Case(
        "a few days before",
        "Samedi, des hommes armés ont tué onze civils à Kouna, au Mali. Selon un élu, les villageois avaient tué "
        "trois assaillants quelques jours plus tôt.",
        expect=[{"place": "Kouna", "date": "2024-05-04", "fatalities": 11}],
    ),
    # « selon un bilan communiqué dimanche »: the toll names who counted; the killing told is the event, with its day
    Case(
        "toll as source",
        "Le bilan s'alourdit. Au moins vingt personnes ont été tuées samedi à Kouna, au Mali, selon un bilan "
        "communiqué dimanche par le gouvernement. Les assaillants ont incendié des cases.",
        expect=[{"place": "Kouna", "date": "2024-05-04", "fatalities": 20}],
    ),
    # a suicide attack told as « attaque-suicide » or « s'est fait exploser »
    Case(
        "suicide attack",
        "Au Cameroun, une attaque-suicide a tué six déplacés dimanche à Mora.",
        expect=[{"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb", "place": "Mora"}],
    ),
    # a capitalised compound bearing framed as a region names it: « la région de l'Extrême-Nord » is in Cameroon
    Case(
        "region named by bearings",
        "Mardi, des hommes armés venus du Nigeria ont tué cinq civils à Ldaoutsaf, dans la région de l'Extrême-Nord.",
        expect=[{"place": "Ldaoutsaf", "country": "CM", "fatalities": 5}],
    ),
    # « grenades lacrymogènes »: the police's means against a crowd, which sets no bomb and adds no armed group
    Case(
        "tear gas grenades",
        "Jeudi, à Dakar, des manifestants ont incendié des bus. Les forces de l'ordre ont fait usage de grenades "
        "lacrymogènes.",
        expect=[
            {
                "event_type": "Riots",
                "place": "Dakar",
                "actors": ["Police Forces of Senegal", "Protesters (Senegal)"],
            }
        ],
    ),
    # a politician's or a party's crowd in clashes with the police: « des partisans de l'opposant X » riot
    Case(
        "partisans",
        "Jeudi, des heurts ont opposé les policiers à des partisans de l'opposant Jean Kaboré à Bobo-Dioulasso.",
        expect=[
            {
                "event_type": "Riots",
                "place": "Bobo-Dioulasso",
                "actors": ["Police Forces of Burkina Faso", "Protesters (Burkina Faso)"],
            }
        ],
    ),
    # a background word inside an apposition about someone (« l'opposant X, condamné le jour même à ... ») does not
    # take back the deed the clause tells
    Case(
        "background in an apposition",
        "Jeudi, des manifestants ont incendié des bus à Dakar pour soutenir l'opposant Amadou Sall, condamné le jour "
        "même à deux ans de prison.",
        expect=[{"event_type": "Riots", "place": "Dakar", "date": "2024-05-02"}],
    ),
    # the attackers' dead (« douze assaillants neutralisés ») are besides the soldier killed: the event's toll sums them
    Case(
        "attackers' dead besides",
        "Mardi, des jihadistes ont attaqué un poste de l'armée à Kouna, au Mali. Un soldat a été tué lors des combats. "
        "Selon l'armée, douze assaillants ont été « neutralisés ».",
        expect=[{"event_type": "Battles", "place": "Kouna", "fatalities": 13}],
    ),
    # who inquired is no party: « selon les conclusions d'une enquête de la MONUSCO »
    Case(
        "inquiry as source",
        "Selon les conclusions d'une enquête de la MONUSCO publiées mercredi, des rebelles du M23 ont tué vingt civils "
        "mardi à Kishishe.",
        expect=[
            {
                "event_type": "Violence against civilians",
                "actors": ["Civilians (Democratic Republic of Congo)", "M23"],
            }
        ],
    ),
    # « dans le centre de Lyon »: the heart of a town is the town
    Case(
        "town centre",
        "Samedi, des casseurs ont incendié des voitures dans le centre de Lyon.",
        expect=[{"event_type": "Riots", "place": "Lyon", "country": "FR"}],
    ),
    # unrest as French reporting tells it: « des échauffourées », « des incidents ont éclaté »
    Case(
        "scuffles",
        "Dimanche, des échauffourées ont opposé des jeunes aux policiers à Abidjan.",
        expect=[{"event_type": "Riots", "place": "Abidjan", "date": "2024-05-05"}],
    ),
    Case(
        "incidents broke out",
        "Dimanche, des incidents ont éclaté entre des jeunes et la police à Abidjan.",
        expect=[{"event_type": "Riots", "place": "Abidjan", "date": "2024-05-05"}],
    ),
    # a street is in the town, not a town: « sur le boulevard du Midi, à Bruxelles »
    Case(
        "street name",
        "Mardi, des manifestants ont brûlé des pneus sur le boulevard du Midi, à Bruxelles.",
        expect=[{"place": "Brussels", "country": "BE"}],
    ),
    # the side met (« la défaite face au Maroc ») is not where the story happened
    Case(
        "side met",
        "Après la défaite de leur équipe face au Maroc, des casseurs ont incendié des voitures samedi à Charleroi.",
        expect=[{"place": "Charleroi", "country": "BE"}],
    ),
    # territory taken back is an event of its own: « l'armée a repris le contrôle de X », who took it its subject
    Case(
        "retaken",
        "Jeudi, l'armée burkinabè a repris le contrôle de la commune de Partiaga.",
        expect=[{"sub_event_type": "Government regains territory", "place": "Partiaga", "date": "2024-05-02"}],
    ),
    Case(
        "retaken from its holders",
        "Jeudi, l'armée malienne a repris le contrôle de Léré, tombée aux mains des jihadistes la semaine dernière.",
        expect=[{"sub_event_type": "Government regains territory", "place": "Léré", "country": "ML"}],
    ),
    # a toll told place by place with the verb left out: « douze tués à A et cinq autres à B » is two events
    Case(
        "others at another place",
        "Samedi, des hommes armés ont attaqué deux villages du centre du Mali. Douze civils ont été tués à Kouna et "
        "cinq autres à Bankass.",
        expect=[{"place": "Kouna", "fatalities": 12}, {"place": "Bankass", "fatalities": 5}],
    ),
    # the accused's denial (« rejette ces accusations et évoque trois morts ») tells its version, not another event
    Case(
        "denial with a version",
        "Mardi, des rebelles ont tué quinze civils à Kiwanja, selon l'ONU. Le groupe, qui tient la région de "
        "Rutshuru, rejette ces accusations et évoque trois personnes tuées par des balles perdues à Rubare.",
        expect=[{"place": "Kiwanja", "fatalities": 15}],
    ),
    # « depuis le 1er mai » says where a span starts, not the day of the deed told
    Case(
        "since a day",
        "Des manifestants ont brûlé des pneus à Butembo, où la contestation dure depuis le 1er mai.",
        expect=[{"place": "Butembo", "date": "2024-05-08"}],
    ),
    # a country named only as the side met does not name the crowd's or the police's country either
    Case(
        "side met, actors",
        "Après la défaite de leur équipe face au Maroc, des casseurs ont incendié des voitures et affronté les "
        "policiers samedi à Charleroi.",
        expect=[{"place": "Charleroi", "actors": ["Police Forces of Belgium", "Rioters (Belgium)"]}],
    ),
    # the forces of a strike from afar are a side: the army that led a drone strike, the soldiers a mine killed
    Case(
        "drone strike by the army",
        "Au Mali, huit civils ont péri samedi lors d'une frappe de drone menée par l'armée malienne à Djenné.",
        expect=[{"place": "Djenné", "actors": ["Civilians (Mali)", "Military Forces of Mali"]}],
    ),
    Case(
        "soldiers killed by a mine",
        "Mardi, trois soldats nigériens ont péri dans l'explosion d'une mine près de Tillabéri.",
        expect=[{"fatalities": 3, "actors": ["Military Forces of Niger", "Unidentified Armed Group (Niger)"]}],
    ),
    # the sides of the deed an event answers (« en représailles à des affrontements avec les FARDC ») are not its own
    Case(
        "reprisal",
        "Mardi, des miliciens de la CODECO ont tué neuf civils à Djugu, en représailles à des affrontements avec les "
        "FARDC.",
        expect=[
            {
                "event_type": "Violence against civilians",
                "actors": ["CODECO", "Civilians (Democratic Republic of Congo)"],
            }
        ],
    ),
    # the deed told at one more place: « des morts ont aussi été signalés à X » is the event there too
    Case(
        "the dead counted by kind between commas (« seize personnes, quatorze civils et deux soldats, ont été tuées »)",
        "Seize personnes, quatorze civils et deux soldats, ont été tuées dimanche lorsque des hommes armés ont ouvert "
        "le feu sur un marché de Kaya.",
        published="2024-05-08",
        expect=[{"place": "Kaya", "fatalities": 16, "date": "2024-05-05"}],
    ),
    Case(
        "a resort town (« la station balnéaire de X ») is a place, a town kilometres away only locates it",
        "ABIDJAN — Des hommes armés ont ouvert le feu dimanche sur des plages de la station balnéaire d'Assinie, à "
        "une centaine de kilomètres d'Abidjan, tuant trois personnes.",
        published="2024-05-08",
        expect=[{"place": "Assinie-Mafia", "date": "2024-05-05"}],
    ),
    Case(
        "an active killing (« une frappe a tué dimanche une vingtaine de civils ») counts its object, not its subject",
        "BAMAKO — Des habitants affirment qu'une frappe aérienne a tué dimanche après-midi une vingtaine de civils "
        "réunis pour un mariage près du village de Bounti, dans le centre du Mali.",
        published="2021-01-05",
        expect=[{"fatalities": 20, "date": "2021-01-03"}],
    ),
    Case(
        "the claim's day is not the deed's (« a revendiqué jeudi l'attaque ... tués mardi soir »)",
        "NIAMEY — Le groupe État islamique a revendiqué jeudi l'attaque du camp militaire de Chinégodar, dans l'ouest "
        "du Niger, au cours de laquelle 89 soldats nigériens ont été tués mardi soir. « Un nombre important de "
        "terroristes a été neutralisé », a assuré l'armée. Le Mali voisin a lui aussi payé un lourd tribut.",
        published="2020-01-10",
        expect=[{"date": "2020-01-07", "fatalities": 89, "country": "NE"}],
    ),
    Case(
        "« un massacre » is no count, « neuf des enfants tués » a part of the dead",
        "Au moins 22 civils, dont quatorze enfants, ont été tués vendredi dans le village de Ngarbuh, dans la région "
        "du Nord-Ouest du Cameroun, un massacre que l'opposition attribue à l'armée. Neuf des enfants tués avaient "
        "moins de cinq ans.",
        published="2020-02-17",
        expect=[{"fatalities": 22, "date": "2020-02-14"}],
    ),
    Case(
        "also at another place",
        "Jeudi, à Dakar, la police a tiré à balles réelles sur des manifestants. Des morts ont aussi été signalés à "
        "Ziguinchor.",
        expect=[
            {"event_type": "Protests", "place": "Dakar", "date": "2024-05-02"},
            {"event_type": "Protests", "place": "Ziguinchor", "date": "2024-05-02"},
        ],
    ),
    Case(
        "a town the event is measured from (« à une vingtaine de kilomètres de X ») is its place",
        "Des hommes armés ont enlevé lundi cinq cultivateurs dans un hameau situé à une vingtaine de kilomètres de "
        "Dori, selon des sources locales.",
        expect=[{"place": "Dori", "country": "BF"}],
    ),
    Case(
        "an arrest told as the news (« ont interpellé sept individus ») is an event of its own",
        "Les forces de défense et de sécurité ont interpellé samedi à Kandi, dans le nord du Bénin, sept individus "
        "soupçonnés de ravitailler des groupes armés, selon une source sécuritaire.",
        published="2025-03-03",
        expect=[
            {
                "event_type": "Strategic developments",
                "sub_event_type": "Arrests",
                "place": "Kandi",
                "date": "2025-03-01",
            }
        ],
    ),
    Case(
        "« le bilan s'est alourdi » : le décompte qui a remplacé le premier est le bilan",
        "Un premier bilan faisait état de sept morts après l'attaque menée mardi par des hommes armés contre le marché "
        "de Djibo. Jeudi, le bilan s'est alourdi à 23 morts, selon une source sécuritaire.",
        published="2024-05-09",
        expect=[{"place": "Djibo", "fatalities": 23}],
    ),
    Case(
        "une personne nommée après une ville (« à Korhogo Christian Kouassi ») et les sigles d'unités ne sont pas des "
        "lieux",
        "Policiers et gendarmes ont interpellé mercredi à l’aube à Korhogo Christian Kouassi, le chef de la CCAT, "
        "avec l'appui d'unités du GIGN et du RAID, a annoncé le parquet.",
        published="2024-05-09",
        expect=[{"sub_event_type": "Arrests", "place": "Korhogo"}],
    ),
    Case(
        "un ministre nommé entre deux virgules (« le ministre de l'Intérieur, Jean Koffi, arrivé à Bouaké ») n'est "
        "pas un lieu",
        "Des militaires ont tué neuf manifestants mercredi à Bouaké, a reconnu le ministre de l'Intérieur, Jean "
        "Koffi, arrivé sur place jeudi.",
        published="2024-05-09",
        expect=[{"place": "Bouaké", "fatalities": 9}],
    ),
    Case(
        "« la population de Kuru » : qui habite un lieu le nomme",
        "Vingt civils ont été tués mardi lors d'une attaque menée par des terroristes contre la population de Djibo, "
        "dans la province du Soum, selon l'état-major.",
        published="2024-05-09",
        expect=[{"place": "Djibo", "fatalities": 20}],
    ),
    Case(
        "« sur l'axe Kuru–Dala » : une route nommée par les villes qu'elle relie est placée à la première",
        "Au moins douze passagers ont été tués vendredi par des hommes armés sur l’axe Douentza–Boni, dans la région "
        "de Mopti.",
        published="2024-05-12",
        expect=[{"place": "Douentza", "fatalities": 12}],
    ),
    Case(
        "« deux jours après leur enlèvement » ne date pas l'enlèvement ; « intercepté par des hommes armés » est une "
        "attaque, et le journal à qui une source l'a confirmé n'est pas un lieu",
        "Dix travailleurs humanitaires sont toujours entre les mains de leurs ravisseurs, deux jours après leur "
        "enlèvement à Djibo. Le groupe revenait samedi d'une mission lorsque son véhicule a été intercepté par des "
        "hommes armés, a confirmé au Sahélien une source sécuritaire. Le 11 avril dernier, des hommes armés avaient "
        "enlevé six personnes à Arbinda.",
        published="2024-05-13",
        expect=[{"place": "Djibo", "date": "2024-05-11"}, {"place": "Aribinda", "date": "2024-04-11"}],
    ),
    Case(
        "un nom à trait d'union d'un seul mot (« contre Pont-Kuru »), un bilan en centaines écrit en lettres, et "
        "« le décompte se poursuit » qui ne fait pas de l'attaque un fait ancien",
        "Quatre jours après l'attaque d'hommes armés contre Gorom-Gorom, le décompte macabre se poursuit. Cent quinze "
        "personnes ont perdu la vie, selon le dernier bilan communiqué dimanche.",
        published="2024-05-13",
        expect=[{"place": "Gorom-Gorom", "fatalities": 115}],
    ),
    Case(
        "« localité frontalière du Burkina Faso » : le pays voisin ne fait que situer le lieu",
        "Deux soldats béninois ont été tués jeudi lors de l'attaque, par des hommes armés, d'un poste de l'armée à "
        "Tanougou, localité du nord-ouest du Bénin frontalière du Burkina Faso.",
        published="2024-05-10",
        expect=[{"country": "BJ", "fatalities": 2}],
    ),
    Case(
        "« fait état d'un bilan provisoire de vingt-huit morts » : « un » est un article ; « un militaire a "
        "également perdu la vie » s'ajoute aux morts ; des hommes armés qui « font irruption » attaquent",
        "Samedi soir, des éléments de Boko Haram ont fait irruption à Bosso, dans la région de Diffa au Niger. Le "
        "ministre de l'Intérieur fait état "
        "d'un bilan provisoire de vingt-huit morts parmi les civils. Un militaire a également perdu la vie.",
        published="2024-05-13",
        expect=[{"place": "Bosso", "fatalities": 29}],
    ),
    Case(
        "« un an jour pour jour après l'attaque » commémore ; « ce soir-là » est le jour que le texte a nommé en "
        "dernier, ici celui de l'attaque d'il y a un an",
        "Un an jour pour jour après l'attaque qui avait endeuillé la ville, Kuru a rendu hommage dimanche aux "
        "victimes du 12 mai 2023. Ce soir-là, des hommes armés avaient ouvert le feu sur les clients d'un café du "
        "centre avant de se retrancher dans un hôtel voisin. L'attaque avait fait 30 morts.",
        published="2024-05-13",
    ),
    Case(
        "une foule « rassemblée pour réclamer » manifeste ; « l'enquête sur l'explosion au port ... le 4 août 2020 » "
        "parle d'un événement d'avant, qui ne date ni ne type la manifestation",
        "Jeudi matin, des centaines de partisans s'étaient rassemblés devant le Palais de justice, à Dakar, pour "
        "réclamer le départ du juge chargé de l'enquête sur l'explosion au port de Dakar le 4 août 2020.",
        published="2024-05-10",
        expect=[{"event_type": "Protests", "place": "Dakar", "date": "2024-05-09"}],
    ),
    Case(
        "« soixante-dix ont péri à A et trente à B » : chaque village a ses morts, deux lieux de la liste",
        "Des hommes armés ont attaqué samedi deux villages de la région de Tillabéri. Soixante-dix personnes ont "
        "péri à Ayorou et trente à Firgoune, selon le gouverneur.",
        published="2024-05-13",
        expect=[{"place": "Ayorou", "date": "2024-05-11"}, {"place": "Firgoune", "date": "2024-05-11"}],
    ),
    Case(
        "où des rescapés ont « trouvé refuge » n'est pas où ils ont été attaqués",
        "Des hommes armés ont tué vendredi 30 personnes à Kuruwa, dans la province du Séno, au Burkina Faso. D'après "
        "des rescapés ayant trouvé refuge à Dori, les assaillants ont tiré sur les habitants et incendié le marché.",
        published="2024-05-14",
        expect=[{"place": "Kuruwa", "fatalities": 30}],
    ),
    Case(
        "« a revu à la hausse, ce mardi, le bilan » : le jour où le bilan a été revu ne date pas l'attaque",
        "Le gouvernement a revu à la hausse, ce mardi, le bilan de l'attaque perpétrée par des hommes armés dans la "
        "nuit de samedi à dimanche à Kuruwa, dans la province du Séno, au Burkina Faso : 79 corps ont été retrouvés.",
        published="2024-05-14",
        expect=[{"place": "Kuruwa", "date": "2024-05-11"}],
    ),
    Case(
        "« dans son communiqué du 9 mai » date le communiqué ; les « Casques bleus » ne sont pas un lieu ; la "
        "MINUSCA est une force de l'ONU que le dictionnaire connaît",
        "Le convoi de la MINUSCA a été pris en embuscade par des hommes armés près du village de Kuruwa, dans la "
        "préfecture du Mbomou, en Centrafrique, dans la soirée du 8 mai. Dans son communiqué du 9 mai, la Mission "
        "faisait état d'un Casque bleu tué. Les corps de trois autres Casques bleus ont été retrouvés mercredi.",
        published="2024-05-10",
        expect=[{"event_type": "Battles", "place": "Kuruwa", "date": "2024-05-08"}],
    ),
    Case(
        "« ce vendredi, au lendemain d'une journée de manifestations » : les manifestations sont de la veille ; des "
        "rassemblements « interdits » n'ont pas eu lieu pour autant",
        "Kuruwa s'est réveillée ce vendredi dans une atmosphère pesante, au lendemain d'une journée de manifestations "
        "réprimées dans le sang au Tchad. Les autorités avaient interdit les rassemblements la veille. Dans la ville, "
        "la police a tiré à balles réelles sur les manifestants, faisant douze morts.",
        published="2024-05-10",
        expect=[{"sub_event_type": "Excessive force against protesters", "date": "2024-05-09", "fatalities": 12}],
    ),
    Case(
        "« une frappe attribuée à Israël » : le pays à qui on l'attribue n'est pas où elle a frappé",
        "Un responsable du mouvement a été tué mardi soir dans une frappe de drone attribuée à Israël contre un bureau "
        "dans la banlieue sud de Beyrouth. La frappe a touché un immeuble du quartier de Kuruwa, faisant sept morts. "
        "Le Premier ministre libanais a dénoncé un crime destiné à entraîner le Liban dans la guerre.",
        published="2024-01-03",
        expect=[{"sub_event_type": "Air/drone strike", "place": "Kuruwa", "country": "LB"}],
    ),
    Case(
        "« depuis le début, le 8 octobre, des échanges de tirs » : le cours d'un conflit, pas un événement",
        "Un responsable du mouvement a été tué mardi soir dans une frappe de drone attribuée à Israël contre un "
        "immeuble du quartier de Kuruwa, dans la banlieue sud de Beyrouth, au Liban. C'est la première fois que la "
        "banlieue sud est visée depuis le début, le 8 octobre, des échanges de tirs entre le Hezbollah et l'armée "
        "israélienne.",
        published="2024-01-03",
        expect=[{"sub_event_type": "Air/drone strike", "country": "LB", "date": "2024-01-02"}],
    ),
]


@pytest.fixture(scope="module")
def pipeline(seeded_pool: asyncpg.Pool) -> Pipeline:
    return Pipeline.load(Geocoder(seeded_pool), pack=french())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_french_reporting_class(pipeline: Pipeline, case: Case) -> None:
    published = dt.date.fromisoformat(case.published) if case.published else None
    found = [fields(i) for i in await pipeline.extract(ArticleText(text=case.text, published=published))]
    assert len(found) == len(case.expect), found
    for got, wanted in zip(found, case.expect, strict=True):
        assert {k: got[k] for k in wanted} == wanted, got


async def test_evidence_is_quoted_in_french(pipeline: Pipeline) -> None:
    text = "Mardi, des terroristes ont tué sept civils à Djibo, selon des sources locales."
    (incident,) = await pipeline.extract(ArticleText(text=text, published=dt.date(2024, 5, 8)))
    assert {e.field: e.quote for e in incident.evidence}["event"] == text
    assert all(text[e.start : e.end] == e.quote for e in incident.evidence)
