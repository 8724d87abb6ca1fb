#include "QuestionDockSupport.h"
#include "TestSupport.h"

#include "QuestionDock.h"
#include "library/FileStore.h"
#include "models/QuestionModel.h"
#include "questions/QuestionExtractor.h"
#include "questions/SentenceSplitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTreeView>
#include <QUndoStack>

using namespace overleg;
using namespace overleg::ui;
using test::Notes;
using test::verslag;

// The question panel's corrections: what the user says a document or its units are (the kind,
// a unit marked by hand, split, merged), kept with the notes, undoable, read the same by the
// CLI; and notes that follow a new version of the document.
class TestQuestionCorrections : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The panel and overleg-cli read a document's questions through one pipeline: after a merge
    // and a split in the panel the CLI numbers the same units, and a note set by number in the
    // CLI lands on the unit the panel shows under that number.
    void cliAndPanelNumberTheSameUnitsAfterCorrections() {
        test::TempLibrary lib;
        const QString doc = lib->queries().resolveDocument(QStringLiteral("kst-29338-289"));
        QVERIFY(!doc.isEmpty());
        const auto text = extractTextFromFile(lib->files().pathFor(doc));
        QVERIFY(text);
        QUndoStack undo;
        QuestionDock dock(lib->notes(), &undo);
        dock.setDocument(doc, QStringLiteral("Verslag"), text.value(), QString());
        QTreeView *list = dock.list();
        auto select = [&](int row) {
            list->setCurrentIndex(list->model()->index(row, 0, list->model()->index(0, 0)));
        };
        select(2);
        const QString third = dock.currentQuestionId();
        dock.mergeCurrentWithNext(); // units 3 and 4 become one
        QVERIFY(!dock.model()->unit(third));
        select(2);
        QVERIFY(splitSentences(dock.model()->unit(dock.currentQuestionId())->text).size() >= 2);
        dock.splitCurrent(); // and are split again, as two new units
        select(0);
        dock.mergeCurrentWithNext(); // units 1 and 2 become one

        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(OVERLEG_CLI_PATH),
                    QStringList{QStringLiteral("--data-dir"), lib.dir.path()} + args);
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                qFatal("overleg-cli failed: %s", p.readAllStandardError().constData());
            return p.readAllStandardOutput();
        };
        const QJsonArray cliUnits =
            QJsonDocument::fromJson(run({QStringLiteral("--json"), QStringLiteral("questions"),
                                         QStringLiteral("kst-29338-289")}))
                .object()
                .value(QStringLiteral("questions"))
                .toArray();
        const QList<QuestionUnit> panelUnits = dock.model()->extraction().questions;
        QCOMPARE(cliUnits.size(), panelUnits.size());
        for (int i = 0; i < panelUnits.size(); ++i) {
            const QJsonObject unit = cliUnits.at(i).toObject();
            QCOMPARE(unit.value(QStringLiteral("n")).toInt(), panelUnits.at(i).n);
            QCOMPARE(unit.value(QStringLiteral("text")).toString(), panelUnits.at(i).text);
        }

        run({QStringLiteral("annotate"), QStringLiteral("kst-29338-289"), QStringLiteral("3"),
             QStringLiteral("--note"), QStringLiteral("via de CLI")});
        dock.refresh();
        for (const QuestionUnit &unit : dock.model()->extraction().questions) {
            QCOMPARE(dock.model()->annotationOf(unit.id).note,
                     unit.n == 3 ? QStringLiteral("via de CLI") : QString());
        }
    }

    // Where the head was read wrong the user says what the document is: the panel reads it
    // anew as that kind, the choice is kept with the notes, and undo takes it back.
    void theUserCorrectsTheKind() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        QCOMPARE(dock.model()->extraction().kind, DocumentKind::VerslagSchriftelijkOverleg);
        QVERIFY(dock.findChild<QLabel *>(QStringLiteral("questionHeader"))
                    ->text()
                    .contains(QStringLiteral("href=\"soort\"")));
        dock.setKind(QStringLiteral("Inbreng verslag schriftelijk overleg"));
        QCOMPARE(dock.model()->extraction().kind, DocumentKind::InbrengSchriftelijkOverleg);
        QCOMPARE(chosenSoort(notes.store->corrections(QStringLiteral("doc"))),
                 QStringLiteral("Inbreng verslag schriftelijk overleg"));
        // Another panel (a later start) reads it the same way.
        QuestionDock again(*notes.store, &undo);
        again.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        QCOMPARE(again.model()->extraction().kind, DocumentKind::InbrengSchriftelijkOverleg);
        undo.undo();
        QCOMPARE(dock.model()->extraction().kind, DocumentKind::VerslagSchriftelijkOverleg);
    }

    // A new version of the document: a reworded question keeps its notes, a question that is
    // gone keeps them too, shown apart as detached.
    void notesFollowANewVersion() {
        Notes notes;
        QUndoStack undo;
        const DocumentText text = verslag();
        const QuestionExtraction before = QuestionExtractor::extract(text, QStringLiteral("doc"));
        const auto find = [&](const QuestionExtraction &e, const QString &start) {
            for (const QuestionUnit &u : e.questions)
                if (u.text.startsWith(start))
                    return u;
            return QuestionUnit{};
        };
        const QuestionUnit reworded =
            find(before, QStringLiteral("Deze leden vragen de minister om te voorzien"));
        const QuestionUnit dropped = find(before, QStringLiteral("Specifieker willen zij graag"));
        QVERIFY(!reworded.id.isEmpty() && !dropped.id.isEmpty());
        QVERIFY(notes.store
                    ->setStatus(QStringLiteral("doc"), reworded.id, reworded.text,
                                QStringLiteral("answered"))
                    .ok());
        QVERIFY(notes.store
                    ->addTag(QStringLiteral("doc"), reworded.id, reworded.text,
                             QStringLiteral("budget"))
                    .ok());
        QVERIFY(notes.store
                    ->setNote(QStringLiteral("doc"), dropped.id, dropped.text,
                              QStringLiteral("navragen"))
                    .ok());

        DocumentText next = text;
        for (QString &page : next.pages) {
            page.replace(QStringLiteral("te\nverdelen budgetten"),
                         QStringLiteral("te\nverdelen middelen"));
            page.replace(QStringLiteral("te verdelen budgetten"),
                         QStringLiteral("te verdelen middelen"));
            const qsizetype at = page.indexOf(QStringLiteral("Specifieker willen zij graag"));
            if (at >= 0)
                page.remove(at, page.indexOf(u'.', at) - at + 1);
        }
        QuestionDock dock(*notes.store, &undo);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag, tweede versie"), next,
                         QString());
        const QuestionExtraction after = dock.model()->extraction();
        const QuestionUnit moved =
            find(after, QStringLiteral("Deze leden vragen de minister om te voorzien"));
        QVERIFY(moved.text.contains(QStringLiteral("middelen")));
        QVERIFY(moved.id != reworded.id);
        QCOMPARE(dock.model()->annotationOf(moved.id).status, QStringLiteral("answered"));
        QCOMPARE(notes.store->annotation(moved.id)->tags, QStringList{QStringLiteral("budget")});
        QVERIFY(!notes.store->annotation(reworded.id));
        QCOMPARE(dock.model()->detachedCount(), 1);
        const QModelIndex detached = dock.model()->indexOfQuestion(dropped.id);
        QVERIFY(detached.isValid());
        QCOMPARE(detached.parent().data().toString(), QStringLiteral("Notes without a question"));
        QCOMPARE(detached.data(QuestionModel::NoteRole).toString(), QStringLiteral("navragen"));
    }

    // Corrections: a question marked by hand, a split and a merge, undoable, kept for the
    // next extraction.
    void correctionsPersistAndUndo() {
        Notes notes;
        QUndoStack undo;
        const DocumentText text = verslag();
        QuestionDock dock(*notes.store, &undo);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), text, QString());
        const int initial = dock.model()->questionCount();

        // "Deze leden moedigen deze wijze van bestuur en beleid ontwikkelen aan" asks nothing;
        // a user who reads it as a question marks it.
        const QString plain = text.plainText();
        const QString sentence = QStringLiteral("Deze leden moedigen deze wijze van");
        const int start = int(plain.indexOf(sentence));
        QVERIFY(start > 0);
        const int end = int(plain.indexOf(u'.', start)) + 1;
        dock.addQuestion(start, end, plain.mid(start, end - start));
        QCOMPARE(dock.model()->questionCount(), initial + 1);
        bool found = false;
        for (const QuestionUnit &u : dock.model()->extraction().questions) {
            if (u.text.startsWith(sentence)) {
                found = true;
                QCOMPARE(u.fractie, QStringLiteral("D66")); // from the unit before it
                QCOMPARE(u.page, 5);
            }
        }
        QVERIFY(found);

        // Split a unit of two sentences, then merge the halves back.
        QString twoSentences;
        for (const QuestionUnit &u : dock.model()->extraction().questions) {
            if (splitSentences(u.text).size() > 1) {
                twoSentences = u.id;
                break;
            }
        }
        if (!twoSentences.isEmpty()) {
            dock.selectQuestion(twoSentences);
            dock.splitCurrent();
            QCOMPARE(dock.model()->questionCount(), initial + 2);
            dock.mergeCurrentWithNext();
            QCOMPARE(dock.model()->questionCount(), initial + 1);
            undo.undo();
            undo.undo();
        }
        QCOMPARE(dock.model()->questionCount(), initial + 1);

        QuestionDock again(*notes.store, &undo);
        again.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), text, QString());
        QCOMPARE(again.model()->questionCount(), initial + 1);
        undo.undo(); // the question marked by hand
        again.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), text, QString());
        QCOMPARE(again.model()->questionCount(), initial);
    }
};

QTEST_MAIN(TestQuestionCorrections)
#include "test_questioncorrections.moc"
