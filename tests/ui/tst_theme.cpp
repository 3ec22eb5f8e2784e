// View ▸ Theme: the application palette changes and every plot follows it (background, axes,
// text items, label boxes), back and forth, and System brings back what Qt started with.

#include "PlotStyle.h"
#include "Theme.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QtTest>

using qs::ui::Theme;

namespace {

double lightness(const QColor &c)
{
    return c.lightnessF();
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        for (Theme t : { Theme::System, Theme::Light, Theme::Dark })
            QCOMPARE(qs::ui::themeFromKey(qs::ui::themeKey(t)), t);
        QVERIFY(!qs::ui::themeFromKey(QStringLiteral("solarized")));
    }

    void plotsFollowThePalette()
    {
        const QPalette started = QApplication::palette();
        QCustomPlot plot;
        plot.resize(400, 300);
        qs::ui::followPalette(&plot);
        auto *label = new QCPItemText(&plot); // default black text, as the plots make them
        label->setBrush(QColor(255, 255, 255, 220));
        label->setText(QStringLiteral("scale 0.0033"));
        auto *range = new QCPItemText(&plot); // coloured on purpose: stays
        range->setColor(QColor(200, 40, 40));
        plot.replot();

        qs::ui::applyTheme(Theme::Dark);
        QCOMPARE(qs::ui::currentTheme(), Theme::Dark);
        QVERIFY(lightness(QApplication::palette().color(QPalette::Window)) < 0.3);
        QCoreApplication::processEvents(); // the palette change event, then the queued replot
        plot.replot();
        const QColor base = plot.palette().color(QPalette::Base), text = plot.palette().color(QPalette::Text);
        QVERIFY(lightness(base) < 0.3 && lightness(text) > 0.7);
        QCOMPARE(plot.xAxis->tickLabelColor(), text);
        QCOMPARE(plot.yAxis->labelColor(), text);
        QCOMPARE(plot.xAxis->basePen().color(), text);
        QCOMPARE(label->color(), text);
        QCOMPARE(label->brush().color().rgb(), base.rgb());
        QCOMPARE(label->brush().color().alpha(), 220);
        QCOMPARE(range->color(), QColor(200, 40, 40));
        // The rendered plot is dark.
        const QImage dark = plot.toPixmap(400, 300).toImage();
        QVERIFY(lightness(dark.pixelColor(5, 5)) < 0.3);

        qs::ui::applyTheme(Theme::Light);
        QCoreApplication::processEvents();
        plot.replot();
        QVERIFY(lightness(plot.palette().color(QPalette::Base)) > 0.9);
        QCOMPARE(label->color(), plot.palette().color(QPalette::Text));
        QCOMPARE(label->brush().color().rgb(), plot.palette().color(QPalette::Base).rgb());
        QCOMPARE(plot.xAxis->tickLabelColor(), plot.palette().color(QPalette::Text));

        qs::ui::applyTheme(Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), started.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), started.color(QPalette::Text));
    }

    void mixing()
    {
        QCOMPARE(qs::ui::mixColours(Qt::white, Qt::black, 0.0).rgb(), QColor(Qt::white).rgb());
        QCOMPARE(qs::ui::mixColours(Qt::white, Qt::black, 1.0).rgb(), QColor(Qt::black).rgb());
        QVERIFY(qAbs(qs::ui::mixColours(QColor(0, 0, 0), QColor(200, 100, 50), 0.5).red() - 100) <= 1);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
