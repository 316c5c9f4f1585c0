#!/usr/bin/env bash
# packconfig developer entry point. Idempotent: every sub-command runs `setup` first,
# which does nothing when the machine and .venv are already in shape.
#
#   bash installer/dev.sh setup                      system packages + .venv + editable install
#   bash installer/dev.sh test [pytest args]         ruff, lint-imports, then pytest (args to pytest)
#   bash installer/dev.sh run [app args]             start the app (needs a display)
#   bash installer/dev.sh cli [args]                 the command line: packconfig ARGS
#   bash installer/dev.sh screenshot OUT.png [WIDTHxHEIGHT[xDEPTH]] [app args]
#                                                    the app window on a private Xvfb, as PNG
#
# Environment:
#   PACKCONFIG_PYTHON   interpreter used to create .venv (default: a working 3.12, else
#                       3.13, else python3 >= 3.11; see pick_python below)
#   PACKCONFIG_SKIP_APT=1  never touch system packages (only report missing ones)
#
# Screenshot contract (the GUI implements the app side): when the environment variable
# PACKCONFIG_SCREENSHOT=/abs/path/OUT.png is set, the app opens its main window as usual,
# waits until it is shown and laid out, grabs its own window to that PNG and quits with
# exit code 0. This script gives it ~8 s; if no PNG appears by then it captures the whole
# Xvfb screen with ImageMagick's `import -window root` instead and kills the app.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.packconfig-install-stamp"
EXTRAS="dev,build"

# Debian packages: Qt (xcb + offscreen platform plugins, OpenGL/EGL, fonts, dbus), Xvfb and
# screenshots, CJK TrueType font for reportlab, poppler for PDF checks, .deb building and
# PyInstaller's binary analysis (binutils: objdump), and the PostgreSQL server the register
# tests start a throwaway cluster of (initdb/pg_ctl in /usr/lib/postgresql/<ver>/bin).
APT_PACKAGES=(
    libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
    libdbus-1-3 libglib2.0-0
    libx11-6 libx11-xcb1 libxcb1 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
    libxcb-render0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
    fonts-dejavu-core fonts-wqy-microhei
    poppler-utils poppler-data
    xvfb xauth imagemagick
    dpkg-dev fakeroot binutils desktop-file-utils
    postgresql
)

