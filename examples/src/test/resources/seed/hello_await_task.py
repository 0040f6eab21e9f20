# Awaiting a new task suspends main until the task is done.
import asyncio

async def count(n):
    for i in range(n):
        print(i)
    return n

async def main():
    r = await asyncio.create_task(count(10))
    print("Hello Coroutine World")
    return r

print(asyncio.run(main()))
