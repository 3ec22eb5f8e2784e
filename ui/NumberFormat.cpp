#include "NumberFormat.h"

#include "quantscope/LayerInfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace qs::ui {

namespace {

// Gives the figures' units a translation context of their own.
struct FigureText
{
    Q_DECLARE_TR_FUNCTIONS(qs::ui::NumberFormat)
};

} // namespace

QString formatValue(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString formatCount(std::int64_t count)
{
    return QLocale().toString(qlonglong(count));
}

QString formatBytes(std::int64_t bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString formatShape(const std::vector<std::int64_t> &shape)
{
    return QString::fromStdString(qs::shapeToString(shape));
}

QString formatOpChain(const std::vector<std::string> &ops)
{
    QStringList names;
    for (const auto &op : ops)
        names << QString::fromStdString(op).remove(QStringLiteral("aten::"));
    return names.join(QStringLiteral(" → "));
}

QString formatPercent(double percent)
{
    return FigureText::tr("%1 %").arg(QLocale().toString(percent, 'f', 2));
}

QString formatRatio(double ratio)
{
    return std::isfinite(ratio) ? FigureText::tr("%1×").arg(QLocale().toString(ratio, 'f', ratio < 10.0 ? 3 : 1)) : QString();
}

QString formatSpeedup(double speedup)
{
    if (!(speedup > 0.0))
        return {};
    return speedup >= 1.0 ? FigureText::tr("%1× faster").arg(QLocale().toString(speedup, 'f', 2))
                          : FigureText::tr("%1× slower").arg(QLocale().toString(1.0 / speedup, 'f', 2));
}

QString formatPoints(double points)
{
    return FigureText::tr("%1 points").arg((points >= 0.0 ? QStringLiteral("+") : QString()) + QLocale().toString(points, 'f', 2));
}

QString formatDecibels(double db)
{
    if (std::isinf(db))
        return db > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QLocale().toString(db, 'f', 1);
}

QString layerNameHtml(const QString &name)
{
    // A word joiner (U+2060, invisible) after each dot: Qt's line breaking ignores <nobr> and
    // white-space: nowrap in a label's word wrap.
    QString escaped = name.toHtmlEscaped();
    return escaped.replace(QLatin1Char('.'), QStringLiteral(".\u2060"));
}

} // namespace qs::ui
