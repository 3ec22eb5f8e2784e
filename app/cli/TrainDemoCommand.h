#pragma once

#include "Command.h"

// `quantscope-cli train-demo NAME --out DIR [--epochs N] [--seed S] [--threads T]`: trains one of the
// built-in demo models on Fashion-MNIST and writes NAME.pt and NAME.json.
class TrainDemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrainDemoCommand)

public:
    QString name() const override { return QStringLiteral("train-demo"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};
