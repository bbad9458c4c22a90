#!/bin/sh
# Chromium with V8's --trace-gc, its output appended to $TRACE_GC_LOG (default /tmp/jianbao-trace-gc.log):
# CHROMIUM_PATH=bench/chromium-trace-gc.sh npm run bench:search -- ... --times FILE (see bench/gc-in-queries.ts).
exec "${CHROMIUM:-/usr/bin/chromium}" "$@" --js-flags=--trace-gc >> "${TRACE_GC_LOG:-/tmp/jianbao-trace-gc.log}" 2>&1
