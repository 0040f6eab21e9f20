# shield: cancelling the outer future (or the task awaiting it) leaves the inner task running;
# a done argument is returned itself; the outer future completes one hop after the inner one.
import asyncio

async def inner(tag):
    try:
        await asyncio.sleep(0.02)
        print(tag, "finished")
        return tag + " result"
    except asyncio.CancelledError:
        print(tag, "cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(inner("a"))
    outer = asyncio.shield(t)
    print("outer is the task:", outer is t)
    await asyncio.sleep(0)
    print("cancel outer:", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", t.cancelled())
    print(await t)
    print("shield of a done task is the task:", asyncio.shield(t) is t)

    t2 = asyncio.create_task(inner("b"))

    async def waiter():
        return await asyncio.shield(t2)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; inner done:", t2.done())
    print(await t2)

    t3 = asyncio.create_task(inner("c"))
    s = asyncio.shield(t3)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", s.cancelled())

    log = []
    f = loop.create_future()
    s = asyncio.shield(f)

    async def via_shield():
        await s
        log.append("shield waiter")

    async def direct():
        await f
        log.append("direct waiter")

    a = asyncio.create_task(via_shield())
    b = asyncio.create_task(direct())
    await asyncio.sleep(0)
    f.set_result(1)
    for i in range(4):
        log.append(str(i))
        await asyncio.sleep(0)
    print(" ".join(log))

asyncio.run(main())
