# third_party.cmake — libxml2 (HTML parser) and zlib (share links), both from Debian's
# source packages that tools/bootstrap.sh unpacks into third_party/, built for native and
# wasm alike. ImGui is added by web_app.cmake, only where the app is built.
set(LIBXML2_DIR "${LEDE_THIRD_PARTY}/libxml2-2.9.14+dfsg" CACHE PATH "libxml2 2.9.14 sources")
set(ZLIB_DIR "${LEDE_THIRD_PARTY}/zlib-1.2.13.dfsg" CACHE PATH "zlib 1.2.13 sources")
if(NOT EXISTS "${LIBXML2_DIR}/CMakeLists.txt" OR NOT EXISTS "${ZLIB_DIR}/zlib.h")
  message(FATAL_ERROR "third-party sources missing: run tools/bootstrap.sh first")
endif()

# libxml2: only the parsers; no network, no compression, no iconv (input is UTF-8 already).
foreach(opt PYTHON LZMA ZLIB ICONV ICU HTTP FTP PROGRAMS TESTS MODULES CATALOG DEBUG LEGACY)
  set(LIBXML2_WITH_${opt} OFF CACHE BOOL "" FORCE)
endforeach()
set(LIBXML2_WITH_THREADS ON CACHE BOOL "" FORCE)   # OFF fails to compile in 2.9.14
set(BUILD_SHARED_LIBS OFF CACHE BOOL "" FORCE)
add_subdirectory("${LIBXML2_DIR}" "${CMAKE_BINARY_DIR}/third_party/libxml2" EXCLUDE_FROM_ALL SYSTEM)

set(LEDE_ZLIB_SOURCES adler32 crc32 deflate inflate inftrees inffast trees zutil compress uncompr)
list(TRANSFORM LEDE_ZLIB_SOURCES PREPEND "${ZLIB_DIR}/")
list(TRANSFORM LEDE_ZLIB_SOURCES APPEND ".c")
add_library(lede_zlib STATIC ${LEDE_ZLIB_SOURCES})
target_include_directories(lede_zlib SYSTEM PUBLIC "${ZLIB_DIR}")
set_target_properties(lede_zlib PROPERTIES POSITION_INDEPENDENT_CODE ON C_VISIBILITY_PRESET hidden)
if(NOT MSVC)
  target_compile_options(lede_zlib PRIVATE -w)
endif()

# nlohmann_json and Catch2 are header-only Debian packages. em++ has its own sysroot and
# must not see /usr/include (glibc): give it a folder of symlinks to just these two.
set(LEDE_HOST_HEADERS "${CMAKE_BINARY_DIR}/host-headers")
file(MAKE_DIRECTORY "${LEDE_HOST_HEADERS}")
foreach(h nlohmann catch2)
  if(NOT EXISTS "${LEDE_HOST_HEADERS}/${h}")
    file(CREATE_LINK "/usr/include/${h}" "${LEDE_HOST_HEADERS}/${h}" SYMBOLIC)
  endif()
endforeach()
add_library(lede_host_headers INTERFACE)
target_include_directories(lede_host_headers SYSTEM INTERFACE "${LEDE_HOST_HEADERS}")
