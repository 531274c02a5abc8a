#!/bin/sh
# Builds the libFuzzer targets (Fuzz/Targets.swift with the library's sources, under the address
# sanitizer) and runs each for FUZZ_SECONDS (default 60), on a corpus seeded from the test vectors.
# Crashes are saved in .build/fuzz/crashes/<target>/ and make the script fail.
#   sh scripts/fuzz.sh [TARGET...]     (default: every target)
set -eu
seconds="${FUZZ_SECONDS:-60}"
out=.build/fuzz
targets="${*:-json encodings recovery-key secrets export-file server-keys events}"
mkdir -p "$out"
if [ ! -x "$out/mxkeys-fuzz" ] || [ -n "$(find Sources/MatrixKeys Fuzz -newer "$out/mxkeys-fuzz" -name '*.swift' | head -1)" ]; then
    echo "building the fuzz targets (address sanitizer)..."
    swiftc -parse-as-library -sanitize=fuzzer,address -O -module-name MatrixKeys \
        -I Sources/CSodium -I Sources/COpenSSL -I Sources/CArgon2 \
        $(find Sources/MatrixKeys -name '*.swift' | sort) Fuzz/Targets.swift -o "$out/mxkeys-fuzz"
fi
python3 Fuzz/seeds.py "$out/corpus"
failed=0
for target in $targets; do
    mkdir -p "$out/crashes/$target" "$out/corpus/$target"
    echo "== $target: ${seconds}s"
    if ! MXKEYS_FUZZ_TARGET="$target" "$out/mxkeys-fuzz" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/crashes/$target/" "$out/corpus/$target" \
        >"$out/$target.log" 2>&1; then
        echo "   CRASH: see $out/$target.log and $out/crashes/$target/"
        failed=1
    fi
    grep -E "^stat::number_of_executed_units|^Done" "$out/$target.log" | sed 's/^/   /'
done
exit $failed
