# The loop's exception handler runs in the context of the callback that failed.
import asyncio, contextvars

request = contextvars.ContextVar("request", default="none")

def handler(loop, context):
    print("handler:", context["message"].split(" ")[0:3], type(context["exception"]).__name__,
          "request =", request.get())

def failing():
    raise ValueError("boom")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    request.set("req-1")
    loop.call_soon(failing)
    request.set("req-2")
    ctx = contextvars.Context()
    ctx.run(request.set, "req-ctx")
    loop.call_soon(failing, context=ctx)
    await asyncio.sleep(0)
    print("main request =", request.get())

asyncio.run(main())
