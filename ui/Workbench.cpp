#include "Workbench.h"

#include "DataDescription.h"
#include "PlanEditCommand.h"

#include "quantscope/Error.h"
#include "quantscope/Sensitivity.h"
#include "quantscope/SubProgress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace qs::ui {

namespace {

// What a compare or sensitivity job reads; copied into the worker so the UI may move on.
struct MeasurementInputs
{
    std::shared_ptr<const qs::Model> model;
    qs::QuantPlan plan;
    std::shared_ptr<const qs::CalibrationResult> calibration; // null: the job calibrates first
    std::shared_ptr<const qs::Dataset> calibrationData;
    std::shared_ptr<const qs::Dataset> evaluation;
    qs::CalibrationOptions calibrationOptions;

    // The calibration to measure on: the given one, or a new one over the first 20 % of progress.
    std::shared_ptr<const qs::CalibrationResult> calibrationFor(const qs::Progress &progress) const
    {
        if (calibration)
            return calibration;
        return std::make_shared<const qs::CalibrationResult>(
            qs::calibrate(*model, *calibrationData, calibrationOptions, qs::subProgress(progress, 0.0, 0.2)));
    }
};

template <typename Result> struct MeasurementRun
{
    std::shared_ptr<const qs::CalibrationResult> calibration;
    std::shared_ptr<const Result> result;
};

template <typename Result>
std::shared_ptr<Measured<Result>> measuredFrom(
    const MeasurementRun<Result> &run, const ResultBasis &basis, const qs::Dataset &evaluation)
{
    auto measured = std::make_shared<Measured<Result>>();
    measured->result = *run.result;
    measured->basis = basis;
    measured->classNames = evaluation.classNames();
    return measured;
}

} // namespace

Workbench::Workbench(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(&m_jobs, &JobRunner::busyChanged, this, &Workbench::busyChanged);
    connect(&m_jobs, &JobRunner::jobFailed, this,
        [this](JobRunner::Kind kind, const QString &, const QString &message) { onJobFailed(kind, message); });
    connect(&m_jobs, &JobRunner::jobCancelled, this, [this](JobRunner::Kind kind) { onJobCancelled(kind); });
}

Workbench::~Workbench() = default;

std::shared_ptr<const qs::Model> Workbench::model() const
{
    return m_analysis ? m_analysis->model : nullptr;
}

const qs::LayerInfo *Workbench::selectedLayerInfo() const
{
    return m_selectedLayer >= 0 ? &m_analysis->model->layers().at(std::size_t(m_selectedLayer)) : nullptr;
}

const LayerAnalysis *Workbench::selectedLayerAnalysis() const
{
    return m_selectedLayer >= 0 ? &m_analysis->layers.at(std::size_t(m_selectedLayer)) : nullptr;
}

void Workbench::openModel(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    m_loadingPath = absolutePath;
    Q_EMIT loadStarted(absolutePath);
    const std::string nativePath = QFile::encodeName(absolutePath).toStdString();
    m_jobs.run<std::shared_ptr<const ModelAnalysis>>(
        JobRunner::Kind::LoadModel, tr("Opening %1").arg(QFileInfo(path).fileName()),
        [nativePath](const qs::Progress &progress) { return ModelAnalysis::load(nativePath, progress); },
        [this, absolutePath](std::shared_ptr<const ModelAnalysis> analysis) {
            setAnalysis(absolutePath, std::move(analysis));
            Q_EMIT loadFinished(absolutePath, true);
        });
}

void Workbench::cancelLoading()
{
    m_jobs.cancel(JobRunner::Kind::LoadModel);
}

void Workbench::setSelectedLayer(int index)
{
    const int count = m_analysis ? int(m_analysis->layers.size()) : 0;
    if (index < -1 || index >= count)
        index = -1;
    if (index == m_selectedLayer)
        return;
    m_selectedLayer = index;
    Q_EMIT selectedLayerChanged(index);
}

bool Workbench::selectLayer(const QString &name)
{
    if (!m_analysis)
        return false;
    const int index = m_analysis->model->layerIndex(name.toStdString());
    if (index < 0)
        return false;
    setSelectedLayer(index);
    return true;
}

