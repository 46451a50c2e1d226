// SPDX-License-Identifier: GPL-3.0-or-later
// activation-lab render: a scene (a file, flags, or both) drawn to PNG, SVG or PDF without a
// display, through the same exportFigure() as the window's File > Export; with --sweep, an
// animation (GIF, MP4, a PDF page per frame) through the export dialog's exportAnimation().
#include "render_command.h"

#include "function_registry.h"

#include "animationexport.h"
#include "cli/activation_options.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "exportview.h"
#include "figureexport.h"
#include "pgfplotsexport.h"
#include "scenefile.h"

#include <QApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <set>

namespace alab {

namespace {

using cli::UsageError;

std::string toStd(const QString& text) { return text.toStdString(); }
QString fromStd(const std::string& text) { return QString::fromStdString(text); }

const char* const kOwnOptions[] = {"scene", "view",        "output", "size",  "dpi",
                                   "theme", "transparent", "title",  "sweep", "fps"};

std::vector<cli::OptionSpec> renderSpecs() {
    std::vector<cli::OptionSpec> specs = cli::activationOptionSpecs();
    for (cli::OptionSpec& spec : specs) {
        if (spec.name == "function") spec.repeatable = true;
    }
    for (const char* name : kOwnOptions) specs.push_back({name, std::string(name) != "transparent", false});
    return specs;
}

// The option names of the built-ins' parameters: every activation option but --function and
// the typed function's --expression, --name and --param.
std::vector<std::string> parameterOptionNames() {
    std::vector<std::string> names;
    for (const cli::OptionSpec& spec : cli::activationOptionSpecs()) {
        if (spec.name != "function" && spec.name != "expression" && spec.name != "name" && spec.name != "param")
            names.push_back(spec.name);
    }
    return names;
}

QSize parseSize(const std::string& text) {
    const auto x = text.find('x');
    if (x == std::string::npos)
        throw UsageError("--size: expected WIDTHxHEIGHT in pixels, e.g. 1920x1080, got '" + text + "'");
    const long long w = cli::parseInteger("size", text.substr(0, x));
    const long long h = cli::parseInteger("size", text.substr(x + 1));
    if (w < kMinFigurePixels || h < kMinFigurePixels || w > kMaxFigurePixels || h > kMaxFigurePixels) {
        throw UsageError("--size: each side must be " + std::to_string(kMinFigurePixels) + " to " +
                         std::to_string(kMaxFigurePixels) + " pixels, got '" + text + "'");
    }
    return {static_cast<int>(w), static_cast<int>(h)};
}

// "alpha=0.1:2:60": the parameter, the first and last value and the number of frames.
ParameterSweep parseSweep(const std::string& text) {
    const auto equals = text.find('=');
    const auto firstColon = text.find(':', equals == std::string::npos ? 0 : equals);
    const auto secondColon = firstColon == std::string::npos ? firstColon : text.find(':', firstColon + 1);
    if (equals == std::string::npos || equals == 0 || firstColon == std::string::npos ||
        secondColon == std::string::npos || text.find(':', secondColon + 1) != std::string::npos) {
        throw UsageError("--sweep: expected PARAM=FROM:TO:FRAMES, e.g. alpha=0.1:2:60, got '" + text + "'");
    }
    ParameterSweep sweep;
    sweep.parameter = text.substr(0, equals);
    sweep.from = cli::parseFiniteNumber("sweep", text.substr(equals + 1, firstColon - equals - 1));
    sweep.to = cli::parseFiniteNumber("sweep", text.substr(firstColon + 1, secondColon - firstColon - 1));
    const long long frames = cli::parseInteger("sweep", text.substr(secondColon + 1));
    if (frames < kMinSweepFrames || frames > kMaxSweepFrames) {
        throw UsageError("--sweep: FRAMES must be " + std::to_string(kMinSweepFrames) + " to " +
                         std::to_string(kMaxSweepFrames) + ", got " + std::to_string(frames));
    }
    sweep.frames = static_cast<int>(frames);
    return sweep;
}

// The scene the flags describe: the file's (or the default one), then --function picks the
// visible functions and the parameter flags set parameters of those functions.
CurveScene sceneFromOptions(const cli::ParsedOptions& options) {
    CurveScene scene;
    if (const auto path = options.value("scene")) {
        SceneReadResult read = readSceneFile(fromStd(*path));
        if (!read.scene) throw UsageError("--scene: " + toStd(read.error.text()));
        scene = *read.scene;
    }
    std::set<FunctionKind> chosen;
    for (const std::string& id : options.values("function")) {
        const auto kind = parseFunctionId(id);
        if (!kind) {
            throw UsageError("--function: unknown function '" + id + "' (expected one of: " + knownFunctionIds() + ")");
        }
        // A scene that lists only its own curves (version 2) gets one of this function.
        if (scene.find(*kind) == nullptr && scene.functions.size() < CurveScene::kMaxCurves) {
            scene.functions.push_back({scene.unusedCurveId(), Activation::withDefaults(*kind), true, {}});
        }
        chosen.insert(*kind);
    }
    if (!chosen.empty() || options.has("expression")) {
        for (SceneFunction& entry : scene.functions) entry.visible = chosen.contains(entry.function.kind());
    }
    if (options.has("expression")) {
        // The typed function joins the shown curves; --function may still pick built-ins beside it.
        cli::ParsedOptions typedOnly = options;
        typedOnly.erase("function");
        for (const std::string& name : parameterOptionNames()) typedOnly.erase(name);
        const Activation typed = cli::activationFromOptions(typedOnly);
        if (scene.functions.size() >= CurveScene::kMaxCurves) {
            throw UsageError("--expression: the scene already has " + std::to_string(CurveScene::kMaxCurves) +
                             " curves");
        }
        scene.functions.push_back({scene.unusedCurveId(), typed, true, {}});
    } else if (options.has("param") || options.has("name")) {
        throw UsageError(std::string(options.has("param") ? "--param" : "--name") + " applies to --expression");
    }
    for (const std::string& name : parameterOptionNames()) {
        const auto text = options.value(name);
        if (!text) continue;
        const double value = cli::parseFiniteNumber(name, *text);
        bool applied = false;
        // Every shown curve with a parameter of that name takes the value.
        for (SceneFunction& entry : scene.functions) {
            if (!entry.visible || entry.function.kind() == FunctionKind::Typed) continue;
            const std::optional<std::size_t> index = entry.function.descriptor().parameterIndex(name);
            if (!index) continue;
            const Parameter p{entry.function.kind(), static_cast<std::uint8_t>(*index)};
            const ParameterInfo& info = parameterInfo(p);
            if (!(value >= info.spinMin && value <= info.spinMax)) {
                throw UsageError("--" + name + ": " + *text + " is outside " + toStd(QString::number(info.spinMin)) +
                                 "..." + toStd(QString::number(info.spinMax)) + " for " +
                                 std::string(functionId(info.kind)));
            }
            try {
                entry.function = withParameter(entry.function, p, value);
            } catch (const ParameterError& error) {
                throw UsageError("--" + name + ": " + error.what());
            }
            applied = true;
        }
        if (!applied) throw UsageError("--" + name + " does not apply to any of the functions shown");
    }
    return scene;
}

int runRender(const std::vector<std::string>& args) {
    const cli::ParsedOptions options = cli::ParsedOptions::parse(args, renderSpecs());
    const auto output = options.value("output");
    if (!output) throw UsageError("--output FILE is required (.png, .svg, .pdf, .csv or .tex)");
    const QString path = fromStd(*output);
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const bool tex = path.endsWith(QStringLiteral(".tex"), Qt::CaseInsensitive);
    std::optional<ParameterSweep> sweep;
    if (const auto text = options.value("sweep")) {
        sweep = parseSweep(*text);
        if (!animationFormatForPath(path)) {
            throw UsageError("--output: '" + *output +
                             "' cannot animate: with --sweep it must end in .gif, .mp4 or .pdf");
        }
        const std::vector<std::string> fixed = parameterOptionNames();
        if (std::find(fixed.begin(), fixed.end(), sweep->parameter) != fixed.end() && options.has(sweep->parameter)) {
            throw UsageError("--sweep: " + sweep->parameter + " is swept, so --" + sweep->parameter + " cannot set it");
        }
        if (const auto fps = options.value("fps")) {
            const long long rate = cli::parseInteger("fps", *fps);
            if (rate < kMinSweepFps || rate > kMaxSweepFps) {
                throw UsageError("--fps: must be " + std::to_string(kMinSweepFps) + " to " +
                                 std::to_string(kMaxSweepFps) + " frames a second, got " + *fps);
            }
            sweep->fps = static_cast<int>(rate);
        }
    } else if (options.has("fps")) {
        throw UsageError("--fps applies to --sweep");
    } else if (animationFormatForPath(path) && !figureFormatForPath(path)) {
        throw UsageError("--output: '" + *output + "' is an animation: it needs --sweep PARAM=FROM:TO:FRAMES");
    }
    if (!sweep && !csv && !tex && !figureFormatForPath(path)) {
        throw UsageError("--output: '" + *output +
                         "' must end in .png, .svg, .pdf, .csv or .tex (.gif, .mp4 with --sweep)");
    }
    CurveScene scene = sceneFromOptions(options);
    if (sweep) {
        if (const QString problem = checkSweep(scene, *sweep); !problem.isEmpty())
            throw UsageError("--sweep: " + toStd(problem));
    }
    if (tex) {
        // The curve view as pgfplots code, as File > Export > LaTeX writes it: the theme gives
        // the colours; the pixel options do not apply.
        for (const char* option : {"view", "size", "dpi", "transparent", "title"}) {
            if (options.has(option)) throw UsageError("--" + std::string(option) + " does not apply to a .tex output");
        }
        if (const auto theme = options.value("theme")) {
            const auto id = parseThemeKey(*theme);
            if (!id) throw UsageError("--theme: unknown theme '" + *theme + "' (expected light, dark or presentation)");
            scene.theme = *id;
        }
        if (const auto error = writePgfplotsDocument(path, scene)) throw UsageError(toStd(*error));
        return cli::kExitOk;
    }
    if (csv) {
        // The curve data, as File > Export Curve Data writes it: no figure options apply.
        for (const char* option : {"view", "size", "dpi", "theme", "transparent", "title"}) {
            if (options.has(option)) throw UsageError("--" + std::string(option) + " does not apply to a .csv output");
        }
        if (const auto error = writeCurveDataCsv(path, scene)) throw UsageError(toStd(*error));
        return cli::kExitOk;
    }

    FigureOptions figure;
    figure.view = scene.activeView;
    if (const auto view = options.value("view")) {
        const auto id = parseViewKey(fromStd(*view));
        if (!id)
            throw UsageError("--view: unknown view '" + *view +
                             "' (expected curves, histogram, propagation or meanmap)");
        figure.view = *id;
    }
    if (const auto size = options.value("size")) figure.pixels = parseSize(*size);
    // Without --dpi, the figure is laid out like a 13.33 in (16:9 slide) wide one.
    figure.dpi = options.value("dpi") ? cli::parseFiniteNumber("dpi", *options.value("dpi"))
                                      : figure.pixels.width() / (1280.0 / 96.0);
    if (const auto theme = options.value("theme")) {
        const auto id = parseThemeKey(*theme);
        if (!id) throw UsageError("--theme: unknown theme '" + *theme + "' (expected light, dark or presentation)");
        figure.theme = *id;
    }
    figure.transparent = options.has("transparent");
    if (const auto title = options.value("title")) {
        figure.title = fromStd(*title).trimmed();
        if (const QString problem = checkFigureTitle(figure.title); !problem.isEmpty())
            throw UsageError("--title: " + toStd(problem));
    }
    if (const QString problem = checkFigureOptions(figure); !problem.isEmpty()) throw UsageError(toStd(problem));
    const std::optional<AnimationFormat> animation = sweep ? animationFormatForPath(path) : std::nullopt;
    if (animation && *animation != AnimationFormat::Pdf && figure.transparent) {
        throw UsageError("--transparent applies to a .pdf animation, not to .gif or .mp4 (each frame covers the last)");
    }
    if (animation == AnimationFormat::Mp4 && (figure.pixels.width() % 2 != 0 || figure.pixels.height() % 2 != 0)) {
        throw UsageError("--size: an .mp4 needs an even width and height, got " +
                         std::to_string(figure.pixels.width()) + "x" + std::to_string(figure.pixels.height()));
    }

    // No window ever opens, so no display is needed, and a desktop's DPI and fonts cannot change
    // the picture: always the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform's notes ("does not support propagateSizeHints()") are not for the
    // user: stderr carries the one line of an error, nothing else.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg) std::cerr << message.toStdString() << '\n';
    });
    int argc = 1;
    char name[] = "activation-lab";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (sweep) {
        if (const auto error = exportAnimation(scene, figure, *sweep, path)) throw UsageError(toStd(*error));
        return cli::kExitOk;
    }
    if (const auto error = exportFigure(scene, figure, path)) throw UsageError(toStd(*error));
    return cli::kExitOk;
}

