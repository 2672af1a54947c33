# bash completion for intplan: `source <(intplan completions bash)`, or save it as
# ~/.local/share/bash-completion/completions/intplan. Each TAB asks intplan itself,
# so item ids, posts, goals, years and unit files come from the plan folder.
_intplan() {
    local index=${COMP_CWORD:-0}
    local words=("${COMP_WORDS[@]}")
    if [[ ${#words[@]} -le $index ]]; then
        words[index]=''
    fi
    mapfile -t COMPREPLY < <(
        _INTPLAN_COMPLETE_INDEX="$index" @VAR@=bash @COMPLETER@ -- "${words[@]}" 2>/dev/null
    )
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == */ ]]; then
        compopt -o nospace 2>/dev/null
    fi
    return 0
}
complete -F _intplan @BIN@
