package io.jasyncio.internal;

/** Rethrows any throwable unchanged, checked or not, without declaring it (asyncio's raise). */
public final class Throwing {
    private Throwing() {}

    /** Throws {@code t} as it is; the return type lets callers write {@code throw sneaky(t)}. */
    public static RuntimeException sneaky(Throwable t) {
        throw Throwing.<RuntimeException>raise(t);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E raise(Throwable t) throws E {
        throw (E) t;
    }
}
