#include "PlanChoiceDelegate.h"

#include "LayerTableModel.h"

#include <QComboBox>

namespace qs::ui {

PlanChoiceDelegate::PlanChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

PlanChoiceDelegate::~PlanChoiceDelegate() = default;

QWidget *PlanChoiceDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList values = index.data(LayerTableModel::ChoiceValuesRole).toStringList();
    if (values.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QStringList labels = index.data(LayerTableModel::ChoiceLabelsRole).toStringList();
    auto *combo = new QComboBox(parent);
    for (int i = 0; i < values.size(); ++i)
        combo->addItem(labels.value(i, values.at(i)), values.at(i));
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<PlanChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void PlanChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace qs::ui
