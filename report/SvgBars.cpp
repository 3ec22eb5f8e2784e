#include "SvgBars.h"

#include <algorithm>
#include <cmath>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString svgBarChart(const QString &title, const QStringList &labels, const std::vector<SvgBarSeries> &series,
                    const QString &unit, double markAt)
{
    const int labelWidth = 170, plotWidth = 420, barHeight = 14, gap = 8, top = 28;
    const int rowHeight = int(series.size()) * barHeight + gap;
    const int height = top + int(labels.size()) * rowHeight + 24;
    double maximum = markAt > 0.0 ? markAt : 0.0;
    for (const auto &s : series)
        for (const double v : s.values)
            if (std::isfinite(v))
                maximum = std::max(maximum, v);
    if (maximum <= 0.0)
        maximum = 1.0;
    auto x = [&](double v) { return labelWidth + plotWidth * std::clamp(v, 0.0, maximum) / maximum; };
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" font-family=\"sans-serif\" font-size=\"11\">")
                      .arg(labelWidth + plotWidth + 90)
                      .arg(height);
    svg += QStringLiteral("<text x=\"0\" y=\"14\" font-weight=\"bold\" font-size=\"13\">%1</text>").arg(esc(title));
    int legendX = labelWidth + plotWidth - 200;
    for (const auto &s : series) {
        svg += QStringLiteral("<rect x=\"%1\" y=\"4\" width=\"10\" height=\"10\" fill=\"%2\"/><text x=\"%3\" y=\"13\">%4</text>")
                   .arg(legendX)
                   .arg(s.colour)
                   .arg(legendX + 14)
                   .arg(esc(s.name));
        legendX += 110;
    }
    for (int row = 0; row < labels.size(); ++row) {
        const int y0 = top + row * rowHeight;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(labelWidth - 6)
                   .arg(y0 + int(series.size()) * barHeight / 2 + 4)
                   .arg(esc(labels[row]));
        for (std::size_t k = 0; k < series.size(); ++k) {
            const double v = std::size_t(row) < series[k].values.size() ? series[k].values[std::size_t(row)] : std::nan("");
            const int y = y0 + int(k) * barHeight;
            if (std::isnan(v)) {
                svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#888\">not measured</text>").arg(labelWidth + 4).arg(y + 11);
                continue;
            }
            const double end = std::isinf(v) ? labelWidth + plotWidth : x(v);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                       .arg(labelWidth)
                       .arg(y)
                       .arg(std::max(0.0, end - labelWidth), 0, 'f', 1)
                       .arg(barHeight - 2)
                       .arg(series[k].colour);
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                       .arg(end + 4, 0, 'f', 1)
                       .arg(y + 11)
                       .arg(std::isinf(v) ? QStringLiteral("inf") : QStringLiteral("%1 %2").arg(v, 0, 'g', 4).arg(unit));
        }
    }
    if (markAt > 0.0)
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#c00\" stroke-dasharray=\"4,3\"/>"
                              "<text x=\"%1\" y=\"%4\" fill=\"#c00\" text-anchor=\"middle\">%5 %6</text>")
                   .arg(x(markAt), 0, 'f', 1)
                   .arg(top - 4)
                   .arg(height - 20)
                   .arg(height - 6)
                   .arg(markAt)
                   .arg(unit);
    svg += QStringLiteral("</svg>");
    return svg;
}
