# `scripts/plc.sh run` starts the console by a path inside build/: that path must be where the
# build puts the console (it moved once with the layers, and nothing else would have noticed).
#   cmake -DSCRIPT=scripts/plc.sh -DBUILD_DIR=<build dir> -DCONSOLE=<the console target file> -P …
file(STRINGS "${SCRIPT}" lines REGEX "exec build/")
if(NOT lines)
    message(FATAL_ERROR "${SCRIPT} has no `exec build/…` line")
endif()
foreach(line IN LISTS lines)
    string(REGEX MATCH "exec build/([^ \"]+)" _ "${line}")
    set(program "${BUILD_DIR}/${CMAKE_MATCH_1}")
    # The file itself, not a left-over of an older build in another folder.
    if(NOT EXISTS "${program}" OR NOT program STREQUAL CONSOLE)
        message(FATAL_ERROR "${SCRIPT} runs build/${CMAKE_MATCH_1}, but the build makes the console at ${CONSOLE}")
    endif()
    message(STATUS "found ${program}")
endforeach()
