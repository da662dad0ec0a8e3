"""French words the French stages recognise, as French reporting on political violence writes them. Everything is
lower-case; regular expressions match the text itself (the small French model's lemmas are too uneven to carry a
trigger alone), so each pattern lists the inflections it accepts."""

from __future__ import annotations

import re

from service.gazetteer.names import fold

# A word boundary that knows French elision: "l'attaque", "d'engins".
B = r"(?<![\w-])"
E = r"(?![\w])"

# Triggers by family: each opens an event of its kind.
ATTACK = re.compile(
    B + r"(?:attaqu(?:e|es|é|ée|és|ées|er|ant|ent|aient|ait)|attentats?|assauts?|embuscades?|raids?|incursions?"
    r"|massacr(?:e|es|é|ée|és|ées|er|ant)|tu(?:é|ée|és|ées|er|ant|ent|ait|aient|erie|eries)|abattu(?:e|s|es)?"
    r"|assassin(?:é|ée|és|ées|er|ant|at|ats)|exécut(?:é|ée|és|ées|er)|égorg(?:é|ée|és|ées|er)"
    r"|décapit(?:é|ée|és|ées|er)|poignard(?:é|ée|és|ées|ant)"
    r"|affrontements?|accrochages?|combats?|heurts?|heurt(?:é|ée|és|ées)|fusillades?|échanges? de tirs|tirs?"
    r"|coups de feu|ouvert le feu|(?:fait|font|faisant) irruption|tirant sur|tir(?:é|ent|aient|ait) sur"
    r"|envahi(?:r|t|ssent|ssant)?"
    # « le minibus a été intercepté par des hommes lourdement armés »
    r"|intercept(?:é|ée|és|ées) par des (?:hommes|individus|assaillants|bandits|terroristes|jihadistes|djihadistes"
    r"|membres)"
    r"|ouvrant le feu|pris (?:pour|comme) cibles?|pris d'assaut|s'en (?:est|sont) pris|s'en prenant"
    r"|repouss(?:é|ée|és|ées|er|ant)|ciblé(?:e|s|es)?|visé(?:e|s|es)?|prise? pour cible|mis le feu"
    r"|incendi(?:é|ée|és|ées|ant|er)|pill(?:é|ée|és|ées|ant|er|age|ages)|sacca?g(?:é|ée|és|ées|eant|er))" + E,
    re.I,
)
# Verbs that announce an attack only with a place or people as their target: "ont visé deux positions".
ABDUCTION = re.compile(
    B + r"(?:enlev(?:é|ée|és|ées|er|ant)|enlèvements?|kidnapp(?:é|ée|és|ées|er|ing)|rapts?|pris en otages?"
    r"|prises? d'otages?|séquestr(?:é|ée|és|ées))" + E,
    re.I,
)
PROTEST = re.compile(
    B + r"(?:manifestations?|manifest(?:é|er|aient|ent|ant)|manifestants?|marches?|rassemblements?|sit-in"
    r"|protestataires|grèves?"
    # « des milliers de personnes ont défilé à Niamey »: a march told by its verb (« défilé militaire » is no protest)
    r"|(?:ont|a|avaient|avait) défilé|défil(?:ent|aient|ait|ant)"
    # « des centaines de partisans s'étaient rassemblés devant le Palais de justice pour réclamer »: a crowd that
    # gathers to make a demand
    r"|(?:se sont|s'étaient|s'est|s'était) rassembl(?:é|ée|és|ées)(?=[^.;]{0,160}\bpour (?:réclamer|exiger|dénoncer"
    r"|protester|demander|soutenir|contester)))" + E,
    re.I,
)
# the deed an inquiry or a trial is about was told before: « le juge chargé de l'enquête sur l'explosion au port »
INQUIRY_INTO = re.compile(
    r"\b(?:enquêtes?|investigations?|instruction|procès)\s+(?:sur|concernant|relative à|relatif à|portant sur)\s+"
    r"(?:la |le |les |l'|des |du )?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# a gathering banned did not take place for being banned: « les autorités avaient interdit les rassemblements »
BANNED = re.compile(
    r"\binterdi(?:t|ts|te|tes|re|sant|ction|ctions)\s+(?:de\s+)?(?:les |des |tout |toute |toutes |la |le |l')?$", re.I
)
RIOT = re.compile(
    # « des incidents ont éclaté », « des échauffourées »: unrest as French reporting tells it
    B + r"(?:échauffourées|(?:incidents|troubles) (?:ont|avaient|auraient) éclaté|émeutes?|émeutiers"
    r"|lynch(?:é|ée|és|age)|vandalis(?:é|ée|és|ées|me)|barricades|pneus (?:enflammés|brûlés)"
    r"|brûl(?:é|és|ant|ent|aient) des pneus|jets? de pierres|caillass(?:é|ée|és|ées|age|ages)|vindicte populaire)" + E,
    re.I,
)
# The authorities breaking up a crowd: it tells how a protest ended, and opens no event of its own.
CROWD_CONTROL = re.compile(
    B + r"(?:dispers(?:é|ée|és|ées|er|ant)|gaz lacrymogènes?|grenades? (?:lacrymogènes?|assourdissantes?)"
    r"|balles en caoutchouc|canons? à eau|matraqu(?:é|és|ées))" + E,
    re.I,
)
ARREST = re.compile(B + r"(?:arrêt(?:é|ée|és|ées)|interpell(?:é|ée|és|ées|ations?)|arrestations?)" + E, re.I)
# an arrest told as what followed the event: « arrêtés après l'attaque », « dans le cadre de l'enquête »
ARREST_AFTER = re.compile(r"\b(?:après|suite à|à la suite d|dans le cadre de l'enquête|en lien avec)", re.I)
DEATH = re.compile(
    B + r"(?:morts?|périr|péri|décès|décéd(?:é|ée|és|ées)|perdu la vie|trouvé la mort|succomb(?:é|er)"
    r"|bilans?|victimes?|corps|tuerie|drame|neutralis(?:é|ée|és|ées|er|ant))" + E,
    re.I,
)
REMOTE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(B + r"(?:frappes? (?:de drones?|aériennes?|par drones?)|drones?|bombardements? aériens?"
                r"|raids? aériens?|avions? de chasse|hélicoptères? de combat|aviation)" + E, re.I), "Air/drone strike"),
    # « une attaque-suicide », « une kamikaze s'est fait exploser », « en se faisant exploser »
    (re.compile(B + r"(?:kamikazes?|(?:attentats?|attaques?)[- ]suicides?|ceintures? d'explosifs?"
                r"|(?:s'est|se sont|s'étaient|s'était) fait(?:e|s|es)? exploser|se faisant exploser)" + E, re.I),
     "Suicide bomb"),
    (re.compile(B + r"(?:engins? explosifs?(?: improvisés?| artisanaux| artisanal)?|engins? artisana(?:l|ux)"
                r"|ieds?|mines?(?: artisanales?| antipersonnel)?|voitures? piégées?|explosions?|a explosé)" + E,
                re.I), "Remote explosive/landmine/IED"),
    (re.compile(B + r"(?:obus|tirs? d'artillerie|bombardements?|roquettes?|mortiers?|missiles?)" + E, re.I),
     "Shelling/artillery/missile attack"),
    # « grenades lacrymogènes », « grenades assourdissantes »: the police's means against a crowd, not a weapon's
    (re.compile(B + r"(?:grenades?)" + E + r"(?! (?:lacrymogènes?|assourdissantes?|de désencerclement|fumigènes?))",
                re.I), "Grenade"),
)  # fmt: skip
# Words that make "mines" ore, not explosives: "les mines d'or", "site minier".
MINE_NOT_WEAPON = re.compile(r"\bmines? d'(?:or|uranium)|\bsites? miniers?|\borpaill", re.I)
# An explosion told with no weapon, where miners or industry keep explosives, is an accident: « une explosion s'est
# produite sur un site d'orpaillage », « des produits chimiques stockés »
WORKS_EXPLOSION = re.compile(
    r"\borpaill|\bsites? miniers?|\bmines? d'or|\bcarrières?\b|\bproduits chimiques|\bstocké(?:e|s|es)?\b", re.I
)
BARE_EXPLOSION = re.compile(r"^(?:explosions?|a explosé)$", re.I)
DEVELOPMENTS: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = (
    (re.compile(r"\b(?:désamorc|neutralis|découv|saisi|détruit)\w*\b[^.;]{0,40}\b(?:engins? explosifs?|ieds?"
                r"|mines|caches? d'armes|explosifs)\b", re.I), ("Strategic developments", "Disrupted weapons use")),
    (re.compile(r"\b(?:signé|conclu|accepté)\w*\b[^.;]{0,40}\b(?:cessez-le-feu|trêve|accord de paix|accord)\b",
                re.I), ("Strategic developments", "Agreement")),
    (re.compile(r"\b(?:pill|incendi|brûl|sacca?g|détrui)\w*\b[^.;]{0,40}\b(?:maisons|habitations|boutiques"
                r"|commerces|cases|greniers|véhicules|écoles|églises|mosquées|biens|bâtiments)\b", re.I),
     ("Strategic developments", "Looting/property destruction")),
)  # fmt: skip
LOOTING = DEVELOPMENTS[2][0]
# Someone hurt, taken or killed: a raid that tells none of these took only goods.
HARMED = re.compile(
    r"\b(?:tu(?:é|ée|és|ées|ant|er)|morts?|mortes|décédé\w*|décès|bless\w*|enlev\w*|kidnapp\w*"
    r"|otages?|viol(?:é|ée|ées|és|ant)?|battu\w*|massacr\w*|exécut\w*|victimes?|corps)\b",
    re.I,
)
# Two sides fighting.
TWO_SIDED = frozenset({"affrontement", "accrochage", "combat", "heurt", "fusillade", "échange"})
BURNING = frozenset({"incendier", "incendié", "piller", "pillage", "saccager", "brûler", "mettre"})
EVENT_NOUNS = frozenset({"explosion", "attaque", "assaut", "drame", "incident", "violence", "tuerie", "massacre"})

