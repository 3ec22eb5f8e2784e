#include "ProjectFile.h"

#include "ComparisonJson.h"
#include "ComparisonJsonReader.h"
#include "JsonStrings.h"

#include "quantscope/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace qs::ui {

namespace {

class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)
};

QJsonArray toArray(const std::vector<float> &values)
{
    QJsonArray array;
    for (float v : values)
        array.append(double(v));
    return array;
}

std::vector<float> toFloats(const QJsonValue &value)
{
    std::vector<float> values;
    for (const QJsonValue &v : value.toArray())
        values.push_back(float(v.toDouble()));
    return values;
}

[[noreturn]] void fail(const QString &message)
{
    throw qs::Error(message.toStdString());
}

// A stored path: the absolute one if it exists, else the one relative to the project's folder.
QString resolvePath(const QJsonObject &object, const QString &key, const QDir &projectDir)
{
    const QString absolute = object.value(key).toString();
    const QString relative = object.value(key + QStringLiteral("_relative")).toString();
    if (!absolute.isEmpty() && QFileInfo::exists(absolute))
        return absolute;
    if (!relative.isEmpty() && QFileInfo::exists(projectDir.filePath(relative)))
        return QDir::cleanPath(projectDir.filePath(relative));
    return absolute;
}

QJsonObject planJson(const qs::QuantPlan &plan)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(plan.toJson())).object();
}

qs::QuantPlan planFrom(const QJsonValue &value)
{
    return qs::QuantPlan::fromJson(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).toStdString());
}

QJsonObject basisJson(const ResultBasis &basis)
{
    return { { QStringLiteral("plan"), planJson(basis.plan) }, { QStringLiteral("data"), basis.dataSpec } };
}

ResultBasis basisFrom(const QJsonObject &o)
{
    ResultBasis basis;
    basis.plan = planFrom(o.value(QStringLiteral("plan")));
    basis.dataSpec = o.value(QStringLiteral("data")).toString();
    return basis;
}

} // namespace

