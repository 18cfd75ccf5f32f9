# Unexported INTERFACE targets for oversight's own tests, examples and benchmarks. The
# installed library carries no warning or sanitizer flag: consumers choose their own.
#
#   oversight_sanitize  -fsanitize=<OVERSIGHT_SANITIZE> with -fno-sanitize-recover=all
#                       -fno-omit-frame-pointer, compile and link (GCC with "undefined": minus
#                       the null-pointer checks, see below); empty when the option is empty.
#   oversight_warnings  -Wall -Wextra -Wpedantic -Wshadow -Werror (MSVC: /W4 /WX /permissive-;
#                       GCC 12: also -Wno-restrict, see below), and links oversight_sanitize, so
#                       linking this one target is enough.

add_library(oversight_sanitize INTERFACE)
if(OVERSIGHT_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "oversight: OVERSIGHT_SANITIZE is supported with GCC and Clang only")
  endif()
  list(JOIN OVERSIGHT_SANITIZE "," oversight_sanitizers)
  set(oversight_sanitize_flags "-fsanitize=${oversight_sanitizers}" -fno-sanitize-recover=all
                               -fno-omit-frame-pointer)
  # GCC's UBSan null-pointer checks make `&object == nullptr` non-constant, so valid constexpr
  # code (a lookup that returns a pointer or nullptr) fails to compile under them (GCC PR 71962).
  # GCC keeps the rest of UBSan; Clang keeps all of it.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND "undefined" IN_LIST OVERSIGHT_SANITIZE)
    list(APPEND oversight_sanitize_flags
         -fno-sanitize=null,nonnull-attribute,returns-nonnull-attribute)
  endif()
  target_compile_options(oversight_sanitize INTERFACE ${oversight_sanitize_flags})
  target_link_options(oversight_sanitize INTERFACE ${oversight_sanitize_flags})
  message(STATUS "oversight: sanitizers for tests, examples and benchmarks: ${oversight_sanitizers}")
endif()

add_library(oversight_warnings INTERFACE)
if(MSVC)
  target_compile_options(oversight_warnings INTERFACE /W4 /WX /permissive-)
else()
  target_compile_options(oversight_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Werror)
endif()
# GCC 12 reports a bogus -Wrestrict inside libstdc++ for `"text" + std::string` once it inlines
# at -O2/-O3 (GCC PR 105651, fixed in GCC 13): it would fail Release builds of correct code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(oversight_warnings INTERFACE -Wno-restrict)
endif()
target_link_libraries(oversight_warnings INTERFACE oversight_sanitize)
