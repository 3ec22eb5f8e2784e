#include "RecentFilesMenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace qs::ui {

namespace {

const char *const settingsKey = "recentFiles";

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("&Recent Files"), parent)
{
    rebuild();
}

RecentFilesMenu::~RecentFilesMenu() = default;

QStringList RecentFilesMenu::files() const
{
    return QSettings().value(QLatin1String(settingsKey)).toStringList();
}

void RecentFilesMenu::addFile(const QString &path)
{
    QStringList list = files();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    setFiles(list.mid(0, maximumCount));
}

void RecentFilesMenu::clearFiles()
{
    setFiles({});
}

void RecentFilesMenu::setFiles(const QStringList &files)
{
    QSettings().setValue(QLatin1String(settingsKey), files);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        // &1 ... &9 as keyboard accelerators, like most editors.
        const QString text
            = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *action = addAction(text, this, [this, path] { Q_EMIT fileTriggered(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (list.isEmpty())
        addAction(tr("No recent files"))->setEnabled(false);
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear List"), this, &RecentFilesMenu::clearFiles);
    clearAction->setEnabled(!list.isEmpty());
}

} // namespace qs::ui
