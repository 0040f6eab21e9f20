"""(h) 100,000 trivial tasks awaited one by one (the baseline for gather.py)."""
import asyncio
from _harness import run

N = 100_000


async def trivial():
    return 1


async def workload():
    tasks = [asyncio.create_task(trivial()) for _ in range(N)]
    total = 0
    for t in tasks:
        total += await t
    assert total == N


run(workload)
