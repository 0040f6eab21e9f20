# call_soon_threadsafe from another thread and call_soon on the loop share one FIFO: callbacks a
# thread queued before the loop's own call_soon run first; on the loop thread, call_soon_threadsafe
# is call_soon.
import asyncio, threading

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    def cb():
        queued = threading.Event()
        def other():
            loop.call_soon_threadsafe(print, "foreign 1")
            loop.call_soon_threadsafe(print, "foreign 2")
            queued.set()
        threading.Thread(target=other).start()
        queued.wait()
        loop.call_soon(print, "loop x")
        loop.call_soon_threadsafe(print, "loop y")
        loop.call_soon(print, "loop z")
        loop.call_soon(done.set_result, None)
    loop.call_soon(cb)
    await done
    print("done")

asyncio.run(main())
