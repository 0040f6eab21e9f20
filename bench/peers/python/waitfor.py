"""(i) wait_for with a timeout that never fires, 100,000 times in a loop. Each round awaits a
fresh future that a call_soon callback completes, so each wait_for arms and disarms its timer and
suspends once."""
import asyncio
from _harness import run

N = 100_000


async def workload():
    loop = asyncio.get_running_loop()
    total = 0
    for i in range(N):
        f = loop.create_future()
        loop.call_soon(f.set_result, 1)
        total += await asyncio.wait_for(f, 3600)
    assert total == N


run(workload)
