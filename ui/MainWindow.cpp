#include "MainWindow.h"

#include "ColumnVisibilityMenu.h"
#include "ComparisonDashboard.h"
#include "JobStatusWidget.h"
#include "LayerInspector.h"
#include "LayerTableModel.h"
#include "MeasuredBarDelegate.h"
#include "learn/LearnView.h"
#include "MessageBar.h"
#include "NumberFormat.h"
#include "PlanChoiceDelegate.h"
#include "PlanEditor.h"
#include "ProjectController.h"
#include "RecentFilesMenu.h"
#include "Workbench.h"
#include "WorkbenchActions.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
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
    m_dataText = new QLabel(this);
    m_dataText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataText->setWordWrap(true);
    m_inspector = new LayerInspector(m_workbench, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("layerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createLayerList());
    // In a scroll area, so that a large dashboard dock can take the height the inspector's plots need.
    auto *inspectorScroll = new QScrollArea(this);
    inspectorScroll->setWidget(m_inspector);
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(inspectorScroll);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 610, 670 });
    // A table made wider shows long layer names whole.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_splitterSetByUser = true;
        fitLayerNameColumn();
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_dataText);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createDocks();
    m_jobStatus = new JobStatusWidget(&m_workbench->jobs(), this);
    statusBar()->addPermanentWidget(m_jobStatus);
    m_project = new ProjectController(m_workbench, this);
    connect(m_project, &ProjectController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectController::projectPathChanged, this, &MainWindow::updateTitle);
    m_actions = new WorkbenchActions(
        this, m_workbench, m_messageBar, m_project, m_settings == SettingsUse::ReadWrite);
    m_actions->create();
    m_actions->setFilterHandler([this] {
        m_layerFilter->setFocus(Qt::ShortcutFocusReason);
        m_layerFilter->selectAll();
    });
    m_actions->setLearnHandler([this] { showLearnView(); });
    m_actions->addDockToggle(m_comparisonDock->toggleViewAction());
    m_actions->setDashboardHandler([this] { showDashboard(); });
    m_planEditor = new PlanEditor(m_workbench, m_layerView, m_layerModel, this);

    connect(m_workbench, &Workbench::modelChanged, this, &MainWindow::onModelChanged);
    connect(m_workbench, &Workbench::selectedLayerChanged, this, &MainWindow::onSelectedLayerChanged);
    connect(m_workbench, &Workbench::errorOccurred, m_messageBar, &MessageBar::showError);
    connect(m_workbench, &Workbench::loadStarted, this, [this] {
        if (m_messageBar->type() == MessageBar::Type::Error)
            m_messageBar->dismiss(); // an old error would read as if it were about the new file
    });
    connect(m_workbench, &Workbench::loadFinished, this, [this](const QString &path, bool loaded) {
        if (loaded && m_settings == SettingsUse::ReadWrite)
            m_actions->recentFiles()->addFile(path);
    });
    connect(m_workbench, &Workbench::planChanged, this, [this] { m_layerModel->setPlan(m_workbench->plan()); });
    for (auto signal : { &Workbench::modelChanged, &Workbench::comparisonChanged, &Workbench::sensitivityChanged,
             &Workbench::planChanged, &Workbench::dataChanged, &Workbench::calibrationChanged })
        connect(m_workbench, signal, this, &MainWindow::updateLayerMeasurements);
    connect(m_workbench, &Workbench::dataChanged, this, &MainWindow::updateDataText);
    connect(m_workbench, &Workbench::calibrationChanged, this, &MainWindow::updateDataText);
    connect(m_workbench, &Workbench::dataLoadFinished, this, &MainWindow::onDataLoaded);
    connect(&m_workbench->jobs(), &JobRunner::jobStarted, this, &MainWindow::updateDataText);
    connect(m_workbench, &Workbench::calibrationFinished, this, [this](bool ok) {
        if (ok)
            statusBar()->showMessage(tr("Calibrated on %n samples", nullptr, int(m_workbench->calibration()->samples)),
                statusMessageMs);
    });
    connect(m_workbench->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_messageBar->type() == MessageBar::Type::Error)
            m_messageBar->dismiss(); // a refused edit's message is stale once the plan changed
    });
    connect(&m_workbench->jobs(), &JobRunner::jobCancelled, this, [this](JobRunner::Kind, const QString &title) {
        statusBar()->showMessage(tr("Cancelled: %1").arg(title), statusMessageMs);
    });
    onModelChanged();
    updateDataText();
    if (m_settings == SettingsUse::ReadWrite)
        restoreSettings();
}

