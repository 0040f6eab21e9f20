# Lock has no hand-off: after release() the lock is unlocked until the woken waiter runs, yet a
# newcomer (and the releaser re-acquiring at once) queues behind the waiters, in FIFO order.
import asyncio
import re

def r(x):
    # repr without the module and address, as jasyncio's toString()
    return re.sub(r"<asyncio\.locks\.(\w+) object at 0x[0-9a-f]+ ", r"<\1 ", repr(x))

async def main():
    lock = asyncio.Lock()
    order = []
    await lock.acquire()
    async def waiter(name):
        await lock.acquire()
        order.append(name)
        print(name, "acquired, locked:", lock.locked())
        await asyncio.sleep(0)
        lock.release()
    a = asyncio.create_task(waiter("a"))
    b = asyncio.create_task(waiter("b"))
    await asyncio.sleep(0)
    print("waiting:", r(lock))
    lock.release()
    print("after release:", lock.locked(), r(lock))
    c = asyncio.create_task(waiter("c"))
    await lock.acquire()
    order.append("main")
    print("main re-acquired, locked:", lock.locked())
    lock.release()
    await asyncio.gather(a, b, c)
    print("order", order, r(lock))

asyncio.run(main())
