// Projects: a saved project reopens with the same model, data set, plan and calibration settings;
// unsaved changes are marked; a moved model is asked for; a bad file changes nothing.

#include "ComparisonDashboard.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PlanEditor.h"
#include "LayerTableModel.h"
#include "ProjectController.h"
#include "ProjectFile.h"
#include "Workbench.h"

#include "quantscope/DataSpec.h"

#include <QFile>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using qs::ui::MainWindow;
using qs::ui::ProjectFile;

namespace {

constexpr int jobTimeoutMs = 120000;

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/") + name;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void resultsRoundTrip();
    void versionOneStillOpens();
    void movedModelIsAskedFor();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();

private:
    QTemporaryDir m_dir;
};

void TestProject::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("work.qsproj"));
    qs::QuantPlan savedPlan;
    {
        MainWindow window(MainWindow::SettingsUse::Ignore);
        window.show();
        window.openModel(fixture(QStringLiteral("models/cnn_scripted.pt")));
        qs::DataSpec spec = qs::DataSpec::parse("tensors:" + fixture(QStringLiteral("tensors/fashion200.pt")).toStdString());
        spec.normalization.mean = { 0.25f };
        spec.normalization.std = { 0.5f };
        window.workbench()->openData(spec);
        QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
        window.workbench()->setCalibrationSamples(77);
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.planEditor()->setField({ 0, 1 }, qs::ui::LayerTableModel::ModeColumn, QStringLiteral("float")));
        QVERIFY(window.project()->isModified());
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(window.project()->saveAs(path));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("work.qsproj")));
        savedPlan = window.workbench()->plan();
        // Undo after saving is a change again.
        window.workbench()->undoStack()->undo();
        QVERIFY(window.isWindowModified());
    }
    const ProjectFile file = ProjectFile::load(path);
    QCOMPARE(file.plan, savedPlan);
    QCOMPARE(file.calibrationSamples, 77);

    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QSignalSpy opened(window.project(), &qs::ui::ProjectController::projectOpened);
    window.openModel(path); // .qsproj goes to the project controller
    QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1 && !window.workbench()->isBusy(), jobTimeoutMs);
    QVERIFY(opened.constFirst().at(1).toBool());
    QVERIFY(window.workbench()->modelPath().endsWith(QStringLiteral("cnn_scripted.pt")));
    QCOMPARE(window.workbench()->plan(), savedPlan);
    QVERIFY(window.workbench()->hasData());
    QCOMPARE(window.workbench()->dataSpec().normalization.mean, std::vector<float> { 0.25f });
    QCOMPARE(window.workbench()->dataSpec().toString(), file.data->toString());
    QCOMPARE(window.workbench()->calibrationOptions().samples, std::size_t(77));
    QCOMPARE(window.workbench()->undoStack()->count(), 0);
    QVERIFY(!window.project()->isModified());
    QCOMPARE(window.project()->projectPath(), QFileInfo(path).absoluteFilePath());
}

