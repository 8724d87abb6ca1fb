#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks it as a packager and a new user would:
#
#   1. cpack -G DEB in the build tree (default build/ci; built first if needed);
#   2. lintian: no error and no warning;
#   3. the package unpacked into a throwaway root (dpkg --root ... --force-depends: the files and
#      the maintainer scripts, without touching this system), its programs run from there:
#      --help, --version, an import, the question units, a notes export, and the application's
#      start on the offscreen platform;
#   4. everything those runs load (libraries, Qt's plugins, WebEngine's helper) belongs to a
#      package that its Depends bring in, without Recommends: so that
#      `apt-get install --no-install-recommends` gives a package that works.
#   With --chroot: also installs it with apt-get --no-install-recommends into a fresh Debian 12
#   made by debootstrap and runs overleg-cli there (needs network and root; several minutes).
#
#   packaging/check-deb.sh [BUILD_DIR] [--chroot]
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/ci
chroot=0
for arg in "$@"; do
    case $arg in
    --chroot) chroot=1 ;;
    *) build=$arg ;;
    esac
done
for tool in cpack lintian help2man dpkg-shlibdeps file apt-cache; do
    command -v "$tool" >/dev/null || { echo "check-deb: $tool is missing" >&2; exit 1; }
done

started=$SECONDS
step() { printf '\n== %s (at %d s)\n' "$*" $((SECONDS - started)); }
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

step "build and package ($build)"
[[ -f $build/CMakeCache.txt ]] || cmake --preset ci >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
rm -f "$build"/overleg_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/overleg_*.deb)
echo "$deb: $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb"

step "lintian"
lintian --fail-on error,warning --display-info "$deb" || fail "lintian"
echo "lintian: no errors, no warnings"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root

step "install into a throwaway root ($root)"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/tmp"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless -i "$deb" \
    >/dev/null 2>&1 || fail "dpkg --root -i"
bin=$root/usr/local/bin
[[ -x $root/usr/bin/overleg ]] && bin=$root/usr/bin
for f in usr/share/doc/overleg/copyright usr/share/doc/overleg/changelog.Debian.gz \
    usr/share/man/man1/overleg.1.gz usr/share/man/man1/overleg-cli.1.gz \
    usr/share/bash-completion/completions/overleg-cli usr/share/zsh/vendor-completions/_overleg-cli; do
    [[ -f $root/$f ]] || fail "$f is not installed"
done
if find "$root" -type f -exec file {} + | grep ELF | grep -q 'not stripped'; then
    fail "unstripped binaries"
fi
echo "installed size: $(du -sk "$root/usr" | cut -f1) KiB"

step "the programs, run from the throwaway root"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset XDG_RUNTIME_DIR
data=$work/data
trace=$work/loaded
run() { LD_DEBUG=files LD_DEBUG_OUTPUT=$trace "$@"; }
run "$bin/overleg-cli" --version
run "$bin/overleg-cli" list --help >/dev/null
run "$bin/overleg-cli" --data-dir "$data" import tests/data/kst-29338-289.pdf \
    tests/data/ah-tk-20202021-3235.odt >"$work/imported"
cat "$work/imported"
doc=$(head -1 "$work/imported" | cut -f2)
run "$bin/overleg-cli" --data-dir "$data" questions "$doc" >"$work/questions"
head -3 "$work/questions"
run "$bin/overleg-cli" --data-dir "$data" annotate "$doc" 1 --status answered
run "$bin/overleg-cli" --data-dir "$data" export --format pdf --out "$work/notes.pdf"
[[ -s $work/notes.pdf ]] || fail "no report written"
run "$bin/overleg" --version
timeout 120 env QTWEBENGINE_DISABLE_SANDBOX=1 LD_DEBUG=files LD_DEBUG_OUTPUT=$trace \
    "$bin/overleg" --data-dir "$work/app" --quit-after-start || fail "overleg did not start"

step "what they loaded comes with Depends (no Recommends)"
depends=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/|[^,]*//g; s/,/ /g')
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances $depends 2>/dev/null | grep -v '^ ' | sed 's/:.*//' | sort -u)
closure="$closure $(for p in $depends; do echo "$p"; done)"
loaded=$(cat "$trace".* | sed -n 's/.*calling init: \(\/[^ ]*\)$/\1/p' | sort -u)
loaded="$loaded /usr/lib/qt6/libexec/QtWebEngineProcess"
files=()
for file in $loaded; do
    [[ $file == "$root"/* || $file == "$work"/* ]] || files+=("$(readlink -f "$file")")
done
# One dpkg -S for all: "package[, package]: path" per file that a package holds.
owners=$({ dpkg -S "${files[@]}" 2>/dev/null || true; } | sed 's/: \/.*//; s/:[a-z0-9]*//g; s/, /\n/g' | sort -u)
for needed in libqt6sql6-sqlite libqt6webenginecore6-bin; do # what this check exists for
    grep -qx "$needed" <<<"$owners" || fail "the runs did not load anything of $needed"
done
missing=$(comm -23 <(echo "$owners") <(tr ' ' '\n' <<<"$closure" | sort -u))
[[ -z $missing ]] || fail "loaded from packages outside the Depends closure: $missing"
echo "${#files[@]} files loaded, from $(wc -l <<<"$owners") packages, all in the Depends closure"

if ((chroot)); then
    step "apt-get install --no-install-recommends in a fresh Debian 12 (debootstrap)"
    command -v debootstrap >/dev/null || fail "debootstrap is missing"
    target=$work/bookworm
    debootstrap --variant=minbase bookworm "$target" http://deb.debian.org/debian >/dev/null
    cp "$deb" "$target/tmp/"
    mount -t proc proc "$target/proc"
    trap 'umount "$target/proc" 2>/dev/null; rm -rf "$work"' EXIT
    chroot "$target" apt-get update -qq
    chroot "$target" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >/dev/null
    for recommended in pandoc qt6-translations-l10n; do
        if chroot "$target" dpkg-query -W -f='${Status}' "$recommended" 2>/dev/null |
            grep -q 'install ok installed'; then
            fail "$recommended was installed though only recommended"
        fi
    done
    cp tests/data/kst-29338-289.pdf "$target/tmp/"
    chroot "$target" env LC_ALL=C.UTF-8 overleg-cli --data-dir /tmp/d import /tmp/kst-29338-289.pdf
    chroot "$target" env LC_ALL=C.UTF-8 overleg-cli --data-dir /tmp/d list documents
    chroot "$target" env LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
        timeout 120 overleg --data-dir /tmp/app --quit-after-start
fi
step "check-deb: all checks passed"
