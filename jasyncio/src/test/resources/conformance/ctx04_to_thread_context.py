# to_thread runs the function in a copy of the caller's context; run_in_executor does not copy
# it (the worker thread's own context is used), and neither can change the caller's values.
import asyncio, contextvars

var = contextvars.ContextVar("var", default="default")

def probe(tag):
    seen = var.get()
    var.set("changed in " + tag)
    return seen

async def main():
    var.set("caller value")
    loop = asyncio.get_running_loop()
    print("to_thread sees", await asyncio.to_thread(probe, "to_thread"))
    print("run_in_executor sees", await loop.run_in_executor(None, probe, "executor"))
    print("caller still", var.get())

asyncio.run(main())
