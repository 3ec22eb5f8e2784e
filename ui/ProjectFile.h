#pragma once

#include "MeasuredResults.h"

#include "quantscope/DataSpec.h"
#include "quantscope/QuantPlan.h"

#include <QString>

#include <memory>
#include <optional>

namespace qs::ui {

// A .qsproj file: versioned JSON with the model path, the data set and its settings, the plan,
// the calibration settings and (from version 2) the last comparison and sensitivity results with
// the plan and data they were made from. Version 1 files still open. Paths are stored absolute and also relative to the project file,
// so a project moved together with its model still finds it.
struct ProjectFile
{
    static constexpr int formatVersion = 2;
    static constexpr const char *formatName = "quantscope-project";

    QString modelPath;
    std::optional<qs::DataSpec> data;
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    int calibrationSamples = 512;
    int calibrationBatchSize = 64;
    // The last results (null when there were none). Their basis' calibration generation is not kept.
    std::shared_ptr<const MeasuredComparison> comparison;
    std::shared_ptr<const MeasuredSensitivity> sensitivity;

    QByteArray toJson(const QString &projectPath) const;
    // Throws qs::Error naming the problem (not JSON, another format, a newer version, bad values).
    static ProjectFile fromJson(const QByteArray &json, const QString &projectPath);

    // Atomic (QSaveFile): the old file stays whole when writing fails. Throws qs::Error.
    void save(const QString &path) const;
    static ProjectFile load(const QString &path);
};

} // namespace qs::ui
