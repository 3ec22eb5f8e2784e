// The data line's wording: core's provenance parts in the user's language and number format,
// in English and with the German translation the application ships.

#include "DataDescription.h"

#include <QLocale>
#include <QTranslator>
#include <QtTest>

using qs::DataProvenance;
using qs::ui::describeData;
using qs::ui::describeNormalization;

namespace {

DataProvenance fashionTrain()
{
    DataProvenance p;
    p.source = DataProvenance::Source::FashionMnistSplit;
    p.trainSplit = true;
    p.count = 60000;
    return p;
}

DataProvenance folder(std::int64_t channels)
{
    DataProvenance p;
    p.source = DataProvenance::Source::ImageFolder;
    p.name = "shoes";
    p.count = 1200;
    p.classes = 3;
    p.sampleShape = {channels, 64, 48};
    return p;
}

} // namespace

class TestDataDescription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
    }

    void english()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const DataProvenance calibration = fashionTrain().selected(DataProvenance::Pick::Random, 512, 7);
        QCOMPARE(describeData(calibration), QStringLiteral("512 random samples (seed 7) of Fashion-MNIST train split (60,000 images)"));
        QCOMPARE(describeData(folder(1).selected(DataProvenance::Pick::Calibration, 1).selected(DataProvenance::Pick::First, 1)),
                 QStringLiteral("first 1 of 1 calibration samples of shoes (1,200 images in 3 classes, 64×48 grayscale)"));
        QCOMPARE(describeData(folder(3)), QStringLiteral("shoes (1,200 images in 3 classes, 64×48 RGB)"));
        DataProvenance tensors;
        tensors.source = DataProvenance::Source::TensorFile;
        tensors.name = "batch.pt";
        tensors.count = 12;
        tensors.sampleShape = {1, 28, 28};
        QCOMPARE(describeData(tensors), QStringLiteral("batch.pt (12 samples of [1, 28, 28], unlabelled)"));
        DataProvenance fromJson; // a comparison read back from its JSON: the English text as written
        fromJson.name = "first 100 of Fashion-MNIST test split (10000 images)";
        QCOMPARE(describeData(fromJson), QString::fromStdString(fromJson.name));
        QCOMPARE(describeNormalization({{0.286f}, {0.353f}}), QStringLiteral("mean 0.286, std 0.353"));
        QCOMPARE(describeNormalization({{0.485f, 0.456f, 0.406f}, {0.229f, 0.224f, 0.225f}}),
                 QStringLiteral("mean 0.485; 0.456; 0.406, std 0.229; 0.224; 0.225"));
        QCOMPARE(describeNormalization({}), QStringLiteral("no normalisation"));
        // Notes: the same facts as core's English, with the locale's numbers.
        const qs::DataNote skipped{qs::DataNote::Kind::SkippedImages, 7, {"a/x.png", "b/y.jpg"}};
        QCOMPARE(qs::ui::describeNote(skipped), QStringLiteral("skipped 7 unreadable image(s): a/x.png, b/y.jpg, …"));
        QCOMPARE(qs::describe(skipped), std::string("skipped 7 unreadable image(s): a/x.png, b/y.jpg, ..."));
        QCOMPARE(qs::ui::describeNote({qs::DataNote::Kind::EmbeddedSample, 1000, {}}),
                 QStringLiteral("using the embedded sample of 1,000 Fashion-MNIST test images: install dataset-fashion-mnist for all 70,000"));
    }

    void german()
    {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY2(m_translator->load(QStringLiteral(QS_GERMAN_QM)), QS_GERMAN_QM);
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const DataProvenance calibration = fashionTrain().selected(DataProvenance::Pick::Random, 512, 0);
        QCOMPARE(describeData(calibration),
                 QStringLiteral("512 zufällige Proben (Startwert 0) aus Fashion-MNIST, Trainingsteil (60.000 Bilder)"));
        QCOMPARE(describeNormalization({{0.286f}, {0.353f}}), QStringLiteral("Mittelwert 0,286, Std.-Abw. 0,353"));
        DataProvenance test = fashionTrain();
        test.trainSplit = false;
        test.count = 10000;
        QCOMPARE(describeData(test.selected(DataProvenance::Pick::First, 1)),
                 QStringLiteral("die erste Probe aus Fashion-MNIST, Testteil (10.000 Bilder)"));
        QCOMPARE(qs::ui::describeNote({qs::DataNote::Kind::EmbeddedSample, 1000, {}}),
                 QStringLiteral("die eingebettete Auswahl von 1.000 Fashion-MNIST-Testbildern wird verwendet: "
                                "dataset-fashion-mnist installieren für alle 70.000"));
    }

private:
    std::unique_ptr<QTranslator> m_translator;
};

QTEST_GUILESS_MAIN(TestDataDescription)
#include "tst_datadescription.moc"
