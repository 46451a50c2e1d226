// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curvescene.h"
#include "explorercontroller.h"

#include <QUndoCommand>

namespace alab {

// One command per kind of user edit. Each holds the controller (which outlives its undo
// stack) and the before/after values, and applies them through the controller.

// A parameter changed. Commands of the same parameter and the same slider drag (mergeKey
// != 0) merge, so a whole drag is one undo step; a drag that ends where it began disappears.
class ChangeParameterCommand : public QUndoCommand {
public:
    ChangeParameterCommand(ExplorerController& controller, Parameter parameter, double before, double after,
                           int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    Parameter parameter() const noexcept { return parameter_; }
    double after() const noexcept { return after_; }

private:
    ExplorerController& controller_;
    Parameter parameter_;
    double before_;
    double after_;
    int mergeKey_;
};

// A curve was shown or hidden.
class SetCurveVisibleCommand : public QUndoCommand {
public:
    SetCurveVisibleCommand(ExplorerController& controller, CurveId id, const std::string& label, bool visible);
    void undo() override;
    void redo() override;

private:
    ExplorerController& controller_;
    CurveId id_;
    bool visible_;
};

// The list of curves changed: one added, duplicated, removed or moved.
class ChangeCurvesCommand : public QUndoCommand {
public:
    ChangeCurvesCommand(ExplorerController& controller, std::vector<SceneFunction> before,
                        std::vector<SceneFunction> after, const QString& text);
    void undo() override;
    void redo() override;

private:
    ExplorerController& controller_;
    std::vector<SceneFunction> before_;
    std::vector<SceneFunction> after_;
};

// A display switch (derivatives, asymptotes, separate derivative plot) was flipped.
class SetDisplayOptionCommand : public QUndoCommand {
public:
    SetDisplayOptionCommand(ExplorerController& controller, DisplayOption option, bool on);
    void undo() override;
    void redo() override;

private:
    ExplorerController& controller_;
    DisplayOption option_;
    bool on_;
};

// The settings of one statistics view changed. Commands of the same view and the same slider
// drag (mergeKey != 0) merge into one step.
template <class Settings>
class ChangeViewSettingsCommand : public QUndoCommand {
public:
    using Apply = void (ExplorerController::*)(const Settings&);

    ChangeViewSettingsCommand(ExplorerController& controller, const Settings& before, const Settings& after,
                              int mergeKey, Apply apply, const QString& text)
        : controller_(controller), before_(before), after_(after), mergeKey_(mergeKey), apply_(apply) {
        setText(text);
    }

    void undo() override { (controller_.*apply_)(before_); }
    void redo() override { (controller_.*apply_)(after_); }
    int id() const override { return mergeKey_ != 0 ? kViewSettingsCommandId : -1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = dynamic_cast<const ChangeViewSettingsCommand*>(other);
        if (next == nullptr || next->mergeKey_ != mergeKey_) return false;
        after_ = next->after_;
        setObsolete(after_ == before_);
        return true;
    }

private:
    static constexpr int kViewSettingsCommandId = 0x414C0002;

    ExplorerController& controller_;
    Settings before_;
    Settings after_;
    int mergeKey_;
    Apply apply_;
};

}  // namespace alab
