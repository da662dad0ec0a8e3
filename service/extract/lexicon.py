"""Words the extraction stages recognise. Kept apart from the stages so the vocabulary can grow without
touching the logic. Everything here is lower-case and matched against lemmas or folded text."""

from __future__ import annotations

import re

from service.taxonomy import EVENT_TYPES

# Violent-event triggers by family, matched on token lemmas.
ATTACK_LEMMAS = frozenset(
    {
        "attack", "assault", "ambush", "raid", "storm", "invade", "shoot", "massacre", "slaughter",
        "behead", "execute", "kill", "martyr", "murder", "clash", "fight", "battle", "repel", "target",
        "overrun", "overpower", "onslaught", "gunfire", "firefight", "detonate", "bomb",
        "neutralise", "neutralize", "incursion", "siege", "besiege", "duel", "confront", "ransack",
        "burn", "torch", "loot", "plunder", "killing", "bombing", "gunfight", "gunbattle", "shootout", "skirmish",
        "assassinate", "assassination",
    }
)  # fmt: skip
# Words that describe a death, or name an event already reported ("the fighting took place on Monday night in
# Ali Abad"), without by themselves announcing a new one: they add a date, a place or a toll to the event.
DEATH_LEMMAS = frozenset(
    {"dead", "die", "death", "body", "toll", "casualty", "life", "corpse", "fighting", "blast", "explosion", "fatality",
     "incident", "violence", "combat"}
)  # fmt: skip
# Of those, the nouns that name the event itself: their date is the event's date.
EVENT_NOUNS = frozenset({"fighting", "blast", "explosion", "incident", "violence", "combat"})
# nouns of a deed that, as a clause's subject with "the", name the deed already told: "The strike hit the bus"
DEED_NOUNS = frozenset({"strike", "airstrike", "attack", "bombing", "raid", "ambush", "assault"})
# Common verbs that report an attack only with an armed subject or a place as object: "bandits hit Suwa", "ADF
# rebels struck Ndimo village", "gunmen swept through Wurma"; never "hit by floods" or "the strike hit exports".
GUARDED_ATTACK_LEMMAS = frozenset({"hit", "strike", "enter", "sweep", "burst", "invade", "overrun", "descend"})
# Verbs that report an abduction when people are what is taken: "four students were seized", "took 15 women".
TAKING_LEMMAS = frozenset({"seize", "take", "carry", "snatch", "grab", "whisk", "cart"})
ABDUCTION_LEMMAS = frozenset({"abduct", "kidnap", "kidnapp", "abduction", "kidnapping"})
PROTEST_LEMMAS = frozenset(
    {"protest", "demonstrate", "demonstration", "rally", "march", "protester", "sit-in", "demonstrator", "marcher"}
)
RIOT_LEMMAS = frozenset(
    {"riot", "rioter", "mob", "lynch", "pelt", "vandalise", "vandalize", "unrest", "rioting", "arson", "lynching"}
)
# Names of a whole conflict: what one of them "has killed" is its toll so far, not an event's.
CONFLICT_NOUNS = frozenset({"crisis", "conflict", "insurgency", "war", "rebellion", "civil war", "violence", "fighting",
                            "unrest", "uprising", "campaign"})  # fmt: skip
# What a clause takes a stand on ("to end revenge attacks", "marched to reject the killing of guards", "a protest
# against the killing of a teenager"): the subject of a protest or a deal, not an event it reports.
STANCE_LEMMAS = frozenset({"end", "stop", "halt", "prevent", "curb", "resolve", "denounce", "condemn", "reject",
                           "protest", "mourn", "decry", "demand", "investigate", "probe", "against", "over",
                           "commemorate", "mark"})  # fmt: skip
# An event still to come: "a planned march", "the proposed strike".
PLANNED_WORDS = frozenset({"planned", "proposed", "upcoming", "scheduled", "threatened", "expected", "intended",
                           "possible", "potential", "future"})  # fmt: skip
# Verbs whose object is violence in general, not an event: "fuelling the unrest", "stoked violence".
FUELLING_LEMMAS = frozenset({"fuel", "stoke", "fan", "inflame", "exploit", "feed", "exacerbate", "worsen"})
# what a place or a people has long suffered: "a state plagued by cattle rustling and kidnapping for ransom", "a
# region wracked by jihadist attacks" describe its condition, not an event of the news
CHRONIC_LEMMAS = frozenset({"plague", "wrack", "rack", "beset", "bedevil", "blight", "dog", "riddle", "scar", "rive",
                            "torment", "grip", "ravage", "haunt", "mire"})  # fmt: skip
# A crowd's own deeds: a clause that tells them is a riot, whatever else it tells ("a mob beat a man to death").
CROWD_DEED_LEMMAS = frozenset({"riot", "rioter", "mob", "lynch", "pelt", "rioting", "lynching", "stone", "throw",
                               "hurl", "vandalise", "vandalize"})  # fmt: skip
