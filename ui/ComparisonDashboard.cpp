#include "ComparisonDashboard.h"

#include "ComparisonTableModel.h"
#include "DataDescription.h"
#include "FigureBarsDelegate.h"
#include "LayerBarChart.h"
#include "PreviousRun.h"
#include "NumberFormat.h"
#include "Workbench.h"

#include "quantscope/CpuShare.h"
#include "quantscope/Model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace qs::ui {

namespace {

const QColor staleColour(176, 96, 0);

// Paths in a data description may break after a slash, so a long one never widens the window.
QString breakablePath(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('/'), QStringLiteral("/\u200b"));
}

QStringList layerNames(const std::vector<qs::LayerError> &layers)
{
    QStringList names;
    for (const auto &l : layers)
        names << QString::fromStdString(l.name);
    return names;
}

} // namespace

ComparisonDashboard::ComparisonDashboard(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(240);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evaluationSamples = new QSpinBox(this);
    m_evaluationSamples->setRange(0, 1000000);
    m_evaluationSamples->setSingleStep(500);
    m_evaluationSamples->setSpecialValueText(tr("all"));
    m_evaluationSamples->setValue(m_workbench->evaluationSamples());
    m_evaluationSamples->setToolTip(tr("Compare and Sensitivity evaluate on at most this many samples of the "
                                       "evaluation set (0: all of them). Fewer samples finish sooner."));
    connect(m_evaluationSamples, &QSpinBox::valueChanged, m_workbench, &Workbench::setEvaluationSamples);
    connect(m_workbench, &Workbench::evaluationSamplesChanged, m_evaluationSamples, &QSpinBox::setValue);
    auto *samplesLabel = new QLabel(tr("&Evaluation samples:"), this);
    samplesLabel->setBuddy(m_evaluationSamples);
    m_compareButton = new QPushButton(tr("Compare"), this);
    m_compareButton->setToolTip(tr("Measure size, speed and accuracy of the original and the quantized model (Ctrl+R)"));
    connect(m_compareButton, &QPushButton::clicked, m_workbench, &Workbench::compare);
    m_sensitivityButton = new QPushButton(tr("Sensitivity"), this);
    m_sensitivityButton->setToolTip(
        tr("Quantize one layer at a time and all but one, rank the layers and suggest a plan (Ctrl+Shift+R)"));
    connect(m_sensitivityButton, &QPushButton::clicked, m_workbench, &Workbench::analyseSensitivity);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(samplesLabel);
    top->addWidget(m_evaluationSamples);
    top->addWidget(m_compareButton);
    top->addWidget(m_sensitivityButton);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createResultsPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_workbench, &Workbench::comparisonChanged, this, &ComparisonDashboard::updateComparison);
    connect(m_workbench, &Workbench::sensitivityChanged, this, &ComparisonDashboard::updateSensitivity);
    for (auto signal : { &Workbench::modelChanged, &Workbench::planChanged, &Workbench::dataChanged,
                         &Workbench::calibrationChanged })
        connect(m_workbench, signal, this, &ComparisonDashboard::updateStaleness);
    connect(m_workbench, &Workbench::busyChanged, this, &ComparisonDashboard::updateButtons); // (updateStaleness ends with it)
    updateComparison();
    updateSensitivity();
}

ComparisonDashboard::~ComparisonDashboard() = default;

QWidget *ComparisonDashboard::createEmptyPage()
{
    // Before any run the status line says what to do and this page stays empty, so the dock can
    // be small until there are figures.
    m_emptyText = new QLabel(this);
    m_emptyText->setWordWrap(true);
    updateEmptyText();
    return m_emptyText;
}

// What to do first: open a model, then data, then compare.
void ComparisonDashboard::updateEmptyText()
{
    QString first;
    if (!m_workbench->hasModel())
        first = tr("<b>Open a model</b> (File ▸ Open Model… or File ▸ Open Demo) and a data set to compare the "
                   "original and the quantized model side by side.");
    else if (!m_workbench->hasData())
        first = tr("<b>Open a data set</b> (File ▸ Open Data Set…) to compare the original and the quantized model "
                   "side by side.");
    else
        first = tr("<b>Click Compare (Ctrl+R)</b> to measure the original and the quantized model side by side.");
    const QString details = tr("Compare shows file size, latency at batch 1 and 64, throughput, top-1 accuracy, "
                               "agreement and the error of every layer. Sensitivity (Ctrl+Shift+R) finds the layers "
                               "that cost accuracy and suggests a plan that keeps them in float.");
    m_emptyText->setText(first + QLatin1Char(' ') + details);
}