void Workbench::setAnalysis(const QString &path, std::shared_ptr<const ModelAnalysis> analysis)
{
    // They observe or measure the model being replaced.
    m_jobs.cancel(JobRunner::Kind::Calibrate);
    m_jobs.cancel(JobRunner::Kind::Compare);
    m_jobs.cancel(JobRunner::Kind::Sensitivity);
    m_analysis = std::move(analysis);
    m_modelPath = path;
    m_selectedLayer = m_analysis->layers.empty() ? -1 : 0;
    m_demo = qs::DemoCatalog::metadataFor(QFile::encodeName(path).toStdString());
    // A new model starts from the engine's defaults: overrides name the old model's layers.
    m_plan = qs::QuantPlan::defaultsFor(m_plan.engine());
    m_undoStack->clear();
    m_calibration.reset();
    ++m_calibrationGeneration;
    m_comparison.reset();
    m_previousComparison.reset();
    m_sensitivity.reset();
    Q_EMIT modelChanged();
    Q_EMIT planChanged();
    Q_EMIT calibrationChanged();
    Q_EMIT comparisonChanged();
    Q_EMIT sensitivityChanged();
    Q_EMIT selectedLayerChanged(m_selectedLayer);
}

void Workbench::openData(const qs::DataSpec &requested)
{
    // Fashion-MNIST's calibration samples come from its train split: load as many as calibration
    // uses (512 by default, as on the command line). A single source keeps core's split (at most
    // half for calibration), so that a small one still has samples to evaluate on.
    qs::DataSpec spec = requested;
    if (!spec.calibCount && spec.source == qs::DataSpec::Source::FashionMnist)
        spec.calibCount = m_calibrationOptions.samples;
    m_loadingDataSpec = spec;
    m_jobs.run<std::shared_ptr<const qs::DataSplit>>(
        JobRunner::Kind::LoadData, tr("Loading %1").arg(QString::fromStdString(spec.toString())),
        [spec](const qs::Progress &progress) {
            return std::make_shared<const qs::DataSplit>(qs::loadData(spec, progress));
        },
        [this, spec](std::shared_ptr<const qs::DataSplit> split) {
            m_data = std::move(split);
            m_dataSpec = spec;
            Q_EMIT dataChanged();
            Q_EMIT dataLoadFinished(true);
        });
}

std::shared_ptr<const qs::Dataset> Workbench::calibrationData() const
{
    if (!m_data || !m_data->calibration)
        return nullptr;
    if (m_dataSpec.normalization.isIdentity() && m_demo && !m_demo->normalization.isIdentity())
        return m_data->calibration->withNormalization(m_demo->normalization);
    return m_data->calibration;
}

std::shared_ptr<const qs::Dataset> Workbench::evaluationData() const
{
    if (!m_data || !m_data->evaluation)
        return nullptr;
    if (m_dataSpec.normalization.isIdentity() && m_demo && !m_demo->normalization.isIdentity())
        return m_data->evaluation->withNormalization(m_demo->normalization);
    return m_data->evaluation;
}

QString Workbench::dataDescription() const
{
    const auto data = calibrationData();
    if (!data)
        return {};
    return tr("%1, %2")
        .arg(describeData(data->provenance()), describeNormalization(data->normalization()));
}

QStringList Workbench::dataNotes() const
{
    QStringList notes;
    if (m_data) {
        for (const auto &note : m_data->notes)
            notes << describeNote(note);
    }
    return notes;
}

bool Workbench::editPlan(const qs::QuantPlan &plan, const QString &description)
{
    if (plan == m_plan)
        return true;
    if (const auto model = this->model()) {
        try {
            plan.validate(*model);
        } catch (const std::exception &e) {
            Q_EMIT errorOccurred(tr("%1 was not applied: %2").arg(description, QString::fromUtf8(e.what())),
                tr("The plan stays as it was."));
            return false;
        }
    }
    m_undoStack->push(new PlanEditCommand(this, m_plan, plan, description));
    return true;
}

void Workbench::applyPlan(const qs::QuantPlan &plan)
{
    if (plan == m_plan)
        return;
    m_plan = plan;
    Q_EMIT planChanged();
}

void Workbench::setCalibrationSamples(int samples)
{
    m_calibrationOptions.samples = std::size_t(std::max(1, samples));
}

void Workbench::setCalibrationBatchSize(int batchSize)
{
    m_calibrationOptions.batchSize = std::size_t(std::max(1, batchSize));
}

