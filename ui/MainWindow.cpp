#include "MainWindow.h"

#include "DemoModels.h"
#include "JobStatusWidget.h"
#include "LayerPanel.h"
#include "LayerTableModel.h"
#include "MessageBar.h"
#include "NumberFormat.h"
#include "RecentFilesMenu.h"
#include "Workbench.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace qs::ui {

namespace {

constexpr int statusMessageMs = 5000;

// The one local file in a drag, if that is what it carries.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

} // namespace

MainWindow::MainWindow(SettingsUse settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_workbench(new Workbench(this))
{
    setWindowTitle(tr("Quantscope"));
    setAcceptDrops(true);
    resize(1280, 800);

    m_messageBar = new MessageBar(this);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_layerPanel = new LayerPanel(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createLayerList());
    m_splitter->addWidget(m_layerPanel);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 600, 680 });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_jobStatus = new JobStatusWidget(&m_workbench->jobs(), this);
    statusBar()->addPermanentWidget(m_jobStatus);
    createActions();

    connect(m_workbench, &Workbench::modelChanged, this, &MainWindow::onModelChanged);
    connect(m_workbench, &Workbench::selectedLayerChanged, this, &MainWindow::onSelectedLayerChanged);
    connect(m_workbench, &Workbench::errorOccurred, m_messageBar, &MessageBar::showError);
    connect(m_workbench, &Workbench::loadStarted, this, [this] {
        if (m_messageBar->type() == MessageBar::Type::Error)
            m_messageBar->dismiss(); // an old error would read as if it were about the new file
    });
    connect(m_workbench, &Workbench::loadFinished, this, [this](const QString &path, bool loaded) {
        if (loaded && m_settings == SettingsUse::ReadWrite)
            m_recentFiles->addFile(path);
    });
    connect(&m_workbench->jobs(), &JobRunner::jobCancelled, this, [this](JobRunner::Kind, const QString &title) {
        statusBar()->showMessage(tr("Cancelled: %1").arg(title), statusMessageMs);
    });
    onModelChanged();
    if (m_settings == SettingsUse::ReadWrite)
        restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)),
        tr("&Open Model…"), this, &MainWindow::chooseModelFile);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a TorchScript model (.pt) saved with torch.jit.script or torch.jit.trace"));
    QAction *demo
        = file->addAction(QIcon::fromTheme(QStringLiteral("applications-science"), QApplication::windowIcon()),
            tr("Open &Demo Model"), this, &MainWindow::openDemoModel);
    demo->setToolTip(tr("Open the built-in demo CNN"));
    m_recentFiles = new RecentFilesMenu(this);
    file->addMenu(m_recentFiles);
    connect(m_recentFiles, &RecentFilesMenu::fileTriggered, this, &MainWindow::openModel);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter Layers"), this, [this] {
        m_layerFilter->setFocus(Qt::ShortcutFocusReason);
        m_layerFilter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quantscope"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(open);
    toolBar->addAction(demo);
}

QWidget *MainWindow::createLayerList()
{
    auto *box = new QWidget(this);
    m_layerFilter = new QLineEdit(box);
    m_layerFilter->setPlaceholderText(tr("Filter layers by name or op"));
    m_layerFilter->setClearButtonEnabled(true);

    m_layerModel = new LayerTableModel(this);
    m_layerProxy = new QSortFilterProxyModel(this);
    m_layerProxy->setSourceModel(m_layerModel);
    m_layerProxy->setSortRole(LayerTableModel::SortRole);
    m_layerProxy->setFilterKeyColumn(-1);
    m_layerProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_layerFilter, &QLineEdit::textChanged, m_layerProxy, &QSortFilterProxyModel::setFilterFixedString);

    m_layerView = new QTableView(box);
    m_layerView->setModel(m_layerProxy);
    m_layerView->setSortingEnabled(true);
    m_layerView->sortByColumn(-1, Qt::AscendingOrder); // model order (the order forward() runs them) until asked
    m_layerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_layerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_layerView->setAlternatingRowColors(true);
    m_layerView->setWordWrap(false);
    m_layerView->verticalHeader()->hide();
    m_layerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_layerView->horizontalHeader()->setStretchLastSection(false);
    connect(
        m_layerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onLayerRowChanged);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_layerFilter);
    layout->addWidget(m_layerView, 1);
    return box;
}

void MainWindow::openModel(const QString &path)
{
    m_workbench->openModel(path);
}