# Protests told without a protest word: "gathered outside the governorate demanding pensions", "blocked the
# highway, demanding unpaid wages", "staged a sit-in", "formed a human chain", "took to the streets".
PROTEST_PHRASES = re.compile(
    r"\bsit-? ?ins?\b|\bhuman chains?\b|\bhunger strikes?\b|\btook to the streets\b|\btaking to the streets\b"
    r"|\b(?:gathered|assembled|converged|rallied|marched|blocked|barricaded|picketed|occupied) [^.;]{0,120}?"
    r"\b(?:demanding|to demand|calling for|to call for|denouncing|to denounce|in protest|to protest|chanting)\b"
    # "walked through the town centre waving placards": a crowd told by what it carries
    r"|\b(?:walked|marched|paraded|gathered|assembled|stood|rallied|converged|filled|lined)\b[^.;]{0,80}?"
    r"\b(?:waving|carrying|holding|brandishing) (?:[\w-]+ ){0,2}?(?:placards|banners|protest signs)\b",
    re.I,
)
ARREST_LEMMAS = frozenset({"arrest", "detain", "detention"})
# "Fire" is a trigger only where it means shooting or arson, never in "fire brigade" or "fired the hosts into
# the lead": "opened fire", "fired on", "fired shots", "exchange of fire", "set fire to", "came under attack".
FIRE_PHRASES = re.compile(
    r"\b(open(?:ed|s|ing)? fire|fir(?:ed|ing) (?:on|at|upon|into|guns|shots|bullets|rockets|mortars|missiles|"
    r"live (?:rounds|ammunition))|came under (?:heavy )?(?:fire|attack)|exchang(?:e|ed|ing) (?:of )?"
    r"(?:heavy )?(?:gun)?fire|set(?:s|ting)? (?:[\w'-]+ ){0,3}?(?:on fire|ablaze|alight)|set(?:s|ting)? fire to"
    r"|sprayed (?:\w+ )?with bullets"
    # a vehicle driven at people: "a van plowed into crowds", "mowing down tourists"
    r"|(?:plow|plough|drove|drive|driving|ploughed|plowed|ploughing|plowing|rammed|ramming|slammed|crashed|careered)"
    r" into (?:a |the )?(?:crowds?|pedestrians|people|shoppers|tourists|worshippers|passers-by)"
    r"|mow(?:ed|ing|s)? down (?:[\w-]+ ){0,2}?(?:people|pedestrians|tourists|locals|shoppers|crowds?|passers-by))\b",
    re.I,
)
# Crowd control: force used on a crowd that is not by itself an attack ("fired tear gas", "water cannon").
CROWD_CONTROL = re.compile(
    r"\b(?:fir(?:ed|ing|es)|shot|lobbed|used|using|with) (?:[\w'-]+ ){0,2}?(?:tear ?gas|rubber bullets|water cannons?"
    r"|stun grenades|sound grenades|batons)\b|\bdispers(?:ed|ing) (?:the |them|the crowd|the protesters)"
    r"|\bpushed back (?:the )?(?:protesters|demonstrators|marchers|crowd)\b|\bbaton[- ]charg(?:ed|ing)\b",
    re.I,
)
# Crowds throwing things: "pelting the police with stones", "hurled rocks at", "stoned paramedics" (not "stoned to
# death", an execution).
THROWING_PHRASES = re.compile(
    r"\b(?:pelt(?:s|ed|ing)? (?:[\w'-]+ ){0,3}?with (?:stones|rocks|bricks|bottles|projectiles)"
    r"|(?:threw|throw|throwing|hurled|hurling|hurl) (?:[\w'-]+ ){0,2}?(?:stones|rocks|bricks|bottles|projectiles"
    r"|petrol bombs|molotov cocktails|firebombs)|stone[- ]pelting|stone[- ]throwing|ston(?:ed|ing) (?!to death)\w+"
    # "barricaded the highway with burning tyres and engaged police in running battles"
    r"|(?:barricad|block)\w* (?:[\w'-]+ ){0,6}?with burning (?:tyres|tires)|running battles with (?:the )?police"
    r"|engag\w+ (?:the )?police in running battles"
    # "protesters broke through the main gate", "a mob forced its way into the residence": a crowd's force
    r"|(?:broke|break|breaking|smashed|smashing) (?:through|down) (?:the |a )?(?:[\w-]+ ){0,2}?(?:gates?|doors?"
    r"|barricades?|fences?|cordons?|walls?)|forc(?:ed|ing) (?:its|their) way into)\b",
    re.I,
)

REMOTE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(drone|air|aerial) ?strikes?\b|\bairstrikes?\b"
                r"|\bhammered by (?:\w+ )?(?:aircraft|jets|warplanes)\b|\bdrones? (?:fired|struck|attack)"
                r"|\bunmanned aircraft\b"
                r"|\b(?:aircraft|warplanes?|jets?|fighter jets?|planes?|helicopters?|gunships?|drones?|UAVs?) "
                # "fighter jets had also hit", "warplanes then struck"
                r"(?:(?:had|have|has|also|reportedly|then|later|again) ){0,2}"
                r"(?:struck|bombed|hit|"
                r"attacked|fired|targeted|pounded)\b|\bbombing raids?\b"
                r"|\bwarplanes?\b|\bair raids?\b|\bbombard(?:ed|ment)? from the air\b"
                r"|\b(?:launched|sent|flew|fired) (?:a |an |\w+ )?(?:swarm of |wave of )?(?:kamikaze |attack |armed )?"
                r"(?:drones?|UAVs?)\b"
                r"|\b(?:struck|hit|bombed|targeted|pounded|attacked) by (?:\w+ ){0,3}(?:jets?|warplanes?|aircraft"
                r"|drones?|helicopters?|gunships?)\b|\baerial (?:attacks?|bombardments?|bombings?)\b"
                # "aircraft dropped munitions on", "drones loaded with explosives detonated near"
                r"|\b(?:aircraft|warplanes?|jets?|planes?|helicopters?|drones?)\b(?: (?!and\b|or\b)[\w-]+){0,4}? "
                r"(?:dropped|dropping|detonated|exploded|crashed into|slammed into)\b"
                r"|\b(?:dropped|dropping) (?:\w+ ){0,2}?(?:bombs|barrel bombs|munitions|explosives|ordnance)\b"
                # bombs only aircraft drop: "Russian glide bombs slammed into the city centre"
                r"|\b(?:glide|guided aerial|aerial|barrel) bombs?\b", re.I),
     "Air/drone strike"),
    (
        re.compile(r"\bsuicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|car bomb|blasts?|explosions?)\b"
                   # "rammed an explosives-laden vehicle into the post": its driver died with it
                   r"|\b(?:rammed|drove|crashed|slammed|rams|drives) (?:an? |his |their |the )?explosives?-"
                   r"(?:laden|packed|filled|rigged|loaded) (?:car|truck|lorry|vehicle|van|minibus|bus|motorcycle"
                   r"|motorbike|tanker)s?\b",
                   re.I),
        "Suicide bomb",
    ),
    # a bomber who dies with the bomb makes the blast told beside it a suicide bombing ("twin blasts ..., two members
    # detonated explosive belts")
    (re.compile(r"\bblew (?:himself|herself|themselves) up\b|\bset off (?:his|her|their) (?:device|explosives?|vest)"
                # ("wearing fake explosive belts": a bluff, no bomb)
                r"|(?<!fake )(?<!dummy )(?<!hoax )(?<!imitation )\bexplosive (?:vest|belt)s?\b", re.I), "Suicide bomb"),
    (re.compile(r"\bbombs? (?:had |has |have )?(?:been )?(?:went off|go(?:es)? off|exploded|detonated|placed|planted)\b"
                r"|\b(?:roadside bomb|improvised explosive|ied|landmine|land mine"
                # "an anti-tank mine", "their vehicle hit a mine" (not "a gold mine")
                r"|anti-?(?:tank|personnel) mine|(?:hit|struck|stepped on|drove over|ran over) an? (?:[\w-]+ )?mine"
                r"|(?:car|truck|lorry|motorcycle|vehicle)[- ]bomb|explosive device"
                r"|bomb (?:blast|explosion)|planted (?:a )?bomb|bombing|blast)s?\b"
                # "a bomb ripped through a church": the press's verb for a bomb that went off
                r"|\bbombs? (?:ripped|tore|rips|tears) (?:through|apart)\b", re.I),
     "Remote explosive/landmine/IED"),
    (re.compile(r"\b(?:shell(?:ed|ing)|artillery|mortars?|(?:missiles?|rockets?)(?: (?!and\b|or\b)[\w-]+){0,4}? "
                r"(?:hit|struck|strikes?|slammed into|landed (?:on|in)|attacks?)|rocket "
                r"(?:attack|fire)s?|(?:launched|fired) (?:a |an |\w+ )?(?:barrage of )?(?:\w+ )?(?:missiles?|rockets?"
                r"|mortars?(?: rounds| shells)?|artillery shells?))\b"
                # "struck the station with an Iskander missile"
                r"|\b(?:struck|hit|attacked|targeted|bombarded|pounded) [^.;]{1,100}?\bwith (?:a |an |two |three "
                r"|several |\w+ )?(?:[\w-]+ ){0,2}?(?:missiles?|rockets?)\b(?!-)", re.I),
     "Shelling/artillery/missile attack"),
    (re.compile(r"\b(?:threw|hurled|lobbed|tossed) (?:a |an )?(?:hand )?grenades?\b|\bgrenade attacks?\b"
                r"|\bgrenades? (?:was |were )?(?:thrown|hurled|lobbed|tossed|exploded|went off)\b", re.I), "Grenade"),
    # "a truck packed with explosives blew up": a vehicle bomb, however the press puts it (a bomber who blew himself
    # up with it, told in the same clause, makes it a suicide bomb)
    (re.compile(r"\b(?:car|truck|lorry|vehicle|van|minibus|bus|motorcycle|motorbike|tanker)s? (?:packed|laden|loaded"
                r"|filled|rigged|stuffed|full) with (?:[\w-]+ ){0,2}?explosives?\b"
                r"|\bexplosives?-(?:laden|packed|filled|rigged|loaded) (?:car|truck|lorry|vehicle|van|minibus|bus"
                r"|motorcycle|motorbike|tanker)s?\b", re.I),
     "Remote explosive/landmine/IED"),
)  # fmt: skip