std::string renderHelp() {
    return "Usage: activation-lab render [--scene FILE] [--function F ...] [parameters] --output FILE\n"
           "                             [--view V] [--size WxH] [--dpi N] [--theme T] [--transparent]\n"
           "                             [--title TEXT]\n"
           "                             [--sweep PARAM=FROM:TO:FRAMES [--fps N]]\n"
           "\n"
           "Draws a scene to PNG, SVG or PDF (from the extension of --output) without a display: the\n"
           "same picture as File > Export in the window. Bad input gives one line on stderr, exit\n"
           "code 2 and no file.\n"
           "\n"
           "  --scene FILE   an .alab scene (default: the default scene)\n" +
           cli::activationOptionsHelp() +
           "                 --function may be repeated: only those functions are shown; a\n"
           "                 parameter applies to every shown function that has it\n"
           "  --view V       curves, histogram, propagation or meanmap (default: the scene's)\n"
           "  --output FILE  FILE.png, FILE.svg or FILE.pdf, written atomically; FILE.csv writes the curve\n"
           "                 data instead: x, then f and f' of every shown curve, headed by its label;\n"
           "                 FILE.tex a standalone LaTeX document with pgfplots: the curve view as\n"
           "                 \\addplot table data in the theme's colours and dashes (--theme applies)\n"
           "  --size WxH     pixels (default 1920x1080)\n"
           "  --dpi N        pixels per inch: fonts and lines are sized in points for this\n"
           "                 (default: as a 13.33 in wide slide, i.e. 144 for 1920 pixels)\n"
           "  --theme T      light, dark or presentation (default: the scene's)\n"
           "  --transparent  no background\n"
           "  --title TEXT   a line of text above the plot (at most 200 characters)\n"
           "  --sweep PARAM=FROM:TO:FRAMES\n"
           "                 an animation: PARAM (alpha, lambda, slope, beta, threshold or a typed\n"
           "                 function's parameter) of every shown curve that has it steps evenly\n"
           "                 from FROM to TO over FRAMES frames (2 to 2000); --output FILE.gif (a\n"
           "                 palette per frame, loops), FILE.mp4 (H.264) or FILE.pdf (a page a frame)\n"
           "  --fps N        frames a second of a sweep, 1 to 50 (default 25)\n";
}

}  // namespace

void registerRenderCommand() {
    cli::registerCommand({"render", "draw a scene to PNG, SVG or PDF, or animate it to GIF or MP4, without a display",
                          runRender, renderHelp});
}

}  // namespace alab
