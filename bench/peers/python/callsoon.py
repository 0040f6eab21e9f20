"""(f) call_soon throughput: 1,000,000 callbacks scheduled from one task, then run by the loop."""
import asyncio
from _harness import run

N = 1_000_000


async def workload():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    remaining = N

    def cb():
        nonlocal remaining
        remaining -= 1
        if remaining == 0:
            done.set_result(None)

    for _ in range(N):
        loop.call_soon(cb)
    await done


run(workload)
