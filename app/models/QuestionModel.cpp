#include "QuestionModel.h"

#include "questions/QuestionStatus.h"

#include <QLocale>

namespace overleg {

namespace {
// Group rows carry this in their internal id; unit rows carry their group's row + 1.
constexpr quintptr kGroupId = 0;
} // namespace

QuestionModel::QuestionModel(QObject *parent)
    : QAbstractItemModel(parent) {}

QColor QuestionModel::statusColor(const QString &status) {
    // The status at a glance in the list: grey open, green answered, amber partial, red
    // unanswered, light grey not applicable.
    switch (storedStatusOr(status)) {
    case QuestionStatus::Answered:
        return QColor(0x19, 0xa9, 0x79);
    case QuestionStatus::Partial:
        return QColor(0xe8, 0xa3, 0x3b);
    case QuestionStatus::Unanswered:
        return QColor(0xd9, 0x48, 0x48);
    case QuestionStatus::NotApplicable:
        return QColor(0xcc, 0xcc, 0xcc);
    case QuestionStatus::Open:
        break;
    }
    return QColor(0x8a, 0x94, 0xa6);
}

QString QuestionModel::statusLabel(const QString &status) {
    if (status == kAwaitingProposal)
        return awaitingLabel();
    return overleg::statusLabel(storedStatusOr(status));
}

QString QuestionModel::confidenceLabel(double confidence) {
    // The matchers give 0.95 for an answer under the question's own number, 0.8 for one found
    // by its place, and 0.5-0.7 for one found by the words it shares with the question.
    if (confidence >= 0.85)
        return tr("certain");
    if (confidence >= 0.6)
        return tr("likely");
    return tr("uncertain");
}

void QuestionModel::setDeadline(const QDate &deadline) {
    if (deadline == m_deadline)
        return;
    m_deadline = deadline;
    for (int g = 0; g < m_groups.size(); ++g) {
        const int n = int(m_groups.at(g).units.size());
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0, index(g, 0)), index(n - 1, 0, index(g, 0)),
                               {DeadlineRole, Qt::ToolTipRole});
    }
}

void QuestionModel::setDocument(const QString &documentId, const QuestionExtraction &extraction,
                                const QHash<QString, Annotation> &annotations,
                                const QStringList &removed, const QList<Annotation> &detached) {
    beginResetModel();
    if (documentId != m_documentId) {
        m_answers.clear();
        m_answersKnown = false;
        m_deadline = {};
    }
    m_documentId = documentId;
    m_extraction = extraction;
    m_annotations = annotations;
    m_removed = QSet<QString>(removed.begin(), removed.end());
    m_detached = detached;
    rebuild();
    endResetModel();
}

void QuestionModel::clear() {
    setDocument({}, {}, {}, {}, {});
}

void QuestionModel::rebuild() {
    m_visible.clear();
    m_groups.clear();
    QHash<QString, int> groupOf;
    for (const QuestionUnit &unit : m_extraction.questions) {
        if (m_removed.contains(unit.id))
            continue;
        const QString fractie =
            unit.fractie.isEmpty() ? tr("(no parliamentary group)") : unit.fractie;
        if (!groupOf.contains(fractie)) {
            groupOf.insert(fractie, int(m_groups.size()));
            m_groups << Group{fractie, {}};
        }
        m_groups[groupOf.value(fractie)].units << int(m_visible.size());
        m_visible << unit;
    }
    if (!m_detached.isEmpty()) {
        Group group{tr("Notes without a question"), {}};
        for (const Annotation &annotation : m_detached) {
            QuestionUnit unit;
            unit.id = annotation.questionId;
            unit.text = annotation.anchorText;
            unit.fractie = group.fractie;
            group.units << int(m_visible.size());
            m_visible << unit;
        }
        m_groups << group;
    }
}

void QuestionModel::setAnnotation(const QString &questionId, const Annotation &annotation) {
    m_annotations.insert(questionId, annotation);
    const QModelIndex index = indexOfQuestion(questionId);
    if (!index.isValid())
        return;
    Q_EMIT dataChanged(index, index);
    const QModelIndex group = index.parent();
    Q_EMIT dataChanged(group, group, {CountsRole, Qt::DisplayRole});
}

void QuestionModel::setAssignees(const QHash<QString, QString> &assignees) {
    if (assignees == m_assignees)
        return;
    m_assignees = assignees;
    for (int g = 0; g < rowCount(); ++g) {
        const QModelIndex group = index(g, 0);
        if (const int n = rowCount(group); n > 0)
            Q_EMIT dataChanged(index(0, 0, group), index(n - 1, 0, group), {AssigneeRole});
    }
}

void QuestionModel::setAnswers(const QHash<QString, FoundAnswer> &answers, bool answersPossible) {
    m_answersPossible = answersPossible;
    m_answers = answers;
    m_answersKnown = true;
    if (!m_groups.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
        for (int g = 0; g < m_groups.size(); ++g) {
            const int n = int(m_groups.at(g).units.size());
            if (n > 0)
                Q_EMIT dataChanged(index(0, 0, index(g, 0)), index(n - 1, 0, index(g, 0)));
        }
    }
}

std::optional<FoundAnswer> QuestionModel::answerOf(const QString &questionId) const {
    const auto it = m_answers.constFind(questionId);
    if (it == m_answers.cend())
        return std::nullopt;
    return *it;
}

void QuestionModel::setRemoved(const QString &questionId, bool removed) {
    if (removed == m_removed.contains(questionId))
        return;
    beginResetModel();
    if (removed)
        m_removed.insert(questionId);
    else
        m_removed.remove(questionId);
    rebuild();
    endResetModel();
}

