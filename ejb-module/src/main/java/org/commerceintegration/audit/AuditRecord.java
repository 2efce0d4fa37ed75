package org.commerceintegration.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One audited state change (table {@code CI_AUDIT}). Written in the same transaction as the change it records,
 * so a change that rolls back leaves no audit row, and one that commits always has one.
 */
@Entity
@Table(name = "CI_AUDIT")
public class AuditRecord {

    private static final int MAX_VALUE = 2000;

    @Id
    @SequenceGenerator(name = "CI_AUDIT_SEQ", sequenceName = "CI_AUDIT_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CI_AUDIT_SEQ")
    @Column(name = "AUDIT_ID", nullable = false)
    private Long id;

    @Column(name = "AUDITED_AT", nullable = false)
    private LocalDateTime at;

    @Column(name = "ACTOR", nullable = false, length = 254)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 64)
    private String action;

    @Column(name = "TARGET", nullable = false, length = 512)
    private String target;

    @Column(name = "BEFORE_VALUE", length = MAX_VALUE)
    private String before;

    @Column(name = "AFTER_VALUE", length = MAX_VALUE)
    private String after;

    /** For JPA. */
    protected AuditRecord() {}

    AuditRecord(String actor, String action, String target, String before, String after) {
        this.at = LocalDateTime.now();
        this.actor = actor;
        this.action = action;
        this.target = clip(target, 512);
        this.before = clip(before, MAX_VALUE);
        this.after = clip(after, MAX_VALUE);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 3) + "...";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