# A trigger in a sentence with one of these cues describes background, not a reported event.
BACKGROUND = re.compile(
    r"\bsince (?:(?:late|early|mid|the end of|the start of|[a-z]+\.?) )?(?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:19|20)\d\d\b"
    # "tensions had been building since April 22, when gunmen shot dead 26 people": where the span began
    r"|\bsince (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b"
    # "had killed at least 40 civilians since January", "earlier this year, jihadists killed 50 soldiers"
    r"|\bsince (?:january|february|march|april|june|july|august|september|october|november|december)\b"
    r"|\b(?:earlier|so far|since the start of|since the beginning of) this year\b"
    r"|\bin recent (?:weeks|months|years)\b|\bover the (?:past|last) (?:few )?"
    r"(?:weeks|months|years|decade)\b|\bnumerous (?:[\w-]+ )?(?:attacks|raids|incidents|occasions|times|clashes"
    r"|killings|abductions|kidnappings|ambushes|operations|strikes|massacres)\b"
    # "has been fighting it for decades in Sulu": a span, bare or counted
    r"|\bfor (?:more than |over |nearly )?(?:(?:a|two|three|several|many|\d+) )?"
    r"(?:decades?|years)\b|\b(?:conflict|insurgency|war|violence) ha(?:s|ve) (?:reportedly )?(?:left|killed|"
    r"claimed|displaced)\b|\bwarn(?:s|ed|ing|ings)?\b|\bthreats?\b|\bin (?:19|20)\d\d\b|\blast year\b|\byears? ago\b"
    r"|\b(?:the|over|of|since|after) (?:(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december) )?(?:19|20)\d\d (?:[\w-]+ ){0,2}?(?:war|conflict|uprising|revolution|genocide|massacres?"
    r"|coup|crisis|insurgency|riots|unrest|attacks?|abductions?|kidnappings?|bombings?|killings?|raids?|ambush"
    r"|shootings?)\b"
    # "to mark the 36th anniversary of", "marks 36 years since": a commemoration, not the event
    r"|\banniversary\b|\b(?:\d+|\w+) years (?:since|after)\b"
    r"|\b[\w]+-long (?:insurgency|conflict|war|campaign|crisis|violence|rebellion|uprising)\b"
    r"|\bha(?:s|ve) long\b"
    r"|\bsince then\b|\bsince (?:the )?(?:[\w-]+ ){1,4}?(?:began|started|erupted|broke out|flared)\b"
    r"|\bsince the (?:start|beginning|outbreak) of\b"
    r"|\b(?:before|prior to) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b"
    r"|\bso far this year\b|\bthis year alone\b|\bintensified\b|\bescalated\b|\bramped up\b"
    # "which began in the late 1980s", "abducted by the rebels as a boy": a decade, a life told
    r"|\b(?:19|20)\d0s\b|\bas an? (?:boy|girl|child|teenager)\b"
    r"|\bhistory\b|\bstepped up\b|\bincreasingly\b|\buptick\b|\b(?:have|has) \w+ (?:many|several|numerous|dozens of)\b",
    re.I,
)
# A run of events told as one ("a string of mortar attacks on the capital"): their kind, not an event.
SERIES = re.compile(
    r"\b(?:a|the|another) (?:string|series|spate|wave|litany|run) of (?:[\w-]+ ){0,2}?(?:attacks|raids|strikes"
    r"|bombings|killings|abductions|kidnappings|assaults|incidents|massacres|ambushes)\b"
    # "battered by years of airstrikes", "hospitals that survived the bombing campaigns": a span, told as a whole
    r"|\b(?:years|decades|months) of (?:[\w-]+ ){0,2}?(?:air ?strikes|shelling|bombardments?|bombings?|fighting|war"
    r"|violence|conflict|attacks|strikes|raids)\b(?: and (?:[\w-]+ ){0,2}?[\w-]+)?"
    r"|\b(?:bombing|air|military|shelling) campaigns?\b",
    re.I,
)
# Discourse markers that start an unrelated event ("In other violence, ...").
NEW_EVENT_CUES = re.compile(r"^\s*(?:elsewhere|in other (?:violence|news|incidents?|attacks?)|in (?:a )?separate "
                            r"(?:incidents?|attacks?)|in another (?:incident|attack)|separately)\b"
                            # "Two hours later, a second car bomb exploded in Dala": one more event, told apart
                            r"|^[^.;]{0,40}?\ba (?:second|third|fourth) (?:[\w-]+ ){0,2}?(?:bombs?|blasts?|explosions?"
                            r"|attacks?|bombers?|strikes?|raids?|ambush)\b", re.I)  # fmt: skip
