# wait() returns the very futures passed in; its waiter resumes one hop after a direct waiter;
# FIRST_COMPLETED returns with the rest pending and untouched.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    log = []

    async def waiter():
        done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_COMPLETED)
        log.append("wait returned done=f1:" + str(done == {f1}) + " pending=f2:" + str(pending == {f2}))

    async def direct():
        await f1
        log.append("direct")

    asyncio.create_task(waiter())
    asyncio.create_task(direct())
    await asyncio.sleep(0)
    f1.set_result(1)
    for i in range(4):
        log.append(str(i))
        await asyncio.sleep(0)
    print(" ".join(log))
    print("f2 untouched:", not f2.done())
    f2.set_result(2)
    done, pending = await asyncio.wait([f1, f2])
    print("all:", len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([f1], return_when=None)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
