/**
 * jasyncio: Python's asyncio in Java. Start reading at {@link io.jasyncio.Asyncio}.
 */
module io.jasyncio {
    exports io.jasyncio;
}
