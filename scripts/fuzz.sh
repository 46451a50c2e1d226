#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the scene parser (tests/fuzz/fuzz_scene_parser.cpp) with libFuzzer + ASan + UBSan for
# SECONDS (default 60), starting from the shipped scenes. Builds with clang in build/fuzz.
# Fails when the fuzzer finds a crash, a leak, a timeout or a failed round trip; the input that
# did it is left in build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}

build=build/fuzz
cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j2

# Seeds: the lecture scenes; the corpus grows in build/fuzz/corpus between runs.
mkdir -p "$build/corpus" "$build/artifacts"
cp resources/scenes/*.alab "$build/corpus/"
"$build/fuzz_scene_parser" "$build/corpus" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" 2>&1 | tail -n 20
echo "fuzz: no crash in ${seconds} s"
