"""Test and benchmark corpora: many interleaved synthetic stories, wire copy and its reprints.

``storyline.testing`` is for tests and benchmarks, not for the pipeline (nothing in storyline
imports it): ``generate_articles(n, seed=...)`` yields labelled article records,
``write_jsonl`` and ``write_text_files`` write them as input files, ``to_article`` turns a
record into an ``Article`` that keeps the generator's id.

Why this exists: benchmarks need 10k-200k articles and tests need small corpora with a known
answer, and no real labelled corpus of that size can ship with the project. Every article
here is composed from word lists and sentence templates written in this module, so output is
free of third-party text, identical for a given seed on every machine, and comes with its
ground truth (``story`` label, ``reprint_of`` link).

What makes it realistic enough to exercise storyline:

* stories (default about one per 40 articles) each have their own places, people,
  organisations, 6-10 key dates over a few weeks, and quantities that change legitimately
  from one event to the next;
* articles mention event dates in the forms real copy uses, explicit ("Oct. 14",
  "14 October 2025", "October 14, 2025") and relative to their publication date ("on
  Tuesday", "yesterday", "last week", "earlier this month", "in March", "mid-October",
  "last year"), plus a few future ones;
* outlets have house styles (datelines, bylines, section labels, credit lines);
* a share of articles are reprints of wire copy made by :func:`make_reprint` with the
  transformations of BENCHMARKS.md section 3 (trimmed, re-headlined, paragraphs dropped or
  reordered, an outlet's own lead added), so dedup can be scored for recall and precision;
* a few articles are undated and a few misspell a place name.

The generator streams: stories are rebuilt on demand from ``(seed, index)`` behind a small
LRU cache and only a bounded window of recent wire originals is kept for reprinting, so
memory does not grow with ``n``.
"""

from __future__ import annotations

import json
import random
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from storyline.models import Article, Story

__all__ = [
    "FEED_FORMS",
    "OUTLETS",
    "WIRE_AGENCIES",
    "StoryPlan",
    "as_feed_item",
    "generate_articles",
    "in_pieces",
    "make_reprint",
    "make_story",
    "to_article",
    "write_jsonl",
    "write_text_files",
]

# ---------------------------------------------------------------------------------------------
# Word lists (all invented for this module)
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Marta Joren Elsbeth Tomas Hanna Ilse Piet Sofia Ana Lionel Ruth Oskar Greta Carl Ines "
    "Amara Elin Hedda Jonas Anneke Teodor Lucia Matteo Nadia Henrik Yusuf Leila Dmitri Clara "
    "Felix Rosa Samir Agnes Viktor Mira Tobias Helena Rafael Ingrid Omar Selma Anton Liv "
    "Bruno Nora Emil Zora Hugo Vera Pavel Alma Idris Freya Otto Lena Kofi Maren Caspar Dalia "
    "Stefan Irena Milo Ada"
).split()

SURNAMES = (
    "Halvik Taske Cray Reyl Vesk Marquand Oldham Renner Ferreiro Abara Maalouf Lind Olwen "
    "Amsel Quist Brask Morn Feld Stroud Gruber Carvel Novak Baptiste Lindqvist Okafor Moreau "
    "Petrov Almeida Kowal Sorensen Haddad Varga Castell Brennan Ivers Duarte Kessler Mendez "
    "Aalto Rourke Szabo Nilsen Farrow Ambrose Delacroix Osei Hartmann Vidal Kovac Lang Orsini "
    "Tamm Ekberg Salas Whitlock Ravel Okonjo Marsh Valen Dorsey Ferro Holm Lucan Pryor"
).split()

PLACE_HEADS = (
    "Bren Valm Kest Sall Ost Tev Pin Ald Grey Dun Corv Dross Ash Mar Hol Lin Stav Rook Bel "
    "Tarn Wick Fal Mor Eld Brack Sel Kor Vand Ris Hav Thorn Quel Aus Lorn Cal Gard Mir Nest "
    "Orm Penn"
).split()

PLACE_TAILS = (
    "holm moré bay mark hollow mere ford more vala sen wick haven by stad port field ton "
    "bridge dale gate minster wald ness ora ice"
).split()

COUNTRIES = (
    ("Arvenia", "Arvenian", "crowns"),
    ("Vestmark", "Vestmarkian", "marks"),
    ("Corlandia", "Corlandian", "florins"),
    ("Saldera", "Salderan", "reals"),
    ("Ostravia", "Ostravian", "lev"),
    ("Nordhavn", "Nordhavner", "kroner"),
    ("Tessaly", "Tessalian", "drachmas"),
    ("Maravel", "Maravelan", "pesos"),
    ("Kaldoria", "Kaldorian", "dinars"),
    ("Belmora", "Belmoran", "lira"),
    ("Quessa", "Quessan", "shillings"),
    ("Rhennland", "Rhennish", "thalers"),
)

REGION_WORDS = ("Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Central")

WIRE_AGENCIES = (
    ("Meridian Press", "MP", "meridianpress.example"),
    ("Continental Wire", "CW", "continentalwire.example"),
    ("Atlas News Agency", "ANA", "atlasnews.example"),
    ("Northstar Wire", "NSW", "northstarwire.example"),
)

_OUTLET_TOWNS = (
    "Harbour Kestrel Drossen Valley Coastal Capital Northern Metro Island Riverside Highland "
    "Lakeland Southern Eastern Western Midland"
).split()
_OUTLET_FORMS = (
    "The {t} Courier",
    "{t} Daily Post",
    "The {t} Ledger",
    "{t} Evening News",
    "{t} Radio News",
    "The {t} Observer",
)

# house styles: 0 plain, 1 byline line, 2 section label, 3 dateline, 4 place-and-date line
OUTLETS: tuple[tuple[str, str, int], ...] = tuple(
    (
        form.format(t=town),
        f"{town.lower()}{form.split()[-1].lower()}{k}.example",
        (i * 7 + k) % 5,
    )
    for i, town in enumerate(_OUTLET_TOWNS)
    for k, form in enumerate(_OUTLET_FORMS)
    if (i + k) % 2 == 0
)

SECTIONS = ("WORLD", "NATIONAL", "BUSINESS", "REGIONS", "NEWS", "ECONOMY", "POLITICS")

ATTRIBUTIONS = (
    "officials said",
    "according to {org}",
    "{p1last} said",
    "the authorities said",
    "a spokesperson for {org} said",
    "local media reported",
    "people familiar with the matter said",
    "{org} said in a statement",
)

QUALIFIERS = ("about", "at least", "nearly", "more than", "some", "roughly", "almost", "around")

GENERIC_CONTEXT = (
    "The {kind} has dominated the news in {country} for several days.",
    "Opposition politicians accused the government of reacting too slowly.",
    "Residents of {place} said they had been given little information.",
    "The {adj} situation has drawn attention from neighbouring countries.",
    "Local businesses in {place2} reported a sharp drop in trade.",
    "Several {adj} questions remain unanswered, critics said.",
    "{person3}, {role3}, said the coming days would be decisive.",
    "Officials in {capital} held a series of meetings to discuss the response.",
    "Television pictures showed {adj} scenes in the centre of {place}.",
    "A spokesperson for {org} declined to comment on the details.",
    "Analysts said the episode could have lasting effects on the {demonym} economy.",
    "The government has promised a full review once the immediate {kind} is over.",
    "Community groups in {region} organised collections of food and clothing.",
    "Some of those affected said they had heard the news on the radio first.",
    "Parliament is expected to debate the matter when it next sits.",
    "The episode has revived a long debate in {country} about public investment.",
    "{org} has faced criticism over its handling of similar cases in the past.",
    "Newspapers in {capital} devoted several pages to the story.",
    "The mayor of {place2} called for calm and urged people to follow official advice.",
    "Figures released by {org} could not be independently verified.",
    "Police said there had been no serious incidents overnight.",
    "Schools in parts of {region} remained closed as a precaution.",
    "It is the most serious {kind} of its kind in {region} in more than a decade.",
    "Volunteers from across {region} travelled to {place} to help.",
    "The {adj} developments come at a difficult moment for the government in {capital}.",
)

