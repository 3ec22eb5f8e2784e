#include "DataOptions.h"

#include "quantscope/Error.h"
#include "quantscope/Model.h"

#include <QRegularExpression>

namespace {

std::size_t countOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const qlonglong n = parser.value(name).toLongLong(&ok);
    if (!ok || n < 0)
        throw DataOptionError(DataOptions::tr("--%1 takes a whole number of samples, not '%2'").arg(name, parser.value(name)).toStdString());
    return std::size_t(n);
}

} // namespace

void DataOptions::addTo(QCommandLineParser &parser, bool withCalibration)
{
    parser.addOption({QStringLiteral("data"),
                      tr("The data: fashion-mnist, idx:IMAGES,LABELS, folder:DIR (one subfolder per class) or "
                         "tensors:FILE (torch.save({\"inputs\": x, \"labels\": y}, FILE))."),
                      tr("DATA")});
    if (withCalibration)
        parser.addOption({QStringLiteral("calib"),
                          tr("Calibration samples (default 512; from the train split for fashion-mnist, otherwise kept "
                             "apart from the evaluation samples)."),
                          tr("N")});
    parser.addOption({QStringLiteral("eval"), tr("Evaluation samples (default: all of them)."), tr("N")});
    parser.addOption({QStringLiteral("mean"),
                      tr("Normalisation mean, one value or one per channel, for pixels scaled to [0, 1] (default: none, "
                         "or a demo model's own)."),
                      tr("M[,M,M]")});
    parser.addOption({QStringLiteral("std"), tr("Normalisation std, like --mean."), tr("S[,S,S]")});
    parser.addOption({QStringLiteral("sample"), tr("Which samples: random (seeded, default) or first."), tr("HOW")});
    parser.addOption({QStringLiteral("data-seed"), tr("Seed of the random sample (default 0)."), tr("SEED")});
    parser.addOption({QStringLiteral("size"),
                      tr("Image size for folder: data, HxW (default: the model's input size when known, else the first "
                         "image's)."),
                      tr("HxW")});
    parser.addOption({QStringLiteral("strict"), tr("Refuse an image folder with an unreadable image instead of skipping it.")});
}

qs::DataSpec DataOptions::spec(const QCommandLineParser &parser, const qs::Model *model, const std::optional<qs::DemoInfo> &demo)
{
    if (!parser.isSet(QStringLiteral("data")))
        throw DataOptionError(tr("missing --data (fashion-mnist, idx:IMAGES,LABELS, folder:DIR or tensors:FILE)").toStdString());
    qs::DataSpec spec = qs::DataSpec::parse(parser.value(QStringLiteral("data")).toStdString());
    if (parser.optionNames().contains(QStringLiteral("calib")) && parser.isSet(QStringLiteral("calib")))
        spec.calibCount = countOption(parser, QStringLiteral("calib"));
    if (parser.isSet(QStringLiteral("eval")))
        spec.evalCount = countOption(parser, QStringLiteral("eval"));
    if (parser.isSet(QStringLiteral("sample"))) {
        const QString how = parser.value(QStringLiteral("sample"));
        if (how == QLatin1String("first"))
            spec.sampling = qs::DataSpec::Sampling::First;
        else if (how == QLatin1String("random"))
            spec.sampling = qs::DataSpec::Sampling::Random;
        else
            throw DataOptionError(tr("--sample takes random or first, not '%1'").arg(how).toStdString());
    }
    if (parser.isSet(QStringLiteral("data-seed"))) {
        bool ok = false;
        spec.seed = parser.value(QStringLiteral("data-seed")).toULongLong(&ok);
        if (!ok)
            throw DataOptionError(tr("--data-seed takes a non-negative whole number").toStdString());
    }

    const bool hasMean = parser.isSet(QStringLiteral("mean"));
    const bool hasStd = parser.isSet(QStringLiteral("std"));
    if (hasMean != hasStd)
        throw DataOptionError(tr("give --mean and --std together").toStdString());
    if (hasMean) {
        spec.normalization.mean = qs::parseFloatList(parser.value(QStringLiteral("mean")).toStdString(), "--mean");
        spec.normalization.std = qs::parseFloatList(parser.value(QStringLiteral("std")).toStdString(), "--std");
    } else if (demo) {
        spec.normalization = demo->normalization;
    }

    // Image folders are resized to what the model takes, when that is known.
    if (demo && demo->inputShape.size() == 4) {
        spec.image.channels = int(demo->inputShape[1]);
        spec.image.height = int(demo->inputShape[2]);
        spec.image.width = int(demo->inputShape[3]);
    } else if (model && model->summary().inputShape.size() == 4 && model->summary().inputShape[1] > 0) {
        const auto channels = model->summary().inputShape[1];
        if (channels == 1 || channels == 3)
            spec.image.channels = int(channels);
    }
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression form(QStringLiteral("^(\\d+)(?:x(\\d+))?$"));
        const auto m = form.match(parser.value(QStringLiteral("size")));
        if (!m.hasMatch() || m.captured(1).toInt() < 1)
            throw DataOptionError(tr("--size takes HxW (e.g. 224x224) or one number for a square").toStdString());
        spec.image.height = m.captured(1).toInt();
        spec.image.width = m.captured(2).isEmpty() ? spec.image.height : m.captured(2).toInt();
    }
    spec.image.strict = parser.isSet(QStringLiteral("strict"));
    return spec;
}

QString DataOptions::notesText(const std::vector<qs::DataNote> &notes)
{
    QString text;
    for (const auto &n : notes)
        text += tr("note: %1").arg(QString::fromStdString(qs::describe(n))) + QLatin1Char('\n');
    return text;
}
