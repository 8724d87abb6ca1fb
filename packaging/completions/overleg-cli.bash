# bash completion for overleg-cli. The commands and their options are read from overleg-cli's
# own help (overleg-cli --help, overleg-cli COMMAND --help), so they never go out of date.

_overleg_cli() {
    local cur prev words cword
    _init_completion || return

    local i command=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --data-dir) ((i++)) ;;
        -*) ;;
        *)
            command=${words[i]}
            break
            ;;
        esac
    done

    if [[ $prev == --data-dir ]]; then
        _filedir -d
        return
    fi
    local globals="--data-dir --json --verbose --help --version"
    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$globals" -- "$cur"))
        else
            local commands
            commands=$(LC_ALL=C "$1" --help 2>/dev/null |
                awk '/^Commands:/ {on = 1; next} /^$/ {on = 0} on && /^  [a-z]/ {print $1}')
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    local options
    options=$(LC_ALL=C "$1" "$command" --help 2>/dev/null | awk '/^  --/ {print $1}')
    case $prev in
    --out | --questions) _filedir ;&
    --format)
        [[ $prev == --format ]] && COMPREPLY=($(compgen -W "pdf md csv json" -- "$cur"))
        return
        ;;
    --status)
        COMPREPLY=($(compgen -W "open answered partial unanswered not_applicable" -- "$cur"))
        return
        ;;
    --lang)
        COMPREPLY=($(compgen -W "nl en" -- "$cur"))
        return
        ;;
    esac
    if [[ " $options " == *" $prev "* ]]; then
        return # the value of an option: nothing to offer
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $globals" -- "$cur"))
    elif [[ $command == list ]]; then
        COMPREPLY=($(compgen -W "commissies dossiers kamerleden documents" -- "$cur"))
    elif [[ $command == workspace ]]; then
        # The actions, from the usage line: "... workspace [OPTIONS] init-server|create NAME|..."
        local actions
        actions=$(LC_ALL=C "$1" workspace --help 2>/dev/null |
            sed -n '1s/.*\[OPTIONS\] //p' | tr '|' '\n' | awk '{print $1}')
        COMPREPLY=($(compgen -W "$actions" -- "$cur"))
    else
        _filedir
    fi
}
complete -F _overleg_cli overleg-cli
