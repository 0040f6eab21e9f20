package io.jasyncio;

import java.util.Map;

/**
 * An event loop's exception handler (asyncio's {@code loop.set_exception_handler}): called with
 * the loop and a context map holding asyncio's keys ({@code message}, {@code exception},
 * {@code future}, {@code task}, {@code handle}, {@code protocol}, {@code transport},
 * {@code socket}).
 *
 * <pre>{@code
 * loop.setExceptionHandler((l, ctx) -> System.err.println("oops: " + ctx.get("message")));
 * }</pre>
 */
@FunctionalInterface
public interface ExceptionHandler {
    /** Handles an error the loop caught. */
    void handle(EventLoop loop, Map<String, Object> context);
}
