#pragma once

#include "PgConnection.h"
#include "core/Result.h"

#include <QString>

#include <memory>
#include <optional>

namespace overleg {

// Where a workspace login's password is kept between sessions: the desktop's keyring (the
// Secret Service of GNOME, KWallet), never a settings file. Keyed by user@host:port/database.
// Where no keyring can be reached (a headless machine), every call fails with words saying so:
// the password is then asked for each time and kept nowhere.
class PasswordVault {
public:
    virtual ~PasswordVault() = default;

    static QString keyFor(const ServerAddress &server); // user@host:port/database

    // The stored password; nullopt when none is stored; a failure when the keyring is away.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status store(const QString &key, const QString &password) = 0;
    // Removes a stored password; no password stored is not an error.
    virtual Status forget(const QString &key) = 0;
};

// The desktop's keyring through QtKeychain (service "overleg"). Its calls wait for the
// keyring's answer (at most `timeoutMs`), running an event loop meanwhile.
std::unique_ptr<PasswordVault> desktopKeyring(int timeoutMs = 10000);

} // namespace overleg
