package io.jasyncio.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

/** Port of the HAMT tests of CPython's Lib/test/test_context.py (HamtTest). */
@Timeout(30)
class HamtTest {

    /** CPython's HashKey: a key with a chosen hash, equal by (name, hash). */
    record HashKey(int hash, String name) {
        @Override public int hashCode() { return hash; }
        @Override public String toString() { return "<Key name:" + name + " hash:" + hash + ">"; }
    }

    private static <K, V> Set<Map.Entry<K, V>> items(Hamt<K, V> h) {
        Set<Map.Entry<K, V>> s = new HashSet<>();
        for (Map.Entry<K, V> e : h) s.add(e);
        return s;
    }

    private static <K, V> Set<K> keys(Hamt<K, V> h) {
        Set<K> s = new HashSet<>();
        for (Map.Entry<K, V> e : h) s.add(e.getKey());
        return s;
    }

    private static <K, V> int count(Hamt<K, V> h) {
        int n = 0;
        for (Map.Entry<K, V> ignored : h) n++;
        return n;
    }

    @Test void hashkeyHelper1() {
        HashKey k1 = new HashKey(10, "aaa"), k2 = new HashKey(10, "bbb");
        assertNotEquals(k1, k2);
        assertEquals(k1.hashCode(), k2.hashCode());
    }

    @Test void basics2() {
        Hamt<String, Object> h = Hamt.empty();
        assertEquals(0, h.size());
        Hamt<String, Object> h2 = h.put("a", "b");
        assertNotSame(h, h2);
        assertEquals(0, h.size());
        assertEquals(1, h2.size());
        assertNull(h.get("a"));
        assertEquals(42, h.find("a", 42));
        assertEquals("b", h2.get("a"));

        Hamt<String, Object> h3 = h2.put("b", 10);
        assertNotSame(h2, h3);
        assertEquals(0, h.size());
        assertEquals(1, h2.size());
        assertEquals(2, h3.size());
        assertEquals("b", h3.get("a"));
        assertEquals(10, h3.get("b"));
        assertNull(h.get("b"));
        assertNull(h2.get("b"));
        assertNull(h.get("a"));
        assertEquals("b", h2.get("a"));
    }

    @Test void basics3SameValueSameMap() {
        Object o = new Object();
        Hamt<String, Object> h1 = Hamt.<String, Object>empty().put("1", o);
        assertSame(h1, h1.put("1", o));
    }

    @Test void basics4EqualButNotSameValue() {
        Hamt<String, Object> h1 = Hamt.<String, Object>empty().put("key", new ArrayList<>());
        Hamt<String, Object> h2 = h1.put("key", new ArrayList<>());
        assertNotSame(h1, h2);
        assertEquals(1, h1.size());
        assertEquals(1, h2.size());
        assertNotSame(h1.get("key"), h2.get("key"));
    }

    @Test void nullValuesAreValues() {
        Hamt<String, Object> h = Hamt.<String, Object>empty().put("a", null);
        assertEquals(1, h.size());
        assertTrue(h.containsKey("a"));
        assertNull(h.find("a", "nf"));
        assertEquals("nf", h.find("b", "nf"));
        assertThrows(NullPointerException.class, () -> h.put(null, 1));
    }

    @Test void collision1() {
        HashKey k1 = new HashKey(10, "aaa"), k2 = new HashKey(10, "bbb"), k3 = new HashKey(10, "ccc");
        Hamt<HashKey, String> h = Hamt.empty();
        Hamt<HashKey, String> h2 = h.put(k1, "a");
        Hamt<HashKey, String> h3 = h2.put(k2, "b");
        assertNull(h.get(k1));
        assertNull(h.get(k2));
        assertEquals("a", h2.get(k1));
        assertNull(h2.get(k2));
        assertEquals("a", h3.get(k1));
        assertEquals("b", h3.get(k2));

        Hamt<HashKey, String> h4 = h3.put(k2, "cc");
        Hamt<HashKey, String> h5 = h4.put(k3, "aa");
        assertEquals("a", h3.get(k1));
        assertEquals("b", h3.get(k2));
        assertEquals("a", h4.get(k1));
        assertEquals("cc", h4.get(k2));
        assertNull(h4.get(k3));
        assertEquals("a", h5.get(k1));
        assertEquals("cc", h5.get(k2));
        assertEquals("aa", h5.get(k3));
        assertEquals(0, h.size());
        assertEquals(1, h2.size());
        assertEquals(2, h3.size());
        assertEquals(2, h4.size());
        assertEquals(3, h5.size());
    }

