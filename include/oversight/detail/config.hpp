// oversight: configuration, version and the versioned namespace.
//
// Every public header includes this file first. The versioned inline namespace is opened and
// closed through one macro pair, so that a future ABI break changes it in one place:
//
//     OVERSIGHT_BEGIN_NAMESPACE
//     namespace consent { ... }
//     OVERSIGHT_END_NAMESPACE
//
// Users always write `oversight::...`; the inline namespace only shows in mangled names and in
// diagnostics, where it tells two incompatible versions apart.
#pragma once

#define OVERSIGHT_VERSION_MAJOR 0
#define OVERSIGHT_VERSION_MINOR 1
#define OVERSIGHT_VERSION_PATCH 0
/// The version as one integer, MAJOR * 10000 + MINOR * 100 + PATCH (0.1.0 is 100).
#define OVERSIGHT_VERSION \
  (OVERSIGHT_VERSION_MAJOR * 10000 + OVERSIGHT_VERSION_MINOR * 100 + OVERSIGHT_VERSION_PATCH)

// Clang 14 begins an error found during constant evaluation with a line of its own ("call to
// consteval function ... is not a constant expression"), the diagnostic's name following in a
// note. Where a check can be stated on a function's parameters, the function also carries
// `__attribute__((diagnose_if(condition, "oversight: what went wrong: what to do", "error")))`
// under `#if defined(__clang__)`, written out rather than through a macro (a macro would add an
// "expanded from" note to every such error): when the arguments are constants and the condition
// holds, its message is the first error line. Clang warns that GCC lacks the attribute
// (-Wgcc-compat); the namespace macros silence that warning within oversight's headers only.
#if defined(__clang__)
#define OVERSIGHT_BEGIN_NAMESPACE                                                               \
  _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wgcc-compat\"") namespace \
  oversight {                                                                                   \
  inline namespace v0 {
#define OVERSIGHT_END_NAMESPACE \
  }                             \
  }                             \
  _Pragma("clang diagnostic pop")
#else
#define OVERSIGHT_BEGIN_NAMESPACE \
  namespace oversight {           \
  inline namespace v0 {
#define OVERSIGHT_END_NAMESPACE \
  }                             \
  }
#endif

// `consteval` for constructors that check a constant argument. Clang 14 crashes generating code
// for a function that both declares a variable with such a constructor and passes a temporary
// made with it; there the constructor is `constexpr`, still checked whenever it is constant
// evaluated, and a bad value in code that is not constant evaluated stops the program.
#if defined(__clang__) && __clang_major__ < 15
#define OVERSIGHT_CONSTEVAL_CTOR constexpr
#else
#define OVERSIGHT_CONSTEVAL_CTOR consteval
#endif

// A function that is not worth inlining where it is called: a loop over a table or a walk of an
// ownership graph, read by several rules. Even a flattened evaluation calls it (GCC and Clang do
// not inline a noinline function into a flattened one), so the code of a policy that reads it in
// many places stays the size of the policy, not of the policy times the walk.
#if defined(__GNUC__) || defined(__clang__)
#define OVERSIGHT_NOINLINE [[gnu::noinline]]
#else
#define OVERSIGHT_NOINLINE
#endif

#if !defined(__cplusplus) || __cplusplus < 202002L
#error "oversight needs C++20 (-std=c++20 or later; with MSVC also /Zc:__cplusplus)"
#endif
