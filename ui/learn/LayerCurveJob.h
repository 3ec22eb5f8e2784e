#pragma once

#include "quantscope/Calibration.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/LayerByLayer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace qs {
class Dataset;
class Model;
} // namespace qs

namespace qs::ui {

// What every step of lesson 5 is measured with: one demo model, one calibration shared by all steps
// and bit widths, and one fixed set of evaluation samples.
struct LayerCurveInputs
{
    std::shared_ptr<const qs::Model> model;
    qs::DemoInfo demo;
    std::shared_ptr<const qs::CalibrationResult> calibration;
    std::shared_ptr<const qs::Dataset> evaluation; // already cut to the samples every step uses
};

struct LayerCurveRequest
{
    // The model to use when it is a demo (its metadata says which data it was trained on); nullptr
    // or a non-demo model: the shipped cnn demo is loaded.
    std::shared_ptr<const qs::Model> model;
    // Reused when they belong to the same model and sample counts (changing bits or order only
    // re-evaluates).
    std::optional<LayerCurveInputs> inputs;
    int bits = 8;
    qs::LayerOrder order = qs::LayerOrder::Model;
    std::size_t calibrationSamples = 512;
    std::size_t evaluationSamples = 1000;
    // A sensitivity ranking measured before on the same inputs and bits (skips re-ranking).
    std::vector<std::string> ranking;
    std::vector<double> rankingDropPoints;
};

struct LayerCurveResult
{
    LayerCurveInputs inputs;
    qs::QuantPlan plan; // every layer at the requested bits: the curve's last step
    qs::LayerByLayerCurve curve;
};

// Computes lesson 5's curve on a worker thread: loads the demo model and its data set, calibrates
// once, then quantizes layer by layer (qs::quantizeLayerByLayer). A new start cancels the running
// job, whose result is dropped; results and progress arrive on the UI thread.
class LayerCurveJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerCurveJob)

public:
    explicit LayerCurveJob(QObject *parent = nullptr);
    // Cancels and waits: the worker may be inside one torch call (a fraction of a second).
    ~LayerCurveJob() override;

    void start(const LayerCurveRequest &request);
    void cancel();
    bool isRunning() const;

    // The demo a model stands for in lesson 5: its own metadata when it is a demo, else nullopt.
    static std::optional<qs::DemoInfo> demoOf(const qs::Model &model);
    // Loads the model (when needed) and data, calibrates: the work before the curve.
    static LayerCurveInputs prepareInputs(const LayerCurveRequest &request, const qs::Progress &progress);
    // The plan whose layers the curve quantizes: PyTorch's onednn defaults at `bits`.
    static qs::QuantPlan planFor(int bits);

Q_SIGNALS:
    void progressChanged(double fraction, const QString &message);
    void finished(const qs::ui::LayerCurveResult &result);
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome
    {
        std::optional<LayerCurveResult> result;
        bool cancelled = false;
        QString error;
    };

    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
};

} // namespace qs::ui
