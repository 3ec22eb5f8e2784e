#pragma once

#include <QTabWidget>

namespace qs::ui {

class ActivationsPanel;
class ErrorPanel;
class LayerPanel;
class Workbench;

// The centre of the window: the selected layer, one tab per way of looking at it.
class LayerInspector final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerInspector)

public:
    enum class View { Weights, Activations, Error };
    Q_ENUM(View)

    explicit LayerInspector(Workbench *workbench, QWidget *parent = nullptr);
    ~LayerInspector() override;

    LayerPanel *weightsPanel() const { return m_weights; }
    ActivationsPanel *activationsPanel() const { return m_activations; }
    ErrorPanel *errorPanel() const { return m_error; }
    void showView(View view);
    // "weights", "activations", "error": false for a name no tab has.
    bool showView(const QString &name);

private:
    void onSelectedLayerChanged();

    Workbench *m_workbench;
    LayerPanel *m_weights = nullptr;
    ActivationsPanel *m_activations = nullptr;
    ErrorPanel *m_error = nullptr;
};

} // namespace qs::ui
