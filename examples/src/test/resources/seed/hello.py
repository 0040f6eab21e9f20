# The seed's program: create_task only schedules count(); it runs while main sleeps.
import asyncio, sys

async def count(n):
    for i in range(n):
        print(i)
    return n

async def main(delay):
    t1 = asyncio.create_task(count(10), name="counter")
    print("Hello Coroutine World")
    await asyncio.sleep(delay)
    return await t1

print(asyncio.run(main(float(sys.argv[1]) if len(sys.argv) > 1 else 5)))
