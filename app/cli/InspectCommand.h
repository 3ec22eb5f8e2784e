#pragma once

#include "Command.h"

// `quantscope-cli inspect MODEL [--json]`: the model's layers, weight ranges and qparams.
class InspectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};
