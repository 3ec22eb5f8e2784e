#include "model/TorchScriptSource.h"

#include <torch/csrc/jit/frontend/resolver.h>
#include <torch/csrc/jit/frontend/sugared_value.h>

namespace qs {

namespace {

using torch::jit::BuiltinModule;
using torch::jit::GraphFunction;
using torch::jit::SourceRange;
using torch::jit::SugaredValue;

// `ops` in source: each attribute is an operator namespace (ops.quantized -> quantized::*).
struct OperatorNamespaces final : SugaredValue
{
    std::string kind() const override { return "operator namespaces"; }
    std::shared_ptr<SugaredValue> attr(const SourceRange &, GraphFunction &, const std::string &field) override
    {
        return std::make_shared<BuiltinModule>(field);
    }
};

struct SourceResolver final : torch::jit::Resolver
{
    std::shared_ptr<SugaredValue> resolveValue(const std::string &name, GraphFunction &, const SourceRange &) override
    {
        if (name == "torch")
            return std::make_shared<BuiltinModule>("aten");
        if (name == "ops")
            return std::make_shared<OperatorNamespaces>();
        return nullptr;
    }
    c10::TypePtr resolveType(const std::string &, const SourceRange &) override { return nullptr; }
};

} // namespace

void defineTorchScript(torch::jit::Module &module, const std::string &source)
{
    module.define(source, std::make_shared<SourceResolver>());
}

} // namespace qs
