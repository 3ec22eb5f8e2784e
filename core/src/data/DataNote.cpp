#include "quantscope/DataNote.h"

namespace qs {

std::string describe(const DataNote &note)
{
    const std::string n = std::to_string(note.count);
    switch (note.kind) {
    case DataNote::Kind::EmbeddedSample:
        return "using the embedded sample of " + n + " Fashion-MNIST test images: install dataset-fashion-mnist for all 70 000";
    case DataNote::Kind::SkippedImages: {
        std::string list;
        for (std::size_t i = 0; i < note.files.size(); ++i)
            list += (i ? ", " : "") + note.files[i];
        if (note.count > note.files.size())
            list += ", ...";
        return "skipped " + n + " unreadable image(s): " + list;
    }
    case DataNote::Kind::NoEvaluationLeft:
        return "no samples are left for evaluation after " + n + " calibration samples; lower --calib to evaluate";
    }
    return {};
}

} // namespace qs
