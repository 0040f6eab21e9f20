"""(a) spawn-and-await: create 200,000 trivial tasks, then await each in order."""
import asyncio
from _harness import run

N = 200_000


async def trivial():
    return 1


async def workload():
    tasks = [asyncio.create_task(trivial()) for _ in range(N)]
    total = 0
    for t in tasks:
        total += await t
    assert total == N


run(workload)
