#!/usr/bin/env bash
# build-lib.sh [--if-cached] TOP OUT_DIR [NUM_QUEUES] [VARIANT] — produce OUT_DIR/libnicsim-TOP.so (NUM_QUEUES
# 16, the default) or OUT_DIR/libnicsim-TOP-qN.so (NUM_QUEUES N), from the content-addressed cache
# when possible. NUM_QUEUES sets the top's parameter and the bridge's NICSIM_NUM_QUEUES together.
# VARIANT builds ...-VARIANT.so (and nicsim-cpp-harness-VARIANT for nic_top) with other Verilator flags:
#   coverage   line and toggle coverage (NicModel.writeCoverage); slower, built only when asked
#   notrace    no FST tracing compiled in, and profile-guided (g++ -fprofile-use from a training run
#              of the C++ harness on frames it generates): runs with waveforms off load it
#              (NicModel.traceOn refuses)
#   nopgo      notrace without the profile-guided step; priced by `nicsim bench --variants`, not used by runs
#   noreorder  -fno-reorder; priced by `nicsim bench --variants`, not used by runs
#   threads2   --threads 2; priced by `nicsim bench --variants`, not used by runs
#
# Cache key: sha256 over the RTL sources of TOP (rtl/, or NICSIM_RTL_DIR for nic_top), the bridge
# sources (this directory), the Verilator and compiler flags (with the profile-guided build's flags
# and training command lines), `verilator --version` and
# `g++ --version`. A hit copies the cached library and runs neither verilator nor g++. A miss
# verilates into a scratch directory, compiles with lib.mk (make -j, the Verilator runtime objects
# come from their own cache), and publishes the result atomically. Every variant's generated C++
# passes through gate-ico.sh, which lets the rising edge's eval() skip the input-combinational pass
# when that is sound. Cache:
# ${NICSIM_CACHE_DIR:-<repo>/.cache/native}/<hash>/; the NICSIM_CACHE_ENTRIES (default 48) most
# recently used library entries are kept: every top, queue count, variant and a few mutant builds
# of one tree, for several trees sharing the cache.
# --if-cached: publish the library when the cache holds it for these sources; otherwise remove
# OUT_DIR's copy (built from other sources) and build nothing. `make main` refreshes the traced
# library this way, which only waveform runs load: the bridge builds it when one first asks
# (NativeLibraries), so a change of the RTL costs one Verilator build before a run, not two.
set -euo pipefail

USAGE="usage: build-lib.sh [--if-cached] TOP OUT_DIR [NUM_QUEUES] [coverage|notrace|nopgo|noreorder|threads2]"
IF_CACHED=0
if [ "${1:-}" = --if-cached ]; then IF_CACHED=1; shift; fi
TOP=${1:?$USAGE}
OUT=${2:?$USAGE}
NUM_QUEUES=${3:-16}
[[ "$NUM_QUEUES" =~ ^([1-9]|[12][0-9]|3[0-2])$ ]] || { echo "build-lib.sh: NUM_QUEUES '$NUM_QUEUES' is not a number 1..32; $USAGE" >&2; exit 2; }
VARIANT=""
[ "$NUM_QUEUES" = 16 ] || VARIANT="-q$NUM_QUEUES"
BUILD_VARIANT=${4:-}
VM_COVERAGE=0
VM_TRACE=1
PGO=0
VL_VARIANT_FLAGS=()
case "$BUILD_VARIANT" in
    "") ;;
    # --output-split-cfuncs: the generated coverage set-up (one point per line and signal bit, over
    # 20 000 calls) is otherwise one function that g++ -O1 needs many minutes for
    coverage) VM_COVERAGE=1; VL_VARIANT_FLAGS=(--coverage-line --coverage-toggle --output-split-cfuncs 1000) ;;
    notrace) VM_TRACE=0; PGO=1 ;;
    nopgo) VM_TRACE=0 ;;
    noreorder) VL_VARIANT_FLAGS=(-fno-reorder) ;;
    # -Wno-UNOPTTHREADS: Verilator finds too little parallel work in this RTL for 2 threads; build it
    # anyway so that bench --variants can price it
    threads2) VL_VARIANT_FLAGS=(--threads 2 -Wno-UNOPTTHREADS) ;;
    *) echo "build-lib.sh: unknown variant '$BUILD_VARIANT' (coverage, notrace, nopgo, noreorder or threads2); $USAGE" >&2; exit 2 ;;
