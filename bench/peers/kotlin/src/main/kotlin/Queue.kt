// The kotlinx.coroutines peer of the jasyncio "queue" workload (bench/README.md): one producer
// and one consumer coroutine moving 1,000,000 Ints through Channel<Int>(100), on ONE thread
// (runBlocking's event loop), the same shape as asyncio's Queue(maxsize=100) on one loop.
//
//   java -jar target/kotlin-peer.jar queue --warmup 3 --iterations 5
//
// Prints one line per timed iteration: the seconds of one whole runBlocking { ... }, from the
// event loop's creation to its end, as the Java side times Asyncio.run.
package io.jasyncio.bench.kotlin

import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import java.util.Locale
import kotlin.system.exitProcess

const val QUEUE_ITEMS = 1_000_000

/** The workload: returns the consumer's sum, checked so nothing can be optimised away. */
fun queue(n: Int): Long = runBlocking {
    val ch = Channel<Int>(100)
    var total = 0L
    val producer = launch { for (i in 0 until n) ch.send(i) }
    val consumer = launch { repeat(n) { total += ch.receive() } }
    producer.join()
    consumer.join()
    check(total == n.toLong() * (n - 1) / 2) { "the channel lost an item" }
    total
}

fun main(args: Array<String>) {
    if (args.isEmpty() || args[0] != "queue") usage()
    var warmup = 3
    var iterations = 1
    var i = 1
    while (i < args.size) {
        if (i + 1 >= args.size) usage()
        when (args[i]) {
            "--warmup" -> warmup = args[i + 1].toInt()
            "--iterations" -> iterations = args[i + 1].toInt()
            else -> usage()
        }
        i += 2
    }
    for (k in 0 until warmup + iterations) {
        val t0 = System.nanoTime()
        queue(QUEUE_ITEMS)
        val secs = (System.nanoTime() - t0) / 1e9
        if (k >= warmup) println(String.format(Locale.ROOT, "%.6f", secs))
    }
}

private fun usage(): Nothing {
    System.err.println("usage: kotlin-peer.jar queue [--warmup N] [--iterations N]")
    exitProcess(2)
}
