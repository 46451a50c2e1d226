// SPDX-License-Identifier: GPL-3.0-or-later
// activation-lab code: the visible curves of a scene as a Python module for PyTorch or NumPy,
// the same text as Edit > Copy as PyTorch / Copy as NumPy in the window.
#include "code_command.h"

#include "cli/arguments.h"
#include "cli/commands.h"
#include "scenecode.h"
#include "scenefile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <cstring>
#include <iostream>

namespace alab {

namespace {

using cli::UsageError;

int runCode(const std::vector<std::string>& args) {
    const cli::ParsedOptions options =
        cli::ParsedOptions::parse(args, {{"scene", true, false}, {"language", true, false}, {"output", true, false}});
    const auto languageText = options.value("language");
    if (!languageText) throw UsageError("--language is required (pytorch or numpy)");
    const auto language = parseCodeLanguage(*languageText);
    if (!language) throw UsageError("--language: unknown language '" + *languageText + "' (expected pytorch or numpy)");
    const auto scenePath = options.value("scene");
    if (!scenePath) throw UsageError("--scene FILE is required");
    const SceneReadResult read = readSceneFile(QString::fromStdString(*scenePath));
    if (!read.scene) throw UsageError("--scene: " + read.error.text().toStdString());
    if (!sceneShowsCurves(*read.scene)) throw UsageError("--scene: " + *scenePath + " shows no curves");
    std::string module;
    try {
        module = scenePythonModule(*read.scene, *language);
    } catch (const CodeExportError& error) {
        throw UsageError("--scene: " + std::string(error.what()));
    }
    if (const auto output = options.value("output")) {
        const QString path = QString::fromStdString(*output);
        QSaveFile file(path);
        const auto size = static_cast<qint64>(module.size());
        if (!file.open(QIODevice::WriteOnly) || file.write(module.data(), size) != size || !file.commit()) {
            throw UsageError("--output: " + QFileInfo(path).fileName().toStdString() + ": cannot write (" +
                             file.errorString().toStdString() + ")");
        }
        return cli::kExitOk;
    }
    if (std::fwrite(module.data(), 1, module.size(), stdout) != module.size() || std::fflush(stdout) != 0) {
        std::cerr << "activation-lab code: could not write the output: " << std::strerror(errno) << "\n";
        return cli::kExitFailure;
    }
    return cli::kExitOk;
}

std::string codeHelp() {
    return "Usage: activation-lab code --scene FILE --language pytorch|numpy [--output FILE.py]\n"
           "\n"
           "Prints the visible curves of a scene as a self-contained Python module: ACTIVATIONS\n"
           "maps each curve's label to a function of a tensor (PyTorch) or an array (NumPy). The\n"
           "same text as Edit > Copy as PyTorch / Copy as NumPy in the window. PyTorch's code uses\n"
           "torch.nn.functional where it has the function with the same parameters (F.elu(x,\n"
           "alpha=0.5), F.softplus(x, beta=2.0, threshold=10.0)); typed functions become plain\n"
           "operations (torch.where, torch.expm1, torch.special.erf, ...). In float64 the values\n"
           "are those of 'activation-lab table' within 1e-12 relative at ordinary inputs. Bad\n"
           "input gives one line on stderr, exit code 2 and no output.\n"
           "\n"
           "  --scene FILE     an .alab scene\n"
           "  --language L     pytorch or numpy\n"
           "  --output FILE    write the module to FILE (atomically) instead of stdout\n"
           "\n"
           "Example: activation-lab code --scene lecture.alab --language pytorch --output activations.py\n";
}

}  // namespace

void registerCodeCommand() {
    cli::registerCommand(
        {"code", "the visible curves of a scene as Python code for PyTorch or NumPy", runCode, codeHelp});
}

}  // namespace alab
