-- Library schema v1: the Tweede Kamer entities as the SyncFeed delivers them.
-- Tables and columns carry the names of the official XSDs (tkData-v1-0-*.xsd); a single-valued
-- reference <x ref="..."/> becomes the column x_id, a repeatable one a row in link.
-- Kamer references get no FOREIGN KEY: the feed delivers entities in change order, so a
-- documentActor may arrive before its persoon. Our own tables (files, imports) do use them.

CREATE TABLE commissie (
    id TEXT PRIMARY KEY, bijgewerkt TEXT,
    nummer INTEGER, soort TEXT, afkorting TEXT, naamNl TEXT, naamEn TEXT, naamWebNl TEXT,
    naamWebEn TEXT, inhoudsopgave TEXT, datumActief TEXT, datumInactief TEXT);

CREATE TABLE persoon (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, contentType TEXT, contentLength INTEGER,
    nummer INTEGER, titels TEXT, initialen TEXT, tussenvoegsel TEXT, achternaam TEXT,
    voornamen TEXT, roepnaam TEXT, geslacht TEXT, functie TEXT, geboortedatum TEXT,
    geboorteplaats TEXT, geboorteland TEXT, overlijdensdatum TEXT, overlijdensplaats TEXT,
    woonplaats TEXT, land TEXT, fractielabel TEXT);

CREATE TABLE fractie (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, contentType TEXT, contentLength INTEGER,
    nummer INTEGER, afkorting TEXT, naamNl TEXT, naamEn TEXT, aantalZetels INTEGER,
    aantalStemmen INTEGER, datumActief TEXT, datumInactief TEXT);

CREATE TABLE fractieZetel (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, fractie_id TEXT, gewicht INTEGER);
CREATE INDEX fractieZetel_fractie ON fractieZetel(fractie_id);

CREATE TABLE fractieZetelPersoon (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, fractieZetel_id TEXT, persoon_id TEXT,
    functie TEXT, van TEXT, totEnMet TEXT);
CREATE INDEX fractieZetelPersoon_persoon ON fractieZetelPersoon(persoon_id);
CREATE INDEX fractieZetelPersoon_zetel ON fractieZetelPersoon(fractieZetel_id);

CREATE TABLE commissieZetel (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, commissie_id TEXT, gewicht INTEGER);
CREATE INDEX commissieZetel_commissie ON commissieZetel(commissie_id);

CREATE TABLE commissieZetelVastPersoon (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, commissieZetel_id TEXT, persoon_id TEXT,
    functie TEXT, van TEXT, totEnMet TEXT);
CREATE INDEX commissieZetelVastPersoon_zetel ON commissieZetelVastPersoon(commissieZetel_id);

CREATE TABLE commissieZetelVervangerPersoon (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, commissieZetel_id TEXT, persoon_id TEXT,
    functie TEXT, van TEXT, totEnMet TEXT);
CREATE INDEX commissieZetelVervangerPersoon_zetel
    ON commissieZetelVervangerPersoon(commissieZetel_id);

CREATE TABLE kamerstukdossier (
    id TEXT PRIMARY KEY, bijgewerkt TEXT,
    titel TEXT, citeertitel TEXT, alias TEXT, nummer INTEGER, toevoeging TEXT,
    hoogsteVolgnummer INTEGER, afgesloten INTEGER, kamer TEXT);
CREATE INDEX kamerstukdossier_nummer ON kamerstukdossier(nummer);

CREATE TABLE zaak (
    id TEXT PRIMARY KEY, bijgewerkt TEXT,
    nummer TEXT, soort TEXT, onderwerp TEXT, gestartOp TEXT, organisatie TEXT, titel TEXT,
    citeertitel TEXT, alias TEXT, grondslagvoorhang TEXT, termijn TEXT, vergaderjaar TEXT,
    volgnummer INTEGER, status TEXT, huidigeBehandelstatus TEXT, afgedaan INTEGER,
    grootProject INTEGER, kabinetsappreciatie TEXT);
CREATE INDEX zaak_nummer ON zaak(nummer);

CREATE TABLE zaakActor (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, zaak_id TEXT, persoon_id TEXT, fractie_id TEXT,
    commissie_id TEXT, actorNaam TEXT, actorFractie TEXT, actorAfkorting TEXT, functie TEXT,
    relatie TEXT, sidActor TEXT);
CREATE INDEX zaakActor_zaak ON zaakActor(zaak_id);
CREATE INDEX zaakActor_persoon ON zaakActor(persoon_id);
CREATE INDEX zaakActor_commissie ON zaakActor(commissie_id);

