package io.jasyncio;

import java.util.Set;

/**
 * What {@link Asyncio#wait(java.util.Collection)} returns: asyncio's {@code (done, pending)}
 * tuple. Both sets hold the very futures that were passed in, in the order they were given.
 *
 * <pre>{@code
 * WaitResult<Task<String>> r = Asyncio.wait(tasks, 1.0, ReturnWhen.ALL_COMPLETED);
 * for (Task<String> t : r.pending()) t.cancel();
 * }</pre>
 *
 * @param done the futures that are done (finished or cancelled)
 * @param pending the futures that are not done yet
 * @param <F> the type of the futures waited for
 */
public record WaitResult<F extends Future<?>>(Set<F> done, Set<F> pending) {}
