#compdef @BIN@
# zsh completion for intplan: `source <(intplan completions zsh)` after compinit, or
# save it as _intplan in a folder on $fpath. Each TAB asks intplan itself, so item
# ids, posts, goals, years and unit files come from the plan folder.
_intplan() {
    local -a candidates
    candidates=("${(@f)$(
        _INTPLAN_COMPLETE_INDEX=$((CURRENT - 1)) @VAR@=zsh @COMPLETER@ -- "${words[@]}" 2>/dev/null
    )}")
    candidates=(${candidates:#})
    (( ${#candidates} )) && _describe -V values candidates
    return 0
}
if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
    _intplan "$@"
elif (( $+functions[compdef] )); then
    compdef _intplan @BIN@
fi
