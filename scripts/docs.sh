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
# STATUS section gives way to the sections mxkeys writes (what --help leaves out, then ENVIRONMENT,
# FILES, EXIT STATUS, EXAMPLES), from the values it uses, so that they cannot drift.
bin=.build/debug/mxkeys
sentences() { sed -E -e 's/^$/.Pp/' -e "/^[.' $]/!s/([.?!][\"')]*) +([^ .'])/\\1\\n\\2/g"; }
# Each option's default, which --help shows and the generator leaves out, follows its description: the
# page's lists nest as the commands do, so the names of the enclosing items are the command's path.
defaults=$(mktemp)
trap 'rm -f "$defaults"' EXIT
$bin --experimental-dump-help | $bin manual-sections --defaults >"$defaults"
with_defaults() {
    awk -v file="$defaults" '
        BEGIN { FS = "\t"; while ((getline line < file) > 0) { split(line, f, "\t"); value[f[1] SUBSEP f[2]] = f[3] }; FS = " " }
        pending != "" { print $0 " (default: " pending ")"; pending = ""; next }
        /^\.Bl / { depth++ }
        /^\.El$/ { depth-- }
        /^\.It Em / { name[depth] = $3 }
        /^\.It Fl / {
            path = ""
            for (i = 1; i < depth; i++) path = path (i > 1 ? " " : "") name[i]
            option = ""
            for (i = 3; i <= NF; i++) if ($i ~ /^-/) { option = "-" $i; break }
            if ((path SUBSEP option) in value) pending = value[path SUBSEP option]
        }
        { print }'
}
# A command's examples (an "Examples:" line, then lines indented by two spaces) become a display.
examples() {
    awk '
        inside && /^  / { print substr($0, 3); next }
        inside { print ".Ed"; inside = 0 }
        /^Examples:$/ { print; print ".Bd -literal -offset indent"; inside = 1; next }
        { print }
        END { if (inside) print ".Ed" }'
}
{
    # (The hidden command that prints those sections is left out.)
    sed -e '/^\.Sh "EXIT STATUS"$/,$d' -e '/^\.It Em manual-sections$/,/^\.El$/d' .build/plugins/GenerateManual/outputs/mxkeys/mxkeys.1 | with_defaults
    $bin manual-sections
} | sentences | examples >"$out/man/mxkeys.1"
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