void TestProject::resultsRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("results.qsproj"));
    std::shared_ptr<const qs::ui::MeasuredComparison> measured;
    {
        MainWindow window(MainWindow::SettingsUse::Ignore);
        window.show();
        window.openModel(fixture(QStringLiteral("models/cnn_scripted.pt")));
        window.workbench()->openData(
            qs::DataSpec::parse("tensors:" + fixture(QStringLiteral("tensors/fashion200.pt")).toStdString()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
        window.workbench()->setCalibrationSamples(64);
        window.workbench()->setEvaluationSamples(50);
        QCOMPARE(window.dashboard()->evaluationSamples()->value(), 50); // the box follows
        window.workbench()->compare();
        QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
        measured = window.workbench()->comparison();
        QVERIFY(measured);
        QVERIFY(window.project()->saveAs(path));
        // New figures in a saved project are a change to save.
        window.workbench()->compare();
        QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
        QVERIFY(window.project()->isModified());
        measured = window.workbench()->comparison();
        QVERIFY(window.project()->saveAs(path));
        // The plan changes after the comparison: saved again, the results are stale when reopened.
        QVERIFY(window.planEditor()->setField({ 0 }, qs::ui::LayerTableModel::ModeColumn, QStringLiteral("float")));
        QVERIFY(window.dashboard()->isComparisonStale());
        QVERIFY(window.project()->saveAs(m_dir.filePath(QStringLiteral("stale.qsproj"))));
    }
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().contains("\"version\": 2"));

    const ProjectFile file = ProjectFile::load(path);
    QVERIFY(file.comparison);
    const qs::ComparisonResult &a = measured->result;
    const qs::ComparisonResult &b = file.comparison->result;
    QCOMPARE(b.original.size.serializedBytes, a.original.size.serializedBytes);
    QCOMPARE(b.quantized.size.totalParameterBytes(), a.quantized.size.totalParameterBytes());
    QCOMPARE(b.quantized.latency.p50, a.quantized.latency.p50);
    QCOMPARE(b.latencyBatch1.speedup, a.latencyBatch1.speedup);
    QCOMPARE(b.quantized.accuracy->top1, a.quantized.accuracy->top1);
    QCOMPARE(b.agreement, a.agreement);
    QCOMPARE(b.evaluationSamples, a.evaluationSamples);
    QCOMPARE(b.layers.size(), a.layers.size());
    for (std::size_t i = 0; i < a.layers.size(); ++i) {
        QCOMPARE(b.layers[i].name, a.layers[i].name);
        QCOMPARE(b.layers[i].outputSqnrDb, a.layers[i].outputSqnrDb);
        QCOMPARE(b.layers[i].flagged, a.layers[i].flagged);
    }
    QCOMPARE(b.original.confusion, a.original.confusion);
    QCOMPARE(file.comparison->basis.plan, measured->basis.plan);

    for (const auto &[name, stale] : { std::pair { QStringLiteral("results.qsproj"), false },
             std::pair { QStringLiteral("stale.qsproj"), true } }) {
        MainWindow window(MainWindow::SettingsUse::Ignore);
        window.show();
        QSignalSpy opened(window.project(), &qs::ui::ProjectController::projectOpened);
        window.openModel(m_dir.filePath(name));
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1 && !window.workbench()->isBusy(), jobTimeoutMs);
        QVERIFY(window.workbench()->comparison());
        QVERIFY(!window.dashboard()->isShowingEmptyState());
        QCOMPARE(window.dashboard()->isComparisonStale(), stale);
        QVERIFY(window.dashboard()->statusText().contains(QString::number(a.evaluationSamples)));
    }
}

void TestProject::versionOneStillOpens()
{
    const QByteArray v1 = QStringLiteral(R"({"format": "quantscope-project", "version": 1, "model": {"path": "%1"},
        "calibration": {"samples": 100, "batch_size": 32}})")
                              .arg(fixture(QStringLiteral("models/cnn_scripted.pt")))
                              .toUtf8();
    const ProjectFile file = ProjectFile::fromJson(v1, m_dir.filePath(QStringLiteral("old.qsproj")));
    QCOMPARE(file.calibrationSamples, 100);
    QVERIFY(!file.comparison);
    QVERIFY(!file.sensitivity);
}

void TestProject::movedModelIsAskedFor()
{
    const QString model = m_dir.filePath(QStringLiteral("moving.pt"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("models/mlp_scripted.pt")), model));
    const QString path = m_dir.filePath(QStringLiteral("moving.qsproj"));
    ProjectFile project;
    project.modelPath = model;
    project.save(path);
    const QString moved = m_dir.filePath(QStringLiteral("elsewhere.pt"));
    QVERIFY(QFile::rename(model, moved));

    MainWindow window(MainWindow::SettingsUse::Ignore);
    QString askedFor;
    window.project()->setModelLocator([&](const QString &missing) {
        askedFor = missing;
        return moved;
    });
    QVERIFY(window.project()->open(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QCOMPARE(askedFor, model);
    QCOMPARE(window.workbench()->modelPath(), QFileInfo(moved).absoluteFilePath());

    // Giving up opens nothing.
    MainWindow other(MainWindow::SettingsUse::Ignore);
    other.project()->setModelLocator([](const QString &) { return QString(); });
    QVERIFY(QFile::rename(moved, m_dir.filePath(QStringLiteral("gone.pt"))));
    QVERIFY(!other.project()->open(path));
    QVERIFY(!other.workbench()->isBusy());
    QCOMPARE(other.messageBar()->type(), qs::ui::MessageBar::Type::Error);
}

void TestProject::badFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("not json") << QByteArray("model.pt");
    QTest::addRow("other format") << QByteArray(R"({"format": "quantscope-plan", "version": 1})");
    QTest::addRow("newer version") << QByteArray(R"({"format": "quantscope-project", "version": 99})");
    QTest::addRow("bad plan") << QByteArray(
        R"({"format": "quantscope-project", "version": 1, "model": {"path": "/x.pt"}, "plan": {"format": "nope"}})");
}

void TestProject::badFilesChangeNothing()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("bad.qsproj"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QVERIFY(!window.project()->open(path));
    QVERIFY(!window.workbench()->isBusy());
    QVERIFY(window.project()->projectPath().isEmpty());
    QCOMPARE(window.messageBar()->type(), qs::ui::MessageBar::Type::Error);
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("bad.qsproj")));
}

QTEST_MAIN(TestProject)
#include "tst_project.moc"
