#include "WorkbenchActions.h"

#include "DataSetDialog.h"
#include "DemoMenu.h"
#include "MessageBar.h"
#include "ProjectController.h"
#include "QuantizedExporter.h"
#include "RecentFilesMenu.h"
#include "ReportExporter.h"
#include "Theme.h"
#include "Workbench.h"

#include "quantscope/Error.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <QSettings>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace qs::ui {

namespace {

// A green "run" triangle where the desktop has no icon theme: the style's own one is black, and
// disappears on the dark theme's toolbar.
QIcon calibrateIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(46, 160, 80));
    painter.drawPolygon(QPolygonF({ QPointF(18, 10), QPointF(54, 32), QPointF(18, 54) }));
    return QIcon(pixmap);
}

} // namespace

WorkbenchActions::WorkbenchActions(
    QMainWindow *window, Workbench *workbench, MessageBar *messageBar, ProjectController *project, bool useSettings)
    : QObject(window)
    , m_window(window)
    , m_workbench(workbench)
    , m_messageBar(messageBar)
    , m_project(project)
    , m_useSettings(useSettings)
    , m_exporter(new QuantizedExporter(workbench, this))
    , m_reportExporter(new ReportExporter(workbench, this))
{
    connect(m_reportExporter, &ReportExporter::exported, this, [this](const QString &path) {
        m_messageBar->showInformation(tr("Exported the comparison report to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_exporter, &QuantizedExporter::exported, this, [this](const QString &path, bool ok) {
        if (!ok || path.isEmpty())
            return;
        const qs::ExportPaths paths = QuantizedExporter::pathsFor(path);
        m_messageBar->showInformation(tr("Exported the quantized model to %1").arg(QDir::toNativeSeparators(path)),
            tr("Model: %1\nEncodings: %2\nPlan: %3")
                .arg(QString::fromStdString(paths.model), QString::fromStdString(paths.encodings),
                    QString::fromStdString(paths.plan)));
    });
}

WorkbenchActions::~WorkbenchActions() = default;

void WorkbenchActions::create()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createToolsMenu();
    createHelpMenu();

    QToolBar *toolBar = m_window->addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_open);
    toolBar->addAction(m_openData);
    toolBar->addSeparator();
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    toolBar->addSeparator();
    toolBar->addAction(m_calibrate);
    toolBar->addAction(m_compare);

    connect(m_workbench, &Workbench::modelChanged, this, &WorkbenchActions::updateCalibrateAction);
    connect(m_workbench, &Workbench::dataChanged, this, &WorkbenchActions::updateCalibrateAction);
    connect(m_workbench, &Workbench::busyChanged, this, &WorkbenchActions::updateCalibrateAction);
    connect(m_workbench, &Workbench::calibrationChanged, this, &WorkbenchActions::updateCalibrateAction);
    connect(m_workbench, &Workbench::comparisonChanged, this, &WorkbenchActions::updateCalibrateAction);
    updateCalibrateAction();
}

void WorkbenchActions::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    m_open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open"),
                                 m_window->style()->standardIcon(QStyle::SP_DialogOpenButton)),
        tr("&Open Model…"), this, &WorkbenchActions::chooseModelFile);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Open a TorchScript model (.pt) saved with torch.jit.script or torch.jit.trace"));
    m_demoMenu = new DemoMenu(m_window);
    m_demoMenu->setIcon(QApplication::windowIcon());
    file->addMenu(m_demoMenu);
    connect(m_demoMenu, &DemoMenu::demoTriggered, this, &WorkbenchActions::openDemo);
    m_openData = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open"),
                                     m_window->style()->standardIcon(QStyle::SP_DirOpenIcon)),
        tr("Open &Data Set…"), this, &WorkbenchActions::chooseDataSet);
    m_openData->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_openData->setToolTip(tr("Choose the samples calibration runs on: Fashion-MNIST, IDX files, an image folder "
                              "or a tensors file, with their mean and std"));
    file->addSeparator();
    QAction *openProject = file->addAction(tr("Open &Project…"), m_project, &ProjectController::chooseAndOpen);
    openProject->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    openProject->setToolTip(tr("Open a .qsproj project: model, data set, plan and calibration settings"));
    QAction *save = file->addAction(QIcon::fromTheme(QStringLiteral("document-save"),
                                        m_window->style()->standardIcon(QStyle::SP_DialogSaveButton)),
        tr("&Save Project"), m_project, &ProjectController::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save Project &As…"), m_project, &ProjectController::chooseAndSaveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_export = file->addAction(tr("&Export Quantized Model…"), this, [this] { m_exporter->chooseAndExport(m_window); });
    m_export->setShortcut(Qt::CTRL | Qt::Key_E);
    m_export->setToolTip(tr("Write the int8 TorchScript model, its encodings (JSON) and the plan next to each other"));
    m_exportReport = file->addAction(tr("Export &Report…"), this, [this] { m_reportExporter->chooseAndExport(m_window); });
    m_exportReport->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_exportReport->setToolTip(tr("Write the last comparison as one self-contained HTML page"));
    m_recentFiles = new RecentFilesMenu(m_window);
    file->addMenu(m_recentFiles);
    connect(m_recentFiles, &RecentFilesMenu::fileTriggered, this, &WorkbenchActions::openModel);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void WorkbenchActions::createEditMenu()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    m_undo = m_workbench->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"),
        m_window->style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redo = m_workbench->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"),
        m_window->style()->standardIcon(QStyle::SP_ArrowForward)));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
}

