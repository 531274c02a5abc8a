#!/bin/sh
# Builds the libFuzzer targets (Fuzz/Targets.swift with the library's sources, under the address
# sanitizer) and runs each for FUZZ_SECONDS (default 60), on a corpus seeded from the test vectors.
# Crashes are saved in .build/fuzz/crashes/<target>/ and make the script fail. Inputs that once crashed
# a target are kept as Tests/MatrixKeysTests/Vectors/fuzz/<target>-<name> and run before each target.
#   sh scripts/fuzz.sh [TARGET...]     (default: every target)
set -eu
seconds="${FUZZ_SECONDS:-60}"
out=.build/fuzz
targets="${*:-json encodings recovery-key secrets export-file server-keys events}"
mkdir -p "$out"
if [ ! -x "$out/mxkeys-fuzz" ] || [ -n "$(find Sources/MatrixKeys Sources/MatrixKeysCrypto Fuzz -newer "$out/mxkeys-fuzz" -name '*.swift' | head -1)" ]; then
    echo "building the fuzz targets (address sanitizer)..."
    # Two modules, as the package has them: the typed crypto (the only one that sees the C libraries),
    # then the library with the targets. The linker warns once per sanitizer symbol it cannot export;
    # the log keeps them out of sight unless the build fails.
    mkdir -p "$out/modules"
    flags="-parse-as-library -sanitize=fuzzer,address -O -package-name mxkeys"
    if ! swiftc $flags -module-name MatrixKeysCrypto -I Sources/CSodium -I Sources/COpenSSL -I Sources/CArgon2 \
            -emit-module -emit-module-path "$out/modules/MatrixKeysCrypto.swiftmodule" -emit-library -static \
            -o "$out/libMatrixKeysCrypto.a" $(find Sources/MatrixKeysCrypto -name '*.swift' | sort) >"$out/build.log" 2>&1 ||
       ! swiftc $flags -module-name MatrixKeys -I "$out/modules" -I Sources/CSodium -I Sources/COpenSSL -I Sources/CArgon2 -I Sources/CZlib \
            $(find Sources/MatrixKeys -name '*.swift' | sort) Fuzz/Targets.swift "$out/libMatrixKeysCrypto.a" \
            -lsodium -lcrypto -largon2 -lz -o "$out/mxkeys-fuzz" >>"$out/build.log" 2>&1; then
        cat "$out/build.log"
        exit 1
    fi
fi
python3 Fuzz/seeds.py "$out/corpus"
failed=0
for target in $targets; do
    mkdir -p "$out/crashes/$target" "$out/corpus/$target"
    echo "== $target: ${seconds}s"
    # Inputs that once crashed a target are kept in the test vectors and run first, one by one.
    regressions=$(find Tests/MatrixKeysTests/Vectors/fuzz -name "$target-*" -type f | sort)
    if [ -n "$regressions" ]; then
        if ! MXKEYS_FUZZ_TARGET="$target" "$out/mxkeys-fuzz" $regressions >"$out/$target.regressions.log" 2>&1; then
            echo "   REGRESSION: see $out/$target.regressions.log"
            failed=1
        else
            echo "   $(echo "$regressions" | wc -l) kept crash input(s) ran clean"
        fi
    fi
    if ! MXKEYS_FUZZ_TARGET="$target" "$out/mxkeys-fuzz" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/crashes/$target/" "$out/corpus/$target" \
        >"$out/$target.log" 2>&1; then
        echo "   CRASH: see $out/$target.log and $out/crashes/$target/"
        failed=1
    fi
    grep -E "^stat::number_of_executed_units|^Done" "$out/$target.log" | sed 's/^/   /'
done
exit $failed
