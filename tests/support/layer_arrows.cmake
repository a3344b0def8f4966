# Fails when an #include in app/, ui/ or shell/ breaks the layers' rules:
#   - it crosses an arrow the layers do not have;
#   - it names a project header without its layer's folder ("Job.h" instead of "base/Job.h");
#   - a cloud provider's folder (providers/<cloud>/, sandbox/<cloud>/, ui/providers/<cloud>/)
#     reaches into another provider's folder;
#   - code outside the providers' folders names a provider's code, other than the one place
#     each program registers its providers (ui/providers/BuiltInProviders.cpp for the console,
#     sandbox/SandboxServer for the sandbox's emulations);
# and when the table declares an arrow that no include uses.
#   cmake -DROOT=<source dir> -DARROWS=<build dir>/layer-arrows.txt -P layer_arrows.cmake
# ARROWS holds one line per layer, "name|folder|used;layers" (written by tests/CMakeLists.txt
# from the plc_layer() calls, so the CMake targets and this check share one table).
cmake_minimum_required(VERSION 3.25)

file(STRINGS "${ARROWS}" lines)
set(layers)
foreach(line IN LISTS lines)
    string(REPLACE "|" ";" fields "${line}")
    list(GET fields 0 name)
    list(GET fields 1 dir)
    list(LENGTH fields count)
    set(uses "")
    if(count GREATER 2)
        list(SUBLIST fields 2 -1 uses)
    endif()
    list(APPEND layers ${name})
    set(dir_${name} "${dir}")
    set(uses_${name} ${uses})
    set(used_${name} "")
endforeach()

# Which layer does `path` (relative to ROOT) belong to? Longest folder wins.
function(layer_of_file path out)
    set(best "")
    set(best_length 0)
    foreach(name IN LISTS layers)
        string(LENGTH "${dir_${name}}" length)
        if(path MATCHES "^${dir_${name}}/" AND length GREATER best_length)
            set(best ${name})
            set(best_length ${length})
        endif()
    endforeach()
    set(${out} "${best}" PARENT_SCOPE)
endfunction()

# The cloud provider whose folder holds `path` ("" outside every provider folder).
function(provider_of path out)
    set(provider "")
    if(path MATCHES "(^|/)(providers|sandbox)/([a-z0-9_]+)/")
        set(provider "${CMAKE_MATCH_3}")
    endif()
    set(${out} "${provider}" PARENT_SCOPE)
endfunction()

set(registrations BuiltInProviders SandboxServer)
set(problems "")
set(checked 0)
file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/ui/*.cpp" "${ROOT}/shell/*.h" "${ROOT}/shell/*.cpp")
# Every project header by its file name, to recognise one named without its folder.
set(header_names "")
foreach(file IN LISTS files)
    if(file MATCHES "\\.h$")
        get_filename_component(header_name "${file}" NAME)
        list(APPEND header_names "${header_name}")
    endif()
endforeach()

foreach(file IN LISTS files)
    layer_of_file("${file}" own)
    if(own STREQUAL "")
        string(APPEND problems "\n  ${file}: in no layer (add its folder with plc_layer())")
        continue()
    endif()
    provider_of("${file}" own_provider)
    file(STRINGS "${ROOT}/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(include IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${include}")
        math(EXPR checked "${checked} + 1")
        # Where the header is: "ui/…" and "shell/…" from the source folder, the rest from app/.
        set(found "")
        if(EXISTS "${ROOT}/app/${header}")
            set(found "app/${header}")
        elseif(EXISTS "${ROOT}/${header}" AND header MATCHES "^(ui|shell)/")
            set(found "${header}")
        endif()
        if(found STREQUAL "")
            if(header IN_LIST header_names)
                string(APPEND problems "\n  ${file}: includes \"${header}\" without its layer's folder")
            endif()
            # Otherwise a generated header (ui_*.h) or a library's: not the layers' business.
            continue()
        endif()
        layer_of_file("${found}" target)
        provider_of("${found}" target_provider)
        if(NOT own_provider STREQUAL "" AND NOT target_provider STREQUAL ""
           AND NOT own_provider STREQUAL target_provider)
            string(APPEND problems "\n  ${file}: includes \"${header}\", another provider's code (${own_provider} may use only its own folder and the shared code)")
        endif()
        get_filename_component(stem "${file}" NAME_WE)
        if(own_provider STREQUAL "" AND NOT target_provider STREQUAL ""
           AND NOT stem IN_LIST registrations)
            string(APPEND problems "\n  ${file}: includes \"${header}\", a provider's code outside its folder (reach it through the provider interface; only the registration names it)")
        endif()
        if(target STREQUAL own)
            continue()
        endif()
        if(NOT target IN_LIST uses_${own})
            string(REPLACE ";" ", " allowed "${uses_${own}}")
            if(allowed STREQUAL "")
                set(allowed "no other layer")
            endif()
            string(APPEND problems "\n  ${file}: includes \"${header}\" (${target}), but ${own} may use only ${allowed}")
        elseif(NOT target IN_LIST used_${own})
            list(APPEND used_${own} ${target})
        endif()
    endforeach()
endforeach()

# The table lists only arrows the code uses.
foreach(name IN LISTS layers)
    foreach(used IN LISTS uses_${name})
        if(NOT used IN_LIST used_${name})
            string(APPEND problems "\n  arrow ${name} -> ${used}: declared, but no file of ${name} includes ${used}")
        endif()
    endforeach()
endforeach()

list(LENGTH files file_count)
if(problems)
    message(FATAL_ERROR "The layers' rules are broken:${problems}")
endif()
message(STATUS "layer arrows: ${file_count} files, ${checked} includes, none across a forbidden arrow")
