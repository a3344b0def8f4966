# `cmake --install` puts the executables, translations, .desktop file, AppStream metainfo and
# icon where a Linux desktop finds them, and the desktop files are valid.
set(_prefix "${BUILD_DIR}/install-check")
file(REMOVE_RECURSE "${_prefix}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${_prefix}"
                RESULT_VARIABLE _result OUTPUT_QUIET)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
endif()
set(_id io.github.privatelink_console.PrivateLinkConsole)
foreach(_file
        bin/privatelink-console
        bin/privatelink-sandbox
        share/applications/${_id}.desktop
        share/metainfo/${_id}.metainfo.xml
        share/icons/hicolor/scalable/apps/${_id}.svg
        share/privatelink-console/translations/privatelink-console_zh_CN.qm
        share/privatelink-console/translations/privatelink-console_ja_JP.qm)
    if(NOT EXISTS "${_prefix}/${_file}")
        message(FATAL_ERROR "missing after install: ${_file}")
    endif()
endforeach()
execute_process(COMMAND desktop-file-validate "${_prefix}/share/applications/${_id}.desktop"
                RESULT_VARIABLE _result OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _result EQUAL 0 OR _out MATCHES "error")
    message(FATAL_ERROR "desktop-file-validate: ${_out}")
endif()
execute_process(COMMAND appstreamcli validate --no-net --explain "${_prefix}/share/metainfo/${_id}.metainfo.xml"
                RESULT_VARIABLE _result OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${_out}")
endif()
file(REMOVE_RECURSE "${_prefix}")
