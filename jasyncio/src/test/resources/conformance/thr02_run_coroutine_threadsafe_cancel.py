# Cancelling the concurrent future returned by run_coroutine_threadsafe cancels the task; a
# task that fails or is cancelled on the loop completes that future accordingly.
import asyncio, concurrent.futures

async def main():
    loop = asyncio.get_running_loop()
    started = loop.create_future()
    ended = loop.create_future()

    async def worker():
        started.set_result(None)
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            print("worker cancelled")
            ended.set_result("cancelled")
            raise

    cf = await asyncio.to_thread(asyncio.run_coroutine_threadsafe, worker(), loop)
    await started
    print("cancel returns", await asyncio.to_thread(cf.cancel))
    print("worker ended", await ended)
    print("cf cancelled", cf.cancelled())

    async def failing():
        raise LookupError("no such key")
    cf2 = await asyncio.to_thread(asyncio.run_coroutine_threadsafe, failing(), loop)
    def wait_exc():
        try:
            cf2.result(timeout=5)
        except LookupError as e:
            return "failed: " + e.args[0]
    print("failing ->", await asyncio.to_thread(wait_exc))

asyncio.run(main())
