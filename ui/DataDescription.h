#pragma once

// A data set's provenance, normalisation and notes worded in the user's language (core's
// Dataset::description() is the English wording of the same parts).

#include "quantscope/DataProvenance.h"
#include "quantscope/Dataset.h"

#include <QString>

namespace qs::ui {

// "512 random samples (seed 0) of Fashion-MNIST train split (60,000 images)", translated.
QString describeData(const qs::DataProvenance &provenance);
// "mean 0.286, std 0.353", or "no normalisation", translated.
QString describeNormalization(const qs::Normalization &normalization);
// "skipped 2 unreadable images: a/x.png, b/y.jpg", translated.
QString describeNote(const qs::DataNote &note);

} // namespace qs::ui
