#include "FloatToIntegerLesson.h"

#include "FormulaTable.h"
#include "LessonNumbers.h"
#include "NumberLinePlot.h"

#include "quantscope/TextbookQParams.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace qs::ui {

namespace {

// Starting values: an asymmetric range, so the zero point is not trivially 0, in PyTorch's qint8.
constexpr double kDefaultMin = -0.5;
constexpr double kDefaultMax = 1.5;
constexpr double kDefaultValue = 0.1;
constexpr int kDefaultBits = 8;

enum Row { RangeRow, ScaleRow, ZeroPointRow, LevelRow, DequantizedRow, ErrorRow, ZeroRow };

QString rangeText(const qs::QuantRange &r)
{
    return QStringLiteral("[%1, %2]").arg(r.qmin).arg(r.qmax);
}

} // namespace

FloatToIntegerLesson::FloatToIntegerLesson(QWidget *parent)
    : LessonPage(tr("1. From float to integer and back"), parent)
{
    setExplanation(
        tr("<p>An 8-bit integer takes one byte instead of the four of a float, and integer arithmetic is cheap. "
           "Quantization stores every float <i>x</i> of a tensor as an integer <i>q</i>, and keeps two numbers for "
           "the whole tensor:</p>"
           "<ul><li><b>scale <i>s</i></b>: the float distance between two neighbouring integers, the step size;</li>"
           "<li><b>zero point <i>z</i></b>: the integer that stands for 0.0.</li></ul>"
           "<p>There: <b><i>q</i> = round(<i>x</i>/<i>s</i> + <i>z</i>)</b>, clamped to the integer range "
           "[Q<sub>min</sub>, Q<sub>max</sub>].<br>"
           "And back: <b><i>x̂</i> = <i>s</i>·(<i>q</i> − <i>z</i>)</b>.</p>"
           "<p>The network then computes with <i>x̂</i> instead of <i>x</i>; the difference is the quantization error. "
           "Inside the range it is at most half a step (rounding); outside it, values are clipped to the edge.</p>"
           "<p><b>Try it.</b> Drag <i>min</i> and <i>max</i> on the top line: a wider range means a larger step, so "
           "every value is rounded more coarsely. Drag <i>x</i> and watch which integer it lands on and where it "
           "comes back. Lower the bits: fewer levels, bigger steps.</p>"
           "<p><b>Affine</b> maps [min, max] as it is. <b>Symmetric</b> maps [−m, m] with m = max(|min|, |max|), "
           "so the zero point is 0 (for signed integers) and the integer maths is cheaper, but a one-sided range "
           "wastes half the levels. <b>Narrow range</b> leaves out the lowest integer, so int8 is [−127, 127] "
           "(TFLite's int8 weights).</p>"
           "<p><b>PyTorch and the textbook formula.</b> Many texts, like the blog this project started from, write "
           "int8 as [−127, 127] and <i>z</i> = Q<sub>min</sub> − min/<i>s</i> without rounding. PyTorch uses "
           "[−128, 127], always stretches the range to include 0, and rounds and clamps <i>z</i> to an integer, "
           "so that 0.0 is stored exactly: zero padding and the zeros after a ReLU stay exactly zero. Both are "
           "shown below.</p>"));

    buildControls();

    m_numberLine = new NumberLinePlot(this);
    contentLayout()->addWidget(m_numberLine, 1);

    m_pytorch = new FormulaTable(tr("PyTorch (what Quantscope computes)"), this);
    m_pytorch->setObjectName(QStringLiteral("pytorchFormulas"));
    m_pytorch->addRow(tr("integers"), QStringLiteral("range"));
    m_pytorch->addRow(tr("scale s"), QStringLiteral("scale"));
    m_pytorch->addRow(tr("zero point z"), QStringLiteral("zeroPoint"));
    m_pytorch->addRow(tr("x → q"), QStringLiteral("level"));
    m_pytorch->addRow(tr("q → <i>x̂</i>"), QStringLiteral("dequantized"));
    m_pytorch->addRow(tr("error"), QStringLiteral("error"));
    m_pytorch->addRow(tr("0.0 → <i>x̂</i>"), QStringLiteral("zeroRoundTrip"));

    m_textbook = new FormulaTable(tr("The textbook formula (the seed blog)"), this);
    m_textbook->setObjectName(QStringLiteral("textbookFormulas"));
    m_textbook->addRow(tr("integers"), QStringLiteral("textbookRange"));
    m_textbook->addRow(tr("scale"), QStringLiteral("textbookScale"));
    m_textbook->addRow(tr("zero point"), QStringLiteral("textbookZeroPoint"));
    m_textbook->addRow(tr("x → q"), QStringLiteral("textbookLevel"));
    m_textbook->addRow(tr("q → <i>x̂</i>"), QStringLiteral("textbookDequantized"));
    m_textbook->addRow(tr("error"), QStringLiteral("textbookError"));
    m_textbook->addRow(tr("0.0 → <i>x̂</i>"), QStringLiteral("textbookZeroRoundTrip"));

    auto *tables = new QHBoxLayout;
    tables->addWidget(m_pytorch, 1);
    tables->addWidget(m_textbook, 1);
    contentLayout()->addLayout(tables);

    m_difference = new QLabel(this);
    m_difference->setObjectName(QStringLiteral("difference"));
    m_difference->setWordWrap(true);
    m_levels = new QLabel(this);
    m_levels->setObjectName(QStringLiteral("levels"));
    m_levels->setWordWrap(true);
    m_levels->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_difference);
    contentLayout()->addWidget(m_levels);

    connect(m_numberLine, &NumberLinePlot::minDragged, m_min, &QDoubleSpinBox::setValue);
    connect(m_numberLine, &NumberLinePlot::maxDragged, m_max, &QDoubleSpinBox::setValue);
    connect(m_numberLine, &NumberLinePlot::valueDragged, m_value, &QDoubleSpinBox::setValue);
    reset();
}

