#pragma once

#include "LessonPage.h"

#include "quantscope/QParams.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace qs::ui {

class FormulaTable;
class NumberLinePlot;

// Lesson 1: how a float range becomes scale and zero point, and one value's trip to an integer and
// back, with PyTorch's formulas next to the seed blog's.
class FloatToIntegerLesson final : public LessonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloatToIntegerLesson)

public:
    explicit FloatToIntegerLesson(QWidget *parent = nullptr);
    ~FloatToIntegerLesson() override;

    void reset() override;

    // The inputs as the controls hold them.
    qs::QuantSpec spec() const;
    double rangeMin() const;
    double rangeMax() const;
    double value() const;
    NumberLinePlot *numberLine() const { return m_numberLine; }

private:
    void buildControls();
    void update();
    void updatePyTorchTable(const qs::QuantSpec &spec, const qs::QParams &qp, int q, float xhat);
    void updateTextbookTable(const qs::QuantSpec &spec);
    void updateDifference(const qs::QuantSpec &spec, const qs::QParams &qp);

    QDoubleSpinBox *m_min = nullptr;
    QDoubleSpinBox *m_max = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QSpinBox *m_bits = nullptr;
    QComboBox *m_signedness = nullptr;
    QComboBox *m_scheme = nullptr;
    QCheckBox *m_narrow = nullptr;
    NumberLinePlot *m_numberLine = nullptr;
    FormulaTable *m_pytorch = nullptr;
    FormulaTable *m_textbook = nullptr;
    QLabel *m_difference = nullptr;
    QLabel *m_levels = nullptr;
    bool m_updating = false;
};

} // namespace qs::ui
