// Saving a plot (every plot's right-click menu, the lessons' Save as PNG): PNG and PDF files that
// open, an earlier file replaced whole, and a save that cannot be written says why and leaves
// neither a partial file nor a temporary one.

#include "PlotSaving.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

class TestPlotSaving : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_plot = std::make_unique<QCustomPlot>();
        m_plot->resize(300, 200);
        m_plot->addGraph()->setData({ 0.0, 1.0, 2.0 }, { 1.0, 3.0, 2.0 });
        m_plot->rescaleAxes();
        m_plot->replot();
    }

    void pngAndPdf()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("plot.png")), pdf = dir.filePath(QStringLiteral("plot.pdf"));
        QCOMPARE(qs::ui::savePlot(m_plot.get(), png), QString());
        QCOMPARE(QImage(png).size(), QSize(600, 400)); // twice the on-screen size, for slides
        QCOMPARE(qs::ui::savePlot(m_plot.get(), pdf), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // Saving again replaces the file whole, and nothing else is left in the folder.
        QCOMPARE(qs::ui::savePlot(m_plot.get(), pdf), QString());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({ QStringLiteral("plot.pdf"),
                                                                             QStringLiteral("plot.png") }));
    }

    void failedSaveSaysWhyAndLeavesNothing()
    {
        // Failures that hold for any user, root included: a folder that is a file, a file that is a folder.
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notAFolder);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("notes");
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("plot.pdf")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("plot.png")));
        for (const QString &name : { QStringLiteral("notes.txt/plot.png"), QStringLiteral("notes.txt/plot.pdf"),
                 QStringLiteral("plot.pdf"), QStringLiteral("plot.png") }) {
            const QString problem = qs::ui::savePlot(m_plot.get(), dir.filePath(name));
            QVERIFY2(!problem.isEmpty(), qPrintable(name));
        }
        // Nothing written, nothing half-written, no temporary file left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({ QStringLiteral("notes.txt") }));
        QVERIFY(QDir(dir.filePath(QStringLiteral("plot.pdf"))).isEmpty());
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("notes"));
    }

private:
    std::unique_ptr<QCustomPlot> m_plot;
};

QTEST_MAIN(TestPlotSaving)
#include "tst_plotsaving.moc"
