#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QMainWindow;
class QToolBar;

namespace qs::ui {

class DemoMenu;
class MessageBar;
class ProjectController;
class QuantizedExporter;
class ReportExporter;
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
    QAction *compareAction() const { return m_compare; }
    QAction *sensitivityAction() const { return m_sensitivity; }
    QAction *exportReportAction() const { return m_exportReport; }
    ReportExporter *reportExporter() const { return m_reportExporter; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *learnAction() const { return m_learn; }
    QuantizedExporter *exporter() const { return m_exporter; }

    // Handlers the window's View menu adds (the layer filter lives in the window).
    void setFilterHandler(std::function<void()> handler) { m_filterHandler = std::move(handler); }
    // Help ▸ Learn Quantization: disabled until a handler is set.
    void setLearnHandler(std::function<void()> handler);
    // View menu: a dock's show/hide action.
    void addDockToggle(QAction *toggle);
    // Shows the dashboard before a compare or sensitivity run starts.
    void setDashboardHandler(std::function<void()> handler) { m_dashboardHandler = std::move(handler); }

public Q_SLOTS:
    // A model, or a project when the file ends in .qsproj.
    void openModel(const QString &path);
    // A shipped demo, with the data set it was trained on when no data set is open yet.
    void openDemo(const QString &name);
    void chooseModelFile();
    void chooseDataSet();
    void calibrate();
    void compare();
    void analyseSensitivity();

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
    QAction *m_compare = nullptr;
    QAction *m_cancelCompare = nullptr;
    QAction *m_sensitivity = nullptr;
    QAction *m_cancelSensitivity = nullptr;
    QAction *m_exportReport = nullptr;
    QMenu *m_viewMenu = nullptr;
    ReportExporter *m_reportExporter = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_learn = nullptr;
    std::function<void()> m_filterHandler;
    std::function<void()> m_learnHandler;
    std::function<void()> m_dashboardHandler;
};

} // namespace qs::ui
