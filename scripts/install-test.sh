#!/usr/bin/env bash
# The install test (docs/testing.md, "The install test"): installs the .deb into a fresh Debian 12
# root made by debootstrap, as a team's workstation would get it, and checks that apt pulls in
# everything the programs need, that they work there, and that removing the package leaves
# none of its files behind. Needs root (debootstrap, chroot, mount) and the network to
# deb.debian.org (DEBIAN_MIRROR to use another).
#
#   scripts/install-test.sh [path/to/privatelink-console_VERSION_amd64.deb]
#
# Without an argument it uses the newest package in build/package/ (scripts/plc.sh package).
# The root is made under /var/tmp and removed afterwards (PLC_KEEP_ROOT=1 keeps it); the
# Japanese screenshot taken inside is copied to build/package/install-test-ja_JP.png.
set -euo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" -eq 0 ] || { echo "install-test: run as root (debootstrap, chroot and mount need it)" >&2; exit 2; }
deb=${1:-$(ls -t build/package/privatelink-console_*_amd64.deb 2>/dev/null | head -n 1)}
[ -f "$deb" ] || { echo "install-test: no package: run scripts/plc.sh package first, or name the .deb" >&2; exit 2; }
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
command -v debootstrap >/dev/null ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null

root=$(mktemp -d /var/tmp/plc-bookworm.XXXXXX)
cleanup() {
    for mounted in "$root/dev/pts" "$root/dev" "$root/proc"; do
        mountpoint -q "$mounted" && umount -l "$mounted"
    done
    [ "${PLC_KEEP_ROOT:-0}" = 1 ] && echo "install-test: the root is kept in $root" || rm -rf "$root"
}
trap cleanup EXIT

failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step() { printf '\n== %s\n' "$*"; }

step "debootstrap --variant=minbase bookworm ($mirror)"
started=$SECONDS
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -n 30 "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
echo "made in $((SECONDS - started)) s"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' > "$root/etc/hosts"

# Every file of the bare system, to tell what the package and its dependencies added.
snapshot() {
    in_root find / -xdev \( -path /proc -o -path /dev -o -path /sys -o -path /tmp -o -path /run \
        -o -path /var/cache -o -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/log \) -prune \
        -o -print | sort
}
snapshot > "$root.before"

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
started=$SECONDS
in_root apt-get update -qq
if in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" \
        >"$root.apt.log" 2>&1; then
    pass "installed with its dependencies and recommendations in $((SECONDS - started)) s" \
         "($(grep -c '^Setting up' "$root.apt.log") packages set up)"
else
    tail -n 30 "$root.apt.log"; fail "apt-get install"; exit 1
fi
rm -f "$root.apt.log"
in_root dpkg -L privatelink-console | sort > "$root.files"
echo "the package installed $(wc -l < "$root.files") paths"

step "the programs, inside the new system"
version=$(in_root privatelink-console --version 2>&1) || true
echo "$version"
if [[ "$version" == "privatelink-console "*$'\n'"Qt "* ]]; then pass "--version"; else fail "--version"; fi
sandbox_version=$(in_root privatelink-sandbox --version 2>&1) || true
[[ "$sandbox_version" == "privatelink-sandbox "* ]] && pass "privatelink-sandbox --version" ||
    fail "privatelink-sandbox --version: $sandbox_version"

status=0
check=$(in_root privatelink-console --lang en --check-endpoint 127.0.0.1:1 2>&1) || status=$?
echo "$check"
if [ "$status" -eq 1 ] && grep -qi "refused" <<<"$check"; then
    pass "--check-endpoint 127.0.0.1:1: exit 1, the connection refused"
else
    fail "--check-endpoint 127.0.0.1:1: exit $status"
fi

in_root mkdir -p /tmp/home
status=0
in_root env HOME=/tmp/home QT_QPA_PLATFORM=offscreen \
    privatelink-console --lang ja_JP --screenshot /tmp/ja_JP.png >"$root.shot.log" 2>&1 || status=$?
if [ "$status" -eq 0 ] && [ -s "$root/tmp/ja_JP.png" ]; then
    mkdir -p build/package
    cp "$root/tmp/ja_JP.png" build/package/install-test-ja_JP.png
    pass "--screenshot in Japanese, offscreen: build/package/install-test-ja_JP.png"
else
    cat "$root.shot.log"; fail "--screenshot: exit $status"
fi
rm -f "$root.shot.log"
# The recommended CJK fonts came with it (apt installs recommendations), so Japanese is drawn.
if in_root dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed" &&
   ls "$root"/usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc >/dev/null 2>&1; then
    pass "fonts-noto-cjk installed (recommended): Japanese is drawn with Noto Sans CJK"
else
    fail "fonts-noto-cjk is not installed"
fi
for file in /usr/share/man/man1/privatelink-console.1.gz /usr/share/man/man1/privatelink-sandbox.1.gz \
            /usr/share/applications/io.github.privatelink_console.PrivateLinkConsole.desktop \
            /usr/share/metainfo/io.github.privatelink_console.PrivateLinkConsole.metainfo.xml \
            /usr/share/doc/privatelink-console/copyright; do
    [ -f "$root$file" ] && pass "$file" || fail "missing $file"
done

step "apt-get remove privatelink-console"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq privatelink-console >/dev/null
left=0
while read -r path; do
    # Directories other packages share (/usr/bin, /usr/share/…) stay; the package's own go.
    if [ -e "$root$path" ] && ! grep -qxF "$path" "$root.before" && [ ! -d "$root$path" ]; then
        echo "left behind: $path"; left=$((left + 1))
    elif [ -d "$root$path" ] && [[ "$path" == *privatelink* ]]; then
        echo "left behind: $path/"; left=$((left + 1))
    fi
done < "$root.files"
if [ "$left" -eq 0 ]; then pass "no file of the package is left"; else fail "$left paths left behind"; fi
snapshot > "$root.after"
# What stays besides: the dependencies apt installed (removed by autoremove, not by remove).
echo "files added by the dependencies, which stay until apt-get autoremove:" \
     "$(comm -13 "$root.before" "$root.after" | wc -l)"
comm -13 "$root.before" "$root.after" | grep -i privatelink && fail "privatelink files after remove" || true
rm -f "$root.before" "$root.after" "$root.files"

step "result"
if [ "$failures" -eq 0 ]; then echo "install test passed"; else echo "install test: $failures failure(s)"; exit 1; fi
