#pragma once

#include "quantscope/DataSpec.h"
#include "quantscope/QuantPlan.h"

#include <QString>

#include <optional>

namespace qs::ui {

// A .qsproj file: versioned JSON with the model path, the data set and its settings, the plan
// and the calibration settings. Paths are stored absolute and also relative to the project file,
// so a project moved together with its model still finds it.
struct ProjectFile
{
    static constexpr int formatVersion = 1;
    static constexpr const char *formatName = "quantscope-project";

    QString modelPath;
    std::optional<qs::DataSpec> data;
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    int calibrationSamples = 512;
    int calibrationBatchSize = 64;

    QByteArray toJson(const QString &projectPath) const;
    // Throws qs::Error naming the problem (not JSON, another format, a newer version, bad values).
    static ProjectFile fromJson(const QByteArray &json, const QString &projectPath);

    // Atomic (QSaveFile): the old file stays whole when writing fails. Throws qs::Error.
    void save(const QString &path) const;
    static ProjectFile load(const QString &path);
};

} // namespace qs::ui