    @Test void collision3DeepestTreeIterates() {
        // CPython issue 93065: iteration must cope with the deepest tree possible.
        HashKey c = new HashKey(0x80000000, "C"), d = new HashKey(0x80000000, "D"), e = new HashKey(0, "E");
        Hamt<HashKey, String> h = Hamt.<HashKey, String>empty().put(c, "C").put(d, "D").put(e, "E");
        Set<String> names = new HashSet<>();
        for (Map.Entry<HashKey, String> x : h) names.add(x.getKey().name());
        assertEquals(Set.of("C", "D", "E"), names);
        assertEquals("C", h.get(c));
        assertEquals("D", h.get(d));
        assertEquals("E", h.get(e));
        h = h.remove(c);
        assertEquals(Set.of(d, e), keys(h));
    }

    @Test void stress() {
        int collectionSize = 7000, testItersEvery = 647;
        Random rnd = new Random(42);
        for (int run = 0; run < 3; run++) {
            Hamt<String, Integer> h = Hamt.empty();
            Map<String, Integer> d = new HashMap<>();
            for (int i = 0; i < collectionSize; i++) {
                String key = Integer.toString(i);
                h = h.put(key, i);
                d.put(key, i);
                assertEquals(d.size(), h.size());
                if (i % testItersEvery == 0) {
                    assertEquals(d.entrySet(), items(h));
                    assertEquals(d.size(), count(h));
                }
            }
            assertEquals(collectionSize, h.size());
            for (int i = 0; i < collectionSize; i++) assertEquals(i, h.find(Integer.toString(i), "not found"));

            List<Integer> keysToDelete = new ArrayList<>();
            for (int i = 0; i < collectionSize; i++) keysToDelete.add(i);
            Collections.shuffle(keysToDelete, rnd);
            Hamt<String, Integer> hm = null;
            Map<String, Integer> dm = null;
            for (int iter = 0; iter < keysToDelete.size(); iter++) {
                String key = Integer.toString(keysToDelete.get(iter));
                h = h.remove(key);
                assertEquals("not found", h.find(key, "not found"));
                d.remove(key);
                assertEquals(d.size(), h.size());
                if (iter == collectionSize / 2) {
                    hm = h;
                    dm = new HashMap<>(d);
                }
                if (iter % testItersEvery == 0) {
                    assertEquals(d.keySet(), keys(h));
                    assertEquals(d.size(), count(h));
                }
            }
            assertEquals(0, d.size());
            assertEquals(0, h.size());

            for (Map.Entry<String, Integer> e : dm.entrySet()) assertEquals(e.getValue(), hm.get(e.getKey()));
            assertEquals(dm.size(), hm.size());
            for (int iter = 0; iter < keysToDelete.size(); iter++) {
                String key = Integer.toString(keysToDelete.get(iter));
                hm = hm.remove(key);
                assertEquals("not found", hm.find(key, "not found"));
                dm.remove(key);
                assertEquals(dm.size(), hm.size());
                if (iter % testItersEvery == 0) assertEquals(dm.entrySet(), items(hm));
            }
            assertEquals(0, hm.size());
            assertFalse(hm.iterator().hasNext());
        }
    }

    @Test void delete1() {
        HashKey a = new HashKey(100, "A"), b = new HashKey(101, "B"), c = new HashKey(102, "C"),
                d = new HashKey(103, "D"), e = new HashKey(104, "E"), z = new HashKey(-100, "Z");
        Hamt<HashKey, String> h = Hamt.<HashKey, String>empty()
                .put(a, "a").put(b, "b").put(c, "c").put(d, "d").put(e, "e");
        int origLen = h.size();
        h = h.remove(c);
        assertEquals(origLen - 1, h.size());
        h = h.remove(d);
        assertEquals(origLen - 2, h.size());
        assertSame(h, h.remove(z));
        h = h.remove(a);
        assertEquals(origLen - 3, h.size());
        assertEquals(42, h.find(a, 42));
        assertEquals("b", h.get(b));
        assertEquals("e", h.get(e));
    }

