#pragma once

#include "Command.h"

// `quantscope-cli evaluate MODEL --data DATA [--eval N] [--batch B] [--threads T] [--json]`:
// float top-1 and per-class accuracy of a model on a labelled data set.
class EvaluateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)

public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};
