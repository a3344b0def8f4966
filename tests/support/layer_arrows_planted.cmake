# The arrow check itself can fail: a copy of app/, ui/ and shell/ gets one wrong include at a
# time, for every layer and for each of the check's other rules, and the check must refuse it
# and name the file.
#   cmake -DROOT=<source dir> -DARROWS=<file> -DWORK=<scratch dir> -DCHECK=<layer_arrows.cmake> -P …
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(COPY "${ROOT}/app" "${ROOT}/ui" "${ROOT}/shell" DESTINATION "${WORK}")

macro(expect_refused file line says)
    file(READ "${WORK}/${file}" original)
    file(WRITE "${WORK}/${file}" "${line}\n${original}")
    execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -DARROWS=${ARROWS} -P ${CHECK}
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(status EQUAL 0)
        message(FATAL_ERROR "the check accepted ${file} with ${line}:\n${out}")
    endif()
    if(NOT out MATCHES "${file}: includes" OR NOT out MATCHES "${says}")
        message(FATAL_ERROR "the check failed without naming ${file} and saying '${says}':\n${out}")
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

# One arrow no layer has, from every layer.
set(arrow "but .* may use only")
expect_refused(app/base/OutsideText.cpp "#include \"domain/Cluster.h\"" "${arrow}")
expect_refused(app/domain/Cluster.h "#include \"services/Watcher.h\"" "${arrow}")
expect_refused(app/api/ApiClient.cpp "#include \"domain/Cluster.h\"" "${arrow}")
expect_refused(app/providers/ProviderCall.cpp "#include \"services/Watcher.h\"" "${arrow}")
expect_refused(app/providers/aws/Ec2Client.cpp "#include \"models/TableExport.h\"" "${arrow}")
expect_refused(app/diagnostics/EndpointDoctor.cpp "#include \"api/ApiClient.h\"" "${arrow}")
expect_refused(app/services/Watcher.cpp "#include \"models/ConnectionTableModel.h\"" "${arrow}")
expect_refused(app/models/TableExport.cpp "#include \"ui/MainWindow.h\"" "${arrow}")
expect_refused(app/sandbox/SandboxStore.cpp "#include \"domain/EndpointServiceName.h\"" "${arrow}")
expect_refused(app/sandbox/aws/Ec2Api.cpp "#include \"providers/aws/Ec2Codec.h\"" "${arrow}")
expect_refused(ui/MainWindow.cpp "#include \"sandbox/EmbeddedSandbox.h\"" "${arrow}")
expect_refused(ui/widgets/MessageBar.cpp "#include \"shell/ConsoleSession.h\"" "${arrow}")
# A header named without its layer's folder.
expect_refused(app/services/Watcher.cpp "#include \"Cluster.h\"" "without its layer's folder")
# One cloud provider's folder reaching into another's, in each layer that has them.
set(other "another provider's code")
expect_refused(app/providers/aws/Ec2Client.cpp "#include \"providers/alibaba/AliyunConfig.h\"" "${other}")
expect_refused(app/sandbox/alibaba/AlibabaApi.cpp "#include \"sandbox/aws/AwsQuery.h\"" "${other}")
expect_refused(ui/providers/aws/AwsChecksPage.cpp "#include \"providers/alibaba/AlibabaLinkChecks.h\"" "${other}")
# A provider's code named outside its folder, in each layer that could.
set(outside "a provider's code outside its folder")
expect_refused(ui/ConnectionActions.cpp "#include \"providers/aws/AwsAccount.h\"" "${outside}")
expect_refused(ui/wizards/CreateProgressPage.cpp "#include \"ui/providers/alibaba/AlibabaProviderUi.h\"" "${outside}")
expect_refused(shell/ConsoleSession.cpp "#include \"providers/alibaba/AlibabaAccount.h\"" "${outside}")
expect_refused(app/providers/ProviderAccounts.cpp "#include \"providers/aws/AwsAccount.h\"" "${outside}")
expect_refused(app/sandbox/SandboxSeed.cpp "#include \"sandbox/aws/Ec2Catalog.h\"" "${outside}")

# An arrow in the table that no include uses.
file(READ "${ARROWS}" table)
string(REGEX REPLACE "(^|\n)diagnostics\\|([^\n]*)" "\\1diagnostics|\\2|services" table "${table}")
file(WRITE "${WORK}/arrows-with-unused.txt" "${table}")
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -DARROWS=${WORK}/arrows-with-unused.txt -P ${CHECK}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(status EQUAL 0 OR NOT out MATCHES "arrow diagnostics -> services: declared, but no file")
    message(FATAL_ERROR "the check accepted an arrow no include uses:\n${out}")
endif()
message(STATUS "refused as it should: an unused arrow diagnostics -> services")
file(REMOVE_RECURSE "${WORK}")
