#pragma once

#include "quantscope/LayerInfo.h"
#include "quantscope/QuantPlan.h"

#include <QObject>

#include <functional>

class QMenu;
class QPoint;
class QTableView;

namespace qs::ui {

class LayerTableModel;
class Workbench;

// Turns edits in the layer table into plan edits: a cell edit applies to every selected layer
// (when the edited one is among them), the context menu sets mode, bits or observer for the
// selection or copies a layer's settings to all Conv or all Linear layers. Every edit goes
// through Workbench::editPlan, so it is validated and undoable.
class PlanEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditor)

public:
    PlanEditor(Workbench *workbench, QTableView *view, LayerTableModel *model, QObject *parent = nullptr);
    ~PlanEditor() override;

    // Layer indexes of the selected rows, in model order.
    QList<int> selectedLayers() const;
    // Sets one field (a LayerTableModel plan column) on these layers; layers whose kind does not
    // support a mode are left out. False when the workbench refused the plan.
    bool setField(const QList<int> &layers, int column, const QString &value);
    // Copies the resolved settings of layer `from` to every layer of these kinds that supports its mode.
    bool applyToKind(int from, const QList<qs::LayerKind> &kinds, const QString &kindName);
    QMenu *createContextMenu(QWidget *parent);

private:
    void onEditRequested(int layer, int column, const QString &value);
    void showContextMenu(const QPoint &pos);

    Workbench *m_workbench;
    QTableView *m_view;
    LayerTableModel *m_model;
};

} // namespace qs::ui
