// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenefile.h"

#include "expression/typed_function.h"

#include "function_registry.h"

#include "explorercontroller.h"
#include "histogram.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <cmath>
#include <limits>
#include <set>
#include <string>

namespace alab {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53: larger JSON numbers lose digits
// The mean/variance map view has no limits of its own yet; these keep its numbers plottable.
constexpr double kMaxAbsMeanMapValue = 1e6;

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }
std::string toStd(const QString& text) { return text.toStdString(); }

QString number(double v) {
    if (std::isnan(v)) return QStringLiteral("NaN");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

struct ParseFailure {
    SceneError error;
};

[[noreturn]] void failAt(const QString& field, const QString& message) {
    throw ParseFailure{{QString(), field, message}};
}

// Reads one JSON object, naming every field by its path for the error message. Missing fields
// keep the value they had (the scene's default); present ones must have the right type and range.
class ObjectReader {
public:
    ObjectReader(const QJsonObject& object, QString path) : object_(object), path_(std::move(path)) {}

    QString field(const QString& key) const { return path_.isEmpty() ? key : path_ + QLatin1Char('.') + key; }
    [[noreturn]] void fail(const QString& key, const QString& message) const { failAt(field(key), message); }
    bool has(const QString& key) const { return object_.contains(key); }
    QJsonValue value(const QString& key) const { return object_.value(key); }

    void readBool(const QString& key, bool& out) const {
        if (!has(key)) return;
        const QJsonValue v = value(key);
        if (!v.isBool()) fail(key, QStringLiteral("expected true or false, found %1").arg(typeName(v)));
        out = v.toBool();
    }

    // A finite number in [lo, hi].
    void readNumber(const QString& key, double& out, double lo, double hi) const {
        if (!has(key)) return;
        out = checkedNumber(key, lo, hi);
    }

    double checkedNumber(const QString& key, double lo, double hi) const {
        const QJsonValue v = value(key);
        if (!v.isDouble()) fail(key, QStringLiteral("expected a number, found %1").arg(typeName(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < lo || d > hi) {
            fail(key, QStringLiteral("%1 is outside %2\u2026%3").arg(number(d), number(lo), number(hi)));
        }
        return d;
    }

    template <class Int>
    void readInteger(const QString& key, Int& out, double lo, double hi) const {
        if (!has(key)) return;
        const double d = checkedNumber(key, lo, hi);
        if (d != std::floor(d)) fail(key, QStringLiteral("%1 is not a whole number").arg(number(d)));
        out = static_cast<Int>(d);
    }

    // A seed: a whole number 0 ... 2^64 - 1, as a JSON number up to 2^53 or as a decimal string.
    void readSeed(const QString& key, std::uint64_t& out) const {
        if (!has(key)) return;
        const QJsonValue v = value(key);
        if (v.isString()) {
            bool ok = false;
            const qulonglong parsed = v.toString().toULongLong(&ok, 10);
            if (!ok || v.toString().startsWith(QLatin1Char('+')) || v.toString().startsWith(QLatin1Char('-'))) {
                fail(key, QStringLiteral("'%1' is not a whole number from 0 to 2^64 - 1").arg(v.toString().left(40)));
            }
            out = parsed;
            return;
        }
        readInteger(key, out, 0.0, kMaxExactInteger);
    }

    // One of `names` (a string); returns its index.
    template <class Enum, std::size_t N>
    void readEnum(const QString& key, Enum& out, const std::array<std::pair<const char*, Enum>, N>& names) const {
        if (!has(key)) return;
        const QJsonValue v = value(key);
        QStringList expected;
        for (const auto& [name, id] : names) {
            if (v.isString() && v.toString() == QLatin1String(name)) {
                out = id;
                return;
            }
            expected << QLatin1String(name);
        }
        const QString found = v.isString() ? QStringLiteral("'%1'").arg(v.toString().left(40)) : typeName(v);
        fail(key, QStringLiteral("%1 is not one of %2").arg(found, expected.join(QStringLiteral(", "))));
    }

    ObjectReader object(const QString& key) const {
        const QJsonValue v = value(key);
        if (!v.isObject()) fail(key, QStringLiteral("expected an object, found %1").arg(typeName(v)));
        return ObjectReader(v.toObject(), field(key));
    }

private:
    QJsonObject object_;
    QString path_;
};

QString readLabel(const ObjectReader& reader) {
    const QJsonValue label = reader.value(QStringLiteral("label"));
    if (!label.isString()) {
        reader.fail(QStringLiteral("label"), QStringLiteral("expected a text, found %1").arg(typeName(label)));
    }
    const QByteArray utf8 = label.toString().toUtf8();
    if (static_cast<std::size_t>(utf8.size()) > SceneFunction::kMaxLabelLength) {
        reader.fail(QStringLiteral("label"), QStringLiteral("%1 bytes, more than the %2 a label may have")
                                                 .arg(utf8.size())
                                                 .arg(SceneFunction::kMaxLabelLength));
    }
    return label.toString();
}

QString readText(const ObjectReader& reader, const QString& key) {
    const QJsonValue v = reader.value(key);
    if (!v.isString()) reader.fail(key, QStringLiteral("expected a text, found %1").arg(typeName(v)));
    return v.toString();
}

// A typed entry (version 2): {"expression": "...", "name": "...", "parameters": {"a": 0.5},
// "sliders": {"a": {"min": 0, "max": 2, "default": 1}}}. An expression that does not parse is
// refused with its column.
SceneFunction readTypedCurve(const QJsonObject& object, const QString& path, SceneFunction curve) {
    const ObjectReader reader(object, path);
    const QString expression = readText(reader, QStringLiteral("expression"));
    const QString name = reader.has(QStringLiteral("name")) ? readText(reader, QStringLiteral("name")) : QString();
    std::vector<TypedParameter> parameters;
    std::vector<double> values;
    if (reader.has(QStringLiteral("parameters"))) {
        const ObjectReader given = reader.object(QStringLiteral("parameters"));
        const QJsonObject sliders =
            reader.has(QStringLiteral("sliders")) ? reader.value(QStringLiteral("sliders")).toObject() : QJsonObject();
        if (reader.has(QStringLiteral("sliders")) && !reader.value(QStringLiteral("sliders")).isObject()) {
            reader.fail(
                QStringLiteral("sliders"),
                QStringLiteral("expected an object, found %1").arg(typeName(reader.value(QStringLiteral("sliders")))));
        }
        const QJsonObject valueObject = reader.value(QStringLiteral("parameters")).toObject();
        constexpr double kReach = 1e12;
        for (auto it = valueObject.begin(); it != valueObject.end(); ++it) {
            const double v = given.checkedNumber(it.key(), -kReach, kReach);
            TypedParameter p;
            p.name = it.key().toStdString();
            const double reach = std::max(1.0, std::fabs(v));
            p.defaultValue = v;
            p.sliderMin = std::min(0.0, v - reach);
            p.sliderMax = v + reach;
            if (sliders.contains(it.key())) {
                const ObjectReader slider = ObjectReader(sliders, path + QStringLiteral(".sliders")).object(it.key());
                slider.readNumber(QStringLiteral("min"), p.sliderMin, -kReach, kReach);
                slider.readNumber(QStringLiteral("max"), p.sliderMax, -kReach, kReach);
                p.defaultValue = std::clamp(v, std::min(p.sliderMin, p.sliderMax), std::max(p.sliderMin, p.sliderMax));
                slider.readNumber(QStringLiteral("default"), p.defaultValue, -kReach, kReach);
            }
            parameters.push_back(p);
            values.push_back(v);
        }
        for (auto it = sliders.begin(); it != sliders.end(); ++it) {
            if (!valueObject.contains(it.key())) {
                reader.fail(QStringLiteral("sliders.") + it.key(), QStringLiteral("no parameter of that name"));
            }
        }
    }
    try {
        curve.function =
            Activation::typed(TypedFunction::create(name.toStdString(), expression.toStdString(), parameters), values);
    } catch (const ExpressionError& error) {
        reader.fail(error.column() > 0 ? QStringLiteral("expression") : QStringLiteral("parameters"),
                    QString::fromStdString(error.what()));
    } catch (const ParameterError& error) {
        reader.fail(QStringLiteral("parameters"), QString::fromStdString(error.what()));
    }
    curve.visible = true;
    reader.readBool(QStringLiteral("visible"), curve.visible);
    curve.label.clear();
    if (reader.has(QStringLiteral("label"))) curve.label = readLabel(reader).toStdString();
    const QStringList accepted{QStringLiteral("expression"), QStringLiteral("name"),    QStringLiteral("parameters"),
                               QStringLiteral("sliders"),    QStringLiteral("visible"), QStringLiteral("label")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (accepted.contains(it.key()) || it.key().startsWith(QLatin1Char('_'))) continue;
        reader.fail(it.key(), QStringLiteral("a typed function has no field '%1' (fields: %2)")
                                  .arg(it.key().left(40), accepted.join(QStringLiteral(", "))));
    }
    return curve;
}

// One entry of "functions": its id, visibility, label (version 2) and parameters, each checked.
SceneFunction readCurve(const QJsonObject& object, const QString& path, int version, SceneFunction curve) {
    const ObjectReader reader(object, path);
    if (version >= 2 && reader.has(QStringLiteral("expression")) && !reader.has(QStringLiteral("id"))) {
        return readTypedCurve(object, path, curve);
    }
    const QJsonValue id = reader.value(QStringLiteral("id"));
    if (!id.isString())
        reader.fail(QStringLiteral("id"), QStringLiteral("expected a function id, found %1").arg(typeName(id)));
    const FunctionDescriptor* function = findFunction(toStd(id.toString()));
    if (function == nullptr) {
        reader.fail(QStringLiteral("id"), QStringLiteral("unknown function '%1' (known: %2)")
                                              .arg(id.toString().left(40), QString::fromStdString(knownFunctionIds())));
    }
    if (curve.function.kind() != function->kind) curve.function = Activation::withDefaults(function->kind);
    curve.visible = true;
    reader.readBool(QStringLiteral("visible"), curve.visible);

    QStringList accepted{QStringLiteral("id"), QStringLiteral("visible")};
    if (version >= 2) {
        accepted << QStringLiteral("label");
        if (reader.has(QStringLiteral("label"))) curve.label = readLabel(reader).toStdString();
    }
    QStringList parameters;
    for (std::size_t i = 0; i < function->parameters.size(); ++i) {
        const Parameter p{function->kind, static_cast<std::uint8_t>(i)};
        const ParameterInfo& info = parameterInfo(p);
        const QString name = QString::fromUtf8(info.name);
        parameters << name;
        if (!reader.has(name)) continue;
        const double v = reader.checkedNumber(name, info.spinMin, info.spinMax);
        try {
            curve.function = withParameter(curve.function, p, v);
        } catch (const ParameterError& error) {
            reader.fail(name, QString::fromStdString(error.what()));
        }
    }
    accepted << parameters;
    // A misspelt parameter would otherwise silently leave the default in a lecture's figure.
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (accepted.contains(it.key()) || it.key().startsWith(QLatin1Char('_'))) continue;  // "_note": comments
        reader.fail(it.key(),
                    QStringLiteral("%1 has no parameter '%2' (parameters: %3)")
                        .arg(id.toString(), it.key().left(40),
                             parameters.isEmpty() ? QStringLiteral("none") : parameters.join(QStringLiteral(", "))));
    }
    return curve;
}

// Version 1 names each function at most once and hides the ones it does not list (a lecture
// scene shows what it names); version 2 lists the scene's curves, in order, any function any
// number of times.
void readFunctions(const QJsonValue& value, CurveScene& scene, int version) {
    if (!value.isArray()) {
        failAt(QStringLiteral("functions"), QStringLiteral("expected an array, found %1").arg(typeName(value)));
    }
    const QJsonArray array = value.toArray();
    if (version >= 2 && static_cast<std::size_t>(array.size()) > CurveScene::kMaxCurves) {
        failAt(QStringLiteral("functions"), QStringLiteral("%1 curves, more than the %2 a scene may hold")
                                                .arg(array.size())
                                                .arg(CurveScene::kMaxCurves));
    }
    if (version >= 2) scene.functions.clear();
    for (SceneFunction& entry : scene.functions) entry.visible = false;
    std::set<FunctionKind> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("functions[%1]").arg(i);
        if (!array[i].isObject()) {
            failAt(path, QStringLiteral("expected an object, found %1").arg(typeName(array[i])));
        }
        if (version >= 2) {
            SceneFunction curve{static_cast<CurveId>(scene.functions.size() + 1), Activation::relu(), true, {}};
            scene.functions.push_back(readCurve(array[i].toObject(), path, version, curve));
            continue;
        }
        const QJsonValue id = array[i].toObject().value(QStringLiteral("id"));
        const std::optional<FunctionKind> kind = id.isString() ? parseFunctionId(toStd(id.toString())) : std::nullopt;
        SceneFunction* entry = kind ? scene.find(*kind) : nullptr;
        if (entry == nullptr) {
            readCurve(array[i].toObject(), path, version,
                      {0, Activation::relu(), true, {}});  // fails, naming the field
            failAt(path + QStringLiteral(".id"), QStringLiteral("not a function"));
        }
        if (!seen.insert(*kind).second) {
            failAt(
                path + QStringLiteral(".id"),
                QStringLiteral("'%1' is listed twice (a version 1 file names each function once)").arg(id.toString()));
        }
        *entry = readCurve(array[i].toObject(), path, version, *entry);
    }
}

constexpr std::array<std::pair<const char*, DerivativeLayout>, 2> kLayouts{{
    {"overlay", DerivativeLayout::Overlay},
    {"separate", DerivativeLayout::SeparatePlot},
}};
constexpr std::array<std::pair<const char*, ThemeId>, 3> kThemes{{
    {"light", ThemeId::Light},
    {"dark", ThemeId::Dark},
    {"presentation", ThemeId::Presentation},
}};
constexpr std::array<std::pair<const char*, ViewId>, 4> kViews{{
    {"curves", ViewId::Curves},
    {"histogram", ViewId::Histogram},
    {"propagation", ViewId::Propagation},
    {"meanmap", ViewId::MeanMap},
}};
constexpr std::array<std::pair<const char*, HistogramLayout>, 2> kHistogramLayouts{{
    {"overlay", HistogramLayout::Overlay},
    {"small-multiples", HistogramLayout::SmallMultiples},
}};
constexpr std::array<std::pair<const char*, WeightInit>, 3> kInits{{
    {"lecun", WeightInit::LeCun},
    {"he", WeightInit::He},
    {"glorot", WeightInit::Glorot},
}};

template <class Enum, std::size_t N>
QString nameOf(Enum id, const std::array<std::pair<const char*, Enum>, N>& names) {
    for (const auto& [name, value] : names) {
        if (value == id) return QLatin1String(name);
    }
    return QLatin1String(names.front().first);
}

void readView(const ObjectReader& reader, ViewRange& view) {
    constexpr double limit = ViewLimits::kMaxAbs;
    reader.readNumber(QStringLiteral("xMin"), view.xMin, -limit, limit);
    reader.readNumber(QStringLiteral("xMax"), view.xMax, -limit, limit);
    reader.readBool(QStringLiteral("autoY"), view.autoY);
    reader.readNumber(QStringLiteral("yMin"), view.yMin, -limit, limit);
    reader.readNumber(QStringLiteral("yMax"), view.yMax, -limit, limit);
    if (!(view.xMin < view.xMax)) {
        reader.fail(QStringLiteral("xMax"),
                    QStringLiteral("%1 is not above xMin %2").arg(number(view.xMax), number(view.xMin)));
    }
    if (!(view.yMin < view.yMax)) {
        reader.fail(QStringLiteral("yMax"),
                    QStringLiteral("%1 is not above yMin %2").arg(number(view.yMax), number(view.yMin)));
    }
}

void readHistogram(const ObjectReader& reader, HistogramViewSettings& h) {
    using H = HistogramViewSettings;
    reader.readNumber(QStringLiteral("mu"), h.mu, -H::kMaxAbsMu, H::kMaxAbsMu);
    reader.readNumber(QStringLiteral("sigma"), h.sigma, H::kMinSigma, H::kMaxSigma);
    reader.readInteger(QStringLiteral("samples"), h.sampleCount, static_cast<double>(H::kMinSamples),
                       static_cast<double>(H::kMaxSamples));
    reader.readSeed(QStringLiteral("seed"), h.seed);
    reader.readInteger(QStringLiteral("bins"), h.bins, kMinHistogramBins, kMaxHistogramBins);
    reader.readEnum(QStringLiteral("layout"), h.layout, kHistogramLayouts);
}

void readPropagation(const ObjectReader& reader, PropagationViewSettings& p) {
    using P = PropagationViewSettings;
    reader.readInteger(QStringLiteral("depth"), p.depth, P::kMinDepth, P::kMaxDepth);
    reader.readInteger(QStringLiteral("width"), p.width, P::kMinWidth, P::kMaxWidth);
    reader.readInteger(QStringLiteral("batch"), p.batch, P::kMinBatch, P::kMaxBatch);
    reader.readEnum(QStringLiteral("init"), p.init, kInits);
    reader.readNumber(QStringLiteral("gain"), p.gain, P::kMinGain, P::kMaxGain);
    reader.readNumber(QStringLiteral("biasStd"), p.biasStd, 0.0, P::kMaxBiasStd);
    reader.readSeed(QStringLiteral("seed"), p.seed);
    p.selectedLayer = std::min(p.selectedLayer, p.depth);
    reader.readInteger(QStringLiteral("selectedLayer"), p.selectedLayer, 1, p.depth);
    reader.readBool(QStringLiteral("logVariance"), p.logVariance);
}

// A point of the plane; `maxAbsMean` and the variance's range are those of its control, if any.
MeanVariance readMeanVariance(const ObjectReader& reader, MeanVariance point, double maxAbsMean, double minVariance,
                              double maxVariance) {
    reader.readNumber(QStringLiteral("mean"), point.mean, -maxAbsMean, maxAbsMean);
    reader.readNumber(QStringLiteral("variance"), point.variance, minVariance, maxVariance);
    if (!(point.variance > 0.0)) reader.fail(QStringLiteral("variance"), QStringLiteral("must be above 0"));
    return point;
}

void readMeanMap(const ObjectReader& reader, MeanMapViewSettings& m) {
    using Settings = MeanMapViewSettings;
    reader.readNumber(QStringLiteral("omega"), m.omega, -Settings::kMaxAbsOmega, Settings::kMaxAbsOmega);
    reader.readNumber(QStringLiteral("tau"), m.tau, Settings::kMinTau, Settings::kMaxTau);
    if (reader.has(QStringLiteral("trajectoryStart"))) {
        if (reader.value(QStringLiteral("trajectoryStart")).isNull()) {
            m.trajectoryStart.reset();
        } else {
            // Set by a click anywhere on the plane, which grows to take it in: no control limits it.
            m.trajectoryStart = readMeanVariance(reader.object(QStringLiteral("trajectoryStart")), MeanVariance{},
                                                 kMaxAbsMeanMapValue, 0.0, kMaxAbsMeanMapValue);
        }
    }
    if (reader.has(QStringLiteral("solveTarget"))) {
        m.solveTarget =
            readMeanVariance(reader.object(QStringLiteral("solveTarget")), m.solveTarget, Settings::kMaxAbsTargetMean,
                             Settings::kMinTargetVariance, Settings::kMaxTargetVariance);
    }
}

const QStringList& knownTopLevelKeys() {
    static const QStringList kKeys = {
        QStringLiteral("format"),     QStringLiteral("version"),   QStringLiteral("functions"),
        QStringLiteral("display"),    QStringLiteral("theme"),     QStringLiteral("view"),
        QStringLiteral("activeView"), QStringLiteral("histogram"), QStringLiteral("propagation"),
        QStringLiteral("meanMap"),
    };
    return kKeys;
}

CurveScene parseObject(const QJsonObject& root) {
    const ObjectReader reader(root, QString());
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format != QJsonValue(QLatin1String(kSceneFormat))) {
        reader.fail(
            QStringLiteral("format"),
            QStringLiteral("expected \"%1\", found %2")
                .arg(QLatin1String(kSceneFormat),
                     format.isString() ? QStringLiteral("\"%1\"").arg(format.toString().left(40)) : typeName(format)));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1.0) {
        reader.fail(QStringLiteral("version"),
                    QStringLiteral("expected a whole number, found %1").arg(typeName(version)));
    }
    if (version.toDouble() > kSceneVersion) {
        reader.fail(
            QStringLiteral("version"),
            QStringLiteral("the file is version %1, written by a newer Activation Lab; this one reads version %2")
                .arg(number(version.toDouble()))
                .arg(kSceneVersion));
    }

    CurveScene scene;
    if (reader.has(QStringLiteral("functions"))) {
        readFunctions(root.value(QStringLiteral("functions")), scene, static_cast<int>(version.toDouble()));
    }
    if (reader.has(QStringLiteral("display"))) {
        const ObjectReader display = reader.object(QStringLiteral("display"));
        display.readBool(QStringLiteral("showDerivatives"), scene.showDerivatives);
        display.readEnum(QStringLiteral("derivativeLayout"), scene.derivativeLayout, kLayouts);
        display.readBool(QStringLiteral("showAsymptotes"), scene.showAsymptotes);
        display.readBool(QStringLiteral("showSecondDerivatives"), scene.showSecondDerivatives);
    }
    reader.readEnum(QStringLiteral("theme"), scene.theme, kThemes);
    if (reader.has(QStringLiteral("view"))) readView(reader.object(QStringLiteral("view")), scene.view);
    reader.readEnum(QStringLiteral("activeView"), scene.activeView, kViews);
    if (reader.has(QStringLiteral("histogram")))
        readHistogram(reader.object(QStringLiteral("histogram")), scene.histogram);
    if (reader.has(QStringLiteral("propagation"))) {
        readPropagation(reader.object(QStringLiteral("propagation")), scene.propagation);
    }
    if (reader.has(QStringLiteral("meanMap"))) readMeanMap(reader.object(QStringLiteral("meanMap")), scene.meanMap);
    return scene;
}

