#pragma once

#include "quantscope/QuantPlan.h"

#include <QUndoCommand>

namespace qs::ui {

class Workbench;

// One plan edit on the workbench's undo stack: the whole plan before and after, so undo restores
// exactly what was there (plans are small: defaults plus a few overrides).
class PlanEditCommand final : public QUndoCommand
{
public:
    PlanEditCommand(Workbench *workbench, qs::QuantPlan before, qs::QuantPlan after, const QString &text);
    Q_DISABLE_COPY_MOVE(PlanEditCommand)
    ~PlanEditCommand() override;

    void undo() override;
    void redo() override;

private:
    Workbench *m_workbench;
    qs::QuantPlan m_before;
    qs::QuantPlan m_after;
};

} // namespace qs::ui
