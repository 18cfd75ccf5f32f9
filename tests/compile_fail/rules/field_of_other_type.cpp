// A field names a member of one type: a rule over it, checked on a subject of an unrelated type,
// is rejected with OVS-E101, naming the fact.
#include <oversight/rules.hpp>

struct tender {
  long long value_cents;
};
struct invoice {
  long long value_cents;
};
inline constexpr oversight::field<"tender.value", &tender::value_cents> value{};

inline constexpr auto p = oversight::policy<"p", oversight::combining::deny_overrides>(
    oversight::rule<"r">(oversight::effect::deny, value >= 100LL));

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
bool run(const tender& t) { return static_cast<bool>(oversight::check(p, t)); }
#else
bool run(const invoice& i) { return static_cast<bool>(oversight::check(p, i)); }
#endif