QByteArray ProjectFile::toJson(const QString &projectPath) const
{
    const QDir projectDir = QFileInfo(projectPath).absoluteDir();
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromLatin1(formatName));
    root.insert(QStringLiteral("version"), formatVersion);
    QJsonObject model;
    model.insert(QStringLiteral("path"), QFileInfo(modelPath).absoluteFilePath());
    model.insert(QStringLiteral("path_relative"), projectDir.relativeFilePath(modelPath));
    root.insert(QStringLiteral("model"), model);
    if (data) {
        QJsonObject d;
        d.insert(QStringLiteral("spec"), QString::fromStdString(data->toString()));
        d.insert(QStringLiteral("mean"), toArray(data->normalization.mean));
        d.insert(QStringLiteral("std"), toArray(data->normalization.std));
        if (data->calibCount)
            d.insert(QStringLiteral("calibration_count"), qint64(*data->calibCount));
        if (data->evalCount)
            d.insert(QStringLiteral("evaluation_count"), qint64(*data->evalCount));
        d.insert(QStringLiteral("sampling"),
            data->sampling == qs::DataSpec::Sampling::First ? QStringLiteral("first") : QStringLiteral("random"));
        d.insert(QStringLiteral("seed"), QString::number(data->seed));
        root.insert(QStringLiteral("data"), d);
    }
    root.insert(QStringLiteral("plan"),
        QJsonDocument::fromJson(QByteArray::fromStdString(plan.toJson())).object());
    QJsonObject calibration;
    calibration.insert(QStringLiteral("samples"), calibrationSamples);
    calibration.insert(QStringLiteral("batch_size"), calibrationBatchSize);
    root.insert(QStringLiteral("calibration"), calibration);
    QJsonObject results;
    if (comparison) {
        results.insert(QStringLiteral("comparison"),
            QJsonObject { { QStringLiteral("figures"), comparisonJson(comparison->result, comparison->classNames) },
                { QStringLiteral("made_from"), basisJson(comparison->basis) },
                { QStringLiteral("class_names"), stringsToJson(comparison->classNames) } });
    }
    if (sensitivity) {
        results.insert(QStringLiteral("sensitivity"),
            QJsonObject { { QStringLiteral("figures"), sensitivityJson(sensitivity->result) },
                { QStringLiteral("suggested_plan"), planJson(sensitivity->result.suggested.plan) },
                { QStringLiteral("made_from"), basisJson(sensitivity->basis) } });
    }
    if (!results.isEmpty())
        root.insert(QStringLiteral("results"), results);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProjectFile ProjectFile::fromJson(const QByteArray &json, const QString &projectPath)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        fail(Project::tr("not a Quantscope project (no JSON object: %1)").arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        fail(Project::tr("not a Quantscope project (its format is not \"%1\")").arg(QString::fromLatin1(formatName)));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > formatVersion)
        fail(Project::tr("project version %1 is not supported (this Quantscope reads version %2)")
                 .arg(version)
                 .arg(formatVersion));
    const QDir projectDir = QFileInfo(projectPath).absoluteDir();
    ProjectFile project;
    project.modelPath = resolvePath(root.value(QStringLiteral("model")).toObject(), QStringLiteral("path"), projectDir);
    if (project.modelPath.isEmpty())
        fail(Project::tr("the project names no model"));
    if (root.contains(QStringLiteral("data"))) {
        const QJsonObject d = root.value(QStringLiteral("data")).toObject();
        qs::DataSpec spec = qs::DataSpec::parse(d.value(QStringLiteral("spec")).toString().toStdString());
        spec.normalization.mean = toFloats(d.value(QStringLiteral("mean")));
        spec.normalization.std = toFloats(d.value(QStringLiteral("std")));
        if (d.contains(QStringLiteral("calibration_count")))
            spec.calibCount = std::size_t(d.value(QStringLiteral("calibration_count")).toInteger());
        if (d.contains(QStringLiteral("evaluation_count")))
            spec.evalCount = std::size_t(d.value(QStringLiteral("evaluation_count")).toInteger());
        spec.sampling = d.value(QStringLiteral("sampling")).toString() == QLatin1String("first")
            ? qs::DataSpec::Sampling::First
            : qs::DataSpec::Sampling::Random;
        spec.seed = d.value(QStringLiteral("seed")).toString().toULongLong();
        project.data = spec;
    }
    if (root.contains(QStringLiteral("plan")))
        project.plan = qs::QuantPlan::fromJson(
            QJsonDocument(root.value(QStringLiteral("plan")).toObject()).toJson(QJsonDocument::Compact).toStdString());
    const QJsonObject calibration = root.value(QStringLiteral("calibration")).toObject();
    project.calibrationSamples = calibration.value(QStringLiteral("samples")).toInt(512);
    project.calibrationBatchSize = calibration.value(QStringLiteral("batch_size")).toInt(64);
    if (project.calibrationSamples < 1 || project.calibrationBatchSize < 1)
        fail(Project::tr("calibration samples and batch size must be positive"));
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    if (results.contains(QStringLiteral("comparison"))) {
        const QJsonObject o = results.value(QStringLiteral("comparison")).toObject();
        auto measured = std::make_shared<MeasuredComparison>();
        measured->result = comparisonFromJson(o.value(QStringLiteral("figures")).toObject());
        measured->basis = basisFrom(o.value(QStringLiteral("made_from")).toObject());
        measured->classNames = stringsFromJson(o.value(QStringLiteral("class_names")));
        project.comparison = std::move(measured);
    }
    if (results.contains(QStringLiteral("sensitivity"))) {
        const QJsonObject o = results.value(QStringLiteral("sensitivity")).toObject();
        auto measured = std::make_shared<MeasuredSensitivity>();
        measured->result = sensitivityFromJson(o.value(QStringLiteral("figures")).toObject());
        measured->result.suggested.plan = planFrom(o.value(QStringLiteral("suggested_plan")));
        measured->basis = basisFrom(o.value(QStringLiteral("made_from")).toObject());
        project.sensitivity = std::move(measured);
    }
    return project;
}

void ProjectFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(path)) < 0 || !file.commit())
        fail(Project::tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

ProjectFile ProjectFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(Project::tr("could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    constexpr qint64 maximumBytes = 16 * 1024 * 1024;
    if (file.size() > maximumBytes)
        fail(Project::tr("%1 is too large for a project file").arg(QDir::toNativeSeparators(path)));
    try {
        return fromJson(file.readAll(), path);
    } catch (const qs::Error &e) {
        fail(Project::tr("%1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
    }
}

} // namespace qs::ui
