#include "ReportExporter.h"

#include "ComparisonReport.h"
#include "Workbench.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace qs::ui {

ReportExporter::ReportExporter(Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{
}

ReportExporter::~ReportExporter() = default;

QString ReportExporter::suggestedPath() const
{
    const QFileInfo model(m_workbench->modelPath());
    return model.absoluteDir().filePath(model.completeBaseName() + QStringLiteral("_report.html"));
}

bool ReportExporter::exportTo(const QString &path)
{
    const auto comparison = m_workbench->comparison();
    if (!comparison) {
        Q_EMIT m_workbench->errorOccurred(tr("There is no comparison to report yet: run Tools ▸ Compare (Ctrl+R) first."), {});
        return false;
    }
    try {
        writeComparisonReport(path, comparison->result, QFile::encodeName(m_workbench->modelPath()).toStdString(),
            comparison->classNames, comparison->basis.plan.toJson());
    } catch (const std::exception &e) {
        Q_EMIT m_workbench->errorOccurred(tr("The report was not written: %1").arg(QString::fromUtf8(e.what())),
            tr("The previous file, if any, is unchanged."));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void ReportExporter::chooseAndExport(QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Report"), suggestedPath(), tr("HTML pages (*.html *.htm);;All files (*)"));
    if (path.isEmpty())
        return;
    exportTo(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".html") : path);
}

} // namespace qs::ui
