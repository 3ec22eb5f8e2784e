#pragma once

#include "quantscope/DemoCatalog.h"

#include <QMenu>

#include <vector>

namespace qs::ui {

// File ▸ Open Demo: one entry per shipped demo model (qs::DemoCatalog), titled with its name and
// float accuracy, described in its tooltip and status tip. Read once, when the menu is built.
class DemoMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoMenu)

public:
    explicit DemoMenu(QWidget *parent = nullptr);
    ~DemoMenu() override;

    const std::vector<qs::DemoInfo> &demos() const { return m_demos; }
    // The demo with this name, or nullptr.
    const qs::DemoInfo *find(const QString &name) const;
    // "Small CNN (cnn) — 92.00 % on fashion-mnist"
    static QString entryText(const qs::DemoInfo &demo);

Q_SIGNALS:
    void demoTriggered(const QString &name);

private:
    std::vector<qs::DemoInfo> m_demos;
};

} // namespace qs::ui
