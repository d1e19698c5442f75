#!/bin/sh
# Install xuncha into a new virtual environment from a wheelhouse, with no package index.
#
# Usage: sh install_offline.sh [WHEELHOUSE] [VENV] [--with-test]
#   WHEELHOUSE  folder made by scripts/build_wheelhouse.py (default: the folder holding this
#               script, which build_wheelhouse.py copies into every Linux wheelhouse)
#   VENV        virtual environment to create or reuse (default: ./xuncha-env)
#   --with-test also install the test extra (the wheelhouse must have been built --with-test)
# The Python used is $PYTHON, else python<ver> for the version the wheelhouse was built for,
# else python3.
#
# Example: sh wheelhouse/linux-x86_64-py3.11/install_offline.sh wheelhouse/linux-x86_64-py3.11 /opt/xuncha
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
wheelhouse=""
venv=""
spec="xuncha"
for arg in "$@"; do
    case "$arg" in
        --with-test) spec="xuncha[test]" ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "install_offline.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
        *) if [ -z "$wheelhouse" ]; then wheelhouse=$arg; elif [ -z "$venv" ]; then venv=$arg;
           else echo "install_offline.sh: too many arguments (see --help)" >&2; exit 2; fi ;;
    esac
done
[ -n "$wheelhouse" ] || wheelhouse=$here
[ -n "$venv" ] || venv=./xuncha-env

if ! ls "$wheelhouse"/xuncha-*.whl >/dev/null 2>&1; then
    echo "install_offline.sh: $wheelhouse holds no xuncha wheel; pass the wheelhouse folder built by scripts/build_wheelhouse.py" >&2
    exit 1
fi

# "target: linux-x86_64 python 3.11" in README.txt says which Python the wheels are for.
want=""
if [ -f "$wheelhouse/README.txt" ]; then
    want=$(sed -n 's/^target: .* python \([0-9.]*\)$/\1/p' "$wheelhouse/README.txt" | head -n 1)
fi
if [ -z "${PYTHON:-}" ]; then
    if [ -n "$want" ] && command -v "python$want" >/dev/null 2>&1; then
        PYTHON="python$want"
    else
        PYTHON=python3
    fi
fi
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "install_offline.sh: $PYTHON not found; set PYTHON=/path/to/python$want" >&2
    exit 1
fi
have=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ -n "$want" ] && [ "$have" != "$want" ]; then
    echo "install_offline.sh: the wheels are for Python $want but $PYTHON is $have; set PYTHON=/path/to/python$want or build a wheelhouse with --python $have" >&2
    exit 1
fi

if [ -f "$wheelhouse/SHA256SUMS" ] && command -v sha256sum >/dev/null 2>&1; then
    (cd "$wheelhouse" && sha256sum --quiet -c SHA256SUMS) || {
        echo "install_offline.sh: a wheel in $wheelhouse does not match SHA256SUMS; copy the folder again" >&2
        exit 1
    }
fi

[ -x "$venv/bin/python" ] || "$PYTHON" -m venv "$venv"
"$venv/bin/python" -m pip install --no-index --find-links "$wheelhouse" "$spec"
"$venv/bin/xuncha" --help >/dev/null
echo "xuncha installed in $venv; run $venv/bin/xuncha --help"