# Status lines go to stderr: stdout belongs to the command dev.sh runs, so
# `dev.sh cli calc ... --json > out.json` writes only the JSON.
say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { printf 'dev.sh: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- system packages
ensure_apt_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian system: skipping system packages"; return 0; }
    local missing=() p
    for p in "${APT_PACKAGES[@]}"; do
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" != "installed" ]]; then
            missing+=("$p")
        fi
    done
    if ((${#missing[@]} == 0)); then
        say "system packages: all ${#APT_PACKAGES[@]} present"
        return 0
    fi
    local cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
    if [[ "${PACKCONFIG_SKIP_APT:-0}" == 1 || "$(id -u)" != 0 ]]; then
        say "missing system packages: ${missing[*]}"
        say "install them as root with:  $cmd"
        say "continuing without them (Qt on xcb, screenshots or PDF checks may fail)"
        return 0
    fi
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

# ---------------------------------------------------------------- python + venv
# Works when it runs, has venv, and its version is in [min, max] (major.minor).
python_ok() {
    local exe="$1" min="$2" max="$3"
    [[ -n "$exe" ]] || return 1
    "$exe" - "$min" "$max" >/dev/null 2>&1 <<'EOF'
import sys, venv  # noqa: F401  (venv must be importable)
lo, hi = (tuple(int(x) for x in a.split(".")) for a in sys.argv[1:3])
sys.exit(0 if lo <= sys.version_info[:2] <= hi else 1)
EOF
}

# Prefer 3.12 (the combination PySide6 6.12 is verified on), then 3.13, then python3 >= 3.11
# (pyproject's markers then select PySide6 6.11.x: 6.12.0 on 3.11 crashes in none_dealloc).
# The pyenv shims `python3.12`/`python3.13` fail unless pyenv selects that version, so every
# candidate is actually run, and pyenv's own install folders are tried by path.
pick_python() {
    if [[ -n "${PACKCONFIG_PYTHON:-}" ]]; then
        python_ok "$PACKCONFIG_PYTHON" 3.11 3.99 || die "PACKCONFIG_PYTHON=$PACKCONFIG_PYTHON is not a working Python >= 3.11"
        echo "$PACKCONFIG_PYTHON"; return 0
    fi
    local pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}" v c
    for v in 3.12 3.13; do
        for c in "python$v" "$pyenv_root"/versions/"$v".*/bin/"python$v" /root/.pyenv/versions/"$v".*/bin/"python$v"; do
            if python_ok "$c" "$v" "$v"; then echo "$c"; return 0; fi
        done
    done
    if python_ok python3 3.11 3.99; then echo python3; return 0; fi
    die "no working Python >= 3.11 found (tried python3.12, python3.13, pyenv versions, python3)"
}

ensure_venv() {
    if [[ -x "$VENV/bin/python" ]] && python_ok "$VENV/bin/python" 3.11 3.99; then
        say "venv: $VENV ($("$VENV/bin/python" -c 'import sys; print("Python %d.%d.%d" % sys.version_info[:3])'))"
    else
        local py
        py="$(pick_python)"
        [[ -e "$VENV" ]] && { say "venv: $VENV is broken, recreating it"; rm -rf "$VENV"; }
        say "venv: creating $VENV with $py ($("$py" -c 'import sys; print("Python %d.%d.%d" % sys.version_info[:3])'))"
        "$py" -m venv "$VENV"
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip </dev/null
    fi
    local want have=""
    want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1) extras=$EXTRAS"
    [[ -f "$STAMP" ]] && have="$(cat "$STAMP")"
    if [[ "$want" == "$have" && -x "$VENV/bin/packconfig" ]]; then
        say "packages: up to date (pyproject.toml unchanged since the last install)"
        return 0
    fi
    say "packages: pip install -e \".[$EXTRAS]\" (pyproject.toml changed or first run)"
    local log="$VENV/pip-install.log"
    if ! (cd "$ROOT" && "$VENV/bin/python" -m pip install --disable-pip-version-check \
            -e ".[$EXTRAS]" </dev/null >"$log" 2>&1); then
        tail -n 40 "$log" >&2
        die "pip install failed (full log: $log)"
    fi
    # The installed libraries as bytecode, as pip leaves them unless
    # PYTHONDONTWRITEBYTECODE=1 (set on some machines) stops it: without .pyc, numpy and
    # pint take about twice as long to import at every start (docs/gui.md, "Start-up").
    # Some wheels ship files that are not Python 3 (test data): compileall skips them and
    # exits 1, which is not a failure of the install.
    say "packages: byte-compiling site-packages"
    "$VENV/bin/python" -m compileall -q -j 0 \
        "$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" \
        >/dev/null 2>&1 || true
    printf '%s\n' "$want" >"$STAMP"
    "$VENV/bin/python" - <<'EOF'
import sys
from importlib.metadata import version
print("dev.sh: installed: Python %d.%d.%d," % sys.version_info[:3],
      "PySide6-Essentials", version("PySide6-Essentials"), "| pint", version("pint"))
EOF
}

# Compile the interface translations (.ts -> .qm) when a .ts is newer than its .qm.
ensure_translations() {
    local ts
    for ts in "$ROOT"/resources/translations/*.ts; do
        [[ -f "$ts" && ( ! -f "${ts%.ts}.qm" || "$ts" -nt "${ts%.ts}.qm" ) ]] || continue
        say "translations: compiling $(basename "$ts")"
        "$VENV/bin/python" -m packconfig.i18n_build compile
        return 0
    done
}

# Byte-compile the package, as an installed wheel or the frozen bundle ships it: the
# window's start reads .pyc instead of compiling ~30 modules (about 40 ms), also where
# PYTHONDONTWRITEBYTECODE=1 stops Python from caching them itself. Only stale files are
# rewritten (a few ms when nothing changed).
ensure_bytecode() {
    "$VENV/bin/python" -m compileall -q "$ROOT/packconfig" >/dev/null
}

# Everything setup prints (apt-get, pip, the translation compiler) goes to stderr too.
cmd_setup() {
    {
        ensure_apt_packages
        ensure_venv
        ensure_translations
        ensure_bytecode
    } >&2
}

# ---------------------------------------------------------------- sub-commands
cmd_test() {
    cmd_setup
    cd "$ROOT"
    say "ruff check packconfig tests benchmarks installer"
    "$VENV/bin/ruff" check packconfig tests benchmarks installer
    say "lint-imports (the layer contract in pyproject.toml)"
    "$VENV/bin/lint-imports" --no-cache
    say "python -m pytest $*"
    "$VENV/bin/python" -m pytest "$@"
}

cmd_run() {
    cmd_setup
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
        cat >&2 <<EOF
dev.sh: there is no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
  - use the command line instead:   bash installer/dev.sh cli --help
        e.g.                        bash installer/dev.sh cli calc --cell CBAK-32140FS --series 96 --parallel 2
  - or run the window on a virtual X server:
                                    xvfb-run -a bash installer/dev.sh run
  - or take a screenshot of it:     bash installer/dev.sh screenshot out/window.png
EOF
        exit 1
    fi
    exec "$VENV/bin/packconfig" "$@"
}

cmd_cli() {
    cmd_setup
    exec "$VENV/bin/packconfig" "$@"
}

cmd_screenshot() {
    (($# >= 1)) || die "usage: dev.sh screenshot OUT.png [WIDTHxHEIGHT] [app args]"
    local out="$1"; shift
    local size="1366x768x24"
    if (($# >= 1)) && [[ "$1" =~ ^[0-9]+x[0-9]+(x[0-9]+)?$ ]]; then
        size="$1"; shift
        [[ "$size" =~ ^[0-9]+x[0-9]+$ ]] && size="${size}x24"
    fi
    cmd_setup
    command -v Xvfb >/dev/null || die "Xvfb is not installed (apt-get install xvfb)"
    out="$(realpath -m "$out")"
    mkdir -p "$(dirname "$out")"
    rm -f "$out"

    local disp=99
    while [[ -e "/tmp/.X${disp}-lock" || -e "/tmp/.X11-unix/X${disp}" ]]; do disp=$((disp + 1)); done
    local log  # removed by cleanup via SHOT_LOG
    XVFB_PID="" APP_PID=""  # globals: the EXIT trap runs after this function's locals are gone
    log="$(mktemp -t packconfig-screenshot.XXXXXX.log)"; SHOT_LOG="$log"
    # shellcheck disable=SC2317  # called by the trap
    cleanup() {
        if [[ -n "${APP_PID:-}" ]]; then kill "$APP_PID" 2>/dev/null || true; fi
        if [[ -n "${XVFB_PID:-}" ]]; then
            kill "$XVFB_PID" 2>/dev/null || true
            wait "$XVFB_PID" 2>/dev/null || true
        fi
        rm -f "${SHOT_LOG:-}"
    }
    trap cleanup EXIT
    trap 'exit 130' INT TERM

    say "screenshot: Xvfb :$disp at $size"
    Xvfb ":$disp" -screen 0 "$size" -nolisten tcp -noreset >"$log" 2>&1 &
    XVFB_PID=$!
    local i
    for i in $(seq 50); do
        [[ -S "/tmp/.X11-unix/X${disp}" ]] && break
        kill -0 "$XVFB_PID" 2>/dev/null || { cat "$log" >&2; die "Xvfb failed to start"; }
        sleep 0.1
    done
    [[ -S "/tmp/.X11-unix/X${disp}" ]] || die "Xvfb :$disp did not come up"

    say "screenshot: starting the app with PACKCONFIG_SCREENSHOT=$out"
    env -u WAYLAND_DISPLAY DISPLAY=":$disp" QT_QPA_PLATFORM=xcb PACKCONFIG_SCREENSHOT="$out" \
        "$VENV/bin/packconfig" "$@" >>"$log" 2>&1 &
    APP_PID=$!
    local app_rc=""
    for i in $(seq 80); do  # ~8 s
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            app_rc=0; wait "$APP_PID" || app_rc=$?
            APP_PID=""
            break
        fi
        sleep 0.1
    done
    if [[ -s "$out" && "$app_rc" == 0 ]]; then
        say "screenshot: the app saved its window to $out"
        return 0
    fi
    if [[ -n "$app_rc" && "$app_rc" != 0 ]]; then
        say "screenshot: the app exited with code $app_rc; its output:"
        sed 's/^/    /' "$log" >&2
    fi
    say "screenshot: fallback: capturing the whole screen with 'import -window root'"
    command -v import >/dev/null || die "ImageMagick's import is not installed (apt-get install imagemagick)"
    DISPLAY=":$disp" import -window root "$out"
    say "screenshot: wrote $out"
    [[ -z "$app_rc" || "$app_rc" == 0 ]] || exit "$app_rc"
}

usage() {
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

main() {
    local sub="${1:-}"
    (($# > 0)) && shift
    case "$sub" in
        setup) cmd_setup ;;
        test) cmd_test "$@" ;;
        run) cmd_run "$@" ;;
        cli) cmd_cli "$@" ;;
        screenshot) cmd_screenshot "$@" ;;
        -h | --help | help | "") usage ;;
        *) usage >&2; die "unknown sub-command: $sub" ;;
    esac
}

main "$@"
