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
for file in man/mxkeys.1 completions/mxkeys.bash completions/_mxkeys completions/mxkeys.fish; do
    if ! cmp -s "$file" "$tmp/$file"; then
        echo "check-docs: $file is out of date; run 'make docs' and commit it" >&2
        diff -u "$file" "$tmp/$file" | head -20 >&2 || true
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "check-docs: man page and completions match the commands"
exit "$status"
