# Third-party dependencies, all from Debian packages (see scripts/install-deps).
find_package(Boost 1.74 REQUIRED)            # header-only Boost.Graph
find_package(RapidJSON REQUIRED CONFIG)
find_package(date REQUIRED CONFIG)           # Howard Hinnant's date (header-only part)
find_package(Threads REQUIRED)

# Debian's RapidJSON exports only variables; wrap them in a target, included as SYSTEM.
if(NOT TARGET tkg_rapidjson)
  add_library(tkg_rapidjson INTERFACE)
  target_include_directories(tkg_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
  # RapidJSON's 64-bit size types keep 16 MiB+ strings safe.
  target_compile_definitions(tkg_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
endif()
