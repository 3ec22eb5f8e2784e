#pragma once

#include "quantscope/DataSpec.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace qs {
class Model;
}

// A data option the user wrote wrongly: commands report it as a usage error (exit status 2).
struct DataOptionError : qs::Error
{
    using qs::Error::Error;
};

// The data options every command that reads data shares: --data, --calib, --eval, --mean, --std,
// --sample, --data-seed, --size. One place parses them into a qs::DataSpec.
class DataOptions final
{
    Q_DECLARE_TR_FUNCTIONS(DataOptions)

public:
    // withCalibration: whether the command calibrates (adds --calib).
    static void addTo(QCommandLineParser &parser, bool withCalibration);

    // Builds the spec. Without --mean/--std a demo model's own normalisation applies; image folders
    // take the model's input channels and size when they are known. Throws DataOptionError for badly written options, qs::Error for a bad data spec.
    static qs::DataSpec spec(const QCommandLineParser &parser, const qs::Model *model,
                             const std::optional<qs::DemoInfo> &demo);

    // The notes a user should see about the data (sample in use, skipped images), one per line.
    static QString notesText(const std::vector<qs::DataNote> &notes);
};