# A trigger in a sentence with one of these cues tells background, not the event reported.
BACKGROUND = re.compile(
    r"\bdepuis (?:(?:le début de |la fin de |fin |début )?(?:19|20)\d\d|des (?:années|mois|décennies)|plusieurs"
    r" (?:années|mois)|une décennie)\b|\bces dernières (?:années|semaines|mois)\b|\bces derniers mois\b"
    r"|\bde plus en plus\b|\brégulièrement\b|\bfréquemment\b|\bparfois\b|(?<!plus )\bsouvent\b"
    r"|\bgénéralement\b|\brécurrent"
    r"|\bpar le passé\b|\bse multiplient\b"
    r"|\ben (?:19|20)\d\d\b|\bl'an(?:née)? (?:dernier|dernière|passée?)\b|\bil y a (?:\w+ )?ans\b"
    # « un an jour pour jour après l'attaque », « cinq ans après le massacre »: a commemoration, not the event
    r"|\b(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|\d+) ans? (?:jour pour jour )?(?:après|plus tard)\b"
    r"|\banniversaire\b|\bcommémor|\bmenac|\bprocès\b|\bcondamn\w+|\btribunal\b"
    r"|\b(?:selon|d'après) (?:un|le|leur|son) décompte\b|\brevendique fréquemment\b"
    r"|\bdepuis que\b|\bdepuis le début\b|\bpour l'année (?:19|20)\d\d\b"
    r"|\bport\w* (?:à )?[\w ]{0,20}le (?:nombre|bilan) (?:de|des)\b"
    r"|\bhistoire\b|\bconfronté (?:depuis|à des)\b|\ben proie\b|\bpour empêcher\b|\bmission de\b"
    r"|\ben (?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) )?"
    r"(?:19|20)\d\d\b"
    r"|\bauparavant\b|^\W*depuis\b|\bdepuis\s*,",
    re.I,
)
# The sentence speaks of something else than political violence: sport, illness, accidents, disasters.
NOT_VIOLENCE = re.compile(
    r"\b(?:cardiaque|cardiaques|infarctus|avc|maladie|pathologie|médecin|accidents? de (?:la )?(?:route|circulation)"
    r"|inondations?|pluies diluviennes|glissement de terrain|effondrement|incendie domestique|noyade|épidémie"
    r"|choléra|paludisme|séisme|tremblement de terre|naufrage|chavir|bouteilles? de gaz|citernes?|usine)\w*"
    # figures of speech: a fight against corruption, a verbal or cyber attack, an explosion of joy, drills
    r"|\b(?:combat|lutte|bataille)s? (?:contre|pour) (?:la |le |les |l')?(?:corruption|pauvreté|sida|impunité"
    r"|chômage|vie chère|inflation|fraude|désertification)|\bcyber-?attaques?|\battaques? (?:verbales?"
    r"|informatiques?|personnelles?)|\battaqu\w* en justice|\bexplosions? (?:de joie|démographique|des prix|de colère)"
    r"|\bexercices? militaires?|\bmanœuvres militaires|\bdéfilé militaire|\btirs au but",
    re.I,
)
# An article about sport: its "attaque" and "neutralisé" are a team's.
SPORT = re.compile(
    r"\b(?:football|match|matchs|buts|tournoi|coupe d'afrique|championnat|finale|joueurs?|équipe|attaquants?"
    r"|sélection nationale|stade|ballon|quarts? de finale|demi-finales?|entraîneur)\b",
    re.I,
)
# Not what happened but what might: intentions, threats, plans, fears.
HYPOTHETICAL = re.compile(
    r"\b(?:pourrai(?:t|ent)|risqu(?:e|ent|ait) de|menac(?:e|ent|ait) de|prévoi(?:t|ent)|projet(?:te|tent)"
    r"|envisag(?:e|ent)|craint|craignent|pour (?:empêcher|prévenir|éviter)|afin d'(?:empêcher|éviter)"
    r"|tenté|tentative|vis(?:ant|e) à|prochaine?s?)\b",
    re.I,
)
NEGATION = re.compile(
    r"\b(?:n'|ne )(?:\w+ ){0,2}(?:pas|jamais|aucun|aucune|plus)\b|\baucune?\s+$|\btoute?\s+$"
    r"|\b(?:dément|démentent|démenti|démentir|nie|nient|infirme)\w*\b"
    # « rejette ces accusations et évoque huit morts »: the accused's own version of the deed, not another one
    r"|\b(?:rejett?\w*|contest\w*|réfut\w*) (?:ces |les |toutes? (?:les |ces )?)(?:accusations|allégations)\b"
    r"|\bsans (?:faire de|causer de|victime)",
    re.I,
)
# "Ailleurs", "Par ailleurs", "Dans une autre attaque": the next event is another one.
NEW_EVENT_CUES = re.compile(
    r"^\s*(?:ailleurs|par ailleurs|dans une autre (?:attaque|localité)|au même moment|dans la même nuit"
    r"|un deuxième incident|à l'autre extrémité)\b",
    re.I,
)
# Who did it, said apart from the event: a claim, or an attribution (« imputés aux groupes armés », « les assaillants
# appartiendraient au groupe armé 3R », « tient Boko Haram pour responsable »).
CLAIM = re.compile(
    r"\b(?:revendiqu(?:é|ée|és|ées|ant|e|ent)|revendications?|imput(?:é|ée|és|ées|able)s? (?:à|aux|au)"
    r"|attribu(?:é|ée|és|ées) (?:à|aux|au)|pour responsables?|appartiendrai(?:t|ent)|appartenai(?:t|ent)"
    r"|appartiennent|(?:faisaient|font|feraient) partie)\b",
    re.I,
)