QUOTE_OPENERS = (
    "We are doing everything we can",
    "People deserve clear answers, and they deserve them quickly",
    "Nobody here has seen anything like this before",
    "This is a difficult moment",
    "We warned about exactly this risk",
    "It is too early to say what the final cost will be",
    "Our first priority is the people of {place}",
    "We will not accept an outcome that leaves ordinary families worse off",
    "There will be time later to ask who is responsible",
    "I have spoken to many people in {place} today, and they are tired and worried",
    "The next few days will tell us a great deal",
    "We have asked for help and we expect to get it",
    "I understand why people are angry",
    "Everyone has been working around the clock",
    "This is not the time for politics",
    "We knew this could happen one day",
)

QUOTE_ENDINGS = (
    "",
    "",
    "",
    ", and we will keep going until the job is done",
    ". We owe that to the people of {place}",
    ", whatever the critics say",
    ". That is all I can say for now",
    ", and I think everyone in {region} knows it",
    ". Nobody should be in any doubt about that",
    ", but we will get through it together",
    ". We will have more to say {soon}",
)

# Background sentences about an older, related event; {when} is relative to publication.
HISTORY = (
    "A smaller {kind} affected {place2} {when}.",
    "{Org} last made headlines {when}, when it was criticised over its planning.",
    "The previous {kind} in {region} happened {when}, and an inquiry was promised then too.",
    "{person2} first raised concerns about the risk {when}.",
)

SOON = ("in the coming days", "very soon", "once we have the facts", "when the time is right")

SUBJECTS = (
    "{person1}",
    "{person2}",
    "{person3}",
    "{Org}",
    "{Org2}",
    "Residents of {place}",
    "Officials in {capital}",
    "Business owners in {place2}",
    "Opposition politicians",
    "A spokesperson for {org}",
    "Local leaders in {region}",
    "Analysts",
    "Aid groups",
    "The mayor of {place2}",
    "Community leaders in {place3}",
    "Economists in {capital}",
    "Several members of parliament",
    "Church groups in {place}",
    "Neighbours in {place3}",
    "A senior official in {capital}",
    "Shopkeepers in {place}",
    "Younger residents of {place2}",
    "A group of retired teachers in {place}",
    "Editorials in the {demonym} press",
)

# Predicates: literal text and @slot names, joined after a subject into one sentence.
PREDICATES = (
    ("said the situation remained ", "@adj"),
    ("called for ", "@demand"),
    ("warned that ", "@risk"),
    ("said that ", "@claim"),
    ("expressed concern about ", "@concern"),
    ("urged ", "@whom", " to ", "@action"),
    ("described the mood in {place} as ", "@mood"),
    ("said residents should expect ", "@expectation"),
    ("criticised ", "@target", " for ", "@fault"),
    ("met ", "@meetwho", " ", "@time"),
    ("asked ", "@whom", " for ", "@help"),
    ("said ", "@claim", ", adding that ", "@risk"),
    ("repeated calls for ", "@demand", " ", "@time"),
    ("acknowledged that ", "@claim"),
    ("pointed to ", "@concern", " as the main worry"),
)

SLOTS: dict[str, tuple[str, ...]] = {
    "adj": (
        "tense",
        "difficult",
        "uncertain",
        "serious",
        "fragile",
        "confused",
        "unpredictable",
        "calm but tense",
        "far from resolved",
        "worrying",
        "under control",
        "complicated",
    ),
    "demand": (
        "a full public inquiry",
        "more money for {region}",
        "calm",
        "clear information for residents",
        "an emergency debate in parliament",
        "compensation for those affected",
        "the resignation of the minister responsible",
        "urgent talks",
        "a review of the rules",
        "better coordination between agencies",
        "help from neighbouring countries",
        "daily public briefings",
    ),
    "risk": (
        "the cost would keep rising",
        "people in {place2} could be next",
        "trust in public institutions was at stake",
        "the worst might not be over",
        "smaller towns were being overlooked",
        "the crisis could last for weeks",
        "prices could rise",
        "volunteers were exhausted",
        "the economy of {region} would suffer",
        "mistakes had been made early on",
        "the same thing could happen elsewhere in {country}",
    ),
    "claim": (
        "the response had been well organised",
        "lessons would have to be learned",
        "the figures were likely to change",
        "nobody had been told what to expect",
        "the government had been warned months ago",
        "help was arriving too slowly",
        "the next few days would be critical",
        "more resources were on the way",
        "the priority was to keep people safe",
        "there was no reason to panic",
        "the official figures did not tell the whole story",
    ),
    "concern": (
        "the long-term effects on {place}",
        "the lack of information",
        "rising costs",
        "the elderly and the sick",
        "families with young children",
        "jobs in {region}",
        "the pace of the response",
        "rumours spreading online",
        "the cost to taxpayers",
    ),
    "whom": (
        "residents",
        "the government",
        "people in {place}",
        "employers",
        "the public",
        "both sides",
        "the authorities",
        "local businesses",
    ),
    "action": (
        "stay calm",
        "follow official advice",
        "avoid the area",
        "return to talks",
        "act quickly",
        "share information",
        "be patient",
        "check on elderly neighbours",
    ),
    "mood": (
        "anxious",
        "determined",
        "angry",
        "exhausted but hopeful",
        "tense",
        "grim",
        "quietly defiant",
    ),
    "expectation": (
        "a long recovery",
        "more bad news",
        "an announcement within days",
        "an improvement by the end of the week",
        "a difficult winter",
        "further delays",
        "a compromise",
        "a long legal fight",
    ),
    "target": (
        "the government",
        "{org}",
        "{org2}",
        "the regional authorities",
        "ministers",
        "the opposition",
    ),
    "fault": (
        "a slow response",
        "poor communication",
        "ignoring earlier warnings",
        "a lack of planning",
        "making promises it could not keep",
        "playing politics with the crisis",
    ),
    "meetwho": (
        "local officials",
        "representatives of {org}",
        "residents of {place}",
        "ministers in {capital}",
        "the heads of the emergency services",
        "business leaders",
    ),
    "time": (
        "on several occasions",
        "over the weekend",
        "in recent days",
        "late into the night",
        "behind closed doors",
        "more than once",
    ),
    "help": ("more support", "patience", "clear answers", "extra staff", "money", "information"),
}