MainWindow::~MainWindow() = default;

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
    m_layerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_layerView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed);
    m_layerView->setItemDelegate(new PlanChoiceDelegate(m_layerView));
    m_layerView->setAlternatingRowColors(true);
    m_layerView->setWordWrap(false);
    m_layerView->verticalHeader()->hide();
    // Fit 1280 pixels: columns sized to their contents once per model (then the user's), long
    // names elided in the middle, and weight min/max and the zero point (all in the inspector)
    // hidden until asked for from the header's right-click menu.
    m_layerView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_layerView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionHidden(LayerTableModel::MinColumn, true);
    header->setSectionHidden(LayerTableModel::MaxColumn, true);
    header->setSectionHidden(LayerTableModel::ZeroPointColumn, true);
    // The measured columns appear with their results (updateLayerMeasurements).
    for (int column : { LayerTableModel::WeightSqnrColumn, LayerTableModel::OutputSqnrColumn,
             LayerTableModel::SensitivityColumn }) {
        header->setSectionHidden(column, true);
        m_layerView->setItemDelegateForColumn(column, new MeasuredBarDelegate(m_layerView));
    }
    ColumnVisibilityMenu::install(header);
    connect(m_layerModel, &QAbstractItemModel::modelReset, this, &MainWindow::fitLayerColumns);
    connect(m_layerModel, &QAbstractItemModel::dataChanged, this, [this] {
        for (int column : { LayerTableModel::ModeColumn, LayerTableModel::BitsColumn, LayerTableModel::ObserverColumn })
            m_layerView->resizeColumnToContents(column); // the plan's words change width
    });
    connect(
        m_layerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onLayerRowChanged);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_layerFilter);
    layout->addWidget(m_layerView, 1);
    return box;
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_dashboard = new ComparisonDashboard(m_workbench, this);
    m_comparisonDock = new QDockWidget(tr("Comparison"), this);
    m_comparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    m_comparisonDock->setWidget(m_dashboard);
    m_comparisonDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    m_comparisonDock->toggleViewAction()->setText(tr("&Comparison Dashboard"));
    m_comparisonDock->toggleViewAction()->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    addDockWidget(Qt::BottomDockWidgetArea, m_comparisonDock);
    resizeDocks({ m_comparisonDock }, { 110 }, Qt::Vertical); // compact until there are figures
    // A run shows its figures, with room for them.
    for (auto signal : { &Workbench::comparisonFinished, &Workbench::sensitivityFinished })
        connect(m_workbench, signal, this, [this](bool ok) {
            if (ok)
                showDashboard(m_dashboard->height() < height() / 3);
        });
}

void MainWindow::showDashboard(bool large)
{
    m_comparisonDock->show();
    m_comparisonDock->raise();
    const bool hasFigures = m_workbench->comparison() || m_workbench->sensitivity();
    if (large && hasFigures && !m_comparisonDock->isFloating()) { // the empty state needs one line
        const Qt::Orientation orientation = dockWidgetArea(m_comparisonDock) == Qt::LeftDockWidgetArea
                || dockWidgetArea(m_comparisonDock) == Qt::RightDockWidgetArea
            ? Qt::Horizontal
            : Qt::Vertical;
        resizeDocks({ m_comparisonDock }, { orientation == Qt::Vertical ? height() * 11 / 20 : width() / 2 }, orientation);
    }
}

