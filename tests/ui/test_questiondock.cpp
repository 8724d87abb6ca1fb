#include "QuestionDockSupport.h"
#include "TestSupport.h"
#include "WindowSupport.h"

#include "DocumentPage.h"
#include "QuestionCommands.h"
#include "QuestionDelegate.h"
#include "QuestionDock.h"
#include "TagManagerDialog.h"
#include "document/TextExtractor.h"
#include "library/FileStore.h"
#include "models/QuestionFilterModel.h"
#include "models/QuestionModel.h"
#include "questions/Corrections.h"
#include "questions/QuestionExtractor.h"
#include "questions/SentenceSplitter.h"
#include "store/Database.h"
#include "store/NotesStore.h"
#include "store/SqliteStatement.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <sqlite3.h>

using namespace overleg;
using namespace overleg::ui;

using test::Notes;
using test::verslag;

class TestQuestionDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelGroupsByFractie() {
        const QuestionExtraction extraction =
            QuestionExtractor::extract(verslag(), QStringLiteral("doc"));
        QuestionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(QStringLiteral("doc"), extraction, {}, {});
        QCOMPARE(model.rowCount(), 3); // the VVD asked nothing
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("GL-PvdA"));
        QCOMPARE(model.rowCount(model.index(0, 0)), 6);
        QCOMPARE(model.index(0, 0).data(QuestionModel::CountsRole).toString(),
                 QStringLiteral("6 question(s) · 6 open"));
        const QModelIndex first = model.index(0, 0, model.index(0, 0));
        QVERIFY(first.data(QuestionModel::TextRole)
                    .toString()
                    .startsWith(QStringLiteral("Hoeveel minder onderzoekers")));
        QCOMPARE(first.data(QuestionModel::PageRole).toInt(), 2);
        Annotation a;
        a.status = QStringLiteral("answered");
        a.tags = {QStringLiteral("NWO")};
        model.setAnnotation(first.data(QuestionModel::QuestionIdRole).toString(), a);
        QCOMPARE(first.data(QuestionModel::StatusRole).toString(), QStringLiteral("answered"));
        model.setRemoved(first.data(QuestionModel::QuestionIdRole).toString(), true);
        QCOMPARE(model.rowCount(model.index(0, 0)), 5);
    }

    // One edit in the panel (status, note and two tags at once, as a command carries them) is
    // one transaction, BEGIN IMMEDIATE ... COMMIT, and so is its undo: a crash between the
    // parts cannot leave half an edit.
    void oneEditIsOneTransaction() {
        Notes notes;
        const QuestionExtraction extraction =
            QuestionExtractor::extract(verslag(), QStringLiteral("doc"));
        QuestionModel model;
        model.setDocument(QStringLiteral("doc"), extraction, {}, {});
        const QString id = extraction.questions.first().id;
        int commits = 0;
        sqlite3_commit_hook(
            sqliteHandle(notes.db->connection()),
            [](void *count) {
                ++*static_cast<int *>(count);
                return 0;
            },
            &commits);
        const Annotation before = model.annotationOf(id);
        Annotation after = before;
        after.status = toStored(QuestionStatus::Partial);
        after.note = QStringLiteral("Vraagt naar de begroting");
        after.tags = {QStringLiteral("NWO"), QStringLiteral("begroting")};
        QUndoStack stack;
        stack.push(
            new AnnotationCommand(*notes.store, model, id, before, after, QStringLiteral("edit")));
        QCOMPARE(commits, 1);
        auto saved = notes.store->annotation(id);
        QVERIFY(saved);
        QCOMPARE(saved->status, QStringLiteral("partial"));
        QCOMPARE(saved->note, after.note);
        QCOMPARE(saved->tags.size(), 2);
        stack.undo();
        QCOMPARE(commits, 2);
        saved = notes.store->annotation(id);
        QVERIFY(!saved || (saved->status == QLatin1String("open") && saved->note.isEmpty() &&
                           saved->tags.isEmpty()));
        sqlite3_commit_hook(sqliteHandle(notes.db->connection()), nullptr, nullptr);
    }

    void filtersByStatusTagFractieAndText() {
        const QuestionExtraction extraction =
            QuestionExtractor::extract(verslag(), QStringLiteral("doc"));
        QHash<QString, Annotation> annotations;
        Annotation tagged;
        tagged.status = QStringLiteral("unanswered");
        tagged.tags = {QStringLiteral("pilot")};
        annotations.insert(extraction.questions.at(10).id, tagged);
        QuestionModel model;
        model.setDocument(QStringLiteral("doc"), extraction, annotations, {});
        QuestionFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto units = [&] {
            int n = 0;
            for (int g = 0; g < filter.rowCount(); ++g)
                n += filter.rowCount(filter.index(g, 0));
            return n;
        };
        QCOMPARE(units(), int(extraction.questions.size()));
        filter.setStatusFilter(QStringLiteral("unanswered"));
        QCOMPARE(units(), 1);
        filter.setStatusFilter({});
        filter.setTagFilter(QStringLiteral("PILOT"));
        QCOMPARE(units(), 1);
        filter.setTagFilter({});
        filter.setFractieFilter(QStringLiteral("D66"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFractieFilter({});
        filter.setTextFilter(QStringLiteral("aanvraagdruk"));
        QVERIFY(units() >= 2);
        QCOMPARE(filter.rowCount(), 2); // NSC and D66 both ask about it
    }

    // Keyboard triage, saved at once, undone and redone, and kept across re-extraction.
    void triageSavesUndoesAndSurvivesReextraction() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        QVERIFY(test::showActive(dock));
        const DocumentText text = verslag();
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), text, QString());
        QTreeView *list = dock.list();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
        const QString first = dock.currentQuestionId();
        QVERIFY(!first.isEmpty());
        QTest::keyClick(list, Qt::Key_2); // answered
        QCOMPARE(notes.store->annotation(first)->status, QStringLiteral("answered"));
        QTest::keyClick(list, Qt::Key_T);
        auto *tagInput = dock.findChild<QLineEdit *>(QStringLiteral("questionTagInput"));
        QVERIFY(tagInput->hasFocus());
        QTest::keyClicks(tagInput, QStringLiteral("NWO"));
        QTest::keyClick(tagInput, Qt::Key_Return);
        QCOMPARE(notes.store->annotation(first)->tags, QStringList{QStringLiteral("NWO")});
        dock.setNote(QStringLiteral("Antwoord op p. 6"));
        QCOMPARE(notes.store->annotation(first)->note, QStringLiteral("Antwoord op p. 6"));
        QCOMPARE(undo.count(), 3);

        undo.undo(); // the note
        QVERIFY(notes.store->annotation(first)->note.isEmpty());
        undo.undo(); // the tag
        QVERIFY(notes.store->annotation(first)->tags.isEmpty());
        undo.redo();
        QCOMPARE(notes.store->annotation(first)->tags, QStringList{QStringLiteral("NWO")});

        // J moves on; Delete marks the unit as no question.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_J);
        const QString second = dock.currentQuestionId();
        QVERIFY(!second.isEmpty() && second != first);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(notes.store->removedUnits(QStringLiteral("doc")), QStringList{second});
        const int shown = dock.model()->questionCount();

        // Extracted anew (a later start): the same ids, the same notes, the removal kept.
        QuestionDock again(*notes.store, &undo);
        again.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), text, QString());
        QCOMPARE(again.model()->questionCount(), shown);
        QCOMPARE(again.model()->annotationOf(first).status, QStringLiteral("answered"));
        QCOMPARE(again.model()->annotationOf(first).tags, QStringList{QStringLiteral("NWO")});
        QVERIFY(!again.model()->indexOfQuestion(second).isValid());
    }

    // A note typed a moment before the user moves on is saved to the question it was typed
    // for: on switching question (mouse or J), on switching document, on a language change
    // and when the window closes (flushPendingEdits), all before the save delay has passed.
    void noteTypedJustBeforeSwitchingIsKept() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        QVERIFY(test::showActive(dock));
        const DocumentText text = verslag();
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), text, QString());
        QTreeView *list = dock.list();
        auto *note = dock.findChild<QPlainTextEdit *>(QStringLiteral("questionNote"));
        auto question = [&](int row) {
            return list->model()->index(row, 0, list->model()->index(0, 0));
        };

        // Clicked away: the selection moves by mouse while the note still has focus.
        list->setCurrentIndex(question(0));
        const QString first = dock.currentQuestionId();
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Navragen bij OCW"));
        list->setCurrentIndex(question(1));
        QCOMPARE(notes.store->annotation(first)->note, QStringLiteral("Navragen bij OCW"));
        const QString second = dock.currentQuestionId();
        QVERIFY(second != first);
        QCOMPARE(note->toPlainText(), QString()); // the editor shows the new question's note

        // Typed, then J in the list at once.
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Zie ook p. 4"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(notes.store->annotation(second)->note, QStringLiteral("Zie ook p. 4"));
        const QString third = dock.currentQuestionId();

        // A language switch.
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("taal"));
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dock, &languageChange);
        QCOMPARE(notes.store->annotation(third)->note, QStringLiteral("taal"));

        // Closing the window.
        QTest::keyClicks(note, QStringLiteral(" en sluiten"));
        dock.flushPendingEdits();
        QCOMPARE(notes.store->annotation(third)->note, QStringLiteral("taal en sluiten"));

        // Another document replaces this one.
        QTest::keyClicks(note, QStringLiteral("!"));
        dock.setDocument(QStringLiteral("other"), QStringLiteral("Verslag"), text, QString());
        QCOMPARE(notes.store->annotation(third)->note, QStringLiteral("taal en sluiten!"));

        // Typing on without a pause is saved within the save delay, as one undo step.
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), text, QString());
        list->setCurrentIndex(question(3));
        const QString fourth = dock.currentQuestionId();
        note->setFocus();
        const int steps = undo.count();
        for (const QChar c : QStringLiteral("doorlopend typen")) {
            QTest::keyClick(note, c.toLatin1());
            QTest::qWait(40);
        }
        QTRY_COMPARE_WITH_TIMEOUT(notes.store->annotation(fourth).value_or(Annotation{}).note,
                                  QStringLiteral("doorlopend typen"),
                                  QuestionDock::kNoteSaveDelayMs * 4);
        QCOMPARE(undo.count(), steps + 1);
        undo.undo();
        QVERIFY(notes.store->annotation(fourth).value_or(Annotation{}).note.isEmpty());
    }

    // The day an inbreng arrives no answer can exist: its questions are open, awaiting the
    // answer, not "unanswered"; once an answering document was read, a question it left out is.
    void newQuestionsAwaitTheirAnswer() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Inbreng"), verslag(),
                         QStringLiteral("Inbreng verslag schriftelijk overleg"));
        QTreeView *list = dock.list();
        list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
        dock.setAnswers({}, QString(), false);
        QCOMPARE(list->currentIndex().data(QuestionModel::ProposedStatusRole).toString(),
                 QStringLiteral("awaiting"));
        QVERIFY2(dock.answerText().contains(QStringLiteral("awaited")),
                 qPrintable(dock.answerText()));
        QVERIFY(!dock.answerText().contains(QStringLiteral("accept")));
        dock.setAnswers({}, QString(), true);
        QCOMPARE(list->currentIndex().data(QuestionModel::ProposedStatusRole).toString(),
                 QStringLiteral("unanswered"));
        QVERIFY(dock.answerText().contains(QStringLiteral("accept")));
    }

    // Ten questions triaged with the keyboard alone: J/K to move, 1-5 for the status, T + name
    // + Enter + Esc for a tag, N + text + Esc for a note; every field returns to the list.
    void keyboardOnlyTriageOfTenQuestions() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        QVERIFY(test::showActive(dock));
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        QTreeView *list = dock.list();
        auto *note = dock.findChild<QPlainTextEdit *>(QStringLiteral("questionNote"));
        auto *tagInput = dock.findChild<QLineEdit *>(QStringLiteral("questionTagInput"));
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
        const QStringList statuses = NotesStore::statuses();
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            const QString id = dock.currentQuestionId();
            QVERIFY2(!id.isEmpty(), qPrintable(QStringLiteral("question %1").arg(i + 1)));
            ids << id;
            QTest::keyClick(list, Qt::Key(Qt::Key_1 + i % statuses.size()));
            QVERIFY(list->hasFocus()); // a status key leaves the focus in the list
            QTest::keyClick(list, Qt::Key_T);
            QVERIFY(tagInput->hasFocus());
            QTest::keyClicks(tagInput, QStringLiteral("t%1").arg(i % 3));
            QTest::keyClick(tagInput, Qt::Key_Return);
            QTest::keyClick(tagInput, Qt::Key_Escape);
            QVERIFY(list->hasFocus());
            if (i % 2 == 0) {
                QTest::keyClick(list, Qt::Key_N);
                QVERIFY(note->hasFocus());
                QTest::keyClicks(note, QStringLiteral("notitie %1").arg(i));
                if (i % 4 == 0)
                    QTest::keyClick(note, Qt::Key_Escape);
                else
                    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
                QVERIFY(list->hasFocus());
            }
            // Skip the fractie headers: J moves to the next question.
            do {
                QTest::keyClick(list, Qt::Key_J);
            } while (list->currentIndex().data(QuestionModel::IsGroupRole).toBool());
        }
        // K goes back.
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(dock.currentQuestionId(), ids.last());
        for (int i = 0; i < 10; ++i) {
            const Annotation a = notes.store->annotation(ids.at(i)).value_or(Annotation{});
            QCOMPARE(a.status, statuses.at(i % statuses.size()));
            QCOMPARE(a.tags, QStringList{QStringLiteral("t%1").arg(i % 3)});
            QCOMPARE(a.note, i % 2 == 0 ? QStringLiteral("notitie %1").arg(i) : QString());
        }
    }

    void tagManagerRenamesAndDeletes() {
        Notes notes;
        QVERIFY(notes.store
                    ->addTag(QStringLiteral("d"), QStringLiteral("q1"), QStringLiteral("x"),
                             QStringLiteral("stikstof"))
                    .ok());
        QVERIFY(notes.store
                    ->addTag(QStringLiteral("d"), QStringLiteral("q2"), QStringLiteral("y"),
                             QStringLiteral("natuur"))
                    .ok());
        TagManagerDialog dialog(*notes.store);
        QCOMPARE(dialog.list()->count(), 2);
        QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("natuur"));
        dialog.list()->setCurrentRow(1); // stikstof
        // Answer the rename dialog the way a user would.
        QTimer::singleShot(0, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Stikstof en natuur"));
            input->accept();
        });
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Rename")))
                b->click();
        QCOMPARE(notes.store->annotation(QStringLiteral("q1"))->tags,
                 QStringList{QStringLiteral("Stikstof en natuur")});
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Delete")))
                b->click();
        QCOMPARE(notes.store->tags().size(), 1);
        QCOMPARE(dialog.list()->count(), 1);
    }

    void emptyStatesExplainThemselves() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        QVERIFY(dock.emptyStateText().contains(QStringLiteral("No document open")));
        auto other = extractTextFromFile(test::dataPath(
            QStringLiteral("ministerie-brief_contourennota-intrekking-spreidingswet_1848_ic.pdf")));
        dock.setDocument(QStringLiteral("x"), QStringLiteral("Contourennota"), other.value(),
                         QString());
        // Said as a sentence about the document, not "This is a overig: ..."
        QVERIFY2(dock.emptyStateText().contains(
                     QStringLiteral("No questions of parliamentary groups or members")),
                 qPrintable(dock.emptyStateText()));
        QVERIFY(!dock.emptyStateText().contains(QStringLiteral("This is a")));
        QVERIFY(!dock.emptyStateText().contains(QStringLiteral("Overig"), Qt::CaseInsensitive));
    }

    void confidenceInWords_data() {
        QTest::addColumn<double>("confidence");
        QTest::addColumn<QString>("word");
        QTest::newRow("numbered answer") << 0.95 << QStringLiteral("certain");
        QTest::newRow("answer by place") << 0.8 << QStringLiteral("likely");
        QTest::newRow("shared words") << 0.6 << QStringLiteral("likely");
        QTest::newRow("weak") << 0.5 << QStringLiteral("uncertain");
    }

    // The proposal reads "answered (likely)", never "confidence 0.60".
    void confidenceInWords() {
        QFETCH(double, confidence);
        QFETCH(QString, word);
        QCOMPARE(QuestionModel::confidenceLabel(confidence), word);
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        const QString first = dock.model()->extraction().questions.first().id;
        FoundAnswer found;
        found.match.questionId = first;
        found.match.status = QuestionStatus::Answered;
        found.match.confidence = confidence;
        found.match.answer = QStringLiteral("Het kabinet investeert in onderzoek.");
        found.match.answerPage = 6;
        found.documentId = QStringLiteral("doc");
        dock.setAnswers({{first, found}}, QString());
        dock.show();
        dock.selectQuestion(first);
        QVERIFY2(dock.answerText().contains(QStringLiteral("(%1)").arg(word)),
                 qPrintable(dock.answerText()));
        QVERIFY(!dock.answerText().contains(QStringLiteral("confidence")));
        QVERIFY(!dock.answerText().contains(QString::number(confidence, 'f', 2)));
    }

    // Tag chips take the user's colour only when it is a colour, with text that reads on it.
    void tagChipColoursAreValidatedAndContrasting() {
        QCOMPARE(QuestionDelegate::chipBackground(QStringLiteral("#ffeb3b")), QColor(0xffeb3b));
        QCOMPARE(QuestionDelegate::chipText(QColor(0xffeb3b)), QColor(Qt::black)); // on yellow
        QCOMPARE(QuestionDelegate::chipText(QColor(0x1a237e)), QColor(Qt::white)); // on navy
        QCOMPARE(QuestionDelegate::chipText(QColor(Qt::white)), QColor(Qt::black));
        const QColor fallback = QuestionDelegate::chipBackground(QString());
        QVERIFY(fallback.isValid());
        const QString hostile = QStringLiteral("red;background:url(http://x/y.png)\"><img src=x>");
        QCOMPARE(QuestionDelegate::chipBackground(hostile), fallback);
        QCOMPARE(QuestionDelegate::chipBackground(QStringLiteral("transparent")), fallback);

        // The panel's chip for the current question: the stored text never reaches the markup.
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        dock.show();
        dock.list()->setCurrentIndex(
            dock.list()->model()->index(0, 0, dock.list()->model()->index(0, 0)));
        dock.addTag(QStringLiteral("geel"));
        dock.addTag(QStringLiteral("boos"));
        QVERIFY(notes.store->recolourTag(QStringLiteral("geel"), QStringLiteral("#ffeb3b")));
        QVERIFY(notes.store->recolourTag(QStringLiteral("boos"), hostile));
        dock.refresh();
        const QString chips = dock.findChild<QLabel *>(QStringLiteral("questionTags"))->text();
        QVERIFY2(!chips.contains(QStringLiteral("url(")), qPrintable(chips));
        QVERIFY(!chips.contains(QStringLiteral("<img")));
        QVERIFY(chips.contains(QStringLiteral("color:#000000;background:#ffeb3b")));
        QVERIFY(chips.contains(QStringLiteral("background:%1").arg(fallback.name())));
    }

    // The list paints what the model knows: status icon and colour, tag chips; each row's
    // tooltip says the status in words; the group header carries its counts; a legend explains.
    void listShowsStatusTagsNoteCountsAndDeadline() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.resize(360, 700);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTreeView *list = dock.list();
        QVERIFY(qobject_cast<QuestionDelegate *>(list->itemDelegate()));
        QModelIndex group = list->model()->index(0, 0);
        list->setCurrentIndex(list->model()->index(0, 0, group));
        dock.setStatus(QStringLiteral("unanswered"));
        dock.addTag(QStringLiteral("magenta"));
        QVERIFY(notes.store->recolourTag(QStringLiteral("magenta"), QStringLiteral("#ff00ff")));
        dock.setNote(QStringLiteral("Navragen"));
        dock.refresh();
        dock.setDeadline(QDate(2026, 1, 5));
        // Indexes from before the refresh are gone; a row further down is current, so the
        // first is painted unselected.
        group = list->model()->index(0, 0);
        list->setCurrentIndex(list->model()->index(3, 0, group));

        const QModelIndex painted = list->model()->index(0, 0, list->model()->index(0, 0));
        QVERIFY(painted.data(Qt::ToolTipRole).toString().contains(QStringLiteral("unanswered")));
        QVERIFY(painted.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Navragen")));
        // Unanswered is not awaiting: the deadline belongs to open questions only.
        QVERIFY(!painted.data(QuestionModel::DeadlineRole).toDate().isValid());
        const QModelIndex open = list->model()->index(1, 0, group);
        QCOMPARE(open.data(QuestionModel::DeadlineRole).toDate(), QDate(2026, 1, 5));
        QVERIFY(open.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Answer due")));
        QTRY_VERIFY(list->visualRect(group).height() >= 2 * list->fontMetrics().lineSpacing());
        QVERIFY(list->visualRect(painted).height() >= 3 * list->fontMetrics().lineSpacing());

        const QImage image = list->viewport()->grab().toImage();
        const QRect row = list->visualRect(painted);
        auto has = [&](QColor wanted, const QRect &area) {
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (qAbs(c.red() - wanted.red()) < 8 && qAbs(c.green() - wanted.green()) < 8 &&
                        qAbs(c.blue() - wanted.blue()) < 8)
                        return true;
                }
            return false;
        };
        QVERIFY2(has(QuestionModel::statusColor(QStringLiteral("unanswered")), row),
                 "no status colour in the row");
        QVERIFY2(has(QColor(0xff00ff), row), "no tag chip in the tag's colour");

        // The legend names every status, with its icon.
        auto *legend = dock.findChild<QToolButton *>(QStringLiteral("questionLegend"));
        QVERIFY(legend && legend->isVisible() && legend->menu());
        QStringList texts;
        for (QAction *a : legend->menu()->actions())
            texts << a->text();
        for (const QString &status : NotesStore::statuses())
            QVERIFY2(texts.join(u'|').contains(QuestionModel::statusLabel(status) +
                                               QStringLiteral(" — ")),
                     qPrintable(status));
    }

    // Delete ("not a question") moves on: the editor shows the next question and the header
    // counts one fewer; undo brings both back.
    void deleteMovesOnAndUpdatesTheTotal() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        QVERIFY(test::showActive(dock));
        const int total = dock.model()->questionCount();
        QVERIFY(dock.headerText().contains(QStringLiteral("%1 question(s)").arg(total)));
        QTreeView *list = dock.list();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
        const QString removed = dock.currentQuestionId();
        const QString second = list->model()
                                   ->index(1, 0, list->model()->index(0, 0))
                                   .data(QuestionModel::QuestionIdRole)
                                   .toString();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(!dock.model()->indexOfQuestion(removed).isValid());
        QCOMPARE(dock.currentQuestionId(), second);
        QVERIFY2(dock.headerText().contains(QStringLiteral("%1 question(s)").arg(total - 1)),
                 qPrintable(dock.headerText()));
        const QString number = QString::number(dock.model()->unit(second)->n);
        bool showsSecond = false;
        for (QLabel *label : dock.findChildren<QLabel *>())
            showsSecond |= label->text().contains(QStringLiteral("<b>Question %1</b>").arg(number));
        QVERIFY(showsSecond);
        QVERIFY(list->hasFocus());
        undo.undo();
        QVERIFY(dock.headerText().contains(QStringLiteral("%1 question(s)").arg(total)));
        // Nothing current after a reset: the editor says so instead of showing a stale question.
        if (dock.currentQuestionId().isEmpty())
            QVERIFY(!dock.findChild<QPlainTextEdit *>(QStringLiteral("questionNote"))->isEnabled());
    }

    // A question chosen from elsewhere (Open questions) is scrolled into view: chosen while the
    // panel is still hidden, and when the answers arrive after it and take room above the list.
    void selectedQuestionIsScrolledIntoView() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.resize(320, 520);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        const QList<QuestionUnit> units = dock.model()->extraction().questions;
        auto inView = [&dock] {
            const QRect rect = dock.list()->visualRect(dock.list()->currentIndex());
            return dock.list()->viewport()->rect().contains(rect);
        };
        dock.selectQuestion(units.at(units.size() - 2).id);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QCOMPARE(dock.currentQuestionId(), units.at(units.size() - 2).id);
        QTRY_VERIFY2(inView(), "chosen while hidden");

        dock.list()->scrollToTop();
        dock.selectQuestion(units.constLast().id);
        QTRY_VERIFY2(inView(), "chosen while shown");
        // The answers come in with a long line about their source, above the list.
        QString info = QStringLiteral("Answers from: ");
        for (int i = 0; i < 12; ++i)
            info += QStringLiteral("Antwoord op vragen van het lid Boswijk (2024-11-20); ");
        dock.setAnswers({}, info);
        QTRY_VERIFY2(inView(), "the answers' source pushed it out of view");
    }

    // At the dock's default width no filter choice is cut off ("Alle labe").
    void filterCombosShowTheirWholeText() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.resize(300, 600);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        for (const char *name : {"questionStatusFilter", "questionTagFilter",
                                 "questionFractieFilter", "questionSort"}) {
            auto *combo = dock.findChild<QComboBox *>(QLatin1String(name));
            QVERIFY(combo);
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            const QRect text = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                              QStyle::SC_ComboBoxEditField, combo);
            QVERIFY2(text.width() >= combo->fontMetrics().horizontalAdvance(combo->currentText()),
                     qPrintable(QStringLiteral("%1: %2 px for '%3'")
                                    .arg(QLatin1String(name))
                                    .arg(text.width())
                                    .arg(combo->currentText())));
        }
    }

    // J/K/1-5/T/N/Delete act in the list only: typed into the tag box they are text.
    void singleKeysActOnlyInTheList() {
        Notes notes;
        QUndoStack undo;
        QuestionDock dock(*notes.store, &undo);
        dock.setDocument(QStringLiteral("doc"), QStringLiteral("Verslag"), verslag(), QString());
        QVERIFY(test::showActive(dock));
        QCOMPARE(dock.triageActions().size(), 13);
        QStringList texts;
        for (QAction *action : dock.triageActions()) {
            QCOMPARE(action->shortcutContext(), Qt::WidgetShortcut);
            texts << action->text();
        }
        QCOMPARE(texts.first(), QStringLiteral("&Next question"));
        QCOMPARE(texts.at(3), QStringLiteral("Status: answered"));
        QCOMPARE(texts.at(9), QStringLiteral("Not a &question"));
        // The panel's links: accept, open the answer, remove a tag.
        QCOMPARE(texts.last(), QStringLiteral("&Remove a tag…"));
        QTreeView *list = dock.list();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
        const QString first = dock.currentQuestionId();
        auto *tagInput = dock.findChild<QLineEdit *>(QStringLiteral("questionTagInput"));
        tagInput->setFocus();
        QTest::keyClicks(tagInput, QStringLiteral("jk2"));
        QCOMPARE(tagInput->text(), QStringLiteral("jk2"));
        QCOMPARE(dock.currentQuestionId(), first);
        QCOMPARE(dock.model()->annotationOf(first).status, QStringLiteral("open"));
        QTest::keyClick(tagInput, Qt::Key_Escape);
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_J);
        QVERIFY(dock.currentQuestionId() != first);
    }
};

QTEST_MAIN(TestQuestionDock)
#include "test_questiondock.moc"
