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
 * Item-level status reported by the back end (Commerce table {@code ORDISTAT}, spec 6.2). The order item column keeps
 * the product's spelling {@code ORDERITMES_ID}.
 */
@Entity
@Table(name = "ORDISTAT")
public class OrderItemStatusRecord {

    @Id
    @SequenceGenerator(name = "CI_ORDISTAT_SEQ", sequenceName = "CI_ORDISTAT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CI_ORDISTAT_SEQ")
    @Column(name = "ORDISTAT_ID", nullable = false)
    private Long id;

    @Column(name = "ORDERS_ID")
    private Long ordersId;

    @Column(name = "OSMORDER", length = 30)
    private String merchantOrderNumber;

    @Column(name = "ORDERITMES_ID")
    private Long orderItemId;

    @Column(name = "OIMITEM", length = 30)
    private String merchantItemNumber;

    @Column(name = "PARTNUMBER", length = 64)
    private String partNumber;

    @Column(name = "OIUOFM", length = 20)
    private String unitOfMeasure;

    @Column(name = "OIQTREQUEST")
    private Integer quantityRequested;

    @Column(name = "OIQTCONFIRM")
    private Integer quantityConfirmed;

    @Column(name = "OIQTSHIP")
    private Integer quantityShipped;

    @Column(name = "OICPCUR", length = 10)
    private String currency;

    @Column(name = "OIUNPRC", precision = 20, scale = 5)
    private BigDecimal unitPrice;

    @Column(name = "OIPRTOT", precision = 20, scale = 5)
    private BigDecimal priceTotal;

    @Column(name = "OITXTOT", precision = 20, scale = 5)
    private BigDecimal taxTotal;

    @Column(name = "OISHTOT", precision = 20, scale = 5)
    private BigDecimal shippingTotal;

    @Column(name = "OISHTXTOT", precision = 20, scale = 5)
    private BigDecimal shippingTaxTotal;

    @Column(name = "OISTATUS", length = 32)
    private String status;

    @Column(name = "OIPLTIME")
    private LocalDateTime placeTime;

    @Column(name = "OIRSTIME")
    private LocalDateTime requestShipTime;

    @Column(name = "OISSTIME")
    private LocalDateTime scheduleShipTime;

    @Column(name = "OIASTIME")
    private LocalDateTime actualShipTime;

    @Column(name = "OIINVTIME")
    private LocalDateTime invoiceTime;

    @Column(name = "OIINVVAL", precision = 20, scale = 5)
    private BigDecimal invoiceValue;

    @Column(name = "OIVERNBR")
    private Integer versionNumber;

    @Column(name = "OISCOND", length = 2)
    private String shipCondition;

    @Column(name = "OICMNT", length = 254)
    private String comment;

    @Column(name = "FIELD1")
    private Integer field1;

    @Column(name = "FIELD2", precision = 20, scale = 5)
    private BigDecimal field2;

    @Column(name = "FIELD3", length = 254)
    private String field3;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public OrderItemStatusRecord() {}

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

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public Integer getQuantityRequested() {
        return quantityRequested;
    }

    public void setQuantityRequested(Integer quantityRequested) {
        this.quantityRequested = quantityRequested;
    }

    public Integer getQuantityConfirmed() {
        return quantityConfirmed;
    }

    public void setQuantityConfirmed(Integer quantityConfirmed) {
        this.quantityConfirmed = quantityConfirmed;
    }

    public Integer getQuantityShipped() {
        return quantityShipped;
    }

    public void setQuantityShipped(Integer quantityShipped) {
        this.quantityShipped = quantityShipped;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
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

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public String getShipCondition() {
        return shipCondition;
    }

    public void setShipCondition(String shipCondition) {
        this.shipCondition = shipCondition;
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

    public short getOptCounter() {
        return optCounter;
    }
}