# Deaths these cause are disasters and accidents, not political violence ("the quake killed 230").
HAZARD_LEMMAS = frozenset(
    {"quake", "earthquake", "tremor", "flood", "flooding", "landslide", "mudslide", "storm", "cyclone", "hurricane",
     "typhoon", "tornado", "lightning", "drought", "famine", "heatwave", "blaze", "inferno", "wildfire", "accident",
     "crash", "collision", "collapse", "stampede", "outbreak", "disease", "cholera", "epidemic", "pandemic", "virus",
     "avalanche", "eruption", "tsunami", "wreck", "shipwreck", "capsize", "electrocution", "overdose", "cylinder",
     "leak", "illness", "cancer", "stroke", "infection", "disaster", "aftershock", "floodwater", "rainfall",
     "rockslide", "downpour"}
)  # fmt: skip
# A deed a court tries ("sentenced two soldiers for their role in the killing") was told when it happened.
JUDICIAL_LEMMAS = frozenset(
    {
        "sentence",
        "convict",
        "jail",
        "acquit",
        "indict",
        "prosecute",
        "imprison",
        "verdict",
        "trial",
        "conviction",
        "guilty",
    }
)
# An article about a film, a novel or a series: its gunmen and battles are scenes ("Review: ...").
FICTION = re.compile(
    r"\b(?:film|movie|documentary|novel|screenplay|cinemas?|premiered?|thriller|box office|nollywood|hollywood"
    r"|bollywood|sequences?|starring|debut|review|audiences?|critics|sound design|set pieces?|plot|screen)\b",
    re.I,
)
FICTION_WORDS = 3  # distinct such words that make an article a work's review
# A match report: "the midfield battle", "laid siege to the goal".
SPORT = re.compile(
    r"\b(?:goals?|striker|midfield(?:er)?|penalty|penalties|shoot-?out|stadium|extra time|tournament|league|scored"
    r"|half-time|halftime|kick-off|coach"
    r"|cup|semi-finals?|quarter-finals?|trophy|champions|equali[sz]er|goalkeeper|defender|winger|referee"
    r"|innings|wickets?|batsman|bowler|grand slam|knockout|world cup|playoffs?)\b",
    re.I,
)
SPORT_WORDS = 4  # distinct such words that make an article a match report
# What fans who fought would leave ("a shot", "a killer pass" are play).
CROWD_HARM = re.compile(
    # ("at the death" is a match's last minute)
    r"\b(?:killed|dead|died|deaths|death toll|to death|injur(?:ed|ies|y)|wounded|hurt|arrest(?:ed|s)?|tear gas"
    r"|stampede|riot\w*)\b",
    re.I,
)
# What vehicles and buildings do in accidents: "killed when a bus overturned".
ACCIDENT_LEMMAS = frozenset(
    {"overturn", "capsize", "collapse", "crash", "derail", "sink", "collide", "plunge", "skid", "topple", "veer"}
)
MODAL_WORDS = frozenset({"will", "would", "could", "may", "might", "should", "must"})
INTENT_LEMMAS = frozenset(
    {"plan", "prepare", "threaten", "vow", "warn", "aim", "seek", "intend", "fear", "urge", "try"}
)
CLAIM_VERBS = frozenset({"assert", "claim", "allege", "boast"})

REPORTING_LEMMAS = frozenset(
    {"say", "tell", "report", "confirm", "state", "announce", "add", "release", "describe", "note", "quote",
     "issue", "explain", "recount", "publish", "disclose", "reveal", "blame", "accuse", "acknowledge", "admit"}
)  # fmt: skip
# People whose words are reported: never actors, and places attached to them are not event places.
PERSON_ROLES = frozenset(
    {
        "spokesman", "spokesperson", "spokeswoman", "official", "officer", "mayor", "governor", "witness",
        "source", "resident", "villager", "commissioner", "minister", "chief", "leader", "lawmaker", "head",
        "statement", "journalist", "correspondent", "analyst", "survivor", "medic", "doctor", "agency",
        "president", "senator", "representative", "residence",
    }
)  # fmt: skip

