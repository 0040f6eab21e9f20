# gather(return_exceptions=True) lists failures in place; without it the first failure is
# raised and the others keep running; gather.cancel(msg) cancels the children and the await
# raises CancelledError(msg) though the gather future is not cancelled().
import asyncio

async def ok(v, d=0):
    await asyncio.sleep(d)
    return v

async def bad(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    victim = asyncio.create_task(ok(4, 1))
    g = asyncio.gather(ok(1), bad("v"), ok(3), victim, return_exceptions=True)
    await asyncio.sleep(0)
    victim.cancel()
    r = await g
    print(r[0], "error:", r[1], r[2], "cancelled child:", isinstance(r[3], asyncio.CancelledError), r[3].args)
    slow = asyncio.create_task(ok("slow", 0.1))
    try:
        await asyncio.gather(bad("first", 0.001), slow)
    except ValueError as e:
        print("raised:", e, "slow still running:", not slow.done())
    print("slow:", await slow)
    g = asyncio.gather(ok(1, 1), ok(2, 1))
    await asyncio.sleep(0)
    print("cancel:", g.cancel("stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("CancelledError", e.args, "cancelled():", g.cancelled(), "done():", g.done())
    t1 = asyncio.create_task(ok(1, 1))
    g = asyncio.gather(t1, ok(2))
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("child cancelled alone -> CancelledError", e.args, "cancelled():", g.cancelled())
    print(await asyncio.gather())

asyncio.run(main())
