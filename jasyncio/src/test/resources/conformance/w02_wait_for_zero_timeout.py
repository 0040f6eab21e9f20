# wait_for with timeout <= 0: a coroutine is wrapped in a task that never starts; a done task
# gives its result; a pending one is cancelled and waited for; a task that swallows the
# cancellation gives its value.
import asyncio

async def main():
    started = False

    async def func():
        nonlocal started
        started = True
        return 1

    try:
        await asyncio.wait_for(func(), 0)
    except TimeoutError as e:
        print("timeout; started:", started, "cause is CancelledError:", isinstance(e.__cause__, asyncio.CancelledError))
    t = asyncio.create_task(func())
    await asyncio.sleep(0)
    print("done task:", await asyncio.wait_for(t, 0))

    async def slow():
        try:
            await asyncio.sleep(1)
        finally:
            print("slow cleanup")

    t2 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t2, -1)
    except TimeoutError:
        print("pending task cancelled:", t2.cancelled())

    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "kept"

    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("stubborn:", await asyncio.wait_for(t3, 0))
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
