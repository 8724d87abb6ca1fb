#include "DocumentKinds.h"

#include "Headings.h"

#include <QRegularExpression>

namespace overleg {

QString soortOf(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::InbrengSchriftelijkOverleg:
        return QStringLiteral("Inbreng verslag schriftelijk overleg");
    case DocumentKind::VerslagSchriftelijkOverleg:
        return QStringLiteral("Verslag van een schriftelijk overleg");
    case DocumentKind::SchriftelijkeVragen:
        return QStringLiteral("Schriftelijke vragen");
    case DocumentKind::AntwoordSchriftelijkeVragen:
        return QStringLiteral("Antwoord schriftelijke vragen");
    case DocumentKind::MededelingUitstel:
        return QStringLiteral("Mededeling (uitstel antwoord)");
    case DocumentKind::LijstVanVragen:
        return QStringLiteral("Lijst van vragen");
    case DocumentKind::LijstVanVragenEnAntwoorden:
        return QStringLiteral("Lijst van vragen en antwoorden");
    case DocumentKind::Verslag:
        return QStringLiteral("Verslag");
    case DocumentKind::NotaNaarAanleidingVanHetVerslag:
        return QStringLiteral("Nota naar aanleiding van het verslag");
    case DocumentKind::Other:
        break;
    }
    return QStringLiteral("Overig");
}

QList<DocumentKind> allDocumentKinds() {
    return {DocumentKind::InbrengSchriftelijkOverleg,
            DocumentKind::VerslagSchriftelijkOverleg,
            DocumentKind::SchriftelijkeVragen,
            DocumentKind::AntwoordSchriftelijkeVragen,
            DocumentKind::MededelingUitstel,
            DocumentKind::LijstVanVragen,
            DocumentKind::LijstVanVragenEnAntwoorden,
            DocumentKind::Verslag,
            DocumentKind::NotaNaarAanleidingVanHetVerslag};
}

bool hasNumberedQuestions(DocumentKind kind) {
    return kind == DocumentKind::SchriftelijkeVragen ||
           kind == DocumentKind::AntwoordSchriftelijkeVragen ||
           kind == DocumentKind::MededelingUitstel || kind == DocumentKind::LijstVanVragen ||
           kind == DocumentKind::LijstVanVragenEnAntwoorden;
}

DocumentKind kindFromSoort(const QString &soortText) {
    const QString soort = soortText.trimmed().toLower();
    if (soort.startsWith(QLatin1String("antwoord schriftelijke vragen")))
        return DocumentKind::AntwoordSchriftelijkeVragen;
    if (soort.startsWith(QLatin1String("mededeling")))
        return DocumentKind::MededelingUitstel;
    if (soort == QLatin1String("schriftelijke vragen"))
        return DocumentKind::SchriftelijkeVragen;
    if (soort.startsWith(QLatin1String("inbreng verslag schriftelijk overleg")) ||
        soort.startsWith(QLatin1String("inbreng schriftelijk overleg")))
        return DocumentKind::InbrengSchriftelijkOverleg;
    if (soort.startsWith(QLatin1String("verslag van een schriftelijk overleg")))
        return DocumentKind::VerslagSchriftelijkOverleg;
    if (soort == QLatin1String("lijst van vragen"))
        return DocumentKind::LijstVanVragen;
    if (soort.contains(QLatin1String("lijst van vragen en antwoorden")))
        return DocumentKind::LijstVanVragenEnAntwoorden;
    if (soort.startsWith(QLatin1String("nota naar aanleiding van het")))
        return DocumentKind::NotaNaarAanleidingVanHetVerslag;
    if (soort == QLatin1String("verslag"))
        return DocumentKind::Verslag;
    return DocumentKind::Other;
}

