# Sleeping before the print lets the task run first.
import asyncio, sys

async def count(n):
    for i in range(n):
        print(i)
    return n

async def main(delay):
    t1 = asyncio.create_task(count(10))
    await asyncio.sleep(delay)
    print("Hello Coroutine World")
    return t1.result()

print(asyncio.run(main(float(sys.argv[1]) if len(sys.argv) > 1 else 1)))