# Nouns naming armed people with no group named: coded as an unidentified armed group.
ARMED_GENERIC = frozenset(
    {
        "gunman", "gunmen", "militant", "insurgent", "assailant", "attacker", "bandit", "jihadist", "extremist",
        "terrorist", "fighter", "kidnapper", "rebel", "raider", "abductor", "islamist", "armed men", "armed man",
        "armed group", "armed gang", "gang", "enemy", "bomber", "suicide bomber", "insurgents", "armed youth",
        "armed youths", "criminal", "militia", "militiaman", "militiamen", "separatist", "herdsman", "herdsmen",
        "gangster", "assassin", "hitman", "cultist", "vigilante", "marauder", "rustler", "criminal group",
        "criminal gang", "cartel", "hitmen", "sicario", "sicarios", "hit squad", "death squad", "mutineer",
        "putschist", "coup plotter",
    }
)  # fmt: skip
# Nouns naming a state's forces; a phrase of two words is checked before the single lemma.
MILITARY_NOUNS = frozenset(
    {
        "army",
        "troop",
        "troops",
        "soldier",
        "military",
        "gendarme",
        "gendarmerie",
        "navy",
        "jawan",
        "ranger",
        "paramilitary",
        "levies",
        "marine",
        "commando",
        "peacekeeper",
    }
)
POLICE_NOUNS = frozenset({"police", "policeman", "policemen", "constable", "policewoman"})
FORCE_PHRASES = frozenset(
    {
        "security forces",
        "armed forces",
        "police force",
        "police officers",
        "air force",
        "security personnel",
        # the state's forces named by the state: "government troops", "regime forces", "federal forces"
        "government forces",
        "government troops",
        "government soldiers",
        "regime forces",
        "regime troops",
        "federal forces",
        "federal troops",
        "state forces",
        "junta forces",
        "junta troops",
    }
)
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "activist", "supporter"})
RIOTER_NOUNS = frozenset({"rioter", "mob", "looter", "troublemaker", "vandal", "arsonist"})
# Means of force that belong to a state when a demonym precedes them ("US and British warplanes").
# Nouns of a number of people: "groups of youths", "dozens of gunmen".
GROUP_NOUNS = frozenset({"group", "band", "dozen", "dozens", "hundred", "hundreds"})
FORCE_MEANS = frozenset({"warplane", "jet", "aircraft", "helicopter", "drone", "navy", "gunship", "plane", "airforce"})
CIVILIAN_NOUNS = frozenset(
    {
        "civilian", "villager", "resident", "student", "people", "worshipper", "passenger", "farmer", "woman",
        "child", "children", "men", "male", "trader", "traveller", "traveler", "pupil", "schoolgirl", "schoolboy",
        "teacher", "family", "mourner", "herder", "motorist", "person", "inhabitant",
        "miner", "fisherman", "seminarian", "girl", "boy", "hostage", "worker", "christian", "muslim", "elder",
    "cleric", "imam", "priest", "pastor", "shopkeeper", "driver", "pilgrim", "voter", "councillor", "councilor",
    "journalist", "candidate", "lawyer", "judge", "politician", "businessman", "businesswoman", "nurse",
    "teenager", "monk", "nun", "novice", "parishioner", "congregant", "refugee", "migrant", "peasant", "shepherd",
    "doctor", "patient", "vendor", "commuter", "bystander", "guest", "customer", "tourist", "labourer", "laborer",
    "mother", "baby", "infant", "grandmother", "grandfather", "headman", "pedestrian", "passer-by", "shopper",
    }
)  # fmt: skip

# Taking or retaking a place.
OVERTAKE = re.compile(
    r"\b(?:took|take|taken|taking|seized?|seizing|(?:re)?gain(?:ed|s)?|assumed|retook|retaken|restored) (?:full )?"
    r"control\b|\b(?:(?:re)?captur(?:ed|ing)|overr(?:an|un)|occupied|took over|taken over|took|seized|retook) "
    r"(?!up )(?:the |a |an |two |three |several |(?:yet )?another |it\b|(?=(?:[\w-]+ )?(?:positions|posts|bases)\b))"
    r"(?:[\w-]+ ){0,4}?(?:base|town|village|city|camp|post|outpost|barracks|garrison|headquarters|territory|"
    r"position|checkpoint|district|locality|area|it)s?\b|\bfell into the hands\b|\bbriefly occupied\b"
    r"|\b(?:was|had been|has been) overrun\b|\bfell to (?:the )?(?-i:[A-Z])"
    # "declared the town liberated" (the deed is the word that ends it); "retook Kuru": what is taken back is a place
    r"|\bdeclared [^.;]{1,60}?\b(?P<deed>liberated|freed|retaken|recaptured)\b|\bretook (?-i:[A-Z])[\w'-]+",
    re.I,
)
# A place its armed holders lost: "declared the city liberated from the militants".
LIBERATED_FROM = re.compile(
    r"\b(?:liberated|freed|cleared) [^.;]{0,60}?\bfrom (?:the )?(?:[\w-]+ ){0,3}?(?:militants|rebels|insurgents"
    r"|jihadists|terrorists|group|fighters|separatists)\b",
    re.I,
)
# A place taken with no fight: "put up no resistance", "captured the town without a fight", "walked in unopposed".
UNOPPOSED = re.compile(
    r"\bwithout (?:a |any )?(?:fight|resistance|(?:firing )?a (?:single )?shot|a battle)\b"
    r"|\b(?:put|puts|putting) up no (?:resistance|fight)\b|\bno resistance\b|\bunopposed\b|\bunchallenged\b"
    r"|\bhad (?:already )?withdrawn\b|\bafter (?:the )?(?:\w+ ){0,3}(?:withdrew|had withdrawn|retreated|pulled out)\b"
    r"|\bfollowing (?:the |a )?(?:\w+ )?withdrawal\b|\babandoned by\b|\bvacated by\b"
    r"|\bwithout (?:any )?(?:clash(?:es)?|fighting|bloodshed|a clash)\b",
    re.I,
)
# Verbs whose named object is a place taken: "recaptured Andriivka", "occupied Kidal".
TERRITORY_VERBS = frozenset({"capture", "recapture", "retake", "overrun", "occupy", "liberate", "reclaim"})
# Verbs of taking a place, in whatever words: their subject says who took it.
TAKING_VERBS = TERRITORY_VERBS | {"take", "seize", "gain", "regain", "retake", "restore", "recover", "assume"}
# Verbs of calling for an action: an infinitive after them is a purpose, not a deed ("called a shutdown to protest").
CALLING_LEMMAS = frozenset({"call", "plan", "announce", "urge", "vow", "threaten", "prepare", "decide", "intend",
                            "organise", "organize", "schedule"})  # fmt: skip
RETAKE = re.compile(
    r"\b(?:recaptur|retook|retake|regain|reclaim|liberat|recover(?:ed)? control|took (?:[\w-]+ ){1,3}back\b)", re.I
)

