"""(c) ping-pong through futures: 200,000 round trips between two tasks.

Each round trip: ping creates a reply future and completes pong's request future with it; pong
creates its next request future, completes the reply, and awaits the next request. Each side
creates the future the other completes, as asyncio code hands results between two tasks.
"""
import asyncio
from _harness import run

N = 200_000


class Channel:
    request = None  # the future pong awaits; ping completes it with a reply future


async def pong(ch):
    loop = asyncio.get_running_loop()
    for i in range(N):
        reply = await ch.request
        ch.request = loop.create_future()
        reply.set_result(i)


async def ping(ch):
    loop = asyncio.get_running_loop()
    total = 0
    for _ in range(N):
        reply = loop.create_future()
        ch.request.set_result(reply)
        total += await reply
    return total


async def workload():
    ch = Channel()
    ch.request = asyncio.get_running_loop().create_future()
    p = asyncio.create_task(pong(ch))
    total = await ping(ch)
    await p
    assert total == N * (N - 1) // 2


run(workload)
