#pragma once

#include "document/TextSearch.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace overleg::ui {

// The find bar under a document: typing searches, Enter and Shift+Enter step through the
// matches, Escape closes. Shows "3 of 12".
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void activate(); // show, focus the field and select its text
    void setWholeWordsAvailable(bool available);
    void showResult(int current, int total);
    QString text() const;
    SearchOptions options() const;

Q_SIGNALS:
    void findRequested(const QString &text, overleg::SearchOptions options, bool backwards);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void search(bool backwards);

    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWords;
    QLabel *m_result;
    QToolButton *m_close;
    int m_current = -1;
    int m_total = -1;
};

} // namespace overleg::ui
