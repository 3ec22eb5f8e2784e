#include "quantscope/QuantPlan.h"

#include "quantscope/Error.h"

#include <nlohmann/json.hpp>

#include <set>

// The plan's JSON form (format version 1):
// {
//   "format": "quantscope-plan", "version": 1,
//   "engine": "onednn",
//   "defaults": {"mode": "static_int8", "weight_granularity": "per_channel", "weight_scheme": "symmetric",
//                "activation_observer": "histogram", "activation_scheme": "affine", "bits": 8},
//   "observer_settings": {"percentile": 99.99, "averaging_constant": 0.01, "histogram_bins": 2048},
//   "overrides": {"features.0": {"mode": "float", ...}}
// }
// Only "format" and "version" are required. Missing "defaults" keys come from defaultsFor(engine),
// missing override keys from the plan's defaults; "activation_reduce_range" (true, false or null)
// is written only when set. Unknown keys, values and types are refused, naming the key.

namespace qs {

namespace {

using Json = nlohmann::ordered_json;

const char *const kFormat = "quantscope-plan";

std::string typeName(const Json &value)
{
    if (value.is_number_integer())
        return "an integer";
    if (value.is_number())
        return "a number";
    if (value.is_string())
        return "a string";
    if (value.is_boolean())
        return "true/false";
    if (value.is_null())
        return "null";
    if (value.is_array())
        return "a list";
    return "an object";
}

[[noreturn]] void fail(const std::string &where, const std::string &what)
{
    throw Error("'" + where + "' " + what);
}

void requireObject(const Json &value, const std::string &where)
{
    if (!value.is_object())
        fail(where, "must be an object ({...}), not " + typeName(value));
}

void refuseUnknownKeys(const Json &object, const std::string &where, const std::set<std::string> &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.count(it.key()))
            continue;
        std::string valid;
        for (const std::string &k : known)
            valid += (valid.empty() ? "" : ", ") + k;
        throw Error("unknown key '" + it.key() + "' in '" + where + "': the keys there are " + valid);
    }
}

std::string readString(const Json &value, const std::string &where)
{
    if (!value.is_string())
        fail(where, "must be a string, not " + typeName(value));
    return value.get<std::string>();
}

// Parses a string value with one of the fromString functions, naming the key in its error.
template<typename Parse>
auto readEnum(const Json &value, const std::string &where, Parse parse)
{
    const std::string text = readString(value, where);
    try {
        return parse(text);
    } catch (const Error &e) {
        throw Error("'" + where + "': " + e.what());
    }
}

int readInt(const Json &value, const std::string &where)
{
    if (!value.is_number_integer())
        fail(where, "must be an integer, not " + typeName(value));
    const auto v = value.get<long long>();
    if (v < -1000000000LL || v > 1000000000LL)
        fail(where, "is out of range (" + std::to_string(v) + ")");
    return int(v);
}

double readNumber(const Json &value, const std::string &where)
{
    if (!value.is_number())
        fail(where, "must be a number, not " + typeName(value));
    return value.get<double>();
}

Json configToJson(const LayerQuantConfig &c)
{
    Json j;
    j["mode"] = toString(c.mode);
    j["weight_granularity"] = toString(c.granularity);
    j["weight_scheme"] = toString(c.weightScheme);
    j["activation_observer"] = toString(c.activationObserver);
    j["activation_scheme"] = toString(c.activationScheme);
    if (c.activationReduceRange)
        j["activation_reduce_range"] = *c.activationReduceRange;
    j["bits"] = c.bits;
    return j;
}

LayerQuantConfig configFromJson(const Json &j, const std::string &where, LayerQuantConfig c)
{
    requireObject(j, where);
    refuseUnknownKeys(j, where,
                      {"mode", "weight_granularity", "weight_scheme", "activation_observer", "activation_scheme",
                       "activation_reduce_range", "bits"});
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string &key = it.key();
        const std::string at = where + "." + key;
        if (key == "mode")
            c.mode = readEnum(*it, at, layerModeFromString);
        else if (key == "weight_granularity")
            c.granularity = readEnum(*it, at, weightGranularityFromString);
        else if (key == "weight_scheme")
            c.weightScheme = readEnum(*it, at, quantSchemeFromString);
        else if (key == "activation_observer")
            c.activationObserver = readEnum(*it, at, observerKindFromString);
        else if (key == "activation_scheme")
            c.activationScheme = readEnum(*it, at, quantSchemeFromString);
        else if (key == "bits")
            c.bits = readInt(*it, at);
        else if (key == "activation_reduce_range") {
            if (it->is_null())
                c.activationReduceRange.reset();
            else if (it->is_boolean())
                c.activationReduceRange = it->get<bool>();
            else
                fail(at, "must be true, false or null, not " + typeName(*it));
        }
    }
    // Dynamic int8 without a granularity: PyTorch's default_dynamic_qconfig (per-tensor weights).
    if (c.mode == LayerMode::DynamicInt8 && j.contains("mode") && !j.contains("weight_granularity"))
        c.granularity = WeightGranularity::PerTensor;
    return c;
}