# Each topic: the kind of story, organisations, the dated events in order (past-tense clause,
# headline), measures that change over the events, and its own context sentences and quotes.
TOPICS: tuple[dict, ...] = (
    {
        "kind": "strike",
        "org": ("the {place} Dockworkers' Union", "the {demonym} Federation of Transport Workers"),
        "org2": ("the {demonym} Ports Authority", "the employers' association"),
        "actor": ("dockers", "rail workers", "bus drivers", "nurses", "postal workers"),
        "issue": ("pay", "automation", "pensions", "staffing levels", "night shifts"),
        "roles": ("general secretary of {org}", "labour minister", "chief negotiator"),
        "events": (
            ("{actor} in {place} walked out over {issue}", "{Actor} in {place} walk out"),
            ("the strike spread to {place2} and {place3}", "Strike spreads to {place2}"),
            ("a government mediator opened talks with {org}", "Mediator opens strike talks"),
            ("talks between {org} and {org2} broke down", "Strike talks collapse"),
            ("{org} called a nationwide stoppage", "Union calls national stoppage"),
            ("the nationwide stoppage began", "{Actor} stage nationwide strike"),
            ("negotiators reached a tentative agreement", "Tentative deal reached"),
            ("members of {org} voted to accept the deal", "{Actor} back deal"),
            ("work resumed in {place}", "Work resumes as strike ends"),
        ),
        "measures": (
            ("{actor}", "had joined the strike", 400, 1.5),
            ("days of work", "had been lost to the dispute", 2000, 1.8),
        ),
        "context": (
            "{org} says the dispute is about {issue} as much as about wages.",
            "{org2} said its latest offer was fair and would remain on the table.",
            "Exporters warned that every day of the {kind} cost them millions of {currency}.",
            "The last {kind} of this size in {country} took place more than a decade ago.",
            "Pickets gathered outside the main gates in {place} before dawn.",
            "Supporters brought food and coffee to the picket lines in {place2}.",
        ),
        "quotes": (
            "Our members did not want this strike, but they will not be ignored",
            "The offer on the table is the best the sector can afford",
            "Every day this goes on, customers move their business abroad",
        ),
    },
    {
        "kind": "wildfire",
        "org": ("{region} Fire and Rescue", "the {place} civil protection agency"),
        "org2": ("the regional government", "the national forestry service"),
        "actor": ("firefighters", "fire crews", "volunteers"),
        "issue": ("dry winds", "drought", "a heatwave"),
        "roles": ("commander of {org}", "regional governor", "mayor of {place}"),
        "events": (
            ("a wildfire broke out in the hills above {place}", "Wildfire breaks out near {place}"),
            ("residents of {place} and {place2} were ordered to leave", "Villages evacuated"),
            ("the fire jumped the river near {place2}", "Fire jumps river near {place2}"),
            ("{place3} was evacuated as the fire turned south", "{place3} evacuated"),
            ("water-bombing aircraft from abroad arrived", "Foreign aircraft join fight"),
            ("rain helped crews contain the fire", "Rain brings fire under control"),
            ("residents were allowed to return home", "Evacuees allowed home"),
            ("an inquiry into the cause of the fire was opened", "Inquiry into wildfire"),
        ),
        "measures": (
            ("residents", "have been forced from their homes", 800, 1.4),
            ("hectares", "have burned", 1500, 1.6),
        ),
        "context": (
            "There has been almost no rain in {region} since the start of summer.",
            "Smoke from the fire could be seen from {capital}.",
            "Evacuees are staying in sports halls and with relatives in {place2}.",
            "{actor} worked through the night to protect houses on the edge of {place}.",
            "The cause of the fire has not been established.",
            "Strong winds pushed the flames through dry pine forest and scrub.",
        ),
        "quotes": (
            "The forest floor is like tinder, and the wind is not helping us",
            "We have had to make very hard choices about which houses to defend",
            "Contained is not the same as out, and people must stay careful",
        ),
    },
    {
        "kind": "flood",
        "org": ("the {demonym} Environment Agency", "{region} emergency services"),
        "org2": ("the national weather service", "the army"),
        "actor": ("rescue teams", "soldiers", "volunteers"),
        "issue": ("days of heavy rain", "a burst dam", "a storm surge"),
        "roles": ("director of {org}", "interior minister", "mayor of {place}"),
        "events": (
            ("heavy rain began falling across {region}", "Heavy rain hits {region}"),
            ("the river burst its banks in {place}", "River floods {place}"),
            ("the army was deployed to {place2}", "Army deployed to {place2}"),
            ("a dam near {place3} was declared at risk", "Dam at {place3} at risk"),
            ("floodwaters peaked in {place}", "Floodwaters peak"),
            ("the clean-up began in {place}", "Clean-up begins"),
            ("the government announced an aid package", "Flood aid announced"),
            ("schools in {region} reopened", "Schools reopen after floods"),
        ),
        "measures": (
            ("homes", "have been flooded", 600, 1.5),
            ("people", "have been moved to emergency shelters", 900, 1.4),
        ),
        "context": (
            "Parts of {place} were under more than a metre of water.",
            "Roads between {place} and {place2} remain closed.",
            "Forecasters said more rain was expected over the weekend.",
            "Farmers in {region} said much of the harvest had been lost.",
            "Power was cut to thousands of households as a precaution.",
            "Rescue boats were used to reach elderly residents in {place2}.",
        ),
        "quotes": (
            "The water came up faster than anyone expected",
            "We will rebuild, but it will take time and money",
            "Please stay away from the riverbanks until we say it is safe",
        ),
    },
    {
        "kind": "bank rescue",
        "org": ("{place} Mutual Bank", "{place} Savings Bank"),
        "org2": ("the Central Bank of {country}", "the finance ministry"),
        "actor": ("depositors", "savers", "shareholders"),
        "issue": ("property loans", "bond losses", "a funding shortfall"),
        "roles": ("chief executive of {org}", "central bank governor", "finance minister"),
        "events": (
            ("{org} warned of heavy losses on {issue}", "{org} warns of losses"),
            ("shares in {org} fell sharply", "{org} shares plunge"),
            ("{org} limited cash withdrawals", "{org} caps withdrawals"),
            ("{org2} announced emergency support", "Emergency support for {org}"),
            ("a rival lender agreed to take over {org}", "Rival to take over {org}"),
            ("the central bank cut interest rates", "Central bank cuts rates"),
            ("the chief executive of {org} resigned", "{org} chief resigns"),
            ("parliament opened an inquiry into the rescue", "Inquiry into bank rescue"),
        ),
        "measures": (
            ("million {currency}", "had been withdrawn from the bank", 300, 1.7),
            ("customers", "hold accounts at the bank", 120000, 1.0),
        ),
        "context": (
            "Deposits of up to 100,000 {currency} are covered by the state guarantee scheme.",
            "Queues formed outside branches of {org} in {place} and {place2}.",
            "Other lenders' shares also fell on the {capital} exchange.",
            "{org} has been part of life in {region} for more than a century.",
            "Analysts said smaller banks had lent too heavily to property developers.",
            "The rescue has raised questions about how the bank was supervised.",
        ),
        "quotes": (
            "No saver will lose a single {currency_one}",
            "With hindsight, we should have acted sooner",
            "The banking system as a whole remains sound",
        ),
    },
    {
        "kind": "election",
        "org": ("the {demonym} Electoral Commission", "the People's Alliance"),
        "org2": ("the Liberal Union", "the Green Coalition"),
        "actor": ("voters", "candidates", "party members"),
        "issue": ("housing", "energy prices", "immigration", "taxes"),
        "roles": ("leader of the People's Alliance", "prime minister", "party spokesperson"),
        "events": (
            ("the prime minister called an early election", "Early election called"),
            ("the campaign formally opened", "Campaign opens"),
            ("the main party leaders met in a televised debate", "Leaders clash in debate"),
            ("a poll put the People's Alliance ahead", "Poll puts Alliance ahead"),
            ("voters went to the polls", "{Country} votes"),
            ("official results were announced", "Results announced"),
            ("coalition talks began in {capital}", "Coalition talks begin"),
            ("the new government was sworn in", "New government sworn in"),
        ),
        "measures": (
            ("voters", "had registered to vote by post", 50000, 1.3),
            ("seats", "were won by the People's Alliance", 40, 1.0),
        ),
        "context": (
            "{issue} has been the dominant issue of the campaign.",
            "Turnout in {region} has traditionally been lower than the national average.",
            "Campaign posters lined the main streets of {place}.",
            "Smaller parties hope to play kingmaker in the next parliament.",
            "Observers said the campaign had been mostly calm.",
            "The outgoing government has been in office for eight years.",
        ),
        "quotes": (
            "People want change, and they want it now",
            "We will talk to every party that shares our values",
            "The result is a clear message from the people of {country}",
        ),
    },
    {
        "kind": "trial",
        "org": ("the {place} District Court", "the public prosecutor's office"),
        "org2": ("the defence team", "the Supreme Court of {country}"),
        "actor": ("defendants", "witnesses", "plaintiffs"),
        "issue": ("fraud", "bribery", "embezzlement", "tax evasion"),
        "roles": ("chief prosecutor", "defence lawyer", "presiding judge"),
        "events": (
            (
                "police arrested a former official in {place} on suspicion of {issue}",
                "Former official arrested",
            ),
            ("prosecutors filed charges of {issue}", "Charges filed in {issue} case"),
            ("the trial opened at {org}", "Trial opens"),
            ("a key witness gave evidence", "Key witness testifies"),
            ("the defence began its case", "Defence opens its case"),
            ("the court delivered its verdict", "Verdict delivered"),
            ("the judge handed down sentences", "Sentences handed down"),
            ("the defence filed an appeal", "Appeal filed"),
        ),
        "measures": (
            ("million {currency}", "were allegedly diverted", 12, 1.1),
            ("witnesses", "have been called to give evidence", 10, 1.4),
        ),
        "context": (
            "The case has been followed closely across {country}.",
            "The defendants deny all the charges.",
            "Supporters of the accused gathered outside the court in {place}.",
            "The prosecution says the scheme ran for several years.",
            "Several hearings were held behind closed doors.",
            "Legal experts said an appeal was almost certain.",
        ),
        "quotes": (
            "My client has always maintained his innocence",
            "No one is above the law in {country}",
            "The evidence speaks for itself",
        ),
    },
    {
        "kind": "outbreak",
        "org": ("the {demonym} Institute of Public Health", "{place} General Hospital"),
        "org2": ("the health ministry", "the regional health authority"),
        "actor": ("doctors", "health workers", "epidemiologists"),
        "issue": ("contaminated water", "a new strain of influenza", "food poisoning"),
        "roles": ("director of {org}", "health minister", "chief medical officer"),
        "events": (
            ("doctors in {place} reported an unusual number of cases", "Cases rise in {place}"),
            ("health officials traced the outbreak to {issue}", "Outbreak traced"),
            ("schools in {place} were closed", "Schools closed in {place}"),
            ("cases were confirmed in {place2}", "Outbreak spreads to {place2}"),
            ("the health ministry declared an emergency", "Health emergency declared"),
            ("a vaccination campaign began", "Vaccination campaign begins"),
            ("new cases began to fall", "New cases fall"),
            ("the emergency was lifted", "Emergency lifted"),
        ),
        "measures": (
            ("cases", "have been confirmed", 60, 1.8),
            ("patients", "were being treated in hospital", 20, 1.5),
        ),
        "context": (
            "Hospitals in {region} postponed routine operations.",
            "People in {place} were advised to boil drinking water.",
            "Pharmacies reported a rush on hand sanitiser.",
            "The outbreak has put pressure on an already stretched health service.",
            "Officials urged anyone with symptoms to stay at home.",
            "Laboratory results from {capital} are expected within days.",
        ),
        "quotes": (
            "The situation is serious but under control",
            "We are seeing fewer new cases every day",
            "People should not panic, but they should follow the advice",
        ),
    },
    {
        "kind": "factory closure",
        "org": ("{place} Steelworks", "{place} Motor Company"),
        "org2": ("the metalworkers' union", "the regional development agency"),
        "actor": ("workers", "employees", "suppliers"),
        "issue": ("falling demand", "high energy costs", "competition from abroad"),
        "roles": ("managing director of {org}", "economy minister", "union representative"),
        "events": (
            ("{org} announced plans to close its plant in {place}", "{org} to close plant"),
            ("workers staged a protest outside the plant", "Workers protest closure"),
            ("the government offered emergency aid to {org}", "Aid offered to {org}"),
            ("talks on a rescue buyer began", "Talks on a buyer begin"),
            ("a potential buyer withdrew", "Buyer pulls out"),
            ("the first layoffs took effect", "First layoffs"),
            ("a new investor was found for part of the site", "Investor found"),
            ("the last shift left the plant", "Last shift at {org}"),
        ),
        "measures": (
            ("jobs", "are at risk", 1200, 1.1),
            ("million {currency}", "were offered in state aid", 40, 1.3),
        ),
        "context": (
            "The plant has been the largest employer in {place} for decades.",
            "Suppliers in {region} fear a chain of closures.",
            "Energy prices for industry in {country} are among the highest in the region.",
            "Shops in {place} put signs in their windows supporting the workers.",
            "The company blamed {issue} for the decision.",
            "Retraining schemes have been promised but not yet funded.",
        ),
        "quotes": (
            "This town was built around that factory",
            "We looked at every option before taking this decision",
            "We will not let these jobs disappear without a fight",
        ),
    },
    {
        "kind": "protest movement",
        "org": ("the {place} Citizens' Committee", "the Students' Union"),
        "org2": ("the interior ministry", "the city council of {capital}"),
        "actor": ("protesters", "students", "farmers"),
        "issue": ("fuel prices", "a new land law", "corruption", "university fees"),
        "roles": ("spokesperson for {org}", "interior minister", "police chief"),
        "events": (
            ("protesters gathered in {place} against {issue}", "Protest over {issue}"),
            ("the protests spread to {capital}", "Protests reach {capital}"),
            ("police used tear gas to disperse a crowd in {place2}", "Tear gas in {place2}"),
            ("the government offered talks", "Government offers talks"),
            ("{org} rejected the offer", "Protesters reject offer"),
            ("the largest march so far took place in {capital}", "Huge march in {capital}"),
            ("the government withdrew the measure", "Government backs down"),
            ("organisers called off the protests", "Protests called off"),
        ),
        "measures": (
            ("protesters", "took part in the marches", 3000, 1.6),
            ("people", "were arrested", 20, 1.5),
        ),
        "context": (
            "Shops along the main avenue in {place} were boarded up.",
            "The movement has no formal leaders, which has complicated talks.",
            "Social media videos showed crowds singing and waving flags.",
            "The government says {issue} is necessary to balance the budget.",
            "Rights groups criticised the use of force by police.",
            "Many of the protesters are young people from {region}.",
        ),
        "quotes": (
            "We are not going home until they listen",
            "Peaceful protest is a right, violence is not",
            "The door to dialogue remains open",
        ),
    },
    {
        "kind": "bridge collapse",
        "org": ("the {demonym} Roads Agency", "{place} city council"),
        "org2": ("the transport ministry", "the construction firm"),
        "actor": ("engineers", "rescue workers", "divers"),
        "issue": ("corrosion", "overloading", "a design flaw"),
        "roles": ("transport minister", "director of {org}", "chief engineer"),
        "events": (
            ("a road bridge collapsed in {place}", "Bridge collapses in {place}"),
            ("rescue workers recovered the last missing person", "Search ends"),
            ("engineers closed three similar bridges in {region}", "Similar bridges closed"),
            ("the transport minister ordered nationwide inspections", "Inspections ordered"),
            ("investigators blamed {issue}", "Investigators blame {issue}"),
            ("a temporary crossing opened in {place}", "Temporary crossing opens"),
            ("the transport minister resigned", "Transport minister resigns"),
            ("plans for a new bridge were approved", "New bridge approved"),
        ),
        "measures": (
            ("people", "were injured", 12, 1.2),
            ("bridges", "have been closed for inspection", 3, 2.0),
        ),
        "context": (
            "The bridge carried about 20,000 vehicles a day.",
            "Traffic between {place} and {place2} has been diverted.",
            "Engineers had warned about the bridge's condition years ago.",
            "Many bridges in {country} were built in the same decade.",
            "Commuters face detours of up to an hour.",
            "Local businesses said trade had fallen since the collapse.",
        ),
        "quotes": (
            "We will find out exactly what went wrong",
            "Every bridge of this design will be checked",
            "This should never have happened",
        ),
    },
)