OVERTAKE = re.compile(
    r"\b(?:pris le contrôle|prise de contrôle|(?:s'|se )(?:est|sont) emparés?|occup(?:é|ée|ent) (?:la|le|les))\b", re.I
)
# « des morts ont aussi été signalés à Moundou », « des victimes ont également été enregistrées à X »: the deed told
# reached one more place
ALSO_AT = re.compile(
    r"\b(?:ont|a|avaient|avait) (?:aussi|également|de même) été (?:signalé|enregistré|recensé|déploré|constaté)"
    r"(?:e|s|es)? (?:à|au|aux|dans)\b",
    re.I,
)
# lemmas of taking a place: their subject is who took it (« l'armée a repris », « les jihadistes se sont emparés »)
TAKING_VERBS = frozenset({"prendre", "reprendre", "reconquérir", "libérer", "emparer", "occuper"})
RETAKE = re.compile(r"\b(?:repris le contrôle|reconquis|libéré (?:la|le|les) (?:ville|localité|village))\b", re.I)

REPORTING_LEMMAS = frozenset(
    {"dire", "déclarer", "indiquer", "annoncer", "affirmer", "préciser", "confirmer", "rapporter", "raconter",
     "expliquer", "ajouter", "souligner", "publier", "diffuser", "communiquer", "savoir", "assurer", "estimer",
     "signaler", "poursuivre", "détailler", "déplorer", "insister", "réunir"}
)  # fmt: skip

