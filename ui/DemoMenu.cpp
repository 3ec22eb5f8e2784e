#include "DemoMenu.h"

#include "DemoModels.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace qs::ui {

namespace {

std::vector<qs::DemoInfo> listDemos()
{
    QStringList dirs = DemoModels::searchDirectories();
    dirs << QString::fromStdString(qs::DemoCatalog::defaultDirectory());
    for (const QString &dir : dirs) {
        if (dir.isEmpty() || !QDir(dir).exists())
            continue;
        try {
            auto demos = qs::DemoCatalog::list(QFile::encodeName(dir).toStdString());
            if (!demos.empty())
                return demos;
        } catch (const std::exception &) {
            // a folder without readable metadata: try the next one
        }
    }
    return {};
}

} // namespace

DemoMenu::DemoMenu(QWidget *parent)
    : QMenu(tr("Open &Demo"), parent)
    , m_demos(listDemos())
{
    setToolTipsVisible(true);
    for (const qs::DemoInfo &demo : m_demos) {
        const QString name = QString::fromStdString(demo.name);
        QAction *action = addAction(entryText(demo), this, [this, name] { Q_EMIT demoTriggered(name); });
        const QString description = QString::fromStdString(demo.description);
        action->setToolTip(description);
        action->setStatusTip(description);
        action->setObjectName(QStringLiteral("demo_") + name);
    }
    if (m_demos.empty()) {
        QAction *none = addAction(tr("No demo models installed"));
        none->setEnabled(false);
    }
}

DemoMenu::~DemoMenu() = default;

const qs::DemoInfo *DemoMenu::find(const QString &name) const
{
    for (const qs::DemoInfo &demo : m_demos) {
        if (QString::fromStdString(demo.name) == name)
            return &demo;
    }
    return nullptr;
}

QString DemoMenu::entryText(const qs::DemoInfo &demo)
{
    return tr("%1 (%2) — %3 % top-1 on %4")
        .arg(QString::fromStdString(demo.title), QString::fromStdString(demo.name),
            QLocale().toString(demo.testAccuracy * 100.0, 'f', 2), QString::fromStdString(demo.dataset));
}

} // namespace qs::ui
