package org.commerceintegration.format.legacy;

/**
 * Why one value is not acceptable for its field kind. Internal: callers that know the record, field and offset turn
 * it into a {@link LegacyFormatException}. No stack trace, because hostile input may raise it thousands of times.
 */
final class ValueProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ValueProblem(String problem) {
        super(problem, null, false, false);
    }
}
