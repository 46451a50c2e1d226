// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"
#include "scenefile.h"

#include <QString>

#include <optional>
#include <vector>

namespace alab {

// A lecture (".alablecture"): an ordered list of scenes that File > Present steps through.
//
//     {"format": "activation-lab-lecture", "version": 1, "title": "ELU and SELU",
//      "slides": [{"scene": "relu-vs-elu.alab", "title": "ReLU vs ELU"}, ...]}
//
// Scene paths are relative to the lecture file (absolute ones are taken as they are), so a
// lecture folder can move as a whole. A folder is a lecture too: its *.alab files in name order.
// Reading checks the lecture and every scene it lists before anything is shown, and names the
// field that is wrong ("slides[2].scene: elu.alab: functions[0].alpha: 1e+308 is outside ...");
// it never yields half a lecture.
inline constexpr const char* kLectureFormat = "activation-lab-lecture";
inline constexpr int kLectureVersion = 1;
inline constexpr const char* kLectureSuffix = "alablecture";
inline constexpr qsizetype kMaxLectureSlides = 500;

struct LectureSlide {
    QString scenePath;  // resolved against the lecture's folder
    QString title;      // the slide's "title", else the scene's, else the file name
    CurveScene scene;
};

struct Lecture {
    QString title;
    std::vector<LectureSlide> slides;  // at least one
};

struct LectureReadResult {
    std::optional<Lecture> lecture;  // set on success
    SceneError error;                // set on failure; `file` is the lecture's name
};

// The lecture file (or folder) at `path`, with every scene read and checked.
LectureReadResult readLecture(const QString& path);

// Whether going from `from` to `to` changes nothing but parameter values of the same curves (the
// presenter animates such a step instead of jumping).
bool differsOnlyInParameters(const CurveScene& from, const CurveScene& to);
// `from` with every parameter moved a fraction `t` (0 ... 1) of the way to `to`; exactly `to` at
// t = 1. Assumes differsOnlyInParameters(from, to).
CurveScene interpolateParameters(const CurveScene& from, const CurveScene& to, double t);

}  // namespace alab
