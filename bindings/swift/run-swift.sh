#!/usr/bin/env bash
# run-swift.sh — run SwiftPM for the Groundwork Swift bindings, anywhere.
#
# Usage:
#   bindings/swift/run-swift.sh <swift args...>
#   e.g.  bindings/swift/run-swift.sh test
#         bindings/swift/run-swift.sh test -Xlinker -L"$PWD/target/debug"
#
# Runs `swift <args...>` with the Swift package directory (by default the
# directory this script lives in) as the working directory.
#
# * If `swift` is on PATH (macOS, or Linux with a Swift toolchain), it is run
#   directly with the caller's environment untouched.
# * Otherwise, on Linux as root, Swift 6 is run inside a Debian trixie chroot
#   (Debian's `swiftlang` package). The chroot is created on first use with
#   debootstrap and reused afterwards; a stamp file marks a finished setup, so
#   an interrupted setup is detected and resumed/redone on the next run.
#   The repository root is bind-mounted into the chroot at the same absolute
#   path, so paths (e.g. the Rust target dir holding the cdylib) are identical
#   inside and outside. proc is mounted too (swift needs it to find its
#   runtime). Everything mounted is unmounted again on exit, on failure and on
#   Ctrl-C / SIGTERM.
#
# Environment:
#   GROUNDWORK_SWIFT_PACKAGE_DIR  package dir to run in (default: script dir)
#   GROUNDWORK_SWIFT_CHROOT       chroot location
#                                 (default: /var/cache/groundwork/swift-trixie)
#   GROUNDWORK_SWIFT_MIRROR       Debian mirror for debootstrap
#                                 (default: http://deb.debian.org/debian)
#   GROUNDWORK_SWIFT_BIND_DIRS    extra host dirs (colon-separated) to
#                                 bind-mount at the same path, e.g. a
#                                 CARGO_TARGET_DIR outside the repository
# Passed into the chroot: LD_LIBRARY_PATH, LIBRARY_PATH, CI, TERM and every
# variable whose name starts with GROUNDWORK_. Nothing else from the host
# environment is (the chroot starts from `env -i`).
#
# The exit code is swift's exit code (or 130/143 on SIGINT/SIGTERM).
set -euo pipefail

log() { printf 'run-swift: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# --- Locations -------------------------------------------------------------

# Canonical (symlink-free) paths, so they match what /proc/mounts reports and
# so that the same absolute path exists inside and outside the chroot.
SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
PKG_DIR=${GROUNDWORK_SWIFT_PACKAGE_DIR:-$SCRIPT_DIR}
[[ -d $PKG_DIR ]] || die "package dir '$PKG_DIR' does not exist"
PKG_DIR=$(cd -- "$PKG_DIR" && pwd -P)

# --- Fast path: a native Swift toolchain -----------------------------------

if command -v swift >/dev/null 2>&1; then
    cd -- "$PKG_DIR"
    exec swift "$@"
fi

# --- No swift on PATH: use the Debian trixie chroot ------------------------

[[ $(uname -s) == Linux ]] || die "swift is not on PATH (install Xcode or a Swift toolchain)"
[[ $EUID -eq 0 ]] || die "swift is not on PATH; the trixie-chroot fallback needs root (mount, chroot)"

# Repository root: the git top level of the script's checkout; if git is not
# usable (not installed, "dubious ownership", tarball export) fall back to
# two directories up from bindings/swift/.
REPO_ROOT=$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel 2>/dev/null || true)
[[ -n $REPO_ROOT && -d $REPO_ROOT ]] || REPO_ROOT=$SCRIPT_DIR/../..
REPO_ROOT=$(cd -- "$REPO_ROOT" && pwd -P)

