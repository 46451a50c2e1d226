// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaypanel.h"

#include "explorercontroller.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>
#include <initializer_list>

namespace alab {

DisplayPanel::DisplayPanel(QWidget* parent) : QWidget(parent) {
    ui_.setupUi(this);
    visibilityChecks_ = {
        {FunctionKind::Elu, ui_.eluCheck},
        {FunctionKind::Selu, ui_.seluCheck},
        {FunctionKind::Relu, ui_.reluCheck},
        {FunctionKind::LeakyRelu, ui_.leakyReluCheck},
    };
    // The comparison family: a menu entry each, and a check box shown while the function is.
    compareButton_ = new QToolButton(ui_.functionsGroup);
    compareButton_->setObjectName(QStringLiteral("compareButton"));
    compareButton_->setText(tr("Compare with\u2026"));
    compareButton_->setToolTip(tr("Add GELU, SiLU, Mish, Softplus, tanh, sigmoid, ... to the plot"));
    compareButton_->setPopupMode(QToolButton::InstantPopup);
    compareButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(compareButton_);
    menu->setObjectName(QStringLiteral("compareMenu"));
    compareButton_->setMenu(menu);
    familyButton_ = new QToolButton(ui_.functionsGroup);
    familyButton_->setObjectName(QStringLiteral("familyButton"));
    familyButton_->setText(tr("Family\u2026"));
    familyButton_->setToolTip(tr("One function over several values of a parameter, as that many curves"));
    // Side by side in one row across both columns, so that the check boxes' columns keep their widths.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(compareButton_);
    buttons->addWidget(familyButton_);
    newFunctionButton_ = new QToolButton(ui_.functionsGroup);
    newFunctionButton_->setObjectName(QStringLiteral("newFunctionButton"));
    newFunctionButton_->setText(tr("New\u2026"));
    newFunctionButton_->setToolTip(tr("Type a function of x, with parameters and symbolic derivatives"));
    buttons->addWidget(newFunctionButton_);
    buttons->addStretch(1);
    ui_.functionsLayout->addLayout(buttons, 2, 0, 1, 2);
    const std::vector<FunctionKind>& defaults = defaultVisibleKinds();
    int cell = 0;
    for (const FunctionKind kind : allFunctionKinds()) {
        if (std::find(defaults.begin(), defaults.end(), kind) != defaults.end()) continue;
        const std::string_view id = functionId(kind);
        const QString stem = QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
        QString camel;
        for (const QString& part : stem.split(QLatin1Char('_'))) {
            camel += camel.isEmpty() ? part : part.left(1).toUpper() + part.mid(1);
        }
        QAction* action = menu->addAction(QString());
        action->setObjectName(camel + QStringLiteral("CompareAction"));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, kind](bool checked) {
            if (controller_ != nullptr) controller_->setFunctionVisible(kind, checked);
        });
        compareActions_.emplace_back(kind, action);

        auto* check = new QCheckBox(ui_.functionsGroup);
        check->setObjectName(camel + QStringLiteral("Check"));
        check->setVisible(false);
        ui_.functionsLayout->addWidget(check, 3 + cell / 2, cell % 2);
        ++cell;
        visibilityChecks_.emplace_back(kind, check);
    }
    for (const auto& [kind, action] : compareActions_) {
        const std::string_view name = Activation::withDefaults(kind).displayName();
        action->setText(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
    }
    for (const auto& [kind, check] : visibilityChecks_) {
        // The core's name, so the panel, the legend and the command line agree.
        const std::string_view name = Activation::withDefaults(kind).displayName();
        check->setText(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        connect(check, &QCheckBox::toggled, this, [this, k = kind](bool checked) {
            if (controller_ != nullptr) controller_->setFunctionVisible(k, checked);
        });
    }
    for (const ThemeId id : allThemes()) ui_.themeCombo->addItem(Theme::get(id).name, static_cast<int>(id));
    applySwatches();

    connect(ui_.showDerivativesCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (controller_ != nullptr) controller_->setShowDerivatives(on);
    });
    connect(ui_.separateDerivativesCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (controller_ != nullptr) {
            controller_->setDerivativeLayout(on ? DerivativeLayout::SeparatePlot : DerivativeLayout::Overlay);
        }
    });
    connect(ui_.secondDerivativesCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (controller_ != nullptr) controller_->setShowSecondDerivatives(on);
    });
    connect(ui_.asymptotesCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (controller_ != nullptr) controller_->setShowAsymptotes(on);
    });
    connect(ui_.themeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (controller_ != nullptr && index >= 0) {
            controller_->setTheme(static_cast<ThemeId>(ui_.themeCombo->itemData(index).toInt()));
        }
    });
    for (QDoubleSpinBox* spin : {ui_.xMinSpin, ui_.xMaxSpin, ui_.yMinSpin, ui_.yMaxSpin}) {
        // Every view the controller accepts, exactly: it keeps views within these limits.
        spin->setDecimals(ViewLimits::kDecimals);
        spin->setRange(-ViewLimits::kMaxAbs, ViewLimits::kMaxAbs);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &DisplayPanel::commitView);
    }
    connect(ui_.autoYCheck, &QCheckBox::toggled, this, &DisplayPanel::commitView);
    connect(ui_.resetViewButton, &QPushButton::clicked, this, [this] {
        if (controller_ != nullptr) controller_->resetView();
    });
    setEnabled(false);
}

QAbstractButton* DisplayPanel::familyButton() const { return familyButton_; }
QAbstractButton* DisplayPanel::newFunctionButton() const { return newFunctionButton_; }

