# smoke.cmake — included by tests/CMakeLists.txt when LEDE_FUZZ_BUILD_DIR names a
# LEDE_FUZZ=ON tree: one CTest test per fuzz target (label fuzz), five seconds each,
# on a scratch copy of the committed seeds so the repository is never written to.
# Crash inputs land in <build>/fuzz-smoke/<target>/ as crash-*; replay them with the
# fuzzer binary and save them under tests/data/fuzz-regressions/.
set(LEDE_FUZZ_SMOKE_TARGETS analyze_text analyze_html share_link)
foreach(name ${LEDE_FUZZ_SMOKE_TARGETS})
  set(seeds "${CMAKE_SOURCE_DIR}/tests/fuzz/seeds/${name}")
  if(NOT IS_DIRECTORY "${seeds}")
    continue()
  endif()
  set(work "${CMAKE_BINARY_DIR}/fuzz-smoke/${name}")
  lede_add_test(NAME fuzz_${name} LABELS fuzz TIMEOUT 120 WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
                COMMAND "${CMAKE_COMMAND}" "-DFUZZER=${LEDE_FUZZ_BUILD_DIR}/tests/fuzz/fuzz_${name}"
                        "-DSEEDS=${seeds}" "-DWORK=${work}" -P "${CMAKE_SOURCE_DIR}/tests/fuzz/run_smoke.cmake")
endforeach()
