#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Activation Lab needs to build, run and test. Only missing
# packages are installed, so a second run takes a second. Uses sudo when not root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools libgl-dev
    qt6-l10n-tools qt6-translations-l10n   # lrelease; Qt's own German strings
    libqcustomplot-dev libeigen3-dev zlib1g-dev
    libginac-dev               # typed functions: parse, differentiate, print
    libgif-dev libavcodec-dev libavformat-dev libavutil-dev libswscale-dev   # animated GIF and MP4 export
    libgtest-dev libbenchmark-dev
    xvfb xauth                 # real-window runs and screenshots
    python3 python3-mpmath     # the high-precision reference tables
    python3-numpy              # runs the Python that `activation-lab code` writes (its test)
    librsvg2-bin poppler-utils # SVG and PDF exports rendered back to pixels in the tests
    clang libclang-rt-14-dev   # the scene parser's fuzzer (scripts/fuzz.sh)
    dpkg-dev appstream desktop-file-utils lintian   # packaging and its checks
    locales                    # de_DE.UTF-8 for the German-locale test run (.ci/run)
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
