#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// A horizontal bar chart as inline SVG: one row per label, one bar per series in each row.
struct SvgBarSeries
{
    QString name;
    QString colour;          // CSS colour
    std::vector<double> values; // NaN: no bar; +inf: drawn to the edge and labelled "inf"
};

QString svgBarChart(const QString &title, const QStringList &labels, const std::vector<SvgBarSeries> &series,
                    const QString &unit, double markAt = -1.0);
