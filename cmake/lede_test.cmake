# lede_test.cmake — the one way tests are declared: every test carries labels
# (unit, wasm, browser, sanitize, fuzz) so `ctest -L <label>` selects a group.
#
# lede_add_test(NAME n LABELS l... COMMAND cmd... [WORKING_DIRECTORY d] [TIMEOUT s])
function(lede_add_test)
  cmake_parse_arguments(T "" "NAME;WORKING_DIRECTORY;TIMEOUT" "LABELS;COMMAND" ${ARGN})
  if(NOT T_WORKING_DIRECTORY)
    set(T_WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  endif()
  add_test(NAME ${T_NAME} COMMAND ${T_COMMAND} WORKING_DIRECTORY "${T_WORKING_DIRECTORY}")
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
  if(T_TIMEOUT)
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
  endif()
endfunction()

# One Catch2 binary per test file would repeat the main; instead one binary holds all
# unit test files and each file becomes one CTest test through a Catch2 file tag "[#file]"
# filter: test names are written once, in the .cpp.
function(lede_add_catch_file_tests BINARY LABEL)
  set(options)
  cmake_parse_arguments(C "" "PREFIX" "FILES;EMULATOR" ${ARGN})
  foreach(f ${C_FILES})
    get_filename_component(stem "${f}" NAME_WE)
    lede_add_test(NAME ${C_PREFIX}${stem} LABELS ${LABEL}
                  COMMAND ${C_EMULATOR} ${BINARY} "[#${stem}]" --filenames-as-tags)
  endforeach()
endfunction()
