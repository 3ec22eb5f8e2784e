#pragma once

#include "LessonPlot.h"

#include <vector>

namespace qs::ui {

// Each output channel's weight range [min_c, max_c] as a vertical bar, with the range one shared
// (per-tensor) scale covers drawn across all of them.
class ChannelRangesPlot final : public LessonPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelRangesPlot)

public:
    explicit ChannelRangesPlot(QWidget *parent = nullptr);
    ~ChannelRangesPlot() override;

    // sharedLower/sharedUpper: the representable range of the per-tensor qparams.
    void setRanges(
        const std::vector<float> &mins, const std::vector<float> &maxs, double sharedLower, double sharedUpper);
};

} // namespace qs::ui
