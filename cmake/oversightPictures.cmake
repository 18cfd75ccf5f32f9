# cmake -DPROGRAM=<pictures exe> -DIMAGES=<docs/images> -DACTUAL=<scratch dir> [-DDOT=<dot exe>]
#       [-DUPDATE=ON] -P oversightPictures.cmake
#
# The pictures of docs/images/: PROGRAM without arguments lists their names, `PROGRAM NAME` prints
# the Graphviz source of one. For each NAME, checks that IMAGES/NAME.dot equals the program's
# output byte for byte, and that IMAGES/NAME.svg was rendered from exactly that source: the SVG
# carries the SHA-256 of the DOT text it was drawn from, in a comment written when it was
# rendered. The check needs no Graphviz, and does not depend on the fonts a machine has (they
# change the layout, not what is drawn). Mismatches are kept in ACTUAL and shown as a unified
# diff when `diff` exists.
#
# With UPDATE=ON, writes the program's output to IMAGES/NAME.dot and its rendering, with that
# comment, to IMAGES/NAME.svg instead (DOT is then required): the regeneration behind the
# target update_pictures.
foreach(variable PROGRAM IMAGES ACTUAL)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "oversightPictures.cmake: -D${variable}=... is required")
  endif()
endforeach()
if(UPDATE AND NOT DOT)
  message(FATAL_ERROR "rendering the pictures needs Graphviz's dot (Debian/Ubuntu: apt-get install graphviz)")
endif()
file(MAKE_DIRECTORY "${ACTUAL}")

execute_process(
  COMMAND "${PROGRAM}"
  OUTPUT_VARIABLE names
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${result}")
endif()
string(REGEX REPLACE "\n$" "" names "${names}")
string(REPLACE "\n" ";" names "${names}")
if(NOT names)
  message(FATAL_ERROR "${PROGRAM} lists no picture")
endif()

find_program(DIFF_PROGRAM diff)
set(failed "")

# Sets `out` to the SHA-256 an SVG says it was rendered from, or "" when it does not say.
function(rendered_from svg out)
  file(STRINGS "${svg}" line REGEX "<!-- oversight: rendered from ")
  string(REGEX REPLACE ".*SHA-256 ([0-9a-f]+) .*" "\\1" hash "${line}")
  set(${out} "${hash}" PARENT_SCOPE)
endfunction()

# Compares `actual` with `committed`; on a difference shows it and appends NAME to `failed`.
macro(compare committed actual)
  set(committed_hash "")
  if(EXISTS "${committed}")
    file(SHA256 "${committed}" committed_hash)
  endif()
  file(SHA256 "${actual}" actual_hash)
  if(NOT committed_hash STREQUAL actual_hash)
    if(DIFF_PROGRAM AND EXISTS "${committed}")
      execute_process(COMMAND "${DIFF_PROGRAM}" -u "${committed}" "${actual}")
    endif()
    message("${committed} differs from ${actual}")
    list(APPEND failed "${committed}")
  endif()
endmacro()

foreach(name IN LISTS names)
  set(dot_file "${ACTUAL}/${name}.dot")
  execute_process(
    COMMAND "${PROGRAM}" "${name}"
    OUTPUT_FILE "${dot_file}"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${name} exited with ${result}")
  endif()
  file(SHA256 "${dot_file}" dot_hash)

  if(UPDATE)
    execute_process(
      COMMAND "${DOT}" -Tsvg "${dot_file}"
      OUTPUT_VARIABLE svg
      RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
      message(FATAL_ERROR "${DOT} -Tsvg ${dot_file} exited with ${result}")
    endif()
    # The comment goes after the XML declaration, the one thing that must come first.
    string(FIND "${svg}" "\n" first_line_end)
    math(EXPR rest_start "${first_line_end} + 1")
    string(SUBSTRING "${svg}" 0 ${rest_start} declaration)
    string(SUBSTRING "${svg}" ${rest_start} -1 rest)
    file(WRITE "${IMAGES}/${name}.svg"
         "${declaration}<!-- oversight: rendered from ${name}.dot, SHA-256 ${dot_hash} (cmake --build <build dir> --target update_pictures) -->\n${rest}")
    file(COPY_FILE "${dot_file}" "${IMAGES}/${name}.dot")
    message(STATUS "wrote ${IMAGES}/${name}.dot and ${name}.svg")
    continue()
  endif()

  compare("${IMAGES}/${name}.dot" "${dot_file}")
  if(NOT EXISTS "${IMAGES}/${name}.svg")
    message("${IMAGES}/${name}.svg is missing")
    list(APPEND failed "${IMAGES}/${name}.svg")
  else()
    rendered_from("${IMAGES}/${name}.svg" svg_hash)
    if(NOT svg_hash STREQUAL dot_hash)
      message("${IMAGES}/${name}.svg was not rendered from the DOT the library prints (it says \"${svg_hash}\", "
              "the DOT's SHA-256 is ${dot_hash})")
      list(APPEND failed "${IMAGES}/${name}.svg")
    endif()
  endif()
endforeach()

if(failed)
  list(JOIN failed ", " failed)
  message(FATAL_ERROR "the pictures in docs/images differ from what the library draws (${failed}); if the "
                      "new ones are right, regenerate them: cmake --build <build dir> --target update_pictures")
endif()
