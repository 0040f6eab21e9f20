"""(i') The baseline of waitfor.py: the same 100,000 rounds awaiting each future directly."""
import asyncio
from _harness import run

N = 100_000


async def workload():
    loop = asyncio.get_running_loop()
    total = 0
    for i in range(N):
        f = loop.create_future()
        loop.call_soon(f.set_result, 1)
        total += await f
    assert total == N


run(workload)
