#include "DataSetDialog.h"

#include "quantscope/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace qs::ui {

namespace {

QString joinFloats(const std::vector<float> &values)
{
    QStringList parts;
    for (float v : values)
        parts << QString::number(double(v));
    return parts.join(QLatin1Char(','));
}

} // namespace

DataSetDialog::DataSetDialog(const QString &modelNormalization, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Data Set"));
    m_source = new QComboBox(this);
    m_source->addItem(tr("Fashion-MNIST"), int(qs::DataSpec::Source::FashionMnist));
    m_source->addItem(tr("IDX files (MNIST format)"), int(qs::DataSpec::Source::Idx));
    m_source->addItem(tr("Image folder (one sub-folder per class)"), int(qs::DataSpec::Source::Folder));
    m_source->addItem(tr("Tensors file (torch.save'd dict)"), int(qs::DataSpec::Source::Tensors));

    const auto pathRow = [this](QLineEdit *&edit, bool labels) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        auto *button = new QPushButton(tr("Browse…"), row);
        QLineEdit *target = edit;
        connect(button, &QPushButton::clicked, this, [this, target, labels] { browse(target, labels); });
        layout->addWidget(edit, 1);
        layout->addWidget(button);
        return row;
    };
    m_pathRow = pathRow(m_path, false);
    m_labelsRow = pathRow(m_labels, true);
    m_labels->setPlaceholderText(tr("optional"));
    m_mean = new QLineEdit(this);
    m_std = new QLineEdit(this);
    const QString placeholder = modelNormalization.isEmpty() ? tr("none") : tr("the model's: %1").arg(modelNormalization);
    m_mean->setPlaceholderText(placeholder);
    m_std->setPlaceholderText(placeholder);
    m_mean->setToolTip(tr("One value for every channel, or one per channel separated by commas. Pixels are "
                          "scaled to [0, 1] first; inputs become (x − mean) / std."));
    m_std->setToolTip(m_mean->toolTip());
    m_samples = new QSpinBox(this);
    m_samples->setRange(1, 100000);
    m_samples->setValue(512);
    m_samples->setToolTip(tr("At most this many samples run through the model when calibrating"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    m_pathLabel = new QLabel(tr("&Path:"), this);
    m_pathLabel->setBuddy(m_path);
    form->addRow(m_pathLabel, m_pathRow);
    m_labelsLabel = new QLabel(tr("&Labels:"), this);
    m_labelsLabel->setBuddy(m_labels);
    form->addRow(m_labelsLabel, m_labelsRow);
    form->addRow(tr("&Mean:"), m_mean);
    form->addRow(tr("S&td:"), m_std);
    form->addRow(tr("&Calibration samples:"), m_samples);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DataSetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DataSetDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_source, &QComboBox::currentIndexChanged, this, &DataSetDialog::updateFields);
    updateFields();
    resize(560, sizeHint().height());
}

DataSetDialog::~DataSetDialog() = default;

void DataSetDialog::updateFields()
{
    const auto source = qs::DataSpec::Source(m_source->currentData().toInt());
    const bool hasPath = source != qs::DataSpec::Source::FashionMnist;
    m_pathLabel->setVisible(hasPath);
    m_pathRow->setVisible(hasPath);
    m_labelsLabel->setVisible(source == qs::DataSpec::Source::Idx);
    m_labelsRow->setVisible(source == qs::DataSpec::Source::Idx);
    m_pathLabel->setText(source == qs::DataSpec::Source::Idx ? tr("&Images:")
            : source == qs::DataSpec::Source::Folder         ? tr("&Folder:")
                                                             : tr("&File:"));
}

void DataSetDialog::browse(QLineEdit *target, bool labels)
{
    const auto source = qs::DataSpec::Source(m_source->currentData().toInt());
    QString path;
    if (source == qs::DataSpec::Source::Folder)
        path = QFileDialog::getExistingDirectory(this, tr("Image Folder"), target->text());
    else if (source == qs::DataSpec::Source::Idx)
        path = QFileDialog::getOpenFileName(this, labels ? tr("IDX Labels") : tr("IDX Images"), target->text(),
            tr("IDX files (*-ubyte *-ubyte.gz *.idx *.gz);;All files (*)"));
    else
        path = QFileDialog::getOpenFileName(
            this, tr("Tensors File"), target->text(), tr("Tensor files (*.pt *.pth);;All files (*)"));
    if (!path.isEmpty())
        target->setText(path);
}

void DataSetDialog::setSpec(const qs::DataSpec &spec)
{
    m_source->setCurrentIndex(m_source->findData(int(spec.source)));
    m_path->setText(QString::fromStdString(spec.path));
    m_labels->setText(QString::fromStdString(spec.labelsPath));
    m_mean->setText(joinFloats(spec.normalization.mean));
    m_std->setText(joinFloats(spec.normalization.std));
}

void DataSetDialog::setCalibrationSamples(int samples)
{
    m_samples->setValue(samples);
}

qs::DataSpec DataSetDialog::spec() const
{
    qs::DataSpec spec;
    spec.source = qs::DataSpec::Source(m_source->currentData().toInt());
    if (spec.source != qs::DataSpec::Source::FashionMnist) {
        spec.path = m_path->text().trimmed().toStdString();
        if (spec.path.empty())
            throw qs::Error(tr("Choose the data's path.").toStdString());
    }
    if (spec.source == qs::DataSpec::Source::Idx)
        spec.labelsPath = m_labels->text().trimmed().toStdString();
    const QString mean = m_mean->text().trimmed();
    const QString std = m_std->text().trimmed();
    if (mean.isEmpty() != std.isEmpty())
        throw qs::Error(tr("Give both mean and std, or neither.").toStdString());
    if (!mean.isEmpty()) {
        spec.normalization.mean = qs::parseFloatList(mean.toStdString(), "mean");
        spec.normalization.std = qs::parseFloatList(std.toStdString(), "std");
    }
    return spec;
}

int DataSetDialog::calibrationSamples() const
{
    return m_samples->value();
}

void DataSetDialog::accept()
{
    try {
        spec();
    } catch (const std::exception &e) {
        m_error->setText(QString::fromUtf8(e.what()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace qs::ui
