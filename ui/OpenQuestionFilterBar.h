#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace overleg::ui {

// Narrows the Open questions view by commissie, fractie and tag: three lists under the tree's
// text filter, shown while Open questions is open or any of them is set.
class OpenQuestionFilterBar : public QWidget {
    Q_OBJECT
public:
    struct Choice {
        QString value; // commissie id, fractie or tag name
        QString label;
    };

    explicit OpenQuestionFilterBar(QWidget *parent = nullptr);

    // Keeps what was picked when it is still among the choices.
    void setChoices(const QList<Choice> &commissies, const QStringList &fracties,
                    const QStringList &tags);
    QString commissieId() const;
    QString fractie() const;
    QString tag() const;
    bool isNarrowing() const;
    void clear();

    QComboBox *commissieBox() const { return m_commissie; }
    QComboBox *fractieBox() const { return m_fractie; }
    QComboBox *tagBox() const { return m_tag; }

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static void fill(QComboBox *box, const QString &allLabel, const QList<Choice> &choices);

    QLabel *m_label;
    QComboBox *m_commissie;
    QComboBox *m_fractie;
    QComboBox *m_tag;
    QList<Choice> m_commissies;
    QStringList m_fracties;
    QStringList m_tags;
};

} // namespace overleg::ui
