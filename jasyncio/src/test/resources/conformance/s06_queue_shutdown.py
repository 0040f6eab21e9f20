# Queue.shutdown (Python 3.13; recorded with python3.13): puts fail at once, gets drain what is
# left and then fail; waiting getters and putters are woken to fail. shutdown(immediate=True)
# drops the items, counts them done and releases join().
import asyncio

async def main():
    q = asyncio.Queue()
    async def getter(name):
        try:
            while True:
                print(name, "got", await q.get())
        except asyncio.QueueShutDown:
            print(name, "shut down")
    g = asyncio.create_task(getter("g"))
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    q.shutdown()
    print("shutdown:", q)
    try:
        q.put_nowait(3)
    except asyncio.QueueShutDown:
        print("put_nowait: QueueShutDown")
    await g
    print("drained:", q)
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait("x")
    async def putter():
        try:
            await q2.put("y")
        except asyncio.QueueShutDown:
            print("putter shut down")
    async def joiner():
        await q2.join()
        print("join returned", q2)
    p = asyncio.create_task(putter())
    j = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    print("before:", q2)
    q2.shutdown(immediate=True)
    print("immediate:", q2)
    await asyncio.gather(p, j)
    try:
        q2.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait: QueueShutDown")

asyncio.run(main())
