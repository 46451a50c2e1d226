// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: parseScene() on arbitrary bytes must return a scene or an error, never crash,
// hang or leak, and every scene it accepts must survive serializeScene() -> parseScene() unchanged.
#include "scenefile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const alab::SceneReadResult read = alab::parseScene(bytes);
    if (!read.scene) {
        if (read.error.message.isEmpty()) std::abort();  // a refusal must say why
        return 0;
    }
    const alab::SceneReadResult again = alab::parseScene(alab::serializeScene(*read.scene, read.extras));
    if (!again.scene || !(*again.scene == *read.scene)) std::abort();
    return 0;
}
