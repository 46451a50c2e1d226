// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"
#include "scenefile.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace alab {

class ExplorerController;

// The scene as a document: which file it came from and whether it differs from that file.
// "Modified" compares the controller's scene with the one last loaded or saved, so undoing back
// to the saved state clears the mark. Loading goes through the controller only once the whole
// file is valid: a bad file leaves the scene on screen exactly as it was.
class SceneDocument : public QObject {
    Q_OBJECT

public:
    explicit SceneDocument(ExplorerController& controller, QObject* parent = nullptr);

    QString filePath() const { return path_; }  // empty: untitled
    QString displayName() const;                // "lecture.alab" or "Untitled"
    bool isModified() const noexcept { return modified_; }

    // Whether opening a file applies the theme stored in it. Off (the default of the window's
    // setting): a file opens in the theme on screen, so that a lecturer's Presentation theme
    // survives opening an example mid-lecture; saving then writes the theme on screen.
    void setUseSceneTheme(bool use) noexcept { useSceneTheme_ = use; }
    bool usesSceneTheme() const noexcept { return useSceneTheme_; }

    // Replaces the scene with `scene`, untitled and unmodified (File > New, an example).
    void reset(const CurveScene& scene);
    // Reads `path` into the controller; on error nothing changes.
    std::optional<SceneError> load(const QString& path);
    // Like load(), but the document stays untitled (an example from the resources).
    std::optional<SceneError> loadAsUntitled(const QString& path);
    // The scene as last loaded or saved: what the file holds.
    const CurveScene& savedScene() const noexcept { return saved_; }
    // Loads `path` if it still exists and reads back as `saved` (the window's last file, at the
    // next start); false, changing nothing, if it does not.
    bool reopen(const QString& path, const CurveScene& saved);
    // Writes the current scene to `path` (atomically) and makes it the document's file.
    std::optional<QString> save(const QString& path);

signals:
    // The file name or the modified mark changed.
    void stateChanged();

private:
    void updateModified();
    void setState(const QString& path, const CurveScene& saved);
    // `scene` as it is shown: in the theme on screen unless the file's theme is asked for.
    CurveScene shownAs(CurveScene scene) const;

    ExplorerController& controller_;
    QString path_;
    CurveScene saved_;
    QJsonObject extras_;  // unknown fields of the loaded file, written back on save
    bool modified_ = false;
    bool useSceneTheme_ = true;
};

}  // namespace alab
