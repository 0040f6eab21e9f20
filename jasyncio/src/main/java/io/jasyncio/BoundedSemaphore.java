package io.jasyncio;

/**
 * asyncio's {@code BoundedSemaphore}: a {@link Semaphore} that refuses to be released above its
 * initial value, which catches a release without a matching acquire.
 *
 * <pre>{@code
 * BoundedSemaphore pool = new BoundedSemaphore(3);
 * pool.with(() -> useConnection());
 * pool.release();                // IllegalStateException: released too many times
 * }</pre>
 */
public final class BoundedSemaphore extends Semaphore {
    private final int boundValue;

    /** A bounded semaphore with one permit. */
    public BoundedSemaphore() { this(1); }

    /**
     * A bounded semaphore with {@code value} permits, which is also its bound.
     *
     * @throws IllegalArgumentException ("Semaphore initial value must be >= 0") if negative
     */
    public BoundedSemaphore(int value) {
        super(value);
        this.boundValue = value;
    }

    /**
     * Returns a permit.
     *
     * @throws IllegalStateException ("BoundedSemaphore released too many times") if that would
     *     raise the count above the initial value
     */
    @Override public void release() {
        if (value >= boundValue) throw new IllegalStateException("BoundedSemaphore released too many times");
        super.release();
    }
}
