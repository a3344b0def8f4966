# Runs plc_bench --quick and checks that it printed every figure (not their values).
execute_process(COMMAND ${BENCH} --quick --out ${OUT} RESULT_VARIABLE rc
                OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "plc_bench failed (${rc}): ${err}")
endif()
file(READ ${OUT} json)
foreach(path "startup;medianMs" "startup;baselineVersionMedianMs" "load;consoleMedianMs"
             "load;curlMedianMs" "load;ratio" "uiStall;quiet;maxWhileLoadingMs"
             "uiStall;quiet;maxWhileSortingMs" "uiStall;quiet;maxWhileFilteringMs"
             "uiStall;busy;maxWhileLoadingMs" "uiStall;busy;maxWhileSortingMs"
             "uiStall;busy;maxWhileFilteringMs" "uiStall;busy;busyThreads" "memory;rssMb"
             "watch;requestsPerMinute" "machine;cpus" "doctor;checkMedianMs"
             "doctor;maxUiStallMs" "export;snapshotMedianMs" "export;csvMedianMs"
             "export;jsonMedianMs" "export;maxUiStallMs" "usedBy;applyMedianMs"
             "usedBy;maxUiStallMs" "usedBy;sortByUsedByMs" "aws;checkMedianMs"
             "aws;maxUiStallMs" "aws;signMicroseconds" "fleetPass;requests"
             "fleetPass;minimumRequests" "fleetPass;durationMs" "fleetPass;budgetMs"
             "fleetSnapshot;onScreenMs" "fleetUiStall;quietMaxMs" "fleetUiStall;busyMaxMs"
             "fleetMemory;rssMb" "fleetNotifications;maxUiStallMs" "fleetSides;providerRequests"
             "fleetSides;connectionsRead" "fleetSides;allReadMs" "fleetSides;uiStallMaxMs")
    string(JSON value ERROR_VARIABLE missing GET "${json}" ${path})
    if(missing)
        message(FATAL_ERROR "plc_bench printed no ${path}: ${missing}")
    endif()
    if(value LESS 0)
        message(FATAL_ERROR "plc_bench could not measure ${path}")
    endif()
endforeach()
string(JSON rows GET "${json}" load connections)
if(NOT rows EQUAL 1000)
    message(FATAL_ERROR "plc_bench loaded ${rows} connections, expected 1000")
endif()
