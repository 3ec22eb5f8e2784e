#pragma once

#include "LoadedModel.h"

#include "quantscope/DataSpec.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/Model.h"
#include "quantscope/QuantPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

// What compare and sensitivity share: the MODEL argument, the data options, --plan / --engine,
// --batch, --threads and --runs.
struct PlanOptions
{
    Q_DECLARE_TR_FUNCTIONS(PlanOptions)

public:
    static void addTo(QCommandLineParser &parser);
    // The plan: --plan's file, or PyTorch's default qconfig for --engine (default onednn). Throws qs::Error.
    static qs::QuantPlan plan(const QCommandLineParser &parser);
    // Empty when the option is fine, else the usage message. Values land in the out parameters.
    static QString positiveNumber(const QCommandLineParser &parser, const QString &option, std::size_t &value);
    static QString nonNegativeNumber(const QCommandLineParser &parser, const QString &option, double &value);
};

// Everything compare and sensitivity read before they start: the model, the plan (validated), the
// data split and the numbers of PlanOptions.
struct CommandSetup
{
    LoadedModel loaded;
    qs::QuantPlan plan;
    qs::DataSpec spec;
    qs::DataSplit split;
    std::size_t batch = 64;
    std::size_t threads = 2;
    std::size_t runs = 30;
};

// Checks the usage and loads; returns the usage problem, or an empty string when `setup` is ready.
// Unset --calib becomes 512, unset --eval defaultEval (0: every evaluation sample). Throws qs::Error for bad input.
QString prepareCommand(const QCommandLineParser &parser, std::size_t defaultEval, CommandSetup &setup);
