#include "quantscope/QuantizedExport.h"

#include "quantscope/Calibration.h"
#include "quantscope/Error.h"
#include "quantscope/QuantizedModel.h"

#include "quantize/AtomicFile.h"
#include "quantize/QuantizedModelImpl.h"

#include <fstream>

namespace qs {

namespace {

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        throw Error("the file could not be written");
}

} // namespace

void exportQuantized(const QuantizedModel &model, const QuantPlan &plan, const CalibrationResult &calibration,
                     const ExportPaths &paths)
{
    if (paths.model.empty())
        throw Error("no output file given for the quantized model");
    if (model.form() != QuantizedForm::Real)
        throw Error("only the real quantized model can be exported (the simulated one runs fake quantization in float)");
    const std::string encodings = paths.encodings.empty() ? std::string() : encodingsJson(model, plan, calibration);
    const std::string planJson = paths.plan.empty() ? std::string() : plan.toJson();

    std::vector<std::pair<std::string, FileWriter>> files{
        {paths.model, [&](const std::string &tmp) { model.impl().module.save(tmp); }}};
    if (!paths.encodings.empty())
        files.emplace_back(paths.encodings, [&](const std::string &tmp) { writeText(tmp, encodings); });
    if (!paths.plan.empty())
        files.emplace_back(paths.plan, [&](const std::string &tmp) { writeText(tmp, planJson); });
    writeFilesAtomically(files);
}

} // namespace qs
