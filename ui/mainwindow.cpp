#include "mainwindow.h"

#include "curvestyle.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSignalBlocker>

namespace alab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    ui_.setupUi(this);

    visibilityChecks_ = {
        {FunctionKind::Elu, ui_.eluCheck},
        {FunctionKind::Selu, ui_.seluCheck},
        {FunctionKind::Relu, ui_.reluCheck},
        {FunctionKind::LeakyRelu, ui_.leakyReluCheck},
    };
    for (const auto& [kind, check] : visibilityChecks_) {
        // The core's name, so the panel, the legend and the command line agree.
        const std::string_view name = Activation::withDefaults(kind).displayName();
        check->setText(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        check->setIcon(functionSwatch(kind));
    }

    ui_.curvePlot->setController(&controller_);
    connectPanel();
    syncPanelFromScene();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectPanel() {
    for (const auto& [kind, check] : visibilityChecks_) {
        connect(check, &QCheckBox::toggled, &controller_,
                [this, k = kind](bool checked) { controller_.setFunctionVisible(k, checked); });
    }
    connect(ui_.showDerivativesCheck, &QCheckBox::toggled, &controller_, &ExplorerController::setShowDerivatives);
    connect(&controller_, &ExplorerController::sceneChanged, this, &MainWindow::syncPanelFromScene);

    connect(ui_.quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui_.aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::syncPanelFromScene() {
    const CurveScene& scene = controller_.scene();
    for (const auto& [kind, check] : visibilityChecks_) {
        const SceneFunction* entry = scene.find(kind);
        // Blocked, so showing the scene does not write it back.
        const QSignalBlocker blocker(check);
        check->setEnabled(entry != nullptr);
        check->setChecked(entry != nullptr && entry->visible);
    }
    const QSignalBlocker blocker(ui_.showDerivativesCheck);
    ui_.showDerivativesCheck->setChecked(scene.showDerivatives);
}

void MainWindow::showAbout() {
    const QString version = QCoreApplication::applicationVersion();
    QMessageBox::about(
        this, tr("About Activation Lab"),
        tr("<h3>Activation Lab%1</h3>"
           "<p>Explore neural-network activation functions (ELU, SELU, ReLU and Leaky ReLU) "
           "and their derivatives.</p>"
           "<p>Built with Qt %2, QCustomPlot and Eigen.</p>")
            .arg(version.isEmpty() ? QString() : QStringLiteral(" ") + version, QString::fromLatin1(qVersion())));
}

}  // namespace alab
