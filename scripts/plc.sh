#!/usr/bin/env bash
# The console's two commands (see README.md):
#   scripts/plc.sh run [console arguments]  install what is missing, build, start the console
#   scripts/plc.sh test                     install what is missing, build, run every test
#                                           (normal and ASan/UBSan builds) inside a throwaway
#                                           D-Bus session with an unlocked gnome-keyring, then
#                                           fuzz the sandbox's request parser, the doctor's
#                                           MySQL greeting parser and the response codecs
#   scripts/plc.sh package                  build, then make build/package/*.deb (cpack -G DEB)
#   scripts/plc.sh tsan                     (developers) the cross-thread tests under TSan,
#                                           a report to read, not a gate (see tsan() below)
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian 12 packages the build, the tests and the console need.
PACKAGES=(
    cmake ninja-build g++ lld pkg-config clang-format clang libclang-rt-14-dev libvalijson-dev
    libtomlplusplus-dev
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev libsecret-1-0 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libgl-dev fonts-noto-cjk appstream desktop-file-utils
    gnome-keyring dbus xvfb xauth curl mariadb-server awscli python3-botocore
    dpkg-dev lintian librsvg2-bin man-db
)

log() { printf '\n== %s\n' "$*" >&2; }

# stage NAME COMMAND…: runs COMMAND (under set -e, as any other command) and keeps how long it
# took; print_stages, on exit, lists every stage, the one that failed included, so a change that
# makes the command slower shows in its own log.
STAGES=()
STAGE_NAME=""
STAGE_START=0
stage() {
    STAGE_NAME=$1 STAGE_START=$SECONDS
    shift
    "$@"
    STAGES+=("$(printf '%-26s %5d s' "$STAGE_NAME" $((SECONDS - STAGE_START)))")
    STAGE_NAME=""
}
print_stages() {
    [ -z "$STAGE_NAME" ] ||
        STAGES+=("$(printf '%-26s %5d s  (failed)' "$STAGE_NAME" $((SECONDS - STAGE_START)))")
    [ ${#STAGES[@]} -gt 0 ] || return 0
    printf '\n== stages (%d s in all)\n' "$SECONDS" >&2
    printf '   %s\n' "${STAGES[@]}" >&2
}

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Missing packages (${missing[*]}) and no sudo: install them as root." >&2; exit 1; }
        sudo=(sudo)
    fi
    log "installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Alibaba Cloud's Node.js SDK core (@alicloud/pop-core), the real client the tests hold the
# console's signer and the sandbox's Alibaba Cloud API against: installed from the committed
# lock file into tests/support/alibaba/node_modules. Debian's nodejs and npm when the machine
# has no Node.js of its own.
node_packages() {
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        PACKAGES=(nodejs npm)
        install_packages
    fi
    if [ ! -f tests/support/alibaba/node_modules/.package-lock.json ] ||
       ! cmp -s tests/support/alibaba/package-lock.json tests/support/alibaba/node_modules/.plc-lock; then
        log "installing @alicloud/pop-core from the lock file"
        (cd tests/support/alibaba && npm ci --no-audit --no-fund --loglevel=error &&
         cp package-lock.json node_modules/.plc-lock)
    fi
}

# build DIR [cmake options…] [-- targets…]: without targets, everything
build() {
    local dir=$1; shift
    local options=() targets=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
    [ "${1:-}" = "--" ] && shift && targets=("$@")
    log "configuring and building $dir${targets:+ (${targets[*]})}"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLC_WERROR=ON "${options[@]}" >/dev/null
    if [ ${#targets[@]} -gt 0 ]; then
        cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"
    else
        cmake --build "$dir" --parallel "$(nproc)"
    fi
}

# The tests whose work crosses threads (the embedded sandbox's thread, the doctor's worker,
# background saves and exports), under ThreadSanitizer: only they and what they link are built.
# Not part of `test`: Debian's Qt is not built with TSan and Qt 6's mutexes synchronise through
# futexes TSan cannot see, so every hand-over through Qt (queued signals, QThreadPool, futures)
# is reported as a race (340 reports over these seven tests, measured; see docs/testing.md). The
# run reports; it is a tool for reading, not a gate.
TSAN_TESTS=(tst_backgroundsave tst_connectionmodels tst_sandboxprivatelink tst_sandboxfaults
            tst_apitrust tst_sandboxtrust tst_endpointdoctor)
tsan() {
    build build-tsan -DPLC_TSAN=ON -- "${TSAN_TESTS[@]}"
    local pattern log=build-tsan/tsan-report.txt
    pattern="^($(IFS='|'; echo "${TSAN_TESTS[*]}"))\$"
    # die_after_fork=0: tests start MariaDB and the console with QProcess (fork, then exec).
    TSAN_OPTIONS="suppressions=$PWD/scripts/tsan.supp:halt_on_error=0:second_deadlock_stack=1:die_after_fork=0" \
        run_tests build-tsan -R "$pattern" > "$log" 2>&1 || true
    echo "$(grep -c 'WARNING: ThreadSanitizer' "$log") reports in $log; their top frames:"
    grep -A2 'WARNING: ThreadSanitizer' "$log" | grep -E '^ +#0' | sed 's/ (.*//; s/ 0x[0-9a-f]*//' |
        sort | uniq -c | sort -rn | head -20
}

# fuzz_one TARGET CORPUS WHAT MAX_LEN SECONDS: runs one libFuzzer target (clang, ASan+UBSan)
# from its committed seed corpus; any crash or broken promise fails the run.
fuzz_one() {
    local target=$1 seeds=$2 what=$3 max_len=$4 seconds=$5
    local corpus
    corpus=$(mktemp -d)
    cp "$seeds"/* "$corpus"/
    log "fuzzing $what for $seconds s"
    local status=0
    "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" \
        -print_final_stats=1 "$corpus" > "build-fuzz/$target.log" 2>&1 || status=$?
    rm -rf "$corpus"
    if [ "$status" -ne 0 ]; then
        tail -n 60 "build-fuzz/$target.log"
        echo "FAIL: $target found a crash (full log: build-fuzz/$target.log)"
        return "$status"
    fi
    grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)" "build-fuzz/$target.log"
}

# The libFuzzer targets: the sandbox's request bodies for FUZZ_SECONDS (45 s by default), the
# doctor's MySQL greeting parser for GREETING_FUZZ_SECONDS (20 s) and the API client's response
# codecs for RESPONSE_FUZZ_SECONDS (30 s).
fuzz() {
    CC=clang CXX=clang++ build build-fuzz -DPLC_FUZZ=ON -- \
        fuzz_sandbox_requests fuzz_mysql_greeting fuzz_api_responses
    # Two fuzzers at a time, one per core, each for its own seconds on its own copy of its
    # corpus: the sandbox's (45 s) beside the other two one after the other (20 + 30 s).
    fuzz_one fuzz_sandbox_requests tests/fuzz/corpus "the sandbox's request bodies" 4096 \
        "${FUZZ_SECONDS:-45}" &
    local sandbox=$! status=0
    fuzz_one fuzz_mysql_greeting tests/fuzz/greeting-corpus "the doctor's MySQL greeting parser" \
        8200 "${GREETING_FUZZ_SECONDS:-20}" || status=$?
    [ "$status" -ne 0 ] ||
        fuzz_one fuzz_api_responses tests/fuzz/response-corpus "the API client's response codecs" \
            8192 "${RESPONSE_FUZZ_SECONDS:-30}" || status=$?
    wait "$sandbox" || status=$?
    return "$status"
}

# Runs ctest for DIR in a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service) and a throwaway HOME, so tests never touch the user's keyring or settings.
run_tests() {
    local dir=$1; shift
    log "testing $dir"
    dbus-run-session -- bash -euo pipefail -c '
        home=$(mktemp -d)
        trap "rm -rf \"$home\"" EXIT
        export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
               XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/runtime
        mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
        # A non-empty throwaway password: with an empty one no "login" keyring is created.
        eval "$(printf "throwaway-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL
        dir=$1; shift
        # Two at a time, as the machine has two cores: most tests wait on loopback, a server
        # or a timer; each has its own sandbox, ports, settings and data directory.
        ctest --test-dir "$dir" --output-on-failure --timeout 600 --parallel "$(nproc)" "$@"
    ' _ "$dir" "$@"
}

case "${1:-}" in
run)
    shift
    install_packages
    build build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
        echo "No display: run this on a desktop session (or set QT_QPA_PLATFORM=offscreen with --screenshot FILE)." >&2
        exit 1
    fi
    exec build/bin/privatelink-console "$@"
    ;;
test)
    trap print_stages EXIT
    stage "packages" install_packages
    stage "@alicloud/pop-core" node_packages
    stage "normal build" build build
    stage "normal tests" run_tests build
    # The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
    stage "ASan/UBSan build" build build-asan -DPLC_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        stage "ASan/UBSan tests" run_tests build-asan
    stage "fuzz build and fuzzing" fuzz
    log "all tests passed"
    ;;
tsan)
    install_packages
    tsan
    ;;
package)
    install_packages
    build build
    log "making the Debian package in build/package"
    cpack -G DEB --config build/CPackConfig.cmake -B build/package
    ;;
*)
    echo "usage: scripts/plc.sh run [console arguments] | scripts/plc.sh test | scripts/plc.sh package | scripts/plc.sh tsan" >&2
    exit 2
    ;;
esac