QModelIndex QuestionModel::indexOfQuestion(const QString &questionId) const {
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups.at(g).units.size(); ++r) {
            if (m_visible.at(m_groups.at(g).units.at(r)).id == questionId)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

int QuestionModel::questionCount() const {
    return int(m_visible.size());
}

std::optional<QuestionUnit> QuestionModel::unit(const QString &questionId) const {
    for (const QuestionUnit &u : m_extraction.questions) {
        if (u.id == questionId)
            return u;
    }
    return std::nullopt;
}

Annotation QuestionModel::annotationOf(const QString &questionId) const {
    Annotation a = m_annotations.value(questionId);
    if (a.status.isEmpty())
        a.status = toStored(QuestionStatus::Open);
    return a;
}

QModelIndex QuestionModel::index(int row, int column, const QModelIndex &parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).units.size()
               ? createIndex(row, 0, quintptr(parent.row() + 1))
               : QModelIndex();
}

QModelIndex QuestionModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupId);
}

int QuestionModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).units.size());
    return 0;
}

int QuestionModel::columnCount(const QModelIndex &) const {
    return 1;
}

Qt::ItemFlags QuestionModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kGroupId)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant QuestionModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const Group &group = m_groups.at(index.row());
        int open = 0;
        int answered = 0;
        for (int i : group.units) {
            const QString id = m_visible.at(i).id;
            const QuestionStatus status = storedStatusOr(annotationOf(id).status);
            open += status == QuestionStatus::Open;
            // Answered by the user's word, or (while the user said nothing) by the matcher's.
            answered += status == QuestionStatus::Answered ||
                        (status == QuestionStatus::Open && m_answers.contains(id));
        }
        switch (role) {
        case Qt::DisplayRole:
        case FractieRole:
            return group.fractie;
        case IsGroupRole:
            return true;
        case Qt::AccessibleTextRole:
            return QString(group.fractie + QStringLiteral(": ") +
                           tr("%n question(s)", nullptr, int(group.units.size())) +
                           QStringLiteral(", ") + tr("%n open", nullptr, open));
        case CountsRole: {
            QString counts = tr("%n question(s)", nullptr, int(group.units.size()));
            counts += QStringLiteral(" · ");
            counts += tr("%n open", nullptr, open);
            if (m_answersKnown) {
                counts += QStringLiteral(" · ");
                counts +=
                    tr("%1 answered, %2 not").arg(answered).arg(int(group.units.size()) - answered);
            }
            return counts;
        }
        default:
            return {};
        }
    }
    const Group &group = m_groups.at(int(index.internalId()) - 1);
    const QuestionUnit &unit = m_visible.at(group.units.at(index.row()));
    const Annotation a = annotationOf(unit.id);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(unit.n).arg(unit.text);
    case TextRole:
        return unit.text;
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the row: the status in words first (the list shows
        // it as colour, sign and word), then tags, note and the question.
        QStringList parts{tr("Question %1").arg(unit.n), statusLabel(a.status)};
        if (!a.tags.isEmpty())
            parts << tr("tags: %1").arg(a.tags.join(QStringLiteral(", ")));
        if (!a.note.isEmpty())
            parts << tr("with a note");
        if (m_assignees.contains(unit.id))
            parts << tr("assigned to %1").arg(m_assignees.value(unit.id));
        parts << unit.text;
        return parts.join(QStringLiteral(". "));
    }
    case Qt::DecorationRole:
        return statusColor(a.status);
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("%1. %2\n%3").arg(unit.n).arg(unit.text, statusLabel(a.status));
        if (!a.tags.isEmpty())
            tip += QStringLiteral(" · ") + a.tags.join(QStringLiteral(", "));
        if (m_assignees.contains(unit.id))
            tip += u'\n' + tr("Assigned to %1").arg(m_assignees.value(unit.id));
        if (!a.note.isEmpty())
            tip += u'\n' + a.note;
        if (const auto found = m_answers.constFind(unit.id); found != m_answers.cend())
            tip += u'\n' +
                   tr("Answer (p. %1): %2").arg(found->match.answerPage).arg(found->match.answer);
        else if (isStatus(a.status, QuestionStatus::Open) && m_deadline.isValid())
            tip += u'\n' +
                   tr("Answer due %1").arg(QLocale().toString(m_deadline, QLocale::ShortFormat));
        return tip;
    }
    case QuestionIdRole:
        return unit.id;
    case NumberRole:
        return unit.n;
    case FractieRole:
        return unit.fractie;
    case KindRole:
        return kindName(unit.kind);
    case StatusRole:
        return a.status;
    case TagsRole:
        return a.tags;
    case NoteRole:
        return a.note;
    case PageRole:
        return unit.page;
    case StartRole:
        return unit.start;
    case EndRole:
        return unit.end;
    case IsGroupRole:
        return false;
    case ProposedStatusRole:
        if (!m_answersKnown)
            return QString();
        return m_answers.contains(unit.id) ? toStored(QuestionStatus::Answered)
               : m_answersPossible         ? toStored(QuestionStatus::Unanswered)
                                           : kAwaitingProposal.toString();
    case AnswerRole:
        return m_answers.value(unit.id).match.answer;
    case AnswerPageRole:
        return m_answers.value(unit.id).match.answerPage;
    case AnswerDocumentRole:
        return m_answers.value(unit.id).documentId;
    case AnswerStartRole:
        return m_answers.value(unit.id).match.answerStart;
    case ConfidenceRole:
        return m_answers.value(unit.id).match.confidence;
    case AssigneeRole:
        return m_assignees.value(unit.id);
    case DeadlineRole:
        if (!isStatus(a.status, QuestionStatus::Open) || m_answers.contains(unit.id))
            return QDate();
        return m_deadline;
    default:
        return {};
    }
}

} // namespace overleg
