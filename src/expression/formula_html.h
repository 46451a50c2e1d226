// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ginac/ginac.h>

#include <string>

namespace alab::expr {

// `e` in the HTML subset Qt's rich text renders: italic variables, superscript powers, √, π,
// a minus sign instead of a hyphen, · between factors, a/b for quotients.
std::string formulaHtml(const GiNaC::ex& e);

}  // namespace alab::expr
