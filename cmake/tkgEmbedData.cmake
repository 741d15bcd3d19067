# tkg_embed_data(TARGET <target> NAMESPACE <ns> FILES <file>...)
# Compiles data files (lexicons) into the library, so the tkg binary needs no data path at run
# time. Each file becomes a std::string_view, looked up by its file name through
# `embedded_data(name)` in the given namespace.
set(TKG_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/tkgEmbedFile.cmake")
function(tkg_embed_data)
  cmake_parse_arguments(ARG "" "TARGET;NAMESPACE" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_data.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNS=${ARG_NAMESPACE} "-DFILES=${ARG_FILES}"
            -P "${TKG_EMBED_SCRIPT}"
    DEPENDS ${ARG_FILES} "${TKG_EMBED_SCRIPT}"
    COMMENT "Embedding ${ARG_TARGET} data files"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${out}")
endfunction()
