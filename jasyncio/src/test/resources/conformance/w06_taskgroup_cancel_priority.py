# TaskGroup cancelled from outside: with no child error the CancelledError propagates; a child
# error has priority (ExceptionGroup). Creating tasks in a finished or aborting group fails.
import asyncio

async def child(fail):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        if fail:
            raise ValueError("child failed on cancel")
        raise

async def runner(fail):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(fail))
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(runner(False))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("no child error: CancelledError; task cancelled:", t.cancelled())
    t = asyncio.create_task(runner(True))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except ExceptionGroup as eg:
        print("child error wins:", eg, "|", eg.exceptions[0], "| task cancelled:", t.cancelled())
    async with asyncio.TaskGroup() as tg:
        pass
    coro = child(False)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

    async def crash():
        raise ValueError("crash")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crash())
            tg.create_task(child(False))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                coro = child(False)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print(e)
                coro.close()
                raise
    except ExceptionGroup as eg:
        print(eg)

asyncio.run(main())
