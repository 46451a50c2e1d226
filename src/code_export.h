// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

// The curves of a scene as Python code for a notebook: a self-contained module for PyTorch or
// NumPy whose values are the core's (within 1e-12 relative at ordinary inputs, in float64).
namespace alab {

enum class CodeLanguage { PyTorch, NumPy };

// "pytorch", "numpy" (as on the command line), or nullopt.
std::optional<CodeLanguage> parseCodeLanguage(std::string_view id) noexcept;
std::string_view codeLanguageId(CodeLanguage language) noexcept;
// "PyTorch", "NumPy".
std::string_view codeLanguageName(CodeLanguage language) noexcept;

// One curve to translate: what the module calls it, and the function with its parameter values.
struct CodeCurve {
    std::string label;
    Activation function;
};

// A function the translator cannot write in Python (a typed function whose compiled program uses
// the derivative of a built-in other than tanh' and sigmoid', or one too long to read).
class CodeExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The most operations a typed function's program may have to be translated.
inline constexpr std::size_t kMaxTranslatedInstructions = 4000;

// A Python module that imports only the language's package (and math) and defines one function
// per curve and `ACTIVATIONS`, a dict from each curve's label to its function, in order. A label
// that repeats gets " (2)", " (3)", ... so that no curve is lost.
//
// Built-ins use torch.nn.functional where PyTorch has the function with the same parameters
// (F.elu(x, alpha=0.5), F.softplus(x, beta=2.0, threshold=10.0), F.gelu(x, approximate="tanh"));
// SELU with other constants than the self-normalizing ones and SiLU with beta != 1 get their
// formulas. NumPy gets formulas that keep the digits (expm1, a sigmoid without overflow, math.erfc
// vectorized). A typed function is the program the core runs for it, written as plain operations
// (torch.where, torch.expm1, torch.special.erf, ...): after the core's accuracy rewrites, with its
// parameter values and the parts free of x folded to the numbers the core computes for them.
// Numbers are written in their shortest form that reads back as the same double.
// Throws CodeExportError naming the curve for a function it cannot translate.
std::string pythonModule(std::span<const CodeCurve> curves, CodeLanguage language);

}  // namespace alab
