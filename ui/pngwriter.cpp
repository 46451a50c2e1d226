// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngwriter.h"

#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <vector>

namespace alab {

namespace {

void putBigEndian(std::vector<unsigned char>& out, quint32 v) {
    unsigned char bytes[4];
    qToBigEndian(v, bytes);
    out.insert(out.end(), bytes, bytes + 4);
}

bool writeChunk(QIODevice& device, const char type[4], const unsigned char* data, std::size_t size) {
    std::vector<unsigned char> head;
    putBigEndian(head, static_cast<quint32>(size));
    head.insert(head.end(), type, type + 4);
    uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(type), 4);
    if (size > 0) crc = crc32(crc, data, static_cast<uInt>(size));
    std::vector<unsigned char> tail;
    putBigEndian(tail, static_cast<quint32>(crc));
    const auto length = static_cast<qint64>(size);
    return device.write(reinterpret_cast<const char*>(head.data()), 8) == 8 &&
           (size == 0 || device.write(reinterpret_cast<const char*>(data), length) == length) &&
           device.write(reinterpret_cast<const char*>(tail.data()), 4) == 4;
}

}  // namespace

std::optional<QString> writePng(const QImage& source, QIODevice& device) {
    if (source.isNull()) return QStringLiteral("no image");
    const bool alpha = source.hasAlphaChannel();
    // Byte order R, G, B(, A), not premultiplied: what PNG stores.
    const QImage image = source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const int width = image.width();
    const int height = image.height();
    const std::size_t rowBytes = static_cast<std::size_t>(width) * (alpha ? 4 : 3);

    z_stream stream{};
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK) return QStringLiteral("zlib failed to start");
    std::vector<unsigned char> compressed(deflateBound(&stream, static_cast<uLong>((rowBytes + 1) * height)));
    stream.next_out = compressed.data();
    stream.avail_out = static_cast<uInt>(compressed.size());
    std::vector<unsigned char> row(rowBytes + 1);
    row[0] = 2;  // filter type Up
    const std::vector<unsigned char> zeros(rowBytes, 0);
    for (int y = 0; y < height; ++y) {
        const unsigned char* current = image.constScanLine(y);
        const unsigned char* previous = y > 0 ? image.constScanLine(y - 1) : zeros.data();
        for (std::size_t i = 0; i < rowBytes; ++i) row[i + 1] = static_cast<unsigned char>(current[i] - previous[i]);
        stream.next_in = row.data();
        stream.avail_in = static_cast<uInt>(row.size());
        if (deflate(&stream, y + 1 == height ? Z_FINISH : Z_NO_FLUSH) == Z_STREAM_ERROR) {
            deflateEnd(&stream);
            return QStringLiteral("zlib failed");
        }
    }
    const std::size_t compressedSize = compressed.size() - stream.avail_out;
    deflateEnd(&stream);

    static const char kSignature[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    std::vector<unsigned char> header;
    putBigEndian(header, static_cast<quint32>(width));
    putBigEndian(header, static_cast<quint32>(height));
    header.insert(header.end(), {8, static_cast<unsigned char>(alpha ? 6 : 2), 0, 0, 0});
    std::vector<unsigned char> physical;
    putBigEndian(physical, static_cast<quint32>(std::max(0, source.dotsPerMeterX())));
    putBigEndian(physical, static_cast<quint32>(std::max(0, source.dotsPerMeterY())));
    physical.push_back(1);  // unit: metre
    const bool ok = device.write(kSignature, 8) == 8 && writeChunk(device, "IHDR", header.data(), header.size()) &&
                    writeChunk(device, "pHYs", physical.data(), physical.size()) &&
                    writeChunk(device, "IDAT", compressed.data(), compressedSize) &&
                    writeChunk(device, "IEND", nullptr, 0);
    if (!ok) return device.errorString();
    return std::nullopt;
}

}  // namespace alab