void Workbench::calibrate()
{
    const auto model = this->model();
    const auto data = calibrationData();
    if (!model || !data) {
        Q_EMIT errorOccurred(model ? tr("Open a data set before calibrating (File ▸ Open Data Set…).")
                                   : tr("Open a model before calibrating."),
            {});
        Q_EMIT calibrationFinished(false);
        return;
    }
    qs::CalibrationOptions options = m_calibrationOptions;
    options.observer = m_plan.observerSettings();
    const auto samples = std::min(options.samples, data->size());
    m_jobs.run<std::shared_ptr<const qs::CalibrationResult>>(
        JobRunner::Kind::Calibrate, tr("Calibrating on %n samples", nullptr, int(samples)),
        [model, data, options](const qs::Progress &progress) {
            return std::make_shared<const qs::CalibrationResult>(qs::calibrate(*model, *data, options, progress));
        },
        [this, model](std::shared_ptr<const qs::CalibrationResult> result) {
            if (model != this->model())
                return; // the model changed while it ran
            setCalibration(std::move(result));
            Q_EMIT calibrationFinished(true);
        });
}

void Workbench::cancelCalibration()
{
    m_jobs.cancel(JobRunner::Kind::Calibrate);
}

void Workbench::setCalibration(std::shared_ptr<const qs::CalibrationResult> calibration)
{
    m_calibration = std::move(calibration);
    ++m_calibrationGeneration;
    Q_EMIT calibrationChanged();
}

std::uint64_t Workbench::adoptCalibration(
    std::shared_ptr<const qs::CalibrationResult> used, bool calibratedByJob, std::uint64_t generation)
{
    if (!calibratedByJob || m_calibration)
        return generation; // made with the calibration of its start, or the user's newer one wins
    setCalibration(std::move(used)); // calibrated on the way: keep it for the other views
    return m_calibrationGeneration;
}

void Workbench::setEvaluationSamples(int samples)
{
    samples = std::max(0, samples);
    if (samples == m_evaluationSamples)
        return;
    m_evaluationSamples = samples;
    Q_EMIT evaluationSamplesChanged(samples);
}

ResultBasis Workbench::currentBasis() const
{
    return { m_plan, hasData() ? QString::fromStdString(m_dataSpec.toString()) : QString(), m_calibrationGeneration };
}

QString Workbench::staleReason(const ResultBasis &basis) const
{
    if (!(basis.plan == m_plan))
        return tr("the plan has changed since");
    if (basis.dataSpec != currentBasis().dataSpec)
        return tr("the data set has changed since");
    if (basis.calibrationGeneration != m_calibrationGeneration)
        return tr("the calibration has changed since");
    return {};
}

void Workbench::restoreResults(
    std::shared_ptr<const MeasuredComparison> comparison, std::shared_ptr<const MeasuredSensitivity> sensitivity)
{
    m_comparison = std::move(comparison);
    m_previousComparison.reset();
    m_sensitivity = std::move(sensitivity);
    Q_EMIT comparisonChanged();
    Q_EMIT sensitivityChanged();
}

bool Workbench::prepareMeasurement(const QString &what)
{
    if (!model() || !calibrationData() || !evaluationData()) {
        Q_EMIT errorOccurred(!model() ? tr("Open a model before %1.").arg(what)
                : !hasData()           ? tr("Open a data set before %1 (File ▸ Open Data Set…).").arg(what)
                                       : tr("The data set has no evaluation samples to measure on."),
            {});
        return false;
    }
    return true;
}

void Workbench::compare()
{
    if (!prepareMeasurement(tr("comparing"))) {
        Q_EMIT comparisonFinished(false);
        return;
    }
    MeasurementInputs in { model(), m_plan, m_calibration, calibrationData(), evaluationData(), m_calibrationOptions };
    in.calibrationOptions.observer = m_plan.observerSettings();
    qs::ComparisonOptions options;
    options.evaluationSamples = std::size_t(m_evaluationSamples);
    options.calibrationSamples = m_calibrationOptions.samples;
    const ResultBasis basis = currentBasis();
    using Run = MeasurementRun<qs::ComparisonResult>;
    m_jobs.run<Run>(
        JobRunner::Kind::Compare, tr("Comparing original and quantized"),
        [in, options](const qs::Progress &progress) {
            Run run;
            run.calibration = in.calibrationFor(progress);
            run.result = std::make_shared<const qs::ComparisonResult>(qs::compare(*in.model, in.plan, *run.calibration,
                *in.evaluation, options, qs::subProgress(progress, in.calibration ? 0.0 : 0.2, 1.0)));
            return run;
        },
        [this, in, basis](Run run) {
            if (in.model != model())
                return; // another model opened while it ran
            auto measured = measuredFrom(run, basis, *in.evaluation);
            measured->basis.calibrationGeneration
                = adoptCalibration(run.calibration, !in.calibration, basis.calibrationGeneration);
            // The run before stays beside it when both measured the same samples of the same data.
            const bool comparable = m_comparison && m_comparison->basis.dataSpec == measured->basis.dataSpec
                && m_comparison->result.evaluationSamples == measured->result.evaluationSamples;
            m_previousComparison = comparable ? m_comparison : nullptr;
            m_comparison = std::move(measured);
            Q_EMIT comparisonChanged();
            Q_EMIT comparisonFinished(true);
        });
}

