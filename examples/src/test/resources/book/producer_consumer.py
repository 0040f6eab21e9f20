# Queues: producers and consumers share a bounded queue; join() waits until every item is done.
import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}-{i}")
        print(name, "put", i)

async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await asyncio.gather(producer(q, "p0", 3), producer(q, "p1", 3))
    await q.join()
    for c in consumers:
        c.cancel()
    print("all done, queue empty:", q.empty())

asyncio.run(main())
