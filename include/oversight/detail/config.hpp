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

#define OVERSIGHT_BEGIN_NAMESPACE \
  namespace oversight {           \
  inline namespace v0 {
#define OVERSIGHT_END_NAMESPACE \
  }                             \
  }

#if !defined(__cplusplus) || __cplusplus < 202002L
#error "oversight needs C++20 (-std=c++20 or later; with MSVC also /Zc:__cplusplus)"
#endif
