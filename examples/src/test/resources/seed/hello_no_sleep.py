# Without an await, main never yields: count() is cancelled at shutdown before it starts.
import asyncio

async def count(n):
    for i in range(n):
        print(i)
    return n

async def main():
    t1 = asyncio.create_task(count(10))
    print("Hello Coroutine World")
    return 42

print(asyncio.run(main()))
