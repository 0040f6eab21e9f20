"""(g) memory: bytes per task with 100,000 tasks parked on one future (tracemalloc delta after a
full collection, divided by the task count). Prints bytes, not seconds."""
import asyncio
import gc
import tracemalloc
from _harness import run

N = 100_000


async def parked(fut):
    return await fut


async def workload():
    loop = asyncio.get_running_loop()
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    fut = loop.create_future()
    tasks = [asyncio.create_task(parked(fut)) for _ in range(N)]
    await asyncio.sleep(0)  # every task has run up to its await and parked
    assert all(t._fut_waiter is fut for t in tasks[:10])
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    fut.set_result(1)
    for t in tasks:
        await t
    return round(used / N)


run(workload, unit="bytes")
