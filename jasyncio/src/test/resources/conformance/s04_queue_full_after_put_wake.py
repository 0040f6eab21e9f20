# Queue(maxsize=1): a put that wakes a waiting getter leaves the item queued until that getter
# runs, so the queue is still full and a second put_nowait raises QueueFull. A get that wakes a
# putter frees a slot that anyone's put_nowait may take first; the putter then waits again.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    async def getter():
        item = await q.get()
        print("getter got", item, q)
    g = asyncio.create_task(getter())
    await asyncio.sleep(0)
    print("getter waiting:", q)
    q.put_nowait("a")
    print("after put:", q, "full:", q.full())
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("second put_nowait: QueueFull")
    await g
    print("after getter ran:", q, "full:", q.full())
    q.put_nowait("x")
    async def putter():
        await q.put("p")
        print("putter put", q)
    p = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print("putter waiting:", q)
    print("got", q.get_nowait(), q)
    q.put_nowait("intruder")
    print("intruder took the slot:", q)
    await asyncio.sleep(0)
    print("putter waits again:", q, p.done())
    print("got", q.get_nowait())
    await p
    print("end", q)

asyncio.run(main())
