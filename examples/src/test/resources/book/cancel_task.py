# Canceling Tasks: cancel() raises CancelledError at the task's await; the task may clean up,
# and whoever awaits it sees CancelledError too.
import asyncio

async def worker(name):
    try:
        for i in range(10):
            print(name, "working", i)
            await asyncio.sleep(0.01)
        return "finished"
    except asyncio.CancelledError:
        print(name, "cleaning up")
        raise

async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.025)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: w1 was cancelled:", t.cancelled())

asyncio.run(main())
