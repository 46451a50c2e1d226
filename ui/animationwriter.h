// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace alab {

// Animated files from a sequence of images: GIF through giflib, MP4 (H.264) through libavcodec
// and libavformat. Images only, no widgets: a writer may run on a worker thread. Each writer
// writes atomically: the file appears with finish(), and not at all when a frame fails or the
// writer is destroyed before.
class FrameWriter {
public:
    virtual ~FrameWriter() = default;
    // `frame` has the size the writer was opened with; any format (converted as needed).
    virtual std::optional<QString> addFrame(const QImage& frame) = 0;
    virtual std::optional<QString> finish() = 0;
};

struct FrameWriterResult {
    std::unique_ptr<FrameWriter> writer;  // null on failure
    QString error;
};

// An animated GIF89a that loops forever, `fps` frames a second (GIF counts in 1/100 s, so the
// delay is rounded to that). Every frame gets its own palette (giflib's median cut, no dither)
// and holds only the rectangle that changed since the one before; the rest stays, so a frame
// never shows the background between two others (no white flash).
FrameWriterResult openGifWriter(const QString& path, QSize size, int fps);

// An MP4 with one H.264 video stream, yuv420p (BT.709), `fps` frames a second. Needs even width
// and height, and an H.264 encoder in libavcodec (Debian's is libx264); an error says so
// otherwise.
FrameWriterResult openMp4Writer(const QString& path, QSize size, int fps);

// Whether libavcodec has an H.264 encoder, and which ("libx264"); empty when none.
QString h264EncoderName();

}  // namespace alab
