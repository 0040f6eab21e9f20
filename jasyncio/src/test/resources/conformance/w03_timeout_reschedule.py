# Timeout.reschedule: arm an unarmed block, disarm an armed one, move the deadline to the past;
# rescheduling after the block ends is refused.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print(repr(cm), cm.when())
            cm.reschedule(loop.time() + 0.01)
            print("armed:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired:", cm.expired(), repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("disarmed:", cm.expired(), repr(cm), cm.when())
    try:
        cm.reschedule(1.0)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            print("past deadline, expired yet:", cm.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("fired at the next iteration:", cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
