#pragma once

#include "Command.h"

// `quantscope-cli sensitivity MODEL --data DATA [--plan PLAN.json] [--budget POINTS] [--json]
// [--plan-out FILE]`: each layer's share of the accuracy drop, and a plan that keeps the fewest
// layers in float to stay within the budget.
class SensitivityCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SensitivityCommand)

public:
    QString name() const override { return QStringLiteral("sensitivity"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};
