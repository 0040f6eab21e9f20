"""(d) timers: 500,000 call_later callbacks with random delays under 10 ms (seed 42); the loop
runs until all have fired. The delays are drawn once, before timing."""
import asyncio
import random
from _harness import run

N = 500_000
_rnd = random.Random(42)
DELAYS = [_rnd.random() * 0.010 for _ in range(N)]


async def workload():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    remaining = N

    def fire():
        nonlocal remaining
        remaining -= 1
        if remaining == 0:
            done.set_result(None)

    for d in DELAYS:
        loop.call_later(d, fire)
    await done


run(workload)
