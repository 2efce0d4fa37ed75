package org.commerceintegration.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A store's ship mode (Commerce table {@code SHIPMODE}): carrier and code of an order item's shipping.
 */
@Entity
@Table(name = "SHIPMODE")
public class ShipMode {

    @Id
    @Column(name = "SHIPMODE_ID", nullable = false)
    private Integer id;

    @Column(name = "STOREENT_ID", nullable = false)
    private Integer storeId;

    @Column(name = "CODE", length = 30)
    private String code;

    @Column(name = "CARRIER", length = 30)
    private String carrier;

    @Column(name = "TRACKINGNAME", length = 64)
    private String trackingName;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public ShipMode() {}

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
