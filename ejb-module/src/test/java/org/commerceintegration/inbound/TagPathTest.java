package org.commerceintegration.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagPathTest {

    @Test
    void parsesTheSupportedForms() {
        TagPath plain = TagPath.parse("A/B");
        assertEquals(List.of(new TagPath.Step("A", 0, List.of()), new TagPath.Step("B", 0, List.of())), plain.steps());
        assertNull(plain.attribute());

        assertEquals("currency", TagPath.parse("A/TotalPriceInfo@currency").attribute());
        assertEquals(TagPath.parse("A/B@c").steps(), TagPath.parse("A/B/@c").steps());
        assertEquals(2, TagPath.parse("A/CustomerField[2]").steps().get(1).index());

        TagPath predicate = TagPath.parse("H/OrderNumber[@type=\"ByWCS\"][@kind='x']@type");
        assertEquals(
                List.of(new TagPath.AttributeTest("type", "ByWCS"), new TagPath.AttributeTest("kind", "x")),
                predicate.steps().get(1).tests());
        assertEquals("type", predicate.attribute());
        assertEquals("*", TagPath.parse("DataArea/*/X").steps().get(1).name());
    }

    @Test
    void moreSpecificPathsRankHigher() {
        assertTrue(TagPath.parse("A/B[1]").specificity() > TagPath.parse("A/B").specificity());
        assertTrue(TagPath.parse("A/Z/B").specificity()
                > TagPath.parse("A/*/B[@t='x']").specificity());
    }

    @Test
    void refusesWhatItDoesNotSupport() {
        for (String bad :
                List.of("", "/A", "A//B", "A[", "A[0]", "A[last()]", "A[@t=x]", "A/B@", "A@b@c", "1A", "A[1][2]")) {
            assertThrows(IllegalArgumentException.class, () -> TagPath.parse(bad), bad);
        }
    }
}
