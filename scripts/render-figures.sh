#!/usr/bin/env bash
# Regenerates a lecture's figures from its scenes in one command: every scene given (default:
# the shipped resources/scenes/*.alab) as a PDF and a 1920x1080 PNG in OUT (default figures/),
# plus the frames of the ELU alpha sweep. ALAB_EXE picks the program (default: build/default/app/activation-lab).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exe=${ALAB_EXE:-build/default/app/activation-lab}
out=${OUT:-figures}
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
    render "$out/$name.pdf" --scene "$scene" --size 1920x1080 --dpi 144
    render "$out/$name.png" --scene "$scene" --size 1920x1080 --dpi 144
    if [[ $name == elu-alpha-sweep ]]; then
        for alpha in 0.5 1 1.5 2; do
            render "$out/$name-alpha-$alpha.pdf" --scene "$scene" --alpha "$alpha" --size 1920x1080 --dpi 144
        done
    fi
done
