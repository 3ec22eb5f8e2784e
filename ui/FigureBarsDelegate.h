#pragma once

#include <QStyledItemDelegate>

namespace qs::ui {

// Paints a cell's two values (QVariantList {original, quantized} in a value role) as two thin
// horizontal bars on one scale: original grey above, quantized blue below. NaN draws no bar.
class FigureBarsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureBarsDelegate)

public:
    FigureBarsDelegate(int valueRole, QObject *parent = nullptr);
    ~FigureBarsDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor originalColour() { return QColor(140, 140, 140); }
    static QColor quantizedColour() { return QColor(46, 120, 190); }

private:
    int m_valueRole;
};

} // namespace qs::ui
