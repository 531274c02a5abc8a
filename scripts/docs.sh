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
# a paragraph macro for the first and a new line for each sentence; neither changes the text.
sed -E -e 's/^$/.Pp/' \
    -e "/^[.']/!s/([.?!][\"')]*) +([^ .'])/\\1\\n\\2/g" \
    .build/plugins/GenerateManual/outputs/mxkeys/mxkeys.1 >"$out/man/mxkeys.1"
bin=.build/debug/mxkeys
$bin --generate-completion-script bash >"$out/completions/mxkeys.bash"
$bin --generate-completion-script zsh >"$out/completions/_mxkeys"
$bin --generate-completion-script fish >"$out/completions/mxkeys.fish"
echo "wrote $out/man/mxkeys.1 and $out/completions/ (date $date)"
