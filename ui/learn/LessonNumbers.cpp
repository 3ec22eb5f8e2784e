#include "LessonNumbers.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace qs::ui {

QString lessonNumber(double value)
{
    if (value == 0.0)
        value = 0.0; // no "-0"
    return QLocale().toString(value, 'g', 6);
}

QString lessonTerm(double value)
{
    const QString text = lessonNumber(value);
    return value < 0 ? QLatin1Char('(') + text + QLatin1Char(')') : text;
}

QString lessonDecibels(double db)
{
    if (std::isinf(db))
        return QCoreApplication::translate("qs::ui::LessonNumbers", "∞ dB (exact)");
    return QCoreApplication::translate("qs::ui::LessonNumbers", "%1 dB").arg(QLocale().toString(db, 'f', 2));
}

QString lessonPercent(double fraction)
{
    return QCoreApplication::translate("qs::ui::LessonNumbers", "%1 %")
        .arg(QLocale().toString(100.0 * fraction, 'g', 3));
}

QString lessonAccuracy(double fraction)
{
    return QCoreApplication::translate("qs::ui::LessonNumbers", "%1 %")
        .arg(QLocale().toString(100.0 * fraction, 'f', 1));
}

} // namespace qs::ui