QJsonValue seedValue(std::uint64_t seed) {
    if (static_cast<double>(seed) <= kMaxExactInteger) return static_cast<double>(seed);
    return QString::number(seed);
}

QJsonObject meanVarianceObject(const MeanVariance& point) {
    return {{QStringLiteral("mean"), point.mean}, {QStringLiteral("variance"), point.variance}};
}

}  // namespace

QString SceneError::text() const {
    QStringList parts;
    for (const QString* part : {&file, &field, &message}) {
        if (!part->isEmpty()) parts << *part;
    }
    return parts.join(QStringLiteral(": "));
}

QByteArray serializeCurves(const CurveScene& scene) {
    const QJsonObject document = QJsonDocument::fromJson(serializeScene(scene)).object();
    const QJsonObject curves{{QStringLiteral("format"), document.value(QStringLiteral("format"))},
                             {QStringLiteral("version"), document.value(QStringLiteral("version"))},
                             {QStringLiteral("functions"), document.value(QStringLiteral("functions"))}};
    return QJsonDocument(curves).toJson(QJsonDocument::Compact);
}

std::optional<std::vector<SceneFunction>> parseCurves(const QByteArray& bytes) {
    SceneReadResult read = parseScene(bytes);
    if (!read.scene) return std::nullopt;
    return std::move(read.scene->functions);
}

