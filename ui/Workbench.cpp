#include "Workbench.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace qs::ui {

Workbench::Workbench(QObject *parent)
    : QObject(parent)
{
    connect(&m_jobs, &JobRunner::busyChanged, this, &Workbench::busyChanged);
    connect(&m_jobs, &JobRunner::jobFailed, this,
        [this](JobRunner::Kind kind, const QString &, const QString &message) { onJobFailed(kind, message); });
    connect(&m_jobs, &JobRunner::jobCancelled, this, [this](JobRunner::Kind kind) {
        if (kind == JobRunner::Kind::LoadModel)
            Q_EMIT loadFinished(m_loadingPath, false);
    });
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
    m_analysis = std::move(analysis);
    m_modelPath = path;
    m_selectedLayer = m_analysis->layers.empty() ? -1 : 0;
    Q_EMIT modelChanged();
    Q_EMIT selectedLayerChanged(m_selectedLayer);
}

void Workbench::onJobFailed(JobRunner::Kind kind, const QString &message)
{
    if (kind != JobRunner::Kind::LoadModel)
        return;
    Q_EMIT errorOccurred(tr("Could not open %1: %2").arg(QFileInfo(m_loadingPath).fileName(), message),
        tr("File: %1").arg(QDir::toNativeSeparators(m_loadingPath)));
    Q_EMIT loadFinished(m_loadingPath, false);
}

} // namespace qs::ui
