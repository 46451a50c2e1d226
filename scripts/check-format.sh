#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (.clang-format) makes of it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.inc')
clang-format --style=file --dry-run --Werror "${files[@]}"
echo "check-format: ${#files[@]} files formatted"
