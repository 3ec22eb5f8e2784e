#pragma once

#include "quantscope/DemoCatalog.h"
#include "quantscope/Model.h"

#include <QString>

#include <memory>
#include <optional>

// A command's MODEL argument, loaded: a TorchScript path or demo:NAME, with the demo metadata
// (input shape, normalisation, classes) when there is some for it.
struct LoadedModel
{
    std::shared_ptr<const qs::Model> model;
    std::optional<qs::DemoInfo> demo;

    // Throws qs::Error for an unknown demo, a file that is not a loadable model, or a model
    // Quantscope cannot run (ModelSummary::cannotRun): the commands that load it this way run it.
    static LoadedModel load(const QString &argument);
};