PLACE_NOUNS = frozenset(
    {"village", "town", "city", "community", "settlement", "locality", "hamlet", "base", "camp", "barracks",
     "market", "neighbourhood", "neighborhood", "suburb", "township", "outskirts", "outskirt", "island", "islands",
     "campus", "vicinity", "environs", "outpost"}
)  # fmt: skip
AREA_NOUNS = frozenset(
    {"state", "region", "province", "district", "subdivision", "county", "division", "department", "prefecture",
     "governorate", "tehsil", "valley", "area", "zone", "commune", "municipality", "lga", "territory", "agency",
     "cercle", "circle", "chiefdom", "ward", "emirate", "payam", "upazila", "subcounty", "oblast", "raion",
     "rayon", "hromada", "krai", "woreda"}
)  # fmt: skip

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "dozens": 12, "hundreds": 100, "scores": 20, "a dozen": 12, "a hundred": 100,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip

# Acronyms that name one country's forces.
FORCE_ACRONYMS = {"fama": "ML", "sna": "SO", "idf": "IL", "fardc": "CD", "saf": "SD", "tatmadaw": "MM", "endf": "ET",
                  "fds": "BF", "ana": "AF", "anp": "AF"}  # fmt: skip
# "UN fuel trucks", "AU supply lorries": a group's goods on the road, driven by civilians, not its forces
CARGO_VEHICLES = frozenset({"tanker", "truck", "lorry", "trailer", "bowser"})
CARGO_MODIFIERS = frozenset({"supply", "fuel", "oil", "aid", "food", "cargo"})

AFFILIATION = re.compile(
    r"(?:(?:linked|affiliated|allied|connected|loyal|close|tied|aligned) (?:to|with)|(?:allegiance|links|ties) to"
    r"|(?:splinter group|faction|wing|offshoot|branch|affiliate|stronghold|bastion|heartland) of)\s*(?:the\s*)?"
    r"(?:[\w' -]{0,30}-(?:aligned|backed|linked|allied)\s+)?(?:[\w' -]{0,30} (?:and|or) "
    r"(?:the )?)?$",
    re.I,
)
INSTITUTIONS = frozenset(
    {"school", "college", "university", "hospital", "mosque", "church", "seminary", "academy", "market", "prison",
     "airport", "stadium", "camp"}
)  # fmt: skip

