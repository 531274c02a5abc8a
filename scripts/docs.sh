#!/bin/sh
# Regenerates man/mxkeys.1 (argument-parser's generate-manual plugin) and completions/ from the
# command definitions. DOCS_DATE (yyyy-mm-dd) sets the page's date; the default is today.
# With OUT=DIR the files go to DIR instead of the repository (check-docs.sh uses that).
set -eu
out="${OUT:-.}"
date="${DOCS_DATE:-$(date +%Y-%m-%d)}"
mkdir -p "$out/man" "$out/completions"
swift build --product mxkeys >/dev/null
swift package --allow-writing-to-package-directory generate-manual \
    --configuration debug --date "$date" >/dev/null
# The generator leaves blank lines between paragraphs and puts whole paragraphs on one line. mdoc wants
# a paragraph macro for the first and a new line for each sentence; neither changes the text. Its EXIT
# STATUS section gives way to the sections mxkeys writes from the values it uses (ENVIRONMENT, FILES,
# EXIT STATUS, EXAMPLES), so that they cannot drift.
bin=.build/debug/mxkeys
sentences() { sed -E -e 's/^$/.Pp/' -e "/^[.'$]/!s/([.?!][\"')]*) +([^ .'])/\\1\\n\\2/g"; }
{
    # (The hidden command that prints those sections is left out.)
    sed -e '/^\.Sh "EXIT STATUS"$/,$d' -e '/^\.It Em manual-sections$/,/^\.El$/d' .build/plugins/GenerateManual/outputs/mxkeys/mxkeys.1
    $bin manual-sections
} | sentences >"$out/man/mxkeys.1"
# The completion scripts, and for `mxkeys help` the subcommands' names, which the generator leaves out.
subcommands=$($bin manual-sections --subcommands)
$bin --generate-completion-script bash \
    | sed "/^_mxkeys_help() {/,/^}/s/^\( *\)__mxkeys_offer_flags_options -1\$/&\n\1__mxkeys_add_completions -W \"\$(printf '%s\\\\n' $subcommands)\"/" \
    >"$out/completions/mxkeys.bash"
$bin --generate-completion-script zsh | sed "s/^\( *\)'\*:subcommands:'\$/\1'*:subcommands:($subcommands)'/" >"$out/completions/_mxkeys"
{
    $bin --generate-completion-script fish
    echo "complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional \"mxkeys help\" -ge 0' -fa '$subcommands'"
} >"$out/completions/mxkeys.fish"
# The README's examples are the same list, between its two markers.
$bin manual-sections --markdown >"$out/examples.md"
awk -v examples="$out/examples.md" '
    /^<!-- examples: made by make docs from Sources\/mxkeys\/Docs\/ManualSections.swift -->$/ {
        print; while ((getline line < examples) > 0) print line; skip = 1; next }
    /^<!-- end of examples -->$/ { skip = 0 }
    !skip' README.md >"$out/README.md.new"
mv "$out/README.md.new" "$out/README.md"
echo "wrote $out/man/mxkeys.1, $out/completions/ and the README's examples (date $date)"
