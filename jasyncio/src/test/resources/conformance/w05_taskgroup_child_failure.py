# A failing TaskGroup child cancels its siblings and the body; the group raises an
# ExceptionGroup; the parent task is not left cancelled.
import asyncio

async def sleeper(n):
    try:
        await asyncio.sleep(n)
        print("sleeper", n, "done")
    except asyncio.CancelledError:
        print("sleeper", n, "cancelled")
        raise

async def bad(d, msg):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1))
            tg.create_task(bad(0.01, "bad"))
            tg.create_task(sleeper(2))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except ExceptionGroup as eg:
        print(eg, "|", eg.exceptions[0])
    print("cancelling:", asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(0.01, "one"))
            tg.create_task(bad(0.01, "two"))
            tg.create_task(sleeper(0.005))
    except ExceptionGroup as eg:
        print(eg, "|", ", ".join(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1))
            raise ValueError("body failed")
    except ExceptionGroup as eg:
        print(eg, "|", eg.exceptions[0])

asyncio.run(main())
