#pragma once

#include "Command.h"

// `quantscope-cli compare MODEL --data DATA [--plan PLAN.json] [--calib N] [--eval N] [--batch B]
// [--threads T] [--json] [--report FILE.html] [--csv FILE] [--max-drop P] [--min-agreement P]`: size, speed, accuracy and per-layer
// error of the float model and its quantized form, side by side; exit status 4 when a limit is not met.
class CompareCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};
