#pragma once

#include "explorercontroller.h"
#include "ui_mainwindow.h"

#include <QMainWindow>

#include <utility>
#include <vector>

class QCheckBox;

namespace alab {

// The main window only wires: panel widgets edit the scene through the controller, and the
// panel and the plot follow the controller's sceneChanged().
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ExplorerController& controller() noexcept { return controller_; }

private:
    void connectPanel();
    void syncPanelFromScene();
    void showAbout();

    // Declared before the form so that it outlives nothing that observes it: views hold it
    // through QPointer and their connections end with it.
    ExplorerController controller_;
    Ui::MainWindow ui_;
    std::vector<std::pair<FunctionKind, QCheckBox*>> visibilityChecks_;
};

}  // namespace alab
