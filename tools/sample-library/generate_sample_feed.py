#!/usr/bin/env python3
"""Writes the bundled sample library (resources/sample/) as SyncFeed pages.

The documents are the real files of ../shared/corpus; their metadata (commissies, kamerleden,
fracties, dossiers, zaken, dates, subjects) is what the documents themselves state, written in
the entity format of the official XSDs (tkData-v1-0-*.xsd) so the application loads it through
the same reader and store as a sync.

The Kamer's own GUIDs for these entities are not available offline, so ids are derived with
uuid5 from a stable key (same format as the Kamer's). Run from the repository root:

    python3 tools/sample-library/generate_sample_feed.py ../shared/corpus
"""
import datetime
import os
import shutil
import sys
import uuid
from xml.sax.saxutils import escape, quoteattr

NS = uuid.UUID("5b3c8f0e-7d0a-4c55-9a8f-2f5b8e6a1d10")
BASE = "https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0"
UPDATED = "2026-11-01T09:00:00Z"


def gid(key):
    return str(uuid.uuid5(NS, key))


FRACTIES = {  # afkorting: (naamNl, datumActief, datumInactief)
    "D66": ("Democraten 66", "1966-10-14", None),
    "GroenLinks-PvdA": ("GroenLinks-PvdA", "2023-12-06", None),
    "PvdD": ("Partij voor de Dieren", "2006-11-30", None),
    "SP": ("Socialistische Partij", "1994-05-17", None),
    "CDA": ("Christen-Democratisch Appèl", "1980-10-11", None),
    "BBB": ("BoerBurgerBeweging", "2021-03-31", None),
    "Volt": ("Volt", "2021-03-31", None),
    "Groep Van Haga": ("Groep Van Haga", "2021-05-04", "2023-12-05"),
    "VVD": ("Volkspartij voor Vrijheid en Democratie", "1948-01-24", None),
    "NSC": ("Nieuw Sociaal Contract", "2023-12-06", None),
    "PVV": ("Partij voor de Vrijheid", "2006-11-30", None),
    "ChristenUnie": ("ChristenUnie", "2002-05-23", None),
    "GL": ("GroenLinks", "1990-11-24", "2023-12-05"),
    "PvdA": ("Partij van de Arbeid", "1946-02-09", "2023-12-05"),
}

# Kamerleden as the documents name them: key -> (tussenvoegsel, achternaam, roepnaam, initialen,
# [(fractie, van, totEnMet)]).
PERSONEN = {
    "weyenberg": ("van", "Weyenberg", None, "S.P.R.A.", [("D66", "2012-09-20", None)]),
    "dejong": ("de", "Jong", "Romke", "R.H.", [("D66", "2021-03-31", None)]),
    "kat": (None, "Kat", None, "H.", [("D66", "2021-03-31", None)]),
    "vanhaga": ("van", "Haga", None, None, [("Groep Van Haga", "2021-05-04", "2023-12-05")]),
    "sneller": (None, "Sneller", None, None, [("D66", "2017-03-23", None)]),
    "keijzer": (None, "Keijzer", None, None, [("BBB", "2023-12-06", None)]),
    "mutluer": (None, "Mutluer", None, None,
                [("PvdA", "2021-03-31", "2023-12-05"), ("GroenLinks-PvdA", "2023-12-06", None)]),
    "kostic": (None, "Kostić", None, None, [("PvdD", "2023-12-06", None)]),
    "vanzanten": ("van", "Zanten", None, None, [("BBB", "2023-12-06", None)]),
    "koekkoek": (None, "Koekkoek", None, None, [("Volt", "2021-03-31", None)]),
    "vannispen": ("van", "Nispen", None, None, [("SP", "2010-06-17", None)]),
    "hirsch": (None, "Hirsch", None, None, [("GroenLinks-PvdA", "2023-12-06", None)]),
    # Printed "Teunissen (PvdA)" in ah-tk-20232024-1786; she sits for the PvdD.
    "teunissen": (None, "Teunissen", None, None, [("PvdD", "2021-03-31", None)]),
    "chakor": (None, "Chakor", None, None, [("GroenLinks-PvdA", "2023-12-06", None)]),
    "vandijk": ("van", "Dijk", "Inge", None, [("CDA", "2021-03-31", None)]),
    "wassenberg": (None, "Wassenberg", None, None, [("PvdD", "2015-09-08", None)]),
    "ellemeet": (None, "Ellemeet", None, None, [("GL", "2017-03-23", "2023-12-05")]),
    "beckerman": (None, "Beckerman", None, None, [("SP", "2017-03-23", None)]),
    "temmink": (None, "Temmink", None, None, [("SP", "2023-12-06", None)]),
    "boswijk": (None, "Boswijk", None, None, [("CDA", "2021-03-31", None)]),
    "grinwis": (None, "Grinwis", None, None, [("ChristenUnie", "2021-03-31", None)]),
    "holman": (None, "Holman", None, None, [("NSC", "2023-12-06", None)]),
    "vancampen": ("van", "Campen", None, None, [("VVD", "2021-03-31", None)]),
    "ceder": (None, "Ceder", None, None, [("ChristenUnie", "2021-03-31", None)]),
    "rikkers": (None, "Rikkers-Oosterkamp", None, None, [("BBB", "2023-12-06", None)]),
    "claassen": (None, "Claassen", None, None, [("PVV", "2023-12-06", None)]),
    "bromet": (None, "Bromet", None, None, [("GroenLinks-PvdA", "2023-12-06", None)]),
}

