"""(b) task switch: 1,000 tasks each doing 1,000 sleep(0), awaited in order."""
import asyncio
from _harness import run

TASKS = 1_000
SWITCHES = 1_000


async def worker():
    for _ in range(SWITCHES):
        await asyncio.sleep(0)


async def workload():
    tasks = [asyncio.create_task(worker()) for _ in range(TASKS)]
    for t in tasks:
        await t


run(workload)
