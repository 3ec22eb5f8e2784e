#include "PlanEditCommand.h"

#include "Workbench.h"

namespace qs::ui {

PlanEditCommand::PlanEditCommand(Workbench *workbench, qs::QuantPlan before, qs::QuantPlan after, const QString &text)
    : QUndoCommand(text)
    , m_workbench(workbench)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

PlanEditCommand::~PlanEditCommand() = default;

void PlanEditCommand::undo()
{
    m_workbench->applyPlan(m_before);
}

void PlanEditCommand::redo()
{
    m_workbench->applyPlan(m_after);
}

} // namespace qs::ui