SceneReadResult parseScene(const QByteArray& bytes) {
    SceneReadResult result;
    if (bytes.size() > kMaxSceneFileBytes) {
        result.error.message = QStringLiteral("larger than %1 MB; not a scene file").arg(kMaxSceneFileBytes >> 20);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error.message = QStringLiteral("not a scene file (JSON error at byte %1: %2)")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error.message = QStringLiteral("not a scene file (expected a JSON object)");
        return result;
    }
    const QJsonObject root = document.object();
    try {
        result.scene = parseObject(root);
    } catch (const ParseFailure& failure) {
        result.error = failure.error;
        return result;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownTopLevelKeys().contains(it.key())) result.extras.insert(it.key(), it.value());
    }
    return result;
}

QByteArray serializeScene(const CurveScene& scene, const QJsonObject& extras) {
    QJsonObject root = extras;
    root.insert(QStringLiteral("format"), QLatin1String(kSceneFormat));
    root.insert(QStringLiteral("version"), kSceneVersion);

    QJsonArray functions;
    for (const SceneFunction& entry : scene.functions) {
        if (const TypedFunction* typed = entry.function.typedFunction(); typed != nullptr) {
            QJsonObject f{{QStringLiteral("expression"), QString::fromStdString(typed->expression())},
                          {QStringLiteral("visible"), entry.visible}};
            if (typed->name() != typed->expression())
                f.insert(QStringLiteral("name"), QString::fromStdString(typed->name()));
            if (!entry.label.empty()) f.insert(QStringLiteral("label"), QString::fromStdString(entry.label));
            QJsonObject values, sliders;
            for (std::size_t i = 0; i < typed->parameters().size(); ++i) {
                const TypedParameter& p = typed->parameters()[i];
                const QString key = QString::fromStdString(p.name);
                values.insert(key, entry.function.parameter(i));
                sliders.insert(key, QJsonObject{{QStringLiteral("min"), p.sliderMin},
                                                {QStringLiteral("max"), p.sliderMax},
                                                {QStringLiteral("default"), p.defaultValue}});
            }
            if (!values.isEmpty()) {
                f.insert(QStringLiteral("parameters"), values);
                f.insert(QStringLiteral("sliders"), sliders);
            }
            functions.append(f);
            continue;
        }
        QJsonObject f{{QStringLiteral("id"), fromView(entry.function.id())},
                      {QStringLiteral("visible"), entry.visible}};
        if (!entry.label.empty()) f.insert(QStringLiteral("label"), QString::fromStdString(entry.label));
        const FunctionDescriptor& function = entry.function.descriptor();
        for (std::size_t i = 0; i < function.parameters.size(); ++i) {
            f.insert(QString::fromUtf8(function.parameters[i].id.data(),
                                       static_cast<qsizetype>(function.parameters[i].id.size())),
                     entry.function.parameter(i));
        }
        functions.append(f);
    }
    root.insert(QStringLiteral("functions"), functions);
    root.insert(QStringLiteral("display"),
                QJsonObject{{QStringLiteral("showDerivatives"), scene.showDerivatives},
                            {QStringLiteral("derivativeLayout"), nameOf(scene.derivativeLayout, kLayouts)},
                            {QStringLiteral("showAsymptotes"), scene.showAsymptotes},
                            {QStringLiteral("showSecondDerivatives"), scene.showSecondDerivatives}});
    root.insert(QStringLiteral("theme"), nameOf(scene.theme, kThemes));
    root.insert(QStringLiteral("view"), QJsonObject{{QStringLiteral("xMin"), scene.view.xMin},
                                                    {QStringLiteral("xMax"), scene.view.xMax},
                                                    {QStringLiteral("autoY"), scene.view.autoY},
                                                    {QStringLiteral("yMin"), scene.view.yMin},
                                                    {QStringLiteral("yMax"), scene.view.yMax}});
    root.insert(QStringLiteral("activeView"), nameOf(scene.activeView, kViews));
    const HistogramViewSettings& h = scene.histogram;
    root.insert(QStringLiteral("histogram"),
                QJsonObject{{QStringLiteral("mu"), h.mu},
                            {QStringLiteral("sigma"), h.sigma},
                            {QStringLiteral("samples"), static_cast<double>(h.sampleCount)},
                            {QStringLiteral("seed"), seedValue(h.seed)},
                            {QStringLiteral("bins"), h.bins},
                            {QStringLiteral("layout"), nameOf(h.layout, kHistogramLayouts)}});
    const PropagationViewSettings& p = scene.propagation;
    root.insert(QStringLiteral("propagation"), QJsonObject{{QStringLiteral("depth"), p.depth},
                                                           {QStringLiteral("width"), p.width},
                                                           {QStringLiteral("batch"), p.batch},
                                                           {QStringLiteral("init"), nameOf(p.init, kInits)},
                                                           {QStringLiteral("gain"), p.gain},
                                                           {QStringLiteral("biasStd"), p.biasStd},
                                                           {QStringLiteral("seed"), seedValue(p.seed)},
                                                           {QStringLiteral("selectedLayer"), p.selectedLayer},
                                                           {QStringLiteral("logVariance"), p.logVariance}});
    const MeanMapViewSettings& m = scene.meanMap;
    root.insert(QStringLiteral("meanMap"),
                QJsonObject{{QStringLiteral("omega"), m.omega},
                            {QStringLiteral("tau"), m.tau},
                            {QStringLiteral("trajectoryStart"),
                             m.trajectoryStart ? QJsonValue(meanVarianceObject(*m.trajectoryStart)) : QJsonValue()},
                            {QStringLiteral("solveTarget"), meanVarianceObject(m.solveTarget)}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SceneReadResult readSceneFile(const QString& path) {
    SceneReadResult result;
    const QString name = QFileInfo(path).fileName();
    result.error.file = name;
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        result.error.message = QStringLiteral("is a folder, not a scene file");
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error.message = QStringLiteral("cannot open (%1)").arg(file.errorString());
        return result;
    }
    // Sequential files (a pipe) report no size: read one byte past the limit to tell.
    if (!file.isSequential() && file.size() > kMaxSceneFileBytes) {
        result.error.message = QStringLiteral("%1 MB is larger than a scene file can be (%2 MB)")
                                   .arg(QString::number(static_cast<double>(file.size()) / (1024.0 * 1024.0), 'f', 1))
                                   .arg(kMaxSceneFileBytes >> 20);
        return result;
    }
    const QByteArray bytes = file.read(kMaxSceneFileBytes + 1);
    if (bytes.size() > kMaxSceneFileBytes) {
        result.error.message = QStringLiteral("larger than a scene file can be (%1 MB)").arg(kMaxSceneFileBytes >> 20);
        return result;
    }
    result = parseScene(bytes);
    result.error.file = name;
    return result;
}

std::optional<QString> writeSceneFile(const QString& path, const CurveScene& scene, const QJsonObject& extras) {
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return QStringLiteral("%1: cannot write (%2)").arg(name, file.errorString());
    const QByteArray bytes = serializeScene(scene, extras);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return QStringLiteral("%1: cannot write (%2)").arg(name, file.errorString());
    }
    return std::nullopt;
}

}  // namespace alab
