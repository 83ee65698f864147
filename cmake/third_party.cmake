# third_party.cmake — libxml2 (HTML parser) and zlib (share links), both from Debian's
# source packages that tools/bootstrap.sh unpacks into third_party/, built for native and
# wasm alike. ImGui is added by web_app.cmake, only where the app is built.
#
# Which folders: tools/fetch_sources.py records the versions it unpacked in
# third_party/VERSIONS ("package version folder" per line). IMGUI_DIR, LIBXML2_DIR and
# ZLIB_DIR given on the command line win (another checkout of the same libraries).
set(LEDE_SOURCE_RECORD "${LEDE_THIRD_PARTY}/VERSIONS")
if(EXISTS "${LEDE_SOURCE_RECORD}")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${LEDE_SOURCE_RECORD}")
  file(STRINGS "${LEDE_SOURCE_RECORD}" lede_source_lines REGEX "^[a-z0-9]+ ")
  foreach(line ${lede_source_lines})
    string(REPLACE " " ";" fields "${line}")
    list(GET fields 0 package)
    list(GET fields 1 version)
    list(GET fields 2 folder)
    string(TOUPPER "${package}" PACKAGE)
    if(NOT DEFINED ${PACKAGE}_DIR)
      set(${PACKAGE}_DIR "${LEDE_THIRD_PARTY}/${folder}")
    endif()
    message(STATUS "third_party: ${package} ${version} (${${PACKAGE}_DIR})")
  endforeach()
endif()
if(NOT EXISTS "${LIBXML2_DIR}/CMakeLists.txt" OR NOT EXISTS "${ZLIB_DIR}/zlib.h")
  message(FATAL_ERROR "third-party sources missing (no libxml2/zlib in ${LEDE_SOURCE_RECORD}): run tools/bootstrap.sh first")
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
# zconf.h comes from zconf.h.in when the unpacked tree has none.
set(LEDE_ZLIB_CONF "${CMAKE_BINARY_DIR}/third_party/zlib-conf")
if(NOT EXISTS "${ZLIB_DIR}/zconf.h")
  configure_file("${ZLIB_DIR}/zconf.h.in" "${LEDE_ZLIB_CONF}/zconf.h" COPYONLY)
endif()
target_include_directories(lede_zlib SYSTEM PUBLIC "${ZLIB_DIR}" "${LEDE_ZLIB_CONF}")
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
