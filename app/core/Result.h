#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace overleg {

// A value or a message a user can read. Errors in this code base are expected outcomes
// (a broken file, a full disk), not exceptions.
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    static Result failure(QString message) { return Result(Error{std::move(message)}); }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    QString error() const { return ok() ? QString() : std::get<Error>(m_data).message; }

private:
    struct Error {
        QString message;
    };
    explicit Result(Error e)
        : m_data(std::move(e)) {}
    std::variant<T, Error> m_data;
};

// For operations that produce nothing but can fail.
struct Done {};
using Status = Result<Done>;
inline Status success() {
    return Status(Done{});
}

} // namespace overleg
