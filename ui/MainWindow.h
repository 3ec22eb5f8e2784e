#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace qs::ui {

class JobStatusWidget;
class LayerPanel;
class LayerTableModel;
class MessageBar;
class RecentFilesMenu;
class Workbench;

// The workbench window: layer table on the left, the selected layer in the centre, messages
// above, job progress in the status bar. It observes the Workbench and never waits for it.
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
    LayerPanel *layerPanel() const { return m_layerPanel; }
    QTableView *layerView() const { return m_layerView; }
    LayerTableModel *layerModel() const { return m_layerModel; }
    QSortFilterProxyModel *layerProxy() const { return m_layerProxy; }
    QLineEdit *layerFilter() const { return m_layerFilter; }
    JobStatusWidget *jobStatus() const { return m_jobStatus; }
    RecentFilesMenu *recentFiles() const { return m_recentFiles; }
    QString summaryText() const;

public Q_SLOTS:
    // Loads in the background; errors show in the message bar, the open model stays until then.
    void openModel(const QString &path);
    // The built-in demo model, or an information message saying where it was looked for.
    void openDemoModel();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createLayerList();
    void chooseModelFile();
    void showAbout();
    void onModelChanged();
    void onSelectedLayerChanged(int index);
    void onLayerRowChanged();
    void updateSummary();
    void restoreSettings();
    void saveSettings() const;

    SettingsUse m_settings;
    Workbench *m_workbench = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_layerFilter = nullptr;
    QTableView *m_layerView = nullptr;
    LayerTableModel *m_layerModel = nullptr;
    QSortFilterProxyModel *m_layerProxy = nullptr;
    LayerPanel *m_layerPanel = nullptr;
    JobStatusWidget *m_jobStatus = nullptr;
    RecentFilesMenu *m_recentFiles = nullptr;
};

} // namespace qs::ui
