package org.commerceintegration.monitoring.operation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One replay from the error queue (table {@code CI_MESSAGE_REPLAY}): the error-queue message taken, the new message
 * put on an inbound queue, who did it and when, and whether the body was edited. Written in the replay's own
 * transaction beside its audit record; kept as columns rather than read back from the audit text, so that a message's
 * journey finds its replays by index in either direction and never depends on the wording of an audit line.
 */
@Entity
@Table(name = "CI_MESSAGE_REPLAY")
public class MessageReplay {

    @Id
    @Column(name = "NEWMSGID", nullable = false, length = 128)
    private String newMessageId;

    @Column(name = "ERRORMSGID", nullable = false, length = 128)
    private String errorMessageId;

    @Column(name = "ACTOR", nullable = false, length = 254)
    private String actor;

    @Column(name = "REPLAYED", nullable = false)
    private LocalDateTime replayed;

    @Column(name = "QUEUENAME", nullable = false, length = 128)
    private String queueName;

    @Column(name = "EDITED", nullable = false)
    private short edited;

    /** For JPA. */
    protected MessageReplay() {}

    MessageReplay(
            String errorMessageId,
            String newMessageId,
            String actor,
            String queueName,
            boolean edited,
            LocalDateTime at) {
        this.errorMessageId = errorMessageId;
        this.newMessageId = newMessageId;
        this.actor = actor.length() <= 254 ? actor : actor.substring(0, 254);
        this.queueName = queueName;
        this.edited = (short) (edited ? 1 : 0);
        this.replayed = at;
    }

    public String getNewMessageId() {
        return newMessageId;
    }

    public String getErrorMessageId() {
        return errorMessageId;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getReplayed() {
        return replayed;
    }

    public String getQueueName() {
        return queueName;
    }

    public boolean isEdited() {
        return edited != 0;
    }
}
