#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file differs from what clang-format (.clang-format) makes of it, or when a
# source file (C++, scripts, CMake, forms) does not name its licence in its first lines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.inc')
clang-format --style=file --dry-run --Werror "${files[@]}"
echo "check-format: ${#files[@]} files formatted"

mapfile -t sources < <(git ls-files '*.cpp' '*.h' '*.inc' '*.sh' '*.py' '*.cmake' '*.ui' \
    'CMakeLists.txt' '*/CMakeLists.txt' '.ci/run')
unlicensed=()
for source in "${sources[@]}"; do
    head -n 3 "$source" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || unlicensed+=("$source")
done
if ((${#unlicensed[@]} > 0)); then
    printf 'check-format: no "SPDX-License-Identifier: GPL-3.0-or-later" in the first 3 lines of %s\n' \
        "${unlicensed[@]}" >&2
    exit 1
fi
echo "check-format: ${#sources[@]} source files carry the GPL-3.0-or-later identifier"