# Who: armed people with no group named, state forces, victims, crowds.
ARMED_GENERIC = re.compile(
    B + r"(?:hommes armés|individus armés|éléments armés|groupes? armés?(?: terroristes?| non identifiés?)?"
    r"|assaillants?|terroristes?|jihadistes?|djihadistes?|islamistes?|insurgés?|bandits?(?: armés)?"
    r"|ravisseurs?|rebelles?|miliciens?|milices?|extrémistes?|gangs?|gangsters?|malfaiteurs|inconnus armés"
    r"|combattants?(?! volontaires)"
    r"|individus non identifiés|hommes non identifiés|ennemis?)" + E,
    re.I,
)
MILITARY = re.compile(
    B + r"(?:armées?|forces armées|militaires|soldats?|troupes|forces burkinabè|forces de défense(?: et de sécurité)?"
    r"|forces de sécurité|forces spéciales|garde nationale|gendarmes?|gendarmerie"
    r"|sentinelles|éléments de l'armée|forces nigériennes|forces maliennes|militaire)" + E,
    re.I,
)
POLICE = re.compile(B + r"(?:polic(?:e|iers?)|forces de l'ordre|agents de (?:la )?police|commissariat)" + E, re.I)
# Acronyms of one country's forces; None: the forces of the article's country.
FORCE_ACRONYMS: dict[str, str | None] = {
    "fama": "ML", "fardc": "CD", "faca": "CF", "faci": "CI", "fan": "NE", "fds": None, "fat": "TG",
    "anp": "DZ", "fab": "BJ", "bir": "CM",
}  # fmt: skip
GENDARMERIE = re.compile(B + r"(?:gendarmes?|gendarmerie)" + E, re.I)
CIVILIANS = re.compile(
    B + r"(?:civils?|habitants?|villageois|populations?|enfants?|femmes?|personnes|élèves|fidèles|commerçants?"
    r"|passagers?|agriculteurs?|cultivateurs?|éleveurs?|orpailleurs?|bergers?|déplacés|compatriotes|chauffeurs?"
    r"|vieillards|notables|chefs? de village|otages|pêcheurs|enseignants?|fidèles|paysans"
    r"|adolescents?|citoyens|riverains)" + E,
    re.I,
)
PROTESTERS = re.compile(
    B + r"(?:manifestants?|protestataires|marcheurs"
    # « des partisans de l'opposant X », « des militants du parti au pouvoir »: a politician's or a party's crowd
    r"|(?:partisans|sympathisants|militants)(?= (?:de l'|du |des |de )(?:opposant|opposition|parti|candidat"
    r"|ancien|président|leader|chef de file|coalition|mouvement)))" + E,
    re.I,
)
RIOTERS = re.compile(B + r"(?:émeutiers?|pilleurs?|foule|casseurs)" + E, re.I)
# A name is a speaker, not a party, after these: "selon l'armée", "le porte-parole de l'armée".
SPEAKER_BEFORE = re.compile(
    r"(?:selon|d'après|porte-parole|communiqué|bilan|chef d'état-major|état-major|commandant|ministère|ministre"
    # « selon les conclusions d'une enquête de la MONUSCO », « un rapport de l'ONU »: who inquired, not a party
    r"|enquêtes?|rapports?|conclusions|investigations"
    r"|responsable|source|sources|gouverneur|préfet|bulletin|dixit|a indiqué|a déclaré|a affirmé|a annoncé"
    r"|a fait savoir|a précisé|indique|affirme|selon (?:le|la|les))[^.;,]{0,25}$",
    re.I,
)

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)  # fmt: skip
UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}  # fmt: skip
# "une dizaine", "une trentaine": ACLED reads the round figure.
APPROXIMATE = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip
VAGUE = {"dizaines": 10, "centaines": 100, "milliers": 1000}

