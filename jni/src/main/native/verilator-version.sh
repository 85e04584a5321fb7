#!/usr/bin/env bash
# verilator-version.sh [VERILATOR] — exit 0 for a Verilator that builds the NIC correctly, else
# print why and exit 2. The launcher and build-lib.sh both ask it, so the rule lives here only.
#
# Supported: 5.006 to 5.035, and 5.044 or newer. Verilator 5.036 to 5.043 reorder a function
# inlined on the right of a non-blocking assignment (rx_parser's classify()): every IPv4 address
# byte of the RSS tuple becomes the last destination byte, so hashes and queues are wrong while
# everything compiles. Upstream fixed it in 5.044.
set -euo pipefail
VL=${1:-verilator}
line=$("$VL" --version 2>/dev/null | head -1) || { echo "nicsim: cannot run '$VL --version'" >&2; exit 2; }
if [[ ! "$line" =~ ^Verilator\ ([0-9]+)\.([0-9]+) ]]; then
    echo "nicsim: cannot read the Verilator version from '$line'" >&2
    exit 2
fi
major=$((10#${BASH_REMATCH[1]}))
minor=$((10#${BASH_REMATCH[2]}))
if (( major == 5 && minor >= 36 && minor <= 43 )); then
    echo "nicsim: $line is not supported: Verilator 5.036 to 5.043 miscompile rx_parser (a function" \
         "inlined on the right of a non-blocking assignment is reordered, so RSS hashes and queues are" \
         "wrong). Use Verilator 5.044 or newer, or 5.006 to 5.035." >&2
    exit 2
fi
if (( major < 5 || (major == 5 && minor < 6) )); then
    echo "nicsim: $line is too old: nicsim needs Verilator 5.006 or newer (not 5.036 to 5.043)." >&2
    exit 2
fi
