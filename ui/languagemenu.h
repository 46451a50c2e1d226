// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace alab {

// View ▸ Language: follow the system, or one of the shipped languages. The choice is stored in
// the settings and takes effect at the next start (the window's texts are not rebuilt live).
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

signals:
    // A different language was chosen; `code` is empty for the system's.
    void languageChosen(const QString& code);

private:
    void choose(const QString& code);
};

}  // namespace alab
