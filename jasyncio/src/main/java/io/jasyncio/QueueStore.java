package io.jasyncio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a {@link Queue} keeps its items: asyncio's overridable {@code _init}/{@code _put}/
 * {@code _get}, one implementation per order (FIFO, LIFO, heap). Items may be null, as Python's
 * {@code None} is a common end-of-stream item, except in a heap that compares them.
 */
abstract class QueueStore<T> {
    abstract int size();

    abstract void put(T item);

    abstract T get();

    /** The items in storage order, for the repr's {@code _queue=[...]}. */
    abstract List<Object> snapshot();

    /** First in, first out ({@code Queue}). */
    static final class Fifo<T> extends QueueStore<T> {
        /** Stands for a null item, which ArrayDeque cannot hold. */
        private static final Object NULL = new Object();
        private final ArrayDeque<Object> items = new ArrayDeque<>();

        @Override int size() { return items.size(); }

        @Override void put(T item) { items.addLast(item == null ? NULL : item); }

        @SuppressWarnings("unchecked")
        @Override T get() {
            Object o = items.removeFirst();
            return o == NULL ? null : (T) o;
        }

        @Override List<Object> snapshot() {
            List<Object> out = new ArrayList<>(items.size());
            for (Object o : items) out.add(o == NULL ? null : o);
            return out;
        }
    }

    /** Last in, first out ({@code LifoQueue}). */
    static final class Lifo<T> extends QueueStore<T> {
        private final ArrayList<T> items = new ArrayList<>();

        @Override int size() { return items.size(); }

        @Override void put(T item) { items.add(item); }

        @Override T get() { return items.remove(items.size() - 1); }

        @Override List<Object> snapshot() { return new ArrayList<>(items); }
    }

    /**
     * Smallest first ({@code PriorityQueue}): a binary heap that moves items exactly as Python's
     * {@code heapq} does, so items that compare equal come out in CPython's order and the repr
     * shows CPython's array.
     */
    static final class Heap<T> extends QueueStore<T> {
        private final ArrayList<T> heap = new ArrayList<>();
        private final Comparator<? super T> order;

        Heap(Comparator<? super T> order) { this.order = order; }

        @Override int size() { return heap.size(); }

        @Override void put(T item) {
            heap.add(item);
            siftDown(0, heap.size() - 1);
        }

        @Override T get() {
            T last = heap.remove(heap.size() - 1);
            if (heap.isEmpty()) return last;
            T top = heap.get(0);
            heap.set(0, last);
            siftUp(0);
            return top;
        }

        @Override List<Object> snapshot() { return new ArrayList<>(heap); }

        private boolean less(T a, T b) { return order.compare(a, b) < 0; }

        /** heapq's {@code _siftdown}: moves the item at {@code pos} up towards {@code start}. */
        private void siftDown(int start, int pos) {
            T item = heap.get(pos);
            while (pos > start) {
                int parentPos = (pos - 1) >> 1;
                T parent = heap.get(parentPos);
                if (!less(item, parent)) break;
                heap.set(pos, parent);
                pos = parentPos;
            }
            heap.set(pos, item);
        }

        /**
         * heapq's {@code _siftup}: sinks the hole at {@code pos} to a leaf along the smaller
         * children, then sifts the displaced item back up (fewer comparisons than a plain sink).
         */
        private void siftUp(int pos) {
            int end = heap.size(), start = pos;
            T item = heap.get(pos);
            int child = 2 * pos + 1;
            while (child < end) {
                int right = child + 1;
                if (right < end && !less(heap.get(child), heap.get(right))) child = right;
                heap.set(pos, heap.get(child));
                pos = child;
                child = 2 * pos + 1;
            }
            heap.set(pos, item);
            siftDown(start, pos);
        }
    }
}
