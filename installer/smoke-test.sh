#!/usr/bin/env bash
# Installer smoke test (issue 11), the last step of .ci/run: builds the .deb from the jar that `mvn verify`
# left in target/ (or from scratch), installs it with dpkg as an office PC would, starts the installed
# application the way the menu does under Xvfb as a fresh ordinary user, waits for its main window, runs
# `init` and `info` through the installed commands, upgrades the package, removes and purges it, and checks
# that the user's data directory is still there. Prints one line per check and ends with
# "smoke: N passed, N failed".
#
# Runs as root (CI) or as a user with sudo (sudo is used for apt-get, dpkg, useradd and to act as the test
# user). Environment:
#   SMOKE_DEB=path         test this .deb instead of building one
#   SMOKE_SCREENSHOT=path  also save a PNG of the screen once the window is up (installs ImageMagick)
#   SMOKE_KEEP=1           leave the package installed at the end (the data check then skips the removal)
# A conduct-ledger package already installed is purged first (its users' data directories stay); the test
# user, its home and its processes are removed at the end, also when a check fails.
#
# "Main window": the application's one primary stage, titled 网络行为台账 — ledger.mv.db. On a first start it
# shows the first-run form (organisation and administrator), after `init` the login form; the application
# logs "Main window shown: …" once either is on screen. Both the window (xdotool, by its title) and the
# log line are waited for.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
package=conduct-ledger
app_dir=/opt/conduct-ledger
passed=0
failed=0

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

pass() { passed=$((passed + 1)); echo "ok    [$(($(date +%s) - started)) s] $*"; }
fail() {
    failed=$((failed + 1))
    echo "FAIL  $*" >&2
    diagnostics
    echo "smoke: $passed passed, $failed failed"
    exit 1
}
check() { # check "what" command… — the command must succeed
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
quiet() { "$@" >/dev/null 2>&1; }
contains() { # contains text part… — every part occurs in text
    local text=$1 part
    shift
    for part in "$@"; do [[ $text == *"$part"* ]] || return 1; done
}

# --- the temporary user, its display and its processes (cleaned up on every exit) ---------------------------
user=""
base=""
work=$(mktemp -d)          # this script's own files (outputs, the upgrade package)
xvfb_pid=""
app_pid=""
installed_by_us=""

as_user() { # as_user command… — with a clean environment, as a desktop session would have it
    "${SUDO[@]}" runuser -u "$user" -- env -i HOME="$home" USER="$user" LOGNAME="$user" SHELL=/bin/sh \
        PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 DISPLAY="${display:-}" "$@"
}

stop_pid() { # stop_pid pid — TERM, then KILL after 15 s
    local pid=$1
    [ -n "$pid" ] || return 0
    "${SUDO[@]}" kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 30); do
        "${SUDO[@]}" kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    "${SUDO[@]}" kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
    if [ -n "${jdeps_pid:-}" ]; then kill "$jdeps_pid" 2>/dev/null || true; fi
    stop_pid "$app_pid"
    stop_pid "$xvfb_pid"
    if [ -n "$installed_by_us" ] && [ -z "${SMOKE_KEEP:-}" ] && dpkg -s "$package" >/dev/null 2>&1; then
        "${SUDO[@]}" dpkg --purge "$package" >/dev/null 2>&1 || true
    fi
    if [ -n "$user" ] && id "$user" >/dev/null 2>&1; then
        "${SUDO[@]}" userdel "$user" 2>/dev/null || true
    fi
    if [ -n "$base" ]; then "${SUDO[@]}" rm -rf "$base"; fi
    rm -rf "$work"
}
trap cleanup EXIT

diagnostics() {
    local log=${home:-/nonexistent}/.local/share/conduct-ledger/logs/conduct-ledger.log
    if [ -s "$work/app.out" ]; then
        echo "--- the application's output:" >&2
        tail -n 40 "$work/app.out" >&2 || true
    fi
    if [ -n "${home:-}" ] && "${SUDO[@]}" test -f "$log"; then
        echo "--- its log:" >&2
        "${SUDO[@]}" tail -n 40 "$log" >&2 || true
    fi
}

