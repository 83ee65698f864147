# web_app.cmake — the Emscripten page: ImGui 1.86 (GLFW + WebGL 2 backends), the ImGui app
# (src/app), the thin JS boundary (src/platform/web) and the static folder `<build>/web/`
# that any static host serves as is (index.html, lede-glue.js, lede.js, lede.wasm,
# lede.data, style.css, manifest, sw.js, icon). Included only under emcmake; every
# Emscripten flag sits on the targets below, never in global flags.
#
# Assets: the repo's assets/ folder is packed into lede-core.data (tools/pack_assets.py),
# from which the worker loads the core's Resources; lede.data holds the UI's shaders and
# its font as /fonts/ui.ttf. The font is taken from
# Debian's fonts-dejavu-core at build time (never committed) and, when pyftsubset
# (Debian's fonttools) is there, cut to Latin, Latin-1, Latin Extended, Greek, Cyrillic
# and General Punctuation to keep the page light.

if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(WARNING "web_app: ImGui sources not found in ${IMGUI_DIR}; the page is not built")
  return()
endif()

set(LEDE_WEB_DIR "${CMAKE_BINARY_DIR}/web")
file(MAKE_DIRECTORY "${LEDE_WEB_DIR}")

# --- ImGui ------------------------------------------------------------------------------
add_library(lede_imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp"
  "${IMGUI_DIR}/backends/imgui_impl_glfw.cpp")
