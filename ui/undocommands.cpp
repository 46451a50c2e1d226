// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocommands.h"

#include <QCoreApplication>

namespace alab {

namespace {

constexpr int kChangeParameterId = 0x414C0001;

QString functionLabel(FunctionKind kind) {
    const std::string_view name = Activation::withDefaults(kind).displayName();
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

// "ELU α", "Leaky ReLU slope": the function's name and the parameter's label.
QString parameterLabel(const CurveScene& scene, Parameter parameter) {
    const ParameterInfo info = parameterInfo(scene, parameter);
    if (info.kind == FunctionKind::Typed) {
        const SceneFunction* entry = scene.owner(parameter);
        const QString name = entry != nullptr ? QString::fromStdString(entry->displayLabel()) : QString();
        return name + QLatin1Char(' ') + QString::fromUtf8(info.label);
    }
    return functionLabel(info.kind) + QLatin1Char(' ') + QString::fromUtf8(info.label);
}

QString optionLabel(DisplayOption option, bool on) {
    switch (option) {
    case DisplayOption::Derivatives:
        return on ? QCoreApplication::translate("alab", "Show Derivatives")
                  : QCoreApplication::translate("alab", "Hide Derivatives");
    case DisplayOption::Asymptotes:
        return on ? QCoreApplication::translate("alab", "Show Asymptotes")
                  : QCoreApplication::translate("alab", "Hide Asymptotes");
    case DisplayOption::SecondDerivatives:
        return on ? QCoreApplication::translate("alab", "Show Second Derivatives")
                  : QCoreApplication::translate("alab", "Hide Second Derivatives");
    case DisplayOption::SeparateDerivativePlot: break;
    }
    return on ? QCoreApplication::translate("alab", "Derivatives in Separate Plot")
              : QCoreApplication::translate("alab", "Derivatives Overlaid");
}

}  // namespace

ChangeParameterCommand::ChangeParameterCommand(ExplorerController& controller, Parameter parameter, double before,
                                               double after, int mergeKey)
    : controller_(controller), parameter_(parameter), before_(before), after_(after), mergeKey_(mergeKey) {
    setText(QCoreApplication::translate("alab", "Change %1").arg(parameterLabel(controller.scene(), parameter)));
}

void ChangeParameterCommand::undo() { controller_.applyParameter(parameter_, before_); }
void ChangeParameterCommand::redo() { controller_.applyParameter(parameter_, after_); }

int ChangeParameterCommand::id() const { return mergeKey_ != 0 ? kChangeParameterId : -1; }

bool ChangeParameterCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const ChangeParameterCommand*>(other);
    if (next == nullptr || next->parameter_ != parameter_ || next->mergeKey_ != mergeKey_) return false;
    after_ = next->after_;
    // Dragged back to where it started: nothing to undo.
    setObsolete(after_ == before_);
    return true;
}

SetCurveVisibleCommand::SetCurveVisibleCommand(ExplorerController& controller, CurveId id, const std::string& label,
                                               bool visible)
    : controller_(controller), id_(id), visible_(visible) {
    const QString name = QString::fromStdString(label);
    setText(visible ? QCoreApplication::translate("alab", "Show %1").arg(name)
                    : QCoreApplication::translate("alab", "Hide %1").arg(name));
}

void SetCurveVisibleCommand::undo() { controller_.applyCurveVisible(id_, !visible_); }
void SetCurveVisibleCommand::redo() { controller_.applyCurveVisible(id_, visible_); }

ChangeCurvesCommand::ChangeCurvesCommand(ExplorerController& controller, std::vector<SceneFunction> before,
                                         std::vector<SceneFunction> after, const QString& text)
    : controller_(controller), before_(std::move(before)), after_(std::move(after)) {
    setText(text);
}

void ChangeCurvesCommand::undo() { controller_.applyCurves(before_); }
void ChangeCurvesCommand::redo() { controller_.applyCurves(after_); }

SetDisplayOptionCommand::SetDisplayOptionCommand(ExplorerController& controller, DisplayOption option, bool on)
    : controller_(controller), option_(option), on_(on) {
    setText(optionLabel(option, on));
}

void SetDisplayOptionCommand::undo() { controller_.applyDisplayOption(option_, !on_); }
void SetDisplayOptionCommand::redo() { controller_.applyDisplayOption(option_, on_); }

}  // namespace alab
