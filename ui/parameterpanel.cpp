// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterpanel.h"

#include "explorercontroller.h"
#include "numberformat.h"
#include "parameterspinbox.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace alab {

namespace {

int sliderSteps(double value) { return static_cast<int>(std::lround(value * ParameterPanel::kSliderScale)); }

QString fromUtf8(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// "leaky_relu/slope" -> "leakyReluSlope"; Leaky ReLU's widgets keep their shorter "leaky" names.
QString camelCase(std::string_view text) {
    QString result;
    bool upper = false;
    for (const char c : text) {
        if (c == '_' || c == '/') {
            upper = true;
            continue;
        }
        result += upper ? QChar(c).toUpper() : QChar(c);
        upper = false;
    }
    return result.replace(QStringLiteral("leakyRelu"), QStringLiteral("leaky"));
}

// ▶ while stopped, ■ while playing; blocked, so that showing it does not start or stop a play.
void showPlaying(QToolButton* button, bool playing) {
    const QSignalBlocker blocker(button);
    button->setChecked(playing);
    button->setText(playing ? QStringLiteral("\u25a0") : QStringLiteral("\u25b6"));
}

}  // namespace

QString ParameterPanel::rowName(Parameter parameter) { return camelCase(parameterInfo(parameter).key); }
QString ParameterPanel::rowName(const ParameterInfo& info) { return camelCase(info.key); }

ParameterPanel::ParameterPanel(QWidget* parent) : QWidget(parent) {
    ui_.setupUi(this);
    connect(&player_, &ParameterPlayer::playingChanged, this, [this](Parameter parameter, bool playing) {
        for (const Row& row : rows_) {
            if (row.parameter == parameter) showPlaying(row.play, playing);
        }
    });
    // No stretch here: the side panel's spacer below every group takes the spare height, so no
    // gap opens between the parameter groups and the Functions group.
    setEnabled(false);
}

void ParameterPanel::rebuildGroups() {
    std::vector<CurveId> curves;
    if (controller_ != nullptr) {
        for (const SceneFunction& entry : controller_->scene().functions) {
            // A typed curve always gets its group: without parameters it is still where the curve
            // is hidden, renamed, duplicated and removed (it has no check box under Functions).
            if (!entry.function.parameterValues().empty() || entry.function.kind() == FunctionKind::Typed)
                curves.push_back(entry.id);
        }
    }
    if (curves == built_ && groups_.size() == curves.size()) return;
    for (const Group& group : groups_) delete group.box;
    groups_.clear();
    rows_.clear();
    built_ = curves;
    if (controller_ == nullptr) return;
    for (const CurveId id : curves) addGroup(*controller_->scene().curve(id));
}

void ParameterPanel::addGroup(const SceneFunction& curve) {
    const CurveScene& scene = controller_->scene();
    const CurveId id = curve.id;
    const FunctionKind kind = curve.function.kind();
    const int ordinal = scene.ordinal(id);
    // The first curve of a function keeps the function's names ("eluAlphaSlider"); further
    // ones carry their number ("elu2AlphaSlider").
    const QString functionStem = camelCase(curve.function.id());
    const QString curveStem = ordinal <= 1 ? functionStem : functionStem + QString::number(ordinal);
    const QString functionName = fromUtf8(curve.function.displayName());

    auto* box = new QGroupBox(QString::fromStdString(curve.displayLabel()), this);
    box->setObjectName(curveStem + QStringLiteral("Group"));
    // The group's check box shows and hides this one curve (the Functions group does all
    // curves of a function at once).
    box->setCheckable(true);
    box->setToolTip(tr("Untick to hide this curve, tick to show it again"));
    connect(box, &QGroupBox::toggled, this, [this, id](bool on) {
        if (controller_ != nullptr) controller_->setCurveVisible(id, on);
    });
    // Right-click (or the menu key) on the group: everything there is to do with the curve.
    box->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(box, &QWidget::customContextMenuRequested, this,
            [this, id, box](const QPoint& position) { showCurveMenu(id, box->mapToGlobal(position)); });
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    int gridRow = 0;
    for (std::size_t i = 0; i < curve.function.parameterValues().size(); ++i) {
        const Parameter p = Parameter{kind, static_cast<std::uint8_t>(i)}.of(id);
        const ParameterInfo info = parameterInfo(scene, p);
        const QString stem = ordinal <= 1 ? rowName(info) : rowName(info).replace(functionStem, curveStem);
        const QString label = QString::fromUtf8(info.label);

        auto* slider = new QSlider(Qt::Horizontal, box);
        slider->setObjectName(stem + QStringLiteral("Slider"));
        slider->setSingleStep(1);
        slider->setPageStep(10);
        slider->setFocusPolicy(Qt::StrongFocus);
        slider->setRange(sliderSteps(info.sliderMin), sliderSteps(info.sliderMax));
        slider->setToolTip(
            tr("%1 %2. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).").arg(functionName, label));

        slider->setAccessibleName(QStringLiteral("%1 %2").arg(functionName, label));

        auto* spin = new ParameterSpinBox(box);
        spin->setValueName(QStringLiteral("%1 %2").arg(functionName, label));
        connect(spin, &ParameterSpinBox::valueRefused, this, &ParameterPanel::messageRequested);
        spin->setObjectName(stem + QStringLiteral("Spin"));
        spin->setAccessibleName(tr("%1 %2, exact value").arg(functionName, label));
        spin->setSingleStep(0.01);
        spin->setKeyboardTracking(false);
        spin->setAccelerated(true);
        spin->setRange(info.spinMin, info.spinMax);
        spin->setToolTip(tr("Exact %1 %2, any value from %3 to %4")
                             .arg(functionName, label, formatNumber(info.spinMin), formatNumber(info.spinMax)));

        auto* reset = new QToolButton(box);
        reset->setObjectName(stem + QStringLiteral("Reset"));
        reset->setText(QStringLiteral("\u21ba"));
        reset->setAutoRaise(true);
        reset->setToolTip(tr("Reset to the default, %1").arg(formatNumber(info.defaultValue)));
        reset->setAccessibleName(tr("Reset %1 %2").arg(functionName, label));

        QToolButton* play = makePlayButton(p, stem, QStringLiteral("%1 %2").arg(functionName, label), box);

        auto* name = new QLabel(label, box);
        name->setObjectName(stem + QStringLiteral("Label"));
        name->setBuddy(slider);
        grid->addWidget(name, gridRow, 0);
        grid->addWidget(slider, gridRow, 1);
        grid->addWidget(spin, gridRow, 2);
        grid->addWidget(reset, gridRow, 3);
        grid->addWidget(play, gridRow, 6);
        ++gridRow;
        rows_.push_back({p, slider, spin, reset, play});

        connect(slider, &QSlider::valueChanged, this, [this, p](int steps) {
            if (controller_ != nullptr) controller_->setParameter(p, static_cast<double>(steps) / kSliderScale);
        });
        connect(slider, &QSlider::sliderPressed, this, [this, p] {
            if (controller_ != nullptr) controller_->beginParameterDrag(p);
        });
        connect(slider, &QSlider::sliderReleased, this, [this] {
            if (controller_ != nullptr) controller_->endParameterDrag();
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, p](double value) {
            emit messageRequested(QString());  // a refusal shown before no longer applies
            if (controller_ != nullptr) controller_->setParameter(p, value);
        });
        connect(reset, &QToolButton::clicked, this, [this, p] {
            if (controller_ != nullptr) controller_->resetParameter(p);
        });
    }
    Group group{id, box};
    if (kind == FunctionKind::Selu) {
        group.seluReset = new QPushButton(tr("Reset to self-normalizing constants"), box);
        group.seluReset->setObjectName(ordinal <= 1 ? QStringLiteral("seluResetButton")
                                                    : curveStem + QStringLiteral("ResetButton"));
        group.seluReset->setToolTip(
            tr("\u03b1 \u2248 1.6733 and \u03bb \u2248 1.0507 (Klambauer et al., 2017): for x ~ "
               "N(0, 1), SELU(x) has mean 0 and variance 1"));
        grid->addWidget(group.seluReset, gridRow, 0, 1, 4);
        connect(group.seluReset, &QPushButton::clicked, this, [this, id] {
            if (controller_ != nullptr) controller_->resetSeluConstants(id);
        });
    }
    // What to do with the curve itself, beside its first row: another copy to set apart (+), or
    // away with it (×). Small buttons, so that a group is no taller than its sliders.
    auto* duplicate = new QToolButton(box);
    duplicate->setObjectName(curveStem + QStringLiteral("DuplicateButton"));
    duplicate->setText(QStringLiteral("+"));
    duplicate->setAutoRaise(true);
    duplicate->setToolTip(tr("Duplicate: add a copy of this curve, to change one of its parameters"));
    duplicate->setAccessibleName(tr("Duplicate %1").arg(box->title()));
    auto* remove = new QToolButton(box);
    remove->setObjectName(curveStem + QStringLiteral("RemoveButton"));
    remove->setText(QStringLiteral("\u00d7"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this curve from the scene (Ctrl+Z brings it back)"));
    remove->setAccessibleName(tr("Remove %1").arg(box->title()));
    grid->addWidget(duplicate, 0, 4);
    grid->addWidget(remove, 0, 5);
    connect(duplicate, &QToolButton::clicked, this, [this, id] {
        if (controller_ != nullptr) controller_->duplicateCurve(id);
    });
    connect(remove, &QToolButton::clicked, this, [this, id] {
        if (controller_ != nullptr) controller_->removeCurve(id);
    });
    // After the groups already there, before the stretch at the end.
    ui_.parameterPanelLayout->insertWidget(static_cast<int>(groups_.size()), box);
    groups_.push_back(group);
}

QToolButton* ParameterPanel::makePlayButton(Parameter parameter, const QString& stem, const QString& name,
                                            QWidget* parent) {
    auto* play = new QToolButton(parent);
    play->setObjectName(stem + QStringLiteral("Play"));
    play->setText(QStringLiteral("\u25b6"));
    play->setCheckable(true);
    play->setAutoRaise(true);
    play->setPopupMode(QToolButton::MenuButtonPopup);
    play->setToolTip(tr("Play %1 through its range; the arrow sets the range, the duration and the repeat").arg(name));
    play->setAccessibleName(tr("Play %1").arg(name));
    auto* menu = new QMenu(play);
    menu->addAction(tr("Play &Settings\u2026"), this, [this, parameter, name] { editPlaySettings(parameter, name); });
    play->setMenu(menu);
    connect(play, &QToolButton::toggled, this, [this, parameter](bool on) {
        if (on == player_.playing(parameter)) return;
        if (on) {
            player_.play(parameter, playSettings(parameter));
        } else {
            player_.stop(parameter);
        }
    });
    return play;
}

PlaySettings ParameterPanel::playSettings(Parameter parameter) const {
    for (const auto& [p, settings] : playSettings_) {
        if (p == parameter) return settings;
    }
    PlaySettings settings;
    if (controller_ != nullptr && controller_->scene().owner(parameter) != nullptr) {
        const ParameterInfo info = parameterInfo(controller_->scene(), parameter);
        settings.from = info.sliderMin;
        settings.to = info.sliderMax;
    }
    return settings;
}

void ParameterPanel::setPlaySettings(Parameter parameter, const PlaySettings& settings) {
    for (auto& [p, stored] : playSettings_) {
        if (p == parameter) {
            stored = settings;
            return;
        }
    }
    playSettings_.emplace_back(parameter, settings);
}

void ParameterPanel::editPlaySettings(Parameter parameter, const QString& name) {
    if (controller_ == nullptr || controller_->scene().owner(parameter) == nullptr) return;
    const ParameterInfo info = parameterInfo(controller_->scene(), parameter);
    const PlaySettings current = playSettings(parameter);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("playSettingsDialog"));
    dialog.setWindowTitle(tr("Play %1").arg(name));
    auto* form = new QFormLayout(&dialog);
    const auto valueSpin = [&](double value, const QString& objectName) {
        auto* spin = new QDoubleSpinBox(&dialog);
        spin->setObjectName(objectName);
        spin->setDecimals(4);
        spin->setSingleStep(0.1);
        spin->setRange(info.spinMin, info.spinMax);
        spin->setValue(value);
        return spin;
    };
    QDoubleSpinBox* from = valueSpin(current.from, QStringLiteral("playFromSpin"));
    QDoubleSpinBox* to = valueSpin(current.to, QStringLiteral("playToSpin"));
    auto* seconds = new QDoubleSpinBox(&dialog);
    seconds->setObjectName(QStringLiteral("playSecondsSpin"));
    seconds->setRange(0.1, 3600.0);
    seconds->setDecimals(1);
    seconds->setSuffix(tr(" s"));
    seconds->setValue(current.seconds);
    auto* mode = new QComboBox(&dialog);
    mode->setObjectName(QStringLiteral("playModeCombo"));
    mode->addItem(tr("Loop"), static_cast<int>(PlayMode::Loop));
    mode->addItem(tr("Bounce"), static_cast<int>(PlayMode::Bounce));
    mode->addItem(tr("Once"), static_cast<int>(PlayMode::Once));
    mode->setCurrentIndex(mode->findData(static_cast<int>(current.mode)));
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(tr("&Duration:"), seconds);
    form->addRow(tr("&Repeat:"), mode);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Play"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return;
    const PlaySettings settings{from->value(), to->value(), seconds->value(),
                                static_cast<PlayMode>(mode->currentData().toInt())};
    setPlaySettings(parameter, settings);
    player_.play(parameter, settings);
}

void ParameterPanel::showCurveMenu(CurveId id, const QPoint& globalPosition) {
    if (controller_ == nullptr) return;
    const CurveScene& scene = controller_->scene();
    const SceneFunction* curve = scene.curve(id);
    if (curve == nullptr) return;
    const int position = static_cast<int>(curve - scene.functions.data());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("curveMenu"));
    QAction* up = menu.addAction(tr("Move &Up"));
    up->setEnabled(position > 0);
    QAction* down = menu.addAction(tr("Move &Down"));
    down->setEnabled(position + 1 < static_cast<int>(scene.functions.size()));
    QAction* rename = menu.addAction(tr("&Rename\u2026"));
    menu.addSeparator();
    QAction* duplicate = menu.addAction(tr("D&uplicate"));
    QAction* remove = menu.addAction(tr("Re&move"));
    QAction* chosen = menu.exec(globalPosition);
    if (controller_ == nullptr || chosen == nullptr) return;
    if (chosen == up) controller_->moveCurve(id, position - 1);
    if (chosen == down) controller_->moveCurve(id, position + 1);
    if (chosen == duplicate) controller_->duplicateCurve(id);
    if (chosen == remove) controller_->removeCurve(id);
    if (chosen == rename) renameCurve(id);
}

void ParameterPanel::renameCurve(CurveId id) {
    const SceneFunction* curve = controller_ != nullptr ? controller_->scene().curve(id) : nullptr;
    if (curve == nullptr) return;
    bool ok = false;
    const QString label = QInputDialog::getText(
        this, tr("Rename Curve"),
        tr("Label of %1 (empty: \u201c%2\u201d, from its parameters):")
            .arg(QString::fromStdString(curve->displayLabel()), QString::fromStdString(curve->function.label())),
        QLineEdit::Normal, QString::fromStdString(curve->label), &ok);
    if (!ok || controller_ == nullptr) return;
    if (const QString problem = controller_->setCurveLabel(id, label); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Rename Curve"), problem);
    }
}

void ParameterPanel::setController(ExplorerController* controller) {
    connections_.clear();
    player_.setController(controller);
    controller_ = controller;
    setEnabled(controller_ != nullptr);
    rebuildGroups();
    if (controller_ == nullptr) return;
    connections_ = {
        connect(controller_, &ExplorerController::functionChanged, this, &ParameterPanel::syncCurve),
        connect(controller_, &ExplorerController::visibilityChanged, this,
                [this] {
                    rebuildGroups();
                    for (const Group& group : groups_) syncCurve(group.curve);
                    syncGroupVisibility();
                }),
    };
    for (const Group& group : groups_) syncCurve(group.curve);
    syncGroupVisibility();
}

void ParameterPanel::syncGroupVisibility() {
    if (controller_ == nullptr) return;
    const CurveScene& scene = controller_->scene();
    for (const Group& group : groups_) {
        const SceneFunction* entry = scene.curve(group.curve);
        if (entry == nullptr) continue;
        // Shown while any curve of its function is: a curve hidden on its own keeps its group,
        // unticked, so that it can be shown again.
        const FunctionKind kind = entry->function.kind();
        const bool functionShown =
            std::any_of(scene.functions.begin(), scene.functions.end(),
                        [kind](const SceneFunction& other) { return other.function.kind() == kind && other.visible; });
        {
            const QSignalBlocker blocker(group.box);
            group.box->setChecked(entry->visible);
        }
        group.box->setVisible(functionShown);
    }
}

void ParameterPanel::syncCurve(CurveId id) {
    if (controller_ == nullptr) return;
    const SceneFunction* curve = controller_->scene().curve(id);
    if (curve == nullptr) return;
    for (const Row& row : rows_) {
        if (row.parameter.curve == id) syncRow(row);
    }
    for (const Group& group : groups_) {
        if (group.curve != id) continue;
        const QString title = QString::fromStdString(curve->displayLabel());
        if (group.box->title() != title) group.box->setTitle(title);
        if (group.seluReset != nullptr) {
            const Activation defaults = Activation::withDefaults(FunctionKind::Selu);
            group.seluReset->setEnabled(curve->function != defaults);
        }
    }
}

void ParameterPanel::syncRow(const Row& row) {
    if (controller_ == nullptr) return;
    const double value = controller_->scene().parameter(row.parameter);
    // Blocked: showing the scene must not write it back (and must not open an undo step).
    {
        const QSignalBlocker blocker(row.slider);
        // Outside the slider's range the slider rests at its end; the value stays exact.
        row.slider->setValue(std::clamp(sliderSteps(value), row.slider->minimum(), row.slider->maximum()));
    }
    {
        const QSignalBlocker blocker(row.spin);
        row.spin->setValue(value);
    }
    row.reset->setEnabled(value != parameterInfo(controller_->scene(), row.parameter).defaultValue);
    showPlaying(row.play, player_.playing(row.parameter));
}

}  // namespace alab