void WorkbenchActions::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction *find = view->addAction(tr("&Filter Layers"), this, [this] {
        if (m_filterHandler)
            m_filterHandler();
    });
    find->setShortcut(QKeySequence::Find);
    // Light or dark for a projector or a dark room; plots follow (PlotStyle). Remembered.
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    for (Theme theme : { Theme::System, Theme::Light, Theme::Dark }) {
        QAction *action = themes->addAction(themeLabel(theme));
        action->setCheckable(true);
        action->setChecked(theme == currentTheme());
        action->setData(themeKey(theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] {
            applyTheme(theme);
            if (m_useSettings)
                saveTheme(theme);
        });
    }
    // Another window or the command line may change the theme: show the one in force.
    connect(themes, &QMenu::aboutToShow, themes, [group] {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == themeKey(currentTheme()));
    });
    view->addSeparator();
}

void WorkbenchActions::addDockToggle(QAction *toggle)
{
    m_viewMenu->addAction(toggle);
}

void WorkbenchActions::createToolsMenu()
{
    QMenu *tools = m_window->menuBar()->addMenu(tr("&Tools"));
    m_calibrate = tools->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                       calibrateIcon()),
        tr("&Calibrate"), this, &WorkbenchActions::calibrate);
    m_calibrate->setShortcut(Qt::CTRL | Qt::Key_K);
    m_calibrate->setToolTip(tr("Run the calibration samples through the model and record every layer's input "
                               "and output ranges (Ctrl+K)"));
    m_cancelCalibration
        = tools->addAction(tr("Cancel C&alibration"), m_workbench, &Workbench::cancelCalibration);
    m_cancelCalibration->setToolTip(tr("Stop calibrating; the previous calibration stays"));
    tools->addSeparator();
    m_compare = tools->addAction(QIcon::fromTheme(QStringLiteral("view-statistics"),
                                     m_window->style()->standardIcon(QStyle::SP_FileDialogContentsView)),
        tr("C&ompare"), this, &WorkbenchActions::compare);
    m_compare->setShortcut(Qt::CTRL | Qt::Key_R);
    m_compare->setToolTip(tr("Measure size, speed and accuracy of the original and the quantized model side by side "
                             "(Ctrl+R)"));
    m_cancelCompare = tools->addAction(tr("Cancel Co&mparison"), m_workbench, &Workbench::cancelComparison);
    m_cancelCompare->setToolTip(tr("Stop comparing; the previous figures stay"));
    m_sensitivity = tools->addAction(tr("&Sensitivity"), this, &WorkbenchActions::analyseSensitivity);
    m_sensitivity->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_sensitivity->setToolTip(tr("Rank the layers by the accuracy their quantization costs and suggest a plan "
                                 "(Ctrl+Shift+R)"));
    m_cancelSensitivity = tools->addAction(tr("Cancel Se&nsitivity"), m_workbench, &Workbench::cancelSensitivity);
    m_cancelSensitivity->setToolTip(tr("Stop the analysis; the previous figures stay"));
}

