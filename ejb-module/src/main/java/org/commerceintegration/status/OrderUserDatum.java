package org.commerceintegration.status;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One user data pair received in a status message (legacy {@code DATUSR}, XML {@code UserDataField}), kept per order
 * and, for item user data, per item (our table {@code CI_ORDER_USERDATA}; Commerce documents no place for them, G-13).
 *
 * <p>Rows are only ever added: each message's pairs are kept with the time they arrived and the message's
 * serialization info, so the latest value of a name is the row with the highest key, and the history stays readable.
 */
@Entity
@Table(name = "CI_ORDER_USERDATA")
public class OrderUserDatum {

    @Id
    @SequenceGenerator(name = "CI_ORDER_USERDATA_SEQ", sequenceName = "CI_ORDER_USERDATA_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CI_ORDER_USERDATA_SEQ")
    @Column(name = "CI_ORDER_USERDATA_ID", nullable = false)
    private Long id;

    @Column(name = "ORDERS_ID", nullable = false)
    private Long ordersId;

    /** The item for item user data whose item is known by its Commerce id; {@code null} for header user data. */
    @Column(name = "ORDERITEMS_ID")
    private Long orderItemId;

    /** The back end's item number for item user data, when the message gave one. */
    @Column(name = "OIMITEM", length = 30)
    private String merchantItemNumber;

    @Column(name = "FIELDNAME", nullable = false, length = 254)
    private String name;

    @Column(name = "FIELDVALUE", length = 4000)
    private String value;

    /** When the message was applied. */
    @Column(name = "RECEIVED", nullable = false)
    private LocalDateTime received;

    /** The message's {@code sequenceNumber}, if any. */
    @Column(name = "OSSEQNUM", length = 64)
    private String sequenceNumber;

    /** The message's {@code lastUpdateTime}, if any. */
    @Column(name = "OSUPDTIME")
    private LocalDateTime lastUpdateTime;

    /** An empty row, filled with the setters (and used by JPA). */
    public OrderUserDatum() {}

    /** Whether this is item user data rather than the order's. */
    public boolean isItemData() {
        return orderItemId != null || merchantItemNumber != null;
    }

    public Long getId() {
        return id;
    }

    public Long getOrdersId() {
        return ordersId;
    }

    public void setOrdersId(Long ordersId) {
        this.ordersId = ordersId;
    }

    public Long getOrderItemId() {
        return orderItemId;
    }

    public void setOrderItemId(Long orderItemId) {
        this.orderItemId = orderItemId;
    }

    public String getMerchantItemNumber() {
        return merchantItemNumber;
    }

    public void setMerchantItemNumber(String merchantItemNumber) {
        this.merchantItemNumber = merchantItemNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public LocalDateTime getReceived() {
        return received;
    }

    public void setReceived(LocalDateTime received) {
        this.received = received;
    }

    public String getSequenceNumber() {
        return sequenceNumber;
    }

    public void setSequenceNumber(String sequenceNumber) {
        this.sequenceNumber = sequenceNumber;
    }

    public LocalDateTime getLastUpdateTime() {
        return lastUpdateTime;
    }

    public void setLastUpdateTime(LocalDateTime lastUpdateTime) {
        this.lastUpdateTime = lastUpdateTime;
    }
}