COMMISSIES = {  # afkorting: naamNl
    "OCW": "vaste commissie voor Onderwijs, Cultuur en Wetenschap",
    "EZK": "vaste commissie voor Economische Zaken en Klimaat",
    "FIN": "vaste commissie voor Financiën",
    "LVVN": "vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur",
    "BuZa": "vaste commissie voor Buitenlandse Zaken",
    "BiZa": "vaste commissie voor Binnenlandse Zaken",
    "VWS": "vaste commissie voor Volksgezondheid, Welzijn en Sport",
    "JenV": "vaste commissie voor Justitie en Veiligheid",
}

DOSSIERS = {  # nummer: (toevoeging, titel, voortouwcommissie)
    "29338": (None, "Wetenschapsbudget", "OCW"),
    "36450": (None, "Regels omtrent de instelling van het Adviescollege toetsing regeldruk "
                    "(Instellingswet Adviescollege toetsing regeldruk)", "EZK"),
    "32545": (None, "Wet- en regelgeving financiële markten", "FIN"),
    "28286": (None, "Dierenwelzijn", "LVVN"),
    "21501-02": ("02", "Raad Algemene Zaken en Raad Buitenlandse Zaken", "BuZa"),
    "35851": (None, "Wijziging van de Wet Huis voor klokkenluiders en enige andere wetten ter "
                    "implementatie van Richtlijn (EU) 2019/1937", "BiZa"),
    "36278": (None, "Wijziging van de Wet kwaliteit, klachten en geschillen zorg in verband met "
                    "het regelen van regie op kwaliteitsregistraties in de zorg", "VWS"),
    "36682": (None, "Wijziging van een aantal wetten op het terrein van het Ministerie van "
                    "Volksgezondheid, Welzijn en Sport (Verzamelwet VWS 2024)", "VWS"),
}

