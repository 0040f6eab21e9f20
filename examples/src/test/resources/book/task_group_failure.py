# Dealing With Exceptions: a failing child cancels its siblings; the group raises all errors.
import asyncio

cancelled = []

async def ok(n):
    try:
        await asyncio.sleep(1)
        return n
    except asyncio.CancelledError:
        cancelled.append(n)
        raise

async def bad(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            tg.create_task(bad("first", 0.01))
            tg.create_task(ok(2))
            tg.create_task(bad("second", 0.01))
    except* ValueError as eg:
        print("group failed with", len(eg.exceptions), "errors:", [str(e) for e in eg.exceptions])
    print("siblings cancelled:", sorted(cancelled))

asyncio.run(main())
