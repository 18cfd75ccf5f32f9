// The version macros are integer constant expressions, usable in #if and static_assert.
#include <oversight/oversight.hpp>
#include <type_traits>

static_assert(OVERSIGHT_VERSION_MAJOR >= 0);
static_assert(OVERSIGHT_VERSION_MINOR >= 0 && OVERSIGHT_VERSION_MINOR < 100);
static_assert(OVERSIGHT_VERSION_PATCH >= 0 && OVERSIGHT_VERSION_PATCH < 100);
static_assert(OVERSIGHT_VERSION == OVERSIGHT_VERSION_MAJOR * 10000 + OVERSIGHT_VERSION_MINOR * 100 +
                                       OVERSIGHT_VERSION_PATCH);

#if OVERSIGHT_VERSION != \
    OVERSIGHT_VERSION_MAJOR * 10000 + OVERSIGHT_VERSION_MINOR * 100 + OVERSIGHT_VERSION_PATCH
#error "OVERSIGHT_VERSION is not usable in #if"
#endif

// The versioned namespace is inline: oversight::x names oversight::v0::x.
OVERSIGHT_BEGIN_NAMESPACE
namespace detail {
struct foundation_static_probe {};
}  // namespace detail
OVERSIGHT_END_NAMESPACE

static_assert(std::is_same_v<oversight::detail::foundation_static_probe,
                             oversight::v0::detail::foundation_static_probe>);
