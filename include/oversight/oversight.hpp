// oversight: the umbrella header. It includes every core part and no optional adapter
// (adapters under oversight/adapt/ have their own dependencies and are included by name).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent.hpp>
#include <oversight/domain.hpp>
#include <oversight/error.hpp>
#include <oversight/rules.hpp>
#include <oversight/rules/explain.hpp>
#include <oversight/rules/text.hpp>
#include <oversight/workflow.hpp>
