#pragma once

#include "JobRunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace qs::ui {

// Status-bar view of the job runner: what runs, how far it is, and a Cancel button.
// Hidden while nothing runs.
class JobStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusWidget)

public:
    explicit JobStatusWidget(JobRunner *jobs, QWidget *parent = nullptr);
    ~JobStatusWidget() override;

    QString text() const;
    int progressValue() const; // 0 to progressMaximum
    static constexpr int progressMaximum = 1000;

private:
    void onStarted(JobRunner::Kind kind, const QString &title);
    void onProgress(JobRunner::Kind kind, double fraction, const QString &message);

    JobRunner *m_jobs;
    JobRunner::Kind m_shown = JobRunner::Kind::LoadModel; // the most recently started job
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace qs::ui
