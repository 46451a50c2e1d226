// SPDX-License-Identifier: GPL-3.0-or-later
#include "animationexport.h"

#include "animationwriter.h"
#include "function_registry.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace alab {

namespace {

// Every visible curve's parameter called `name`.
std::vector<Parameter> sweptParameters(const CurveScene& scene, std::string_view name) {
    std::vector<Parameter> result;
    for (const SceneFunction& entry : scene.functions) {
        if (!entry.visible) continue;
        const auto specs = entry.function.descriptor().parameters;
        for (std::size_t i = 0; i < specs.size(); ++i) {
            if (specs[i].id == name)
                result.push_back(Parameter{entry.function.kind(), static_cast<std::uint8_t>(i)}.of(entry.id));
        }
    }
    return result;
}

}  // namespace

std::optional<AnimationFormat> animationFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gif")) return AnimationFormat::Gif;
    if (suffix == QLatin1String("mp4")) return AnimationFormat::Mp4;
    if (suffix == QLatin1String("pdf")) return AnimationFormat::Pdf;
    return std::nullopt;
}

double ParameterSweep::valueAt(int frame) const noexcept {
    const double steps = frames - 1;
    // A weighted mean: the last frame is `to` exactly, not from + steps * step.
    return (from * (steps - frame) + to * frame) / steps;
}

std::vector<std::string> sweepableParameters(const CurveScene& scene) {
    std::vector<std::string> names;
    for (const SceneFunction& entry : scene.functions) {
        if (!entry.visible) continue;
        for (const ParameterSpec& spec : entry.function.descriptor().parameters) {
            std::string name(spec.id);
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
        }
    }
    return names;
}

std::optional<ParameterInfo> sweepParameterInfo(const CurveScene& scene, const std::string& name) {
    const std::vector<Parameter> swept = sweptParameters(scene, name);
    if (swept.empty()) return std::nullopt;
    return parameterInfo(scene, swept.front());
}

QString checkSweep(const CurveScene& scene, const ParameterSweep& sweep) {
    if (sweep.frames < kMinSweepFrames || sweep.frames > kMaxSweepFrames) {
        return QStringLiteral("%1 frames: the frames must be %2 to %3")
            .arg(sweep.frames)
            .arg(kMinSweepFrames)
            .arg(kMaxSweepFrames);
    }
    if (sweep.fps < kMinSweepFps || sweep.fps > kMaxSweepFps) {
        return QStringLiteral("%1 frames a second: must be %2 to %3")
            .arg(sweep.fps)
            .arg(kMinSweepFps)
            .arg(kMaxSweepFps);
    }
    if (!std::isfinite(sweep.from) || !std::isfinite(sweep.to)) {
        return QStringLiteral("the range must be finite numbers, got %1 to %2").arg(sweep.from).arg(sweep.to);
    }
    const std::vector<Parameter> swept = sweptParameters(scene, sweep.parameter);
    if (swept.empty()) {
        QStringList known;
        for (const std::string& name : sweepableParameters(scene)) known << QString::fromStdString(name);
        return QStringLiteral("no visible curve has a parameter '%1' (%2)")
            .arg(QString::fromStdString(sweep.parameter),
                 known.isEmpty() ? QStringLiteral("the visible curves have none")
                                 : QStringLiteral("expected one of: ") + known.join(QStringLiteral(", ")));
    }
    for (const Parameter p : swept) {
        const ParameterInfo info = parameterInfo(scene, p);
        const SceneFunction* owner = scene.owner(p);
        for (const double value : {sweep.from, sweep.to}) {
            if (!(value >= info.spinMin && value <= info.spinMax)) {
                return QStringLiteral("%1 = %2 is outside %3\u2026%4 for %5")
                    .arg(QString::fromStdString(sweep.parameter))
                    .arg(value)
                    .arg(info.spinMin)
                    .arg(info.spinMax)
                    .arg(QString::fromStdString(owner->displayLabel()));
            }
        }
        // The accepted range may still hold values the function refuses (a typed function's
        // domain): every frame is tried before any is drawn, so that no file is half written.
        for (int frame = 0; frame < sweep.frames; ++frame) {
            try {
                static_cast<void>(withParameter(owner->function, p, sweep.valueAt(frame)));
            } catch (const std::exception& error) {
                return QStringLiteral("frame %1: %2").arg(frame + 1).arg(QString::fromUtf8(error.what()));
            }
        }
    }
    return {};
}

