package org.commerceintegration.status;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Order-level status reported by the back end (Commerce table {@code ORDSTAT}, spec 6.1).
 *
 * <p>{@code OSVERNBR} 0 is the current row; with versioning, older states are kept as history rows (spec G-9).
 */
@Entity
@Table(name = "ORDSTAT")
public class OrderStatusRecord {

    @Id
    @SequenceGenerator(name = "CI_ORDSTAT_SEQ", sequenceName = "CI_ORDSTAT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CI_ORDSTAT_SEQ")
    @Column(name = "ORDSTAT_ID", nullable = false)
    private Long id;

    @Column(name = "ORDERS_ID")
    private Long ordersId;

    @Column(name = "OSMORDER", length = 30)
    private String merchantOrderNumber;

    @Column(name = "OSCPCUR", length = 10)
    private String currency;

    @Column(name = "OSPRTOT", precision = 20, scale = 5)
    private BigDecimal priceTotal;

    @Column(name = "OSTXTOT", precision = 20, scale = 5)
    private BigDecimal taxTotal;

    @Column(name = "OSSHTOT", precision = 20, scale = 5)
    private BigDecimal shippingTotal;

    @Column(name = "OSSHTXTOT", precision = 20, scale = 5)
    private BigDecimal shippingTaxTotal;

    @Column(name = "OSSTATUS", length = 32)
    private String status;

    @Column(name = "OSPLTIME")
    private LocalDateTime placeTime;

    @Column(name = "OSRSTIME")
    private LocalDateTime requestShipTime;

    @Column(name = "OSSSTIME")
    private LocalDateTime scheduleShipTime;

    @Column(name = "OSASTIME")
    private LocalDateTime actualShipTime;

    @Column(name = "OSINVTIME")
    private LocalDateTime invoiceTime;

    @Column(name = "OSINVVAL", precision = 20, scale = 5)
    private BigDecimal invoiceValue;

    @Column(name = "OSSCOND", length = 2)
    private String shipCondition;

    @Column(name = "OSSMFLAG", length = 1)
    private String shippingModeFlag;

    @Column(name = "OSVERNBR")
    private Integer versionNumber;

    @Column(name = "OSUPDTIME")
    private LocalDateTime lastUpdateTime;

    @Column(name = "OSSEQNUM", length = 64)
    private String sequenceNumber;

    @Column(name = "OSCMNT", length = 254)
    private String comment;

    @Column(name = "FIELD1")
    private Integer field1;

    @Column(name = "FIELD2", precision = 20, scale = 5)
    private BigDecimal field2;

    @Column(name = "FIELD3", length = 254)
    private String field3;

    @Column(name = "OSCODE", length = 20)
    private String errorCode;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public OrderStatusRecord() {}

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrdersId() {
        return ordersId;
    }

    public void setOrdersId(Long ordersId) {
        this.ordersId = ordersId;
    }

    public String getMerchantOrderNumber() {
        return merchantOrderNumber;
    }

    public void setMerchantOrderNumber(String merchantOrderNumber) {
        this.merchantOrderNumber = merchantOrderNumber;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getPriceTotal() {
        return priceTotal;
    }

    public void setPriceTotal(BigDecimal priceTotal) {
        this.priceTotal = priceTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public void setTaxTotal(BigDecimal taxTotal) {
        this.taxTotal = taxTotal;
    }

    public BigDecimal getShippingTotal() {
        return shippingTotal;
    }

    public void setShippingTotal(BigDecimal shippingTotal) {
        this.shippingTotal = shippingTotal;
    }

    public BigDecimal getShippingTaxTotal() {
        return shippingTaxTotal;
    }

    public void setShippingTaxTotal(BigDecimal shippingTaxTotal) {
        this.shippingTaxTotal = shippingTaxTotal;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDateTime getPlaceTime() {
        return placeTime;
    }

    public void setPlaceTime(LocalDateTime placeTime) {
        this.placeTime = placeTime;
    }

    public LocalDateTime getRequestShipTime() {
        return requestShipTime;
    }

    public void setRequestShipTime(LocalDateTime requestShipTime) {
        this.requestShipTime = requestShipTime;
    }

    public LocalDateTime getScheduleShipTime() {
        return scheduleShipTime;
    }

    public void setScheduleShipTime(LocalDateTime scheduleShipTime) {
        this.scheduleShipTime = scheduleShipTime;
    }

    public LocalDateTime getActualShipTime() {
        return actualShipTime;
    }

    public void setActualShipTime(LocalDateTime actualShipTime) {
        this.actualShipTime = actualShipTime;
    }

    public LocalDateTime getInvoiceTime() {
        return invoiceTime;
    }

    public void setInvoiceTime(LocalDateTime invoiceTime) {
        this.invoiceTime = invoiceTime;
    }

    public BigDecimal getInvoiceValue() {
        return invoiceValue;
    }

    public void setInvoiceValue(BigDecimal invoiceValue) {
        this.invoiceValue = invoiceValue;
    }

    public String getShipCondition() {
        return shipCondition;
    }

    public void setShipCondition(String shipCondition) {
        this.shipCondition = shipCondition;
    }

    public String getShippingModeFlag() {
        return shippingModeFlag;
    }

    public void setShippingModeFlag(String shippingModeFlag) {
        this.shippingModeFlag = shippingModeFlag;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public LocalDateTime getLastUpdateTime() {
        return lastUpdateTime;
    }

    public void setLastUpdateTime(LocalDateTime lastUpdateTime) {
        this.lastUpdateTime = lastUpdateTime;
    }

    public String getSequenceNumber() {
        return sequenceNumber;
    }

    public void setSequenceNumber(String sequenceNumber) {
        this.sequenceNumber = sequenceNumber;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getField1() {
        return field1;
    }

    public void setField1(Integer field1) {
        this.field1 = field1;
    }

    public BigDecimal getField2() {
        return field2;
    }

    public void setField2(BigDecimal field2) {
        this.field2 = field2;
    }

    public String getField3() {
        return field3;
    }

    public void setField3(String field3) {
        this.field3 = field3;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(String errorCode) {
        this.errorCode = errorCode;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
