#!/bin/sh
# Runs a test in a D-Bus session of its own, with a GNOME keyring (the Secret Service) unlocked
# by a known password in a throw-away HOME, so that the desktop-keyring tests run headless and
# never touch the user's keyring. Without dbus-run-session or gnome-keyring-daemon, the test
# runs as it is and skips its keyring part, saying why.
set -eu
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    exec dbus-run-session -- sh -c '
        home=$(mktemp -d)
        export HOME="$home" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config" \
            XDG_RUNTIME_DIR="$home/run"
        mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
        chmod 700 "$XDG_RUNTIME_DIR"
        printf %s overleg-test-keyring |
            gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
        status=0
        OVERLEG_TEST_KEYRING=1 "$@" || status=$?
        rm -rf "$home"
        exit $status
    ' sh "$@"
fi
exec "$@"
