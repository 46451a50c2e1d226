// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace alab {

namespace {

// Far more than any lecture needs; a larger file is not a lecture.
constexpr qint64 kMaxLectureFileBytes = 1024 * 1024;

struct LectureFailure {
    QString field;
    QString message;
};

[[noreturn]] void fail(const QString& field, const QString& message) { throw LectureFailure{field, message}; }

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

QString optionalString(const QJsonObject& object, const QString& key, const QString& field) {
    if (!object.contains(key)) return {};
    const QJsonValue value = object.value(key);
    if (!value.isString()) fail(field, QStringLiteral("expected a string, found %1").arg(typeName(value)));
    return value.toString();
}

LectureSlide readSlide(const QDir& folder, const QString& relativePath, const QString& title, const QString& field) {
    if (relativePath.isEmpty()) fail(field, QStringLiteral("expected the path of a scene file, found an empty string"));
    const QString path = QDir::cleanPath(folder.absoluteFilePath(relativePath));
    if (!QFileInfo::exists(path)) fail(field, QStringLiteral("%1 does not exist").arg(relativePath));
    const SceneReadResult read = readSceneFile(path);
    if (!read.scene) fail(field, read.error.text());
    LectureSlide slide{path, title, *read.scene};
    if (slide.title.isEmpty()) slide.title = read.extras.value(QStringLiteral("title")).toString();
    if (slide.title.isEmpty()) slide.title = QFileInfo(path).completeBaseName();
    return slide;
}

Lecture parseLecture(const QByteArray& bytes, const QDir& folder) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(),
             QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject()) fail(QString(), QStringLiteral("expected a JSON object"));
    const QJsonObject root = document.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format != QJsonValue(QString::fromLatin1(kLectureFormat))) {
        fail(QStringLiteral("format"),
             format.isString() ? QStringLiteral("\"%1\" is not \"%2\"").arg(format.toString(), kLectureFormat)
                               : QStringLiteral("expected \"%1\", found %2").arg(kLectureFormat, typeName(format)));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInt()) || version.toInt() < 1) {
        fail(QStringLiteral("version"),
             QStringLiteral("expected a whole number from 1, found %1").arg(typeName(version)));
    }
    if (version.toInt() > kLectureVersion) {
        fail(QStringLiteral("version"),
             QStringLiteral("%1 is newer than this program reads (%2); update Activation Lab")
                 .arg(version.toInt())
                 .arg(kLectureVersion));
    }

    Lecture lecture;
    lecture.title = optionalString(root, QStringLiteral("title"), QStringLiteral("title"));
    const QJsonValue slides = root.value(QStringLiteral("slides"));
    if (!slides.isArray()) {
        fail(QStringLiteral("slides"), QStringLiteral("expected an array of slides, found %1").arg(typeName(slides)));
    }
    const QJsonArray list = slides.toArray();
    if (list.isEmpty()) fail(QStringLiteral("slides"), QStringLiteral("a lecture needs at least one slide"));
    if (list.size() > kMaxLectureSlides) {
        fail(QStringLiteral("slides"),
             QStringLiteral("%1 slides are more than a lecture can hold (%2)").arg(list.size()).arg(kMaxLectureSlides));
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("slides[%1]").arg(i);
        const QJsonValue entry = list.at(i);
        if (!entry.isObject()) {
            fail(field, QStringLiteral("expected an object with a \"scene\", found %1").arg(typeName(entry)));
        }
        const QJsonObject slide = entry.toObject();
        const QString sceneField = field + QStringLiteral(".scene");
        const QJsonValue scene = slide.value(QStringLiteral("scene"));
        if (!scene.isString()) {
            fail(sceneField, QStringLiteral("expected the path of a scene file, found %1").arg(typeName(scene)));
        }
        const QString title = optionalString(slide, QStringLiteral("title"), field + QStringLiteral(".title"));
        lecture.slides.push_back(readSlide(folder, scene.toString(), title, sceneField));
    }
    return lecture;
}

Lecture folderLecture(const QDir& folder) {
    Lecture lecture;
    lecture.title = folder.dirName();
    const QStringList names =
        folder.entryList({QStringLiteral("*.") + QString::fromLatin1(kSceneSuffix)}, QDir::Files, QDir::Name);
    if (names.isEmpty()) fail(QString(), QStringLiteral("the folder holds no .%1 scene files").arg(kSceneSuffix));
    if (names.size() > kMaxLectureSlides) {
        fail(
            QString(),
            QStringLiteral("%1 scenes are more than a lecture can hold (%2)").arg(names.size()).arg(kMaxLectureSlides));
    }
    for (const QString& name : names) lecture.slides.push_back(readSlide(folder, name, QString(), name));
    return lecture;
}

}  // namespace

LectureReadResult readLecture(const QString& path) {
    LectureReadResult result;
    const QFileInfo info(path);
    result.error.file = info.fileName();
    try {
        if (info.isDir()) {
            result.lecture = folderLecture(QDir(path));
            return result;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            fail(QString(), QStringLiteral("cannot open (%1)").arg(file.errorString()));
        const QByteArray bytes = file.read(kMaxLectureFileBytes + 1);
        if (bytes.size() > kMaxLectureFileBytes) {
            fail(QString(),
                 QStringLiteral("larger than a lecture file can be (%1 KB)").arg(kMaxLectureFileBytes >> 10));
        }
        result.lecture = parseLecture(bytes, info.absoluteDir());
    } catch (const LectureFailure& failure) {
        result.error.field = failure.field;
        result.error.message = failure.message;
    }
    return result;
}

bool differsOnlyInParameters(const CurveScene& from, const CurveScene& to) {
    if (from.functions.size() != to.functions.size()) return false;
    CurveScene probe = to;
    for (std::size_t i = 0; i < probe.functions.size(); ++i) {
        Activation& function = probe.functions[i].function;
        const Activation& source = from.functions[i].function;
        if (function.kind() != source.kind() || function.parameterValues().size() != source.parameterValues().size()) {
            return false;
        }
        try {
            for (std::size_t p = 0; p < source.parameterValues().size(); ++p) {
                function = function.withParameter(p, source.parameter(p));
            }
        } catch (const std::exception&) {
            return false;
        }
    }
    return probe == from;
}

CurveScene interpolateParameters(const CurveScene& from, const CurveScene& to, double t) {
    if (t >= 1.0) return to;
    CurveScene result = from;
    for (std::size_t i = 0; i < result.functions.size() && i < to.functions.size(); ++i) {
        Activation& function = result.functions[i].function;
        const Activation& target = to.functions[i].function;
        for (std::size_t p = 0; p < function.parameterValues().size() && p < target.parameterValues().size(); ++p) {
            const double a = function.parameter(p);
            const double b = target.parameter(p);
            if (a == b) continue;
            try {
                function = function.withParameter(p, a + (b - a) * t);
            } catch (const std::exception&) {
                // A typed function whose domain is not an interval: this step keeps the old value.
            }
        }
    }
    return result;
}

}  // namespace alab
