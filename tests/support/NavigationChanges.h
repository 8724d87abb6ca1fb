#pragma once

// A seeded generated library with every entity the navigation tree and the open questions are
// derived from, and random changes of every kind to it, for comparing the incremental update of
// the derived tables (NavigationUpdate) and of the filter index with a full rebuild
// (test_navigationupdate, bench_navigation's --changes).

#include "entities/EntityRecord.h"
#include "store/Database.h"
#include "store/LibraryStore.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

namespace overleg::test {

inline const QStringList &changeWords() {
    // The words of test_navigationmodel's filter comparison among them, and a non-ASCII one.
    static const QStringList words{
        QStringLiteral("encryptie"), QStringLiteral("onderwijs"),    QStringLiteral("Gaza"),
        QStringLiteral("motie"),     QStringLiteral("vragen"),       QStringLiteral("wetenschaps"),
        QStringLiteral("Financiën"), QStringLiteral("stikstof"),     QStringLiteral("zorg"),
        QStringLiteral("EU"),        QStringLiteral("ander"),        QStringLiteral("29338"),
        QStringLiteral("Nispen"),    QStringLiteral("NWO-programma")};
    return words;
}

inline const QStringList &changeSoorten() {
    static const QStringList soorten{QStringLiteral("Brief regering"),
                                     QStringLiteral("Motie"),
                                     QStringLiteral("Schriftelijke vragen"),
                                     QStringLiteral("Antwoord schriftelijke vragen"),
                                     QStringLiteral("Mededeling (uitstel antwoord)"),
                                     QStringLiteral("Verslag van een schriftelijk overleg")};
    return soorten;
}

inline QString changeGuid(char kind, qint64 n) {
    return QStringLiteral("%1%2-0000-4000-8000-%3")
        .arg(QLatin1Char(kind))
        .arg(n % 10000000, 7, 10, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

class NavigationChanges {
public:
    NavigationChanges(LibraryStore &store, quint32 seed)
        : m_store(store)
        , m_db(store.database())
        , m_rng(seed) {}

    // Commissies (two inactive), fracties with seats (some ended), kamerleden, dossiers,
    // activiteiten, zaken with actors, and documents with links and actors; inside the caller's
    // transaction.
    void generate(int documents) {
        for (int i = 0; i < kCommissies; ++i) {
            EntityRecord c = record("commissie", changeGuid('c', i));
            c.fields.insert(QStringLiteral("naamNl"),
                            QStringLiteral("vaste commissie voor %1 %2").arg(word()).arg(i));
            c.fields.insert(QStringLiteral("afkorting"), QStringLiteral("C%1").arg(i));
            if (i >= kCommissies - 2)
                c.fields.insert(QStringLiteral("datumInactief"), QStringLiteral("2020-01-01"));
            apply(c);
        }
        for (int i = 0; i < kFracties; ++i) {
            EntityRecord f = record("fractie", changeGuid('f', i));
            f.fields.insert(QStringLiteral("afkorting"), QStringLiteral("F%1").arg(i));
            apply(f);
            EntityRecord z = record("fractieZetel", changeGuid('z', i));
            z.refs = {{QStringLiteral("fractie"), f.id}};
            apply(z);
        }
        for (int i = 0; i < kPersonen; ++i) {
            EntityRecord p = record("persoon", changeGuid('p', i));
            p.fields.insert(QStringLiteral("achternaam"), QStringLiteral("Lid%1").arg(i));
            if (i % 3 == 0)
                p.fields.insert(QStringLiteral("tussenvoegsel"), QStringLiteral("van"));
            if (i % 2 == 0)
                p.fields.insert(QStringLiteral("roepnaam"), word());
            apply(p);
            if (i % 5 != 4) {
                EntityRecord s = record("fractieZetelPersoon", changeGuid('q', i));
                s.fields.insert(QStringLiteral("van"), QStringLiteral("2023-12-06"));
                if (i % 7 == 0)
                    s.fields.insert(QStringLiteral("totEnMet"), QStringLiteral("2024-06-01"));
                s.refs = {{QStringLiteral("fractieZetel"), changeGuid('z', i % kFracties)},
                          {QStringLiteral("persoon"), p.id}};
                apply(s);
            }
        }
        for (int i = 0; i < kDossiers; ++i) {
            EntityRecord k = record("kamerstukdossier", changeGuid('k', i));
            k.fields.insert(QStringLiteral("nummer"), QString::number(29300 + i * 7));
            k.fields.insert(QStringLiteral("titel"), QStringLiteral("Dossier over %1").arg(word()));
            if (i % 6 == 0)
                k.fields.insert(QStringLiteral("toevoeging"), QStringLiteral("0%1").arg(i % 9));
            apply(k);
        }
        for (int i = 0; i < kActiviteiten; ++i) {
            EntityRecord a = record("activiteit", changeGuid('v', i));
            a.refs = {{QStringLiteral("voortouwcommissie"), changeGuid('c', pick(kCommissies))}};
            apply(a);
        }
        m_zaken = documents / 3 + 1;
        for (int i = 0; i < m_zaken; ++i)
            addZaak(i);
        for (int i = 0; i < documents; ++i)
            addDocument(m_nextDocument++);
    }

    // `count` random changes of every kind, through the store as a sync writes them (new and
    // deleted entities, whole records again) and as edits of single columns; inside the
    // caller's transaction.
    void change(int count) {
        for (int i = 0; i < count; ++i) {
            switch (m_rng.bounded(16)) {
            case 0:
            case 1:
                addDocument(m_nextDocument++);
                break;
            case 2: // edited title, date and volgnummer
                edit("UPDATE document SET titel = ?, datum = ?, volgnummer = ? WHERE rowid = ?",
                     {title(), date(), int(m_rng.bounded(50)), someDocument()});
                break;
            case 3: // moved to another dossier, or out of any
                edit("UPDATE document SET kamerstukdossier_id = ? WHERE rowid = ?",
                     {m_rng.bounded(4) == 0 ? QVariant()
                                            : QVariant(changeGuid('k', pick(kDossiers))),
                      someDocument()});
                break;
            case 4: // an actor added
                addActor(someDocumentId());
                break;
            case 5: { // an actor removed
                QSqlQuery q = m_db.run(
                    QStringLiteral("SELECT id FROM documentActor ORDER BY random() LIMIT 1"));
                if (q.next()) {
                    EntityRecord gone = record("documentActor", q.value(0).toString());
                    q.finish();
                    gone.deleted = true;
                    apply(gone);
                }
                break;
            }
            case 6: // a zaak's commissie changed
                edit("UPDATE zaakActor SET commissie_id = ? WHERE id = ?",
                     {changeGuid('c', pick(kCommissies)), changeGuid('b', pick(m_zaken))});
                break;
            case 7: // a kamerlid renamed
                edit("UPDATE persoon SET achternaam = ? WHERE id = ?",
                     {QStringLiteral("Hernoemd%1").arg(m_rng.bounded(1000)),
                      changeGuid('p', pick(kPersonen))});
                break;
            case 8: { // a document deleted
                const QString id = someDocumentId();
                if (!id.isEmpty()) {
                    EntityRecord gone = record("document", id);
                    gone.deleted = true;
                    apply(gone);
                }
                break;
            }
            case 9: // a commissie renamed, or no longer active
                if (m_rng.bounded(2))
                    edit("UPDATE commissie SET naamNl = ? WHERE id = ?",
                         {QStringLiteral("commissie %1").arg(word()),
                          changeGuid('c', pick(kCommissies))});
                else
                    edit("UPDATE commissie SET datumInactief = '2025-01-01' WHERE id = ?",
                         {changeGuid('c', pick(kCommissies))});
                break;
            case 10: // a seat ended, or a fractie renamed
                if (m_rng.bounded(2))
                    edit("UPDATE fractieZetelPersoon SET totEnMet = '2025-01-01' WHERE id = ?",
                         {changeGuid('q', pick(kPersonen))});
                else
                    edit("UPDATE fractie SET afkorting = ? WHERE id = ?",
                         {QStringLiteral("G%1").arg(m_rng.bounded(100)),
                          changeGuid('f', pick(kFracties))});
                break;
            case 11: // an activiteit's voortouw changed
                edit("UPDATE activiteit SET voortouwcommissie_id = ? WHERE id = ?",
                     {changeGuid('c', pick(kCommissies)), changeGuid('v', pick(kActiviteiten))});
                break;
            case 12: { // entities arriving before or after the documents that name them
                const int n = m_nextEntity++;
                EntityRecord d = documentRecord(m_nextDocument++);
                d.refs.append({QStringLiteral("kamerstukdossier"), changeGuid('k', 5000 + n)});
                apply(d);
                EntityRecord x = record("documentActor", changeGuid('x', 5000000 + n));
                x.refs = {{QStringLiteral("document"), d.id},
                          {QStringLiteral("persoon"), changeGuid('p', 5000 + n)}};
                apply(x);
                m_late << n;
                if (m_late.size() > 1) {
                    const int earlier = m_late.takeFirst();
                    EntityRecord k = record("kamerstukdossier", changeGuid('k', 5000 + earlier));
                    k.fields.insert(QStringLiteral("nummer"), QString::number(40000 + earlier));
                    apply(k);
                    EntityRecord p = record("persoon", changeGuid('p', 5000 + earlier));
                    p.fields.insert(QStringLiteral("achternaam"), QStringLiteral("Laat"));
                    apply(p);
                }
                break;
            }
            case 13: // an answer or a delay under a question's zaak, or a zaak link lost
                if (m_rng.bounded(3) == 0)
                    edit("DELETE FROM link WHERE soort = 'zaak' AND van = (SELECT id FROM "
                         "document WHERE rowid = ?)",
                         {someDocument()});
                else
                    edit("UPDATE document SET soort = ? WHERE rowid = ?",
                         {changeSoorten().at(2 + pick(3)), someDocument()});
                break;
            case 14: // a commissie, kamerlid or dossier removed
                removeSomeEntity();
                break;
            default: // a zaak gains an indiener
                addZaakActor(pick(m_zaken), m_nextEntity++);
                break;
            }
        }
    }

private:
    static constexpr int kCommissies = 10, kFracties = 6, kPersonen = 40, kDossiers = 60,
                         kActiviteiten = 20;

    static EntityRecord record(const char *type, const QString &id) {
        EntityRecord r;
        r.type = QString::fromLatin1(type);
        r.id = id;
        r.bijgewerkt = QStringLiteral("2026-11-01T09:00:00Z");
        return r;
    }
    void apply(const EntityRecord &r) {
        if (!m_store.apply(r))
            qFatal("cannot apply %s %s", qPrintable(r.type), qPrintable(r.id));
    }
    void edit(const char *sql, std::initializer_list<QVariant> values) {
        QSqlQuery q = m_db.run(QString::fromLatin1(sql), values);
        Q_UNUSED(q);
    }
    int pick(int n) { return int(m_rng.bounded(n)); }
    QString word() { return changeWords().at(int(m_rng.bounded(changeWords().size()))); }
    QString title() { return QStringLiteral("%1 over %2 en %3").arg(word(), word(), word()); }
    QString date() {
        return QDate(2019, 1, 1).addDays(m_rng.bounded(2000)).toString(Qt::ISODate) +
               (m_rng.bounded(2) ? QStringLiteral("T00:00:00") : QString());
    }
    qint64 someDocument() {
        QSqlQuery q =
            m_db.run(QStringLiteral("SELECT rowid FROM document WHERE rowid >= abs(random()) % "
                                    "(SELECT max(rowid) FROM document) ORDER BY rowid LIMIT 1"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }
    QString someDocumentId() {
        QSqlQuery q =
            m_db.run(QStringLiteral("SELECT id FROM document WHERE rowid = ?"), {someDocument()});
        return q.next() ? q.value(0).toString() : QString();
    }
    void removeSomeEntity() {
        const int kind = pick(3);
        const QString id = kind == 0   ? changeGuid('c', pick(kCommissies))
                           : kind == 1 ? changeGuid('p', pick(kPersonen))
                                       : changeGuid('k', pick(kDossiers));
        EntityRecord gone = record(kind == 0   ? "commissie"
                                   : kind == 1 ? "persoon"
                                               : "kamerstukdossier",
                                   id);
        gone.deleted = true;
        apply(gone);
    }
    void addZaak(int i) {
        EntityRecord z = record("zaak", changeGuid('a', i));
        z.fields.insert(QStringLiteral("nummer"), QStringLiteral("2024Z%1").arg(i));
        apply(z);
        EntityRecord za = record("zaakActor", changeGuid('b', i));
        za.fields.insert(QStringLiteral("relatie"), QStringLiteral("Voortouwcommissie"));
        za.refs = {{QStringLiteral("zaak"), z.id},
                   {QStringLiteral("commissie"), changeGuid('c', pick(kCommissies))}};
        apply(za);
        if (i % 3 == 0)
            addZaakActor(i, i);
    }
    void addZaakActor(int zaak, int n) {
        EntityRecord za = record("zaakActor", changeGuid('e', n));
        za.fields.insert(QStringLiteral("relatie"), QStringLiteral("Indiener"));
        za.refs = {{QStringLiteral("zaak"), changeGuid('a', zaak)},
                   {QStringLiteral("persoon"), changeGuid('p', pick(kPersonen))}};
        apply(za);
    }
    EntityRecord documentRecord(int i) {
        EntityRecord d = record("document", changeGuid('d', i));
        const QString soort = changeSoorten().at(int(m_rng.bounded(changeSoorten().size())));
        d.fields.insert(QStringLiteral("soort"), soort);
        d.fields.insert(QStringLiteral("documentNummer"), QStringLiteral("2024D%1").arg(i));
        d.fields.insert(QStringLiteral("titel"), title());
        if (m_rng.bounded(2))
            d.fields.insert(QStringLiteral("onderwerp"), title());
        if (m_rng.bounded(10))
            d.fields.insert(QStringLiteral("datum"), date());
        d.fields.insert(QStringLiteral("volgnummer"), QString::number(m_rng.bounded(40)));
        d.refs = {{QStringLiteral("zaak"), changeGuid('a', pick(m_zaken))}};
        if (m_rng.bounded(5) < 2)
            d.refs.append({QStringLiteral("kamerstukdossier"), changeGuid('k', pick(kDossiers))});
        if (m_rng.bounded(6) == 0)
            d.refs.append({QStringLiteral("activiteit"), changeGuid('v', pick(kActiviteiten))});
        return d;
    }
    void addDocument(int i) {
        const EntityRecord d = documentRecord(i);
        apply(d);
        if (m_rng.bounded(4) == 0)
            addActor(d.id);
    }
    void addActor(const QString &documentId) {
        if (documentId.isEmpty())
            return;
        EntityRecord x = record("documentActor", changeGuid('x', m_nextEntity++));
        x.fields.insert(QStringLiteral("actorFractie"), QStringLiteral("F%1").arg(pick(kFracties)));
        x.refs = {{QStringLiteral("document"), documentId}};
        if (m_rng.bounded(3) == 0)
            x.refs.append({QStringLiteral("commissie"), changeGuid('c', pick(kCommissies))});
        else
            x.refs.append({QStringLiteral("persoon"), changeGuid('p', pick(kPersonen))});
        apply(x);
    }

    LibraryStore &m_store;
    Database &m_db;
    QRandomGenerator m_rng;
    int m_zaken = 1;
    int m_nextDocument = 0;
    int m_nextEntity = 100000;
    QList<int> m_late; // dossiers and kamerleden named by documents before their rows came
};

} // namespace overleg::test