QWidget *ComparisonDashboard::createResultsPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto *figuresBox = new QWidget(splitter);
    m_figures = new ComparisonTableModel(this);
    m_figuresView = new QTableView(figuresBox);
    m_figuresView->setModel(m_figures);
    m_figuresView->setItemDelegateForColumn(
        ComparisonTableModel::BarsColumn, new FigureBarsDelegate(ComparisonTableModel::ValueRole, m_figuresView));
    m_figuresView->verticalHeader()->hide();
    m_figuresView->verticalHeader()->setDefaultSectionSize(m_figuresView->fontMetrics().height() + 6);
    m_figuresView->setSelectionMode(QAbstractItemView::NoSelection);
    m_figuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figuresView->setWordWrap(false);
    m_figuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figuresView->horizontalHeader()->setSectionResizeMode(ComparisonTableModel::BarsColumn, QHeaderView::Stretch);
    // The number columns follow their contents by themselves; the bars take what they leave, down
    // to a narrow strip (resizing the columns by hand would fix the bars at their own width).
    m_figuresView->horizontalHeader()->setMinimumSectionSize(m_figuresView->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 5);
    m_figuresTitle = new QLabel(tr("<b>Original vs quantized</b><br><span style=\"color:%1\">■</span>&nbsp;original "
                                   "&nbsp; <span style=\"color:%2\">■</span>&nbsp;quantized (hover a row for details)")
                                    .arg(FigureBarsDelegate::originalColour().name(),
                                        FigureBarsDelegate::quantizedColour().name()),
        figuresBox);
    m_figuresHint = new QLabel(tr("No comparison yet: click Compare."), figuresBox);
    m_figuresHint->setAlignment(Qt::AlignCenter);
    auto *figuresLayout = new QVBoxLayout(figuresBox);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(m_figuresTitle);
    figuresLayout->addWidget(m_figuresView, 1);
    figuresLayout->addWidget(m_figuresHint, 1);
    m_previousRun = new QLabel(figuresBox);
    m_previousRun->setWordWrap(true);
    m_previousRun->setTextFormat(Qt::RichText);
    m_previousRun->setVisible(false);
    figuresLayout->addWidget(m_previousRun);

    m_sqnrChart = new LayerBarChart(splitter);

    auto *sensitivityBox = new QWidget(splitter);
    m_sensitivityChart = new LayerBarChart(sensitivityBox);
    m_sensitivityHint = new QLabel(
        tr("Click Sensitivity (Ctrl+Shift+R) to rank the layers by the accuracy their quantization costs and get a "
           "suggested plan."),
        sensitivityBox);
    m_sensitivityHint->setWordWrap(true);
    m_sensitivityHint->setAlignment(Qt::AlignCenter);
    m_suggestion = new QLabel(sensitivityBox);
    m_suggestion->setWordWrap(true);
    m_applyButton = new QPushButton(tr("Apply Suggested Plan"), sensitivityBox);
    m_applyButton->setToolTip(tr("Make the suggested plan the plan (Edit ▸ Undo takes it back)"));
    connect(m_applyButton, &QPushButton::clicked, this, &ComparisonDashboard::applySuggestedPlan);
    // The button under the text, so that neither squeezes the other (long in German).
    auto *suggestionRow = new QVBoxLayout;
    suggestionRow->addWidget(m_suggestion);
    suggestionRow->addWidget(m_applyButton, 0, Qt::AlignRight);
    auto *sensitivityLayout = new QVBoxLayout(sensitivityBox);
    sensitivityLayout->setContentsMargins(0, 0, 0, 0);
    sensitivityLayout->addWidget(m_sensitivityChart, 1);
    sensitivityLayout->addWidget(m_sensitivityHint, 1);
    sensitivityLayout->addLayout(suggestionRow);

    // Explicit minimum widths: a word-wrapped label's own hint would otherwise widen the window.
    figuresBox->setMinimumWidth(300);
    m_sqnrChart->setMinimumWidth(220);
    sensitivityBox->setMinimumWidth(220);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({ 500, 380, 380 });
    return splitter;
}

QString ComparisonDashboard::statusText() const
{
    return m_status->text();
}