void MainWindow::openDemoModel()
{
    const QString path = DemoModels::find();
    if (path.isEmpty()) {
        QStringList dirs;
        for (const QString &dir : DemoModels::searchDirectories())
            dirs << QDir::toNativeSeparators(dir);
        m_messageBar->showInformation(tr("The demo model is not installed. Open a model with File ▸ Open Model… "
                                         "or drop a .pt file onto this window."),
            tr("Looked for cnn.pt in:\n%1").arg(dirs.join(QLatin1Char('\n'))));
        return;
    }
    openModel(path);
}

void MainWindow::chooseModelFile()
{
    QSettings settings;
    const QString dir
        = m_settings == SettingsUse::ReadWrite ? settings.value(QStringLiteral("lastModelDir")).toString() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Model"), dir, tr("TorchScript models (*.pt *.pth *.ptl *.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_settings == SettingsUse::ReadWrite)
        settings.setValue(QStringLiteral("lastModelDir"), QFileInfo(path).absolutePath());
    openModel(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Quantscope"),
        tr("<h3>Quantscope %1</h3>"
           "<p>A desktop workbench for quantizing neural networks: see every layer's weights, "
           "the range an observer picks and the scale and zero point that follow from it.</p>"
           "<p>Built with Qt %2, LibTorch and QCustomPlot. Licensed under the GPL, version 3 or "
           "later.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::onModelChanged()
{
    const auto analysis = m_workbench->analysis();
    m_layerModel->setModel(analysis);
    updateSummary();
    if (!analysis) {
        setWindowTitle(tr("Quantscope"));
        return;
    }
    const ModelSummary &summary = analysis->model->summary();
    const QString fileName = QFileInfo(m_workbench->modelPath()).fileName();
    setWindowTitle(tr("%1 — Quantscope").arg(fileName));
    if (!summary.warnings.empty()) {
        QStringList warnings;
        for (const auto &w : summary.warnings)
            warnings << QString::fromStdString(w);
        m_messageBar->showWarning(tr("%1: %2").arg(fileName, warnings.constFirst()), warnings.join(QLatin1Char('\n')));
    } else if (m_messageBar->type() != MessageBar::Type::Error) {
        m_messageBar->dismiss(); // a warning about the previous model
    }
    statusBar()->showMessage(tr("Opened %1").arg(fileName), statusMessageMs);
}

void MainWindow::onSelectedLayerChanged(int index)
{
    const qs::LayerInfo *layer = m_workbench->selectedLayerInfo();
    if (!layer) {
        m_layerPanel->clear(
            m_workbench->hasModel() ? tr("This model has no quantizable layer") : tr("No model is open"));
        m_layerView->selectionModel()->clearSelection();
        return;
    }
    m_layerPanel->showLayer(*layer, *m_workbench->selectedLayerAnalysis());
    const QModelIndex row = m_layerProxy->mapFromSource(m_layerModel->index(index, 0));
    if (row.isValid() && m_layerView->currentIndex().row() != row.row()) {
        m_layerView->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_layerView->scrollTo(row);
    }
}

void MainWindow::onLayerRowChanged()
{
    const QModelIndex current = m_layerView->currentIndex();
    if (current.isValid())
        m_workbench->setSelectedLayer(current.data(LayerTableModel::LayerIndexRole).toInt());
}

QString MainWindow::summaryText() const
{
    return m_summary->text();
}

void MainWindow::updateSummary()
{
    const auto model = m_workbench->model();
    if (!model) {
        m_summary->setText(tr("No model is open. Open a TorchScript file with File ▸ Open Model… or drop one onto "
                              "this window."));
        m_summary->setToolTip({});
        return;
    }
    const ModelSummary &s = model->summary();
    const int layers = int(model->layers().size());
    m_summary->setText(
        tr("<b>%1</b> — quantizable layers: %2, parameters: %3 (%4 in those layers), input: %5, "
           "file size: %6")
            .arg(QFileInfo(m_workbench->modelPath()).fileName().toHtmlEscaped(), formatCount(layers),
                formatCount(s.totalParams), formatCount(s.layerParams),
                s.inputShape.empty() ? tr("unknown") : formatShape(s.inputShape), formatBytes(s.fileBytes)));
    m_summary->setToolTip(
        tr("%1\nInput shape: %2")
            .arg(QDir::toNativeSeparators(m_workbench->modelPath()), QString::fromStdString(s.inputShapeNote)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_workbench->jobs().cancelAll(); // workers stop at their next check instead of running to the end
    if (m_settings == SettingsUse::ReadWrite)
        saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openModel(path);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

} // namespace qs::ui