# Kamerstukken: (file, dossier, volgnummer, soort, titel, datum, vergaderjaar, signers)
KAMERSTUKKEN = [
    ("schriftelijk-overleg/kst-29338-289.pdf", "29338", 289, "Verslag van een schriftelijk overleg",
     "Verslag van een schriftelijk overleg over de reactie op het rapport 'NWO-programma's voor "
     "vrij onderzoek' van het Rathenau Instituut",
     # Printed "Vastgesteld 16 januari 2024"; the inbreng is of 6 november 2024 and the answer of
     # 16 januari 2025, so the printed year is a typo.
     "2025-01-16", "2024-2025", []),
    ("wetgeving/kst-36450-2.pdf", "36450", 2, "Voorstel van wet",
     "Voorstel van wet Instellingswet Adviescollege toetsing regeldruk", "2023-10-10", "2023-2024", []),
    ("wetgeving/kst-36450-3.pdf", "36450", 3, "Memorie van toelichting",
     "Memorie van toelichting Instellingswet Adviescollege toetsing regeldruk", "2023-10-10",
     "2023-2024", []),
    ("wetgeving/kst-36450-4.pdf", "36450", 4, "Advies Afdeling advisering Raad van State en nader rapport",
     "Advies Afdeling advisering Raad van State en nader rapport Instellingswet Adviescollege "
     "toetsing regeldruk", "2023-10-10", "2023-2024", []),
    ("rendering/motie/kst-32545-143.pdf", "32545", 143, "Motie",
     "Motie van de leden Inge van Dijk en Grinwis over een grensspaarsaldo voor negatieve spaarrente",
     "2021-07-06", "2020-2021", ["vandijk", "grinwis"]),
    ("rendering/motie/kst-28286-1366.pdf", "28286", 1366, "Motie",
     "Motie van de leden Holman en Van Campen over een hbo-opleiding voor paraveterinairen",
     "2024-12-05", "2024-2025", ["holman", "vancampen"]),
    ("rendering/motie/kst-21501-02-3121.pdf", "21501-02", 3121, "Motie",
     "Motie van het lid Ceder over een leidende EU-rol in het vredesproces in Gaza",
     "2025-04-10", "2024-2025", ["ceder"]),
    ("rendering/motie/35851-71_motie-Chakor-Van-Nispen_OCR-scan_528709.pdf", "35851", 71, "Motie",
     "Motie van de leden Chakor en Van Nispen over het Huis voor klokkenluiders als centrale autoriteit",
     "2025-01-16", "2024-2025", ["chakor", "vannispen"]),
    ("rendering/motie/36278-32_motie-Rikkers-Oosterkamp_0787ced2.docx", "36278", 32, "Motie",
     "Motie van het lid Rikkers-Oosterkamp over kwaliteitsregistraties in de zorg",
     "2025-04-24", "2024-2025", ["rikkers"]),
    ("rendering/motie/36682-10_gewijzigde-motie-Claassen_09b97518.docx", "36682", 10,
     "Motie (gewijzigd/nader)", "Gewijzigde motie van het lid Claassen (ter vervanging van die "
     "gedrukt onder nr. 8) over de Verzamelwet VWS 2024", "2025-04-22", "2024-2025", ["claassen"]),
]