# Places: what stands before a place name, and what names an area rather than a settlement.
LOCATIVE = frozenset(
    {"à", "au", "aux", "dans", "près", "vers", "entre", "contre", "sur", "en", "lès", "proximité", "environs",
     "village", "localité", "ville", "commune", "quartier", "camp", "camps",
     "poste", "secteur", "région", "province", "préfecture", "département", "cercle", "canton", "zone",
     "territoire", "district", "chef-lieu", "axe", "route", "forêt", "parc", "km", "kilomètres", "loin",
     # « le centre de Paris », « le centre-ville de Bruxelles »: the heart of the town is the town
     "centre", "centre-ville",
     # « a repris le contrôle de Léré »: what was taken or taken back
     "contrôle"}
)  # fmt: skip
PLACE_NOUNS = frozenset(
    {"village", "villages", "localité", "localités", "ville", "quartier", "hameau", "camp", "camps", "base", "poste",
     "marché", "commune", "chef-lieu", "site", "position", "positions", "forêt", "parc", "cité", "secteur",
     "wharf", "port", "carrefour", "rue", "avenue", "boulevard", "gare", "aéroport", "mine", "plage", "pont",
     # landmarks and features a place is named with: « la presqu'île de Bohoma », « le rond-point de Tayouneh »,
     # « l'école de gendarmerie de Faladié »
     "île", "îles", "presqu'île", "rond-point", "école", "lycée", "église", "mosquée", "prison", "résidence",
     "campement", "campements", "station", "bourgade", "agglomération"}
)  # fmt: skip
# « la tuerie de Karma », « l'attaque de Solhan »: French names an event by its place
EVENT_OF_PLACE = frozenset(
    {"attaque", "attaques", "tuerie", "massacre", "attentat", "embuscade", "bombardement", "prise", "siège"}
)
AREA_NOUNS = {
    "région": "region", "province": "province", "préfecture": "prefecture", "département": "department",
    "cercle": "cercle", "canton": "district", "territoire": "district", "district": "district", "zone": "zone",
    "état": "state", "commune": "commune",
}  # fmt: skip
NOT_PLACES = frozenset(
    {"dieu", "allah", "rfi", "afp", "belga", "onu", "ocha", "ong", "etat", "état", "président", "général",
     "capitaine", "colonel", "commandant", "lieutenant", "sergent", "maréchal", "ministre", "gouverneur", "préfet",
     "monsieur", "m.", "mme", "nations", "unies", "croix-rouge", "croix", "rouge", "intelligence", "site", "internet",
     "nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "sahel", "afrique",
     "europe", "lac", "fleuve", "islam", "indépendance", "nationale", "ndlr", "pk", "kilomètres", "km", "casque",
     "casques", "bérets"}
)  # fmt: skip
MACRO_REGIONS = frozenset(
    {"sahel", "afrique", "afrique de l'ouest", "afrique centrale", "maghreb", "trois frontières", "liptako",
     "liptako-gourma", "bassin du lac tchad", "grands lacs", "europe"}
)  # fmt: skip
DIRECTIONS = frozenset(
    {"nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre-nord",
     "centre-est", "centre-ouest", "centre-sud", "extrême-nord"}
)  # fmt: skip

