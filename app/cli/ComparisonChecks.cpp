#include "ComparisonChecks.h"

#include <QJsonObject>

#include <algorithm>

namespace {

std::optional<double> number(const QCommandLineParser &parser, const QString &option, double low, double high, bool &ok)
{
    ok = true;
    if (!parser.isSet(option))
        return std::nullopt;
    const double v = parser.value(option).toDouble(&ok);
    ok = ok && v >= low && v <= high;
    return v;
}

} // namespace

void ComparisonChecks::addTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("max-drop"),
                      tr("Fail (exit status 4) when top-1 accuracy drops by more than this many points."), tr("POINTS")});
    parser.addOption({QStringLiteral("min-agreement"),
                      tr("Fail (exit status 4) when the two models agree on the top-1 class for less than this percentage "
                         "of the samples."),
                      tr("PERCENT")});
}

QString ComparisonChecks::read(const QCommandLineParser &parser)
{
    bool ok = true;
    m_maxDropPoints = number(parser, QStringLiteral("max-drop"), -100.0, 100.0, ok);
    if (!ok)
        return tr("--max-drop takes a number of points between -100 and 100");
    m_minAgreementPercent = number(parser, QStringLiteral("min-agreement"), 0.0, 100.0, ok);
    if (!ok)
        return tr("--min-agreement takes a percentage between 0 and 100");
    return {};
}

std::vector<ComparisonCheck> ComparisonChecks::evaluate(const qs::ComparisonResult &r) const
{
    std::vector<ComparisonCheck> checks;
    const auto verdict = [](bool passed) { return passed ? tr("passed") : tr("FAILED"); };
    if (m_maxDropPoints && r.original.accuracy && r.quantized.accuracy) {
        ComparisonCheck c;
        c.option = QStringLiteral("max-drop");
        c.limit = *m_maxDropPoints;
        c.value = (r.original.accuracy->top1 - r.quantized.accuracy->top1) * 100.0;
        c.passed = c.value <= c.limit;
        c.text = tr("top-1 drop %1 points, at most %2 allowed (--max-drop): %3")
                     .arg(c.value, 0, 'f', 2)
                     .arg(c.limit)
                     .arg(verdict(c.passed));
        checks.push_back(c);
    }
    if (m_minAgreementPercent) {
        ComparisonCheck c;
        c.option = QStringLiteral("min-agreement");
        c.limit = *m_minAgreementPercent;
        c.value = r.agreement * 100.0;
        c.passed = c.value >= c.limit;
        c.text = tr("top-1 agreement %1 %, at least %2 % required (--min-agreement): %3")
                     .arg(c.value, 0, 'f', 2)
                     .arg(c.limit)
                     .arg(verdict(c.passed));
        checks.push_back(c);
    }
    return checks;
}

bool ComparisonChecks::allPassed(const std::vector<ComparisonCheck> &checks)
{
    return std::all_of(checks.begin(), checks.end(), [](const ComparisonCheck &c) { return c.passed; });
}

QJsonArray ComparisonChecks::toJson(const std::vector<ComparisonCheck> &checks)
{
    QJsonArray array;
    for (const auto &c : checks)
        array.append(QJsonObject{{QStringLiteral("option"), c.option},
                                 {QStringLiteral("limit"), c.limit},
                                 {QStringLiteral("value"), c.value},
                                 {QStringLiteral("passed"), c.passed}});
    return array;
}