FloatToIntegerLesson::~FloatToIntegerLesson() = default;

void FloatToIntegerLesson::buildControls()
{
    auto makeSpin = [this](const QString &objectName, const QString &toolTip) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(objectName);
        spin->setRange(-1000.0, 1000.0);
        spin->setDecimals(4);
        spin->setSingleStep(0.05);
        spin->setToolTip(toolTip);
        return spin;
    };
    m_min = makeSpin(
        QStringLiteral("minSpin"), tr("The smallest float the integers must cover (or drag the min marker)"));
    m_max
        = makeSpin(QStringLiteral("maxSpin"), tr("The largest float the integers must cover (or drag the max marker)"));
    m_value = makeSpin(QStringLiteral("valueSpin"), tr("A float value to quantize (or drag the x marker)"));
    m_value->setSingleStep(0.01);
    m_bits = new QSpinBox(this);
    m_bits->setObjectName(QStringLiteral("bitsSpin"));
    m_bits->setRange(2, 8);
    m_bits->setToolTip(tr("Bits per integer: 2^bits levels"));
    m_signedness = new QComboBox(this);
    m_signedness->setObjectName(QStringLiteral("signednessCombo"));
    m_signedness->addItem(tr("signed (qint8)"));
    m_signedness->addItem(tr("unsigned (quint8)"));
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->addItem(tr("affine"));
    m_scheme->addItem(tr("symmetric"));
    m_narrow = new QCheckBox(tr("&Narrow range"), this);
    m_narrow->setObjectName(QStringLiteral("narrowCheck"));
    m_narrow->setToolTip(tr("Leave out the lowest integer: int8 becomes [−127, 127]"));

    auto *grid = new QGridLayout;
    auto addPair = [&](int row, int column, const QString &label, QWidget *widget) {
        auto *l = new QLabel(label, this);
        l->setBuddy(widget);
        grid->addWidget(l, row, column, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(widget, row, column + 1);
    };
    addPair(0, 0, tr("&min"), m_min);
    addPair(0, 2, tr("ma&x"), m_max);
    addPair(0, 4, tr("&value x"), m_value);
    addPair(1, 0, tr("&bits"), m_bits);
    addPair(1, 2, tr("&integers"), m_signedness);
    addPair(1, 4, tr("s&cheme"), m_scheme);
    grid->addWidget(m_narrow, 1, 6);
    grid->setColumnStretch(7, 1);
    contentLayout()->addLayout(grid);

    for (QDoubleSpinBox *spin : { m_min, m_max, m_value })
        connect(spin, &QDoubleSpinBox::valueChanged, this, &FloatToIntegerLesson::update);
    connect(m_bits, &QSpinBox::valueChanged, this, &FloatToIntegerLesson::update);
    connect(m_signedness, &QComboBox::currentIndexChanged, this, &FloatToIntegerLesson::update);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &FloatToIntegerLesson::update);
    connect(m_narrow, &QCheckBox::toggled, this, &FloatToIntegerLesson::update);
    // Keep min ≤ max: moving one past the other pushes the other along.
    connect(m_min, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (v > m_max->value())
            m_max->setValue(v);
    });
    connect(m_max, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (v < m_min->value())
            m_min->setValue(v);
    });
}

