#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;
class QToolBar;

namespace qs::ui {

class DemoMenu;
class MessageBar;
class ProjectController;
class QuantizedExporter;
class RecentFilesMenu;
class Workbench;

// The window's menus, toolbar and the handlers behind them (File, Edit, View, Tools, Help), so
// that MainWindow only lays out and observes. Actions that need a dialog open it on the window.
class WorkbenchActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbenchActions)

public:
    // Ignore settings: neither read nor write QSettings (last folders, recent files).
    WorkbenchActions(QMainWindow *window, Workbench *workbench, MessageBar *messageBar, ProjectController *project,
        bool useSettings);
    ~WorkbenchActions() override;

    // Builds the menus and the toolbar on the window.
    void create();

    DemoMenu *demoMenu() const { return m_demoMenu; }
    RecentFilesMenu *recentFiles() const { return m_recentFiles; }
    QAction *calibrateAction() const { return m_calibrate; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *learnAction() const { return m_learn; }
    QuantizedExporter *exporter() const { return m_exporter; }

    // Handlers the window's View menu adds (the layer filter lives in the window).
    void setFilterHandler(std::function<void()> handler) { m_filterHandler = std::move(handler); }
    // Help ▸ Learn Quantization: disabled until a handler is set.
    void setLearnHandler(std::function<void()> handler);

public Q_SLOTS:
    // A model, or a project when the file ends in .qsproj.
    void openModel(const QString &path);
    // A shipped demo, with the data set it was trained on when no data set is open yet.
    void openDemo(const QString &name);
    void chooseModelFile();
    void chooseDataSet();
    void calibrate();

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createToolsMenu();
    void createHelpMenu();
    void showAbout();
    void updateCalibrateAction();

    QMainWindow *m_window;
    Workbench *m_workbench;
    MessageBar *m_messageBar;
    ProjectController *m_project;
    bool m_useSettings;
    QuantizedExporter *m_exporter = nullptr;
    DemoMenu *m_demoMenu = nullptr;
    RecentFilesMenu *m_recentFiles = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openData = nullptr;
    QAction *m_calibrate = nullptr;
    QAction *m_export = nullptr;
    QAction *m_cancelCalibration = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_learn = nullptr;
    std::function<void()> m_filterHandler;
    std::function<void()> m_learnHandler;
};

} // namespace qs::ui