QString checkAnimationOptions(AnimationFormat format, const FigureOptions& options) {
    if (QString problem = checkFigureOptions(options); !problem.isEmpty()) return problem;
    if (format == AnimationFormat::Pdf) return {};
    // Frames are drawn over the ones before (no white flash): a see-through one would not hide them.
    if (options.transparent) return QStringLiteral("a transparent background applies to PDF, not to GIF or MP4");
    if (format == AnimationFormat::Mp4 && (options.pixels.width() % 2 != 0 || options.pixels.height() % 2 != 0)) {
        return QStringLiteral("size %1x%2: an MP4 needs an even width and height")
            .arg(options.pixels.width())
            .arg(options.pixels.height());
    }
    return {};
}

CurveScene sceneAtFrame(const CurveScene& scene, const ParameterSweep& sweep, int frame) {
    CurveScene result = scene;
    const double value = sweep.valueAt(frame);
    for (const Parameter p : sweptParameters(scene, sweep.parameter)) {
        for (SceneFunction& entry : result.functions) {
            if (entry.id == p.curve) entry.function = withParameter(entry.function, p, value);
        }
    }
    return result;
}

// The worker thread that encodes GIF and MP4 frames while the UI thread draws the next ones. At
// most kMaxQueued frames wait, so that memory stays a few frames' worth at any length.
struct AnimationExport::Encoder {
    static constexpr std::size_t kMaxQueued = 3;

    std::unique_ptr<FrameWriter> writer;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<QImage> queue;
    bool closed = false;  // no more frames come: finish the file
    bool abort = false;   // drop everything: no file

    ~Encoder() { stop(); }

    bool full() {
        const std::lock_guard lock(mutex);
        return queue.size() >= kMaxQueued;
    }
    void push(QImage frame) {
        {
            const std::lock_guard lock(mutex);
            queue.push_back(std::move(frame));
        }
        wake.notify_all();
    }
    void close() {
        {
            const std::lock_guard lock(mutex);
            closed = true;
        }
        wake.notify_all();
    }
    void stop() {
        {
            const std::lock_guard lock(mutex);
            abort = true;
        }
        wake.notify_all();
        if (thread.joinable()) thread.join();
        writer.reset();  // unfinished: the file is not written
    }

    void run(AnimationExport* owner) {
        int done = 0;
        for (;;) {
            QImage frame;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return abort || closed || !queue.empty(); });
                if (abort) return;
                if (queue.empty()) break;  // closed, and all encoded
                frame = std::move(queue.front());
                queue.pop_front();
            }
            if (auto error = writer->addFrame(frame)) {
                QMetaObject::invokeMethod(
                    owner, [owner, e = *error] { owner->finish(e); }, Qt::QueuedConnection);
                return;
            }
            ++done;
            QMetaObject::invokeMethod(
                owner, [owner, done] { owner->onEncoded(done); }, Qt::QueuedConnection);
        }
        const QString error = writer->finish().value_or(QString());
        QMetaObject::invokeMethod(
            owner, [owner, error] { owner->finish(error); }, Qt::QueuedConnection);
    }
};

AnimationExport::AnimationExport(CurveScene scene, FigureOptions options, ParameterSweep sweep, QString path,
                                 QObject* parent)
    : QObject(parent),
      scene_(std::move(scene)),
      options_(options),
      sweep_(std::move(sweep)),
      path_(std::move(path)),
      format_(animationFormatForPath(path_)) {}

AnimationExport::~AnimationExport() {
    encoder_.reset();  // joins the worker before the object it reports to goes
    pages_.reset();
}

