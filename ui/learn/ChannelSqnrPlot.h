#pragma once

#include "LessonPlot.h"

#include <vector>

class QCPBarsGroup;

namespace qs::ui {

// Per output channel, the SQNR with one shared scale next to the SQNR with the channel's own scale.
class ChannelSqnrPlot final : public LessonPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelSqnrPlot)

public:
    explicit ChannelSqnrPlot(QWidget *parent = nullptr);
    ~ChannelSqnrPlot() override;

    void setSqnr(const std::vector<double> &perTensorDb, const std::vector<double> &perChannelDb);

private:
    QCPBarsGroup *m_group = nullptr; // puts the two bars of a channel side by side
};

} // namespace qs::ui