namespace {

struct HeadRule {
    DocumentKind kind;
    QRegularExpression pattern; // matched at the start of a head paragraph
};

// In order of precedence: a Mededeling prints the questions it delays ("Vragen van ..."), an
// Antwoord repeats them, a Nota quotes the Verslag; so the more specific kind wins wherever in
// the head it stands.
const QList<HeadRule> &headRules() {
    static const QList<HeadRule> rules = {
        {DocumentKind::NotaNaarAanleidingVanHetVerslag,
         headings::re("^nota naar aanleiding van het (nader |tweede nader |derde nader )?"
                      "verslag\\b")},
        {DocumentKind::VerslagSchriftelijkOverleg,
         headings::re("^verslag van een schriftelijk overleg\\b")},
        {DocumentKind::InbrengSchriftelijkOverleg,
         headings::re("^inbreng (voor )?(het )?(verslag )?(van )?(een )?schriftelijk(e)? "
                      "overleg\\b")},
        {DocumentKind::LijstVanVragenEnAntwoorden,
         headings::re("^lijst van (feitelijke )?vragen en antwoorden\\b")},
        // The answers to a commissie's questions (feitelijke vragen), e.g. by the Algemene
        // Rekenkamer: "Antwoorden ... bij vragen van de Tweede Kamer over ...".
        {DocumentKind::LijstVanVragenEnAntwoorden,
         headings::re("^(beantwoording|antwoorden)\\b.{0,80}\\b(op|bij) (de )?(feitelijke )?"
                      "vragen (van|gesteld door) de (tweede kamer|vaste commissie|commissie)\\b")},
        {DocumentKind::LijstVanVragen, headings::re("^lijst van (feitelijke )?vragen\\b")},
        {DocumentKind::MededelingUitstel,
         headings::re("^(mededeling van|mededeling\\s*$|mededeling uitstel|uitstel "
                      "beantwoording)")},
        {DocumentKind::AntwoordSchriftelijkeVragen,
         headings::re("^(antwoord(en)? van (de )?(minister|staatssecretaris|bewindspersoon|"
                      "regering|kabinet|minister-president)|antwoord(en)? op (de )?"
                      "(schriftelijke |kamer)?vragen|beantwoording (van )?(de )?(schriftelijke "
                      "|kamer)?vragen|antwoorden\\b.{0,60}\\bop vragen|vragen gesteld door de "
                      "leden der kamer, met de daarop)")},
        // A commissie's report on a bill, also the voorlopig, nader and eindverslag.
        {DocumentKind::Verslag,
         headings::re("^(voorlopig |nader |tweede nader )?(eind)?verslag(\\s+vastgesteld\\b.*)?"
                      "\\s*$")},
        {DocumentKind::SchriftelijkeVragen,
         headings::re("^(vragen van (het lid|de leden)|vragen gesteld door de leden der "
                      "kamer|schriftelijke vragen)\\b")},
    };
    return rules;
}

// A head line may begin with the document's number or id ("36 450", "2025D21651",
// "kst-36450-6", "AH 617", "Nr. 6") before the kind: the Kamer's site prints "<nr> <KIND>".
QString withoutLeadingIds(const QString &paragraph) {
    static const QRegularExpression id(
        QStringLiteral("^((nr\\.|ah|kst)?\\s*[\\w./-]*\\d[\\w./-]*\\s+){1,3}"),
        QRegularExpression::CaseInsensitiveOption);
    QString rest = paragraph;
    rest.remove(id);
    return rest;
}

} // namespace

DocumentKind kindFromHead(const QStringList &headParagraphs) {
    int best = -1;
    // Where the head's lines were run together (text without paragraph breaks), each of its
    // sentences still starts where a line did: "... (ingezonden 6 maart 2024). Antwoord van".
    static const QRegularExpression sentenceStart(QStringLiteral("(?<=[.?!)»]) +(?=\\p{Lu})"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &raw : headParagraphs) {
        const QString paragraph = raw.trimmed().left(1200);
        if (paragraph.isEmpty())
            continue;
        QStringList candidates = {paragraph, withoutLeadingIds(paragraph)};
        for (const QString &sentence : paragraph.split(sentenceStart, Qt::SkipEmptyParts).mid(1))
            candidates << sentence;
        for (const QString &candidate : candidates) {
            for (int r = 0; r < headRules().size(); ++r) {
                if ((best < 0 || r < best) && headRules().at(r).pattern.match(candidate).hasMatch())
                    best = r;
            }
        }
    }
    return best < 0 ? DocumentKind::Other : headRules().at(best).kind;
}

DocumentKind kindFromBody(const QStringList &paragraphs) {
    bool numbered = false;
    bool answers = false;
    bool sections = false;
    static const QRegularExpression section =
        headings::re("^(vragen en opmerkingen|inbreng) van de leden van de");
    for (const QString &raw : paragraphs) {
        const QString p = raw.trimmed();
        if (headings::question().match(p).hasMatch())
            numbered = true;
        else if (headings::answer().match(p).hasMatch())
            answers = true;
        else if (section.match(p).hasMatch())
            sections = true;
    }
    if (sections && !numbered)
        return DocumentKind::InbrengSchriftelijkOverleg;
    if (numbered && answers)
        return DocumentKind::AntwoordSchriftelijkeVragen;
    if (numbered)
        return DocumentKind::SchriftelijkeVragen;
    return DocumentKind::Other;
}

} // namespace overleg
