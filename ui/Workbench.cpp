#include "Workbench.h"

#include "PlanEditCommand.h"

#include "quantscope/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace qs::ui {

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
    m_jobs.cancel(JobRunner::Kind::Calibrate); // it observes the model being replaced
    m_analysis = std::move(analysis);
    m_modelPath = path;
    m_selectedLayer = m_analysis->layers.empty() ? -1 : 0;
    m_demo = qs::DemoCatalog::metadataFor(QFile::encodeName(path).toStdString());
    // A new model starts from the engine's defaults: overrides name the old model's layers.
    m_plan = qs::QuantPlan::defaultsFor(m_plan.engine());
    m_undoStack->clear();
    m_calibration.reset();
    Q_EMIT modelChanged();
    Q_EMIT planChanged();
    Q_EMIT calibrationChanged();
    Q_EMIT selectedLayerChanged(m_selectedLayer);
}

void Workbench::openData(const qs::DataSpec &spec)
{
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

QString Workbench::dataDescription() const
{
    const auto data = calibrationData();
    if (!data)
        return {};
    return tr("%1, %2")
        .arg(QString::fromStdString(data->description()), QString::fromStdString(data->normalization().toString()));
}

QStringList Workbench::dataNotes() const
{
    QStringList notes;
    if (m_data) {
        for (const auto &note : m_data->notes)
            notes << QString::fromStdString(note);
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
            m_calibration = std::move(result);
            Q_EMIT calibrationChanged();
            Q_EMIT calibrationFinished(true);
        });
}

void Workbench::cancelCalibration()
{
    m_jobs.cancel(JobRunner::Kind::Calibrate);
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
}

} // namespace qs::ui
