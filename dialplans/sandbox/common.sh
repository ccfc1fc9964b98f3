# Shared settings and helpers for the sandbox scripts (sourced, not run).
# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this

SANDBOX_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIALPLANS_DIR=$(dirname "$SANDBOX_DIR")

CACHE=${PARLEY_SANDBOX_CACHE:-$HOME/.cache/parley/asterisk-sid}
ROOT=$CACHE/root
PROVISIONED=$CACHE/provisioned          # written only after a complete debootstrap
SECRET_FILE=$CACHE/ami-secret
PID_FILE=$CACHE/asterisk.pid
CONSOLE_LOG=$CACHE/asterisk.out
PORT_FILE=$CACHE/ami-port                # the port of the running sandbox
AMI_HOST=127.0.0.1
AMI_PORT=${PARLEY_SANDBOX_AMI_PORT:-5038}
AMI_USER=parley

# Inside the chroot.
OPT=/opt/parley
CFG=$OPT/cfg
SOUNDS=$OPT/sounds

say() { printf 'sandbox: %s\n' "$*"; }
die() { printf 'sandbox: error: %s\n' "$*" >&2; exit 1; }

need_root() {
    [[ $(id -u) -eq 0 ]] || die "must run as root (chroot, mount and debootstrap need it)"
}

# Prints the pid of the sandbox Asterisk if it is alive, else fails.
running_pid() {
    local pid
    [[ -s $PID_FILE ]] || return 1
    pid=$(<"$PID_FILE")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ -r /proc/$pid/cmdline ]] || return 1
    # Guard against a recycled pid: it must be an asterisk process.
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'asterisk' || return 1
    echo "$pid"
}

# Asterisk CLI against the sandbox's own control socket.
ast_rx() {
    chroot "$ROOT" /usr/sbin/asterisk -C "$CFG/asterisk.conf" -rx "$1"
}

# The AMI port of the sandbox that is running (start may have been given another one).
running_ami_port() {
    if [[ -s $PORT_FILE ]]; then cat "$PORT_FILE"; else echo "$AMI_PORT"; fi
}

proc_mounted() {
    mountpoint -q "$ROOT/proc"
}
