# sanitizers.cmake — LEDE_SANITIZE: ASan + UBSan for every target of this build tree
# (a separate build tree, so the normal build stays uninstrumented). Set before
# third_party.cmake is included, so libxml2 and zlib are instrumented too.
if(LEDE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g -O1)
  add_link_options(-fsanitize=address,undefined)
endif()
if(LEDE_FUZZ)
  # Coverage instrumentation for every library the fuzzers link; the fuzz entry points add
  # -fsanitize=fuzzer. Optimisation comes from the build type (RelWithDebInfo: -O2 -g);
  # -UNDEBUG keeps assert() live, since a failed assert is a finding worth keeping.
  # LEDE_FUZZ_ASAN=OFF drops AddressSanitizer (UBSan stays: it costs little) for the long
  # runs, which then execute about twice as many inputs; the ASan tree replays their corpus.
  option(LEDE_FUZZ_ASAN "Fuzzers with AddressSanitizer (OFF: faster long runs)" ON)
  if(LEDE_FUZZ_ASAN)
    set(lede_fuzz_sanitizers address,undefined)
  else()
    set(lede_fuzz_sanitizers undefined)
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,${lede_fuzz_sanitizers} -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer -g -UNDEBUG)
  add_link_options(-fsanitize=${lede_fuzz_sanitizers})
endif()
