#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks, builds Overleg, then either starts the
# application (run) or runs the whole test suite (test). The README's two commands call this.
#
#   scripts/bootstrap.sh run    # install, build, start Overleg (sample library on first start)
#   scripts/bootstrap.sh test   # install, build with warnings as errors, run every test, then
#                               # check the Debian package (packaging/check-deb.sh)
#   scripts/bootstrap.sh fuzz [SECONDS]  # install clang, build the fuzz targets, run each SECONDS
#                                        # (default 60; tests/fuzz/run-fuzzers.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
shift || true

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl-dev
    qt6-webengine-dev libpoppler-qt6-dev libpoppler-private-dev zlib1g-dev libsqlite3-dev pandoc
    poppler-utils sqlite3 xvfb xauth fonts-dejavu-core libxml2-dev
    help2man lintian file
    postgresql libqt6sql6-psql openssl
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-bin
)
if [[ $mode == fuzz ]]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

case "$mode" in
run)
    cmake --preset release >/dev/null
    cmake --build --preset release -j"$(nproc)"
    exec ./build/release/ui/overleg "$@"
    ;;
test)
    cmake --preset ci >/dev/null
    cmake --build --preset ci -j"$(nproc)"
    ctest --preset ci -j"$(nproc)" "$@"
    # The Debian package of the same build: lintian clean, installed and run (about 30 s).
    packaging/check-deb.sh build/ci
    ;;
fuzz)
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j"$(nproc)"
    exec tests/fuzz/run-fuzzers.sh build/fuzz "${1:-60}"
    ;;
*)
    echo "usage: $0 run|test|fuzz" >&2
    exit 2
    ;;
esac
