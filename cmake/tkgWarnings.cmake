# Warning flags live in a private INTERFACE target that every tkg target links PRIVATE,
# so consumers of the installed libraries never inherit them.
add_library(tkg_warnings INTERFACE)
target_compile_options(tkg_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion>
  $<$<AND:$<BOOL:${TKG_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)

# Sanitizers for the `asan` preset: TKG_SANITIZE=address,undefined. Applied through the same
# private target, so every tkg library, test and tool is instrumented alike.
set(TKG_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list (empty: none)")
if(TKG_SANITIZE)
  target_compile_options(tkg_warnings INTERFACE -fsanitize=${TKG_SANITIZE}
                         -fno-omit-frame-pointer -fno-sanitize-recover=all
                         $<$<CXX_COMPILER_ID:Clang>:-fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/cmake/sanitizer-ignorelist.txt>)
  target_link_options(tkg_warnings INTERFACE -fsanitize=${TKG_SANITIZE})
endif()
