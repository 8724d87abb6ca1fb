# bash completion for overleg, the application.

_overleg() {
    local cur prev words cword
    _init_completion || return
    case $prev in
    --data-dir)
        _filedir -d
        return
        ;;
    --lang)
        COMPREPLY=($(compgen -W "nl en" -- "$cur"))
        return
        ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--data-dir --lang --help --version" -- "$cur"))
    else
        _filedir '@(pdf|PDF|docx|DOCX|odt|ODT|html|HTML|htm|xml|XML|txt|TXT)'
    fi
}
complete -F _overleg overleg
