// Calibration from the window: Tools ▸ Calibrate runs in the background with progress; Cancel
// (also clicked mid-job, while the event loop keeps running) leaves the previous calibration.

#include "JobStatusWidget.h"
#include "MainWindow.h"
#include "Workbench.h"
#include "WorkbenchActions.h"

#include "quantscope/DataSpec.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using qs::ui::MainWindow;
using qs::ui::Workbench;

namespace {

constexpr int jobTimeoutMs = 120000;

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/") + name;
}

} // namespace

class TestCalibrationJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calibratesInBackground();
    void cancelKeepsPreviousCalibration();
    void cancelClickLandsMidJob();
    void newModelDropsCalibration();

private:
    void openModelAndData(MainWindow &window);
};

void TestCalibrationJob::openModelAndData(MainWindow &window)
{
    window.openModel(fixture(QStringLiteral("models/cnn_scripted.pt")));
    window.workbench()->openData(qs::DataSpec::parse("tensors:" + fixture(QStringLiteral("tensors/fashion200.pt")).toStdString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QVERIFY(window.workbench()->hasModel());
    QVERIFY(window.workbench()->hasData());
    QVERIFY(window.actions()->calibrateAction()->isEnabled());
    window.workbench()->setCalibrationSamples(64);
}

void TestCalibrationJob::calibratesInBackground()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QVERIFY(window.dataText().contains(QStringLiteral("none")));
    openModelAndData(window);
    QVERIFY(window.dataText().contains(QStringLiteral("not calibrated")));
    QSignalSpy finished(window.workbench(), &Workbench::calibrationFinished);
    window.actions()->calibrateAction()->trigger();
    QVERIFY(window.workbench()->isCalibrating()); // trigger returned before the work was done
    QVERIFY(window.jobStatus()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    const auto calibration = window.workbench()->calibration();
    QVERIFY(calibration);
    QCOMPARE(calibration->samples, std::size_t(64));
    QCOMPARE(calibration->layers.size(), window.workbench()->model()->layers().size());
    QVERIFY(calibration->layers.front().called);
    QVERIFY(!calibration->layers.front().output.isEmpty());
    QVERIFY(window.dataText().contains(QStringLiteral("64")));
}

void TestCalibrationJob::cancelKeepsPreviousCalibration()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openModelAndData(window);
    window.workbench()->calibrate();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    const auto previous = window.workbench()->calibration();
    QVERIFY(previous);

    QSignalSpy finished(window.workbench(), &Workbench::calibrationFinished);
    QSignalSpy changed(window.workbench(), &Workbench::calibrationChanged);
    window.workbench()->setCalibrationSamples(100);
    window.actions()->calibrateAction()->trigger();
    auto *cancel = window.jobStatus()->findChild<QPushButton *>();
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(window.workbench()->calibration(), previous);
    QCOMPARE(window.workbench()->calibration()->samples, std::size_t(64));
}

void TestCalibrationJob::cancelClickLandsMidJob()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openModelAndData(window);
    // Enough work that the click lands while it runs even on a loaded machine: 1000 Fashion-MNIST
    // samples (the embedded sample when the package is missing) in batches of 2.
    qs::DataSpec fashion = qs::DataSpec::parse("fashion-mnist");
    fashion.calibCount = 1000;
    fashion.evalCount = 10;
    window.workbench()->openData(fashion);
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    window.workbench()->setCalibrationSamples(1000);
    window.workbench()->setCalibrationBatchSize(2);

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    auto *cancel = window.jobStatus()->findChild<QPushButton *>();
    QVERIFY(cancel);
    bool clicked = false;
    double clickedAt = -1.0;
    // The click is made from the event loop after the first progress report reached the UI thread.
    connect(&window.workbench()->jobs(), &qs::ui::JobRunner::progressChanged, this,
        [&](qs::ui::JobRunner::Kind kind, double fraction) {
            if (kind != qs::ui::JobRunner::Kind::Calibrate || clicked || fraction <= 0.0)
                return;
            clicked = true;
            clickedAt = fraction;
            QTimer::singleShot(0, cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); });
        });
    QSignalSpy finished(window.workbench(), &Workbench::calibrationFinished);
    ticker.start();
    window.workbench()->calibrate();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    ticker.stop();
    QVERIFY2(ticks > 0, "the event loop did not run during calibration");
    QVERIFY(clicked);
    QVERIFY2(clickedAt < 1.0, qPrintable(QString::number(clickedAt)));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(!window.workbench()->calibration()); // nothing before, nothing after
}

void TestCalibrationJob::newModelDropsCalibration()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    openModelAndData(window);
    window.workbench()->calibrate();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QVERIFY(window.workbench()->calibration());
    window.openModel(fixture(QStringLiteral("models/mlp_scripted.pt")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QVERIFY(!window.workbench()->calibration()); // it described the other model's layers
    QVERIFY(window.workbench()->hasData()); // the data set stays
}

QTEST_MAIN(TestCalibrationJob)
#include "tst_calibrationjob.moc"
