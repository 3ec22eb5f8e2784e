#include "ChannelSqnrPlot.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace qs::ui {

ChannelSqnrPlot::ChannelSqnrPlot(QWidget *parent)
    : LessonPlot(tr("SQNR of each channel: one shared scale against a scale per channel"),
        QStringLiteral("learn-channel-sqnr"), parent)
{
    plot()->setMinimumHeight(200);
    plot()->xAxis->setLabel(tr("output channel"));
    plot()->yAxis->setLabel(tr("SQNR (dB)"));
    placeLegendBelow();
    m_group = new QCPBarsGroup(plot());
}

ChannelSqnrPlot::~ChannelSqnrPlot() = default;

void ChannelSqnrPlot::setSqnr(const std::vector<double> &perTensorDb, const std::vector<double> &perChannelDb)
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    double highest = 1.0;
    for (const auto *series : { &perTensorDb, &perChannelDb })
        for (double v : *series)
            if (std::isfinite(v))
                highest = std::max(highest, v);
    // An exact channel (all weights on levels) has infinite SQNR: draw it at the top.
    auto toBars = [highest](const std::vector<double> &db) {
        QVector<double> values;
        for (double v : db)
            values << (std::isfinite(v) ? std::max(0.0, v) : highest);
        return values;
    };
    QVector<double> keys;
    for (std::size_t c = 0; c < perTensorDb.size(); ++c)
        keys << double(c);

    const struct
    {
        QString name;
        QColor color;
        const std::vector<double> &db;
    } series[] = { { tr("one shared scale (per tensor)"), QColor(200, 50, 50), perTensorDb },
        { tr("a scale per channel"), QColor(40, 150, 70), perChannelDb } };
    for (const auto &s : series) {
        auto *bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setName(s.name);
        bars->setBrush(s.color);
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.4);
        bars->setData(keys, toBars(s.db), true);
        bars->setBarsGroup(m_group);
    }

    p->xAxis->setRange(-0.8, double(keys.size()) - 0.2);
    p->xAxis->setTicker(wholeNumberTicker(std::size_t(keys.size())));
    p->yAxis->setRange(0.0, highest * 1.1);
    p->replot();
}

} // namespace qs::ui
