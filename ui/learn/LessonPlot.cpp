#include "LessonPlot.h"

#include "PlotSaving.h"
#include "PlotStyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace qs::ui {

namespace {

// The width of a legend's widest row when its items fill `columns` columns, row by row.
int widestRow(const std::vector<int> &widths, int columns, int spacing)
{
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        int column = 0;
        for (std::size_t i = std::size_t(c); i < widths.size(); i += std::size_t(columns))
            column = std::max(column, widths[i]);
        total += column;
    }
    return total + (columns - 1) * spacing;
}

} // namespace

LessonPlot::LessonPlot(const QString &title, const QString &fileStem, QWidget *parent)
    : QWidget(parent)
    , m_fileStem(fileStem)
{
    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto *save = new QToolButton(this);
    save->setText(tr("Save as PNG…"));
    save->setToolTip(tr("Save this plot as a PNG image, e.g. for lecture slides"));
    save->setAutoRaise(true);

    m_plot = new QCustomPlot(this);
    followPalette(m_plot);
    m_plot->setMinimumHeight(160);
    auto *saveAction = new QAction(tr("Save Plot as PNG…"), m_plot);
    m_plot->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_plot->addAction(saveAction);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_plot, 1);

    connect(save, &QToolButton::clicked, this, &LessonPlot::askAndSavePng);
    connect(saveAction, &QAction::triggered, this, &LessonPlot::askAndSavePng);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &LessonPlot::wrapLegendToWidth);
    applyFonts();
}

LessonPlot::~LessonPlot() = default;

QString LessonPlot::title() const
{
    return m_title->text();
}

bool LessonPlot::savePng(const QString &path) const
{
    return savePlot(m_plot, path).isEmpty();
}

void LessonPlot::placeLegendBelow()
{
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

void LessonPlot::showLegendBelow(bool shown)
{
    // Out of the layout when hidden: an empty legend's maximum width (its margins) would otherwise
    // limit the column it shares with the axis rect, squeezing the plot to a sliver.
    QCPLayoutGrid *layout = m_plot->plotLayout();
    const bool placed = layout->hasElement(1, 0) && layout->element(1, 0) == m_plot->legend;
    if (shown && !placed) {
        layout->addElement(1, 0, m_plot->legend);
        layout->setRowStretchFactor(1, 0.001);
    } else if (!shown && placed) {
        layout->take(m_plot->legend);
        layout->simplify();
    }
    m_plot->legend->setVisible(shown);
}

void LessonPlot::setLegendColumnLimit(int columns)
{
    m_legendColumnLimit = columns;
}

void LessonPlot::wrapLegendToWidth()
{
    // Before every replot (a resize, a larger font, another language): as many columns as the
    // plot's width holds, the rest in more rows, so that no entry runs off the edge.
    QCPLegend *legend = m_plot->legend;
    if (!legend->visible())
        return;
    std::vector<int> widths;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (const QCPAbstractLegendItem *item = legend->item(i))
            widths.push_back(item->minimumOuterSizeHint().width());
    if (widths.empty())
        return;
    const int available = m_plot->width() - legend->margins().left() - legend->margins().right()
        - m_plot->plotLayout()->margins().left() - m_plot->plotLayout()->margins().right();
    int columns = int(widths.size());
    if (m_legendColumnLimit > 0)
        columns = std::min(columns, m_legendColumnLimit);
    while (columns > 1 && widestRow(widths, columns, legend->columnSpacing()) > available)
        --columns;
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
}

QSharedPointer<QCPAxisTicker> LessonPlot::wholeNumberTicker(std::size_t count)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(count <= 16 ? 1.0 : std::ceil(double(count) / 10.0));
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    return ticker;
}

void LessonPlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        m_plot->replot();
    }
}

void LessonPlot::applyFonts()
{
    QFont tickFont = font();
    QFont labelFont = font();
    labelFont.setPointSizeF(font().pointSizeF() * 1.05);
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
    }
    m_plot->legend->setFont(tickFont);
}

void LessonPlot::askAndSavePng()
{
    askAndSavePlot(m_plot, m_fileStem, false);
}

} // namespace qs::ui
