#pragma once

#include "quantscope/Dataset.h"
#include "quantscope/Observer.h"
#include "quantscope/Progress.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace qs {

class Model;

// What calibration saw at one quantizable layer. The output is taken where a quantized kernel
// produces it: after a batch norm the conv absorbs and a relu it fuses ("conv → bn → relu" is
// observed after the relu), because that is the tensor whose range the int8 model must hold.
struct LayerCalibration
{
    std::string name; // the layer's module path
    TensorObservation input;
    TensorObservation output;
    bool called = false; // false when forward() never reached the layer on the calibration data
    // When the layer reads the very tensor that is observed elsewhere, where: "features.0 output",
    // "add_1" or "layer2.conv1 input" (input is then a copy of that observation); else empty.
    std::string inputSharedWith;
};

// A tensor + tensor add (residual connection), observed after the relu that follows it, if any.
struct AddCalibration
{
    std::string name; // "add_0", "add_1", ... in the order forward() computes them
    TensorObservation output;
};

// The result of one calibration run: a value, so a new run replaces an old one only when it succeeds.
struct CalibrationResult
{
    std::size_t samples = 0;
    ObserverSettings settings;
    std::vector<LayerCalibration> layers; // parallel to Model::layers()
    std::vector<AddCalibration> adds;
    // The first calibration sample as it went into the model ([1, ...], values flattened): every
    // quantized model built from this calibration runs it once, so that one which cannot run is
    // refused when it is built, never exported. Empty: no check.
    std::vector<float> probe;
    std::vector<std::int64_t> probeShape;

    bool isEmpty() const { return samples == 0; }
    const LayerCalibration *find(const std::string &layer) const; // nullptr if unknown
    const AddCalibration *findAdd(const std::string &name) const;
};

struct CalibrationOptions
{
    std::size_t samples = 512;   // at most this many samples (fewer if the data set is smaller)
    std::size_t batchSize = 64;
    ObserverSettings observer;   // histogram bins etc.
    // Record only what these observers need (faster: see RecordedStatistics); empty: what all six need.
    std::vector<ObserverKind> observers;
};

// Runs up to options.samples samples of data through an observed copy of the model (the model
// itself is not changed) and records every layer's input and output. Reports progress per batch;
// throws qs::Cancelled when progress asks to stop, and qs::Error when the model cannot run on the data.
CalibrationResult calibrate(const Model &model, const Dataset &data, const CalibrationOptions &options = {},
                            const Progress &progress = {});
// The same over batches the caller made (each Batch's shape includes the batch dimension).
CalibrationResult calibrate(const Model &model, const std::vector<Batch> &batches, const CalibrationOptions &options = {},
                            const Progress &progress = {});

} // namespace qs
