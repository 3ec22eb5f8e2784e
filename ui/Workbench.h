#pragma once

#include "JobRunner.h"
#include "ModelAnalysis.h"

#include <QObject>
#include <QString>

#include <memory>

namespace qs {
struct LayerInfo;
}

namespace qs::ui {

// The document: owns the open work (today the model and the selected layer) and tells observers
// when it changes. Long work goes through its JobRunner; the previous state stays until a job's
// result replaces it.
class Workbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workbench)

public:
    explicit Workbench(QObject *parent = nullptr);
    ~Workbench() override;

    JobRunner &jobs() { return m_jobs; }

    std::shared_ptr<const qs::Model> model() const;
    std::shared_ptr<const ModelAnalysis> analysis() const { return m_analysis; }
    QString modelPath() const { return m_modelPath; }
    bool hasModel() const { return m_analysis != nullptr; }

    // -1 when no model is open or it has no quantizable layer.
    int selectedLayer() const { return m_selectedLayer; }
    const qs::LayerInfo *selectedLayerInfo() const;
    const LayerAnalysis *selectedLayerAnalysis() const;

    bool isBusy() const { return m_jobs.isBusy(); }
    bool isLoading() const { return m_jobs.isRunning(JobRunner::Kind::LoadModel); }

public Q_SLOTS:
    // Starts loading in the background; loadFinished tells how it ended.
    void openModel(const QString &path);
    void cancelLoading();
    void setSelectedLayer(int index);
    // Selects the layer with this module path; false (and no change) when there is none.
    bool selectLayer(const QString &name);

Q_SIGNALS:
    void modelChanged();
    void selectedLayerChanged(int index);
    void busyChanged(bool busy);
    void loadStarted(const QString &path);
    // loaded is false when the file could not be loaded or the user cancelled.
    void loadFinished(const QString &path, bool loaded);
    void errorOccurred(const QString &message, const QString &details);

private:
    void setAnalysis(const QString &path, std::shared_ptr<const ModelAnalysis> analysis);
    void onJobFailed(JobRunner::Kind kind, const QString &message);

    JobRunner m_jobs;
    std::shared_ptr<const ModelAnalysis> m_analysis;
    QString m_modelPath;
    QString m_loadingPath;
    int m_selectedLayer = -1;
};

} // namespace qs::ui
