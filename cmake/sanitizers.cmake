# sanitizers.cmake — LEDE_SANITIZE: ASan + UBSan for every target of this build tree
# (a separate build tree, so the normal build stays uninstrumented).
if(LEDE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g -O1)
  add_link_options(-fsanitize=address,undefined)
endif()
if(LEDE_FUZZ)
  # Coverage instrumentation for every library the fuzzers link; the fuzz entry points add -fsanitize=fuzzer.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -g -O1)
  add_link_options(-fsanitize=address,undefined)
endif()
