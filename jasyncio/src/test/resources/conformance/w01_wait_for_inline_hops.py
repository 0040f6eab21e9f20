# wait_for(coro, timeout) in 3.12 runs the coroutine inline in the calling task (no new task):
# same task, no extra hops; a future is awaited directly (one hop), a task adds one more.
import asyncio

log = []

async def ticker():
    for i in range(8):
        log.append(str(i))
        await asyncio.sleep(0)

async def inner():
    log.append("inner in " + asyncio.current_task().get_name())
    await asyncio.sleep(0)
    return "r"

async def main():
    loop = asyncio.get_running_loop()
    asyncio.current_task().set_name("main")
    t = asyncio.create_task(ticker(), name="ticker")
    await asyncio.sleep(0)
    r = await asyncio.wait_for(inner(), 1)
    log.append("inline " + r)
    r = await asyncio.wait_for(inner(), None)
    log.append("no timeout " + r)
    f = loop.create_future()
    loop.call_soon(f.set_result, "f")
    log.append("future " + await asyncio.wait_for(f, 1))
    t2 = asyncio.create_task(inner(), name="child")
    log.append("task " + await asyncio.wait_for(t2, 1))
    await t
    print(" ".join(log))

asyncio.run(main(), debug=False)
