# A callback runs in a copy of the context current when it was scheduled: later sets by the
# scheduler are not seen, and what the callback sets stays in its own copy.
import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

def cb(tag):
    print(tag, "sees", var.get())
    var.set("set by " + tag)

async def main():
    loop = asyncio.get_running_loop()
    var.set("one")
    loop.call_soon(cb, "first")
    var.set("two")
    loop.call_soon(cb, "second")
    loop.call_later(0.01, cb, "timer")
    ctx = contextvars.Context()
    ctx.run(var.set, "explicit")
    loop.call_soon(cb, "third", context=ctx)
    var.set("three")
    await asyncio.sleep(0.02)
    print("main sees", var.get())
    print("explicit context now", ctx[var])

asyncio.run(main())
