#include "LessonPlot.h"

#include "PlotSaving.h"
#include "PlotStyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace qs::ui {

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
