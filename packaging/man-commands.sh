#!/usr/bin/env bash
# Writes a help2man include file with the help of every overleg-cli command (overleg-cli
# COMMAND --help), so that the manual page describes each command's options too.
#   packaging/man-commands.sh OVERLEG_CLI OUTPUT
set -euo pipefail
cli=$1
out=$2
export LC_ALL=C.UTF-8 LANGUAGE=
commands=$("$cli" --help | awk '/^Commands:/ {on = 1; next} /^$/ {on = 0} on && /^  [a-z]/ {print $1}')
{
    echo "[COMMANDS]"
    for command in $commands; do
        echo ".SS $command"
        echo ".nf"
        # roff: a backslash doubled, a line that starts with . or ' kept as text.
        "$cli" "$command" --help | sed 's/\\/\\e/g; s/^\([.'"'"']\)/\\\&\1/; s/-/\\-/g'
        echo ".fi"
    done
} >"$out"
