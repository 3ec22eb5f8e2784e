// quantscope: the workbench window.
//   quantscope [MODEL] [--layer NAME] [--screenshot FILE]

#include "MainWindow.h"
#include "MessageBar.h"
#include "Workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QSaveFile>
#include <QTranslator>

#include <cstdio>

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
        CommandLine::tr("TorchScript model (.pt) to open; the demo model when left out."), CommandLine::tr("[MODEL]"));
    const QCommandLineOption layerOption(
        QStringLiteral("layer"), CommandLine::tr("Select the layer with this module path."), CommandLine::tr("NAME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        CommandLine::tr("Open the model, wait for it to load, save a PNG of the window to FILE and quit."),
        CommandLine::tr("FILE"));
    parser.addOption(layerOption);
    parser.addOption(screenshotOption);
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        printError(CommandLine::tr("at most one model can be opened"));
        return 2;
    }
    const bool screenshot = parser.isSet(screenshotOption);

    using qs::ui::MainWindow;
    MainWindow window(screenshot ? MainWindow::SettingsUse::Ignore : MainWindow::SettingsUse::ReadWrite);
    qs::ui::Workbench *workbench = window.workbench();
    bool loaded = true;
    QObject::connect(workbench, &qs::ui::Workbench::loadFinished, &window, [&](const QString &, bool ok) {
        loaded = ok;
        if (ok && !screenshot && parser.isSet(layerOption) && !workbench->selectLayer(parser.value(layerOption)))
            printError(CommandLine::tr("the model has no layer named %1").arg(parser.value(layerOption)));
    });
    if (screenshot)
        window.resize(1280, 800);
    window.show();
    if (parser.positionalArguments().isEmpty())
        window.openDemoModel();
    else
        window.openModel(parser.positionalArguments().constFirst());

    if (!screenshot)
        return QApplication::exec();

    waitUntilIdle(workbench);
    bool layerFound = true;
    if (!loaded) {
        printError(window.messageBar()->text());
    } else if (parser.isSet(layerOption) && !workbench->selectLayer(parser.value(layerOption))) {
        printError(CommandLine::tr("the model has no layer named %1").arg(parser.value(layerOption)));
        layerFound = false;
    }
    const bool saved = saveScreenshot(&window, parser.value(screenshotOption));
    return loaded && layerFound && saved ? 0 : 1;
}