# Written questions: (zaak nummer or None, askers, gericht aan, onderwerp, ingezonden,
#   [(file, soort, datum, vergaderjaar, aanhangsel nr or None, KOOP id or None, titel)])
KAMERVRAGEN = [
    ("2021Z09739", ["weyenberg", "dejong", "kat"], "minister van Sociale Zaken en Werkgelegenheid",
     "Vragen van de leden Van Weyenberg, Romke de Jong en Kat over de TOZO", "2021-06-03",
     [("kamervragen/ah-tk-20202021-3235.pdf", "Antwoord schriftelijke vragen", "2021-06-21",
       "2020-2021", 3235, "ah-tk-20202021-3235",
       "Antwoord op vragen van de leden Van Weyenberg, Romke de Jong en Kat over de Tozo")]),
    (None, ["vanhaga"], "minister van Binnenlandse Zaken en Koninkrijksrelaties",
     "Vragen van het lid Van Haga over het afgelasten van diverse Sinterklaasintochten", "2023-11-20",
     [("kamervragen/ah-tk-20232024-1076.pdf", "Antwoord schriftelijke vragen", "2024-02-20",
       "2023-2024", 1076, "ah-tk-20232024-1076",
       "Antwoord op vragen van het lid Van Haga over het afgelasten van diverse Sinterklaasintochten")]),
    (None, ["sneller"], "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
     "Vragen van het lid Sneller over quantumproof encryptie", "2024-01-16",
     [("kamervragen/ah-tk-20232024-1178.pdf", "Antwoord schriftelijke vragen", "2024-03-07",
       "2023-2024", 1178, "ah-tk-20232024-1178",
       "Antwoord op vragen van het lid Sneller over quantumproof encryptie")]),
    (None, ["keijzer"], "minister van Binnenlandse Zaken en Koninkrijksrelaties",
     "Vragen van het lid Keijzer over de publicatie van de internetconsultatie Huisvesting "
     "Nederlandse evacués", "2024-03-11",
     [("kamervragen/ah-tk-20232024-1292.pdf", "Antwoord schriftelijke vragen", "2024-03-21",
       "2023-2024", 1292, "ah-tk-20232024-1292",
       "Antwoord op vragen van het lid Keijzer over de internetconsultatie Huisvesting Nederlandse evacués")]),
    (None, ["mutluer", "kostic"], "minister van Onderwijs, Cultuur en Wetenschap",
     "Vragen van de leden Mutluer en Kostić over het bericht «Kritiek op besluit provincie "
     "Friesland tegen actief regenboogbeleid»", "2024-03-06",
     [("kamervragen/ah-tk-20232024-1314.pdf", "Antwoord schriftelijke vragen", "2024-03-25",
       "2023-2024", 1314, "ah-tk-20232024-1314",
       "Antwoord op vragen van de leden Mutluer en Kostić over regenboogbeleid in Friesland")]),
    (None, ["vanzanten"], "staatssecretaris van Onderwijs, Cultuur en Wetenschap",
     "Vragen van het lid Van Zanten over de reactie op de motie Van Zanten c.s. over "
     "cultuursubsidies", "2024-03-07",
     [("kamervragen/ah-tk-20232024-1432.pdf", "Antwoord schriftelijke vragen", "2024-04-05",
       "2023-2024", 1432, "ah-tk-20232024-1432",
       "Antwoord op vragen van het lid Van Zanten over inclusie en diversiteit in cultuursubsidies")]),
    (None, ["koekkoek"], "staatssecretaris van Volksgezondheid, Welzijn en Sport",
     "Vragen van het lid Koekkoek over zorg voor ongedocumenteerde personen op Aruba, "
     "Sint-Maarten en Curaçao", "2024-02-12",
     [("kamervragen/ah-tk-20232024-1481.pdf", "Antwoord schriftelijke vragen", "2024-04-11",
       "2023-2024", 1481, "ah-tk-20232024-1481",
       "Antwoord op vragen van het lid Koekkoek over zorg voor ongedocumenteerden in het Caribisch deel van het Koninkrijk")]),
    (None, ["vannispen"], "minister van Justitie en Veiligheid",
     "Vragen van het lid Van Nispen over vuurwerkopslag in woonwijken", "2024-03-29",
     [("kamervragen/ah-tk-20232024-1771.pdf", "Antwoord schriftelijke vragen", "2024-05-17",
       "2023-2024", 1771, "ah-tk-20232024-1771",
       "Antwoord op vragen van het lid Van Nispen over vuurwerkopslag in woonwijken")]),
    (None, ["hirsch", "teunissen"], "staatssecretaris van Financiën",
     "Vragen van de leden Hirsch en Teunissen over exportkredietverzekeringen voor de baggersector",
     "2024-04-04",
     [("kamervragen/ah-tk-20232024-1786.pdf", "Antwoord schriftelijke vragen", "2024-05-21",
       "2023-2024", 1786, "ah-tk-20232024-1786",
       "Antwoord op vragen van de leden Hirsch en Teunissen over exportkredietverzekeringen voor de baggersector")]),
    (None, ["sneller", "chakor", "vannispen"], "minister van Binnenlandse Zaken en Koninkrijksrelaties",
     "Vragen van de leden Sneller, Chakor en Van Nispen over juridische analyse(s) van het "
     "hoofdlijnenakkoord", "2024-05-30",
     [("kamervragen/ah-tk-20232024-1999.pdf", "Mededeling (uitstel antwoord)", "2024-06-07",
       "2023-2024", 1999, "ah-tk-20232024-1999",
       "Mededeling over vragen van de leden Sneller, Chakor en Van Nispen over juridische analyses van het hoofdlijnenakkoord")]),
    (None, ["vandijk"], "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
     "Vragen van het lid Inge van Dijk over het bericht «Ombudsman: Overheid dwingt burgers tot fraude»",
     "2023-12-13",
     [("kamervragen/ah-tk-20232024-878.pdf", "Antwoord schriftelijke vragen", "2024-01-26",
       "2023-2024", 878, "ah-tk-20232024-878",
       "Antwoord op vragen van het lid Inge van Dijk over «Ombudsman: Overheid dwingt burgers tot fraude»")]),
    ("2024Z18792", ["boswijk"], "minister voor Buitenlandse Handel en Ontwikkelingshulp",
     "Vragen van het lid Boswijk over de ontkoppeling van ontwikkelingshulp", "2024-11-19",
     [("kamervragen/kv-tk-2024Z18792.txt", "Schriftelijke vragen", "2024-11-19", "2024-2025", None,
       "kv-tk-2024Z18792", "Vragen van het lid Boswijk over de ontkoppeling van ontwikkelingshulp"),
      ("kamervragen/2024Z18792-antwoord.txt", "Antwoord schriftelijke vragen", "2024-11-20",
       "2024-2025", 605, None,
       "Antwoord op vragen van het lid Boswijk over de ontkoppeling van ontwikkelingshulp")]),
    ("2023Z14759", ["wassenberg"], "minister van Landbouw, Natuur en Voedselkwaliteit",
     "Vragen van het lid Wassenberg over het gebrek aan landelijke registratie van bijtincidenten "
     "door honden", None,
     [("docx/2023Z14759_JenV_bijtincidenten-honden.docx", "Antwoord schriftelijke vragen",
       "2023-10-18", "2023-2024", None, None,
       "Beantwoording Kamervragen van het lid Wassenberg over landelijke registratie van bijtincidenten door honden")]),
    ("2023Z16994", ["mutluer", "ellemeet"], "minister van Justitie en Veiligheid",
     "Vragen van de leden Mutluer en Ellemeet over een uitzending van Argos over de dood van Sammy Baker",
     None,
     [("docx/2023Z16994_JenV_Argos-Sammy-Baker.docx", "Antwoord schriftelijke vragen", "2023-11-07",
       "2023-2024", None, None,
       "Beantwoording Kamervragen van de leden Mutluer en Ellemeet over de Argos-uitzending over Sammy Baker")]),
    ("2023Z19006", ["beckerman"], "staatssecretaris van Infrastructuur en Waterstaat",
     "Vragen van het lid Beckerman over het artikel 'Agenten willen meer aandacht voor milieu'", None,
     [("docx/2023Z19006_JenV_milieudelicten-politie.docx", "Antwoord schriftelijke vragen",
       "2023-12-04", "2023-2024", None, None,
       "Beantwoording Kamervragen van het lid Beckerman over aandacht voor milieudelicten bij de politie")]),
    ("2023Z19677", ["temmink", "vannispen"], "minister van Justitie en Veiligheid",
     "Vragen van de leden Temmink en Van Nispen over het niet-noodgevallennummer van de brandweer",
     None,
     [("docx/2023Z19677_JenV_niet-noodgevallennummer.docx", "Antwoord schriftelijke vragen",
       "2024-01-11", "2023-2024", None, None,
       "Beantwoording Kamervragen van de leden Temmink en Van Nispen over het niet-noodgevallennummer van de brandweer")]),
]


