#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace qs::ui {

class Workbench;

// File ▸ Export Report…: the last comparison as the self-contained HTML page the command line's
// `compare --report` writes (the same writer), atomically. A failed write leaves the old file.
class ReportExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)

public:
    explicit ReportExporter(Workbench *workbench, QObject *parent = nullptr);
    ~ReportExporter() override;

    // "cnn_report.html" beside the model.
    QString suggestedPath() const;
    // Writes the report; false (and errorOccurred on the workbench) when there is no comparison or
    // the file cannot be written.
    bool exportTo(const QString &path);
    void chooseAndExport(QWidget *parent);

Q_SIGNALS:
    void exported(const QString &path);

private:
    Workbench *m_workbench;
};

} // namespace qs::ui
