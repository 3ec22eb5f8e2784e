#pragma once

#include "quantscope/DataSpec.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qs::ui {

// File ▸ Open Data Set…: where the samples come from (Fashion-MNIST, an IDX pair, an image
// folder, a tensors file), how they are normalised, and how many calibrate. Builds a qs::DataSpec;
// the reading itself happens later, in a background job.
class DataSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSetDialog)

public:
    // modelNormalization: what a demo model brings ("mean 0.286 std 0.353"), shown as the default; may be empty.
    explicit DataSetDialog(const QString &modelNormalization, QWidget *parent = nullptr);
    ~DataSetDialog() override;

    void setSpec(const qs::DataSpec &spec);
    void setCalibrationSamples(int samples);
    // Throws qs::Error for a bad mean/std list or a missing path.
    qs::DataSpec spec() const;
    int calibrationSamples() const;

    void accept() override;

private:
    void updateFields();
    void browse(QLineEdit *target, bool labels);

    QComboBox *m_source = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QWidget *m_pathRow = nullptr;
    QLabel *m_labelsLabel = nullptr;
    QWidget *m_labelsRow = nullptr;
    QLineEdit *m_labels = nullptr;
    QLineEdit *m_mean = nullptr;
    QLineEdit *m_std = nullptr;
    QSpinBox *m_samples = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace qs::ui
