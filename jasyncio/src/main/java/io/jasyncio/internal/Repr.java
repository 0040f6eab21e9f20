package io.jasyncio.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Formats values the way Python's {@code repr()} does, for asyncio-like {@code toString()}s. */
public final class Repr {
    private Repr() {}

    /** {@code repr(x)} of a Python float: the shortest round-tripping digits, no {@code E}. */
    public static String ofDouble(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return (1 / x < 0) ? "-0.0" : "0.0";
        BigDecimal bd = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        // value = 0.DIGITS * 10^decpt
        int decpt = digits.length() - bd.scale();
        String sign = x < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
        if (decpt >= digits.length()) return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** {@code repr(v)} for the Java counterparts of Python values. */
    public static String of(Object v) {
        if (v == null) return "None";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double d) return ofDouble(d);
        if (v instanceof Float f) return ofDouble(f);
        if (v instanceof CharSequence s) return ofString(s.toString());
        if (v instanceof byte[] b) return ofBytes(b);
        if (v instanceof Throwable t) return ofException(t);
        if (v instanceof Collection<?> c) return seq(c.iterator(), "[", "]");
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(of(e.getKey())).append(": ").append(of(e.getValue()));
            }
            return sb.append('}').toString();
        }
        return String.valueOf(v);
    }

    /** {@code ValueError('msg')}: an exception's simple class name and its message. */
    public static String ofException(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + "(" + (m == null ? "" : ofString(m)) + ")";
    }

    private static String seq(Iterator<?> it, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        while (it.hasNext()) {
            sb.append(of(it.next()));
            if (it.hasNext()) sb.append(", ");
        }
        return sb.append(close).toString();
    }

    /** Python's quoting: single quotes unless the text holds one and no double quote. */
    public static String ofString(String s) {
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == q) sb.append('\\').append(c);
                    else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append(q).toString();
    }

    /** {@code b'...'} as Python prints a bytes object. */
    public static String ofBytes(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) { if (x == '\'') hasSingle = true; if (x == '"') hasDouble = true; }
        char q = (hasSingle && !hasDouble) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\\') sb.append("\\\\");
            else if (c == q) sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }
}
