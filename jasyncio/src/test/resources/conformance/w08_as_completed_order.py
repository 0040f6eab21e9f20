# as_completed yields in completion order; the same coroutine twice is one task; past the
# timeout the awaits raise TimeoutError; exceptions pass through.
import asyncio

async def d(n, v):
    await asyncio.sleep(n)
    return v

async def boom(n):
    await asyncio.sleep(n)
    raise ValueError("boom")

async def main():
    c = d(0.02, "b")
    n = 0
    for f in asyncio.as_completed([d(0.03, "c"), d(0.01, "a"), c, c]):
        print(await f)
        n += 1
    print("items:", n)
    fs = [asyncio.create_task(d(0.01, "x")), asyncio.create_task(boom(0.005)), asyncio.create_task(d(1, "y"))]
    it = asyncio.as_completed(fs, timeout=0.05)
    for f in it:
        try:
            print(await f)
        except ValueError as e:
            print("error:", e)
        except TimeoutError:
            print("timeout; slow task cancelled:", fs[2].cancelled())
    fs[2].cancel()

asyncio.run(main())
