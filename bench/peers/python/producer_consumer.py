"""(j) producer/consumer: 1,000,000 items through asyncio.Queue(maxsize=100), one task each side.

The producer awaits q.put(i) for each item, the consumer awaits q.get() as many times and sums
what it gets. (Not named queue.py: that would shadow the standard library module asyncio imports.)
"""
import asyncio
from _harness import run

N = 1_000_000
MAXSIZE = 100


async def producer(q):
    for i in range(N):
        await q.put(i)


async def consumer(q):
    total = 0
    for _ in range(N):
        total += await q.get()
    return total


async def workload():
    q = asyncio.Queue(maxsize=MAXSIZE)
    p = asyncio.create_task(producer(q))
    c = asyncio.create_task(consumer(q))
    await p
    total = await c
    assert total == N * (N - 1) // 2


run(workload)