# Words that make a proper-noun phrase an organisation, a unit, an institution or a title rather than a place:
# "the anti-robbery squad", "the Additional Superintendent of Police", "Arakan Army forces".
ORGANISATION_WORDS = frozenset(
    {"police", "army", "force", "forces", "squad", "brigade", "battalion", "regiment", "corps", "command", "unit",
     "militia", "movement", "front", "party", "council", "ministry", "commission", "committee", "agency", "institute",
     "college", "university", "seminary", "academy", "school", "hospital", "company", "bank", "club", "court",
     "tribunal", "assembly", "government", "administration", "administrator", "authority", "office", "service",
     "association", "union", "federation", "league", "foundation", "organisation", "organization", "group",
     "alliance", "coalition", "brotherhood", "mission", "peacekeepers", "superintendent", "commissioner",
     "inspector", "governor", "president", "minister", "spokesman", "airstrike", "strike", "sports", "news",
     "television", "radio", "times", "post", "tribune", "herald", "gazette", "fc", "united"}
)  # fmt: skip
# A name after one of these is a person's: "President X", "Governor Y", "Mr Z".
TITLES = frozenset(
    {"president", "governor", "mr", "mrs", "ms", "dr", "general", "gen", "colonel", "col", "captain", "capt",
     "major", "lieutenant", "lt", "sergeant", "chief", "minister", "commissioner", "senator", "sheikh", "imam",
     "pastor", "father", "bishop", "rev", "king", "prince", "sultan", "emir", "premier", "commander", "brigadier",
     "spokesman", "spokesperson", "superintendent", "inspector", "secretary", "mayor", "lawmaker", "speaker"}
)  # fmt: skip
SAINT_WORDS = frozenset({"saint", "st", "st.", "sainte", "san", "santa"})
WATER_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "channel", "bay"})
# Regions wider than a country: never an incident's place.
MACRO_REGIONS = frozenset(
    {"africa", "west africa", "east africa", "north africa", "central africa", "southern africa", "sub-saharan africa",
     "the sahel", "sahel", "middle east", "the middle east", "horn of africa", "the horn of africa", "europe", "asia",
     "latin america", "central asia", "south asia", "southeast asia", "the west", "maghreb", "the maghreb",
     "great lakes", "the great lakes", "lake chad basin", "levant", "the levant", "balkans", "the balkans",
     "caucasus", "the caucasus", "deep south", "the deep south"}
)  # fmt: skip
# Words that name the kind of an administrative unit around its name: "Barangay X", "X Local Government Area".
UNIT_PREFIXES = frozenset({"barangay", "brgy", "sitio", "purok", "kebele", "woreda", "payam", "boma"})
UNIT_WORDS = frozenset({"local", "government", "lga", "chiefdom", "ward", "emirate", "payam", "upazila", "woreda"})
# Ordinary crime: ACLED codes it only when an organised armed group commits it.
CRIME = re.compile(
    r"\b(?:rob(?:bed|bery|beries|ber|bers|bing)|heist|thie(?:f|ves)|theft|burglar\w*|dacoit\w*|carjack\w*"
    r"|snatch(?:er|ers)|extortion|armou?red car|atm|cash van|bank branch|jewel(?:le)?ry (?:shop|store))\b",
    re.I,
)
# Perpetrators that make violence political whatever else they do: "bandits robbed and killed villagers".
POLITICAL_ARMED = re.compile(
    r"\b(?:bandits?|militants?|insurgents?|jihadists?|terrorists?|rebels?|militias?|militiam[ae]n|separatists?"
    r"|extremists?|islamists?|gangs?|herdsm[ae]n|cultists?)\b",
    re.I,
)
# The crimes a suspect is arrested for that make no political event.
ORDINARY_CRIME = re.compile(
    r"\b(?:murder\w*|stabb(?:ed|ing)|strangl\w*|homicide|domestic (?:violence|dispute)|femicide|fraud\w*"
    r"|embezzl\w*|drug\w*|narcotics?|poach\w*|burglar\w*|rob(?:bed|bery|beries)|theft|murder charges?)\b",
    re.I,
)
# What makes an arrest political (with POLITICAL_ARMED): a crowd, an opponent of the state, an attack, a cause.
POLITICAL_CONTEXT = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|riot\w*|mobs?|lynch\w*|strikers?|opposition|opponents?|activists?"
    r"|journalists?|dissidents?|critics?|party|parties|election\w*|coup|junta|regime|sedition|treason|terror\w*"
    r"|attacks?|bomb\w*|blasts?|ambush\w*|clash\w*|gunmen|abduct\w*|kidnap\w*|insurgen\w*|armed groups?"
    r"|ethnic|sectarian|communal|separatis\w*|secession\w*|espionage|spy|spies|coup plot\w*)\b",
    re.I,
)
# An explosion with an industrial cause: the article's "blast" is then an accident, not a bomb.
INDUSTRIAL_THINGS = frozenset(
    {"gas", "cylinder", "boiler", "transformer", "firework", "fireworks", "chemical", "leak", "pipeline", "tanker",
     "factory", "refinery", "dam", "reactor", "furnace", "generator"}
)  # fmt: skip
ACCIDENT = re.compile(
    r"\b(?:gas|cylinder|boiler|transformer|fireworks?|chemical|leak|pipeline|tanker|factory|refinery|mine shaft)\b"
    r"[^.]{0,80}\b(?:explosions?|blasts?|exploded)|\b(?:explosions?|blasts?)[^.]{0,80}\b(?:gas|cylinder|boiler|leak|"
    r"fireworks?|short[- ]circuit)\b"
    # "the blast was blamed on 2,750 tonnes of ammonium nitrate that had been stored at the port for years", "the
    # explosions had been caused by the negligent handling of dynamite"
    r"|\b(?:explosions?|blasts?)\b[^.]{0,200}\b(?:stored|stockpiled|negligen(?:t|ce)|mishandl(?:ed|ing))\b"
    r"|\b(?:stored|stockpiled)\b[^.]{0,80}\b(?:explosions?|blasts?|exploded)\b",
    re.I,
)
# What things do when they fail: "when a fuel tanker exploded", "the dams burst".
FAILING_LEMMAS = frozenset({"explode", "burst", "blow", "ignite", "rupture"})
# What follows an event and carries its own date: "those killed were buried on Monday".
AFTERMATH_LEMMAS = frozenset(
    {"bury", "mourn", "visit", "arrive", "return", "flee", "evacuate", "hospitalise", "hospitalize", "treat",
     "discharge", "condemn", "vow", "pledge", "meet", "hold", "attend", "protest", "demand", "recover", "rescue",
     "free", "release", "find", "discover", "identify", "arraign", "charge", "sentence", "gather", "mark",
     "commemorate", "honour", "honor", "remember", "observe", "count", "declare"}
)  # fmt: skip
# Sentences about drills, exercises and displays of weapons describe no attack: "will demonstrate how they destroy
# the enemy's hideouts", "the system can make precise attacks".
EXERCISE = re.compile(
    r"\b(?:military|joint|war|naval|air|live-fire|field) (?:exercises?|drills?|games)\b|\bexercises?\b[^.]{0,60}"
    r"\b(?:troops|soldiers|armies|army|forces)\b|\bdrills?\b[^.]{0,40}\b(?:troops|soldiers|armies|army|forces)\b"
    r"|\b(?:troops|soldiers|forces)\b[^.]{0,40}\b(?:taking|took|take) part in (?:the |joint )?(?:\w+ )?"
    r"(?:exercises?|drills)\b"
    r"|\bwar games\b|\bsimulat(?:e|ed|es|ing|ion)\b|\b(?:will|to) (?:be )?(?:displayed|demonstrate|show|showcase)\b"
    # "firing at mock targets as troops practised repelling an invasion", "the drills involve 200,000 personnel"
    r"|\b(?:mock|dummy) (?:targets?|enemy|enemies|attacks?)\b|\bfictional enemy\b|\btraining (?:grounds?|ranges?)\b"
    r"|\b(?:troops|soldiers|forces|sailors|pilots)\b[^.]{0,40}\b(?:practi[sc]ed|practi[sc]ing|rehearsed|rehearsing)\b"
    r"|\bdrills\b[^.]{0,80}\b(?:personnel|troops|tanks|aircraft|warships|servicemen)\b"
    r"|\bcapable of\b|\bcan (?:make|carry out|strike|hit|destroy)\b"
    # "columns displayed tanks and missiles", "a parade of ballistic missiles": weapons on show
    r"|\b(?:displayed|showcased|paraded|exhibited|put on display|on display)\b[^.]{0,80}\b(?:tanks?|missiles?|guns?"
    r"|artillery|rockets?|drones?|jets?|aircraft|weapons?|systems?)\b",
    re.I,
)
RELIGIOUS_WORDS = frozenset(
    {"islamist", "islamic", "jihadist", "muslim", "christian", "catholic", "shia", "shiite", "sunni", "hindu",
     "buddhist", "salafist", "jihadi"}
)  # fmt: skip
# Events that are not fighting, by their ACLED type and sub-event type.
_WEAPONS = (
    r"(?:ieds?|improvised explosive devices?|explosive devices?|explosives|landmines?|bombs?|(?:weapons|arms) caches?)"
)
DEVELOPMENT_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = (
    (
        re.compile(
            rf"\b(?:defused|defusing|dismantled|deactivated|disarmed|found|discovered|recovered|seized|unearthed|"
            rf"spotted|detected|neutrali[sz]ed)\b[^.;]{{0,60}}\b{_WEAPONS}\b"
            rf"|\b{_WEAPONS}\b[^.;]{{0,40}}\b(?:was|were|had been|has been|have been) (?:later |safely |successfully )?"
            rf"(?:defused|dismantled|deactivated|disarmed|found|discovered|recovered|detected|unearthed|seized)\b"
            # "intercepted a car loaded with explosives", "destroyed it in a controlled blast", "an attack was foiled"
            rf"|\b(?:intercepted|foiled|thwarted|averted)\b[^.;]{{0,60}}\b(?:{_WEAPONS}|car bombs?|attacks?|plots?)\b"
            rf"|\b(?:attacks?|plots?|bombings?) (?:was |were |had been |has been )?(?:foiled|thwarted|averted)\b"
            rf"|\bcontrolled (?:blast|explosion|detonation)\b|\bbomb disposal\b"
            # "shot down an explosives-laden drone heading for the palace", "air defences intercepted two missiles"
            rf"|\b(?:shot down|shoot down|shooting down|intercepted|intercepting|downed)\b[^.;]{{0,60}}?\b(?:drones?"
            rf"|missiles?|rockets?|UAVs?|projectiles?)\b",
            re.I,
        ),
        ("Strategic developments", "Disrupted weapons use"),
    ),
    (
        re.compile(
            r"\b(?:signed|agreed (?:to|on)|reached|brokered|sealed)\b[^.;]{0,50}\b(?:ceasefire|cease-fire|truce|"
            r"peace (?:deal|agreement|accord|pact)|agreement|accord)\b|\b(?:prisoner|hostage) (?:swap|exchange)\b",
            re.I,
        ),
        ("Strategic developments", "Agreement"),
    ),
    (
        re.compile(
            r"\b(?:withdrew|withdrawn|pulled out|retreated) (?:its |their )?(?:\w+ ){0,3}from\b|\b(?:handed over|ceded"
            r"|relinquished)\b[^.;]{0,30}\bcontrol\b|\bwithout (?:a fight|resistance|firing a shot)\b"
            r"|\b(?:handed over|ceded|transferred) (?:\w+ ){0,3}(?:base|camp|positions?|town|city|territory)\b",
            re.I,
        ),
        ("Strategic developments", "Non-violent transfer of territory"),
    ),
    (
        re.compile(
            r"\b(?:set up|established|setting up|establishing|built|opened|inaugurated) (?:a |an |new |their |its )*"
            r"(?:\w+ ){0,2}?(?:base|camp|headquarters|outpost)s?\b"
            # "troops deployed to the former French base at Kuru": a force moves into a base
            r"|\b(?:deployed|moved|relocated) (?:in)?to (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:base|camp|barracks)\b",
            re.I,
        ),
        ("Strategic developments", "Headquarters or base established"),
    ),
    (
        re.compile(
            r"\b(?:looted|looting|ransacked|pillaged|plundered|vandali[sz]ed)\b|\b(?:burn(?:ed|t)|torched|set "
            r"(?:fire to|ablaze)|destroyed|razed|demolished|bulldozed) (?:down )?(?:\w+ ){0,3}(?:houses?|homes?|shops?|"
            r"huts?|granar(?:y|ies)|vehicles?|schools?|church(?:es)?|mosques?|propert(?:y|ies)|buildings?|offices?"
            r"|structures?|shelters?|rooms?|walls?|wells?|tents?)\b"
            # "stole food from traders", "rustled 200 cattle": goods taken in a raid
            r"|\b(?:stole|stolen|steal|stealing|rustled|rustling|carted away|made (?:away|off) with|took away)"
            r" (?:[\w,]+ ){0,4}?(?:livestock|cattle|cows|goats|sheep|camels|goods|items|food|foodstuffs?|grains?"
            r"|propert(?:y|ies)|belongings|valuables|supplies|medicines?|drugs|motorcycles|motorbikes|boats?|fuel"
            r"|money|cash|equipment)\b",
            re.I,
        ),
        ("Strategic developments", "Looting/property destruction"),
    ),
    (
        re.compile(r"\b(?:raped|rape|rapes|gang-raped|sexually (?:assaulted|abused|violated)|sexual violence)\b", re.I),
        ("Violence against civilians", "Sexual violence"),
    ),
    (
        re.compile(
            r"\bchemical (?:weapons?|attacks?|agents?)\b|\b(?:chlorine|sarin|mustard) gas\b|\bnerve agents?\b", re.I
        ),
        ("Explosions/Remote violence", "Chemical weapon"),
    ),
    (
        re.compile(
            r"\b(?:surrendered|surrendering|defected|defecting) (?:\w+ ){0,2}?(?:to|with)\b"
            r"|\blaid down (?:their |his )?(?:arms|weapons)\b|\bhanded (?:themselves|himself) (?:over|in)\b",
            re.I,
        ),
        ("Strategic developments", "Change to group/activity"),
    ),
    (
        re.compile(r"\b(?:imposed|declared|clamped) (?:a |an )?(?:\w+ ){0,2}?curfew\b", re.I),
        ("Strategic developments", "Other"),
    ),
)
# An analyst's note that names its sub-event type first: "Property destruction: On 3 May, ...", "Defusal: ...".
NOTE_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Za-z/ -]{3,45}?)\s*:\s")
NOTE_LABELS: dict[str, tuple[str, str]] = {
    **{sub.lower(): (event_type, sub) for event_type, subs in EVENT_TYPES.items() for sub in subs},
    "property destruction": ("Strategic developments", "Looting/property destruction"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "arrest": ("Strategic developments", "Arrests"),
    "defusal": ("Strategic developments", "Disrupted weapons use"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "kidnapping": ("Violence against civilians", "Abduction/forced disappearance"),
    "sexual violence": ("Violence against civilians", "Sexual violence"),
}
# Words that date something relative to a report's day: a report that has them is news of its own time.
NEWS_DAYS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|this week"
    r"|last week|this morning|last night)\b",
    re.I,
)
# What a state's forces fire, named with their demonym: "Russian strikes", "Israeli shelling".
FIRE_NOUNS = frozenset(
    {"fire", "strike", "shelling", "bombardment", "missile", "rocket", "airstrike", "aggression", "offensive", "drone",
     "barrage", "bombing", "attack"}
)  # fmt: skip
# Of those, the ones that are fire from afar.
SHELLING_NOUNS = frozenset({"fire", "strike", "shelling", "bombardment", "missile", "rocket", "barrage"})
# What is done to victims besides the attack itself: "nine people were injured in the strike".
# Someone hurt, taken or killed: a raid that tells none of these took only goods.
HARMED = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|injur\w*|wound\w*|hurt|maimed|abduct\w*|kidnap\w*|rap(?:ed|ing)|beaten|"
    r"assault\w*|shot|hostages?|casualt\w*|bodies|massacre\w*)\b",
    re.I,
)
HARM_LEMMAS = frozenset({"dead", "die", "death", "kill", "injure", "wound", "hurt", "maim", "harm"})
