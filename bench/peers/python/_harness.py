"""Shared runner for the CPython peers of the jasyncio benchmarks.

Each peer script defines ``async def workload()`` and calls ``run(workload)``. The interpreter's
start-up and the imports are not timed: only ``asyncio.run(workload())`` is, from loop creation to
loop close, as the Java side times ``Asyncio.run``. One line per timed iteration goes to stdout:
seconds, or (for memory workloads, ``unit="bytes"``) the number the workload returned.

Options: ``--warmup N`` untimed iterations first (default 1), ``--iterations N`` timed ones
(default 1), ``--loop asyncio|uvloop`` (uvloop: exit status 3 with a message when not importable).
"""
import argparse
import asyncio
import sys
import time


def _loop_factory(name):
    if name == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        print("uvloop is not importable", file=sys.stderr)
        sys.exit(3)
    return uvloop.new_event_loop


def run(workload, unit="seconds"):
    p = argparse.ArgumentParser()
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--iterations", type=int, default=1)
    p.add_argument("--loop", choices=("asyncio", "uvloop"), default="asyncio")
    args = p.parse_args()
    factory = _loop_factory(args.loop)
    for i in range(args.warmup + args.iterations):
        t0 = time.perf_counter()
        value = asyncio.run(workload(), loop_factory=factory)
        elapsed = time.perf_counter() - t0
        if i >= args.warmup:
            print(value if unit == "bytes" else f"{elapsed:.6f}", flush=True)
