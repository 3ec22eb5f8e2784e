#pragma once

#include <QJsonArray>
#include <QJsonValue>

#include <string>
#include <vector>

// A list of strings as a JSON array and back (notes, warnings, layer names, class names).
QJsonArray stringsToJson(const std::vector<std::string> &strings);
// Non-string elements read as empty strings; a value that is not an array gives an empty list.
std::vector<std::string> stringsFromJson(const QJsonValue &value);
