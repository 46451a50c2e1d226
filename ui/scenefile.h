// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace alab {

// The scene file (".alab"): JSON with "format": "activation-lab-scene" and "version": 2 (1 is
// still read).
// Reading validates every value against the limits the GUI itself enforces (the spin ranges of
// ParameterInfo, the constants of the view settings, ViewLimits) and either yields a complete
// scene or an error naming the field; it never yields half a scene. Unknown fields are ignored
// (and the top-level ones kept in `extras`, so that saving a file written by a newer minor
// revision does not drop them); a newer version is refused.
//
// Functions are found in the core's registry (function_registry.h) and their parameters through
// the ParameterInfo table, so a new built-in needs no change here. Version 2 lists the scene's
// curves in order, any function any number of times, each with an optional "label"; a version 1
// file names each function at most once, and those it does not list are hidden, with their
// defaults. Either is written back as version 2.
//
// Only QtCore (and the scene's value types): the fuzzer builds this file with clang.
inline constexpr const char* kSceneFormat = "activation-lab-scene";
inline constexpr int kSceneVersion = 2;
inline constexpr qint64 kMaxSceneFileBytes = 10 * 1024 * 1024;
inline constexpr const char* kSceneSuffix = "alab";

struct SceneError {
    QString file;     // "lecture.alab"; empty for parseScene()
    QString field;    // "functions[1].alpha"; empty when the file as a whole is wrong
    QString message;  // "1e+308 is outside -100…100"

    // "lecture.alab: functions[1].alpha: 1e+308 is outside -100…100"
    QString text() const;
};

struct SceneReadResult {
    std::optional<CurveScene> scene;  // set on success
    SceneError error;                 // set on failure
    QJsonObject extras;               // unknown top-level fields
};

// Bytes -> scene. Pure: no files, no global state.
SceneReadResult parseScene(const QByteArray& bytes);
// Scene -> bytes (indented JSON, numbers in shortest round-trip form). `extras` are written
// back first, so that the known fields always win.
QByteArray serializeScene(const CurveScene& scene, const QJsonObject& extras = {});

// Just the curves of `scene`, as a scene document with nothing else (for the settings), and
// back; nullopt for anything parseScene() would refuse.
QByteArray serializeCurves(const CurveScene& scene);
std::optional<std::vector<SceneFunction>> parseCurves(const QByteArray& bytes);

// The file at `path`, refusing anything larger than kMaxSceneFileBytes before reading it whole.
SceneReadResult readSceneFile(const QString& path);
// Writes atomically (QSaveFile): on any failure the previous file is left as it was. Returns an
// error text naming the file, or nullopt.
std::optional<QString> writeSceneFile(const QString& path, const CurveScene& scene, const QJsonObject& extras = {});

}  // namespace alab
