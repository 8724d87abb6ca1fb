#include "EntitySchema.h"

#include <QHash>

namespace overleg {

namespace {

QStringList split(const char *words) {
    return QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts);
}

EntityType type(const char *element, const char *fields, const char *singleRefs = "",
                const char *multiRefs = "", const char *booleans = "", bool downloadable = false) {
    EntityType t;
    t.element = QString::fromLatin1(element);
    t.category = t.element.left(1).toUpper() + t.element.mid(1);
    t.table = t.element;
    t.fields = split(fields);
    t.singleRefs = split(singleRefs);
    t.multiRefs = split(multiRefs);
    t.booleanFields = split(booleans);
    for (const QString &field : t.fields)
        t.isBoolean << t.booleanFields.contains(field);
    t.downloadable = downloadable;
    return t;
}

QList<EntityType> buildTypes() {
    return {
        type("commissie", "nummer soort afkorting naamNl naamEn naamWebNl naamWebEn "
                          "inhoudsopgave datumActief datumInactief"),
        type("persoon",
             "nummer titels initialen tussenvoegsel achternaam voornamen roepnaam geslacht functie "
             "geboortedatum geboorteplaats geboorteland overlijdensdatum overlijdensplaats "
             "woonplaats land fractielabel",
             "", "", "", true),
        type("fractie",
             "nummer afkorting naamNl naamEn aantalZetels aantalStemmen datumActief datumInactief",
             "", "", "", true),
        type("fractieZetel", "gewicht", "fractie"),
        type("fractieZetelPersoon", "functie van totEnMet", "fractieZetel persoon"),
        type("commissieZetel", "gewicht", "commissie"),
        type("commissieZetelVastPersoon", "functie van totEnMet", "commissieZetel persoon"),
        type("commissieZetelVervangerPersoon", "functie van totEnMet", "commissieZetel persoon"),
        type("kamerstukdossier",
             "titel citeertitel alias nummer toevoeging hoogsteVolgnummer afgesloten kamer", "", "",
             "afgesloten"),
        type("zaak",
             "nummer soort onderwerp gestartOp organisatie titel citeertitel alias "
             "grondslagvoorhang termijn vergaderjaar volgnummer status huidigeBehandelstatus "
             "afgedaan grootProject kabinetsappreciatie",
             "", "kamerstukdossier activiteit agendapunt gerelateerdVanuit vervangenVanuit",
             "afgedaan grootProject"),
        type("zaakActor", "actorNaam actorFractie actorAfkorting functie relatie sidActor",
             "zaak persoon fractie commissie"),
        type("document",
             "soort documentNummer titel onderwerp datum volgnummer vergaderjaar kamer citeertitel "
             "alias datumRegistratie datumOntvangst aanhangselnummer kenmerkAfzender organisatie",
             "huidigeDocumentVersie kamerstukdossier", "bronDocument activiteit agendapunt zaak",
             "", true),
        type("documentActor", "actorNaam actorFractie functie relatie sidActor",
             "document persoon fractie commissie"),
        type("documentVersie",
             "status versienummer bestandsgrootte extensie datum externeidentifier", "document"),
        type(
            "activiteit",
            "soort nummer onderwerp datumSoort datum aanvangstijd eindtijd locatie besloten status "
            "vergaderjaar kamer noot vrsNummer sidVoortouw voortouwnaam voortouwafkorting "
            "voortouwkortenaam aanvraagdatum datumVerzoekEersteVerlenging "
            "datumMededelingEersteVerlenging datumVerzoekTweedeVerlenging "
            "datumMededelingTweedeVerlenging vervaldatum",
            "voortouwcommissie", "voortgezetVanuit vervangenVanuit", "besloten"),
        type("activiteitActor",
             "actorNaam actorFractie relatie volgorde functie spreektijd sidActor",
             "activiteit persoon fractie commissie"),
        type("agendapunt", "nummer onderwerp aanvangstijd eindtijd volgorde rubriek noot status",
             "activiteit"),
    };
}

} // namespace

const QList<EntityType> &entityTypes() {
    static const QList<EntityType> types = buildTypes();
    return types;
}

const EntityType *entityTypeForElement(const QString &element) {
    // Every entity of a sync asks, mostly by its exact element name: try that first.
    for (const EntityType &t : entityTypes()) {
        if (t.element == element)
            return &t;
    }
    for (const EntityType &t : entityTypes()) {
        if (t.element.compare(element, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const QString *schemaName(QStringView element) {
    // Built once and only read after: safe for the parsers on several threads.
    static const QHash<QStringView, const QString *> names = [] {
        QHash<QStringView, const QString *> all;
        for (const EntityType &t : entityTypes()) {
            all.insert(t.element, &t.element);
            for (const QStringList *list : {&t.fields, &t.singleRefs, &t.multiRefs})
                for (const QString &name : *list)
                    all.insert(name, &name);
        }
        return all;
    }();
    return names.value(element, nullptr);
}

const EntityType *entityTypeForCategory(const QString &category) {
    return entityTypeForElement(category);
}

} // namespace overleg
