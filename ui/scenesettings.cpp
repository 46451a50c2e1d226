// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenesettings.h"

#include "scenefile.h"

#include "histogram.h"

#include <QSettings>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace alab {

namespace {

QString key(const char* group, std::string_view name) {
    return QLatin1String(group) + QLatin1Char('/') +
           QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

bool readBool(const QSettings& settings, const QString& name, bool fallback) {
    const QVariant value = settings.value(name);
    return value.isValid() ? value.toBool() : fallback;
}

double readNumber(const QSettings& settings, const QString& name, double fallback, double low, double high) {
    bool ok = false;
    const double value = settings.value(name).toDouble(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

int readInteger(const QSettings& settings, const QString& name, int fallback, int low, int high) {
    bool ok = false;
    const int value = settings.value(name).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

std::uint64_t readCount(const QSettings& settings, const QString& name, std::uint64_t fallback, std::uint64_t low,
                        std::uint64_t high) {
    bool ok = false;
    const qulonglong value = settings.value(name).toULongLong(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

const char* const kViewKeys[] = {"curves", "histogram", "propagation", "meanmap"};

void writeViewSettings(QSettings& settings, const CurveScene& scene) {
    settings.setValue(QStringLiteral("scene/activeView"),
                      QLatin1String(kViewKeys[static_cast<std::size_t>(scene.activeView)]));
    const HistogramViewSettings& h = scene.histogram;
    settings.setValue(QStringLiteral("histogram/mu"), h.mu);
    settings.setValue(QStringLiteral("histogram/sigma"), h.sigma);
    settings.setValue(QStringLiteral("histogram/samples"), static_cast<qulonglong>(h.sampleCount));
    settings.setValue(QStringLiteral("histogram/seed"), static_cast<qulonglong>(h.seed));
    settings.setValue(QStringLiteral("histogram/bins"), h.bins);
    settings.setValue(QStringLiteral("histogram/smallMultiples"), h.layout == HistogramLayout::SmallMultiples);
    const PropagationViewSettings& p = scene.propagation;
    settings.setValue(QStringLiteral("propagation/depth"), p.depth);
    settings.setValue(QStringLiteral("propagation/width"), p.width);
    settings.setValue(QStringLiteral("propagation/batch"), p.batch);
    const std::string_view init = weightInitId(p.init);
    settings.setValue(QStringLiteral("propagation/init"),
                      QString::fromUtf8(init.data(), static_cast<qsizetype>(init.size())));
    settings.setValue(QStringLiteral("propagation/gain"), p.gain);
    settings.setValue(QStringLiteral("propagation/biasStd"), p.biasStd);
    settings.setValue(QStringLiteral("propagation/seed"), static_cast<qulonglong>(p.seed));
    settings.setValue(QStringLiteral("propagation/selectedLayer"), p.selectedLayer);
    settings.setValue(QStringLiteral("propagation/logVariance"), p.logVariance);
    const MeanMapViewSettings& m = scene.meanMap;
    settings.setValue(QStringLiteral("meanmap/omega"), m.omega);
    settings.setValue(QStringLiteral("meanmap/tau"), m.tau);
    settings.setValue(QStringLiteral("meanmap/targetMu"), m.solveTarget.mean);
    settings.setValue(QStringLiteral("meanmap/targetNu"), m.solveTarget.variance);
    if (m.trajectoryStart) {
        settings.setValue(QStringLiteral("meanmap/startMu"), m.trajectoryStart->mean);
        settings.setValue(QStringLiteral("meanmap/startNu"), m.trajectoryStart->variance);
    } else {
        settings.remove(QStringLiteral("meanmap/startMu"));
        settings.remove(QStringLiteral("meanmap/startNu"));
    }
}

void readViewSettings(const QSettings& settings, CurveScene& scene) {
    const QString view = settings.value(QStringLiteral("scene/activeView")).toString();
    for (std::size_t i = 0; i < std::size(kViewKeys); ++i) {
        if (view == QLatin1String(kViewKeys[i])) scene.activeView = static_cast<ViewId>(i);
    }
    HistogramViewSettings& h = scene.histogram;
    h.mu = readNumber(settings, QStringLiteral("histogram/mu"), h.mu, -HistogramViewSettings::kMaxAbsMu,
                      HistogramViewSettings::kMaxAbsMu);
    h.sigma = readNumber(settings, QStringLiteral("histogram/sigma"), h.sigma, HistogramViewSettings::kMinSigma,
                         HistogramViewSettings::kMaxSigma);
    h.sampleCount = readCount(settings, QStringLiteral("histogram/samples"), h.sampleCount,
                              HistogramViewSettings::kMinSamples, HistogramViewSettings::kMaxSamples);
    h.seed = readCount(settings, QStringLiteral("histogram/seed"), h.seed, 0, 2147483647);
    h.bins = readInteger(settings, QStringLiteral("histogram/bins"), h.bins, kMinHistogramBins, kMaxHistogramBins);
    h.layout = readBool(settings, QStringLiteral("histogram/smallMultiples"), false) ? HistogramLayout::SmallMultiples
                                                                                     : HistogramLayout::Overlay;
    PropagationViewSettings& p = scene.propagation;
    p.depth = readInteger(settings, QStringLiteral("propagation/depth"), p.depth, PropagationViewSettings::kMinDepth,
                          PropagationViewSettings::kMaxDepth);
    p.width = readInteger(settings, QStringLiteral("propagation/width"), p.width, PropagationViewSettings::kMinWidth,
                          PropagationViewSettings::kMaxWidth);
    p.batch = readInteger(settings, QStringLiteral("propagation/batch"), p.batch, PropagationViewSettings::kMinBatch,
                          PropagationViewSettings::kMaxBatch);
    p.init =
        parseWeightInitId(settings.value(QStringLiteral("propagation/init")).toString().toStdString()).value_or(p.init);
    p.gain = readNumber(settings, QStringLiteral("propagation/gain"), p.gain, PropagationViewSettings::kMinGain,
                        PropagationViewSettings::kMaxGain);
    p.biasStd = readNumber(settings, QStringLiteral("propagation/biasStd"), p.biasStd, 0.0,
                           PropagationViewSettings::kMaxBiasStd);
    p.seed = readCount(settings, QStringLiteral("propagation/seed"), p.seed, 0, 2147483647);
    p.selectedLayer = readInteger(settings, QStringLiteral("propagation/selectedLayer"), p.selectedLayer, 1, p.depth);
    p.selectedLayer = std::min(p.selectedLayer, p.depth);
    p.logVariance = readBool(settings, QStringLiteral("propagation/logVariance"), p.logVariance);
    MeanMapViewSettings& m = scene.meanMap;
    m.omega = readNumber(settings, QStringLiteral("meanmap/omega"), m.omega, -10.0, 10.0);
    m.tau = readNumber(settings, QStringLiteral("meanmap/tau"), m.tau, 0.01, 10.0);
    m.solveTarget.mean = readNumber(settings, QStringLiteral("meanmap/targetMu"), m.solveTarget.mean, -1.0, 1.0);
    m.solveTarget.variance =
        readNumber(settings, QStringLiteral("meanmap/targetNu"), m.solveTarget.variance, 0.05, 5.0);
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const double startMu = readNumber(settings, QStringLiteral("meanmap/startMu"), kNaN, -1e6, 1e6);
    const double startNu = readNumber(settings, QStringLiteral("meanmap/startNu"), kNaN, 1e-12, 1e6);
    if (std::isfinite(startMu) && std::isfinite(startNu)) m.trajectoryStart = MeanVariance{startMu, startNu};
}

}  // namespace

void writeSceneSettings(QSettings& settings, const CurveScene& scene) {
    const std::string_view theme = themeKey(scene.theme);
    settings.setValue(QStringLiteral("scene/theme"),
                      QString::fromUtf8(theme.data(), static_cast<qsizetype>(theme.size())));
    settings.setValue(QStringLiteral("scene/showDerivatives"), scene.showDerivatives);
    settings.setValue(QStringLiteral("scene/separateDerivativePlot"),
                      scene.derivativeLayout == DerivativeLayout::SeparatePlot);
    settings.setValue(QStringLiteral("scene/showAsymptotes"), scene.showAsymptotes);
    settings.setValue(QStringLiteral("scene/showSecondDerivatives"), scene.showSecondDerivatives);
    for (const SceneFunction& entry : scene.functions) {
        settings.setValue(key("visible", entry.function.id()), entry.visible);
    }
    for (const Parameter p : allParameters()) {
        settings.setValue(key("parameters", parameterInfo(p).key), scene.parameter(p));
    }
    // The whole curve list (copies, labels, order) as the scene file writes it; the keys above
    // keep the first curve of each function for older versions.
    settings.setValue(QStringLiteral("scene/curves"), serializeCurves(scene));
    writeViewSettings(settings, scene);
}

CurveScene readSceneSettings(const QSettings& settings) {
    CurveScene scene;
    const std::string theme = settings.value(QStringLiteral("scene/theme")).toString().toStdString();
    scene.theme = parseThemeKey(theme).value_or(ThemeId::Light);
    scene.showDerivatives = readBool(settings, QStringLiteral("scene/showDerivatives"), scene.showDerivatives);
    scene.derivativeLayout = readBool(settings, QStringLiteral("scene/separateDerivativePlot"), false)
                                 ? DerivativeLayout::SeparatePlot
                                 : DerivativeLayout::Overlay;
    scene.showAsymptotes = readBool(settings, QStringLiteral("scene/showAsymptotes"), scene.showAsymptotes);
    scene.showSecondDerivatives =
        readBool(settings, QStringLiteral("scene/showSecondDerivatives"), scene.showSecondDerivatives);
    for (SceneFunction& entry : scene.functions) {
        entry.visible = readBool(settings, key("visible", entry.function.id()), entry.visible);
    }
    for (const Parameter p : allParameters()) {
        const ParameterInfo& info = parameterInfo(p);
        bool ok = false;
        const double value = settings.value(key("parameters", info.key)).toDouble(&ok);
        SceneFunction* entry = scene.find(info.kind);
        // Only what the spin box could have produced: a hand-edited 1e300 would otherwise sit in
        // the scene while the spin box shows its maximum.
        if (!ok || !(value >= info.spinMin && value <= info.spinMax) || entry == nullptr) continue;
        try {
            entry->function = withParameter(entry->function, p, value);
        } catch (const ParameterError&) {
            // keep the default
        }
    }
    // Checked like a scene file; a damaged entry leaves the curves the keys above gave.
    if (const QVariant curves = settings.value(QStringLiteral("scene/curves")); curves.isValid()) {
        if (std::optional<std::vector<SceneFunction>> read = parseCurves(curves.toByteArray())) {
            scene.functions = std::move(*read);
        }
    }
    readViewSettings(settings, scene);
    return scene;
}

}  // namespace alab
