#include "PlanEditor.h"

#include "LayerTableModel.h"
#include "Workbench.h"

#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace qs::ui {

namespace {

// Applies one column's value to a config; false when the layer kind cannot take it.
bool applyField(qs::LayerQuantConfig &config, qs::LayerKind kind, int column, const QString &value)
{
    const std::string text = value.toStdString();
    switch (column) {
    case LayerTableModel::ModeColumn: {
        const qs::LayerMode mode = qs::layerModeFromString(text);
        if (!qs::layerSupportsMode(kind, mode))
            return false;
        config.mode = mode;
        return true;
    }
    case LayerTableModel::BitsColumn:
        config.bits = value.toInt();
        return true;
    case LayerTableModel::ObserverColumn:
        config.activationObserver = qs::observerKindFromString(text);
        return true;
    default:
        return false;
    }
}

QString columnName(int column)
{
    switch (column) {
    case LayerTableModel::ModeColumn:
        return PlanEditor::tr("mode");
    case LayerTableModel::BitsColumn:
        return PlanEditor::tr("bits");
    default:
        return PlanEditor::tr("observer");
    }
}

} // namespace

PlanEditor::PlanEditor(Workbench *workbench, QTableView *view, LayerTableModel *model, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_view(view)
    , m_model(model)
{
    connect(m_model, &LayerTableModel::configEditRequested, this, &PlanEditor::onEditRequested);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PlanEditor::showContextMenu);
}

PlanEditor::~PlanEditor() = default;

QList<int> PlanEditor::selectedLayers() const
{
    QList<int> layers;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        layers << row.data(LayerTableModel::LayerIndexRole).toInt();
    std::sort(layers.begin(), layers.end());
    return layers;
}

void PlanEditor::onEditRequested(int layer, int column, const QString &value)
{
    QList<int> layers = selectedLayers();
    if (!layers.contains(layer))
        layers = { layer };
    setField(layers, column, value);
}

bool PlanEditor::setField(const QList<int> &layers, int column, const QString &value)
{
    const auto analysis = m_model->analysis();
    if (!analysis || layers.isEmpty())
        return false;
    qs::QuantPlan plan = m_workbench->plan();
    int changed = 0;
    QString lastName;
    for (int index : layers) {
        const qs::LayerInfo &layer = analysis->model->layers().at(std::size_t(index));
        qs::LayerQuantConfig config = plan.resolve(layer);
        if (!applyField(config, layer.kind, column, value))
            continue;
        plan.setOverride(layer.name, config);
        lastName = QString::fromStdString(layer.name);
        ++changed;
    }
    if (changed == 0) {
        m_workbench->errorOccurred(tr("No selected layer can be set to %1.").arg(value),
            tr("Static int8 runs on Conv and Linear layers, dynamic int8 on Linear, LSTM and GRU layers."));
        return false;
    }
    const QString description = changed == 1
        ? tr("Set %1 of %2 to %3").arg(columnName(column), lastName, value)
        : tr("Set %1 of %n layers to %2", nullptr, changed).arg(columnName(column), value);
    return m_workbench->editPlan(plan, description);
}

bool PlanEditor::applyToKind(int from, const QList<qs::LayerKind> &kinds, const QString &kindName)
{
    const auto analysis = m_model->analysis();
    if (!analysis || from < 0)
        return false;
    qs::QuantPlan plan = m_workbench->plan();
    const qs::LayerInfo &source = analysis->model->layers().at(std::size_t(from));
    const qs::LayerQuantConfig config = plan.resolve(source);
    for (const qs::LayerInfo &layer : analysis->model->layers()) {
        if (kinds.contains(layer.kind) && qs::layerSupportsMode(layer.kind, config.mode))
            plan.setOverride(layer.name, config);
    }
    return m_workbench->editPlan(
        plan, tr("Apply the settings of %1 to all %2 layers").arg(QString::fromStdString(source.name), kindName));
}

QMenu *PlanEditor::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QList<int> layers = selectedLayers();
    const auto analysis = m_model->analysis();
    if (!analysis || layers.isEmpty())
        return menu;
    const QModelIndex first = m_model->index(layers.constFirst(), 0);
    const auto addChoices = [&](int column, const QString &title) {
        QMenu *sub = menu->addMenu(title);
        const QModelIndex cell = first.siblingAtColumn(column);
        const QStringList values = cell.data(LayerTableModel::ChoiceValuesRole).toStringList();
        const QStringList labels = cell.data(LayerTableModel::ChoiceLabelsRole).toStringList();
        for (int i = 0; i < values.size(); ++i) {
            const QString value = values.at(i);
            sub->addAction(labels.value(i), this, [this, layers, column, value] { setField(layers, column, value); });
        }
    };
    const QString count = layers.size() == 1 ? QString::fromStdString(analysis->model->layers()
                                                                           .at(std::size_t(layers.constFirst()))
                                                                           .name)
                                             : tr("%n layers", nullptr, int(layers.size()));
    menu->addSection(count);
    addChoices(LayerTableModel::ModeColumn, tr("&Mode"));
    addChoices(LayerTableModel::BitsColumn, tr("&Bits"));
    addChoices(LayerTableModel::ObserverColumn, tr("&Observer"));
    menu->addSeparator();
    const int current = layers.constFirst();
    menu->addAction(tr("Apply to All &Conv Layers"), this, [this, current] {
        applyToKind(current, { qs::LayerKind::Conv1d, qs::LayerKind::Conv2d }, tr("Conv"));
    });
    menu->addAction(tr("Apply to All &Linear Layers"), this,
        [this, current] { applyToKind(current, { qs::LayerKind::Linear }, tr("Linear")); });
    QAction *reset = menu->addAction(tr("&Reset to Plan Defaults"), this, [this, layers, analysis] {
        qs::QuantPlan plan = m_workbench->plan();
        for (int index : layers)
            plan.clearOverride(analysis->model->layers().at(std::size_t(index)).name);
        m_workbench->editPlan(plan, tr("Reset %n layers to the plan defaults", nullptr, int(layers.size())));
    });
    reset->setEnabled(std::any_of(layers.begin(), layers.end(), [&](int index) {
        return m_workbench->plan().overrides().count(analysis->model->layers().at(std::size_t(index)).name) > 0;
    }));
    return menu;
}

void PlanEditor::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu *menu = createContextMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace qs::ui