def element(name, value):
    if value is None:
        return ""
    return f"<{name}>{escape(str(value))}</{name}>"


def ref(name, target):
    return f'<{name} ref="{target}"/>' if target else ""


class Feed:
    def __init__(self):
        self.pages = {}
        self.token = 1000

    def add(self, category, eid, body, enclosure=False, extra_attrs=""):
        self.token += 1
        term = category[0].lower() + category[1:]
        enc = (f'\n    <link rel="enclosure" href="{BASE}/Resources/{eid}"/>' if enclosure else "")
        entry = f"""  <entry>
    <title>{eid}</title>
    <id>{BASE}/Entiteiten/{eid}</id>
    <author><name>Tweede Kamer der Staten-Generaal</name></author>
    <updated>{UPDATED}</updated>
    <category term="{term}"/>
    <link rel="next" href="{BASE}/Feed?category={category}&amp;skiptoken={self.token}"/>{enc}
    <content type="application/xml">
      <{term} xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="{eid}" tk:bijgewerkt="{UPDATED}" tk:verwijderd="false"{extra_attrs}>{body}</{term}>
    </content>
  </entry>
"""
        self.pages.setdefault(category, []).append(entry)

    def write(self, directory):
        os.makedirs(directory, exist_ok=True)
        for category, entries in self.pages.items():
            with open(os.path.join(directory, category + ".xml"), "w", encoding="utf-8") as f:
                f.write('<?xml version="1.0" encoding="utf-8"?>\n')
                f.write('<feed xmlns="http://www.w3.org/2005/Atom">\n')
                f.write(f"  <title>Gegevensmagazijn SyncFeed</title>\n  <updated>{UPDATED}</updated>\n")
                f.writelines(entries)
                f.write("</feed>\n")


