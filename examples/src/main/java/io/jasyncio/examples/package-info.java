/**
 * Runnable programs from <i>Programmer's Python: Async</i>, in Java with jasyncio. Run one with
 * {@code bin/demo NAME}; {@code bin/demo list} lists them. Start with {@link io.jasyncio.examples.Hello}.
 */
package io.jasyncio.examples;