CREATE TABLE document (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, contentType TEXT, contentLength INTEGER,
    huidigeDocumentVersie_id TEXT, kamerstukdossier_id TEXT,
    soort TEXT, documentNummer TEXT, titel TEXT, onderwerp TEXT, datum TEXT,
    volgnummer INTEGER, vergaderjaar TEXT, kamer INTEGER, citeertitel TEXT, alias TEXT,
    datumRegistratie TEXT, datumOntvangst TEXT, aanhangselnummer TEXT, kenmerkAfzender TEXT,
    organisatie TEXT);
CREATE INDEX document_nummer ON document(documentNummer);
CREATE INDEX document_dossier ON document(kamerstukdossier_id, volgnummer);
CREATE INDEX document_datum ON document(datum);

CREATE TABLE documentActor (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, document_id TEXT, persoon_id TEXT, fractie_id TEXT,
    commissie_id TEXT, actorNaam TEXT, actorFractie TEXT, functie TEXT, relatie TEXT,
    sidActor TEXT);
CREATE INDEX documentActor_document ON documentActor(document_id);
CREATE INDEX documentActor_persoon ON documentActor(persoon_id);
CREATE INDEX documentActor_commissie ON documentActor(commissie_id);

CREATE TABLE documentVersie (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, document_id TEXT, status TEXT, versienummer INTEGER,
    bestandsgrootte INTEGER, extensie TEXT, datum TEXT, externeidentifier TEXT);
CREATE INDEX documentVersie_document ON documentVersie(document_id);

CREATE TABLE activiteit (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, voortouwcommissie_id TEXT,
    soort TEXT, nummer TEXT, onderwerp TEXT, datumSoort TEXT, datum TEXT, aanvangstijd TEXT,
    eindtijd TEXT, locatie TEXT, besloten INTEGER, status TEXT, vergaderjaar TEXT, kamer TEXT,
    noot TEXT, vrsNummer TEXT, sidVoortouw TEXT, voortouwnaam TEXT, voortouwafkorting TEXT,
    voortouwkortenaam TEXT, aanvraagdatum TEXT, datumVerzoekEersteVerlenging TEXT,
    datumMededelingEersteVerlenging TEXT, datumVerzoekTweedeVerlenging TEXT,
    datumMededelingTweedeVerlenging TEXT, vervaldatum TEXT);
CREATE INDEX activiteit_voortouw ON activiteit(voortouwcommissie_id);

CREATE TABLE activiteitActor (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, activiteit_id TEXT, persoon_id TEXT, fractie_id TEXT,
    commissie_id TEXT, actorNaam TEXT, actorFractie TEXT, relatie TEXT, volgorde INTEGER,
    functie TEXT, spreektijd TEXT, sidActor TEXT);
CREATE INDEX activiteitActor_activiteit ON activiteitActor(activiteit_id);

CREATE TABLE agendapunt (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, activiteit_id TEXT, nummer TEXT, onderwerp TEXT,
    aanvangstijd TEXT, eindtijd TEXT, volgorde INTEGER, rubriek TEXT, noot TEXT, status TEXT);
CREATE INDEX agendapunt_activiteit ON agendapunt(activiteit_id);

-- Repeatable references (document -> zaak, zaak -> activiteit, ...), kept on the owner's side
-- as the feed does; (soort, naar) answers the reverse lookups.
CREATE TABLE link (
    van TEXT NOT NULL, soort TEXT NOT NULL, naar TEXT NOT NULL,
    PRIMARY KEY (van, soort, naar)) WITHOUT ROWID;
CREATE INDEX link_reverse ON link(soort, naar, van);

-- Files we hold for a document, by content hash (downloaded or imported).
CREATE TABLE document_file (
    document_id TEXT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL, path TEXT NOT NULL, mime TEXT NOT NULL, size INTEGER NOT NULL,
    stored_at TEXT NOT NULL);
CREATE INDEX document_file_sha256 ON document_file(sha256);

-- Documents the user imported (Mijn bibliotheek); they have a document row of their own
-- with a locally derived id.
CREATE TABLE local_document (
    document_id TEXT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    original_name TEXT NOT NULL, imported_at TEXT NOT NULL);

-- Where each SyncFeed category stopped, so a sync resumes there.
CREATE TABLE sync_state (
    category TEXT PRIMARY KEY, skiptoken INTEGER, last_sync TEXT);