target_include_directories(lede_imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends")
# ImGui's OpenGL backend is not built: src/platform/web/draw_renderer draws with our shaders.
target_compile_definitions(lede_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_compile_options(lede_imgui PRIVATE -w)

# Page weight: everything the page loads is compiled for size. The core too, since it runs
# in the analysis worker and no longer blocks the page: -Os takes lede-core.wasm from 404 to
# 331 KB gzip and the page from 1.56 to 1.47 MB, and its first analysis (models loading,
# code compiled on first call) was no slower in headless Chromium; steady analysis is
# slower (~40 % measured in session 2), which the wasm CLI's MB/s in bench/ shows.
target_compile_options(lede_core PRIVATE -Os)
target_compile_options(lede_imgui PRIVATE -Os)
if(TARGET LibXml2)
  target_compile_options(LibXml2 PRIVATE -Os)
endif()
# Browsers compile a wasm function on its first call, the whole function. Binaryen's link-time
# -O3 inlines every function that has a single caller, however big, so a few entry points
# held most of the code, cold paths included (the largest function in lede-core.wasm was 15 %
# of it), and the first analysis compiled nearly all of it before it could finish. Capping
# that inlining at 100 (binaryen size units), the worker's first analysis of the sample in
# headless Chromium went from a median 394 to 280 ms (6 runs each; 1,000 gave the same, 20
# was noisier); steady analyses stay within noise, and the gzip size is 328 KB, not 331.
set(LEDE_WASM_INLINE_LIMIT "-sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=100")

# --- UI font ------------------------------------------------------------------------------
set(LEDE_FONT_SOURCE "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH "UI font (a TTF)")
set(LEDE_FONT_OUT "${CMAKE_BINARY_DIR}/web-fonts/ui.ttf")
find_program(LEDE_PYFTSUBSET pyftsubset)
if(NOT EXISTS "${LEDE_FONT_SOURCE}")
  message(FATAL_ERROR "web_app: ${LEDE_FONT_SOURCE} missing (Debian package fonts-dejavu-core)")
endif()
# Basic Latin, Latin-1, Latin Extended-A/B, IPA-free; Greek; Cyrillic; General Punctuation;
# currency, arrows, geometric shapes and the warning sign used by the UI, and U+FFFD for
# repaired bytes. src/app/fonts.cpp lists the same ranges: the glyphs it may bake.
set(LEDE_FONT_UNICODES "U+0020-007E,U+00A0-024F,U+0370-03FF,U+0400-052F,U+2000-206F,U+20A0-20BF,U+2116,U+2122,U+2190-2199,U+2212,U+2227,U+2228,U+25A0-25FF,U+26A0,U+2713,U+2715,U+FFFD")
if(LEDE_PYFTSUBSET)
  add_custom_command(OUTPUT "${LEDE_FONT_OUT}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/web-fonts"
    COMMAND "${LEDE_PYFTSUBSET}" "${LEDE_FONT_SOURCE}" "--unicodes=${LEDE_FONT_UNICODES}"
            --no-hinting --layout-features= --name-IDs=* --output-file=${LEDE_FONT_OUT}
    DEPENDS "${LEDE_FONT_SOURCE}" COMMENT "Subsetting the UI font" VERBATIM)
else()
  message(STATUS "web_app: pyftsubset not found (Debian fonttools): embedding the whole font")
  add_custom_command(OUTPUT "${LEDE_FONT_OUT}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${LEDE_FONT_SOURCE}" "${LEDE_FONT_OUT}"
    DEPENDS "${LEDE_FONT_SOURCE}" VERBATIM)
endif()
add_custom_target(lede_web_font DEPENDS "${LEDE_FONT_OUT}")

# --- static files (index.html, glue, css, manifest, service worker, icon) --------------------
file(GLOB LEDE_WEB_STATIC CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/*")
set(LEDE_WEB_STATIC_OUT)
foreach(f ${LEDE_WEB_STATIC})
  get_filename_component(name "${f}" NAME)
  add_custom_command(OUTPUT "${LEDE_WEB_DIR}/${name}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${f}" "${LEDE_WEB_DIR}/${name}" DEPENDS "${f}" VERBATIM)
  list(APPEND LEDE_WEB_STATIC_OUT "${LEDE_WEB_DIR}/${name}")
endforeach()
add_custom_target(lede_web_static ALL DEPENDS ${LEDE_WEB_STATIC_OUT})

# --- the app ------------------------------------------------------------------------------
file(GLOB LEDE_APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp")
file(GLOB LEDE_WEB_PLATFORM_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/platform/web/*.cpp")
add_executable(lede_web ${LEDE_APP_SOURCES} ${LEDE_WEB_PLATFORM_SOURCES})
target_include_directories(lede_web PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_link_libraries(lede_web PRIVATE lede_core lede_imgui)
target_compile_options(lede_web PRIVATE -Wall -Wextra -Os)
set_target_properties(lede_web PROPERTIES OUTPUT_NAME lede SUFFIX ".js"
                                          RUNTIME_OUTPUT_DIRECTORY "${LEDE_WEB_DIR}")
add_dependencies(lede_web lede_web_font lede_web_static)

# The UI module's package: shaders and the font. Relink when one changes.
file(GLOB LEDE_SHADER_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/shaders/*")
set_property(TARGET lede_web APPEND PROPERTY LINK_DEPENDS ${LEDE_SHADER_FILES} "${LEDE_FONT_OUT}")

# No automatic WebGL extensions: Emscripten would otherwise ask the browser for every one
# at context creation (WEBGL_multi_draw, ...), which a CPU profile of page load showed as
# ~0.4 s of main-thread time with SwiftShader; the renderer uses core WebGL 2 only.
target_link_options(lede_web PRIVATE
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0 ${LEDE_WASM_INLINE_LIMIT}
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
  "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8']"
  "SHELL:--preload-file \"${CMAKE_SOURCE_DIR}/shaders@/shaders\""
  "SHELL:--preload-file \"${LEDE_FONT_OUT}@/fonts/ui.ttf\"")

# --- the analysis worker's module (lede-core.js/.wasm/.data) --------------------------------
# The core alone, loaded by web/lede-worker.js in a Web Worker: the page's main thread
# compiles and draws the UI while the worker compiles this, loads the models and analyses.
# It has no file system: lede-core.data is a bundle of everything under assets/ the core
# reads (models, lexicons, gazetteers, the sample; tools/pack_assets.py, format in
# src/core/asset_bundle.h), which the worker copies into the module's memory and hands to the
# core (lede_core_use_assets). Emscripten's packager and FS cost the first analysis a chain of
# cold JS calls per file and the worker's script ~60 KB. Repacked when an asset changes.
add_executable(lede_core_worker "${CMAKE_SOURCE_DIR}/src/platform/worker/worker_main.cpp")
target_link_libraries(lede_core_worker PRIVATE lede_core)
target_compile_options(lede_core_worker PRIVATE -Wall -Wextra)
set_target_properties(lede_core_worker PROPERTIES OUTPUT_NAME lede-core SUFFIX ".js"
                                                  RUNTIME_OUTPUT_DIRECTORY "${LEDE_WEB_DIR}")
file(GLOB_RECURSE LEDE_WEB_ASSET_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/*")
# The gazetteer's lists reach the core through gazetteer/phrases.tsv (their merged, sorted
# index; tools/build_gazetteer_index.py): only that and the two country files are read.
# models/parser.bin goes in (the relations read the parse): packed, ~365 KB gzip.
set(LEDE_WEB_ASSET_EXCLUDES "*.md" "*/README*" "*/ATTRIBUTION*" "*.py" "*/gazetteer/*.txt" "*/gazetteer/regions.tsv")
set(LEDE_WEB_EXCLUDE_FLAGS)
foreach(p ${LEDE_WEB_ASSET_EXCLUDES})
  list(APPEND LEDE_WEB_EXCLUDE_FLAGS --exclude "${p}")
endforeach()
add_custom_command(OUTPUT "${LEDE_WEB_DIR}/lede-core.data"
  COMMAND python3 "${CMAKE_SOURCE_DIR}/tools/pack_assets.py" "${LEDE_WEB_DIR}/lede-core.data"
          --root "${CMAKE_SOURCE_DIR}/assets" ${LEDE_WEB_EXCLUDE_FLAGS}
  DEPENDS ${LEDE_WEB_ASSET_FILES} "${CMAKE_SOURCE_DIR}/tools/pack_assets.py"
  COMMENT "Packing the core's assets into lede-core.data" VERBATIM)
add_custom_target(lede_core_data ALL DEPENDS "${LEDE_WEB_DIR}/lede-core.data")
target_link_options(lede_core_worker PRIVATE
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=worker -sDYNAMIC_EXECUTION=0 -sFILESYSTEM=0
  ${LEDE_WASM_INLINE_LIMIT}
  "-sEXPORTED_FUNCTIONS=['_malloc','_free','_lede_core_use_assets','_lede_core_analyze','_lede_core_analyze_shared','_lede_core_sample','_lede_core_sample_analysis']"
  "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8']")
add_dependencies(lede_core_worker lede_core_data)
add_dependencies(lede_web lede_core_worker)
