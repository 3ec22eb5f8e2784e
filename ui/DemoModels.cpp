#include "DemoModels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace qs::ui::DemoModels {

QStringList searchDirectories()
{
    return { QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/quantscope/models")),
        QDir::cleanPath(QStringLiteral(QS_RESOURCES_DIR "/models")) };
}

QString find(const QString &name)
{
    for (const QString &dir : searchDirectories()) {
        const QFileInfo file(dir + QLatin1Char('/') + name + QStringLiteral(".pt"));
        if (file.isFile())
            return file.absoluteFilePath();
    }
    return {};
}

} // namespace qs::ui::DemoModels
