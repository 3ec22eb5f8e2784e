#include "NumberFormat.h"

#include "quantscope/LayerInfo.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace qs::ui {

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