    @Test void delete2() {
        HashKey a = new HashKey(100, "A"), b = new HashKey(201001, "B"), c = new HashKey(101001, "C"),
                d = new HashKey(103, "D"), e = new HashKey(104, "E"), z = new HashKey(-100, "Z");
        Hamt<HashKey, String> h = Hamt.<HashKey, String>empty()
                .put(a, "a").put(b, "b").put(c, "c").put(d, "d").put(e, "e");
        int origLen = h.size();
        h = h.remove(z);
        assertEquals(origLen, h.size());
        h = h.remove(c);
        assertEquals(origLen - 1, h.size());
        h = h.remove(b);
        assertEquals(origLen - 2, h.size());
        h = h.remove(a);
        assertEquals(origLen - 3, h.size());
        assertEquals("d", h.get(d));
        assertEquals("e", h.get(e));
        h = h.remove(a).remove(b).remove(d).remove(e);
        assertEquals(0, h.size());
    }

    @Test void delete3() {
        HashKey a = new HashKey(100, "A"), b = new HashKey(101, "B"), c = new HashKey(100100, "C"),
                d = new HashKey(100100, "D"), e = new HashKey(104, "E");
        Hamt<HashKey, String> h = Hamt.<HashKey, String>empty()
                .put(a, "a").put(b, "b").put(c, "c").put(d, "d").put(e, "e");
        int origLen = h.size();
        h = h.remove(a);
        assertEquals(origLen - 1, h.size());
        h = h.remove(e);
        assertEquals(origLen - 2, h.size());
        assertEquals("c", h.get(c));
        assertEquals("b", h.get(b));
        assertEquals("d", h.get(d));
    }

    @Test void delete4() {
        HashKey a = new HashKey(100, "A"), b = new HashKey(101, "B"), c = new HashKey(100100, "C"),
                d = new HashKey(100100, "D"), e = new HashKey(100100, "E");
        Hamt<HashKey, String> h = Hamt.<HashKey, String>empty()
                .put(a, "a").put(b, "b").put(c, "c").put(d, "d").put(e, "e");
        int origLen = h.size();
        h = h.remove(d);
        assertEquals(origLen - 1, h.size());
        h = h.remove(e);
        assertEquals(origLen - 2, h.size());
        assertEquals("c", h.get(c));
        h = h.remove(c);
        assertEquals(origLen - 3, h.size());
        h = h.remove(a);
        assertEquals(origLen - 4, h.size());
        h = h.remove(b);
        assertEquals(0, h.size());
    }

