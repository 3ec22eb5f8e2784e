#include "JsonStrings.h"

QJsonArray stringsToJson(const std::vector<std::string> &strings)
{
    QJsonArray array;
    for (const auto &s : strings)
        array.append(QString::fromStdString(s));
    return array;
}

std::vector<std::string> stringsFromJson(const QJsonValue &value)
{
    std::vector<std::string> strings;
    for (const QJsonValue &v : value.toArray())
        strings.push_back(v.toString().toStdString());
    return strings;
}
