#include "quantscope/QuantizedAccuracy.h"

#include "quantscope/QuantizedModel.h"

#include "eval/ModuleAccuracy.h"
#include <ATen/Parallel.h>
#include "quantize/LayerWeights.h"
#include "quantize/QuantizedModelImpl.h"

namespace qs {

AccuracyResult evaluateAccuracy(const QuantizedModel &model, const Dataset &data, const EvaluationOptions &options,
                                const Progress &progress)
{
    if (options.threads > 0)
        at::set_num_threads(options.threads);
    setQuantizedEngine(model.engine());
    return moduleAccuracy(model.impl().module, data, options.batchSize, progress);
}

} // namespace qs
