"""(h) gather of 100,000 trivial tasks (compare await_each.py: the same tasks awaited one by one)."""
import asyncio
from _harness import run

N = 100_000


async def trivial():
    return 1


async def workload():
    tasks = [asyncio.create_task(trivial()) for _ in range(N)]
    results = await asyncio.gather(*tasks)
    assert len(results) == N


run(workload)