    @Test void delete5() {
        Hamt<HashKey, String> h = Hamt.empty();
        List<HashKey> keys = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            HashKey key = new HashKey(i, Integer.toString(i));
            keys.add(key);
            h = h.put(key, "val-" + i);
        }
        HashKey collisionKey16 = new HashKey(16, "18");
        h = h.put(collisionKey16, "collision");
        assertEquals(18, h.size());
        h = h.remove(keys.get(2));
        assertEquals(17, h.size());
        h = h.remove(collisionKey16);
        assertEquals(16, h.size());
        h = h.remove(keys.get(16));
        assertEquals(15, h.size());
        h = h.remove(keys.get(1));
        assertEquals(14, h.size());
        h = h.remove(keys.get(1));
        assertEquals(14, h.size());
        for (HashKey key : keys) h = h.remove(key);
        assertEquals(0, h.size());
    }

    @Test void items1() {
        HashKey a = new HashKey(100, "A"), b = new HashKey(201001, "B"), c = new HashKey(101001, "C"),
                d = new HashKey(103, "D"), e = new HashKey(104, "E"), f = new HashKey(110, "F");
        Hamt<HashKey, String> h = Hamt.<HashKey, String>empty()
                .put(a, "a").put(b, "b").put(c, "c").put(d, "d").put(e, "e").put(f, "f");
        assertEquals(Map.of(a, "a", b, "b", c, "c", d, "d", e, "e", f, "f").entrySet(), items(h));
    }

    @Test void items2AndKeys1WithCollisions() {
        HashKey a = new HashKey(100, "A"), b = new HashKey(101, "B"), c = new HashKey(100100, "C"),
                d = new HashKey(100100, "D"), e = new HashKey(100100, "E"), f = new HashKey(110, "F");
        Hamt<HashKey, String> h = Hamt.<HashKey, String>empty()
                .put(a, "a").put(b, "b").put(c, "c").put(d, "d").put(e, "e").put(f, "f");
        assertEquals(Map.of(a, "a", b, "b", c, "c", d, "d", e, "e", f, "f").entrySet(), items(h));
        assertEquals(Set.of(a, b, c, d, e, f), keys(h));
    }

    @Test void items3Empty() {
        Hamt<String, String> h = Hamt.empty();
        assertEquals(0, count(h));
        assertFalse(h.iterator().hasNext());
        assertThrows(java.util.NoSuchElementException.class, () -> h.iterator().next());
    }

    @Test void eq1() {
        HashKey a = new HashKey(100, "A"), b = new HashKey(101, "B"), c = new HashKey(100100, "C"),
                d = new HashKey(100100, "D"), e = new HashKey(120, "E");
        Hamt<HashKey, String> h1 = Hamt.<HashKey, String>empty().put(a, "a").put(b, "b").put(c, "c").put(d, "d");
        Hamt<HashKey, String> h2 = Hamt.<HashKey, String>empty().put(a, "a");
        assertNotEquals(h1, h2);
        h2 = h2.put(b, "b");
        assertNotEquals(h1, h2);
        h2 = h2.put(c, "c");
        assertNotEquals(h1, h2);
        h2 = h2.put(d, "d2");
        assertNotEquals(h1, h2);
        h2 = h2.put(d, "d");
        assertEquals(h1, h2);
        assertEquals(h1.hashCode(), h2.hashCode());
        h2 = h2.put(e, "e");
        assertNotEquals(h1, h2);
        h2 = h2.remove(d);
        assertNotEquals(h1, h2);
        h2 = h2.put(e, "d");
        assertNotEquals(h1, h2);
    }

    @Test void in1AndGetitem1() {
        HashKey a = new HashKey(100, "A"), aa = new HashKey(100, "A"), b = new HashKey(101, "B");
        Hamt<HashKey, Integer> h = Hamt.<HashKey, Integer>empty().put(a, 1);
        assertTrue(h.containsKey(a));
        assertFalse(h.containsKey(b));
        assertEquals(1, h.get(a));
        assertEquals(1, h.get(aa));
        assertNull(h.get(b));
    }

    @Test void equalsIgnoresInsertionOrderAndTreeShape() {
        Hamt<Integer, Integer> up = Hamt.empty(), down = Hamt.empty();
        for (int i = 0; i < 2000; i++) up = up.put(i * 31, i);
        for (int i = 1999; i >= 0; i--) down = down.put(i * 31, i);
        assertEquals(up, down);
        assertEquals(up.hashCode(), down.hashCode());
        Map<Integer, Integer> jdk = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : up) jdk.put(e.getKey(), e.getValue());
        assertEquals(jdk.hashCode(), up.hashCode());
    }

    @Test void randomOperationsAgreeWithHashMapUnderHeavyCollisions() {
        Random rnd = new Random(7);
        // Few distinct hashes that share long prefixes: collision nodes at every depth, pulled up and nested again.
        int[] hashes = {0, 1 << 31, 1 << 30, (1 << 31) | 1, 32, 32 << 5, 1 << 25, -1};
        Hamt<HashKey, Integer> h = Hamt.empty();
        Map<HashKey, Integer> d = new HashMap<>();
        for (int step = 0; step < 20000; step++) {
            HashKey k = new HashKey(hashes[rnd.nextInt(hashes.length)], "k" + rnd.nextInt(6));
            if (rnd.nextInt(3) == 0) {
                Hamt<HashKey, Integer> before = h;
                h = h.remove(k);
                if (d.remove(k) == null) assertSame(before, h);
            } else {
                int v = rnd.nextInt(1000);
                h = h.put(k, v);
                d.put(k, v);
            }
            assertEquals(d.size(), h.size());
            assertEquals(d.get(k), h.get(k));
            if (step % 97 == 0) assertEquals(d.entrySet(), items(h));
        }
    }
}
