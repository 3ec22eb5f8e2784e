#include "ColumnVisibilityMenu.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

namespace qs::ui {

ColumnVisibilityMenu *ColumnVisibilityMenu::install(QHeaderView *header)
{
    return new ColumnVisibilityMenu(header);
}

ColumnVisibilityMenu::ColumnVisibilityMenu(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to show or hide columns"));
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnVisibilityMenu::showMenu);
}

void ColumnVisibilityMenu::showMenu(const QPoint &pos)
{
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu(m_header);
    menu.setTitle(tr("Columns"));
    const int count = m_header->count();
    const int visible = count - m_header->hiddenSectionCount();
    for (int section = 0; section < count; ++section) {
        QAction *action = menu.addAction(model->headerData(section, m_header->orientation()).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(section));
        action->setEnabled(m_header->isSectionHidden(section) || visible > 1);
        connect(action, &QAction::toggled, m_header, [this, section](bool on) {
            m_header->setSectionHidden(section, !on);
            if (on)
                m_header->resizeSection(section, qMax(m_header->sectionSizeHint(section), m_header->minimumSectionSize()));
        });
    }
    menu.exec(m_header->mapToGlobal(pos));
}

} // namespace qs::ui