MONTHS = (
    "January February March April May June July August September October November December"
).split()
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FIRST_DAY = date(2024, 1, 8)
LAST_SPAN_DAYS = 1000  # stories start between early 2024 and autumn 2026

# ---------------------------------------------------------------------------------------------
# Dates as copy writes them
# ---------------------------------------------------------------------------------------------


def explicit_date(day: date, rng: random.Random, with_year: bool | None = None) -> str:
    """An explicit date in one of the styles outlets use (AP, British, American)."""
    if with_year is None:
        with_year = rng.random() < 0.35
    style = rng.randrange(3)
    if style == 0:
        text = f"{AP_MONTHS[day.month - 1]} {day.day}"
        return f"{text}, {day.year}" if with_year else text
    if style == 1:
        text = f"{day.day} {MONTHS[day.month - 1]}"
        return f"{text} {day.year}" if with_year else text
    text = f"{MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if with_year else text


def _part_of_month(day: date) -> str:
    if day.day <= 10:
        return f"in early {MONTHS[day.month - 1]}"
    if day.day <= 20:
        return f"in mid-{MONTHS[day.month - 1]}"
    return f"in late {MONTHS[day.month - 1]}"


def date_phrase(event: date, published: date, rng: random.Random) -> str:
    """How an article published on ``published`` refers to ``event``, with its preposition.

    The mix follows news copy: weekdays for the past week, "yesterday", "last week",
    "earlier this month", month names, parts of months, and explicit dates, so the
    resolver sees every form it must handle.
    """
    delta = (published - event).days
    weekday = WEEKDAYS[event.weekday()]
    if delta < 0:
        return _future_phrase(event, published, rng)
    if delta == 0:
        return ("on " + weekday, "today", "on " + weekday, "earlier today")[rng.randrange(4)]
    if delta == 1:
        return ("yesterday", "on " + weekday, "on " + weekday)[rng.randrange(3)]
    if delta < 7:
        return "on " + weekday if rng.random() < 0.75 else "on " + explicit_date(event, rng)
    if delta < 14:
        pick = rng.randrange(3)
        if pick == 0:
            return "last week"
        if pick == 1:
            return "last " + weekday
        return "on " + explicit_date(event, rng)
    same_year = event.year == published.year
    if same_year and event.month == published.month:
        return "earlier this month" if rng.random() < 0.5 else "on " + explicit_date(event, rng)
    months_back = (published.year - event.year) * 12 + published.month - event.month
    if months_back == 1:
        pick = rng.randrange(4)
        if pick == 0:
            return "last month"
        if pick == 1:
            return "in " + MONTHS[event.month - 1]
        if pick == 2:
            return _part_of_month(event)
        return "on " + explicit_date(event, rng)
    if same_year:
        pick = rng.randrange(3)
        if pick == 0:
            return "in " + MONTHS[event.month - 1]
        if pick == 1:
            return _part_of_month(event)
        return "on " + explicit_date(event, rng)
    if published.year - event.year == 1:
        pick = rng.randrange(3)
        if pick == 0:
            return "last year"
        if pick == 1:
            return f"in {MONTHS[event.month - 1]} last year"
        return "on " + explicit_date(event, rng, with_year=True)
    return f"in {event.year}"


