#pragma once

#include "JobRunner.h"
#include "MeasuredResults.h"
#include "ModelAnalysis.h"

#include "quantscope/Calibration.h"
#include "quantscope/DataSpec.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/QuantPlan.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>

class QUndoStack;

namespace qs {
struct LayerInfo;
}

namespace qs::ui {

// The document: owns the open work (model, data set, plan, calibration, selected layer) and tells
// observers when it changes. Plan edits go through its undo stack. Long work goes through its JobRunner; the previous state stays until a job's
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
    bool isCalibrating() const { return m_jobs.isRunning(JobRunner::Kind::Calibrate); }
    bool isComparing() const { return m_jobs.isRunning(JobRunner::Kind::Compare); }
    bool isAnalysingSensitivity() const { return m_jobs.isRunning(JobRunner::Kind::Sensitivity); }

    // The demo's metadata when the open model is one of the shipped demos.
    const std::optional<qs::DemoInfo> &demo() const { return m_demo; }

    // The open data set: its spec and the calibration/evaluation split loaded from it.
    bool hasData() const { return m_data != nullptr; }
    const qs::DataSpec &dataSpec() const { return m_dataSpec; }
    std::shared_ptr<const qs::DataSplit> data() const { return m_data; }
    // The calibration samples as the model sees them: a demo's own normalisation when the spec sets none.
    std::shared_ptr<const qs::Dataset> calibrationData() const;
    // The evaluation samples (disjoint from the calibration ones), normalised the same way.
    std::shared_ptr<const qs::Dataset> evaluationData() const;
    // One line for people: "Fashion-MNIST train split (1000 images), mean 0.286 std 0.353".
    QString dataDescription() const;
    QStringList dataNotes() const;

    // The plan: what happens to each layer. Reset to the engine's defaults when a model opens.
    const qs::QuantPlan &plan() const { return m_plan; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Validates plan against the open model and pushes it on the undo stack. A refused plan
    // changes nothing: errorOccurred carries the reason and the result is false.
    bool editPlan(const qs::QuantPlan &plan, const QString &description);
    // Replaces the plan without validation or undo (undo commands and project loading use it).
    void applyPlan(const qs::QuantPlan &plan);

    // The last successful calibration (nullptr before one). A cancelled or failed run keeps it.
    std::shared_ptr<const qs::CalibrationResult> calibration() const { return m_calibration; }
    const qs::CalibrationOptions &calibrationOptions() const { return m_calibrationOptions; }
    void setCalibrationSamples(int samples);
    void setCalibrationBatchSize(int batchSize);
    // Counts calibration changes, so results can tell whether the calibration they used is still the one.
    std::uint64_t calibrationGeneration() const { return m_calibrationGeneration; }

    // Compare and Sensitivity evaluate on at most this many samples (default 2000) so that they
    // finish in seconds on a laptop; 0 means the whole evaluation set.
    int evaluationSamples() const { return m_evaluationSamples; }
    void setEvaluationSamples(int samples);
    // The last successful comparison and sensitivity analysis (nullptr before one). A cancelled or
    // failed run keeps them; another model clears them.
    std::shared_ptr<const MeasuredComparison> comparison() const { return m_comparison; }
    // The comparison before that one, on the same data (nullptr when there is none): what the
    // dashboard sets the latest figures against.
    std::shared_ptr<const MeasuredComparison> previousComparison() const { return m_previousComparison; }
    std::shared_ptr<const MeasuredSensitivity> sensitivity() const { return m_sensitivity; }
    // What the workbench's work is made from now.
    ResultBasis currentBasis() const;
    // Why results made from basis no longer describe the work ("the plan changed"), or empty.
    QString staleReason(const ResultBasis &basis) const;
    // Results kept in a project: shown at once, stale when the plan differs.
    void restoreResults(std::shared_ptr<const MeasuredComparison> comparison,
        std::shared_ptr<const MeasuredSensitivity> sensitivity);

public Q_SLOTS:
    // Starts loading in the background; loadFinished tells how it ended.
    void openModel(const QString &path);
    void cancelLoading();
    void setSelectedLayer(int index);
    // Selects the layer with this module path; false (and no change) when there is none.
    bool selectLayer(const QString &name);
    // Loads the data set in the background; dataLoadFinished tells how it ended.
    void openData(const qs::DataSpec &spec);
    // Runs calibration of the open model on the open data in the background.
    void calibrate();
    void cancelCalibration();
    // Compares the float model with the plan's quantized form in the background, on the current
    // calibration (calibrating first when there is none).
    void compare();
    void cancelComparison();
    // Ranks the plan's layers by the accuracy their quantization costs, and suggests a plan.
    void analyseSensitivity();
    void cancelSensitivity();

Q_SIGNALS:
    void modelChanged();
    void selectedLayerChanged(int index);
    void busyChanged(bool busy);
    void loadStarted(const QString &path);
    // loaded is false when the file could not be loaded or the user cancelled.
    void loadFinished(const QString &path, bool loaded);
    void errorOccurred(const QString &message, const QString &details);
    void dataChanged();
    void dataLoadFinished(bool loaded);
    void planChanged();
    void calibrationChanged();
    // ok is false when the run failed or was cancelled (the previous calibration stays).
    void calibrationFinished(bool ok);
    void evaluationSamplesChanged(int samples);
    void comparisonChanged();
    // ok is false when the run failed or was cancelled (the previous comparison stays).
    void comparisonFinished(bool ok);
    void sensitivityChanged();
    void sensitivityFinished(bool ok);

private:
    void setAnalysis(const QString &path, std::shared_ptr<const ModelAnalysis> analysis);
    void onJobFailed(JobRunner::Kind kind, const QString &message);
    void onJobCancelled(JobRunner::Kind kind);
    void setCalibration(std::shared_ptr<const qs::CalibrationResult> calibration);
    // A job that calibrated on the way hands its calibration over while there is still none;
    // returns the calibration generation its results count as made with.
    std::uint64_t adoptCalibration(
        std::shared_ptr<const qs::CalibrationResult> used, bool calibratedByJob, std::uint64_t generation);
    // Model, plan, calibration (may be null) and data a compare or sensitivity job needs, or false
    // (with errorOccurred) when something is missing.
    bool prepareMeasurement(const QString &what);

    JobRunner m_jobs;
    std::shared_ptr<const ModelAnalysis> m_analysis;
    QString m_modelPath;
    QString m_loadingPath;
    int m_selectedLayer = -1;
    std::optional<qs::DemoInfo> m_demo;
    qs::DataSpec m_dataSpec;
    qs::DataSpec m_loadingDataSpec;
    std::shared_ptr<const qs::DataSplit> m_data;
    qs::QuantPlan m_plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    QUndoStack *m_undoStack = nullptr;
    qs::CalibrationOptions m_calibrationOptions;
    std::shared_ptr<const qs::CalibrationResult> m_calibration;
    std::uint64_t m_calibrationGeneration = 0;
    int m_evaluationSamples = 2000;
    std::shared_ptr<const MeasuredComparison> m_comparison;
    std::shared_ptr<const MeasuredComparison> m_previousComparison;
    std::shared_ptr<const MeasuredSensitivity> m_sensitivity;
};

} // namespace qs::ui