def mime_of(path):
    return {"pdf": "application/pdf", "txt": "text/plain",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[
        path.rsplit(".", 1)[1]]


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
    out = "resources/sample"
    shutil.rmtree(out, ignore_errors=True)
    feed = Feed()
    files_dir = os.path.join(out, "files")
    os.makedirs(files_dir)

    for afk, (naam, van, tot) in FRACTIES.items():
        feed.add("Fractie", gid("fractie:" + afk),
                 element("afkorting", afk) + element("naamNl", naam) + element("datumActief", van)
                 + element("datumInactief", tot))
        feed.add("FractieZetel", gid("fractiezetel:" + afk), ref("fractie", gid("fractie:" + afk))
                 + element("gewicht", 1))
    for key, (tv, achternaam, roepnaam, initialen, seats) in PERSONEN.items():
        feed.add("Persoon", gid("persoon:" + key),
                 element("initialen", initialen) + element("tussenvoegsel", tv)
                 + element("achternaam", achternaam) + element("roepnaam", roepnaam)
                 + element("functie", "Tweede Kamerlid"))
        for fractie, van, tot in seats:
            feed.add("FractieZetelPersoon", gid(f"fzp:{key}:{fractie}"),
                     ref("fractieZetel", gid("fractiezetel:" + fractie))
                     + ref("persoon", gid("persoon:" + key)) + element("functie", "Lid")
                     + element("van", van) + element("totEnMet", tot))
    for afk, naam in COMMISSIES.items():
        feed.add("Commissie", gid("commissie:" + afk),
                 element("soort", "Vaste commissie") + element("afkorting", afk)
                 + element("naamNl", naam) + element("naamWebNl", naam[0].upper() + naam[1:]))
    # The voorzitter who signs the verslag of kst-29338-289.
    feed.add("CommissieZetel", gid("commissiezetel:OCW:1"), ref("commissie", gid("commissie:OCW"))
             + element("gewicht", 1))
    feed.add("CommissieZetelVastPersoon", gid("czvp:OCW:bromet"),
             ref("commissieZetel", gid("commissiezetel:OCW:1")) + ref("persoon", gid("persoon:bromet"))
             + element("functie", "Voorzitter") + element("van", "2023-12-06"))

    for nummer, (toevoeging, titel, _) in DOSSIERS.items():
        feed.add("Kamerstukdossier", gid("dossier:" + nummer),
                 element("titel", titel) + element("nummer", nummer.split("-")[0])
                 + element("toevoeging", toevoeging) + element("afgesloten", "false")
                 + element("kamer", "Tweede Kamer"))
        # The dossier's zaak, led by the voortouwcommissie: that is how its documents reach the
        # commissie in the navigation tree.
        zaak = gid("zaak:dossier:" + nummer)
        feed.add("Zaak", zaak, ref("kamerstukdossier", gid("dossier:" + nummer))
                 + element("soort", "Wetgeving" if nummer in ("36450", "35851", "36278", "36682")
                           else "Brief regering")
                 + element("onderwerp", titel) + element("afgedaan", "false"))
        feed.add("ZaakActor", gid("zaakactor:dossier:" + nummer),
                 ref("zaak", zaak) + ref("commissie", gid("commissie:" + DOSSIERS[nummer][2]))
                 + element("actorNaam", COMMISSIES[DOSSIERS[nummer][2]])
                 + element("actorAfkorting", DOSSIERS[nummer][2]) + element("relatie", "Voortouwcommissie"))

    def add_document(path, key, soort, titel, onderwerp, datum, vergaderjaar, dossier=None,
                     volgnummer=None, zaak=None, aanhangsel=None, koop=None, nummer=None):
        did = gid("document:" + key)
        src = os.path.join(corpus, path)
        size = os.path.getsize(src)
        shutil.copyfile(src, os.path.join(files_dir, did))
        feed.add("Document", did,
                 ref("zaak", zaak) + ref("kamerstukdossier", gid("dossier:" + dossier) if dossier else None)
                 + element("soort", soort) + element("documentNummer", nummer)
                 + element("titel", titel) + element("onderwerp", onderwerp)
                 + element("datum", datum + "T00:00:00") + element("volgnummer", volgnummer)
                 + element("vergaderjaar", vergaderjaar) + element("kamer", 2)
                 + element("aanhangselnummer", aanhangsel),
                 enclosure=True,
                 extra_attrs=f' tk:contentType="{mime_of(path)}" tk:contentLength="{size}"')
        if koop:
            feed.add("DocumentVersie", gid("versie:" + key),
                     ref("document", did) + element("status", "Goedgekeurd")
                     + element("versienummer", 1) + element("bestandsgrootte", size)
                     + element("extensie", "." + path.rsplit(".", 1)[1])
                     + element("datum", datum + "T00:00:00") + element("externeidentifier", koop))
        return did

    for path, dossier, volg, soort, titel, datum, vj, signers in KAMERSTUKKEN:
        key = f"kst-{dossier}-{volg}"
        did = add_document(path, key, soort, DOSSIERS[dossier][1], titel, datum, vj, dossier=dossier,
                           volgnummer=volg, zaak=gid("zaak:dossier:" + dossier), koop=key)
        for i, person in enumerate(signers):
            tv, achternaam, roepnaam, _, seats = PERSONEN[person]
            naam = " ".join(x for x in (roepnaam, tv, achternaam) if x)
            feed.add("DocumentActor", gid(f"docactor:{key}:{person}"),
                     ref("document", did) + ref("persoon", gid("persoon:" + person))
                     + ref("fractie", gid("fractie:" + seats[-1][0]))
                     + element("actorNaam", naam) + element("actorFractie", seats[-1][0])
                     + element("relatie", "Eerste ondertekenaar" if i == 0 else "Mede ondertekenaar"))

    for zaaknummer, askers, gericht, onderwerp, ingezonden, docs in KAMERVRAGEN:
        zkey = zaaknummer or docs[0][5]
        zaak = gid("zaak:" + zkey)
        feed.add("Zaak", zaak, element("nummer", zaaknummer) + element("soort", "Schriftelijke vragen")
                 + element("onderwerp", onderwerp) + element("gestartOp", ingezonden)
                 + element("vergaderjaar", docs[0][3]) + element("afgedaan", "true"))
        for i, person in enumerate(askers):
            tv, achternaam, roepnaam, _, seats = PERSONEN[person]
            fractie = seats[-1][0]
            # The fractie of the seat held when the questions were asked.
            when = ingezonden or docs[0][2]
            for f, van, tot in seats:
                if van <= when and (tot is None or when <= tot):
                    fractie = f
            naam = " ".join(x for x in (roepnaam, tv, achternaam) if x)
            feed.add("ZaakActor", gid(f"zaakactor:{zkey}:{person}"),
                     ref("zaak", zaak) + ref("persoon", gid("persoon:" + person))
                     + ref("fractie", gid("fractie:" + fractie)) + element("actorNaam", naam)
                     + element("actorFractie", fractie)
                     + element("relatie", "Indiener" if i == 0 else "Medeindiener"))
        feed.add("ZaakActor", gid(f"zaakactor:{zkey}:gericht"),
                 ref("zaak", zaak) + element("actorNaam", gericht) + element("functie", gericht)
                 + element("relatie", "Gericht aan"))
        for path, soort, datum, vj, ah, koop, titel in docs:
            key = koop or os.path.basename(path).rsplit(".", 1)[0]
            aanhangsel = None
            if ah is not None:
                aanhangsel = vj[2:4] + vj[7:9] + f"{ah:05d}"
            add_document(path, key, soort, titel, titel, datum, vj, zaak=zaak, aanhangsel=aanhangsel,
                         koop=koop)

    feed.write(os.path.join(out, "feed"))
    print("wrote", sum(len(v) for v in feed.pages.values()), "entities to", out)


if __name__ == "__main__":
    main()
