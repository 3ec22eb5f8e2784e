#include "TrainDemoCommand.h"

#include "ExitCode.h"

#include "quantscope/DemoTrainer.h"

#include <QElapsedTimer>

QString TrainDemoCommand::summary() const
{
    return tr("Train a built-in demo model (cnn, mlp, resnet, lstm) on Fashion-MNIST and save it as TorchScript "
              "with its metadata.");
}

void TrainDemoCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The demo to train: cnn, mlp, resnet or lstm."));
    parser.addOption({QStringLiteral("out"), tr("Folder to write NAME.pt and NAME.json to."), tr("DIR")});
    parser.addOption({QStringLiteral("epochs"), tr("Epochs (default: the demo's recipe)."), tr("N")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("threads"), tr("LibTorch threads (default 2)."), tr("T"), QStringLiteral("2")});
}

int TrainDemoCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty() ? tr("missing NAME") : tr("expected one NAME, got %1").arg(positional.size()));
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(tr("missing --out DIR"));
    qs::DemoTrainingOptions options;
    options.outDir = parser.value(QStringLiteral("out")).toStdString();
    bool ok = true;
    if (parser.isSet(QStringLiteral("epochs"))) {
        options.epochs = parser.value(QStringLiteral("epochs")).toInt(&ok);
        if (!ok || options.epochs < 1)
            return usageError(tr("--epochs takes a positive whole number"));
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed takes a non-negative whole number"));
    options.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || options.threads < 1)
        return usageError(tr("--threads takes a positive whole number"));

    // Progress on stderr, one line per report, so stdout keeps only the result.
    QString lastMessage;
    qs::Progress progress;
    progress.onProgress = [&lastMessage](double fraction, const std::string &message) {
        const QString text = QString::fromStdString(message);
        if (text == lastMessage)
            return;
        lastMessage = text;
        err() << QStringLiteral("[%1%] ").arg(int(fraction * 100.0), 3) << text << '\n';
        err().flush();
    };
    const qs::DemoInfo info = qs::trainDemo(positional[0].toStdString(), options, progress);
    out() << tr("Trained %1 in %2 s: %3 % float top-1 on %4 test images")
                 .arg(QString::fromStdString(info.name))
                 .arg(info.trainingSeconds, 0, 'f', 1)
                 .arg(info.testAccuracy * 100.0, 0, 'f', 2)
                 .arg(info.testImages)
          << '\n'
          << tr("Wrote %1 and %2").arg(QString::fromStdString(info.modelPath), QString::fromStdString(info.metadataPath))
          << '\n';
    return ExitOk;
}
