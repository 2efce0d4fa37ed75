package org.commerceintegration.audit;

import java.time.LocalDateTime;

/**
 * One audited change as the API and the console show it: a copy of a {@code CI_AUDIT} row, so no managed entity
 * leaves the persistence layer.
 *
 * @param id     {@code AUDIT_ID}
 * @param at     when the change was made (server time)
 * @param actor  who made it
 * @param action what was done, e.g. {@code registry.switch}, {@code listener.pause}
 * @param target what it was done to
 * @param before the value before, or null
 * @param after  the value after, or null
 */
public record AuditEntry(
        long id, LocalDateTime at, String actor, String action, String target, String before, String after) {}
