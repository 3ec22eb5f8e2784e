#pragma once

#include "ProjectFile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace qs::ui {

class Workbench;

// Projects for the window: opening one (model, data, plan, calibration settings, in that order,
// the model asked for when it has moved), saving it atomically, and whether the work has changes
// a project does not hold yet (isModified: plan edits since the last save, another model or data set).
class ProjectController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectController)

public:
    // Asks where a moved model is; returns an empty string when the user gives up.
    using ModelLocator = std::function<QString(const QString &missingPath)>;

    ProjectController(Workbench *workbench, QWidget *window);
    ~ProjectController() override;

    QString projectPath() const { return m_path; }
    bool isModified() const;
    // The work as a project file now.
    ProjectFile snapshot() const;

    void setModelLocator(ModelLocator locator) { m_locateModel = std::move(locator); }

    // Starts opening; projectOpened tells how it ended. False (and nothing changed) when the file
    // cannot be read or the user gave up looking for the model.
    bool open(const QString &path);
    // Throws nothing: errors go to the workbench's errorOccurred. True when written.
    bool saveAs(const QString &path);
    bool save(); // asks for a path when the project has none

    // The File menu's handlers, with dialogs.
    void chooseAndOpen();
    bool chooseAndSaveAs();

Q_SIGNALS:
    void projectOpened(const QString &path, bool ok);
    void modifiedChanged(bool modified);
    void projectPathChanged(const QString &path);

private:
    void finishOpening(const ProjectFile &project, const QString &path, bool modelLoaded);
    void restoreResults(const ProjectFile &project);
    void markModified();
    void markSaved(const QString &path);
    void setPath(const QString &path);

    Workbench *m_workbench;
    QWidget *m_window;
    QString m_path;
    bool m_dirty = false; // a change the undo stack does not see (model, data set)
    bool m_opening = false;
    ModelLocator m_locateModel;
};

} // namespace qs::ui
