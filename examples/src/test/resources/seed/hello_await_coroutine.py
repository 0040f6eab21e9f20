# Awaiting the coroutine directly runs it at once, inside main: no task, no concurrency.
import asyncio

async def count(n):
    for i in range(n):
        print(i)
    return n

async def main():
    r = await count(10)
    print("Hello Coroutine World")
    return r

print(asyncio.run(main()))
