// quantscope: the workbench window.
//   quantscope [MODEL|PROJECT] [--data D] [--plan P] [--layer NAME] [--view weights|activations|error|compare|learn]
//              [--run calibrate|compare|sensitivity[,...]] [--calibration-samples N] [--evaluation-samples N]
//              [--theme system|light|dark] [--screenshot FILE]

#include "ComparisonDashboard.h"
#include "LayerInspector.h"
#include "learn/LearnView.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "Theme.h"
#include "Workbench.h"

#include "quantscope/DataSpec.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/QuantPlan.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QSaveFile>
#include <QSpinBox>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace {

// Gives main's strings a translation context lupdate can see.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    // qt_add_translations puts the compiled .qm files under :/i18n.
    if (ours->load(QLocale(), QStringLiteral("quantscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "quantscope: %s\n", qPrintable(message));
}

// Waits (with the event loop running) until the window's workbench has no job left.
void waitUntilIdle(qs::ui::Workbench *workbench)
{
    if (!workbench->isBusy())
        return;
    QEventLoop loop;
    QObject::connect(workbench, &qs::ui::Workbench::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    loop.exec();
}

// Renders the whole window into a PNG, written through a temporary file.
bool saveScreenshot(QWidget *window, const QString &path)
{
    QCoreApplication::processEvents(); // let layouts and the plot settle at the final size
    const QPixmap pixmap = window->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        printError(CommandLine::tr("could not write the screenshot %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quantscope"));
    QCoreApplication::setApplicationName(QStringLiteral("quantscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUANTSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("quantscope"));
    QIcon icon(QStringLiteral(":/icons/quantscope.png")); // Qt without its SVG plugin still gets an icon
    icon.addFile(QStringLiteral(":/icons/quantscope.svg"));
    QApplication::setWindowIcon(icon);
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Quantscope: a desktop workbench for quantizing neural networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("model"),
        CommandLine::tr("TorchScript model (.pt) or demo:NAME to open; the cnn demo with Fashion-MNIST when left "
                        "out."),
        CommandLine::tr("[MODEL]"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        CommandLine::tr("Data set: fashion-mnist, idx:IMAGES[,LABELS], folder:DIR or tensors:FILE."),
        CommandLine::tr("D"));
    const QCommandLineOption planOption(
        QStringLiteral("plan"), CommandLine::tr("Quantization plan (JSON) to apply."), CommandLine::tr("P"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        CommandLine::tr("View to show: weights, activations or error (inspector tabs), compare (the comparison "
                        "dashboard, enlarged), or learn (the lessons window, which --screenshot then saves)."),
        CommandLine::tr("VIEW"));
    const QCommandLineOption runOption(QStringLiteral("run"),
        CommandLine::tr("Run jobs after opening, in this order: calibrate, compare, sensitivity (comma-separated)."),
        CommandLine::tr("JOB"));
    const QCommandLineOption samplesOption(QStringLiteral("calibration-samples"),
        CommandLine::tr("Calibrate on at most N samples (default 512)."), CommandLine::tr("N"));
    const QCommandLineOption evaluationOption(QStringLiteral("evaluation-samples"),
        CommandLine::tr("Compare and Sensitivity evaluate on at most N samples (default 2000, 0: all)."),
        CommandLine::tr("N"));
    const QCommandLineOption layerOption(
        QStringLiteral("layer"), CommandLine::tr("Select the layer with this module path."), CommandLine::tr("NAME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        CommandLine::tr("Open the model, wait for it to load, save a PNG of the window to FILE and quit."),
        CommandLine::tr("FILE"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        CommandLine::tr("Look: system, light or dark (default: the one chosen in View ▸ Theme)."),
        CommandLine::tr("THEME"));
    for (const QCommandLineOption &option : { dataOption, planOption, layerOption, viewOption, runOption, samplesOption,
             evaluationOption, screenshotOption, themeOption })
        parser.addOption(option);
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        printError(CommandLine::tr("at most one model can be opened"));
        return 2;
    }
    const bool screenshot = parser.isSet(screenshotOption);
    const QString view = parser.value(viewOption);
    const QStringList views { QStringLiteral("weights"), QStringLiteral("activations"), QStringLiteral("error"),
        QStringLiteral("compare"), QStringLiteral("learn") };
    if (parser.isSet(viewOption) && !views.contains(view)) {
        printError(CommandLine::tr("unknown view %1 (%2)").arg(view, views.join(QStringLiteral(", "))));
        return 2;
    }
    const QStringList knownJobs { QStringLiteral("calibrate"), QStringLiteral("compare"), QStringLiteral("sensitivity") };
    const QStringList jobs = parser.isSet(runOption) ? parser.value(runOption).split(QLatin1Char(',')) : QStringList();
    for (const QString &job : jobs) {
        if (!knownJobs.contains(job)) {
            printError(CommandLine::tr("unknown job %1 (%2)").arg(job, knownJobs.join(QStringLiteral(", "))));
            return 2;
        }
    }
    std::optional<qs::DataSpec> dataSpec;
    std::optional<qs::QuantPlan> plan;
    try {
        if (parser.isSet(dataOption))
            dataSpec = qs::DataSpec::parse(parser.value(dataOption).toStdString());
        if (parser.isSet(planOption))
            plan = qs::QuantPlan::load(QFile::encodeName(parser.value(planOption)).toStdString());
    } catch (const std::exception &e) {
        printError(QString::fromUtf8(e.what()));
        return 2;
    }
    bool samplesOk = true;
    const int samples = parser.isSet(samplesOption) ? parser.value(samplesOption).toInt(&samplesOk) : 0;
    if (!samplesOk || samples < 0) {
        printError(CommandLine::tr("--calibration-samples takes a positive number"));
        return 2;
    }
    bool evaluationOk = true;
    const int evaluationSamples
        = parser.isSet(evaluationOption) ? parser.value(evaluationOption).toInt(&evaluationOk) : -1;
    if (!evaluationOk || (parser.isSet(evaluationOption) && evaluationSamples < 0)) {
        printError(CommandLine::tr("--evaluation-samples takes a number (0: all)"));
        return 2;
    }

    // A screenshot looks the same on every machine unless asked otherwise.
    std::optional<qs::ui::Theme> theme = screenshot ? qs::ui::Theme::System : qs::ui::savedTheme();
    if (parser.isSet(themeOption)) {
        theme = qs::ui::themeFromKey(parser.value(themeOption));
        if (!theme) {
            printError(CommandLine::tr("unknown theme %1 (system, light, dark)").arg(parser.value(themeOption)));
            return 2;
        }
    }
    qs::ui::applyTheme(*theme);

    using qs::ui::MainWindow;
    MainWindow window(screenshot ? MainWindow::SettingsUse::Ignore : MainWindow::SettingsUse::ReadWrite);
    qs::ui::Workbench *workbench = window.workbench();
    bool loaded = true;
    bool dataLoaded = true;
    bool calibrated = true;
    bool compared = true;
    bool analysed = true;
    QObject::connect(workbench, &qs::ui::Workbench::loadFinished, &window, [&](const QString &, bool ok) { loaded = ok; });
    QObject::connect(workbench, &qs::ui::Workbench::dataLoadFinished, &window, [&](bool ok) { dataLoaded = ok; });
    QObject::connect(workbench, &qs::ui::Workbench::calibrationFinished, &window, [&](bool ok) { calibrated = ok; });
    QObject::connect(workbench, &qs::ui::Workbench::comparisonFinished, &window, [&](bool ok) { compared = ok; });
    QObject::connect(workbench, &qs::ui::Workbench::sensitivityFinished, &window, [&](bool ok) { analysed = ok; });
    if (screenshot)
        window.resize(1280, 800);
    window.show();
    if (samples > 0)
        workbench->setCalibrationSamples(samples);
    if (evaluationSamples >= 0)
        window.dashboard()->evaluationSamples()->setValue(evaluationSamples);
    const QString model = parser.positionalArguments().value(0);
    if (model.isEmpty())
        window.openDemoModel();
    else if (qs::DemoCatalog::isDemoReference(model.toStdString()))
        window.openDemoModel(model.section(QLatin1Char(':'), 1));
    else
        window.openModel(model);
    if (dataSpec)
        workbench->openData(*dataSpec); // after the demo's own data set, so this one wins

    // The steps below wait with the event loop running, so the window stays usable meanwhile.
    waitUntilIdle(workbench);
    loaded = loaded && workbench->hasModel(); // a project that cannot be read opens no model
    bool ok = loaded && dataLoaded;
    if (!loaded)
        printError(window.messageBar()->text());
    else if (!dataLoaded)
        printError(window.messageBar()->text());
    if (ok && plan && !workbench->editPlan(*plan, CommandLine::tr("Apply %1").arg(parser.value(planOption)))) {
        printError(window.messageBar()->text());
        ok = false;
    }
    if (ok && parser.isSet(layerOption) && !workbench->selectLayer(parser.value(layerOption))) {
        printError(CommandLine::tr("the model has no layer named %1").arg(parser.value(layerOption)));
        ok = false;
    }
    QWidget *shown = &window;
    if (view == QLatin1String("learn")) {
        shown = window.showLearnView();
        if (screenshot)
            shown->resize(1280, 800);
    } else if (view == QLatin1String("compare")) {
        window.showDashboard(true);
    } else if (!view.isEmpty()) {
        window.inspector()->showView(view);
    }
    waitUntilIdle(workbench); // a tab may start its own job when shown (the error tab)
    for (const QString &job : jobs) {
        if (!ok)
            break;
        if (job == QLatin1String("calibrate"))
            workbench->calibrate();
        else if (job == QLatin1String("compare"))
            workbench->compare();
        else
            workbench->analyseSensitivity();
        waitUntilIdle(workbench);
        if (!calibrated || !compared || !analysed) {
            printError(window.messageBar()->text());
            ok = false;
        }
    }
    if (!screenshot)
        return QApplication::exec();
    const bool saved = saveScreenshot(shown, parser.value(screenshotOption));
    return ok && saved ? 0 : 1;
}
