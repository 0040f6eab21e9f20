# Semaphore fairness: waiters acquire in arrival order; a waiter cancelled after release() woke
# it gives its permit back and the next waiter gets it; newcomers queue behind waiters.
import asyncio
import re

def r(x):
    # repr without the module and address, as jasyncio's toString()
    return re.sub(r"<asyncio\.locks\.(\w+) object at 0x[0-9a-f]+ ", r"<\1 ", repr(x))

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    order = []
    async def worker(name):
        try:
            async with sem:
                order.append(name)
                print(name, "in", r(sem))
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            print(name, "cancelled", r(sem))
            raise
    ts = {n: asyncio.create_task(worker(n)) for n in ("a", "b", "c")}
    await asyncio.sleep(0)
    print("queued", r(sem))
    sem.release()
    print("released", r(sem))
    ts["a"].cancel()
    ts["b"].cancel()
    d = asyncio.create_task(worker("d"))
    res = await asyncio.gather(*ts.values(), d, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("order", order, r(sem))

asyncio.run(main())