void DisplayPanel::setController(ExplorerController* controller) {
    connections_.clear();
    controller_ = controller;
    setEnabled(controller_ != nullptr);
    if (controller_ == nullptr) return;
    connections_ = {
        connect(controller_, &ExplorerController::visibilityChanged, this, &DisplayPanel::syncFromScene),
        connect(controller_, &ExplorerController::themeChanged, this, &DisplayPanel::syncFromScene),
        connect(controller_, &ExplorerController::viewChanged, this, &DisplayPanel::syncView),
        connect(controller_, &ExplorerController::activeViewChanged, this, &DisplayPanel::syncActiveView),
    };
    syncFromScene();
    syncView();
    syncActiveView();
}

void DisplayPanel::syncActiveView() {
    // The derivative and asymptote options and the axis ranges belong to the curve plot: on the
    // statistics tabs they would do nothing visible, so only the function list and theme stay.
    const bool curves = controller_ == nullptr || controller_->scene().activeView == ViewId::Curves;
    for (QWidget* curveOnly : std::initializer_list<QWidget*>{ui_.showDerivativesCheck, ui_.separateDerivativesCheck,
                                                              ui_.asymptotesCheck, ui_.viewGroup}) {
        curveOnly->setVisible(curves);
    }
}

void DisplayPanel::syncFromScene() {
    if (controller_ == nullptr) return;
    const CurveScene& scene = controller_->scene();
    const std::vector<FunctionKind>& defaults = defaultVisibleKinds();
    // A function is ticked while any of its curves is shown; ticking a function the scene lacks
    // adds a curve of it.
    const auto anyVisible = [&scene](FunctionKind kind) {
        return std::any_of(scene.functions.begin(), scene.functions.end(), [kind](const SceneFunction& entry) {
            return entry.function.kind() == kind && entry.visible;
        });
    };
    for (const auto& [kind, check] : visibilityChecks_) {
        // Blocked, so showing the scene does not write it back.
        const QSignalBlocker blocker(check);
        check->setChecked(anyVisible(kind));
        if (std::find(defaults.begin(), defaults.end(), kind) == defaults.end()) check->setVisible(check->isChecked());
    }
    for (const auto& [kind, action] : compareActions_) {
        const QSignalBlocker blocker(action);
        action->setChecked(anyVisible(kind));
    }
    const auto show = [](QCheckBox* check, bool on) {
        const QSignalBlocker blocker(check);
        check->setChecked(on);
    };
    show(ui_.showDerivativesCheck, scene.showDerivatives);
    show(ui_.separateDerivativesCheck, scene.derivativeLayout == DerivativeLayout::SeparatePlot);
    ui_.separateDerivativesCheck->setEnabled(scene.showDerivatives);
    show(ui_.asymptotesCheck, scene.showAsymptotes);
    show(ui_.secondDerivativesCheck, scene.showSecondDerivatives);
    ui_.secondDerivativesCheck->setEnabled(scene.showDerivatives);
    {
        const QSignalBlocker blocker(ui_.themeCombo);
        ui_.themeCombo->setCurrentIndex(ui_.themeCombo->findData(static_cast<int>(scene.theme)));
    }
    applySwatches();
}

void DisplayPanel::syncView() {
    if (controller_ == nullptr) return;
    const ViewRange& view = controller_->scene().view;
    const auto show = [](QDoubleSpinBox* spin, double value) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    };
    show(ui_.xMinSpin, view.xMin);
    show(ui_.xMaxSpin, view.xMax);
    // Fit y on: the range the plot fitted, not the one kept for when it is off.
    const bool fitted = view.autoY && fittedY_.has_value();
    show(ui_.yMinSpin, fitted ? fittedY_->first : view.yMin);
    show(ui_.yMaxSpin, fitted ? fittedY_->second : view.yMax);
    const QSignalBlocker blocker(ui_.autoYCheck);
    ui_.autoYCheck->setChecked(view.autoY);
    ui_.yMinSpin->setEnabled(!view.autoY);
    ui_.yMaxSpin->setEnabled(!view.autoY);
}

void DisplayPanel::insertBelowFunctions(QWidget* widget) {
    ui_.displayPanelLayout->insertWidget(ui_.displayPanelLayout->indexOf(ui_.functionsGroup) + 1, widget);
}

void DisplayPanel::showFittedY(double lower, double upper) {
    fittedY_ = std::pair{lower, upper};
    if (controller_ == nullptr || !controller_->scene().view.autoY) return;
    for (const auto& [spin, value] : {std::pair{ui_.yMinSpin, lower}, std::pair{ui_.yMaxSpin, upper}}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
}

void DisplayPanel::commitView() {
    if (controller_ == nullptr) return;
    ViewRange view;
    view.xMin = ui_.xMinSpin->value();
    view.xMax = ui_.xMaxSpin->value();
    view.autoY = ui_.autoYCheck->isChecked();
    view.yMin = ui_.yMinSpin->value();
    view.yMax = ui_.yMaxSpin->value();
    controller_->setView(view);
    // A rejected range (min not below max) snaps the editors back to what is shown.
    syncView();
}

void DisplayPanel::applySwatches() {
    const Theme theme = Theme::get(controller_ != nullptr ? controller_->scene().theme : ThemeId::Light);
    for (const auto& [kind, check] : visibilityChecks_) check->setIcon(theme.swatch(kind));
    for (const auto& [kind, action] : compareActions_) action->setIcon(theme.swatch(kind));
}

}  // namespace alab
