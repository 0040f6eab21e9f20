package io.jasyncio.internal;

import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A persistent (immutable) hash array mapped trie, as CPython's {@code Python/hamt.c} that backs
 * {@code contextvars}: {@link #put} and {@link #remove} return a new map sharing all but
 * O(log32 n) nodes with the old one, so a copy is free and an update is cheap.
 *
 * <p>Keys are compared with {@code equals} (identity first) and must not be null; values may be
 * null. Putting a value that is already there (the same object) or removing an absent key
 * returns this very map, as CPython's HAMT does.
 *
 * <p>Layout: 5 bits of the key's 32-bit hash per level. A {@code BitmapNode} holds up to 32
 * slots packed by a bitmap; a slot is a key and its value, or (key null) a child node. Keys
 * whose full hashes are equal live in a {@code CollisionNode}. Removing keeps the trie compact:
 * a child left with a single entry is pulled up into its parent.
 *
 * <pre>{@code
 * Hamt<String, Integer> a = Hamt.empty();
 * Hamt<String, Integer> b = a.put("x", 1);
 * a.size();        // 0
 * b.get("x");      // 1
 * }</pre>
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class Hamt<K, V> implements Iterable<Map.Entry<K, V>> {
    private static final int BITS = 5, MASK = 31;
    /** Deepest possible path: seven bitmap levels (shifts 0..30) and a collision node. */
    private static final int MAX_DEPTH = 8;
    private static final Hamt<?, ?> EMPTY = new Hamt<>(BitmapNode.EMPTY, 0);

    private final Node root;
    private final int size;

    private Hamt(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** The empty map (one shared instance). */
    @SuppressWarnings("unchecked")
    public static <K, V> Hamt<K, V> empty() { return (Hamt<K, V>) EMPTY; }

    /** The number of keys. */
    public int size() { return size; }

    /** Whether there are no keys. */
    public boolean isEmpty() { return size == 0; }

    /** The value of {@code key}, or null when absent (or mapped to null: see {@link #find}). */
    public V get(Object key) {
        @SuppressWarnings("unchecked") V v = (V) find(key, null);
        return v;
    }

    /** The value of {@code key}, or {@code notFound} when the key is absent. */
    public Object find(Object key, Object notFound) {
        Objects.requireNonNull(key, "key");
        return root.find(0, key.hashCode(), key, notFound);
    }

    /** Whether {@code key} is in the map. */
    public boolean containsKey(Object key) {
        Object none = NotFound.INSTANCE;
        return find(key, none) != none;
    }

    /** A map with {@code key} mapped to {@code value}; this map when it already is. */
    public Hamt<K, V> put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Added added = new Added();
        Node r = root.assoc(0, key.hashCode(), key, value, added);
        if (r == root) return this;
        return new Hamt<>(r, added.yes ? size + 1 : size);
    }

    /** A map without {@code key}; this map when the key is absent. */
    public Hamt<K, V> remove(Object key) {
        Objects.requireNonNull(key, "key");
        Node r = root.without(0, key.hashCode(), key);
        if (r == root) return this;
        if (size == 1) return empty();
        return new Hamt<>(r == null ? BitmapNode.EMPTY : r, size - 1);
    }

    /** The entries, in no particular order; the iterator never changes the map. */
    @Override public Iterator<Map.Entry<K, V>> iterator() { return new Iter<>(root); }

    /** Equal when the other is a Hamt with the same keys mapped to equal values. */
    @Override public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Hamt<?, ?> h) || h.size != size) return false;
        Object none = NotFound.INSTANCE;
        for (Map.Entry<K, V> e : this) {
            if (!Objects.equals(e.getValue(), h.find(e.getKey(), none))) return false;
        }
        return true;
    }

    /** As {@link Map#hashCode()}: the sum of {@code key.hashCode() ^ value.hashCode()}. */
    @Override public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : this) h += e.getKey().hashCode() ^ Objects.hashCode(e.getValue());
        return h;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("Hamt{");
        for (Map.Entry<K, V> e : this) {
            if (sb.length() > 5) sb.append(", ");
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.append('}').toString();
    }

    private static final class NotFound {
        static final Object INSTANCE = new NotFound();
    }

    /** Out-parameter of {@link Node#assoc}: whether a key was added (not just a value replaced). */
    private static final class Added {
        boolean yes;
    }

    private static int bit(int hash, int shift) { return 1 << ((hash >>> shift) & MASK); }

    private static boolean same(Object a, Object b) { return a == b || a.equals(b); }

    private abstract static sealed class Node permits BitmapNode, CollisionNode {
        /** The entries: key, value, key, value ...; in a BitmapNode a null key means the value is a child Node. */
        final Object[] array;

        Node(Object[] array) { this.array = array; }

        abstract Object find(int shift, int hash, Object key, Object notFound);

        /** This node with key set; this node itself when nothing changes. */
        abstract Node assoc(int shift, int hash, Object key, Object value, Added added);

        /** This node without key; this node when absent; null when it becomes empty. */
        abstract Node without(int shift, int hash, Object key);
    }

    private static final class BitmapNode extends Node {
        static final BitmapNode EMPTY = new BitmapNode(0, new Object[0]);
        final int bitmap;

        BitmapNode(int bitmap, Object[] array) {
            super(array);
            this.bitmap = bitmap;
        }

        private int index(int bit) { return Integer.bitCount(bitmap & (bit - 1)); }

        @Override Object find(int shift, int hash, Object key, Object notFound) {
            BitmapNode n = this;
            while (true) {
                int bit = bit(hash, shift);
                if ((n.bitmap & bit) == 0) return notFound;
                int i = 2 * n.index(bit);
                Object k = n.array[i], v = n.array[i + 1];
                if (k != null) return same(key, k) ? v : notFound;
                if (v instanceof BitmapNode child) {
                    n = child;
                    shift += BITS;
                } else {
                    return ((Node) v).find(shift + BITS, hash, key, notFound);
                }
            }
        }

        @Override Node assoc(int shift, int hash, Object key, Object value, Added added) {
            int bit = bit(hash, shift);
            int i = 2 * index(bit);
            if ((bitmap & bit) == 0) {
                added.yes = true;
                Object[] a = new Object[array.length + 2];
                System.arraycopy(array, 0, a, 0, i);
                a[i] = key;
                a[i + 1] = value;
                System.arraycopy(array, i, a, i + 2, array.length - i);
                return new BitmapNode(bitmap | bit, a);
            }
            Object k = array[i], v = array[i + 1];
            if (k == null) {
                Node child = (Node) v;
                Node c = child.assoc(shift + BITS, hash, key, value, added);
                return c == child ? this : withSlot(i, null, c);
            }
            if (same(key, k)) return v == value ? this : withSlot(i, k, value);
            added.yes = true;
            return withSlot(i, null, pair(shift + BITS, k, v, hash, key, value));
        }

        /** A node holding two keys that share a slot at the level above. */
        private static Node pair(int shift, Object k1, Object v1, int h2, Object k2, Object v2) {
            int h1 = k1.hashCode();
            if (h1 == h2) return new CollisionNode(h1, new Object[] {k1, v1, k2, v2});
            // The hashes agree on the bits below `shift` and differ above, so shift stays <= 30.
            Added ignored = new Added();
            return EMPTY.assoc(shift, h1, k1, v1, ignored).assoc(shift, h2, k2, v2, ignored);
        }

        private BitmapNode withSlot(int i, Object k, Object v) {
            Object[] a = array.clone();
            a[i] = k;
            a[i + 1] = v;
            return new BitmapNode(bitmap, a);
        }

        private BitmapNode withoutSlot(int bit, int i) {
            Object[] a = new Object[array.length - 2];
            System.arraycopy(array, 0, a, 0, i);
            System.arraycopy(array, i + 2, a, i, array.length - i - 2);
            return new BitmapNode(bitmap & ~bit, a);
        }

        @Override Node without(int shift, int hash, Object key) {
            int bit = bit(hash, shift);
            if ((bitmap & bit) == 0) return this;
            int i = 2 * index(bit);
            Object k = array[i], v = array[i + 1];
            if (k != null) {
                if (!same(key, k)) return this;
                return bitmap == bit ? null : withoutSlot(bit, i);
            }
            Node child = (Node) v;
            Node c = child.without(shift + BITS, hash, key);
            if (c == child) return this;
            if (c == null) return bitmap == bit ? null : withoutSlot(bit, i);
            if (c instanceof BitmapNode b && b.array.length == 2 && b.array[0] != null) {
                return withSlot(i, b.array[0], b.array[1]);  // pull a lone entry up
            }
            return withSlot(i, null, c);
        }
    }

    private static final class CollisionNode extends Node {
        final int hash;

        CollisionNode(int hash, Object[] array) {
            super(array);
            this.hash = hash;
        }

        private int indexOf(Object key) {
            for (int i = 0; i < array.length; i += 2) {
                if (same(key, array[i])) return i;
            }
            return -1;
        }

        @Override Object find(int shift, int hash, Object key, Object notFound) {
            if (hash != this.hash) return notFound;
            int i = indexOf(key);
            return i < 0 ? notFound : array[i + 1];
        }

        @Override Node assoc(int shift, int hash, Object key, Object value, Added added) {
            if (hash != this.hash) {
                // A key with another hash lands here: nest this node one level down, beside it.
                BitmapNode wrap = new BitmapNode(bit(this.hash, shift), new Object[] {null, this});
                return wrap.assoc(shift, hash, key, value, added);
            }
            int i = indexOf(key);
            if (i >= 0) {
                if (array[i + 1] == value) return this;
                Object[] a = array.clone();
                a[i + 1] = value;
                return new CollisionNode(hash, a);
            }
            added.yes = true;
            Object[] a = java.util.Arrays.copyOf(array, array.length + 2);
            a[array.length] = key;
            a[array.length + 1] = value;
            return new CollisionNode(hash, a);
        }

        @Override Node without(int shift, int hash, Object key) {
            if (hash != this.hash) return this;
            int i = indexOf(key);
            if (i < 0) return this;
            if (array.length == 4) {
                int j = i == 0 ? 2 : 0;  // the one left becomes a plain entry, which the parent pulls up
                return new BitmapNode(bit(hash, shift), new Object[] {array[j], array[j + 1]});
            }
            Object[] a = new Object[array.length - 2];
            System.arraycopy(array, 0, a, 0, i);
            System.arraycopy(array, i + 2, a, i, array.length - i - 2);
            return new CollisionNode(hash, a);
        }
    }

    /** Depth-first over the trie with an explicit stack (no recursion, no allocation per level). */
    private static final class Iter<K, V> implements Iterator<Map.Entry<K, V>> {
        private final Object[][] arrays = new Object[MAX_DEPTH][];
        private final int[] positions = new int[MAX_DEPTH];
        private int depth;
        private Object nextKey, nextValue;
        private boolean ready;

        Iter(Node root) {
            arrays[0] = root.array;
            advance();
        }

        private void advance() {
            while (depth >= 0) {
                Object[] a = arrays[depth];
                int p = positions[depth];
                if (p >= a.length) {
                    depth--;
                    continue;
                }
                positions[depth] = p + 2;
                if (a[p] != null) {
                    nextKey = a[p];
                    nextValue = a[p + 1];
                    ready = true;
                    return;
                }
                depth++;
                arrays[depth] = ((Node) a[p + 1]).array;
                positions[depth] = 0;
            }
            ready = false;
        }

        @Override public boolean hasNext() { return ready; }

        @Override public Map.Entry<K, V> next() {
            if (!ready) throw new NoSuchElementException();
            @SuppressWarnings("unchecked")
            Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>((K) nextKey, (V) nextValue);
            advance();
            return e;
        }
    }
}
