#include "scenesettings.h"

#include <QSettings>

#include <cmath>

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

}  // namespace

void writeSceneSettings(QSettings& settings, const CurveScene& scene) {
    const std::string_view theme = themeKey(scene.theme);
    settings.setValue(QStringLiteral("scene/theme"),
                      QString::fromUtf8(theme.data(), static_cast<qsizetype>(theme.size())));
    settings.setValue(QStringLiteral("scene/showDerivatives"), scene.showDerivatives);
    settings.setValue(QStringLiteral("scene/separateDerivativePlot"),
                      scene.derivativeLayout == DerivativeLayout::SeparatePlot);
    settings.setValue(QStringLiteral("scene/showAsymptotes"), scene.showAsymptotes);
    for (const SceneFunction& entry : scene.functions) {
        settings.setValue(key("visible", functionId(entry.function.kind())), entry.visible);
    }
    for (const Parameter p : allParameters()) {
        settings.setValue(key("parameters", parameterInfo(p).key), scene.parameter(p));
    }
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
    for (SceneFunction& entry : scene.functions) {
        entry.visible = readBool(settings, key("visible", functionId(entry.function.kind())), entry.visible);
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
    return scene;
}

}  // namespace alab