esac
[ -z "$BUILD_VARIANT" ] || VARIANT="$VARIANT-$BUILD_VARIANT"
[ "$TOP" = nic_top ] || PGO=0   # the training run is nic_top's C++ harness
KEEP=${NICSIM_CACHE_ENTRIES:-48}
[[ "$KEEP" =~ ^[1-9][0-9]*$ ]] || { echo "build-lib.sh: NICSIM_CACHE_ENTRIES '$KEEP' is not a positive number" >&2; exit 2; }
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JNI_DIR="$(cd "$HERE/../../.." && pwd)"
ROOT="$(cd "$JNI_DIR/.." && pwd)"
CACHE="${NICSIM_CACHE_DIR:-$ROOT/.cache/native}"
JOBS="${NICSIM_BUILD_JOBS:-2}"
LIB="libnicsim-$TOP$VARIANT.so"
"$HERE/verilator-version.sh"   # refuses the Verilator releases that miscompile the RTL

TOP_DEFS=""   # nic_top's bridge reads its RX stages (stage_monitor.cpp); other tops have none
case "$TOP" in
    nic_top)
        # NICSIM_RTL_DIR: build the same top from another copy of rtl/ (mutant tests); it takes part
        # in the cache key through the files' contents like the default directory
        RTL_DIR="$(cd "${NICSIM_RTL_DIR:-$ROOT/rtl}" && pwd)"
        TOP_DEFS=-DNICSIM_STAGE_MONITOR
        RTL_FILES=$(cd "$RTL_DIR" && ls -1 -- *.sv *.svh *.v *.vh *.f *.vlt 2>/dev/null | sort || true)
        VL_SOURCES=(-f "$RTL_DIR/nic.f" -y "$RTL_DIR")
        ;;
    bridge_test_top)
        # its port list is nic_top's, included from rtl/ (hashed as TEST_RTL)
        RTL_DIR="$JNI_DIR/src/test/rtl"
        RTL_FILES=bridge_test_top.sv
        TEST_RTL="$ROOT/rtl/nic_top_ports.svh"
        VL_SOURCES=(+incdir+"$ROOT/rtl" "$RTL_DIR/bridge_test_top.sv")
        ;;
    rss_blocks_test_top)
        # toeplitz_hash and rx_parser from rtl/, behind the test wrapper in testbench/src/test/rtl
        RTL_DIR="$ROOT/rtl"
        TEST_RTL="$ROOT/testbench/src/test/rtl/rss_blocks_test_top.sv"
        RTL_FILES=$(cd "$RTL_DIR" && ls -1 -- *.sv *.svh *.v *.vh *.vlt 2>/dev/null | sort || true)
        VL_SOURCES=("$RTL_DIR/nic_pkg.sv" "$TEST_RTL" -y "$RTL_DIR")   # packages are not found through -y
        ;;
    *) echo "build-lib.sh: unknown top '$TOP' (nic_top, bridge_test_top or rss_blocks_test_top)" >&2; exit 2 ;;
