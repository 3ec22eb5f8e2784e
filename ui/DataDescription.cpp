#include "DataDescription.h"

#include "NumberFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace qs::ui {

namespace {

// Gives the free functions below a translation context of their own.
struct DataText
{
    Q_DECLARE_TR_FUNCTIONS(qs::ui::DataDescription)
};

// A count for tr()'s plural forms, which take an int.
int pluralCount(std::size_t count)
{
    return int(std::min<std::size_t>(count, std::size_t(std::numeric_limits<int>::max())));
}

QString describeSource(const qs::DataProvenance &p)
{
    const QString count = formatCount(std::int64_t(p.count));
    const QString name = QString::fromStdString(p.name);
    const bool image = p.sampleShape.size() >= 3;
    const QString height = image ? QString::number(p.sampleShape[1]) : QStringLiteral("?");
    const QString width = image ? QString::number(p.sampleShape[2]) : QStringLiteral("?");
    switch (p.source) {
    case qs::DataProvenance::Source::FashionMnistSplit:
        return (p.trainSplit ? DataText::tr("Fashion-MNIST train split (%1 images)") : DataText::tr("Fashion-MNIST test split (%1 images)"))
            .arg(count);
    case qs::DataProvenance::Source::FashionMnistSample:
        return DataText::tr("Fashion-MNIST embedded sample (first %1 test images)").arg(count);
    case qs::DataProvenance::Source::IdxFile:
        return DataText::tr("%1 (%2 images of %3×%4)").arg(name, count, height, width);
    case qs::DataProvenance::Source::ImageFolder:
        return (image && p.sampleShape[0] == 1 ? DataText::tr("%1 (%2 images in %3 classes, %4×%5 grayscale)")
                                                : DataText::tr("%1 (%2 images in %3 classes, %4×%5 RGB)"))
            .arg(name, count, formatCount(std::int64_t(p.classes)), height, width);
    case qs::DataProvenance::Source::TensorFile:
        return (p.labelled ? DataText::tr("%1 (%2 samples of %3, labelled)") : DataText::tr("%1 (%2 samples of %3, unlabelled)"))
            .arg(name, count, formatShape(p.sampleShape));
    case qs::DataProvenance::Source::Other: break;
    }
    return name;
}

} // namespace

QString describeData(const qs::DataProvenance &provenance)
{
    QString text = describeSource(provenance);
    for (const auto &s : provenance.selections) {
        const int n = pluralCount(s.count);
        switch (s.pick) {
        case qs::DataProvenance::Pick::First: text = DataText::tr("first %Ln of %1", nullptr, n).arg(text); break;
        case qs::DataProvenance::Pick::Random:
            text = DataText::tr("%Ln random samples (seed %1) of %2", nullptr, n).arg(QString::number(s.seed), text);
            break;
        case qs::DataProvenance::Pick::Calibration: text = DataText::tr("%Ln calibration samples of %1", nullptr, n).arg(text); break;
        case qs::DataProvenance::Pick::Evaluation: text = DataText::tr("%Ln evaluation samples of %1", nullptr, n).arg(text); break;
        }
    }
    return text;
}

QString describeNormalization(const qs::Normalization &normalization)
{
    if (normalization.isIdentity())
        return DataText::tr("no normalisation");
    const auto list = [](const std::vector<float> &values) {
        QStringList parts;
        for (float v : values)
            parts << QLocale().toString(double(v), 'g', 6);
        return parts.join(QStringLiteral("; "));
    };
    return DataText::tr("mean %1, std %2").arg(list(normalization.mean), list(normalization.std));
}

QString describeNote(const qs::DataNote &note)
{
    const int n = pluralCount(note.count);
    switch (note.kind) {
    case qs::DataNote::Kind::EmbeddedSample:
        return DataText::tr("using the embedded sample of %Ln Fashion-MNIST test images: install dataset-fashion-mnist for "
                            "all 70,000", nullptr, n);
    case qs::DataNote::Kind::SkippedImages: {
        QStringList files;
        for (const auto &f : note.files)
            files << QString::fromStdString(f);
        if (note.count > note.files.size())
            files << QStringLiteral("…");
        return DataText::tr("skipped %Ln unreadable image(s): %1", nullptr, n).arg(files.join(QStringLiteral(", ")));
    }
    case qs::DataNote::Kind::NoEvaluationLeft:
        return DataText::tr("no samples are left for evaluation after %Ln calibration samples; calibrate on fewer to "
                            "evaluate", nullptr, n);
    }
    return {};
}

} // namespace qs::ui