void Workbench::cancelComparison()
{
    m_jobs.cancel(JobRunner::Kind::Compare);
}

void Workbench::analyseSensitivity()
{
    if (!prepareMeasurement(tr("analysing sensitivity"))) {
        Q_EMIT sensitivityFinished(false);
        return;
    }
    MeasurementInputs in { model(), m_plan, m_calibration, calibrationData(), evaluationData(), m_calibrationOptions };
    in.calibrationOptions.observer = m_plan.observerSettings();
    qs::SensitivityOptions options;
    options.evaluationSamples = std::size_t(m_evaluationSamples);
    const ResultBasis basis = currentBasis();
    using Run = MeasurementRun<qs::SensitivityResult>;
    m_jobs.run<Run>(
        JobRunner::Kind::Sensitivity, tr("Analysing sensitivity"),
        [in, options](const qs::Progress &progress) {
            Run run;
            run.calibration = in.calibrationFor(progress);
            run.result = std::make_shared<const qs::SensitivityResult>(qs::analyseSensitivity(*in.model, in.plan,
                *run.calibration, *in.evaluation, options, qs::subProgress(progress, in.calibration ? 0.0 : 0.2, 1.0)));
            return run;
        },
        [this, in, basis](Run run) {
            if (in.model != model())
                return;
            auto measured = measuredFrom(run, basis, *in.evaluation);
            measured->basis.calibrationGeneration
                = adoptCalibration(run.calibration, !in.calibration, basis.calibrationGeneration);
            m_sensitivity = std::move(measured);
            Q_EMIT sensitivityChanged();
            Q_EMIT sensitivityFinished(true);
        });
}

void Workbench::cancelSensitivity()
{
    m_jobs.cancel(JobRunner::Kind::Sensitivity);
}

void Workbench::onJobFailed(JobRunner::Kind kind, const QString &message)
{
    switch (kind) {
    case JobRunner::Kind::LoadModel:
        Q_EMIT errorOccurred(tr("Could not open %1: %2").arg(QFileInfo(m_loadingPath).fileName(), message),
            tr("File: %1").arg(QDir::toNativeSeparators(m_loadingPath)));
        Q_EMIT loadFinished(m_loadingPath, false);
        break;
    case JobRunner::Kind::LoadData:
        Q_EMIT errorOccurred(tr("Could not load the data set: %1").arg(message),
            tr("Data: %1").arg(QString::fromStdString(m_loadingDataSpec.toString())));
        Q_EMIT dataLoadFinished(false);
        break;
    case JobRunner::Kind::Calibrate:
        Q_EMIT errorOccurred(tr("Calibration failed: %1").arg(message), tr("The previous calibration stays."));
        Q_EMIT calibrationFinished(false);
        break;
    case JobRunner::Kind::Compare:
        Q_EMIT errorOccurred(tr("Comparison failed: %1").arg(message), tr("The previous figures stay."));
        Q_EMIT comparisonFinished(false);
        break;
    case JobRunner::Kind::Sensitivity:
        Q_EMIT errorOccurred(tr("Sensitivity analysis failed: %1").arg(message), tr("The previous figures stay."));
        Q_EMIT sensitivityFinished(false);
        break;
    case JobRunner::Kind::Export:
    case JobRunner::Kind::WeightError:
        break; // their owners report their own failures
    }
}

void Workbench::onJobCancelled(JobRunner::Kind kind)
{
    if (kind == JobRunner::Kind::LoadModel)
        Q_EMIT loadFinished(m_loadingPath, false);
    else if (kind == JobRunner::Kind::LoadData)
        Q_EMIT dataLoadFinished(false);
    else if (kind == JobRunner::Kind::Calibrate)
        Q_EMIT calibrationFinished(false);
    else if (kind == JobRunner::Kind::Compare)
        Q_EMIT comparisonFinished(false);
    else if (kind == JobRunner::Kind::Sensitivity)
        Q_EMIT sensitivityFinished(false);
}

} // namespace qs::ui