void MainWindow::fitLayerColumns()
{
    m_layerView->resizeColumnsToContents();
    widenLayerListToFit();
    fitLayerNameColumn();
}

void MainWindow::widenLayerListToFit()
{
    // Until the user places the splitter, the layer list takes the width its columns need (German
    // headers are wider than English ones), as long as the inspector keeps the width its own
    // contents need (its plots and tables) and at least half of the splitter.
    if (m_splitterSetByUser)
        return;
    const QHeaderView *header = m_layerView->horizontalHeader();
    int needed = 2 * m_layerView->frameWidth() + m_layerView->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            needed += header->sectionSize(c);
    if (const QLayout *layout = m_layerView->parentWidget()->layout())
        needed += layout->contentsMargins().left() + layout->contentsMargins().right();
    QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int inspector = std::max(total / 2,
        m_inspector->minimumSizeHint().width() + m_layerView->verticalScrollBar()->sizeHint().width()); // in a scroll area
    const int left = std::min(needed, total - inspector);
    if (sizes.size() != 2 || left <= sizes[0])
        return;
    m_splitter->setSizes({ left, total - left });
}

void MainWindow::fitLayerNameColumn()
{
    // Whole names where the table has room for them; in a narrow table at least 15 characters
    // (longer ones elided in the middle, whole in the tooltip and the inspector).
    const int column = LayerTableModel::NameColumn;
    const QHeaderView *header = m_layerView->horizontalHeader();
    m_layerView->resizeColumnToContents(column);
    const int needed = m_layerView->columnWidth(column);
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != column && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    const int room = m_layerView->viewport()->width() - others;
    const int floor = m_layerView->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 15;
    m_layerView->setColumnWidth(column, std::min(needed, std::max(room, floor)));
}

void MainWindow::updateLayerMeasurements()
{
    const bool hadComparison = m_layerModel->measurements().hasComparison();
    const bool hadSensitivity = m_layerModel->measurements().hasSensitivity();
    const auto comparison = m_workbench->comparison();
    const auto sensitivity = m_workbench->sensitivity();
    m_layerModel->setMeasurements(comparison, comparison ? m_workbench->staleReason(comparison->basis) : QString(),
        sensitivity, sensitivity ? m_workbench->staleReason(sensitivity->basis) : QString());
    // Only when results come or go, so that the user's own choice from the header menu stays.
    // Shape and scale (both in the inspector) make room for the SQNR bars, to keep 1280 pixels;
    QHeaderView *header = m_layerView->horizontalHeader();
    const auto show = [&](std::initializer_list<int> columns, bool visible) {
        for (int column : columns) {
            header->setSectionHidden(column, !visible);
            if (visible)
                m_layerView->resizeColumnToContents(column);
        }
    };
    if (hadComparison != (comparison != nullptr)) {
        show({ LayerTableModel::WeightSqnrColumn, LayerTableModel::OutputSqnrColumn }, comparison != nullptr);
        show({ LayerTableModel::ShapeColumn, LayerTableModel::ScaleColumn }, comparison == nullptr);
    }
    if (hadSensitivity != (sensitivity != nullptr)) { // and the parameter count (also in the inspector) for it
        show({ LayerTableModel::SensitivityColumn }, sensitivity != nullptr);
        show({ LayerTableModel::ParamsColumn }, sensitivity == nullptr);
    }
    if (hadComparison != (comparison != nullptr) || hadSensitivity != (sensitivity != nullptr)) {
        widenLayerListToFit();
        fitLayerNameColumn();
    }
}

void MainWindow::openModel(const QString &path)
{
    m_actions->openModel(path);
}

void MainWindow::openDemoModel(const QString &name)
{
    m_actions->openDemo(name);
}

