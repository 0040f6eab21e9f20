package io.jasyncio.conformance;

import io.jasyncio.Asyncio;
import io.jasyncio.Context;
import io.jasyncio.ContextVar;
import io.jasyncio.EventLoop;
import io.jasyncio.Task;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.jasyncio.Asyncio.*;
import static io.jasyncio.conformance.Trace.print;

/** Ports of conformance 12 and of the context programs ctx01–ctx04 (recorded with CPython 3.12). */
@Timeout(10)
class ContextConformanceTest {

    @Test void contextPerTask12() {
        ContextVar<String> user = new ContextVar<>("user", "anonymous");
        Trace.check("12_context_per_task", () -> Asyncio.run(() -> {
            java.util.function.Function<String, io.jasyncio.VoidCoroutine> handler = name -> () -> {
                print(name, "starts as", user.get());
                user.set(name);
                sleep(0);
                print(name, "ends as", user.get());
            };
            user.set("root");
            Task<Void> t1 = createTask(handler.apply("alice"));
            user.set("root2");
            Task<Void> t2 = createTask(handler.apply("bob"));
            gather(t1, t2).await();
            print("main still", user.get());
        }));
    }

    @Test void callSoonContext() {
        ContextVar<String> var = new ContextVar<>("var", "unset");
        Trace.check("ctx01_call_soon_context", () -> Asyncio.run(() -> {
            java.util.function.Function<String, Runnable> cb = tag -> () -> {
                print(tag, "sees", var.get());
                var.set("set by " + tag);
            };
            EventLoop loop = getRunningLoop();
            var.set("one");
            loop.callSoon(cb.apply("first"));
            var.set("two");
            loop.callSoon(cb.apply("second"));
            loop.callLater(0.01, cb.apply("timer"));
            Context ctx = new Context();
            ctx.run(() -> var.set("explicit"));
            loop.callSoon(cb.apply("third"), ctx);
            var.set("three");
            sleep(0.02);
            print("main sees", var.get());
            print("explicit context now", ctx.get(var));
        }));
    }

    @Test void createTaskContext() {
        ContextVar<String> var = new ContextVar<>("var", "unset");
        Trace.check("ctx02_create_task_context", () -> Asyncio.run(() -> {
            java.util.function.BiFunction<String, String, io.jasyncio.VoidCoroutine> worker = (tag, value) -> () -> {
                print(tag, "starts with", var.get());
                var.set(value);
                sleep(0);
                print(tag, "ends with", var.get());
            };
            var.set("main");
            Context ctx = Context.copyContext();
            Task<Void> t1 = createTask(worker.apply("t1", "from t1"), null, ctx);
            t1.await();
            print("ctx after t1", ctx.get(var));
            Task<Void> t2 = createTask(worker.apply("t2", "from t2"), null, ctx);
            t2.await();
            print("ctx after t2", ctx.get(var));
            Task<Void> t3 = createTask(worker.apply("t3", "from t3"));
            t3.await();
            print("t3 context", t3.getContext().get(var), "is ctx?", t3.getContext() == ctx);
            print("t1 context is ctx?", t1.getContext() == ctx);
            print("main sees", var.get());
        }));
    }

    @Test void exceptionHandlerRunsInTheCallbacksContext() {
        ContextVar<String> request = new ContextVar<>("request", "none");
        Trace.check("ctx03_handler_context", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            loop.setExceptionHandler((l, context) -> {
                List<String> words = Arrays.asList(((String) context.get("message")).split(" ")).subList(0, 3);
                print("handler:", words, simpleName(context.get("exception")), "request =", request.get());
            });
            Runnable failing = () -> { throw new IllegalArgumentException("boom"); };
            request.set("req-1");
            loop.callSoon(failing);
            request.set("req-2");
            Context ctx = new Context();
            ctx.run(() -> request.set("req-ctx"));
            loop.callSoon(failing, ctx);
            sleep(0);
            print("main request =", request.get());
        }));
    }

    /** Python's ValueError is Java's IllegalArgumentException: print the Python name. */
    private static String simpleName(Object exc) {
        return exc instanceof IllegalArgumentException ? "ValueError" : exc.getClass().getSimpleName();
    }

    @Test void toThreadCopiesContextRunInExecutorDoesNot() {
        ContextVar<String> var = new ContextVar<>("var", "default");
        Trace.check("ctx04_to_thread_context", () -> Asyncio.run(() -> {
            java.util.function.Function<String, java.util.concurrent.Callable<String>> probe = tag -> () -> {
                String seen = var.get();
                var.set("changed in " + tag);
                return seen;
            };
            var.set("caller value");
            EventLoop loop = getRunningLoop();
            print("to_thread sees", toThread(probe.apply("to_thread")));
            print("run_in_executor sees", loop.runInExecutor(null, probe.apply("executor")).await());
            print("caller still", var.get());
        }));
    }
}
