# The arrow check itself can fail: a copy of app/ and ui/ gets one wrong include (the domain
# reaching up into the services), and the check must refuse it and name the file.
#   cmake -DROOT=<source dir> -DARROWS=<file> -DWORK=<scratch dir> -DCHECK=<layer_arrows.cmake> -P …
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(COPY "${ROOT}/app" "${ROOT}/ui" DESTINATION "${WORK}")

macro(expect_refused file line)
    file(READ "${WORK}/${file}" original)
    file(WRITE "${WORK}/${file}" "${line}\n${original}")
    execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -DARROWS=${ARROWS} -P ${CHECK}
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(status EQUAL 0)
        message(FATAL_ERROR "the check accepted ${file} with ${line}:\n${out}")
    endif()
    if(NOT out MATCHES "${file}: includes")
        message(FATAL_ERROR "the check failed without naming ${file}:\n${out}")
    endif()
    file(WRITE "${WORK}/${file}" "${original}")
    message(STATUS "refused as it should: ${file} with ${line}")
endmacro()

# The copy passes before anything is planted.
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -DARROWS=${ARROWS} -P ${CHECK}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the unchanged copy does not pass:\n${out}")
endif()

expect_refused(app/domain/Cluster.h "#include \"services/Watcher.h\"")
expect_refused(app/sandbox/SandboxStore.cpp "#include \"domain/EndpointServiceName.h\"")
expect_refused(app/services/Watcher.cpp "#include \"models/ConnectionTableModel.h\"")
expect_refused(app/models/TableExport.cpp "#include \"MainWindow.h\"")
expect_refused(ui/MainWindow.cpp "#include \"sandbox/EmbeddedSandbox.h\"")
file(REMOVE_RECURSE "${WORK}")
