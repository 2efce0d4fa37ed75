package org.commerceintegration.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksCannotStartAForgedLogLine() {
        String escaped = LogText.escape("10001\r\n[ERROR] admin logged in");
        assertEquals("10001\\u000d\\u000a[ERROR] admin logged in", escaped);
        assertFalse(escaped.contains("\n") || escaped.contains("\r"));
    }

    @Test
    void everyControlCharacterIsVisible() {
        assertEquals(
                "a\\u0000b\\u0009c\\u001bd\\u007fe\\u0085f\\u2028g",
                LogText.escape("a\0b\tc\u001bd\u007fe\u0085f\u2028g"));
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = LogText.escape("a\nb\\c");
        assertEquals(once, LogText.escape(once));
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String text = "Order 10001: Straße, 東京, 😀";
        assertEquals(text, LogText.escape(text));
        assertNull(LogText.escape(null));
    }

    @Test
    void loneSurrogatesAreEscapedPairsKept() {
        assertEquals("x\\ud800y😀", LogText.escape("x\ud800y😀"));
    }

    @Test
    void boundedVariantCutsTheOriginal() {
        assertEquals("ab\\u000a...", LogText.escape("ab\ncdef", 3));
        assertEquals("abc", LogText.escape("abc", 3));
    }
}
