#pragma once

#include <QGroupBox>

class QGridLayout;
class QLabel;

namespace qs::ui {

// Rows of "name   formula with the current numbers   = result", so a student sees where every
// number comes from. Each result label has an object name, for tests and accessibility.
class FormulaTable final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormulaTable)

public:
    explicit FormulaTable(const QString &title, QWidget *parent = nullptr);
    ~FormulaTable() override;

    // Adds a row; resultObjectName names its result label. Returns the row's index.
    int addRow(const QString &name, const QString &resultObjectName);
    void setRow(int row, const QString &formula, const QString &result);
    QString formula(int row) const;
    QString result(int row) const;

private:
    struct Row
    {
        QLabel *formula;
        QLabel *result;
    };
    QGridLayout *m_grid = nullptr;
    QVector<Row> m_rows;
};

} // namespace qs::ui
