#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite.
#   scripts/test.sh              the default (release) build
#   scripts/test.sh --sanitize   the same under AddressSanitizer + UndefinedBehaviorSanitizer
# With CI set, warnings are errors.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset=default
case "${1:-}" in
    "") ;;
    --sanitize) preset=asan ;;
    *) echo "usage: scripts/test.sh [--sanitize]" >&2; exit 2 ;;
esac

scripts/install-deps.sh
configure=(--preset "$preset")
if [[ -n "${CI:-}" ]]; then configure+=(-DALAB_WARNINGS_AS_ERRORS=ON); fi
cmake "${configure[@]}" >/dev/null
cmake --build --preset "$preset"
# LeakSanitizer: see scripts/lsan.supp for the third-party leaks it must not report.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
ctest --preset "$preset" --parallel "$(nproc)"
