#include "PlotStyle.h"

#include <qcustomplot.h>

#include <QEvent>

namespace qs::ui {

QColor mixColours(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

namespace {

bool sameRgb(const QColor &a, const QColor &b)
{
    return a.rgb() == b.rgb();
}

// Recolours one plot before every replot (axes and items made after it was installed included),
// and replots it when its palette changes.
class PaletteFollower final : public QObject
{
public:
    explicit PaletteFollower(QCustomPlot *plot)
        : QObject(plot)
        , m_plot(plot)
        , m_applied(plot->palette())
    {
        plot->installEventFilter(this);
        connect(plot, &QCustomPlot::beforeReplot, this, [this] { recolour(); });
        recolour();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::PaletteChange)
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        return false;
    }

private:
    void recolour()
    {
        const QPalette &p = m_plot->palette();
        const QColor base = p.color(QPalette::Base), text = p.color(QPalette::Text);
        const QColor grid = mixColours(base, text, 0.2);
        m_plot->setBackground(base);
        for (QCPAxisRect *rect : m_plot->axisRects()) {
            for (QCPAxis *axis : rect->axes()) {
                axis->setBasePen(QPen(text, 0));
                axis->setTickPen(QPen(text, 0));
                axis->setSubTickPen(QPen(text, 0));
                axis->setTickLabelColor(text);
                axis->setLabelColor(text);
                axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
                axis->grid()->setSubGridPen(QPen(grid, 0, Qt::DotLine));
                axis->grid()->setZeroLinePen(QPen(grid, 0, Qt::SolidLine));
            }
        }
        if (m_plot->legend) {
            m_plot->legend->setBrush(base);
            m_plot->legend->setTextColor(text);
            m_plot->legend->setSelectedTextColor(text);
        }
        recolourItems();
        m_applied = p;
    }

    // Text in the default black or a palette's text colours, boxes filled white or with a palette's
    // base colour: into this palette's colours. Anything coloured on purpose stays.
    void recolourItems()
    {
        const QPalette &p = m_plot->palette();
        for (int i = 0; i < m_plot->itemCount(); ++i) {
            auto *item = qobject_cast<QCPItemText *>(m_plot->item(i));
            if (!item)
                continue;
            const QColor c = item->color();
            if (c == m_applied.color(QPalette::Text) || c == QColor(Qt::black))
                item->setColor(p.color(QPalette::Text));
            else if (c == m_applied.color(QPalette::PlaceholderText))
                item->setColor(p.color(QPalette::PlaceholderText));
            const QBrush brush = item->brush();
            if (brush.style() == Qt::SolidPattern
                && (sameRgb(brush.color(), Qt::white) || sameRgb(brush.color(), m_applied.color(QPalette::Base)))) {
                QColor fill = p.color(QPalette::Base);
                fill.setAlpha(brush.color().alpha());
                item->setBrush(fill);
            }
            if (item->pen().style() != Qt::NoPen && sameRgb(item->pen().color(), m_applied.color(QPalette::Mid)))
                item->setPen(QPen(p.color(QPalette::Mid)));
        }
    }

    QCustomPlot *m_plot;
    QPalette m_applied; // the palette the plot's colours came from
};

} // namespace

void followPalette(QCustomPlot *plot)
{
    new PaletteFollower(plot);
}

} // namespace qs::ui
