#include "QuantizedExporter.h"

#include "Workbench.h"

#include "quantscope/QuantizedModel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace qs::ui {

QuantizedExporter::QuantizedExporter(Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{
    connect(&m_workbench->jobs(), &JobRunner::jobFailed, this,
        [this](JobRunner::Kind kind, const QString &, const QString &message) {
            if (kind != JobRunner::Kind::Export)
                return;
            Q_EMIT m_workbench->errorOccurred(tr("Export failed: %1").arg(message),
                tr("No file was written or replaced; the plan and calibration are unchanged."));
            Q_EMIT exported({}, false);
        });
    connect(&m_workbench->jobs(), &JobRunner::jobCancelled, this, [this](JobRunner::Kind kind) {
        if (kind == JobRunner::Kind::Export)
            Q_EMIT exported({}, false);
    });
}

QuantizedExporter::~QuantizedExporter() = default;

qs::ExportPaths QuantizedExporter::pathsFor(const QString &quantizedModelPath)
{
    const QFileInfo info(quantizedModelPath);
    const QString base = info.absoluteDir().filePath(info.completeBaseName());
    qs::ExportPaths paths;
    paths.model = QFile::encodeName(info.absoluteFilePath()).toStdString();
    paths.encodings = QFile::encodeName(base + QStringLiteral(".encodings.json")).toStdString();
    paths.plan = QFile::encodeName(base + QStringLiteral(".plan.json")).toStdString();
    return paths;
}

qs::ExportPaths QuantizedExporter::defaultPaths(const QString &modelPath)
{
    const QFileInfo info(modelPath);
    return pathsFor(info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("_int8.pt")));
}

bool QuantizedExporter::exportTo(const qs::ExportPaths &paths)
{
    const auto model = m_workbench->model();
    const auto calibration = m_workbench->calibration();
    if (!model || !calibration) {
        Q_EMIT m_workbench->errorOccurred(model ? tr("Calibrate before exporting (Tools ▸ Calibrate): static int8 "
                                                     "layers need their activation ranges.")
                                                : tr("Open a model before exporting."),
            {});
        return false;
    }
    const qs::QuantPlan plan = m_workbench->plan();
    const QString modelPath = QFile::decodeName(QByteArray::fromStdString(paths.model));
    m_workbench->jobs().run<bool>(
        JobRunner::Kind::Export, tr("Exporting %1").arg(QFileInfo(modelPath).fileName()),
        [model, calibration, plan, paths](const qs::Progress &progress) {
            const auto quantized
                = qs::QuantizedModel::build(*model, plan, *calibration, qs::QuantizedForm::Real, progress);
            qs::exportQuantized(*quantized, plan, *calibration, paths);
            return true;
        },
        [this, modelPath](bool) { Q_EMIT exported(modelPath, true); });
    return true;
}

void QuantizedExporter::chooseAndExport(QWidget *parent)
{
    if (!m_workbench->hasModel())
        return;
    const qs::ExportPaths suggestion = defaultPaths(m_workbench->modelPath());
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Quantized Model"),
        QFile::decodeName(QByteArray::fromStdString(suggestion.model)), tr("TorchScript models (*.pt)"));
    if (!path.isEmpty())
        exportTo(pathsFor(path));
}

} // namespace qs::ui
