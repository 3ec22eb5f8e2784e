#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QDockWidget;
class QSplitter;
class QTableView;

namespace qs::ui {

class ComparisonDashboard;
class JobStatusWidget;
class LayerInspector;
class LearnView;
class LayerPanel;
class PlanEditor;
class ProjectController;
class WorkbenchActions;
class LayerTableModel;
class MessageBar;
class RecentFilesMenu;
class Workbench;

// The workbench window: layer table on the left (the plan edited in place), the selected layer's
// inspector in the centre, messages above, job progress in the status bar. Menus live in
// WorkbenchActions, plan edits in PlanEditor. It observes the Workbench and never waits for it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Ignore: neither read nor write QSettings (window state, recent files), e.g. for screenshots.
    enum class SettingsUse { ReadWrite, Ignore };

    explicit MainWindow(SettingsUse settings = SettingsUse::ReadWrite, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbench *workbench() const { return m_workbench; }
    MessageBar *messageBar() const { return m_messageBar; }
    LayerPanel *layerPanel() const;
    LayerInspector *inspector() const { return m_inspector; }
    WorkbenchActions *actions() const { return m_actions; }
    PlanEditor *planEditor() const { return m_planEditor; }
    ProjectController *project() const { return m_project; }
    QTableView *layerView() const { return m_layerView; }
    LayerTableModel *layerModel() const { return m_layerModel; }
    QSortFilterProxyModel *layerProxy() const { return m_layerProxy; }
    QLineEdit *layerFilter() const { return m_layerFilter; }
    JobStatusWidget *jobStatus() const { return m_jobStatus; }
    ComparisonDashboard *dashboard() const { return m_dashboard; }
    QDockWidget *comparisonDock() const { return m_comparisonDock; }
    RecentFilesMenu *recentFiles() const;
    QString summaryText() const;
    QString dataText() const;

public Q_SLOTS:
    // Loads in the background; errors show in the message bar, the open model stays until then.
    void openModel(const QString &path);
    // The built-in demo model (cnn unless named) with its data set, or an information message
    // saying where it was looked for.
    void openDemoModel(const QString &name = QStringLiteral("cnn"));
    // Help ▸ Learn Quantization: the lessons in a window of their own, using the open model.
    LearnView *showLearnView();
    // Shows and raises the comparison dashboard; large: give its figures most of the window's height.
    void showDashboard(bool large = false);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createLayerList();
    void createDocks();
    void fitLayerColumns();
    void fitLayerNameColumn();
    void widenLayerListToFit();
    // Hands the last comparison and sensitivity, and their staleness, to the layer table.
    void updateLayerMeasurements();
    void onModelChanged();
    void onDataLoaded(bool loaded);
    void onSelectedLayerChanged(int index);
    void onLayerRowChanged();
    void updateSummary();
    void updateTitle();
    void updateDataText();
    void restoreSettings();
    void saveSettings() const;

    SettingsUse m_settings;
    Workbench *m_workbench = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_dataText = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterSetByUser = false; // moved by the user, or restored from the settings
    QLineEdit *m_layerFilter = nullptr;
    QTableView *m_layerView = nullptr;
    LayerTableModel *m_layerModel = nullptr;
    QSortFilterProxyModel *m_layerProxy = nullptr;
    LayerInspector *m_inspector = nullptr;
    JobStatusWidget *m_jobStatus = nullptr;
    WorkbenchActions *m_actions = nullptr;
    PlanEditor *m_planEditor = nullptr;
    ProjectController *m_project = nullptr;
    LearnView *m_learnView = nullptr;
    ComparisonDashboard *m_dashboard = nullptr;
    QDockWidget *m_comparisonDock = nullptr;
};

} // namespace qs::ui
