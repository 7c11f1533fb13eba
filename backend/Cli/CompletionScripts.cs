// The shell scripts `completion` prints. Each hands the line being typed to the CLI's own [suggest:POSITION] directive
// (System.CommandLine), which answers with one candidate per line from the commands' declarations: no list of
// commands or options is copied into the scripts.
namespace CompressCompare.Backend.Cli;

public static class CompletionScripts
{
    /// <summary>The published backend's executable (backend/bin/…/CompressCompare.Backend, or put on PATH).</summary>
    public const string DefaultCommand = "CompressCompare.Backend";

    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "pwsh"];

    /// <summary>The script for <paramref name="shell"/> completing <paramref name="command"/>; null for a shell it has none for.</summary>
    public static string? For(string shell, string command)
    {
        var function = "_cc_complete_" + new string([.. command.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
        return shell switch
        {
            "bash" => $$"""
                # Compress & Compare CLI completion for bash. Install: {{command}} completion bash > ~/.cc-completion.bash
                # and add `source ~/.cc-completion.bash` to ~/.bashrc.
                {{function}}() {
                  local IFS=$'\n' cur="${COMP_WORDS[COMP_CWORD]}"
                  # The directive matches anywhere in a name; the shell completes names that start with the word typed.
                  COMPREPLY=($(compgen -W "$('{{command}}' "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "$cur"))
                }
                complete -o default -F {{function}} '{{command}}'

                """,
            "zsh" => $$"""
                # Compress & Compare CLI completion for zsh. Install: {{command}} completion zsh > ~/.cc-completion.zsh
                # and add `source ~/.cc-completion.zsh` to ~/.zshrc (after compinit).
                {{function}}() {
                  local -a candidates
                  candidates=("${(@f)$('{{command}}' "[suggest:${#BUFFER[1,CURSOR]}]" "${BUFFER}" 2>/dev/null)}")
                  compadd -a candidates
                }
                compdef {{function}} '{{command}}'

                """,
            "pwsh" => $$"""
                # Compress & Compare CLI completion for PowerShell. Install: {{command}} completion pwsh > cc-completion.ps1
                # and dot-source it from $PROFILE (. ./cc-completion.ps1).
                Register-ArgumentCompleter -Native -CommandName '{{command}}' -ScriptBlock {
                    param($wordToComplete, $commandAst, $cursorPosition)
                    & '{{command}}' "[suggest:$cursorPosition]" "$commandAst" 2>$null | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
                        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                    }
                }

                """,
            _ => null,
        };
    }
}
