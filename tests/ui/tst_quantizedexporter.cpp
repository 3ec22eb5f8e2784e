// Export from the window: model, encodings and plan written next to each other by a background
// job; without a calibration nothing starts; a failed export leaves no file and the work unchanged.

#include "MainWindow.h"
#include "MessageBar.h"
#include "QuantizedExporter.h"
#include "Workbench.h"
#include "WorkbenchActions.h"

#include "quantscope/DataSpec.h"
#include "quantscope/QuantPlan.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using qs::ui::MainWindow;
using qs::ui::QuantizedExporter;

namespace {

constexpr int jobTimeoutMs = 180000;

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/") + name;
}

QString qstr(const std::string &path)
{
    return QFile::decodeName(QByteArray::fromStdString(path));
}

} // namespace

class TestQuantizedExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultNamesSitNextToTheModel();
    void exportsAfterCalibration();
};

void TestQuantizedExporter::defaultNamesSitNextToTheModel()
{
    const qs::ExportPaths paths = QuantizedExporter::defaultPaths(QStringLiteral("/data/models/net.pt"));
    QCOMPARE(qstr(paths.model), QStringLiteral("/data/models/net_int8.pt"));
    QCOMPARE(qstr(paths.encodings), QStringLiteral("/data/models/net_int8.encodings.json"));
    QCOMPARE(qstr(paths.plan), QStringLiteral("/data/models/net_int8.plan.json"));
}

void TestQuantizedExporter::exportsAfterCalibration()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    window.openModel(fixture(QStringLiteral("models/cnn_scripted.pt")));
    window.workbench()->openData(
        qs::DataSpec::parse("tensors:" + fixture(QStringLiteral("tensors/fashion200.pt")).toStdString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QuantizedExporter *exporter = window.actions()->exporter();
    QTemporaryDir dir;
    const qs::ExportPaths paths = QuantizedExporter::pathsFor(dir.filePath(QStringLiteral("cnn_int8.pt")));

    // Not calibrated yet: refused with a reason, nothing written.
    QVERIFY(!exporter->exportTo(paths));
    QVERIFY(!window.workbench()->isBusy());
    QCOMPARE(window.messageBar()->type(), qs::ui::MessageBar::Type::Error);
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("Calibrate")));

    window.workbench()->setCalibrationSamples(64);
    window.workbench()->calibrate();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);

    // A folder that does not exist: the job fails, nothing is left behind, the plan stays.
    const qs::QuantPlan plan = window.workbench()->plan();
    QSignalSpy exported(exporter, &QuantizedExporter::exported);
    const qs::ExportPaths bad = QuantizedExporter::pathsFor(dir.filePath(QStringLiteral("missing/cnn_int8.pt")));
    QVERIFY(exporter->exportTo(bad));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.constFirst().at(1).toBool(), false);
    QCOMPARE(window.messageBar()->type(), qs::ui::MessageBar::Type::Error);
    QVERIFY(!QFile::exists(qstr(bad.model)));
    QVERIFY(window.workbench()->plan() == plan);

    QVERIFY(exporter->exportTo(paths));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QCOMPARE(exported.size(), 2);
    QVERIFY(exported.at(1).at(1).toBool());
    for (const std::string &file : { paths.model, paths.encodings, paths.plan })
        QVERIFY2(QFileInfo(qstr(file)).size() > 0, file.c_str());
    QVERIFY(qs::QuantPlan::load(paths.plan) == plan);
    QCOMPARE(window.messageBar()->type(), qs::ui::MessageBar::Type::Information);
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("cnn_int8.pt")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3); // no temporary left over
}

QTEST_MAIN(TestQuantizedExporter)
#include "tst_quantizedexporter.moc"
