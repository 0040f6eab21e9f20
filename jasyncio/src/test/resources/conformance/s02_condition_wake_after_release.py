# Condition: notify() wakes a waiter, which resumes only once it re-acquires the lock, i.e.
# after the notifier releases it; notify(n) wakes at most n, in FIFO order.
import asyncio
import re

def r(x):
    # repr without the module and address, as jasyncio's toString()
    return re.sub(r"<asyncio\.locks\.(\w+) object at 0x[0-9a-f]+ ", r"<\1 ", repr(x))

async def main():
    cond = asyncio.Condition()
    async def waiter(name):
        async with cond:
            print(name, "waits")
            await cond.wait()
            print(name, "woke, locked:", cond.locked())
    ts = [asyncio.create_task(waiter(n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        cond.notify(2)
        print("notified 2, still holding:", r(cond))
        for _ in range(3):
            await asyncio.sleep(0)
        print("after 3 yields:", r(cond))
    print("released")
    await asyncio.sleep(0)
    print("one iteration later:", r(cond))
    for _ in range(3):
        await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("done", r(cond))

asyncio.run(main())
