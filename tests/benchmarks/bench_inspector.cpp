// How long selecting another layer takes until the inspector is drawn again, for layers of about a
// million weights (target: ≤ 50 ms), on each tab; and the longest the UI thread stalls while
// calibration, compare and sensitivity run in the background (target: ≤ 100 ms). Weights and Activations redraw synchronously; the
// Error tab computes its histogram in a background job, so its figure runs until the job's result
// is drawn. The Activations tab is measured on the calibrated cnn demo (its histograms do not grow
// with the weight count). Printed as median / p95 / max over alternating selections; never fails on time.

#include "LargeLayerModel.h"

#include "JobRunner.h"
#include "LayerInspector.h"
#include "MainWindow.h"
#include "Workbench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using qs::ui::LayerInspector;
using qs::ui::MainWindow;

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Figures
{
    double median = 0, p95 = 0, max = 0;
};

Figures summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))]; };
    return { at(0.5), at(0.95), ms.back() };
}

// Alternates between layers a and b: select, let queued replots run, render the inspector.
Figures measure(MainWindow &window, int a, int b, bool waitForJobs, int runs)
{
    auto *workbench = window.workbench();
    std::vector<double> ms;
    for (int i = 0; i < runs + 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        workbench->setSelectedLayer(i % 2 ? b : a);
        QCoreApplication::processEvents();
        if (waitForJobs)
            waitUntil([&] { return !workbench->isBusy(); });
        (void)window.inspector()->grab();
        if (i >= 2) // the first two warm caches
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return summarise(ms);
}

// Runs start() and watches the event loop with a 10 ms heartbeat until done() holds: the largest gap
// between two beats is the longest the window could not react.
void reportStall(const char *what, const std::function<void()> &start, const std::function<bool()> &done)
{
    QElapsedTimer total, sinceBeat;
    double largest = 0.0;
    int beats = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        largest = std::max(largest, double(sinceBeat.nsecsElapsed()) / 1e6);
        sinceBeat.restart();
        ++beats;
    });
    total.start();
    sinceBeat.start();
    heartbeat.start();
    start();
    const bool finished = waitUntil(done, 600000);
    largest = std::max(largest, double(sinceBeat.nsecsElapsed()) / 1e6);
    std::printf("%-44s %s in %6.1f s, %5d beats; largest stall %7.1f ms   largest/100 ms %.2fx\n", what,
        finished ? "finished" : "TIMED OUT", double(total.elapsed()) / 1e3, beats, largest, largest / 100.0);
}

void report(const char *what, const Figures &f)
{
    std::printf("%-44s median %7.2f ms   p95 %7.2f ms   max %7.2f ms   median/50 ms %.2fx\n", what, f.median, f.p95,
                f.max, f.median / 50.0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large_layers.pt"));
    writeLargeLayerModel(path.toStdString());

    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.resize(1280, 800);
    window.show();
    window.openModel(path);
    if (!waitUntil([&] { return window.workbench()->hasModel() && !window.workbench()->isBusy(); })) {
        std::fprintf(stderr, "the model did not load\n");
        return 1;
    }
    std::printf("Inspector redraw after selecting another layer, 1280x800 window, %d runs each\n", 30);
    std::printf("layers: conv 256x512x3x3 (1 179 648 weights), fc 1024x1024 (1 048 576 weights)\n");
    window.inspector()->showView(LayerInspector::View::Weights);
    report("Weights tab (histogram, grid, per-channel)", measure(window, 0, 1, false, 30));
    window.inspector()->showView(LayerInspector::View::Activations);
    report("Activations tab (not calibrated)", measure(window, 0, 1, false, 30));
    window.inspector()->showView(LayerInspector::View::Error);
    report("Error tab (background job until drawn)", measure(window, 0, 1, true, 30));

    // Activations with calibration results: the cnn demo on Fashion-MNIST.
    window.openDemoModel(QStringLiteral("cnn"));
    if (!waitUntil([&] { return window.workbench()->hasData() && !window.workbench()->isBusy()
                                && window.workbench()->modelPath() != path; })) {
        std::fprintf(stderr, "the cnn demo did not open\n");
        return 1;
    }
    auto *workbench = window.workbench();
    std::printf("\nUI thread while jobs run on the cnn demo (heartbeat every 10 ms)\n");
    // Each job counts as done when its finished signal has come.
    bool calibrated = false, compared = false, analysed = false;
    QObject::connect(workbench, &qs::ui::Workbench::calibrationFinished, [&](bool ok) { calibrated = ok; });
    QObject::connect(workbench, &qs::ui::Workbench::comparisonFinished, [&](bool ok) { compared = ok; });
    QObject::connect(workbench, &qs::ui::Workbench::sensitivityFinished, [&](bool ok) { analysed = ok; });
    reportStall("Calibrate (512 samples)", [&] { workbench->calibrate(); }, [&] { return calibrated; });
    if (!calibrated) {
        std::fprintf(stderr, "calibration did not finish\n");
        return 1;
    }
    reportStall("Compare (2000 evaluation samples)", [&] { workbench->compare(); }, [&] { return compared; });
    reportStall("Sensitivity (2000 evaluation samples)", [&] { workbench->analyseSensitivity(); },
        [&] { return analysed; });
    std::printf("\n");
    window.inspector()->showView(LayerInspector::View::Activations);
    // The first look at a layer searches its observers' ranges; later looks reuse them.
    std::vector<double> first;
    const int layers = int(window.workbench()->analysis()->layers.size());
    for (int layer = 0; layer < layers; ++layer) {
        QElapsedTimer timer;
        timer.start();
        window.workbench()->setSelectedLayer(layer);
        QCoreApplication::processEvents();
        (void)window.inspector()->grab();
        first.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report("Activations tab, cnn calibrated, first look", summarise(first));
    report("Activations tab, cnn calibrated, again", measure(window, 0, 1, false, 30));
    return 0;
}
