#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace qs {
struct ComparisonResult;
}

namespace qs::ui {

class ComparisonTableModel;
class LayerBarChart;
class Workbench;

// The comparison dashboard: original and quantized side by side (size, latency, throughput,
// accuracy, agreement, output SQNR, each with its change and bars), per-layer output SQNR with
// the flagged layers in red, per-layer sensitivity and the suggested plan with an Apply button
// (an undoable plan edit). Says when its figures are stale and refreshes with one click.
class ComparisonDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDashboard)

public:
    explicit ComparisonDashboard(Workbench *workbench, QWidget *parent = nullptr);
    ~ComparisonDashboard() override;

    ComparisonTableModel *figures() const { return m_figures; }
    QTableView *figuresView() const { return m_figuresView; }
    LayerBarChart *sqnrChart() const { return m_sqnrChart; }
    LayerBarChart *sensitivityChart() const { return m_sensitivityChart; }
    QPushButton *compareButton() const { return m_compareButton; }
    QPushButton *sensitivityButton() const { return m_sensitivityButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    QSpinBox *evaluationSamples() const { return m_evaluationSamples; }
    // The line above the figures: what they were measured on, or why they are stale.
    QString statusText() const;
    // Under the figures: the plan changes and figures against the previous run (empty: none).
    QString previousRunText() const;
    QString suggestionText() const;
    bool isShowingEmptyState() const;
    bool isComparisonStale() const;
    bool isSensitivityStale() const;

public Q_SLOTS:
    void applySuggestedPlan();

    // The comparison's notes for the status line (HTML, each on a line of its own): a busy
    // machine while timing in the user's language, the others as core words them.
    static QString notesText(const qs::ComparisonResult &r);

private:
    QWidget *createEmptyPage();
    QWidget *createResultsPage();
    void updateComparison();
    void updateSensitivity();
    void updateStaleness();
    void updateButtons();
    void updateEmptyText();

    Workbench *m_workbench;
    QLabel *m_status = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_sensitivityButton = nullptr;
    QSpinBox *m_evaluationSamples = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyText = nullptr;
    ComparisonTableModel *m_figures = nullptr;
    QTableView *m_figuresView = nullptr;
    QLabel *m_figuresTitle = nullptr;
    QLabel *m_figuresHint = nullptr;
    QLabel *m_previousRun = nullptr;
    LayerBarChart *m_sqnrChart = nullptr;
    LayerBarChart *m_sensitivityChart = nullptr;
    QLabel *m_sensitivityHint = nullptr;
    QLabel *m_suggestion = nullptr;
    QString m_suggestionText; // without the stale note
    QPushButton *m_applyButton = nullptr;
};

} // namespace qs::ui