ObserverSettings settingsFromJson(const Json &j, const std::string &where)
{
    requireObject(j, where);
    refuseUnknownKeys(j, where, {"percentile", "averaging_constant", "histogram_bins"});
    ObserverSettings s;
    if (j.contains("percentile"))
        s.percentile = readNumber(j["percentile"], where + ".percentile");
    if (j.contains("averaging_constant"))
        s.averagingConstant = readNumber(j["averaging_constant"], where + ".averaging_constant");
    if (j.contains("histogram_bins"))
        s.histogramBins = readInt(j["histogram_bins"], where + ".histogram_bins");
    try {
        s.validate();
    } catch (const Error &e) {
        throw Error("'" + where + "': " + e.what());
    }
    return s;
}

} // namespace

std::string QuantPlan::toJson() const
{
    Json j;
    j["format"] = kFormat;
    j["version"] = kFormatVersion;
    j["engine"] = toString(m_engine);
    j["defaults"] = configToJson(m_defaults);
    j["observer_settings"] = {{"percentile", m_observerSettings.percentile},
                              {"averaging_constant", m_observerSettings.averagingConstant},
                              {"histogram_bins", m_observerSettings.histogramBins}};
    Json overrides = Json::object();
    for (const auto &[name, config] : m_overrides)
        overrides[name] = configToJson(config);
    j["overrides"] = overrides;
    return j.dump(2) + "\n";
}

QuantPlan QuantPlan::fromJson(const std::string &text)
{
    Json j;
    try {
        j = Json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        std::string what = e.what();
        const auto bracket = what.find("] ");
        if (bracket != std::string::npos)
            what = what.substr(bracket + 2);
        throw Error("not valid JSON: " + what);
    }
    if (!j.is_object() || !j.contains("format") || j["format"] != kFormat)
        throw Error("not a Quantscope plan: a plan is a JSON object with \"format\": \"quantscope-plan\"");
    if (!j.contains("version"))
        throw Error("the plan has no \"version\": Quantscope writes \"version\": 1");
    const int version = readInt(j["version"], "version");
    if (version > kFormatVersion)
        throw Error("plan format version " + std::to_string(version) + " is newer than this Quantscope reads (version "
                    + std::to_string(kFormatVersion) + "): update Quantscope or save the plan again from it");
    if (version < 1)
        throw Error("plan format version " + std::to_string(version) + " does not exist: the first version is 1");
    refuseUnknownKeys(j, "plan", {"format", "version", "engine", "defaults", "observer_settings", "overrides"});

    const QuantEngine engine = j.contains("engine") ? readEnum(j["engine"], "engine", quantEngineFromString)
                                                    : QuantEngine::Onednn;
    QuantPlan plan = defaultsFor(engine);
    if (j.contains("defaults"))
        plan.m_defaults = configFromJson(j["defaults"], "defaults", plan.m_defaults);
    if (j.contains("observer_settings"))
        plan.m_observerSettings = settingsFromJson(j["observer_settings"], "observer_settings");
    if (j.contains("overrides")) {
        const Json &overrides = j["overrides"];
        requireObject(overrides, "overrides");
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it.key().empty())
                throw Error("'overrides' has an entry with an empty layer name");
            plan.m_overrides[it.key()] = configFromJson(*it, "overrides." + it.key(), plan.m_defaults);
        }
    }
    return plan;
}

bool QuantPlan::operator==(const QuantPlan &o) const
{
    return m_engine == o.m_engine && m_defaults == o.m_defaults && m_observerSettings == o.m_observerSettings
        && m_overrides == o.m_overrides;
}

} // namespace qs