void FloatToIntegerLesson::reset()
{
    m_updating = true;
    m_min->setValue(kDefaultMin);
    m_max->setValue(kDefaultMax);
    m_value->setValue(kDefaultValue);
    m_bits->setValue(kDefaultBits);
    m_signedness->setCurrentIndex(0);
    m_scheme->setCurrentIndex(0);
    m_narrow->setChecked(false);
    m_updating = false;
    update();
}

qs::QuantSpec FloatToIntegerLesson::spec() const
{
    qs::QuantSpec spec;
    spec.dtype = m_signedness->currentIndex() == 0 ? qs::QuantDtype::QInt8 : qs::QuantDtype::QUInt8;
    spec.scheme = m_scheme->currentIndex() == 0 ? qs::QuantScheme::Affine : qs::QuantScheme::Symmetric;
    spec.bits = m_bits->value();
    spec.narrowRange = m_narrow->isChecked();
    return spec;
}

double FloatToIntegerLesson::rangeMin() const
{
    return m_min->value();
}

double FloatToIntegerLesson::rangeMax() const
{
    return m_max->value();
}

double FloatToIntegerLesson::value() const
{
    return m_value->value();
}

void FloatToIntegerLesson::update()
{
    if (m_updating)
        return;
    const qs::QuantSpec s = spec();
    const qs::QParams qp = qs::calculateQParams(float(rangeMin()), float(rangeMax()), s);
    const qs::QuantRange range = s.range();
    const float x = float(value());
    const int q = qs::quantizeValue(x, qp, range);
    const float xhat = qs::dequantizeValue(q, qp);

    NumberLineState state;
    state.min = rangeMin();
    state.max = rangeMax();
    state.qparams = qp;
    state.range = range;
    state.value = x;
    state.level = q;
    state.dequantized = xhat;
    m_numberLine->setState(state);

    updatePyTorchTable(s, qp, q, xhat);
    updateTextbookTable(s);
    updateDifference(s, qp);

    const int levels = range.levels();
    m_levels->setText(tr("%1 levels: q = %2 … %3 stand for x̂ = %4, %5, … , %6 (steps of s = %7). "
                         "Floats more than half a step beyond %4 or %6 are clipped to them.")
                          .arg(levels)
                          .arg(range.qmin)
                          .arg(range.qmax)
                          .arg(lessonNumber(qs::dequantizeValue(range.qmin, qp)))
                          .arg(lessonNumber(qs::dequantizeValue(range.qmin + 1, qp)))
                          .arg(lessonNumber(qs::dequantizeValue(range.qmax, qp)))
                          .arg(lessonNumber(qp.scale)));
}