# A person's office, named before the person: « le maire de Kouré, Amadou Issa » names the mayor.
PERSON_TITLES = frozenset(
    {"président", "présidente", "ministre", "maire", "gouverneur", "préfet", "sous-préfet", "porte-parole", "juge",
     "procureur", "directeur", "directrice", "chef", "secrétaire", "commandant", "représentant", "représentante",
     "ambassadeur", "député", "sénateur", "conseiller", "délégué", "administrateur", "coordonnateur",
     "coordinateur", "recteur", "haut-commissaire", "commissaire", "patron", "leader", "dirigeant", "responsable"}
)  # fmt: skip

# Country names as French writes them -> ISO2, beside the English names the shared seeds hold.
COUNTRIES = {
    "mali": "ML", "burkina faso": "BF", "burkina": "BF", "niger": "NE", "tchad": "TD", "cameroun": "CM",
    "centrafrique": "CF", "république centrafricaine": "CF", "république démocratique du congo": "CD", "rdc": "CD",
    "rd congo": "CD", "congo-brazzaville": "CG", "bénin": "BJ", "togo": "TG", "côte d'ivoire": "CI", "haïti": "HT",
    "guinée": "GN", "sénégal": "SN", "nigeria": "NG", "nigéria": "NG", "mauritanie": "MR", "algérie": "DZ",
    "libye": "LY", "soudan": "SD", "soudan du sud": "SS", "ghana": "GH", "france": "FR", "russie": "RU",
    "maroc": "MA", "égypte": "EG", "somalie": "SO", "éthiopie": "ET", "kenya": "KE", "ouganda": "UG",
    "rwanda": "RW", "burundi": "BI", "gabon": "GA", "guinée-bissau": "GW", "gambie": "GM", "sierra leone": "SL",
    "liberia": "LR", "mozambique": "MZ", "tunisie": "TN", "états-unis": "US", "suisse": "CH", "inde": "IN",
    "chine": "CN", "turquie": "TR", "ukraine": "UA", "syrie": "SY", "irak": "IQ", "afghanistan": "AF",
    "pakistan": "PK", "yémen": "YE", "liban": "LB", "israël": "IL", "madagascar": "MG", "comores": "KM",
    "djibouti": "DJ", "érythrée": "ER", "angola": "AO", "zambie": "ZM", "tanzanie": "TZ", "belgique": "BE",
    "allemagne": "DE", "espagne": "ES", "italie": "IT", "royaume-uni": "GB", "canada": "CA", "japon": "JP",
    "arabie saoudite": "SA", "iran": "IR", "jordanie": "JO", "émirats arabes unis": "AE", "qatar": "QA",
}  # fmt: skip
FOLDED_COUNTRIES = {fold(name): code for name, code in COUNTRIES.items()}
_DEMONYMS = {
    "malien": "ML", "burkinabè": "BF", "burkinabé": "BF", "burkinabe": "BF", "nigérien": "NE", "nigérian": "NG",
    "tchadien": "TD", "camerounais": "CM", "centrafricain": "CF", "congolais": "CD", "béninois": "BJ",
    "togolais": "TG", "ivoirien": "CI", "haïtien": "HT", "guinéen": "GN", "sénégalais": "SN", "mauritanien": "MR",
    "algérien": "DZ", "libyen": "LY", "soudanais": "SD", "ghanéen": "GH", "français": "FR", "russe": "RU",
    "marocain": "MA", "américain": "US", "somalien": "SO", "éthiopien": "ET", "ougandais": "UG", "rwandais": "RW",
    "burundais": "BI", "mozambicain": "MZ",
}  # fmt: skip


