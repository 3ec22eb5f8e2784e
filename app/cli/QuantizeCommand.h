#pragma once

#include "Command.h"

// `quantscope-cli quantize MODEL --data DATA [--plan PLAN.json] [--calib N] --out OUT.pt [--encodings OUT.json]`:
// calibrates, builds the real int8 model and exports it with its encodings and plan.
class QuantizeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(QuantizeCommand)

public:
    QString name() const override { return QStringLiteral("quantize"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};