void FloatToIntegerLesson::updatePyTorchTable(const qs::QuantSpec &spec, const qs::QParams &qp, int q, float xhat)
{
    const qs::QuantRange r = spec.range();
    const double minNeg = std::min(rangeMin(), 0.0);
    const double maxPos = std::max(rangeMax(), 0.0);
    const float x = float(value());

    m_pytorch->setRow(RangeRow, tr("Q<sub>min</sub> … Q<sub>max</sub> (%1 levels)").arg(r.levels()), rangeText(r));

    if (spec.scheme == qs::QuantScheme::Affine) {
        m_pytorch->setRow(ScaleRow,
            tr("(max⁺ − min⁻) / (Q<sub>max</sub> − Q<sub>min</sub>) = (%1 − %2) / (%3 − %4)")
                .arg(lessonNumber(maxPos), lessonTerm(minNeg))
                .arg(r.qmax)
                .arg(lessonTerm(r.qmin)),
            lessonNumber(qp.scale));
        m_pytorch->setRow(ZeroPointRow,
            tr("clamp(Q<sub>min</sub> − round(min⁻/s)) = clamp(%1 − round(%2 / %3)) = clamp(%1 − round(%4))")
                .arg(r.qmin)
                .arg(lessonTerm(minNeg), lessonNumber(qp.scale), lessonNumber(minNeg / qp.scale)),
            QString::number(qp.zeroPoint));
    } else {
        m_pytorch->setRow(ScaleRow,
            tr("max(|min⁻|, max⁺) / ((Q<sub>max</sub> − Q<sub>min</sub>)/2) = %1 / (%2/2)")
                .arg(lessonNumber(std::max(-minNeg, maxPos)))
                .arg(r.qmax - r.qmin),
            lessonNumber(qp.scale));
        m_pytorch->setRow(ZeroPointRow,
            spec.dtype == qs::QuantDtype::QInt8 ? tr("symmetric signed: 0")
                                                : tr("symmetric unsigned: the middle of the range"),
            QString::number(qp.zeroPoint));
    }

    const int unclamped = q - qp.zeroPoint;
    const bool clipped
        = x < qs::dequantizeValue(r.qmin, qp) - qp.scale / 2 || x > qs::dequantizeValue(r.qmax, qp) + qp.scale / 2;
    const QString levelFormula = clipped
        ? tr("round(%1 / %2) + %3, clamped to %4: <b>clipped</b>")
              .arg(lessonNumber(x), lessonNumber(qp.scale), lessonTerm(qp.zeroPoint), rangeText(r))
        : tr("round(%1 / %2) + %3 = round(%4) + %3 = %5 + %3")
              .arg(lessonNumber(x), lessonNumber(qp.scale), lessonTerm(qp.zeroPoint),
                  lessonNumber(double(x) / qp.scale), QString::number(unclamped));
    m_pytorch->setRow(LevelRow, levelFormula, QString::number(q));
    m_pytorch->setRow(DequantizedRow,
        tr("s·(q − z) = %1 · (%2 − %3)").arg(lessonNumber(qp.scale), QString::number(q), lessonTerm(qp.zeroPoint)),
        lessonNumber(xhat));
    const double error = double(xhat) - double(x);
    m_pytorch->setRow(ErrorRow,
        tr("<i>x̂</i> − x = %1 − %2, that is %3 steps")
            .arg(lessonNumber(xhat), lessonTerm(x), QLocale().toString(error / qp.scale, 'g', 3)),
        lessonNumber(error));
    const float zeroBack = qs::fakeQuantizeValue(0.0f, qp, r);
    m_pytorch->setRow(ZeroRow, tr("s·(z − z): 0 is always a level"), lessonNumber(zeroBack));
}

