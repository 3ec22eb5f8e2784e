#include "ProjectController.h"

#include "Workbench.h"

#include "quantscope/Error.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>

#include <type_traits>

namespace qs::ui {

ProjectController::ProjectController(Workbench *workbench, QWidget *window)
    : QObject(window)
    , m_workbench(workbench)
    , m_window(window)
{
    m_locateModel = [this](const QString &missing) {
        return QFileDialog::getOpenFileName(m_window,
            tr("Where is %1? (the project's model has moved)").arg(QFileInfo(missing).fileName()), QString(),
            tr("TorchScript models (*.pt *.pth *.ptl *.zip);;All files (*)"));
    };
    connect(m_workbench->undoStack(), &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
    // Another model or data set changes an open project; without a project only plan edits count.
    connect(m_workbench, &Workbench::loadFinished, this, [this](const QString &, bool ok) {
        if (ok && !m_opening && !m_path.isEmpty())
            markModified();
    });
    connect(m_workbench, &Workbench::dataLoadFinished, this, [this](bool ok) {
        if (ok && !m_opening && !m_path.isEmpty())
            markModified();
    });
    // The project keeps the last results: new ones are a change to save.
    for (auto signal : { &Workbench::comparisonFinished, &Workbench::sensitivityFinished })
        connect(m_workbench, signal, this, [this](bool ok) {
            if (ok && !m_opening && !m_path.isEmpty())
                markModified();
        });
}

ProjectController::~ProjectController() = default;

bool ProjectController::isModified() const
{
    return m_dirty || !m_workbench->undoStack()->isClean();
}

ProjectFile ProjectController::snapshot() const
{
    ProjectFile project;
    project.modelPath = m_workbench->modelPath();
    if (m_workbench->hasData())
        project.data = m_workbench->dataSpec();
    project.plan = m_workbench->plan();
    project.calibrationSamples = int(m_workbench->calibrationOptions().samples);
    project.calibrationBatchSize = int(m_workbench->calibrationOptions().batchSize);
    project.comparison = m_workbench->comparison();
    project.sensitivity = m_workbench->sensitivity();
    return project;
}

bool ProjectController::open(const QString &path)
{
    ProjectFile project;
    try {
        project = ProjectFile::load(path);
    } catch (const std::exception &e) {
        Q_EMIT m_workbench->errorOccurred(
            tr("Could not open the project: %1").arg(QString::fromUtf8(e.what())), QDir::toNativeSeparators(path));
        return false;
    }
    if (!QFileInfo::exists(project.modelPath)) {
        const QString found = m_locateModel ? m_locateModel(project.modelPath) : QString();
        if (found.isEmpty()) {
            Q_EMIT m_workbench->errorOccurred(
                tr("The project's model %1 was not found; the project was not opened.")
                    .arg(QDir::toNativeSeparators(project.modelPath)),
                QDir::toNativeSeparators(path));
            return false;
        }
        project.modelPath = found;
    }
    m_opening = true;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_workbench, &Workbench::loadFinished, this,
        [this, project, path, connection](const QString &, bool ok) {
            disconnect(*connection);
            finishOpening(project, path, ok);
        });
    m_workbench->openModel(project.modelPath);
    return true;
}

void ProjectController::finishOpening(const ProjectFile &project, const QString &path, bool modelLoaded)
{
    if (!modelLoaded) {
        m_opening = false;
        Q_EMIT projectOpened(path, false);
        return;
    }
    m_workbench->setCalibrationSamples(project.calibrationSamples);
    m_workbench->setCalibrationBatchSize(project.calibrationBatchSize);
    bool planOk = true;
    try {
        project.plan.validate(*m_workbench->model());
        m_workbench->applyPlan(project.plan);
    } catch (const std::exception &e) {
        planOk = false;
        Q_EMIT m_workbench->errorOccurred(
            tr("The project's plan does not fit the model and was not applied: %1").arg(QString::fromUtf8(e.what())),
            QDir::toNativeSeparators(path));
    }
    m_workbench->undoStack()->clear();
    restoreResults(project);
    if (project.data) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_workbench, &Workbench::dataLoadFinished, this, [this, connection](bool) {
            disconnect(*connection);
            m_opening = false;
        });
        m_workbench->openData(*project.data);
    } else {
        m_opening = false;
    }
    markSaved(path);
    if (!planOk)
        markModified();
    Q_EMIT projectOpened(path, true);
}

void ProjectController::restoreResults(const ProjectFile &project)
{
    // The calibration is not kept: results count as made from the one there is now, so only a
    // changed plan or data set (or a later calibration) marks them stale.
    auto adopt = [this](auto measured) {
        using Measured = std::remove_const_t<typename decltype(measured)::element_type>;
        if (!measured)
            return std::shared_ptr<const Measured>();
        auto copy = std::make_shared<Measured>(*measured);
        copy->basis.calibrationGeneration = m_workbench->calibrationGeneration();
        return std::shared_ptr<const Measured>(std::move(copy));
    };
    m_workbench->restoreResults(adopt(project.comparison), adopt(project.sensitivity));
}

bool ProjectController::saveAs(const QString &path)
{
    if (!m_workbench->hasModel()) {
        Q_EMIT m_workbench->errorOccurred(tr("Open a model before saving a project."), {});
        return false;
    }
    try {
        snapshot().save(path);
    } catch (const std::exception &e) {
        Q_EMIT m_workbench->errorOccurred(tr("The project was not saved: %1").arg(QString::fromUtf8(e.what())),
            tr("The previous file, if any, is unchanged."));
        return false;
    }
    markSaved(path);
    return true;
}

bool ProjectController::save()
{
    return m_path.isEmpty() ? chooseAndSaveAs() : saveAs(m_path);
}

void ProjectController::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Project"), QString(), tr("Quantscope projects (*.qsproj);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

bool ProjectController::chooseAndSaveAs()
{
    QString suggestion = m_path;
    if (suggestion.isEmpty() && m_workbench->hasModel()) {
        const QFileInfo model(m_workbench->modelPath());
        suggestion = model.absoluteDir().filePath(model.completeBaseName() + QStringLiteral(".qsproj"));
    }
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Project"), suggestion, tr("Quantscope projects (*.qsproj)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".qsproj");
    return saveAs(path);
}

void ProjectController::markModified()
{
    if (m_dirty)
        return;
    m_dirty = true;
    Q_EMIT modifiedChanged(true);
}

void ProjectController::markSaved(const QString &path)
{
    m_dirty = false;
    m_workbench->undoStack()->setClean();
    setPath(path);
    Q_EMIT modifiedChanged(isModified());
}

void ProjectController::setPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path)
        return;
    m_path = absolute;
    Q_EMIT projectPathChanged(m_path);
}

} // namespace qs::ui
