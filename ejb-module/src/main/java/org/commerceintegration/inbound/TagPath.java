package org.commerceintegration.inbound;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * A template XPath, relative to the template's start element, in the small dialect the message templates need:
 * {@code A/B}, {@code A/B@attr} (also {@code A/B/@attr}), {@code A[2]}, {@code A[@type="ByWCS"]} (several predicates
 * may follow one another) and {@code *} for "any element" in one step.
 *
 * <p>Attribute predicates compare the attribute's effective value, DTD default included: for
 * {@code OrderNumber[@type="ByWCS"]} a bare {@code <OrderNumber>} is the Commerce number, as the DTD says.
 *
 * @param text      the XPath as written, whitespace removed; the identity used when site templates replace tags
 * @param steps     element steps from the start element down
 * @param attribute the attribute at the end, or {@code null} for an element path
 */
record TagPath(String text, List<Step> steps, String attribute) {

    /** One element step. {@code index} 0 means "any occurrence". */
    record Step(String name, int index, List<AttributeTest> tests) {

        boolean matches(String element, int occurrence, Attributes attributes) {
            if (!name.equals("*") && !name.equals(element)) {
                return false;
            }
            if (index != 0 && index != occurrence) {
                return false;
            }
            for (AttributeTest test : tests) {
                if (!test.value().equals(attributes.getValue(test.name()))) {
                    return false;
                }
            }
            return true;
        }
    }

    record AttributeTest(String name, String value) {}

    TagPath {
        steps = List.copyOf(steps);
    }

    /**
     * How specific the path is, so that {@code CustomerField[1]} wins over {@code CustomerField} and a site's
     * {@code DataArea/OrderShipping/X} over the shipped {@code DataArea/*}{@code /X}: named steps first, then
     * predicates.
     */
    int specificity() {
        int named = 0;
        int predicates = 0;
        for (Step step : steps) {
            if (!step.name().equals("*")) {
                named++;
            }
            predicates += step.tests().size() + (step.index() != 0 ? 1 : 0);
        }
        return named * 1000 + predicates;
    }

    static TagPath parse(String xpath) {
        String text = xpath.replaceAll("\\s+", "");
        if (text.isEmpty() || text.startsWith("/")) {
            throw new IllegalArgumentException("XPath must be relative and not empty: '" + xpath + "'");
        }
        String attribute = null;
        String elements = text;
        int at = lastAttributeMarker(text);
        if (at >= 0) {
            attribute = text.substring(at + 1);
            elements = text.substring(0, at);
            if (elements.endsWith("/")) {
                elements = elements.substring(0, elements.length() - 1);
            }
            requireName(attribute, xpath);
        }
        List<Step> steps = new ArrayList<>();
        for (String part : splitSteps(elements, xpath)) {
            steps.add(step(part, xpath));
        }
        return new TagPath(text, steps, attribute);
    }

    /** The '@' that starts a trailing attribute, i.e. one outside any predicate. */
    private static int lastAttributeMarker(String text) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '@' && depth == 0) {
                found = i;
            }
        }
        return found;
    }

    private static List<String> splitSteps(String elements, String xpath) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < elements.length(); i++) {
            char c = elements.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '/' && depth == 0) {
                parts.add(elements.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(elements.substring(start));
        if (depth != 0 || parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("malformed XPath '" + xpath + "'");
        }
        return parts;
    }

    private static Step step(String part, String xpath) {
        int bracket = part.indexOf('[');
        String name = bracket < 0 ? part : part.substring(0, bracket);
        if (!name.equals("*")) {
            requireName(name, xpath);
        }
        int index = 0;
        List<AttributeTest> tests = new ArrayList<>();
        String rest = bracket < 0 ? "" : part.substring(bracket);
        while (!rest.isEmpty()) {
            int close = rest.indexOf(']');
            if (!rest.startsWith("[") || close < 0) {
                throw new IllegalArgumentException("malformed predicate in XPath '" + xpath + "'");
            }
            String predicate = rest.substring(1, close);
            rest = rest.substring(close + 1);
            if (predicate.matches("[1-9][0-9]{0,3}")) {
                if (index != 0) {
                    throw new IllegalArgumentException("two positions in one step of XPath '" + xpath + "'");
                }
                index = Integer.parseInt(predicate);
            } else if (predicate.matches("@[^=]+=(\"[^\"]*\"|'[^']*')")) {
                int eq = predicate.indexOf('=');
                String attribute = predicate.substring(1, eq);
                requireName(attribute, xpath);
                tests.add(new AttributeTest(attribute, predicate.substring(eq + 2, predicate.length() - 1)));
            } else {
                throw new IllegalArgumentException("unsupported predicate [" + predicate + "] in XPath '" + xpath
                        + "'; supported: [n] and [@name=\"value\"]");
            }
        }
        return new Step(name, index, tests);
    }

    private static void requireName(String name, String xpath) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("invalid name '" + name + "' in XPath '" + xpath + "'");
        }
    }
}
