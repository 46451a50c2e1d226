// SPDX-License-Identifier: GPL-3.0-or-later
#include "animationwriter.h"

#include <QFileInfo>
#include <QSaveFile>

#include <gif_lib.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <cmath>
#include <cstring>
#include <vector>

namespace alab {

namespace {

QString cannotWrite(const QString& path, const QString& why) {
    return QStringLiteral("%1: cannot write (%2)").arg(QFileInfo(path).fileName(), why);
}

// Frame i's delay in 1/100 s, from the rounded times of its start and end: 30 frames a second
// alternate 3 and 4 and keep time, instead of running at 33 with a constant 3.
int gifDelay(int frame, int fps) {
    const auto at = [fps](int i) { return static_cast<int>(std::lround(100.0 * i / fps)); };
    return at(frame + 1) - at(frame);
}

// The smallest rectangle outside which `current` equals `previous` (the whole image for the
// first frame; one pixel when nothing changed, as a GIF frame cannot be empty).
QRect changedRect(const QImage& previous, const QImage& current) {
    if (previous.isNull()) return current.rect();
    const int w = current.width();
    int top = -1;
    int bottom = -1;
    int left = w;
    int right = -1;
    for (int y = 0; y < current.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(previous.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(current.constScanLine(y));
        if (std::memcmp(a, b, static_cast<std::size_t>(w) * sizeof(QRgb)) == 0) continue;
        if (top < 0) top = y;
        bottom = y;
        for (int x = 0; x < left; ++x) {
            if (a[x] != b[x]) {
                left = x;
                break;
            }
        }
        for (int x = w - 1; x > right; --x) {
            if (a[x] != b[x]) {
                right = x;
                break;
            }
        }
    }
    if (top < 0) return {0, 0, 1, 1};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

class GifWriter final : public FrameWriter {
public:
    GifWriter(const QString& path, QSize size, int fps) : path_(path), size_(size), fps_(fps), file_(path) {}

    ~GifWriter() override {
        if (gif_ != nullptr) {
            int error = 0;
            EGifCloseFile(gif_, &error);
        }
        file_.cancelWriting();
    }

    std::optional<QString> open() {
        if (!file_.open(QIODevice::WriteOnly)) return cannotWrite(path_, file_.errorString());
        int error = 0;
        gif_ = EGifOpen(&file_, &GifWriter::output, &error);
        if (gif_ == nullptr) return failure(error);
        EGifSetGifVersion(gif_, true);
        // No global palette: each frame brings its own.
        if (EGifPutScreenDesc(gif_, size_.width(), size_.height(), 8, 0, nullptr) == GIF_ERROR) return failure();
        // The Netscape extension: loop forever (a count of 0).
        static const GifByteType kApplication[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
        static const GifByteType kLoopForever[] = {1, 0, 0};
        if (EGifPutExtensionLeader(gif_, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
            EGifPutExtensionBlock(gif_, sizeof kApplication, kApplication) == GIF_ERROR ||
            EGifPutExtensionBlock(gif_, sizeof kLoopForever, kLoopForever) == GIF_ERROR ||
            EGifPutExtensionTrailer(gif_) == GIF_ERROR) {
            return failure();
        }
        return std::nullopt;
    }

    std::optional<QString> addFrame(const QImage& frame) override {
        if (frame.size() != size_) return QStringLiteral("frame %1 has the wrong size").arg(frames_ + 1);
        const QImage current = frame.convertToFormat(QImage::Format_RGB32);
        const QRect rect = changedRect(previous_, current);
        const auto count = static_cast<std::size_t>(rect.width()) * static_cast<std::size_t>(rect.height());
        std::vector<GifByteType> red(count);
        std::vector<GifByteType> green(count);
        std::vector<GifByteType> blue(count);
        std::size_t i = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            const auto* row = reinterpret_cast<const QRgb*>(current.constScanLine(y));
            for (int x = rect.left(); x <= rect.right(); ++x, ++i) {
                red[i] = static_cast<GifByteType>(qRed(row[x]));
                green[i] = static_cast<GifByteType>(qGreen(row[x]));
                blue[i] = static_cast<GifByteType>(qBlue(row[x]));
            }
        }
        std::vector<GifByteType> indices(count);
        GifColorType colors[256] = {};
        int colorCount = 256;
        if (GifQuantizeBuffer(static_cast<unsigned>(rect.width()), static_cast<unsigned>(rect.height()), &colorCount,
                              red.data(), green.data(), blue.data(), indices.data(), colors) == GIF_ERROR) {
            return QStringLiteral("frame %1: cannot reduce to 256 colours").arg(frames_ + 1);
        }
        // A GIF palette has a power of two entries, at least 2.
        ColorMapObject* palette = GifMakeMapObject(1 << std::max(1, GifBitSize(colorCount)), colors);
        if (palette == nullptr) return QStringLiteral("frame %1: out of memory").arg(frames_ + 1);

        // Do not dispose: what the frame does not cover stays from the frames before, never
        // the background.
        GraphicsControlBlock control{};
        control.DisposalMode = DISPOSE_DO_NOT;
        control.UserInputFlag = false;
        control.DelayTime = gifDelay(frames_, fps_);
        control.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType extension[4];
        const auto extensionLength = static_cast<int>(EGifGCBToExtension(&control, extension));
        const bool written =
            EGifPutExtension(gif_, GRAPHICS_EXT_FUNC_CODE, extensionLength, extension) != GIF_ERROR &&
            EGifPutImageDesc(gif_, rect.left(), rect.top(), rect.width(), rect.height(), false, palette) != GIF_ERROR &&
            EGifPutLine(gif_, indices.data(), static_cast<int>(count)) != GIF_ERROR;
        GifFreeMapObject(palette);  // EGifPutImageDesc keeps its own copy
        if (!written) return failure();
        previous_ = current;
        ++frames_;
        return std::nullopt;
    }

    std::optional<QString> finish() override {
        if (frames_ == 0) return cannotWrite(path_, QStringLiteral("no frames"));
        int error = 0;
        const int closed = EGifCloseFile(gif_, &error);
        gif_ = nullptr;  // freed by EGifCloseFile, even when it fails
        if (closed == GIF_ERROR) return cannotWrite(path_, QString::fromUtf8(GifErrorString(error)));
        if (!file_.commit()) return cannotWrite(path_, file_.errorString());
        return std::nullopt;
    }

private:
    static int output(GifFileType* gif, const GifByteType* bytes, int length) {
        auto* file = static_cast<QSaveFile*>(gif->UserData);
        return static_cast<int>(file->write(reinterpret_cast<const char*>(bytes), length));
    }

    QString failure(int error) const {
        // A write that failed says why in the file; giflib only says that it failed.
        const QString why =
            error == E_GIF_ERR_WRITE_FAILED ? file_.errorString() : QString::fromUtf8(GifErrorString(error));
        return cannotWrite(path_, why);
    }
    QString failure() const { return failure(gif_ != nullptr ? gif_->Error : E_GIF_ERR_WRITE_FAILED); }

    QString path_;
    QSize size_;
    int fps_;
    QSaveFile file_;
    GifFileType* gif_ = nullptr;
    QImage previous_;
    int frames_ = 0;
};

QString avError(int code) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

const AVCodec* findH264Encoder() {
    // libx264 first: software, and always there in Debian's libavcodec; any other H.264
    // encoder (VAAPI, NVENC) needs hardware that may be missing.
    if (const AVCodec* codec = avcodec_find_encoder_by_name("libx264")) return codec;
    return avcodec_find_encoder(AV_CODEC_ID_H264);
}

class Mp4Writer final : public FrameWriter {
public:
    Mp4Writer(const QString& path, QSize size, int fps) : path_(path), size_(size), fps_(fps), file_(path) {}

    ~Mp4Writer() override {
        sws_freeContext(scaler_);
        av_packet_free(&packet_);
        av_frame_free(&frame_);
        avcodec_free_context(&codec_);
        if (format_ != nullptr) avformat_free_context(format_);
        if (io_ != nullptr) {
            av_freep(&io_->buffer);
            avio_context_free(&io_);
        }
        file_.cancelWriting();
    }

    std::optional<QString> open() {
        if (size_.width() % 2 != 0 || size_.height() % 2 != 0) {
            return QStringLiteral("%1x%2: an MP4 needs an even width and height")
                .arg(size_.width())
                .arg(size_.height());
        }
        const AVCodec* codec = findH264Encoder();
        if (codec == nullptr) {
            return QStringLiteral("this libavcodec has no H.264 encoder (Debian's libavcodec brings libx264)");
        }
        // The encoders' own chatter (x264's statistics) is not for the user: errors come back as
        // one line each, below.
        av_log_set_level(AV_LOG_QUIET);
        if (!file_.open(QIODevice::WriteOnly)) return cannotWrite(path_, file_.errorString());

        if (const int e = avformat_alloc_output_context2(&format_, nullptr, "mp4", nullptr); e < 0)
            return cannotWrite(path_, avError(e));
        codec_ = avcodec_alloc_context3(codec);
        AVStream* stream = avformat_new_stream(format_, nullptr);
        if (codec_ == nullptr || stream == nullptr) return cannotWrite(path_, QStringLiteral("out of memory"));
        codec_->width = size_.width();
        codec_->height = size_.height();
        codec_->time_base = AVRational{1, fps_};
        codec_->framerate = AVRational{fps_, 1};
        codec_->pix_fmt = AV_PIX_FMT_YUV420P;
        codec_->gop_size = 2 * fps_;
        codec_->color_primaries = AVCOL_PRI_BT709;
        codec_->color_trc = AVCOL_TRC_BT709;
        codec_->colorspace = AVCOL_SPC_BT709;
        codec_->color_range = AVCOL_RANGE_MPEG;
        if ((format_->oformat->flags & AVFMT_GLOBALHEADER) != 0) codec_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary* settings = nullptr;
        if (std::strcmp(codec->name, "libx264") == 0) {
            // Thin lines on flat colour: a low CRF keeps them sharp, and such frames stay small.
            av_dict_set(&settings, "preset", "medium", 0);
            av_dict_set(&settings, "crf", "20", 0);
        }
        const int opened = avcodec_open2(codec_, codec, &settings);
        av_dict_free(&settings);
        if (opened < 0)
            return QStringLiteral("the H.264 encoder %1 cannot start (%2)").arg(codec->name, avError(opened));
        if (const int e = avcodec_parameters_from_context(stream->codecpar, codec_); e < 0)
            return cannotWrite(path_, avError(e));
        stream->time_base = codec_->time_base;
        stream_ = stream;

        // The muxer writes through the save file, so that the MP4 appears whole or not at all.
        constexpr int kBufferSize = 1 << 16;
        auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferSize));
        io_ = buffer != nullptr
                  ? avio_alloc_context(buffer, kBufferSize, 1, &file_, nullptr, &Mp4Writer::write, &Mp4Writer::seek)
                  : nullptr;
        if (io_ == nullptr) {
            av_free(buffer);
            return cannotWrite(path_, QStringLiteral("out of memory"));
        }
        format_->pb = io_;
        format_->flags |= AVFMT_FLAG_CUSTOM_IO;
        if (const int e = avformat_write_header(format_, nullptr); e < 0) return cannotWrite(path_, avError(e));

        frame_ = av_frame_alloc();
        packet_ = av_packet_alloc();
        if (frame_ == nullptr || packet_ == nullptr) return cannotWrite(path_, QStringLiteral("out of memory"));
        frame_->format = AV_PIX_FMT_YUV420P;
        frame_->width = size_.width();
        frame_->height = size_.height();
        if (const int e = av_frame_get_buffer(frame_, 0); e < 0) return cannotWrite(path_, avError(e));
        // QImage's RGB32 is 0xffRRGGBB in native byte order: AV_PIX_FMT_RGB32.
        scaler_ = sws_getContext(size_.width(), size_.height(), AV_PIX_FMT_RGB32, size_.width(), size_.height(),
                                 AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
        if (scaler_ == nullptr) return cannotWrite(path_, QStringLiteral("cannot convert to yuv420p"));
        // Full-range RGB to limited-range BT.709, as the stream says.
        sws_setColorspaceDetails(scaler_, sws_getCoefficients(SWS_CS_DEFAULT), 1, sws_getCoefficients(SWS_CS_ITU709), 0,
                                 0, 1 << 16, 1 << 16);
        return std::nullopt;
    }

    std::optional<QString> addFrame(const QImage& image) override {
        if (image.size() != size_) return QStringLiteral("frame %1 has the wrong size").arg(frames_ + 1);
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        if (const int e = av_frame_make_writable(frame_); e < 0) return cannotWrite(path_, avError(e));
        const uint8_t* source[] = {rgb.constBits()};
        const int stride[] = {static_cast<int>(rgb.bytesPerLine())};
        sws_scale(scaler_, source, stride, 0, size_.height(), frame_->data, frame_->linesize);
        frame_->pts = frames_;
        if (const int e = avcodec_send_frame(codec_, frame_); e < 0) return cannotWrite(path_, avError(e));
        ++frames_;
        return drain();
    }

    std::optional<QString> finish() override {
        if (frames_ == 0) return cannotWrite(path_, QStringLiteral("no frames"));
        if (const int e = avcodec_send_frame(codec_, nullptr); e < 0) return cannotWrite(path_, avError(e));
        if (auto error = drain()) return error;
        if (const int e = av_write_trailer(format_); e < 0) return cannotWrite(path_, avError(e));
        avio_flush(io_);
        if (io_->error < 0) return cannotWrite(path_, avError(io_->error));
        if (!file_.commit()) return cannotWrite(path_, file_.errorString());
        return std::nullopt;
    }

private:
    // Hands every packet the encoder has ready to the muxer.
    std::optional<QString> drain() {
        for (;;) {
            const int received = avcodec_receive_packet(codec_, packet_);
            if (received == AVERROR(EAGAIN) || received == AVERROR_EOF) return std::nullopt;
            if (received < 0) return cannotWrite(path_, avError(received));
            // Every frame lasts one frame time; without it the muxer leaves the last frame's
            // duration out, and the stream is a frame short in time (and in its frame rate).
            if (packet_->duration == 0) packet_->duration = 1;
            av_packet_rescale_ts(packet_, codec_->time_base, stream_->time_base);
            packet_->stream_index = stream_->index;
            if (const int e = av_interleaved_write_frame(format_, packet_); e < 0)
                return cannotWrite(path_, avError(e));
        }
    }

    static int write(void* opaque, uint8_t* bytes, int length) {
        auto* file = static_cast<QSaveFile*>(opaque);
        return file->write(reinterpret_cast<const char*>(bytes), length) == length ? length : AVERROR(EIO);
    }

    static int64_t seek(void* opaque, int64_t offset, int whence) {
        auto* file = static_cast<QSaveFile*>(opaque);
        if ((whence & AVSEEK_SIZE) != 0) return file->size();
        whence &= ~AVSEEK_FORCE;
        qint64 target = offset;
        if (whence == SEEK_CUR) target += file->pos();
        if (whence == SEEK_END) target += file->size();
        return file->seek(target) ? target : AVERROR(EIO);
    }

    QString path_;
    QSize size_;
    int fps_;
    QSaveFile file_;
    AVFormatContext* format_ = nullptr;
    AVCodecContext* codec_ = nullptr;
    AVStream* stream_ = nullptr;  // owned by format_
    AVIOContext* io_ = nullptr;
    AVFrame* frame_ = nullptr;
    AVPacket* packet_ = nullptr;
    SwsContext* scaler_ = nullptr;
    int64_t frames_ = 0;
};

template <class Writer>
FrameWriterResult openWriter(const QString& path, QSize size, int fps) {
    auto writer = std::make_unique<Writer>(path, size, fps);
    if (auto error = writer->open()) return {nullptr, *error};
    return {std::move(writer), {}};
}

}  // namespace

FrameWriterResult openGifWriter(const QString& path, QSize size, int fps) {
    return openWriter<GifWriter>(path, size, fps);
}

FrameWriterResult openMp4Writer(const QString& path, QSize size, int fps) {
    return openWriter<Mp4Writer>(path, size, fps);
}

QString h264EncoderName() {
    const AVCodec* codec = findH264Encoder();
    return codec != nullptr ? QString::fromUtf8(codec->name) : QString();
}

}  // namespace alab
