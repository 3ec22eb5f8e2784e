#pragma once

#include "LessonPlot.h"

#include <QColor>

#include <vector>

namespace qs::ui {

// One bar per observer: the SQNR of data quantized with the range that observer chose.
class ObserverSqnrPlot final : public LessonPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObserverSqnrPlot)

public:
    struct Bar
    {
        QString name;
        double sqnrDb = 0.0; // +inf for an exact result
        QColor color;
    };

    explicit ObserverSqnrPlot(QWidget *parent = nullptr);
    ~ObserverSqnrPlot() override;

    void setBars(const std::vector<Bar> &bars);
};

} // namespace qs::ui