void WorkbenchActions::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    m_learn = help->addAction(tr("&Learn Quantization"), this, [this] {
        if (m_learnHandler)
            m_learnHandler();
    });
    m_learn->setShortcut(Qt::Key_F1);
    m_learn->setEnabled(false);
    help->addSeparator();
    help->addAction(tr("&About Quantscope"), this, &WorkbenchActions::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void WorkbenchActions::setLearnHandler(std::function<void()> handler)
{
    m_learnHandler = std::move(handler);
    m_learn->setEnabled(bool(m_learnHandler));
}

void WorkbenchActions::updateCalibrateAction()
{
    const bool ready = m_workbench->hasModel() && m_workbench->hasData();
    m_calibrate->setEnabled(ready);
    m_export->setEnabled(m_workbench->hasModel() && m_workbench->calibration() != nullptr);
    m_cancelCalibration->setEnabled(m_workbench->isCalibrating());
    m_compare->setEnabled(ready);
    m_sensitivity->setEnabled(ready);
    m_cancelCompare->setEnabled(m_workbench->isComparing());
    m_cancelSensitivity->setEnabled(m_workbench->isAnalysingSensitivity());
    m_exportReport->setEnabled(m_workbench->comparison() != nullptr);
    if (!m_workbench->hasModel())
        m_calibrate->setStatusTip(tr("Open a model to calibrate"));
    else if (!m_workbench->hasData())
        m_calibrate->setStatusTip(tr("Open a data set to calibrate (File ▸ Open Data Set…)"));
    else
        m_calibrate->setStatusTip(m_calibrate->toolTip());
}

void WorkbenchActions::openModel(const QString &path)
{
    if (path.endsWith(QStringLiteral(".qsproj"), Qt::CaseInsensitive))
        m_project->open(path);
    else
        m_workbench->openModel(path);
}

void WorkbenchActions::openDemo(const QString &name)
{
    const qs::DemoInfo *demo = m_demoMenu->find(name);
    if (!demo) {
        m_messageBar->showInformation(tr("The demo model %1 is not installed. Open a model with File ▸ Open Model… "
                                         "or drop a .pt file onto this window.")
                                          .arg(name),
            tr("Demo folder: %1").arg(QString::fromStdString(qs::DemoCatalog::defaultDirectory())));
        return;
    }
    openModel(QString::fromStdString(demo->modelPath));
    if (!m_workbench->hasData() && !demo->dataset.empty()) {
        try {
            m_workbench->openData(qs::DataSpec::parse(demo->dataset));
        } catch (const std::exception &e) {
            m_messageBar->showWarning(tr("The demo's data set %1 is not available: %2")
                                          .arg(QString::fromStdString(demo->dataset), QString::fromUtf8(e.what())));
        }
    }
}

void WorkbenchActions::chooseModelFile()
{
    QSettings settings;
    const QString dir = m_useSettings ? settings.value(QStringLiteral("lastModelDir")).toString() : QString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Model"), dir, tr("TorchScript models (*.pt *.pth *.ptl *.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_useSettings)
        settings.setValue(QStringLiteral("lastModelDir"), QFileInfo(path).absolutePath());
    openModel(path);
}

void WorkbenchActions::chooseDataSet()
{
    const auto &demo = m_workbench->demo();
    DataSetDialog dialog(demo ? QString::fromStdString(demo->normalization.toString()) : QString(), m_window);
    if (m_workbench->hasData())
        dialog.setSpec(m_workbench->dataSpec());
    dialog.setCalibrationSamples(int(m_workbench->calibrationOptions().samples));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workbench->setCalibrationSamples(dialog.calibrationSamples());
    m_workbench->openData(dialog.spec());
}

void WorkbenchActions::calibrate()
{
    m_workbench->calibrate();
}

void WorkbenchActions::compare()
{
    if (m_dashboardHandler)
        m_dashboardHandler();
    m_workbench->compare();
}

void WorkbenchActions::analyseSensitivity()
{
    if (m_dashboardHandler)
        m_dashboardHandler();
    m_workbench->analyseSensitivity();
}

void WorkbenchActions::showAbout()
{
    QMessageBox::about(m_window, tr("About Quantscope"),
        tr("<h3>Quantscope %1</h3>"
           "<p>A desktop workbench for quantizing neural networks: see every layer's weights, "
           "the range an observer picks and the scale and zero point that follow from it.</p>"
           "<p>Built with Qt %2, LibTorch and QCustomPlot. Licensed under the GPL, version 3 or "
           "later.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace qs::ui
