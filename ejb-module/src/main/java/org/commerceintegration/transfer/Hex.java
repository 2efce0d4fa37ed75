package org.commerceintegration.transfer;

/** Upper-case hexadecimal, as {@code dmpmqmsg} writes message data and the MQMD's byte fields. */
final class Hex {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {}

    static String of(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder((to - from) * 2);
        for (int i = from; i < to; i++) {
            out.append(DIGITS[(bytes[i] >> 4) & 0xF]).append(DIGITS[bytes[i] & 0xF]);
        }
        return out.toString();
    }

    static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    static byte[] parse(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("an odd number of hex digits");
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (digit(hex.charAt(2 * i)) << 4 | digit(hex.charAt(2 * i + 1)));
        }
        return bytes;
    }

    static int digit(char c) {
        int value = Character.digit(c, 16);
        if (value < 0) {
            throw new IllegalArgumentException("not a hex digit: '" + c + "'");
        }
        return value;
    }
}