def _future_phrase(event: date, published: date, rng: random.Random) -> str:
    ahead = (event - published).days
    if ahead == 1:
        return "tomorrow" if rng.random() < 0.5 else "on " + WEEKDAYS[event.weekday()]
    if ahead < 7:
        return "on " + WEEKDAYS[event.weekday()]
    if ahead < 14 and rng.random() < 0.5:
        return "next week"
    if event.month == published.month and rng.random() < 0.4:
        return "later this month"
    return "on " + explicit_date(event, rng)


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------


def _place(rng: random.Random) -> str:
    return rng.choice(PLACE_HEADS) + rng.choice(PLACE_TAILS)


def _person(rng: random.Random) -> tuple[str, str]:
    last = rng.choice(SURNAMES)
    return f"{rng.choice(FIRST_NAMES)} {last}", last


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _round(value: float) -> int:
    """Round to two significant figures, as reported numbers usually are."""
    if value < 100:
        return max(1, round(value))
    digits = len(str(int(value))) - 2
    return int(round(value, -digits))


def _unaccent(text: str) -> str:
    return text.translate(str.maketrans("éèáà", "eeaa"))


def _past(verb: str) -> str:
    """The past-perfect form of a measure's verb phrase, for figures from earlier events."""
    for now, then in (("have ", "had "), ("has ", "had "), ("are ", "were "), ("hold ", "held ")):
        if verb.startswith(now):
            return then + verb[len(now) :]
    return verb


@dataclass(frozen=True)
class StoryPlan:
    """One story's ground truth and the fixed material its articles are written from.

    ``key_dates`` and ``events`` are the truth a timeline should recover. The rest is the
    story's vocabulary with its entities already filled in (subjects, slot fillers, facts,
    quote parts), built once so that writing an article is mostly picking and joining.
    """

    index: int
    label: str
    kind: str
    topic: int
    key_dates: tuple[date, ...]
    events: tuple[str, ...]  # past-tense clauses, entities filled in, parallel to key_dates
    headlines: tuple[str, ...]
    measures: tuple[tuple[str, str, str, tuple[int, ...]], ...]  # unit, now, then, values
    ctx: dict[str, str]
    wire_city: str
    subjects: tuple[str, ...]
    predicates: tuple[tuple[str, ...], ...]  # every predicate with its slots filled every way
    facts: tuple[str, ...]
    openers: tuple[str, ...]
    endings: tuple[str, ...]
    speakers: tuple[str, ...]  # attributions that follow a quote
    attributions: tuple[str, ...]
    history: date  # an earlier, related event that articles mention as background


def _expand_predicates(ctx: dict[str, str]) -> tuple[tuple[str, ...], ...]:
    """Each predicate spelled out with every combination of its slot fillers.

    Expanding once per story turns writing a sentence into three random picks and one
    concatenation, which is what keeps the generator above 5,000 articles a second.
    """
    slots = {
        name: [t.format_map(ctx) if "{" in t else t for t in items] for name, items in SLOTS.items()
    }
    expanded = []
    for predicate in PREDICATES:
        forms = [""]
        for part in predicate:
            options = slots[part[1:]] if part[0] == "@" else [part.format_map(ctx)]
            forms = [form + option for form in forms for option in options]
        expanded.append(tuple(forms))
    return tuple(expanded)