# --- 1. tools -------------------------------------------------------------------------------------------------
tools=()
command -v Xvfb >/dev/null 2>&1 || tools+=(xvfb)
command -v xdotool >/dev/null 2>&1 || tools+=(xdotool)
command -v xwininfo >/dev/null 2>&1 || tools+=(x11-utils)
command -v fakeroot >/dev/null 2>&1 || tools+=(fakeroot)          # jpackage builds the .deb with it
command -v desktop-file-validate >/dev/null 2>&1 || tools+=(desktop-file-utils)
command -v runuser >/dev/null 2>&1 || tools+=(util-linux)
if [ -n "${SMOKE_SCREENSHOT:-}" ] && ! [ -x /usr/bin/import ]; then tools+=(imagemagick); fi
if [ ${#tools[@]} -gt 0 ]; then
    echo "Installing: ${tools[*]}"
    "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${tools[@]}" >/dev/null
fi

# --- 2. the package ---------------------------------------------------------------------------------------------
if [ -n "${SMOKE_DEB:-}" ]; then
    deb=$SMOKE_DEB
else
    if [ -f target/conduct-ledger.jar ]; then
        echo "Building the .deb from target/conduct-ledger.jar"
        mvn -B -q -Pinstaller antrun:run@installer
    else
        echo "Building the jar and the .deb"
        mvn -B -q -Pinstaller package -DskipTests
    fi
    deb=$(ls target/installer/${package}_*.deb)
fi
built=$(date +%s)
check "package built: $deb ($((built - started)) s)" test -f "$deb"

# The runtime's module list must still cover what the jar needs (a new library may need a new module):
# jdeps takes a while, so it runs in the background and is checked at the end.
jdeps_pid=""
if [ -f target/conduct-ledger.jar ]; then
    jdeps --multi-release 17 --ignore-missing-deps --print-module-deps target/conduct-ledger.jar >"$work/jdeps.out" 2>&1 &
    jdeps_pid=$!
fi

deb_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
echo "      .deb $(awk "BEGIN { printf \"%.1f\", $deb_bytes / 1e6 }") MB (goal 45 MB), installed $(awk "BEGIN { printf \"%.1f\", $installed_kib * 1024 / 1e6 }") MB (goal 110 MB)"
check "installed size $((installed_kib * 1024 / 1000000)) MB within the 110 MB goal" test "$((installed_kib * 1024))" -le 110000000
depends=$(dpkg-deb -f "$deb" Depends)
check "Depends names GTK 3, GL and a CJK font" \
    contains "$depends" libgtk-3-0 libgl1 fonts-wqy-microhei

# --- 3. install -------------------------------------------------------------------------------------------------
if dpkg -s "$package" >/dev/null 2>&1; then
    echo "Removing the $package already installed, for a clean start"
    "${SUDO[@]}" dpkg --purge "$package" >/dev/null
fi
installed_by_us=yes
if ! "${SUDO[@]}" dpkg -i "$deb"; then
    echo "Installing the missing dependencies"
    "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -f -y -qq >/dev/null
fi
check "dpkg: install ok installed" bash -c "dpkg -s $package | grep -qx 'Status: install ok installed'"
check "commands on PATH: /usr/bin/conduct-ledger, /usr/bin/conduct-ledger-cli" \
    test -x /usr/bin/conduct-ledger -a -x /usr/bin/conduct-ledger-cli
check "menu entry /usr/share/applications/conduct-ledger.desktop is valid" \
    desktop-file-validate /usr/share/applications/conduct-ledger.desktop
check "icons in the hicolor theme" test -f /usr/share/icons/hicolor/48x48/apps/conduct-ledger.png
stamp=$(mktemp)
sleep 1

# --- 4. a fresh ordinary user ---------------------------------------------------------------------------------
base=$(mktemp -d /tmp/conduct-ledger-smoke.XXXXXX)
chmod 755 "$base"
user=clsmoke$$
home=$base/home
"${SUDO[@]}" useradd --create-home --home-dir "$home" --shell /bin/sh "$user"
data=$home/.local/share/conduct-ledger
run=$base/run              # the test user's process ids
mkdir "$run"
"${SUDO[@]}" chown "$user" "$run"

for n in $(seq 90 99); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=:$n; break; fi
done
[ -n "${display:-}" ] || fail "a free X display between :90 and :99"
# shellcheck disable=SC2016  # $$ and $1 are the inner shell's
as_user sh -c 'echo $$ > "$1"; exec Xvfb "$2" -screen 0 1280x800x24 -nolisten tcp' sh "$run/xvfb.pid" "$display" \
    >"$work/xvfb.out" 2>&1 &
for _ in $(seq 1 50); do [ -s "$run/xvfb.pid" ] && quiet as_user xdpyinfo && break; sleep 0.2; done
xvfb_pid=$(cat "$run/xvfb.pid")
check "Xvfb on $display" quiet as_user xdpyinfo

# --- 5. start from the menu entry, wait for the main window ----------------------------------------------------
start_gui() { # start_gui "log phrase" — starts the menu entry's command, waits for the window and the log line
    local phrase=$1 exec_line window="" t0
    exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/conduct-ledger.desktop | head -n 1)
    t0=$(date +%s)
    "${SUDO[@]}" rm -f "$run/app.pid"
    # shellcheck disable=SC2016,SC2086  # $$ and $@ are the inner shell's; the Exec line is a command with arguments
    as_user sh -c 'echo $$ > "$1"; shift; exec "$@"' sh "$run/app.pid" $exec_line >>"$work/app.out" 2>&1 &
    for _ in $(seq 1 120); do
        app_pid=$(cat "$run/app.pid" 2>/dev/null || true)
        window=$(as_user xdotool search --onlyvisible --name '网络行为台账' 2>/dev/null | head -n 1 || true)
        if [ -n "$window" ] && "${SUDO[@]}" grep -q "Main window shown: $phrase" "$data/logs/conduct-ledger.log" 2>/dev/null; then
            break
        fi
        sleep 0.5
    done
    [ -n "$window" ] || fail "main window (title 网络行为台账) within 60 s"
    local title
    title=$(as_user xdotool getwindowname "$window")
    check "main window \"$title\" is up after $(($(date +%s) - t0)) s" \
        "${SUDO[@]}" grep -q "Main window shown: $phrase" "$data/logs/conduct-ledger.log"
    local wininfo icon
    wininfo=$(as_user xwininfo -id "$window" 2>&1 || true)
    check "main window is viewable: $(echo "$wininfo" | sed -n 's/^ *Width: //p')x$(echo "$wininfo" | sed -n 's/^ *Height: //p')" \
        contains "$wininfo" "Map State: IsViewable"
    icon=$(as_user xprop -id "$window" _NET_WM_ICON 2>&1 | head -c 200 || true)
    check "main window carries the application icon (_NET_WM_ICON)" contains "$icon" "_NET_WM_ICON(CARDINAL)"
}
start_gui "first-run form"
if [ -n "${SMOKE_SCREENSHOT:-}" ]; then
    sleep 2   # the log line comes as the form is put in; give it a frame or two to be drawn
    as_user import -window root "$run/screen.png" && cp "$run/screen.png" "$SMOKE_SCREENSHOT" &&
        echo "      screenshot: $SMOKE_SCREENSHOT"
fi
stop_pid "$app_pid"
app_pid=""
pass "window closed (SIGTERM)"

# --- 6. the command line through the installed launchers -------------------------------------------------------
password='Smoke#Test2026'
as_user_pw() { "${SUDO[@]}" runuser -u "$user" -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    CONDUCT_LEDGER_PASSWORD="$password" "$@"; }
check "conduct-ledger init (new encrypted ledger in the user's data directory)" \
    as_user_pw conduct-ledger init --root-org 中共测试机关工作委员会 --root-code SMOKE --admin admin
info=$(as_user_pw conduct-ledger --user admin info 2>&1) || fail "conduct-ledger --user admin info: $info"
echo "$info" | sed -n '1,2p;/organisation:/p' | sed 's/^/      /'
check "conduct-ledger info: schema version and one organisation" \
    contains "$info" "organisation: 1" "app_user: 1"
# The second launcher (the console one on Windows): without a command it lists the commands.
cli=$(as_user conduct-ledger-cli 2>&1) || fail "conduct-ledger-cli: $cli"
check "conduct-ledger-cli without a command lists the commands" contains "$cli" "conduct-ledger" " info " " init "

# The second start finds the ledger and shows the login form in the same window.
start_gui "login form"
stop_pid "$app_pid"
app_pid=""

check "nothing written into $app_dir" bash -c "[ -z \"\$(find $app_dir -newer $stamp -print -quit)\" ]"
check "data directory holds the database, key file and log" \
    "${SUDO[@]}" test -f "$data/ledger.mv.db" -a -f "$data/ledger.keys" -a -f "$data/logs/conduct-ledger.log"

# --- 7. upgrade: the same package as release 2 replaces release 1 and keeps the data ------------------------------
data_sums=$("${SUDO[@]}" sha256sum "$data/ledger.mv.db" "$data/ledger.keys")
version=$(dpkg-deb -f "$deb" Version)
dpkg-deb -R "$deb" "$work/unpacked"
sed -i "s/^Version: .*/Version: ${version%-*}-$(( ${version##*-} + 1 ))/" "$work/unpacked/DEBIAN/control"
dpkg-deb -Znone --root-owner-group -b "$work/unpacked" "$work/upgrade.deb" >/dev/null
rm -rf "$work/unpacked"
check "upgrade to $(dpkg-deb -f "$work/upgrade.deb" Version) with dpkg -i" quiet "${SUDO[@]}" dpkg -i "$work/upgrade.deb"
check "after the upgrade: menu entry and commands still there" \
    test -f /usr/share/applications/conduct-ledger.desktop -a -L /usr/bin/conduct-ledger
check "after the upgrade: database and key file untouched" \
    test "$("${SUDO[@]}" sha256sum "$data/ledger.mv.db" "$data/ledger.keys")" = "$data_sums"
check "after the upgrade: the launcher runs ($(as_user conduct-ledger --version 2>&1 | head -n 1))" \
    quiet as_user conduct-ledger --version

# --- 8. remove and purge: the program goes, the data stays -------------------------------------------------------
if [ -z "${SMOKE_KEEP:-}" ]; then
    check "dpkg -r $package" quiet "${SUDO[@]}" dpkg -r "$package"
    check "program, commands, menu entry and icons removed" bash -c "[ ! -e $app_dir ] && [ ! -e /usr/bin/conduct-ledger ] \
        && [ ! -e /usr/bin/conduct-ledger-cli ] && [ ! -e /usr/share/applications/conduct-ledger.desktop ] \
        && ! ls /usr/share/icons/hicolor/*/apps/conduct-ledger.png >/dev/null 2>&1"
    check "dpkg --purge $package" quiet "${SUDO[@]}" dpkg --purge "$package"
    check "data directory still there after the purge: $("${SUDO[@]}" ls "$data" | tr '\n' ' ')" \
        "${SUDO[@]}" test -f "$data/ledger.mv.db" -a -f "$data/ledger.keys"
fi

if [ -n "$jdeps_pid" ]; then
    wait "$jdeps_pid" || fail "jdeps on target/conduct-ledger.jar: $(cat "$work/jdeps.out")"
    needed=$(tail -n 1 "$work/jdeps.out")
    listed=$(sed -n 's/^--add-modules //p' installer/jlink.args | tr ',' '\n')
    missing=$(echo "$needed" | tr ',' '\n' | grep -vxF "$listed" || true)
    check "installer/jlink.args has every module jdeps finds in the jar (${missing:-none missing})" test -z "$missing"
fi

elapsed=$(($(date +%s) - started))
echo "      installer smoke test took ${elapsed} s (build $((built - started)) s), goal under 180 s"
if [ "$elapsed" -gt 180 ]; then echo "WARN  over the 3-minute goal" >&2; fi
echo "smoke: $passed passed, $failed failed"
