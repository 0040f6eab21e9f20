package io.jasyncio.internal;

/** Names callbacks and coroutines for {@code toString()}s: a lambda by its class. */
public final class Callables {
    private Callables() {}

    /** The object's own {@code toString()} when its class defines one, else its class name. */
    public static String name(Object fn) {
        if (fn == null) return "None";
        Class<?> c = fn.getClass();
        try {
            if (!c.isHidden() && c.getMethod("toString").getDeclaringClass() != Object.class) {
                return fn.toString();
            }
        } catch (NoSuchMethodException impossible) {
            // every class has toString
        }
        String n = c.getName();
        int slash = n.indexOf('/');   // hidden (lambda) classes: Foo$$Lambda/0x0123 -> Foo$$Lambda
        return slash >= 0 ? n.substring(0, slash) : n;
    }
}
