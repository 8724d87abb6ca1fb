#include "PasswordVault.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace overleg {

QString PasswordVault::keyFor(const ServerAddress &server) {
    return QStringLiteral("%1@%2:%3/%4")
        .arg(server.user, server.host)
        .arg(server.port)
        .arg(server.database);
}

namespace {

const QString kService = QStringLiteral("overleg");

QString unreachable(const QString &detail) {
    return QCoreApplication::translate("Workspace",
                                       "No keyring is reachable (%1); the password is not "
                                       "stored and will be asked for.")
        .arg(detail.trimmed());
}

// QtKeychain, waited for. Its insecure fallback (a plain-text settings file) stays off: without
// a keyring nothing is stored.
class KeyringVault final : public PasswordVault {
public:
    explicit KeyringVault(int timeoutMs)
        : m_timeoutMs(timeoutMs) {}

    Result<std::optional<QString>> read(const QString &key) override {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        const QString error = run(job);
        if (job.error() == QKeychain::EntryNotFound)
            return std::optional<QString>();
        if (!error.isEmpty())
            return Result<std::optional<QString>>::failure(error);
        return std::optional<QString>(job.textData());
    }

    Status store(const QString &key, const QString &password) override {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setTextData(password);
        const QString error = run(job);
        return error.isEmpty() ? success() : Status::failure(error);
    }

    Status forget(const QString &key) override {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        const QString error = run(job);
        if (error.isEmpty() || job.error() == QKeychain::EntryNotFound)
            return success();
        return Status::failure(error);
    }

private:
    // Runs a job to its end; the error in words, empty when it succeeded.
    QString run(QKeychain::Job &job) const {
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        QEventLoop loop;
        bool finished = false;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
            finished = true;
            loop.quit();
        });
        QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
        job.start();
        if (!finished)
            loop.exec();
        if (!finished)
            return unreachable(QCoreApplication::translate("Workspace", "no answer"));
        switch (job.error()) {
        case QKeychain::NoError:
            return {};
        case QKeychain::EntryNotFound:
            return QCoreApplication::translate("Workspace", "No password is stored for this "
                                                            "login.");
        case QKeychain::AccessDenied:
            return QCoreApplication::translate("Workspace", "The keyring refused access: %1")
                .arg(job.errorString());
        default:
            return unreachable(job.errorString());
        }
    }

    int m_timeoutMs;
};

} // namespace

std::unique_ptr<PasswordVault> desktopKeyring(int timeoutMs) {
    return std::make_unique<KeyringVault>(timeoutMs);
}

} // namespace overleg