QString ComparisonDashboard::suggestionText() const
{
    return m_suggestion->text();
}

bool ComparisonDashboard::isShowingEmptyState() const
{
    return m_pages->currentIndex() == 0;
}

bool ComparisonDashboard::isComparisonStale() const
{
    const auto comparison = m_workbench->comparison();
    return comparison && !m_workbench->staleReason(comparison->basis).isEmpty();
}

bool ComparisonDashboard::isSensitivityStale() const
{
    const auto sensitivity = m_workbench->sensitivity();
    return sensitivity && !m_workbench->staleReason(sensitivity->basis).isEmpty();
}

void ComparisonDashboard::updateComparison()
{
    const auto comparison = m_workbench->comparison();
    if (comparison)
        m_figures->setResult(comparison->result);
    else
        m_figures->clear();
    m_figuresView->setVisible(comparison != nullptr);
    m_figuresHint->setVisible(!comparison);
    if (!comparison) {
        m_sqnrChart->clear();
        m_sqnrChart->setVisible(false);
    } else {
        const qs::ComparisonResult &r = comparison->result;
        LayerBarChart::Series output { tr("output SQNR"), FigureBarsDelegate::quantizedColour(), {}, {}, QColor(200, 40, 40),
            tr("below %1 dB").arg(r.flagBelowDb) };
        int flagged = 0;
        for (const auto &l : r.layers) {
            output.values.push_back(l.measured ? l.outputSqnrDb : std::nan(""));
            output.highlighted.push_back(l.flagged);
            flagged += l.flagged ? 1 : 0;
        }
        m_sqnrChart->setData(
            tr("<b>Output SQNR per layer</b> (higher is better; %n flagged)", nullptr, flagged),
            layerNames(r.layers), { output }, tr("dB"), r.flagBelowDb, tr("threshold %1 dB").arg(r.flagBelowDb));
        m_sqnrChart->setVisible(true);
    }
    const auto previous = m_workbench->previousComparison();
    m_previousRun->setText(comparison && previous && m_workbench->model()
            ? qs::ui::previousRunText(*previous, *comparison, m_workbench->model()->layers())
            : QString());
    m_previousRun->setVisible(!m_previousRun->text().isEmpty());
    updateStaleness();
}

QString ComparisonDashboard::previousRunText() const
{
    return m_previousRun->text();
}

void ComparisonDashboard::updateSensitivity()
{
    const auto sensitivity = m_workbench->sensitivity();
    m_sensitivityChart->setVisible(sensitivity != nullptr);
    m_sensitivityHint->setVisible(!sensitivity);
    m_suggestion->setVisible(sensitivity != nullptr);
    m_applyButton->setVisible(sensitivity != nullptr);
    if (!sensitivity) {
        m_sensitivityChart->clear();
        m_suggestion->clear();
        m_suggestionText.clear();
    } else {
        const qs::SensitivityResult &r = sensitivity->result;
        QStringList names;
        LayerBarChart::Series alone { tr("points lost with only this layer quantized"), QColor(220, 130, 30), {}, {}, {}, {} };
        LayerBarChart::Series allBut { tr("points won back by keeping only this layer in float"), QColor(46, 120, 190), {}, {}, {}, {} };
        for (const auto &l : r.layers) {
            names << QString::fromStdString(l.name);
            alone.values.push_back(l.aloneDropPoints);
            allBut.values.push_back(l.allButGainPoints);
        }
        m_sensitivityChart->setData(tr("<b>Sensitivity</b>: accuracy points per layer, most sensitive first (%n samples)",
                                        nullptr, int(r.evaluationSamples)),
            names, { alone, allBut }, tr("accuracy points"));
        const qs::SuggestedPlan &s = r.suggested;
        QStringList kept;
        for (const auto &k : s.keptFloat)
            kept << QString::fromStdString(k);
        const QLocale locale;
        QString text = tr("<b>Suggested plan</b> (budget %1 points): keep %2 in float → top-1 %3 % (%4 against float)%5")
                           .arg(locale.toString(r.budgetPoints, 'f', 1),
                               kept.isEmpty() ? tr("no layer") : kept.join(QStringLiteral(", ")).toHtmlEscaped(),
                               locale.toString(s.accuracy * 100.0, 'f', 2), formatPoints(0.0 - s.dropPoints),
                               s.withinBudget ? QString() : tr(", <b>not within budget</b>"));
        if (s.size.serializedBytes)
            text += tr("; %1 (%2× the float file), %3× the float speed")
                        .arg(formatBytes(s.size.serializedBytes), locale.toString(s.sizeRatio, 'f', 3),
                            locale.toString(s.latency.speedup, 'f', 2));
        m_suggestionText = text;
    }
    updateStaleness();
}