void FloatToIntegerLesson::updateTextbookTable(const qs::QuantSpec &spec)
{
    const bool isSigned = spec.dtype == qs::QuantDtype::QInt8;
    const qs::QuantRange r = qs::textbookRange(spec.bits, isSigned);
    const qs::TextbookQParams p = qs::textbookQParams(rangeMin(), rangeMax(), r);
    const double x = value();
    const int q = qs::textbookQuantize(x, p);
    const double xhat = qs::textbookDequantize(q, p);

    m_textbook->setRow(
        RangeRow, isSigned ? tr("min_int … max_int, int8 as [−127, 127]") : tr("min_int … max_int"), rangeText(r));
    m_textbook->setRow(ScaleRow,
        tr("(max − min) / (max_int − min_int) = (%1 − %2) / (%3 − %4)")
            .arg(lessonNumber(rangeMax()), lessonTerm(rangeMin()))
            .arg(r.qmax)
            .arg(lessonTerm(r.qmin)),
        lessonNumber(p.scale));
    m_textbook->setRow(ZeroPointRow,
        tr("min_int − min / scale = %1 − %2 / %3, not rounded")
            .arg(r.qmin)
            .arg(lessonTerm(rangeMin()), lessonNumber(p.scale)),
        lessonNumber(p.zeroPoint));
    m_textbook->setRow(LevelRow,
        tr("round(x / scale + zero_point) = round(%1 / %2 + %3) = round(%4)")
            .arg(lessonNumber(x), lessonNumber(p.scale), lessonTerm(p.zeroPoint),
                lessonNumber(x / p.scale + p.zeroPoint)),
        QString::number(q));
    m_textbook->setRow(DequantizedRow,
        tr("scale·(q − zero_point) = %1 · (%2 − %3)")
            .arg(lessonNumber(p.scale), QString::number(q), lessonTerm(p.zeroPoint)),
        lessonNumber(xhat));
    m_textbook->setRow(
        ErrorRow, tr("<i>x̂</i> − x = %1 − %2").arg(lessonNumber(xhat), lessonTerm(x)), lessonNumber(xhat - x));
    const int zeroLevel = qs::textbookQuantize(0.0, p);
    m_textbook->setRow(ZeroRow,
        tr("0 → q = %1 → scale·(%1 − %2)").arg(QString::number(zeroLevel), lessonTerm(p.zeroPoint)),
        lessonNumber(qs::textbookDequantize(zeroLevel, p)));
}

void FloatToIntegerLesson::updateDifference(const qs::QuantSpec &spec, const qs::QParams &qp)
{
    const bool isSigned = spec.dtype == qs::QuantDtype::QInt8;
    const qs::QuantRange r = spec.range();
    const qs::QuantRange textbook = qs::textbookRange(spec.bits, isSigned);
    const qs::TextbookQParams p = qs::textbookQParams(rangeMin(), rangeMax(), textbook);
    const bool sameScale = std::abs(p.scale - double(qp.scale)) <= 1e-6 * std::abs(p.scale);
    const bool sameZero = std::abs(p.zeroPoint - double(qp.zeroPoint)) <= 1e-6;
    const double zeroBack = qs::textbookDequantize(qs::textbookQuantize(0.0, p), p);
    if (sameScale && sameZero) {
        m_difference->setText(tr("<b>Here both formulas agree:</b> the range starts at 0 or is already aligned to the "
                                 "integers, so rounding the zero point changes nothing."));
        return;
    }
    QString why;
    if (spec.scheme == qs::QuantScheme::Symmetric)
        why = tr("PyTorch's symmetric scheme maps [−m, m] with m = max(|min|, |max|) and fixes z, while the blog maps "
                 "[min, max] onto %1 with a zero point of %2 left unrounded, so 0.0 comes back as %3.")
                  .arg(rangeText(textbook), lessonNumber(p.zeroPoint), lessonNumber(zeroBack));
    else
        why = tr("The blog divides by %1 steps (%2) and leaves the zero point at %3, so 0.0 comes back as %4; "
                 "PyTorch divides by %5 steps (%6), includes 0 in the range and rounds the zero point to %7, "
                 "so 0.0 comes back as exactly 0.")
                  .arg(textbook.qmax - textbook.qmin)
                  .arg(rangeText(textbook), lessonNumber(p.zeroPoint), lessonNumber(zeroBack))
                  .arg(r.qmax - r.qmin)
                  .arg(rangeText(r))
                  .arg(qp.zeroPoint);
    m_difference->setText(tr("<b>Why the two columns differ:</b> %1").arg(why));
}

} // namespace qs::ui
