#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates a lecture's figures from its scenes in one command: every scene given (default:
# the shipped resources/scenes/*.alab) as a PDF and a 1920x1080 PNG in OUT (default figures/),
# plus the frames of the ELU alpha sweep. ALAB_EXE picks the program (default:
# build/default/app/activation-lab); FORMATS (default "pdf png") and SIZE (default 1920x1080)
# the files, e.g. FORMATS=png SIZE=1280x720 OUT=docs/images/views for the documentation.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exe=${ALAB_EXE:-build/default/app/activation-lab}
out=${OUT:-figures}
read -r -a formats <<<"${FORMATS:-pdf png}"
size=${SIZE:-1920x1080}
mkdir -p "$out"
if (($# == 0)); then set -- resources/scenes/*.alab; fi

render() {  # OUTPUT ARGS...
    local output=$1 error
    shift
    if error=$("$exe" render "$@" --output "$output" 2>&1); then
        echo "  $output"
    else
        echo "$error" >&2
        return 1
    fi
}

for scene in "$@"; do
    name=$(basename "$scene" .alab)
    echo "$scene"
    for format in "${formats[@]}"; do
        render "$out/$name.$format" --scene "$scene" --size "$size" --dpi 144
    done
done