LearnView *MainWindow::showLearnView()
{
    if (!m_learnView) {
        m_learnView = new LearnView(this);
        m_learnView->setWindowFlag(Qt::Window);
        m_learnView->setWindowTitle(tr("Learn Quantization — Quantscope"));
        m_learnView->resize(1280, 800);
        m_learnView->setModel(m_workbench->model());
        connect(m_workbench, &Workbench::modelChanged, m_learnView,
            [this] { m_learnView->setModel(m_workbench->model()); });
    }
    m_learnView->show();
    m_learnView->raise();
    m_learnView->activateWindow();
    return m_learnView;
}

LayerPanel *MainWindow::layerPanel() const
{
    return m_inspector->weightsPanel();
}

RecentFilesMenu *MainWindow::recentFiles() const
{
    return m_actions->recentFiles();
}

void MainWindow::onModelChanged()
{
    const auto analysis = m_workbench->analysis();
    m_layerModel->setModel(analysis);
    m_layerModel->setPlan(m_workbench->plan());
    updateSummary();
    updateDataText();
    updateTitle();
    if (!analysis)
        return;
    const ModelSummary &summary = analysis->model->summary();
    const QString fileName = QFileInfo(m_workbench->modelPath()).fileName();
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
    if (!m_workbench->selectedLayerInfo()) {
        m_layerView->selectionModel()->clearSelection();
        return;
    }
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

QString MainWindow::dataText() const
{
    return m_dataText->text();
}

void MainWindow::updateDataText()
{
    if (!m_workbench->hasData()) {
        m_dataText->setText(m_workbench->jobs().isRunning(JobRunner::Kind::LoadData)
                ? tr("Data: loading…")
                : tr("Data: none. Open a data set with File ▸ Open Data Set… to calibrate."));
        m_dataText->setToolTip({});
        return;
    }
    QString calibration;
    if (const auto result = m_workbench->calibration())
        calibration = tr("calibrated on %n samples", nullptr, int(result->samples));
    else
        calibration = tr("not calibrated yet (Tools ▸ Calibrate, Ctrl+K)");
    QString text = tr("<b>Data:</b> %1 — %2").arg(m_workbench->dataDescription().toHtmlEscaped(), calibration);
    const QStringList notes = m_workbench->dataNotes();
    if (!notes.isEmpty())
        text += tr("<br><i>Note: %1</i>").arg(notes.join(QStringLiteral("; ")).toHtmlEscaped());
    m_dataText->setText(text);
    m_dataText->setToolTip(tr("Data set: %1\nEvaluation: %2 samples")
                               .arg(QString::fromStdString(m_workbench->dataSpec().toString()),
                                   m_workbench->data()->evaluation
                                       ? formatCount(std::int64_t(m_workbench->data()->evaluation->size()))
                                       : tr("none")));
}

void MainWindow::onDataLoaded(bool loaded)
{
    updateDataText();
    if (loaded)
        statusBar()->showMessage(tr("Data set loaded: %1").arg(m_workbench->dataDescription()), statusMessageMs);
}

void MainWindow::updateTitle()
{
    const QString project = m_project->projectPath();
    const QString name = !project.isEmpty() ? QFileInfo(project).fileName()
        : m_workbench->hasModel()         ? QFileInfo(m_workbench->modelPath()).fileName()
                                          : QString();
    setWindowTitle(name.isEmpty() ? tr("Quantscope") : tr("%1[*] — Quantscope").arg(name));
    setWindowModified(m_project->isModified());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings == SettingsUse::ReadWrite && m_project->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
            tr("The plan or data set has changed since the project was last saved. Save the project?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_project->save())) {
            event->ignore();
            return;
        }
    }
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
    m_actions->openModel(path);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitterSetByUser = m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    if (settings.contains(QStringLiteral("layerColumns")))
        m_layerView->horizontalHeader()->restoreState(settings.value(QStringLiteral("layerColumns")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("layerColumns"), m_layerView->horizontalHeader()->saveState());
}

} // namespace qs::ui
