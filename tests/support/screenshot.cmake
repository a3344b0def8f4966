# Runs `privatelink-console --screenshot OUT --lang LANG` offscreen in a throwaway HOME and
# checks that it exits 0 and writes a PNG. PLATFORM, when given, is QT_QPA_PLATFORM's value
# (a screen of a laptop's size); the window then starts as on a first start there.
if(NOT DEFINED PLATFORM)
    set(PLATFORM offscreen)
endif()
string(RANDOM LENGTH 8 _suffix)
set(_home "${CMAKE_CURRENT_BINARY_DIR}/screenshot-home-${LANG}-${_suffix}")
file(REMOVE_RECURSE "${_home}")
file(MAKE_DIRECTORY "${_home}")
file(REMOVE "${OUT}")
get_filename_component(_dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${_dir}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=${PLATFORM} HOME=${_home}
            XDG_CONFIG_HOME=${_home}/.config XDG_DATA_HOME=${_home}/.local/share
            ${CONSOLE} --lang ${LANG} --screenshot ${OUT}
    RESULT_VARIABLE _result
    ERROR_VARIABLE _stderr
    TIMEOUT 90)
file(REMOVE_RECURSE "${_home}")
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "privatelink-console --screenshot failed (${_result}): ${_stderr}")
endif()
if(NOT EXISTS "${OUT}")
    message(FATAL_ERROR "no screenshot was written to ${OUT}")
endif()
file(READ "${OUT}" _magic LIMIT 8 HEX)
if(NOT _magic STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${OUT} is not a PNG file")
endif()
message(STATUS "screenshot written: ${OUT}")
