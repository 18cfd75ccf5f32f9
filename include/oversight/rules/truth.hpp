// oversight: three-valued truth.
//
// A fact may be unknown (missing from the data) and an evaluation may fail (two currencies
// compared). Neither is silently false: conditions are evaluated in Kleene's strong
// three-valued logic, where `unknown` is a value of its own. A rule whose condition is unknown
// is Indeterminate, never NotApplicable.
#pragma once

#include <oversight/detail/config.hpp>

#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

enum class truth : std::uint8_t { false_ = 0, true_ = 1, unknown = 2 };

constexpr truth to_truth(bool b) noexcept { return b ? truth::true_ : truth::false_; }

/// Kleene conjunction: false wins, then unknown.
constexpr truth operator&&(truth a, truth b) noexcept {
  if (a == truth::false_ || b == truth::false_) return truth::false_;
  if (a == truth::unknown || b == truth::unknown) return truth::unknown;
  return truth::true_;
}
/// Kleene disjunction: true wins, then unknown.
constexpr truth operator||(truth a, truth b) noexcept {
  if (a == truth::true_ || b == truth::true_) return truth::true_;
  if (a == truth::unknown || b == truth::unknown) return truth::unknown;
  return truth::false_;
}
constexpr truth operator!(truth a) noexcept {
  return a == truth::unknown ? truth::unknown : (a == truth::true_ ? truth::false_ : truth::true_);
}

constexpr std::string_view to_string_view(truth t) noexcept {
  return t == truth::true_ ? "true" : t == truth::false_ ? "false" : "unknown";
}

OVERSIGHT_END_NAMESPACE
