#pragma once

#include <QObject>

class QHeaderView;

namespace qs::ui {

// A table header's right-click menu with one checkable entry per column, so columns hidden to
// save width can be shown again (the last visible column cannot be hidden). Owned by the header.
class ColumnVisibilityMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnVisibilityMenu)

public:
    static ColumnVisibilityMenu *install(QHeaderView *header);

private:
    explicit ColumnVisibilityMenu(QHeaderView *header);
    void showMenu(const QPoint &pos);

    QHeaderView *m_header;
};

} // namespace qs::ui
