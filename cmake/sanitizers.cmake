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
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer -g -UNDEBUG)
  add_link_options(-fsanitize=address,undefined)
endif()
