#include "LayerCurveJob.h"

#include "quantscope/Calibration.h"
#include "quantscope/DataSpec.h"
#include "quantscope/Dataset.h"
#include "quantscope/Error.h"
#include "quantscope/Model.h"
#include "quantscope/SubProgress.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace qs::ui {

namespace {

// Loading and calibration take this share of the progress bar when they run; the curve the rest.
constexpr double kPrepareShare = 0.25;

} // namespace

LayerCurveJob::LayerCurveJob(QObject *parent)
    : QObject(parent)
{
}

LayerCurveJob::~LayerCurveJob()
{
    for (auto *watcher : findChildren<QFutureWatcherBase *>()) {
        watcher->disconnect(this);
        watcher->cancel();
    }
    cancel();
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

bool LayerCurveJob::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void LayerCurveJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

std::optional<qs::DemoInfo> LayerCurveJob::demoOf(const qs::Model &model)
{
    try {
        return qs::DemoCatalog::metadataFor(model.summary().path);
    } catch (const qs::Error &) {
        return std::nullopt;
    }
}

qs::QuantPlan LayerCurveJob::planFor(int bits)
{
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    qs::LayerQuantConfig defaults = plan.defaults();
    defaults.bits = bits;
    plan.setDefaults(defaults);
    return plan;
}

LayerCurveInputs LayerCurveJob::prepareInputs(const LayerCurveRequest &request, const qs::Progress &progress)
{
    LayerCurveInputs inputs;
    std::optional<qs::DemoInfo> demo = request.model ? demoOf(*request.model) : std::nullopt;
    if (demo) {
        inputs.model = request.model;
    } else {
        progress.report(0.0, "Loading the demo CNN");
        demo = qs::DemoCatalog::find("cnn");
        inputs.model = qs::Model::load(demo->modelPath, qs::subProgress(progress, 0.0, 0.2));
    }
    inputs.demo = *demo;
    progress.throwIfCancelled();
    progress.report(0.2, "Loading " + demo->dataset);
    // As the workbench splits it: calibration from the training images, evaluation from the test
    // images, in the demo's own normalisation.
    qs::DataSpec spec = qs::DataSpec::parse(demo->dataset);
    spec.calibCount = request.calibrationSamples;
    const qs::DataSplit split = qs::loadData(spec, qs::subProgress(progress, 0.2, 0.6));
    const auto calibrationData = split.calibration->withNormalization(demo->normalization);
    inputs.evaluation = split.evaluation->first(std::min(request.evaluationSamples, split.evaluation->size()))
                            ->withNormalization(demo->normalization);
    progress.throwIfCancelled();
    progress.report(0.6, "Calibrating");
    qs::CalibrationOptions options;
    options.samples = request.calibrationSamples;
    options.observer = planFor(8).observerSettings();
    inputs.calibration = std::make_shared<const qs::CalibrationResult>(
        qs::calibrate(*inputs.model, *calibrationData, options, qs::subProgress(progress, 0.6, 1.0)));
    return inputs;
}

void LayerCurveJob::start(const LayerCurveRequest &request)
{
    cancel();
    if (m_watcher)
        m_watcher->disconnect(this); // its result, if any, is no longer wanted
    const int generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    qs::Progress progress;
    progress.cancelFlag = m_cancel.get();
    QPointer<LayerCurveJob> self(this);
    progress.onProgress = [self, generation](double fraction, const std::string &message) {
        const QString text = QString::fromStdString(message);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, fraction, text] {
                if (self && self->m_generation == generation)
                    Q_EMIT self->progressChanged(fraction, text);
            },
            Qt::QueuedConnection);
    };

    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (m_watcher == watcher)
            m_watcher = nullptr;
        if (generation != m_generation)
            return;
        Outcome outcome = watcher->result();
        if (outcome.result)
            Q_EMIT finished(*outcome.result);
        else if (outcome.cancelled)
            Q_EMIT cancelled();
        else
            Q_EMIT failed(outcome.error);
    });
    const std::shared_ptr<std::atomic<bool>> flag = m_cancel; // outlives the job
    watcher->setFuture(QtConcurrent::run([request, progress, flag] {
        Outcome outcome;
        try {
            const bool reuse = request.inputs.has_value();
            const double prepareShare = reuse ? 0.0 : kPrepareShare;
            LayerCurveResult r;
            r.inputs = reuse ? *request.inputs : prepareInputs(request, qs::subProgress(progress, 0.0, prepareShare));
            r.plan = planFor(request.bits);
            qs::LayerByLayerOptions options;
            options.order = request.order;
            options.evaluationSamples = r.inputs.evaluation->size();
            if (reuse) {
                options.ranking = request.ranking;
                options.rankingDropPoints = request.rankingDropPoints;
            }
            r.curve = qs::quantizeLayerByLayer(*r.inputs.model, r.plan, *r.inputs.calibration, *r.inputs.evaluation,
                options, qs::subProgress(progress, prepareShare, 1.0));
            outcome.result = std::move(r);
        } catch (const qs::Cancelled &) {
            outcome.cancelled = true;
        } catch (const std::exception &e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        if (!outcome.result && flag->load())
            outcome.cancelled = true;
        return outcome;
    }));
}

} // namespace qs::ui
