# create_task(context=ctx) runs the task in ctx itself (not a copy): its sets land in ctx.
# Two tasks given the same context share it. Without context= each task gets a copy.
import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

async def worker(tag, value):
    print(tag, "starts with", var.get())
    var.set(value)
    await asyncio.sleep(0)
    print(tag, "ends with", var.get())

async def main():
    var.set("main")
    ctx = contextvars.copy_context()
    t1 = asyncio.create_task(worker("t1", "from t1"), context=ctx)
    await t1
    print("ctx after t1", ctx[var])
    t2 = asyncio.create_task(worker("t2", "from t2"), context=ctx)
    await t2
    print("ctx after t2", ctx[var])
    t3 = asyncio.create_task(worker("t3", "from t3"))
    await t3
    print("t3 context", t3.get_context()[var], "is ctx?", t3.get_context() is ctx)
    print("t1 context is ctx?", t1.get_context() is ctx)
    print("main sees", var.get())

asyncio.run(main())
