# Context Variables: each task sees its own request id, set without passing it around.
import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def handle(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("done")

async def main():
    log("main starts")
    await asyncio.gather(handle("req-1", 0.02), handle("req-2", 0.01))
    log("main ends")

asyncio.run(main())
