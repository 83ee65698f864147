# run_smoke.cmake — one fuzz smoke run (cmake -P): copies SEEDS into a fresh scratch
# corpus WORK/corpus, runs FUZZER on it for five seconds and fails on any crash.
foreach(v FUZZER SEEDS WORK)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "run_smoke.cmake needs -D${v}=...")
  endif()
endforeach()
if(NOT EXISTS "${FUZZER}")
  message(FATAL_ERROR "no fuzzer at ${FUZZER}: build the LEDE_FUZZ tree (target lede_fuzzers)")
endif()
file(REMOVE_RECURSE "${WORK}/corpus")
file(MAKE_DIRECTORY "${WORK}/corpus")
file(GLOB seed_files "${SEEDS}/*")
if(seed_files)
  file(COPY ${seed_files} DESTINATION "${WORK}/corpus")
endif()
execute_process(COMMAND "${FUZZER}" -max_total_time=5 -rss_limit_mb=2048 -timeout=60
                        "-artifact_prefix=${WORK}/" "${WORK}/corpus"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (${rc}); crash inputs, if any, are in ${WORK}/")
endif()
