# Barrier: the last arrival passes first (without waiting); the others pass after it, in
# arrival order; the barrier drains, then fills again. abort() breaks it.
import asyncio
import re

def r(x):
    # repr without the module and address, as jasyncio's toString()
    return re.sub(r"<asyncio\.locks\.(\w+) object at 0x[0-9a-f]+ ", r"<\1 ", repr(x))

async def main():
    b = asyncio.Barrier(3)
    async def party(name):
        print(name, "arrives", r(b))
        i = await b.wait()
        print(name, "passes index", i, r(b))
        return i
    ts = [asyncio.create_task(party(n)) for n in ("p0", "p1", "p2")]
    print(await asyncio.gather(*ts))
    print("after", r(b))
    async def late():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print("late: broken:", e)
    t = asyncio.create_task(late())
    await asyncio.sleep(0)
    print("one waiting", r(b))
    await b.abort()
    await t
    print("aborted", r(b), b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken:", e)
    await b.reset()
    print("reset", r(b))

asyncio.run(main())