void AnimationExport::start() {
    if (running_) return;
    cancelled_ = false;
    reported_ = false;
    rendered_ = 0;
    const QString name = QFileInfo(path_).fileName();
    if (!format_) return finish(QStringLiteral("%1: an animation is a .gif, .mp4 or .pdf").arg(name));
    if (QString problem = checkSweep(scene_, sweep_); !problem.isEmpty()) return finish(problem);
    if (QString problem = checkAnimationOptions(*format_, options_); !problem.isEmpty()) return finish(problem);
    running_ = true;

    // A y axis fitted to each frame would jump; the frames share one that holds the curves at
    // the start, the middle and the end of the sweep.
    if (options_.view == ViewId::Curves && scene_.view.autoY) {
        double lower = std::numeric_limits<double>::infinity();
        double upper = -lower;
        for (const int frame : {0, sweep_.frames / 2, sweep_.frames - 1}) {
            if (const auto y = figureYRange(sceneAtFrame(scene_, sweep_, frame), options_)) {
                lower = std::min(lower, y->first);
                upper = std::max(upper, y->second);
            }
        }
        if (lower < upper) {
            scene_.view.autoY = false;
            scene_.view.yMin = lower;
            scene_.view.yMax = upper;
        }
    }

    if (*format_ == AnimationFormat::Pdf) {
        pages_ = std::make_unique<FigurePdfPages>(path_, options_);
        if (auto error = pages_->open()) return finish(*error);
    } else {
        FrameWriterResult opened = *format_ == AnimationFormat::Gif ? openGifWriter(path_, options_.pixels, sweep_.fps)
                                                                    : openMp4Writer(path_, options_.pixels, sweep_.fps);
        if (!opened.writer) return finish(opened.error);
        encoder_ = std::make_unique<Encoder>();
        encoder_->writer = std::move(opened.writer);
        encoder_->thread = std::thread([encoder = encoder_.get(), this] { encoder->run(this); });
    }
    QTimer::singleShot(0, this, &AnimationExport::renderNext);
}

void AnimationExport::renderNext() {
    if (!running_) return;
    if (rendered_ == sweep_.frames) {
        if (encoder_) return encoder_->close();  // finish() follows from the worker
        return finish(pages_->finish().value_or(QString()));
    }
    // The worker is behind: onEncoded() calls again when it has taken a frame.
    if (encoder_ && encoder_->full()) return;
    const CurveScene frame = sceneAtFrame(scene_, sweep_, rendered_);
    if (pages_) {
        if (auto error = pages_->addPage(frame)) return finish(*error);
        ++rendered_;
        emit progress(rendered_, sweep_.frames);
    } else {
        FigureImage image = renderFigureImage(frame, options_);
        if (image.image.isNull()) return finish(image.error);
        encoder_->push(std::move(image.image));
        ++rendered_;
    }
    QTimer::singleShot(0, this, &AnimationExport::renderNext);
}

void AnimationExport::onEncoded(int done) {
    if (!running_) return;
    emit progress(done, sweep_.frames);
    QTimer::singleShot(0, this, &AnimationExport::renderNext);
}

void AnimationExport::cancel() {
    if (!running_) return;
    cancelled_ = true;
    finish(QString());
}

void AnimationExport::finish(const QString& error) {
    running_ = false;
    // A failure or a cancel drops what was written; a success has already committed the file.
    encoder_.reset();
    pages_.reset();
    if (reported_) return;  // a late report from the worker of a run already ended
    reported_ = true;
    emit finished(error);
}

std::optional<QString> exportAnimation(const CurveScene& scene, const FigureOptions& options,
                                       const ParameterSweep& sweep, const QString& path) {
    AnimationExport job(scene, options, sweep, path);
    QEventLoop loop;
    QString result;
    bool done = false;
    QObject::connect(&job, &AnimationExport::finished, &loop, [&](const QString& error) {
        result = error;
        done = true;
        loop.quit();
    });
    job.start();
    if (!done) loop.exec();
    if (!result.isEmpty()) return result;
    return std::nullopt;
}

}  // namespace alab