esac
for w in "$RTL_DIR"/*.vlt; do [ -e "$w" ] && VL_SOURCES=("$w" "${VL_SOURCES[@]}"); done

VL_FLAGS=(--cc -O3 --x-assign fast --x-initial unique --prefix Vnic -GNUM_QUEUES="$NUM_QUEUES" --top-module "$TOP")
if [ "$VM_TRACE" = 1 ]; then VL_FLAGS+=(--trace-fst); fi
VL_FLAGS+=("${VL_VARIANT_FLAGS[@]}")
# -DVL_USER_*: Verilator fatal/stop/finish become C++ exceptions (vl_user.cpp), not exit/abort
CXX_FLAGS="-std=gnu++17 -O2 -fPIC -fvisibility=hidden -fvisibility-inlines-hidden -DVL_USER_FATAL -DVL_USER_STOP -DVL_USER_FINISH"
MODEL_OPT="OPT_FAST=-O2 OPT_SLOW=-O1"

JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
[ -f "$JAVA_HOME/include/jni.h" ] || { echo "build-lib.sh: no jni.h under JAVA_HOME=$JAVA_HOME" >&2; exit 2; }

hash_files() { (cd "$1" && shift && sha256sum -- "$@"); }
BRIDGE_FILES=$(cd "$HERE" && ls -1 -- *.cpp *.h *.map *.mk *.sh Makefile | sort)
BRIDGE_HASH=$(hash_files "$HERE" $BRIDGE_FILES | sha256sum | cut -c1-64)
TOOLS="$(verilator --version) | $(g++ --version | head -1)"
RT_HASH=$(printf '%s\n' "$TOOLS" "$CXX_FLAGS" "coverage=$VM_COVERAGE" | cat - "$HERE/lib.mk" | sha256sum | cut -c1-64)
# nic_top entries also hold the C++ benchmark harness (jni/src/bench), built from the same objects
BENCH_DIR="$JNI_DIR/src/bench"
HARNESS="nicsim-cpp-harness$VARIANT"
BENCH_HASH=none
[ "$TOP" = nic_top ] && BENCH_HASH=$(hash_files "$BENCH_DIR" cpp_harness.cpp nic_regs.h | sha256sum | cut -c1-64)
# Profile-guided build (PGO=1): the objects are compiled instrumented, the C++ harness built from
# them runs TRAINING (its own synthetic 64 B and IMIX frames: deterministic, single-threaded, so the
# same sources give the same profile and the same library), then everything is compiled again with
# the profile. -fprofile-partial-training keeps code the training does not reach (the JNI entry
# points, error paths) optimised as usual instead of for size. Both compiles use link-time
# optimisation (the bus models inline into the cycle loop); the Verilator runtime objects do not.
PGO_LTO="-flto=auto"
PGO_GEN="$PGO_LTO -fprofile-generate -fprofile-update=single"
PGO_USE="$PGO_LTO -fprofile-use -fprofile-partial-training -Wno-missing-profile"
PGO_LD="-O2 $PGO_LTO"
# the ring and RSS set-up of `nicsim bench` (BenchSetup.harnessArgs), shorter runs
TRAIN_ARGS="count=3000 warmup=300 queues=4 rxRing=512 rxBuffers=256 bufSize=2048 txRing=1024 hashTypes=670 key=6d5a56da255b0ec24167253d43a38fb0d0ca2bcbae7b30b477cb2da38030f20c6a42b73bbeac01fa seed=1 mem=11010048 interval=256 depth=32"
TRAINING=("frames=synthetic:64B $TRAIN_ARGS gap=8" "frames=synthetic:IMIX $TRAIN_ARGS gap=0")
PGO_KEY=none
[ "$PGO" = 1 ] && PGO_KEY="$PGO_GEN | $PGO_USE | $PGO_LD | ${TRAINING[*]}"
HASH=$( { echo "top=$TOP"; echo "tools=$TOOLS"; echo "vl=${VL_FLAGS[*]}"; echo "cxx=$CXX_FLAGS $MODEL_OPT";
          echo "pgo=$PGO_KEY";
          echo "bridge=$BRIDGE_HASH"; echo "bench=$BENCH_HASH"; hash_files "$RTL_DIR" $RTL_FILES;
          [ -z "${TEST_RTL:-}" ] || sha256sum < "$TEST_RTL"; } | sha256sum | cut -c1-64)

mkdir -p "$CACHE" "$OUT"
ENTRY="$CACHE/$HASH"

# copy into OUT (via rename, so a JVM that has the old file mapped keeps a consistent copy)
publish() {
    local f
    for f in "$LIB" "$HARNESS"; do
        [ -f "$ENTRY/$f" ] || continue
        if ! cmp -s "$ENTRY/$f" "$OUT/$f"; then
            cp -f "$ENTRY/$f" "$OUT/$f.tmp.$$"
            mv -f "$OUT/$f.tmp.$$" "$OUT/$f"
        fi
    done
    touch "$ENTRY"
}

if [ -f "$ENTRY/$LIB" ]; then
    echo "nicsim-native: cache hit for $TOP (${HASH:0:16}) -> $OUT/$LIB"
    publish
    exit 0
fi
if [ "$IF_CACHED" = 1 ]; then
    rm -f "$OUT/$LIB" "$OUT/$HARNESS"
    echo "nicsim-native: $LIB not cached for these sources: not built now, built when first loaded"
    exit 0
fi

# one builder per key; whoever waited re-checks the cache
exec 9>"$CACHE/.lock-$HASH"
flock 9
if [ -f "$ENTRY/$LIB" ]; then
    echo "nicsim-native: cache hit for $TOP (${HASH:0:16}, built concurrently) -> $OUT/$LIB"
    publish
    exit 0
fi

echo "nicsim-native: cache miss for $TOP (${HASH:0:16}): verilating and compiling"
START=$(date +%s)
WORK=$(mktemp -d "$CACHE/.build-$TOP-XXXXXX")
trap 'rm -rf "$WORK"; rm -f "$CACHE/.lock-$HASH"' EXIT
verilator "${VL_FLAGS[@]}" -Mdir "$WORK/obj" "${VL_SOURCES[@]}"
"$HERE/gate-ico.sh" "$WORK/obj"   # the rising edge's eval() skips the input-combinational pass

# Verilator runtime objects depend only on the tools and flags: cached on their own
RT="$CACHE/runtime/$RT_HASH"
if [ ! -f "$RT/done" ]; then
    mkdir -p "$CACHE/runtime"
    exec 8>"$CACHE/runtime/.lock"
    flock 8
    if [ ! -f "$RT/done" ]; then
        RT_WORK=$(mktemp -d "$CACHE/runtime/.build-XXXXXX")
        make -s -j"$JOBS" -f "$HERE/lib.mk" runtime RT="$RT_WORK" CXX_FLAGS="$CXX_FLAGS" VM_COVERAGE="$VM_COVERAGE"
        touch "$RT_WORK/done"
        rm -rf "$RT"
        mv -T "$RT_WORK" "$RT"
    fi
    flock -u 8
fi

# harness OUT CXX_FLAGS LD_FLAGS: the C++ harness from the objects in $WORK; the bridge objects it
# shares with the library are compiled with the library's definitions whichever target comes first
harness() {
    make -s -j"$JOBS" -f "$HERE/lib.mk" harness SRC="$HERE" OBJ="$WORK/obj" RT="$RT" BUILD="$WORK" \
        BENCH="$BENCH_DIR" OUT_HARNESS="$1" CXX_FLAGS="$2" LD_FLAGS="$3" MODEL_OPT="$MODEL_OPT" JAVA_HOME="$JAVA_HOME" \
        TOP="$TOP" BRIDGE_HASH="$BRIDGE_HASH" NUM_QUEUES="$NUM_QUEUES" VM_COVERAGE="$VM_COVERAGE" VM_TRACE="$VM_TRACE" \
        TOP_DEFS="$TOP_DEFS"
}

BUILD_CXX_FLAGS="$CXX_FLAGS"
BUILD_LD_FLAGS=""
if [ "$PGO" = 1 ]; then
    harness "$WORK/train-harness" "$CXX_FLAGS $PGO_GEN" "$PGO_LD -fprofile-generate"
    TRAIN_START=$(date +%s)
    for t in "${TRAINING[@]}"; do
        # shellcheck disable=SC2086  # the training arguments are words
        "$WORK/train-harness" $t >/dev/null || { echo "build-lib.sh: the profile training run failed: $t" >&2; exit 3; }
    done
    echo "nicsim-native: profile trained in $(( $(date +%s) - TRAIN_START )) s; compiling with it"
    # the profiles (.gcda) stay next to where the objects were: the second compile finds them there
    find "$WORK" \( -name '*.o' -o -name '*.a' \) -delete
    rm -f "$WORK/train-harness"
    BUILD_CXX_FLAGS="$CXX_FLAGS $PGO_USE"
    BUILD_LD_FLAGS="$PGO_LD"
fi

make -s -j"$JOBS" -f "$HERE/lib.mk" lib SRC="$HERE" OBJ="$WORK/obj" RT="$RT" BUILD="$WORK" \
    OUT_LIB="$WORK/$LIB" CXX_FLAGS="$BUILD_CXX_FLAGS" LD_FLAGS="$BUILD_LD_FLAGS" MODEL_OPT="$MODEL_OPT" JAVA_HOME="$JAVA_HOME" \
    TOP="$TOP" BRIDGE_HASH="$BRIDGE_HASH" NUM_QUEUES="$NUM_QUEUES" VM_COVERAGE="$VM_COVERAGE" VM_TRACE="$VM_TRACE" \
    TOP_DEFS="$TOP_DEFS"

mkdir -p "$WORK/entry"
cp "$WORK/$LIB" "$WORK/entry/$LIB"
[ "$TOP" != nic_top ] || harness "$WORK/entry/$HARNESS" "$BUILD_CXX_FLAGS" "$BUILD_LD_FLAGS"
printf 'top=%s\nnum_queues=%s\nvariant=%s\nbuilt=%s\nseconds=%s\n' "$TOP" "$NUM_QUEUES" "${BUILD_VARIANT:-default}" "$(date -u +%FT%TZ)" "$(( $(date +%s) - START ))" >"$WORK/entry/BUILD-INFO"
mv -T "$WORK/entry" "$ENTRY" 2>/dev/null || true
echo "nicsim-native: built $TOP in $(( $(date +%s) - START )) s -> $OUT/$LIB"
publish

# keep the $KEEP most recently used library entries (64-hex directory names)
ls -1dt "$CACHE"/*/ 2>/dev/null | grep -E '/[0-9a-f]{64}/$' | tail -n +$((KEEP + 1)) | xargs -r rm -rf
