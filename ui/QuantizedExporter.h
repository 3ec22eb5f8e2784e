#pragma once

#include "quantscope/QuantizedExport.h"

#include <QObject>
#include <QString>

class QWidget;

namespace qs::ui {

class Workbench;

// File ▸ Export Quantized Model…: builds the real int8 model from the open model, the plan and
// the last calibration, and writes model, encodings JSON and plan (qs::exportQuantized, atomic)
// in a background job. Success and failure reach the workbench's message signals; a failed or
// cancelled export leaves every file and the open work as they were.
class QuantizedExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuantizedExporter)

public:
    explicit QuantizedExporter(Workbench *workbench, QObject *parent = nullptr);
    ~QuantizedExporter() override;

    // model.pt → model_int8.pt, model_int8.encodings.json, model_int8.plan.json next to it.
    static qs::ExportPaths defaultPaths(const QString &modelPath);
    static qs::ExportPaths pathsFor(const QString &quantizedModelPath);

    // False when there is nothing to export yet (no model or no calibration): errorOccurred says why.
    bool exportTo(const qs::ExportPaths &paths);
    void chooseAndExport(QWidget *parent);

Q_SIGNALS:
    void exported(const QString &modelPath, bool ok);

private:
    Workbench *m_workbench;
};

} // namespace qs::ui
