// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"
#include "figureexport.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace alab {

enum class AnimationFormat { Gif, Mp4, Pdf };

// From the file name's extension (.gif, .mp4, .pdf; any case).
std::optional<AnimationFormat> animationFormatForPath(const QString& path);

inline constexpr int kMinSweepFrames = 2;
inline constexpr int kMaxSweepFrames = 2000;
inline constexpr int kMinSweepFps = 1;
inline constexpr int kMaxSweepFps = 50;  // GIF counts in 1/100 s; viewers slow down below 2/100
inline constexpr int kDefaultSweepFps = 25;

// A parameter stepped evenly from `from` to `to` over `frames` frames. `parameter` is a name
// ("alpha", "slope", a typed function's "k"): every visible curve with a parameter of that
// name takes the frame's value.
struct ParameterSweep {
    std::string parameter;
    double from = 0.0;
    double to = 1.0;
    int frames = 60;
    int fps = kDefaultSweepFps;

    // from at frame 0, to at the last, exactly.
    double valueAt(int frame) const noexcept;
};

// The parameter names of the visible curves, in the scene's order, each once.
std::vector<std::string> sweepableParameters(const CurveScene& scene);

// The first visible curve's description of the parameter `name` (its label and ranges), or
// nullopt when no visible curve has one.
std::optional<ParameterInfo> sweepParameterInfo(const CurveScene& scene, const std::string& name);

// Empty when `sweep` can be drawn from `scene`; otherwise why not, in one line.
QString checkSweep(const CurveScene& scene, const ParameterSweep& sweep);
// Empty when a `format` animation can have `options` (MP4: even sizes; GIF, MP4: opaque).
QString checkAnimationOptions(AnimationFormat format, const FigureOptions& options);

// `scene` at frame `frame` of a sweep checkSweep() accepted.
CurveScene sceneAtFrame(const CurveScene& scene, const ParameterSweep& sweep, int frame);

// Writes the frames of a sweep to a GIF, an MP4 or a multi-page PDF (from the extension),
// atomically. The views draw each frame on the thread that owns this object (the UI thread),
// one frame per turn of its event loop, so a window stays responsive; GIF and MP4 frames are
// encoded on a worker thread meanwhile. The curve view's y range holds still: fitted once to
// the first, middle and last frames (unless the scene fixes it).
class AnimationExport : public QObject {
    Q_OBJECT

public:
    AnimationExport(CurveScene scene, FigureOptions options, ParameterSweep sweep, QString path,
                    QObject* parent = nullptr);
    ~AnimationExport() override;  // cancels a running export: no file

    void start();
    // Stops soon after; finished() follows with cancelled() true and no file written.
    void cancel();
    bool cancelled() const noexcept { return cancelled_; }
    bool running() const noexcept { return running_; }

signals:
    // `done` of `total` frames are in the file.
    void progress(int done, int total);
    // Once per start(): the error, or empty when the file was written (or when cancelled).
    void finished(const QString& error);

private:
    struct Encoder;

    void renderNext();
    void onEncoded(int done);
    void finish(const QString& error);

    CurveScene scene_;
    FigureOptions options_;
    ParameterSweep sweep_;
    QString path_;
    std::optional<AnimationFormat> format_;
    std::unique_ptr<FigurePdfPages> pages_;
    std::unique_ptr<Encoder> encoder_;
    int rendered_ = 0;
    bool running_ = false;
    bool cancelled_ = false;
    bool reported_ = false;
};

// AnimationExport run to its end in a local event loop (`activation-lab render --sweep`, the
// tests, the benchmark). Needs a QApplication; returns an error, or nullopt.
std::optional<QString> exportAnimation(const CurveScene& scene, const FigureOptions& options,
                                       const ParameterSweep& sweep, const QString& path);

}  // namespace alab
