package org.commerceintegration.monitoring.statistics;

import java.time.Instant;

/**
 * A queue's depth at one sampling time.
 *
 * @param at    when it was read
 * @param depth the depth, -1 when it could not be read
 */
public record DepthSample(Instant at, long depth) {}
