#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the scene parser (tests/fuzz/fuzz_scene_parser.cpp, seeded with the shipped scenes) and
# the typed-expression parser (tests/fuzz/fuzz_expression_parser.cpp, seeded with
# tests/fuzz/expression_seeds.txt and guided by tests/fuzz/expression.dict) with libFuzzer +
# ASan + UBSan, for SECONDS in all (default 60), shared equally between the fuzzers named (default
# both: scene expression). Builds with clang in build/fuzz.
# Fails when a fuzzer finds a crash, a leak, a timeout, an input slower than SLOW seconds (default
# 10, the timeout), or a failed round trip; the input that did it is left in
# build/fuzz/artifacts/<fuzzer>/.
#   scripts/fuzz.sh                 # 30 s each
#   scripts/fuzz.sh 180 expression  # the expression parser alone for 3 minutes
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}
shift || true
fuzzers=("$@")
((${#fuzzers[@]} > 0)) || fuzzers=(scene expression)
slow=${SLOW:-10}

build=build/fuzz
cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ >/dev/null
targets=()
for fuzzer in "${fuzzers[@]}"; do
    case $fuzzer in
    scene | expression) targets+=("fuzz_${fuzzer}_parser") ;;
    *)
        echo "fuzz: unknown fuzzer '$fuzzer' (scene, expression)" >&2
        exit 2
        ;;
    esac
done
cmake --build "$build" -j2 --target "${targets[@]}"

# LeakSanitizer: see scripts/lsan.supp for the third-party leaks it must not report.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
share=$((seconds / ${#fuzzers[@]}))
((share > 0)) || share=1
for fuzzer in "${fuzzers[@]}"; do
    # The corpora grow in build/fuzz/corpus/<fuzzer> between runs.
    corpus=$build/corpus/$fuzzer
    artifacts=$build/artifacts/$fuzzer
    mkdir -p "$corpus" "$artifacts"
    options=(-max_total_time="$share" -timeout="$slow" -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/")
    if [[ $fuzzer == scene ]]; then
        cp resources/scenes/*.alab "$corpus/"
        options+=(-max_len=65536)
    else
        # One seed file per line of the seed list (blank lines and # comments skipped; \n in a line
        # ends the name of a parameter).
        n=0
        while IFS= read -r line; do
            [[ -z $line || $line == \#* ]] && continue
            printf '%b' "$line" >"$corpus/seed-$n"  # \n: the parameter's name ends
            n=$((n + 1))
        done <tests/fuzz/expression_seeds.txt
        # A little beyond the parser's 2000 characters; a parameter is declared as "name\n...".
        options+=(-max_len=2100 -dict=tests/fuzz/expression.dict)
    fi
    echo "fuzz: $fuzzer for $share s"
    "$build/fuzz_${fuzzer}_parser" "$corpus" "${options[@]}" 2>&1 | tail -n 20
    echo "fuzz: $fuzzer, no crash in $share s"
done
