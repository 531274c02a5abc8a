#!/bin/sh
# Fails when man/mxkeys.1 or completions/ differ from what the current command definitions generate.
# The page is regenerated with the date it already carries, so only real changes count.
set -eu
committed_date=$(sed -n 's/^\.Dd //p' man/mxkeys.1)
date=$(date -d "$committed_date" +%Y-%m-%d)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
OUT="$tmp" DOCS_DATE="$date" sh scripts/docs.sh >/dev/null
status=0
for file in man/mxkeys.1 completions/mxkeys.bash completions/_mxkeys completions/mxkeys.fish README.md; do
    if ! cmp -s "$file" "$tmp/$file"; then
        echo "check-docs: $file is out of date; run 'make docs' and commit it" >&2
        diff -u "$file" "$tmp/$file" | head -20 >&2 || true
        status=1
    fi
done
# The page must read cleanly: no mandoc or groff warning, and no character the generator drops (it keeps
# ASCII only, so every help text must be ASCII).
lint=$(mandoc -T lint -W warning man/mxkeys.1 2>&1 || true)
if [ -n "$lint" ]; then
    echo "check-docs: mandoc warns about man/mxkeys.1:" >&2
    echo "$lint" | head -20 >&2
    status=1
fi
lint=$(groff -ww -mandoc -z man/mxkeys.1 2>&1 || true)
if [ -n "$lint" ]; then
    echo "check-docs: groff warns about man/mxkeys.1:" >&2
    echo "$lint" | head -20 >&2
    status=1
fi
dropped=$(.build/debug/mxkeys --experimental-dump-help | grep -nP '[^\x00-\x7F]|\\u[0-9a-fA-F]{4}' || true)
if [ -n "$dropped" ]; then
    echo "check-docs: help texts with characters the man page would drop (use ASCII):" >&2
    echo "$dropped" | head -20 >&2
    status=1
fi
# The Swift code in the README and in the DocC articles is copies of blocks that a test compiles and runs:
# every block shown is a tested one, and every tested one is shown.
examples=Tests/MatrixKeysTests/Examples/LibraryExamplesTests.swift
awk -v dir="$tmp" '
    /^ *\/\/ README: end$/ { name = ""; next }
    /^ *\/\/ README: / { name = $3; next }
    name != "" { sub(/^        /, ""); print > (dir "/example-" name) }' "$examples"
for doc in README.md Sources/MatrixKeys/MatrixKeys.docc/*.md; do
    awk -v dir="$tmp" -v doc="$(basename "$doc" .md)" '
        /^```swift$/ { n++; inside = 1; next }
        /^```$/ { inside = 0; next }
        inside { print > (dir "/shown-" doc "-" n) }' "$doc"
done
for shown in "$tmp"/shown-*; do
    [ -f "$shown" ] || continue
    found=0
    for example in "$tmp"/example-*; do cmp -s "$shown" "$example" && found=1; done
    if [ "$found" -eq 0 ]; then
        echo "check-docs: a Swift block in ${shown##*/shown-} is not one of the tested examples in $examples" >&2
        status=1
    fi
done
for example in "$tmp"/example-*; do
    found=0
    for shown in "$tmp"/shown-*; do [ -f "$shown" ] && cmp -s "$example" "$shown" && found=1; done
    if [ "$found" -eq 0 ]; then
        echo "check-docs: the tested example ${example##*/example-} is shown nowhere (README or the DocC articles)" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "check-docs: man page and completions match the commands; the page has no warnings; the code in the README and the DocC articles is the tested examples"
exit "$status"