def make_story(seed: int, index: int, count: int) -> StoryPlan:
    """Story ``index`` of ``count`` for ``seed``; rebuilt identically on every call.

    Deriving a story from ``(seed, index)`` alone is what lets the generator forget stories
    and rebuild them, keeping memory flat however many articles are asked for.
    """
    rng = random.Random(f"storyline-synthetic:{seed}:{index}")
    topic_no = rng.randrange(len(TOPICS))
    topic = TOPICS[topic_no]
    country, demonym, currency = rng.choice(COUNTRIES)
    places: list[str] = []
    while len(places) < 4:
        name = _place(rng)
        if name not in places:
            places.append(name)
    persons = [_person(rng) for _ in range(3)]
    actor = rng.choice(topic["actor"])
    ctx: dict[str, str] = {
        "kind": topic["kind"],
        "country": country,
        "Country": country,
        "demonym": demonym,
        "currency": currency,
        "currency_one": currency[:-1] if currency.endswith("s") else currency,
        "place": places[0],
        "place2": places[1],
        "place3": places[2],
        "capital": places[3],
        "region": f"{rng.choice(REGION_WORDS)} {places[rng.randrange(3)]}",
        "actor": actor,
        "Actor": _cap(actor),
        "issue": rng.choice(topic["issue"]),
        "adj": rng.choice(SLOTS["adj"]),
        "soon": rng.choice(SOON),
    }
    ctx["org"] = rng.choice(topic["org"]).format_map(ctx)
    ctx["org2"] = rng.choice(topic["org2"]).format_map(ctx)
    ctx["Org"] = _cap(ctx["org"])
    ctx["Org2"] = _cap(ctx["org2"])
    for number, (full, last) in enumerate(persons, start=1):
        ctx[f"person{number}"] = full
        ctx[f"p{number}last"] = last
        ctx[f"role{number}"] = topic["roles"][number - 1].format_map(ctx)
    all_events = topic["events"]
    k = rng.randint(min(6, len(all_events)), min(10, len(all_events)))
    chosen = sorted(rng.sample(range(1, len(all_events)), k - 1))
    picked = [all_events[0]] + [all_events[i] for i in chosen]
    duration = rng.randint(14, 42)
    offsets = sorted(rng.sample(range(1, duration + 1), k - 1))
    span = max(30, min(LAST_SPAN_DAYS, count * 5))
    start = FIRST_DAY + timedelta(days=int(index * span / max(count, 1)) + rng.randrange(7))
    key_dates = (start, *(start + timedelta(days=o) for o in offsets))
    measures = []
    for unit, verb, base, growth in topic["measures"]:
        first = base * rng.uniform(0.6, 1.6)
        values = tuple(_round(first * (1 + (growth - 1) * min(i, k // 2 + 1))) for i in range(k))
        measures.append((unit.format_map(ctx), verb, _past(verb), values))

    def fill(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_cap(t.format_map(ctx)) if "{" in t else t for t in items)

    speakers = []
    for number in (1, 2, 3):
        who, role, last = ctx[f"person{number}"], ctx[f"role{number}"], ctx[f"p{number}last"]
        speakers += [
            f"{who}, {role}, said.",
            f"said {who}, the {role}.",
            f"{who}, {role}, told reporters.",
            f"{last} said.",
            f"{who} said in a statement.",
            f"added {who}, the {role}.",
        ]
    return StoryPlan(
        index=index,
        label=f"{index:05d}-{topic['kind'].replace(' ', '-')}-{_unaccent(places[0]).lower()}",
        kind=topic["kind"],
        topic=topic_no,
        key_dates=key_dates,
        events=tuple(e.format_map(ctx) for e, _ in picked),
        headlines=tuple(h.format_map(ctx) for _, h in picked),
        measures=tuple(measures),
        ctx=ctx,
        wire_city=_unaccent(places[3]).upper(),
        subjects=fill(SUBJECTS),
        predicates=_expand_predicates(ctx),
        facts=fill(topic["context"] + GENERIC_CONTEXT),
        openers=fill(topic["quotes"] + QUOTE_OPENERS),
        endings=tuple(t.format_map(ctx) if "{" in t else t for t in QUOTE_ENDINGS),
        speakers=tuple(speakers),
        attributions=tuple(a.format_map(ctx) for a in ATTRIBUTIONS),
        history=start - timedelta(days=rng.randint(45, 540)),
    )


class _StoryCache:
    """A small LRU of rebuilt stories: articles of a story arrive close together."""

    def __init__(self, seed: int, count: int, size: int = 64) -> None:
        self.seed = seed
        self.count = count
        self.size = size
        self.items: OrderedDict[int, StoryPlan] = OrderedDict()

    def get(self, index: int) -> StoryPlan:
        story = self.items.get(index)
        if story is None:
            story = make_story(self.seed, index, self.count)
            self.items[index] = story
            if len(self.items) > self.size:
                self.items.popitem(last=False)
        else:
            self.items.move_to_end(index)
        return story


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------


class _Writer:
    """Writes one article's sentences from a story's material with a shared random source."""

    __slots__ = ("published", "rand", "rng", "said", "story")

    def __init__(self, story: StoryPlan, published: date, rng: random.Random) -> None:
        self.story = story
        self.published = published
        self.rng = rng
        self.rand = rng.random
        self.said: set[tuple[int, int]] = set()

    def one(self, items: tuple[str, ...]) -> str:
        return items[int(self.rand() * len(items))]

    def sentence(self) -> str:
        """A reported-speech sentence from the grammar: subject, predicate, slot fillers."""
        rand = self.rand
        subjects = self.story.subjects
        predicates = self.story.predicates
        forms = predicates[int(rand() * len(predicates))]
        return f"{subjects[int(rand() * len(subjects))]} {forms[int(rand() * len(forms))]}."

    def sentences(self, count: int) -> str:
        """``count`` grammar sentences as one paragraph (the loop inlined: it is the hot path)."""
        rand = self.rand
        subjects = self.story.subjects
        predicates = self.story.predicates
        n_subjects = len(subjects)
        n_predicates = len(predicates)
        out = []
        for _ in range(count):
            forms = predicates[int(rand() * n_predicates)]
            out.append(f"{subjects[int(rand() * n_subjects)]} {forms[int(rand() * len(forms))]}.")
        return " ".join(out)

    def quote(self) -> str:
        story = self.story
        return f'"{self.one(story.openers)}{self.one(story.endings)}," {self.one(story.speakers)}'

    def event(self, number: int) -> str:
        when = date_phrase(self.story.key_dates[number], self.published, self.rng)
        clause = self.story.events[number]
        if self.rand() < 0.5:
            return f"{_cap(when)}, {clause}."
        return f"{_cap(clause)} {when}."

    def quantity(self, number: int) -> str:
        """A figure as of event ``number``; each figure is stated once per article."""
        story = self.story
        which = int(self.rand() * len(story.measures))
        if (which, number) in self.said:
            return ""
        self.said.add((which, number))
        unit, _, then, values = story.measures[which]
        qualifier = self.one(QUALIFIERS)
        source = self.one(story.attributions)
        when = date_phrase(story.key_dates[number], self.published, self.rng)
        if self.rand() < 0.5:
            return f"{_cap(qualifier)} {values[number]:,} {unit} {then} {when}, {source}."
        return f"{_cap(when)}, {qualifier} {values[number]:,} {unit} {then}, {source}."

    def current(self, number: int) -> str:
        story = self.story
        which = int(self.rand() * len(story.measures))
        self.said.add((which, number))
        unit, now, _, values = story.measures[which]
        return (
            f"{_cap(self.one(QUALIFIERS))} {values[number]:,} {unit} {now}, "
            f"{self.one(story.attributions)}."
        )


def _compose(
    story: StoryPlan,
    event: int,
    published: date,
    outlet: tuple[str, str, int],
    wire: tuple[str, str, str] | None,
    rng: random.Random,
) -> tuple[str, str]:
    """Title and text of one original article about ``event`` of ``story``."""
    write = _Writer(story, published, rng)
    rand = rng.random
    paragraphs: list[str] = []
    style = outlet[2]
    if wire is None and style == 1:
        paragraphs.append(f"By {_person(rng)[0]}")
    elif wire is None and style == 2:
        paragraphs.append(write.one(SECTIONS))
    elif wire is None and style == 4:
        paragraphs.append(f"{story.ctx['capital']}, {explicit_date(published, rng, True)}")
    lead = write.event(event)
    if rand() < 0.5:
        lead = f"{lead[:-1]}, {write.one(story.attributions)}."
    if wire is not None:
        lead = f"{story.wire_city} ({wire[0]}) — {lead}"
    elif style == 3:
        lead = f"{story.wire_city} — {lead}"
    paragraphs.append(f"{lead} {write.current(event)}")
    if rand() < 0.05:
        paragraphs.append(
            f"Photo: {story.ctx['Actor']} in {story.ctx['place']} "
            f"{date_phrase(story.key_dates[event], published, rng)}. ({outlet[0]})"
        )
    target = rng.triangular(2300, 4400, 3900)
    facts = story.facts
    fact_start = int(rand() * len(facts))
    fact_step = 7 if len(facts) % 7 else 5
    facts_used = 0
    earlier = list(range(event))
    rng.shuffle(earlier)
    size = len(paragraphs[-1])
    turn = 0
    while size < target:
        turn += 1
        kind = turn % 5
        if kind == 1 and earlier:
            picks = sorted(earlier[:2])
            del earlier[:2]
            text = " ".join(write.event(i) for i in picks)
            if rand() < 0.5:
                text = f"{text} {write.sentence()}"
        elif kind == 2:
            text = write.quote()
            if rand() < 0.5:
                text = f"{text} {write.sentence()}"
        elif kind == 3 and facts_used < 6:
            text = facts[(fact_start + facts_used * fact_step) % len(facts)]
            facts_used += 1
            figure = write.quantity(int(rand() * (event + 1)))
            text = f"{text} {figure or write.sentence()}"
        else:
            text = write.sentences(1 + int(rand() * 3))
        paragraphs.append(text)
        size += len(text) + 2
    if rand() < 0.6:
        when = date_phrase(story.history, published, rng)
        history = write.one(HISTORY).format_map({**story.ctx, "when": when})
        paragraphs.insert(min(len(paragraphs), 4), _cap(history))
    if event + 1 < len(story.key_dates) and rand() < 0.7:
        ahead = published + timedelta(days=rng.randint(2, 20))
        paragraphs.append(
            f"{story.ctx['Org']} is expected to say more {_future_phrase(ahead, published, rng)}."
        )
    if wire is None and rand() < 0.1:
        paragraphs.append(f"Additional reporting by {_person(rng)[0]}.")
    title = story.headlines[event]
    if rand() < 0.3 and story.ctx["place"] not in title:
        title = f"{title} in {story.ctx['place']}"
    text = "\n\n".join(paragraphs)
    if rand() < 0.04:  # an outlet that drops the accents or misspells a place
        place = story.ctx["place"]
        variant = _unaccent(place) if place != _unaccent(place) else place.replace("a", "á", 1)
        text = text.replace(place, variant)
    return title, text


_SLUGS: dict[str, str] = {}


def _slug(text: str) -> str:
    cached = _SLUGS.get(text)
    if cached is not None:
        return cached
    if len(_SLUGS) > 4096:
        _SLUGS.clear()
    out = []
    for char in _unaccent(text.lower()):
        out.append(char if char.isalnum() else "-")
    slug = "-".join(filter(None, "".join(out).split("-")))[:60]
    _SLUGS[text] = slug
    return slug


def _url(domain: str, published: date | None, title: str, article_id: str) -> str:
    stamp = published.strftime("%Y/%m/%d") if published else "undated"
    return f"https://{domain}/{stamp}/{_slug(title)}-{article_id.rsplit('-', 1)[-1]}"


_REHEADLINE = (
    "{title}",
    "{title}: what we know",
    "UPDATE: {title}",
    "{section}: {title_lc}",
    "{title} — officials",
    "{title}, agency reports",
    "Latest: {title_lc}",
)

_OWN_LEADS = (
    "The {agency} news agency reports on a story readers here have been following closely.",
    "Here is the latest on a story that has been developing over several days.",
    "The following report comes from the {agency} agency.",
    "The story continued to make headlines on {weekday}.",
    "Our readers have asked for updates on this story; here is the agency's latest account.",
    "{title} — that was the news on {weekday}, according to {agency}.",
)

_CREDITS = (
    "({agency})",
    "SOURCE: {credit}",
    "— {agency}",
    "With reporting by {agency}.",
    "© {agency}",
)


def make_reprint(article: dict, rng: random.Random) -> dict:
    """Another outlet's reprint of ``article``: re-headlined, trimmed, edited, credited.

    These are the transformations of BENCHMARKS.md section 3 (trimmed, re-headlined,
    paragraphs dropped or reordered, an outlet's own lead added), applied with the
    probabilities of everyday syndication, so a dedup stage can be scored on pairs whose
    overlap ranges from near-total to a few paragraphs. The lead (perhaps without its
    dateline) and at least three body paragraphs of the original always survive verbatim,
    so the pair is always findable in principle.
    """
    paragraphs = article["text"].split("\n\n")
    agency = article.get("outlet") or "the agency"
    credit = next((c for name, c, _ in WIRE_AGENCIES if name == agency), agency)
    lead, body = paragraphs[0], paragraphs[1:]
    if " — " in lead[:80] and rng.random() < 0.5:  # strip the dateline
        lead = _cap(lead.split(" — ", 1)[1])
    if len(body) > 2 and rng.random() < 0.75:  # trimmed from the bottom, often hard
        body = body[: max(3, round(len(body) * rng.uniform(0.3, 0.9)))]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):  # middle paragraphs dropped
        if len(body) > 3:
            del body[rng.randrange(1, len(body) - 1)]
    if len(body) > 3 and rng.random() < 0.3:  # two paragraphs swapped
        i = rng.randrange(len(body) - 1)
        body[i], body[i + 1] = body[i + 1], body[i]
    published = article.get("published")
    day = date.fromisoformat(published) if published else None
    if day is not None and rng.random() < 0.3:
        day += timedelta(days=1)
    outlet = rng.choice(OUTLETS)
    while outlet[0] == agency:
        outlet = rng.choice(OUTLETS)
    title = article.get("title") or ""
    words = dict(
        title=title,
        title_lc=title[:1].lower() + title[1:],
        agency=agency,
        credit=credit,
        section=rng.choice(SECTIONS).title(),
        weekday=WEEKDAYS[day.weekday()] if day else "Monday",
    )
    new_title = rng.choice(_REHEADLINE).format_map(words)
    result = [lead, *body]
    if rng.random() < 0.6:  # the outlet's own lead
        result.insert(0, rng.choice(_OWN_LEADS).format_map(words))
    credit_line = rng.choice(_CREDITS).format_map(words)
    if credit_line.startswith("("):
        result[-1] = f"{result[-1]} {credit_line}"
    else:
        result.append(credit_line)
    new_id = f"{article['id']}-r{rng.getrandbits(32):08x}"
    return {
        "id": new_id,
        "title": new_title,
        "text": "\n\n".join(result),
        "published": day.isoformat() if day else None,
        "outlet": outlet[0],
        "url": _url(outlet[1], day, new_title, new_id),
        "story": article.get("story"),
        "reprint_of": article["id"],
    }


FEED_FORMS = ("full", "feed", "headline", "mixed")
"""What ``generate_articles`` can give: articles, feed items, headlines, or a mix."""


def as_feed_item(record: dict, form: str) -> dict:
    """A generated article as a feed, an alert or an aggregator carries it.

    ``feed``: the headline and the lead paragraph (its event sentence and one figure),
    without the byline, section label or dateline an outlet puts before it; ``headline``:
    the headline alone; ``full``: the article; ``mixed``: one of the three, fixed by the id
    (a third each), as a store that takes several feeds holds them.
    """
    if form not in FEED_FORMS:
        raise ValueError(f"no form {form!r} (forms: {', '.join(FEED_FORMS)})")
    if form == "mixed":
        form = ("full", "feed", "headline")[sum(map(ord, record["id"])) % 3]
    if form == "full":
        return record
    text = ""
    if form == "feed":
        lead = next((p for p in record["text"].split("\n\n") if len(p.split()) >= 8), "")
        text = lead.split(" — ", 1)[1] if " — " in lead[:60] else lead
    return {**record, "text": text}


def generate_articles(
    n: int,
    *,
    seed: int = 0,
    stories: int | None = None,
    reprint_rate: float = 0.15,
    undated_rate: float = 0.02,
    form: str = "full",
) -> Iterator[dict]:
    """Yield ``n`` synthetic articles with their ground truth, deterministically for ``seed``.

    Each dict has ``id, title, text, published`` (ISO date or None), ``outlet, url`` as
    storyline's JSONL reader expects, plus ``story`` (ground-truth label) and ``reprint_of``
    (the id of the wire original, or None). Articles come roughly in story order with
    neighbouring stories interleaved, the way a news feed mixes several running stories.
    ``form`` gives them as feed items or headlines instead (see ``as_feed_item``).
    """
    if form != "full":
        for record in generate_articles(
            n, seed=seed, stories=stories, reprint_rate=reprint_rate, undated_rate=undated_rate
        ):
            yield as_feed_item(record, form)
        return
    if n < 0:
        raise ValueError("n must not be negative")
    count = stories if stories is not None else max(1, round(n / 40))
    if count < 1:
        raise ValueError("stories must be at least 1")
    rng = random.Random(f"storyline-synthetic-stream:{seed}")
    cache = _StoryCache(seed, count)
    recent_wire: deque[dict] = deque(maxlen=48)
    spread = min(2.0, count / 2)
    for number in range(n):
        article_id = f"syn{seed}-{number:07d}"
        if recent_wire and rng.random() < reprint_rate:
            original = recent_wire[rng.randrange(len(recent_wire))]
            reprint = make_reprint(original, rng)
            reprint["id"] = article_id
            day = reprint["published"]
            reprint["url"] = _url(
                _domain(reprint["outlet"]),
                date.fromisoformat(day) if day else None,
                reprint["title"],
                article_id,
            )
            yield reprint
            continue
        position = (number + 0.5) * count / max(n, 1) + rng.uniform(-spread, spread)
        story = cache.get(min(count - 1, max(0, int(position))))
        event = rng.randrange(len(story.key_dates))
        published = story.key_dates[event] + timedelta(days=(0, 0, 0, 1, 1, 2)[rng.randrange(6)])
        is_wire = rng.random() < 0.25 and reprint_rate > 0
        if is_wire:
            agency = WIRE_AGENCIES[story.index % len(WIRE_AGENCIES)]
            outlet = (agency[0], agency[2], 0)
            title, text = _compose(story, event, published, outlet, agency, rng)
        else:
            outlet = OUTLETS[rng.randrange(len(OUTLETS))]
            title, text = _compose(story, event, published, outlet, None, rng)
        dated = rng.random() >= undated_rate
        article = {
            "id": article_id,
            "title": title,
            "text": text,
            "published": published.isoformat() if dated else None,
            "outlet": outlet[0],
            "url": _url(outlet[1], published, title, article_id),
            "story": story.label,
            "reprint_of": None,
        }
        if is_wire and dated:
            recent_wire.append(article)
        yield article


_DOMAINS = {name: domain for name, domain, _ in OUTLETS} | {
    name: domain for name, _, domain in WIRE_AGENCIES
}


def _domain(outlet: str) -> str:
    return _DOMAINS.get(outlet, "news.example")


def in_pieces(articles: list[Article], pieces: int, *, read_back: bool = True) -> list[Story]:
    """The stories of ``articles`` given in ``pieces`` ingests (every ``pieces``-th article
    from the first, the second, ...), the clusterer saved and loaded between them as the store
    keeps it, and the articles already placed read back by id when ``read_back`` (as
    ``storyline ingest`` reads them from the store): how order independence is measured.
    """
    from storyline.stories import StoryClusterer

    by_id = {a.id: a for a in articles}

    def earlier(ids: Iterable[str]) -> list[Article]:
        return [by_id[i] for i in ids]

    clusterer = StoryClusterer()
    for piece in range(pieces):
        clusterer = StoryClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
        clusterer.add_many(articles[piece::pieces], earlier=earlier if read_back else None)
    return clusterer.stories()


def to_article(record: dict) -> Article:
    """A generated record as an Article, keeping the generator's id so gold labels match."""
    published = record["published"]
    return Article(
        id=record["id"],
        origin="synthetic",
        text=record["text"],
        title=record["title"],
        outlet=record["outlet"],
        published=date.fromisoformat(published) if published else None,
    )


def write_jsonl(path: str | Path, n: int, **kw: Any) -> int:
    """Write ``n`` generated articles to a JSONL file, streaming; returns the count."""
    written = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for article in generate_articles(n, **kw):
            handle.write(json.dumps(article, ensure_ascii=False))
            handle.write("\n")
            written += 1
    return written


def write_text_files(
    directory: str | Path, n: int, *, per_directory: int | None = None, **kw: Any
) -> int:
    """Write ``n`` articles as seed-format ``.txt`` files (`` date YYYY-MM-DD`` first line).

    The title is the first line of the body, as in the seed corpus; undated articles have no
    date line. ``per_directory`` spreads files over numbered subdirectories so that very
    large corpora do not put 200,000 files in one folder. Returns the count written.
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    written = 0
    for number, article in enumerate(generate_articles(n, **kw)):
        folder = root / f"{number // per_directory:05d}" if per_directory else root
        if per_directory and number % per_directory == 0:
            folder.mkdir(parents=True, exist_ok=True)
        header = f" date {article['published']}\n" if article["published"] else ""
        body = f"{header}{article['title']}\n\n{article['text']}\n"
        (folder / f"{article['id']}.txt").write_text(body, encoding="utf-8")
        written += 1
    return written
