#pragma once

// Limits a CI pipeline puts on a comparison, so that a model that quantizes badly fails the build:
// `quantscope-cli compare model.pt --data … --max-drop 0.5 --min-agreement 99`.

#include "quantscope/Comparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <optional>
#include <vector>

struct ComparisonCheck
{
    QString option; // the option that set it: "max-drop"
    double limit = 0.0;
    double value = 0.0; // the measured figure, in the option's unit
    bool passed = true;
    QString text;       // "top-1 drop 0.04 points, at most 0.5 allowed (--max-drop): passed"
};

class ComparisonChecks
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonChecks)

public:
    static void addTo(QCommandLineParser &parser);
    // Reads the options; returns a usage problem, or empty.
    QString read(const QCommandLineParser &parser);
    // --max-drop compares top-1 accuracy, which needs labelled evaluation data.
    bool needLabels() const { return m_maxDropPoints.has_value(); }
    std::vector<ComparisonCheck> evaluate(const qs::ComparisonResult &r) const;

    static bool allPassed(const std::vector<ComparisonCheck> &checks);
    static QJsonArray toJson(const std::vector<ComparisonCheck> &checks);

private:
    std::optional<double> m_maxDropPoints;
    std::optional<double> m_minAgreementPercent;
};
