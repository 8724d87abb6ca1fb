// A notes bundle imported into a team workspace: through the workspace's NotesBackend, so the
// server's rights and history apply as to any edit. What the team already has stands: an
// annotation of a question the team annotated is kept as it is, a tag or correction it has is
// not added twice.

#include "NotesBundle.h"

#include "store/NotesBackend.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace overleg {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("NotesBundle", text);
}

Status failed(const QString &why) {
    // Each annotation was its own transaction: those before the failure are in the workspace.
    return Status::failure(
        tr("The notes could not be imported into the workspace: %1; what was imported before "
           "this stays (the workspace's history shows it).")
            .arg(why));
}

} // namespace

Status NotesBundle::importIntoWorkspace(NotesBackend &notes, const QJsonObject &root,
                                        const QHash<QString, QString> &ids,
                                        ImportSummary &summary) {
    QSet<QString> tagNames;
    for (const Tag &tag : notes.tags())
        tagNames.insert(tag.name.toLower());
    for (const QJsonValue &value : root.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject tag = value.toObject();
        const QString name = tag.value(QStringLiteral("name")).toString();
        if (tagNames.contains(name.toLower()))
            continue;
        const auto made = notes.createTag(name, tag.value(QStringLiteral("color")).toString());
        if (!made)
            return failed(made.error());
        tagNames.insert(name.toLower());
        ++summary.tags;
    }
    for (const QJsonValue &value : root.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject doc = value.toObject();
        const QString documentId = ids.value(doc.value(QStringLiteral("id")).toString());
        for (const QJsonValue &av : doc.value(QStringLiteral("annotations")).toArray()) {
            const QJsonObject a = av.toObject();
            const QString questionId = a.value(QStringLiteral("question_id")).toString();
            if (notes.annotation(questionId)) {
                ++summary.kept; // the team's word stands
                continue;
            }
            QStringList tags;
            for (const QJsonValue &tag : a.value(QStringLiteral("tags")).toArray())
                tags << tag.toString();
            const QString note = a.value(QStringLiteral("note")).toString();
            const Status ok = notes.inOneTransaction([&] {
                return notes.annotate(documentId, questionId,
                                      a.value(QStringLiteral("anchor_text")).toString(),
                                      a.value(QStringLiteral("status")).toString(), tags,
                                      note.isEmpty() ? std::nullopt : std::optional(note));
            });
            if (!ok)
                return failed(ok.error());
            ++summary.annotations;
        }
        const QStringList removed = notes.removedUnits(documentId);
        QSet<QByteArray> present;
        for (const Correction &c : notes.corrections(documentId))
            present.insert(Correction::kindName(c.kind).toUtf8() + ' ' +
                           QJsonDocument(c.payload).toJson(QJsonDocument::Compact));
        for (const QJsonValue &cv : doc.value(QStringLiteral("corrections")).toArray()) {
            const QJsonObject c = cv.toObject();
            const QString kindName = c.value(QStringLiteral("kind")).toString();
            const QString payload = c.value(QStringLiteral("payload")).toString();
            if (kindName == QLatin1String("remove")) {
                if (removed.contains(payload))
                    continue;
                if (const Status ok = notes.setUnitRemoved(documentId, payload, true); !ok)
                    return failed(ok.error());
                ++summary.corrections;
                continue;
            }
            const auto kind = Correction::kindFromName(kindName);
            const QJsonObject fields = QJsonDocument::fromJson(payload.toUtf8()).object();
            if (!kind || present.contains(kindName.toUtf8() + ' ' +
                                          QJsonDocument(fields).toJson(QJsonDocument::Compact)))
                continue;
            if (const auto added = notes.addCorrection(documentId, Correction{*kind, fields});
                !added)
                return failed(added.error());
            ++summary.corrections;
        }
    }
    return success();
}

} // namespace overleg
