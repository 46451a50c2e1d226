// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the window benchmarks (bench_window, bench_propagation_view).

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace alab::bench {

// Nearest-rank percentile `p` (0...100] of `sorted`, which is ascending and not empty.
inline double percentile(const std::vector<double>& sorted, double p) {
    const auto rank =
        static_cast<std::size_t>(std::max(1.0, std::ceil(p / 100.0 * static_cast<double>(sorted.size()))));
    return sorted[std::min(rank, sorted.size()) - 1];
}

// Never the user's settings: a clean, isolated scene with the default functions visible.
inline void useIsolatedSettings(const char* benchmarkName) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Activation Lab Bench"));
    QCoreApplication::setApplicationName(QString::fromLatin1(benchmarkName));
    QSettings().clear();
}

}  // namespace alab::bench
