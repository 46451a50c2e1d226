// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace alab::test {

// One data row of a reference table in tests/data, with its line number for messages.
struct CsvRow {
    int line = 0;
    std::vector<std::string> cells;

    double number(std::size_t column) const { return std::strtod(cells.at(column).c_str(), nullptr); }
};

// Reads tests/data/NAME: '#' comment lines, then a header line (skipped), then rows whose
// numbers strtod parses exactly (hex floats, inf, nan). Throws on a row of the wrong width.
inline std::vector<CsvRow> readCsvTable(const std::string& name, std::size_t columns) {
    std::ifstream in(std::string(ALAB_TEST_DATA_DIR) + "/" + name);
    if (!in) throw std::runtime_error("cannot open tests/data/" + name);
    std::vector<CsvRow> rows;
    bool headerSeen = false;
    int lineNumber = 0;
    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        if (line.empty() || line.front() == '#') continue;
        if (!headerSeen) {
            headerSeen = true;
            continue;
        }
        CsvRow row{lineNumber, {}};
        std::stringstream fields(line);
        for (std::string cell; std::getline(fields, cell, ',');) row.cells.push_back(cell);
        if (row.cells.size() != columns) {
            throw std::runtime_error(name + ":" + std::to_string(lineNumber) + ": " + std::to_string(columns) +
                                     " fields expected");
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace alab::test
