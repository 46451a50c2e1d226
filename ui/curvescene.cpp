// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvescene.h"

#include "function_registry.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>

namespace alab {

namespace {

struct ParameterTable {
    std::vector<Parameter> all;
    std::vector<ParameterInfo> infos;  // parallel to `all`
    std::deque<std::string> keys;      // what ParameterInfo::key points into
};

const ParameterTable& parameterTable() {
    static const ParameterTable table = [] {
        ParameterTable result;
        for (const FunctionDescriptor& function : functionRegistry()) {
            for (std::size_t i = 0; i < function.parameters.size(); ++i) {
                const ParameterSpec& spec = function.parameters[i];
                const Parameter parameter{function.kind, static_cast<std::uint8_t>(i)};
                // The specs' ids and symbols are literals, so their data() ends in a '\0'.
                const std::string& key =
                    result.keys.emplace_back(std::string(function.id) + "/" + std::string(spec.id));
                result.all.push_back(parameter);
                result.infos.push_back({parameter, function.kind, spec.id.data(), key.c_str(), spec.symbol.data(),
                                        spec.defaultValue, spec.sliderMin, spec.sliderMax, spec.acceptedMin,
                                        spec.acceptedMax});
            }
        }
        return result;
    }();
    return table;
}

}  // namespace

const ParameterInfo& parameterInfo(Parameter parameter) {
    const ParameterTable& table = parameterTable();
    const auto it = std::find(table.all.begin(), table.all.end(), Parameter{parameter.kind, parameter.index});
    if (it == table.all.end()) {
        throw std::invalid_argument(std::string(functionId(parameter.kind)) + " has no parameter " +
                                    std::to_string(parameter.index));
    }
    return table.infos[static_cast<std::size_t>(it - table.all.begin())];
}

ParameterInfo parameterInfo(const CurveScene& scene, Parameter parameter) {
    if (parameter.kind != FunctionKind::Typed) return parameterInfo(parameter);
    const SceneFunction* entry = scene.owner(parameter);
    const auto specs = entry != nullptr ? entry->function.descriptor().parameters : std::span<const ParameterSpec>{};
    if (parameter.index >= specs.size()) {
        throw std::invalid_argument("the typed curve has no parameter " + std::to_string(parameter.index));
    }
    const ParameterSpec& spec = specs[parameter.index];
    // Settings keys and object-name stems outlive any one function: interned, never freed (a
    // few bytes per parameter name ever typed).
    static std::mutex mutex;
    static std::set<std::string> keys;
    const std::lock_guard lock(mutex);
    const std::string& key = *keys.insert("expression/" + std::string(spec.id)).first;
    return {parameter,         FunctionKind::Typed, spec.id.data(), key.c_str(),      spec.symbol.data(),
            spec.defaultValue, spec.sliderMin,      spec.sliderMax, spec.acceptedMin, spec.acceptedMax};
}

const std::vector<Parameter>& allParameters() { return parameterTable().all; }

std::vector<Parameter> parametersOf(FunctionKind kind) {
    std::vector<Parameter> result;
    for (const Parameter parameter : allParameters()) {
        if (parameter.kind == kind) result.push_back(parameter);
    }
    return result;
}

Activation withParameter(const Activation& f, Parameter parameter, double value) {
    if (f.kind() != parameter.kind) {
        throw std::invalid_argument(std::string(parameterInfo(parameter).key) + " is not a parameter of " +
                                    std::string(f.id()));
    }
    return f.withParameter(parameter.index, value);
}

double parameterValue(const Activation& f, Parameter parameter) noexcept {
    return f.kind() == parameter.kind ? f.parameter(parameter.index) : parameterInfo(parameter).defaultValue;
}

double CurveScene::parameter(Parameter p) const noexcept {
    const SceneFunction* entry = owner(p);
    if (entry == nullptr) return p.kind == FunctionKind::Typed ? 0.0 : parameterInfo(p).defaultValue;
    return parameterValue(entry->function, p);
}

std::string CurveScene::curveKey(CurveId id) const {
    const SceneFunction* target = curve(id);
    if (target == nullptr) return {};
    const int n = ordinal(id);
    const std::string base(target->function.id());
    return n == 1 ? base : base + "-" + std::to_string(n);
}

}  // namespace alab