def _inflections(word: str) -> tuple[str, ...]:
    if word.endswith("ien"):
        return (word, word + "ne", word + "s", word + "nes")
    if word.endswith(("ais", "ois")):
        return (word, word + "e", word + "es")
    if word.endswith("è") or word.endswith("é") or word.endswith("be"):
        return (word, word + "s")
    return (word, word + "e", word + "s", word + "es")


DEMONYMS = {form: code for word, code in _DEMONYMS.items() for form in _inflections(word)}

_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "et"})


def capitalised(name: str) -> str:
    """ "côte d'ivoire" -> "Côte d'Ivoire", "république démocratique du congo" -> "République démocratique du
    Congo" is not how it is always written, so both that and every word capitalised are patterns."""
    words = []
    for word in name.split():
        if word in _PARTICLES:
            words.append(word)
        elif word.startswith("d'"):
            words.append("d'" + word[2:3].upper() + word[3:])
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


AFFILIATION = re.compile(
    r"(?:li[ée]e?s?|affili[ée]e?s?|proches?|alli[ée]e?s?|fidèles?|membres?|issus?|branche|faction|ralliés?"
    r"|supplétifs?(?: civils?)?|servent|appui)"
    r"\s+(?:à|au|aux|de|d'|du|des)\s*(?:l'|la |le |les )?(?:[\w' -]{0,30} et (?:à |au |aux |de |d')?(?:l'|la |le )?)?$",
    re.I,
)
# Days said relative to the report: a report that has them is news of its own time.
NEWS_DAYS = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|ce matin|cette semaine"
    r"|il y a quelques (?:instants|minutes|heures)|la nuit dernière)\b",
    re.I,
)
CRIME = re.compile(r"\b(?:braquages?|braqueurs?|cambrioleurs?|vols? à main armée|voleurs?|coupeurs de route)\b", re.I)
POLITICAL_ARMED = re.compile(
    r"\b(?:terroristes?|jihadistes?|djihadistes?|rebelles?|insurgés?|miliciens?|milices?|gangs?|bandits?)\b", re.I
)