CHROOT=${GROUNDWORK_SWIFT_CHROOT:-/var/cache/groundwork/swift-trixie}
[[ $CHROOT == /* ]] || die "GROUNDWORK_SWIFT_CHROOT must be an absolute path"
mkdir -p -- "$(dirname -- "$CHROOT")"
CHROOT=$(cd -- "$(dirname -- "$CHROOT")" && pwd -P)/$(basename -- "$CHROOT")
[[ $CHROOT != / ]] || die "refusing to use / as the chroot"

SUITE=trixie
MIRROR=${GROUNDWORK_SWIFT_MIRROR:-http://deb.debian.org/debian}
PACKAGES=(swiftlang libc6-dev libstdc++-14-dev)
# The stamp records what was installed; if PACKAGES changes, the install step
# is re-run (apt-get install is idempotent) on the next run.
STAMP=$CHROOT/etc/groundwork-swift-chroot.stamp
STAMP_CONTENT="suite=$SUITE packages=${PACKAGES[*]}"
# debootstrap writes into a temporary dir that is renamed to $CHROOT only once
# it completed, so $CHROOT is never a half-bootstrapped tree.
BOOTSTRAP_TMP=$CHROOT.debootstrap-tmp
LOCK=$CHROOT.lock

CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export DEBIAN_FRONTEND=noninteractive

# --- Mount helpers -------------------------------------------------------------

# Print every mount point at or below $1 (one per line, deepest first).
# /proc/mounts escapes space, tab, newline and backslash as octal (\040 ...).
mounts_under() {
    local base=$1 mp
    while read -r _ mp _; do
        mp=$(printf '%b' "$mp")
        if [[ $mp == "$base" || $mp == "$base"/* ]]; then
            printf '%s\n' "$mp"
        fi
    done </proc/mounts | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-
}

# Unmount everything at or below $1, deepest first. Unmounting never deletes
# files (a bind mount just disappears again); if a mount is busy, a lazy
# unmount detaches it from the tree immediately.
unmount_all_under() {
    local base=$1 mp
    while IFS= read -r mp; do
        [[ -n $mp ]] || continue
        umount -- "$mp" 2>/dev/null || umount -l -- "$mp" 2>/dev/null \
            || log "warning: could not unmount $mp"
    done < <(mounts_under "$base")
}

# Run a command inside the chroot with a clean environment. Extra VAR=value
# words can be given before the command via the CHROOT_ENV array.
CHROOT_ENV=()
in_chroot() {
    chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH="$CHROOT_PATH" LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "${CHROOT_ENV[@]}" "$@"
}

# --- Cleanup (runs on every exit) ------------------------------------------

CHILD_PID=
# shellcheck disable=SC2317  # only reached through the trap
cleanup() {
    set +e
    # Stop swift if it is still running (signal / error paths): its whole
    # process group, TERM first, KILL after a grace period.
    if [[ -n $CHILD_PID ]] && kill -0 "$CHILD_PID" 2>/dev/null; then
        kill -TERM -- "-$CHILD_PID" 2>/dev/null || kill -TERM "$CHILD_PID" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$CHILD_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL -- "-$CHILD_PID" 2>/dev/null || kill -KILL "$CHILD_PID" 2>/dev/null
        wait "$CHILD_PID" 2>/dev/null
    fi
    unmount_all_under "$CHROOT"
    if [[ -n $(mounts_under "$CHROOT") ]]; then
        log "warning: mounts remain under $CHROOT:"
        mounts_under "$CHROOT" >&2
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# One run at a time per chroot: concurrent runs would unmount each other's
# mounts. The lock is released automatically when this script exits.
exec 9>"$LOCK"
if ! flock -n 9; then
    log "waiting for another run-swift.sh using $CHROOT ..."
    flock 9
fi

# A previous run that was killed hard (SIGKILL, power loss) may have left
# mounts behind; we hold the lock, so nothing else is using them.
unmount_all_under "$CHROOT"
unmount_all_under "$BOOTSTRAP_TMP"

mount_proc() {
    mkdir -p "$CHROOT/proc"
    mount -t proc proc "$CHROOT/proc"
}

# --- Chroot setup (first run, or resume of an interrupted one) -------------

setup_chroot() {
    if [[ ! -d $CHROOT ]]; then
        if ! command -v debootstrap >/dev/null 2>&1; then
            log "installing debootstrap on the host"
            # Tolerate failing third-party repos in the host's sources.
            apt-get update || log "warning: apt-get update reported errors"
            apt-get install -y --no-install-recommends debootstrap
        fi
        # Leftover from an interrupted debootstrap: delete it, but only after
        # making sure nothing is mounted inside it (never rm through a bind
        # mount of the repository). --one-file-system is a second guard.
        if [[ -e $BOOTSTRAP_TMP ]]; then
            if [[ -n $(mounts_under "$BOOTSTRAP_TMP") ]]; then
                die "mounts remain under $BOOTSTRAP_TMP; not deleting it"
            fi
            log "removing incomplete debootstrap in $BOOTSTRAP_TMP"
            rm -rf --one-file-system -- "$BOOTSTRAP_TMP"
        fi
        log "debootstrap $SUITE into $CHROOT (one-time setup)"
        debootstrap --variant=minbase "$SUITE" "$BOOTSTRAP_TMP" "$MIRROR"
        mv -T -- "$BOOTSTRAP_TMP" "$CHROOT"
    fi
    [[ -x $CHROOT/usr/bin/apt-get ]] \
        || die "$CHROOT exists but is not a Debian tree; remove it (nothing mounted in it) and rerun"

    log "installing ${PACKAGES[*]} in the chroot (one-time setup)"
    # Name resolution for apt inside the chroot.
    if [[ -f /etc/resolv.conf ]]; then
        rm -f "$CHROOT/etc/resolv.conf"
        cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf"
    fi
    mount_proc
    # Finish a dpkg run that may have been interrupted, then install.
    in_chroot dpkg --configure -a
    in_chroot apt-get update
    in_chroot apt-get install -y --no-install-recommends -o Dpkg::Use-Pty=0 "${PACKAGES[@]}"
    in_chroot apt-get clean
    in_chroot swift --version
    printf '%s\n' "$STAMP_CONTENT" >"$STAMP"
    umount "$CHROOT/proc"
    log "chroot ready"
}

if [[ ! -f $STAMP || $(cat "$STAMP") != "$STAMP_CONTENT" ]]; then
    setup_chroot
fi

# --- Mount and run -----------------------------------------------------------

# Host dirs visible at the same absolute path inside the chroot: the repo
# root, the package dir if it lies outside the repo, and any extra dirs.
BIND_DIRS=("$REPO_ROOT" "$PKG_DIR")
if [[ -n ${GROUNDWORK_SWIFT_BIND_DIRS:-} ]]; then
    IFS=: read -r -a extra <<<"$GROUNDWORK_SWIFT_BIND_DIRS"
    for d in "${extra[@]}"; do
        [[ -n $d ]] || continue
        [[ -d $d ]] || die "GROUNDWORK_SWIFT_BIND_DIRS: '$d' is not a directory"
        BIND_DIRS+=("$(cd -- "$d" && pwd -P)")
    done
fi

mount_proc
# Mount shallowest first, skipping dirs already visible through a parent bind.
mounted=()
while IFS= read -r dir; do
    [[ -n $dir ]] || continue
    [[ $dir != / ]] || die "refusing to bind-mount / into the chroot"
    covered=false
    for m in "${mounted[@]+"${mounted[@]}"}"; do
        if [[ $dir == "$m" || $dir == "$m"/* ]]; then covered=true; break; fi
    done
    $covered && continue
    # The chroot itself must not be bind-mounted into itself.
    if [[ $CHROOT == "$dir" || $CHROOT == "$dir"/* ]]; then
        die "$dir contains the chroot $CHROOT; set GROUNDWORK_SWIFT_CHROOT elsewhere"
    fi
    mkdir -p -- "$CHROOT$dir"
    mount --bind -- "$dir" "$CHROOT$dir"
    mounted+=("$dir")
done < <(printf '%s\n' "${BIND_DIRS[@]}" | awk '{ print length($0) "\t" $0 }' | sort -n | cut -f2- | uniq)

# Environment for swift inside the chroot.
CHROOT_ENV=()
for v in LD_LIBRARY_PATH LIBRARY_PATH CI TERM; do
    if [[ -n ${!v+x} ]]; then CHROOT_ENV+=("$v=${!v}"); fi
done
while IFS= read -r v; do
    CHROOT_ENV+=("$v=${!v}")
done < <(compgen -e | grep '^GROUNDWORK_' || true)

# Run swift in its own process group (setsid) in the background and wait for
# it, so that a signal to this script runs the traps at once and cleanup can
# stop the whole swift process tree before unmounting. (Being a background
# job, swift's stdin is /dev/null; nothing here is interactive.)
# shellcheck disable=SC2016  # $1/$@ are expanded by the inner bash
setsid -w chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH="$CHROOT_PATH" LANG=C.UTF-8 \
    "${CHROOT_ENV[@]}" \
    /bin/bash -c 'cd -- "$1" && shift && exec swift "$@"' bash "$PKG_DIR" "$@" &
CHILD_PID=$!
rc=0
wait "$CHILD_PID" || rc=$?
CHILD_PID=
exit "$rc"
