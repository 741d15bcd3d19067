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

# jemalloc for the executables (not the libraries: a program that links tkg keeps its own
# allocator). The build merges and frees millions of small strings and vectors across threads,
# where glibc's malloc spends a third of the build in consolidating and unlinking chunks;
# jemalloc makes `tkg build` about 30% faster (README, "Speed and scale"). Sanitizer builds keep
# the sanitizer's allocator.
option(TKG_JEMALLOC "Link the tkg executable and the benchmarks with jemalloc when installed" ON)
add_library(tkg_allocator INTERFACE)
if(TKG_JEMALLOC AND NOT TKG_SANITIZE)
  find_library(TKG_JEMALLOC_LIBRARY NAMES jemalloc)
  if(TKG_JEMALLOC_LIBRARY)
    target_link_libraries(tkg_allocator INTERFACE ${TKG_JEMALLOC_LIBRARY})
    message(STATUS "tkg: linking the executables with ${TKG_JEMALLOC_LIBRARY}")
  else()
    message(WARNING "tkg: jemalloc not found (Debian: libjemalloc-dev); the executables use "
                    "the C library's malloc, and `tkg build` is about 30% slower")
  endif()
endif()