# Les crimes de droit commun pour lesquels un suspect est arrêté.
ORDINARY_CRIME = re.compile(
    r"\b(?:meurtres?|meurtrier|étrangl\w*|poignard\w*|homicides?|féminicides?|escroquer\w*|détournements?"
    r"|drogues?|stupéfiants?|braquages?|cambriol\w*|vols? (?:à|avec|en)|violences conjugales)\b",
    re.I,
)

# Ce qui fait d'une arrestation un fait politique (avec POLITICAL_ARMED).
POLITICAL_CONTEXT = re.compile(
    r"\b(?:manifest\w*|marches?|émeut\w*|emeut\w*|grév\w*|opposition|opposants?|militants?|activistes?"
    r"|journalistes?|dissidents?|partis?|élection\w*|election\w*|coup d'[ée]tat|putsch\w*|junte|régime|sédition"
    r"|complot\w*|terror\w*|attaques?|attentats?|explosions?|embuscades?|affrontements?|heurts?|hommes armés"
    r"|enl[eè]v\w*|kidnapp\w*|rapt|groupes? armés?|ethnique\w*|communautaire\w*|séparatist\w*|espionnage)\b",
    re.I,
)

# A place taken with no fight: « sans combat », « sans résistance », « sans tirer un coup de feu ».
UNOPPOSED = re.compile(
    r"\bsans (?:aucun |le moindre )?(?:combat|résistance|resistance|coup férir|tirer (?:un |le moindre )?coup de feu)\b"
    r"|\baucune résistance\b",
    re.I,
)
