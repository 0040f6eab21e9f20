# Nested timeouts: each converts only its own expiry, at its own edge.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout:", inner.expired(), "outer expired:", outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout:", outer.expired())
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner passes CancelledError on; inner expired:", inner.expired(), repr(inner))
                raise
    except TimeoutError:
        print("outer converts:", outer.expired())
    try:
        async with asyncio.timeout(0.01) as a:
            async with asyncio.timeout(0.01) as b:
                await asyncio.sleep(1)
    except TimeoutError:
        print("same deadline: inner expired", b.expired(), "outer expired", a.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