QString ComparisonDashboard::notesText(const qs::ComparisonResult &r)
{
    // A busy machine in the user's language (the figures behind it are in the result); the
    // others as core words them, in English, as the command line shows them, except the threads
    // timing used, which the measured-on line already gives.
    QString text;
    const auto busy = qs::busyMachineNote(r.coresWhileTiming, r.threads);
    if (busy)
        text += QStringLiteral("<br>")
            + tr("<b>The CPU was busy</b> with other programs while timing (%1 threads kept %2 cores busy): the "
                 "latencies are slower, and the speed-up less certain, than on a quiet machine. Compare again when it "
                 "is idle.")
                  .arg(r.threads)
                  .arg(QLocale().toString(r.coresWhileTiming, 'f', 1));
    for (const std::string &note : r.notes)
        if ((!busy || note != *busy) && note.rfind("timed with ", 0) != 0) // the thread count is in the line above
            text += QStringLiteral("<br><i>") + tr("Note: %1").arg(QString::fromStdString(note).toHtmlEscaped())
                + QStringLiteral("</i>");
    return text;
}

void ComparisonDashboard::updateStaleness()
{
    const auto comparison = m_workbench->comparison();
    const auto sensitivity = m_workbench->sensitivity();
    m_pages->setCurrentIndex(comparison || sensitivity ? 1 : 0);
    m_pages->setVisible(comparison || sensitivity);
    const QLocale locale;
    if (!comparison) {
        updateEmptyText(); // the status line shows what to do first until there are figures
        m_status->setText(sensitivity ? tr("No comparison yet.") : m_emptyText->text());
    } else {
        const qs::ComparisonResult &r = comparison->result;
        const QString stale = m_workbench->staleReason(comparison->basis);
        const QString measured
            = tr("Measured on %1 samples of the evaluation set: %2. Calibrated on %3 samples; %4 engine, %5 form, %6 "
                     "threads.")
                  .arg(formatCount(std::int64_t(r.evaluationSamples)), breakablePath(describeData(r.dataProvenance)),
                      formatCount(std::int64_t(r.calibrationSamples)), QString::fromStdString(qs::toString(r.engine)),
                      QString::fromStdString(qs::toString(r.form)))
                  .arg(r.threads);
        const QString measuredAndNotes = measured + notesText(r);
        m_status->setText(stale.isEmpty() ? measuredAndNotes
                                          : tr("<span style=\"color:%1\"><b>Stale:</b> %2 these figures were made. "
                                               "Click Refresh to measure again.</span> %3")
                                                .arg(staleColour.name(), stale, measuredAndNotes));
    }
    m_compareButton->setText(isComparisonStale() ? tr("Refresh") : tr("Compare"));
    if (sensitivity) {
        const QString stale = m_workbench->staleReason(sensitivity->basis);
        m_sensitivityButton->setText(stale.isEmpty() ? tr("Sensitivity") : tr("Refresh Sensitivity"));
        m_suggestion->setText(stale.isEmpty() ? m_suggestionText
                                              : tr("<span style=\"color:%1\"><b>Stale:</b> %2 this analysis was "
                                                   "made.</span> %3")
                                                    .arg(staleColour.name(), stale, m_suggestionText));
    } else {
        m_sensitivityButton->setText(tr("Sensitivity"));
    }
    updateButtons();
}

void ComparisonDashboard::updateButtons()
{
    const bool ready = m_workbench->hasModel() && m_workbench->hasData();
    m_compareButton->setEnabled(ready && !m_workbench->isComparing());
    m_sensitivityButton->setEnabled(ready && !m_workbench->isAnalysingSensitivity());
    const auto sensitivity = m_workbench->sensitivity();
    m_applyButton->setEnabled(sensitivity && !(sensitivity->result.suggested.plan == m_workbench->plan()));
}

void ComparisonDashboard::applySuggestedPlan()
{
    if (const auto sensitivity = m_workbench->sensitivity())
        m_workbench->editPlan(sensitivity->result.suggested.plan, tr("Apply Suggested Plan"));
}

} // namespace qs::ui
