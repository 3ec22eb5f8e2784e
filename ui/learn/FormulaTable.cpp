#include "FormulaTable.h"

#include <QGridLayout>
#include <QLabel>

namespace qs::ui {

FormulaTable::FormulaTable(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(1, 1);
}

FormulaTable::~FormulaTable() = default;

int FormulaTable::addRow(const QString &name, const QString &resultObjectName)
{
    const int row = int(m_rows.size());
    auto *nameLabel = new QLabel(name, this);
    auto *formula = new QLabel(this);
    formula->setWordWrap(true);
    formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formula->setTextFormat(Qt::RichText);
    auto *result = new QLabel(this);
    result->setObjectName(resultObjectName);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = result->font();
    bold.setBold(true);
    result->setFont(bold);
    m_grid->addWidget(nameLabel, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->addWidget(formula, row, 1);
    m_grid->addWidget(result, row, 2);
    m_rows.push_back({ formula, result });
    return row;
}

void FormulaTable::setRow(int row, const QString &formula, const QString &result)
{
    m_rows[row].formula->setText(formula);
    m_rows[row].result->setText(result);
}

QString FormulaTable::formula(int row) const
{
    return m_rows[row].formula->text();
}

QString FormulaTable::result(int row) const
{
    return m_rows[row].result->text();
}

} // namespace qs::ui
