package org.commerceintegration.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An order item (Commerce table {@code ORDERITEMS}, spec 6.4): the columns the order messages read.
 */
@Entity
@Table(name = "ORDERITEMS")
public class OrderItem {

    @Id
    @Column(name = "ORDERITEMS_ID", nullable = false)
    private Long id;

    @Column(name = "STOREENT_ID", nullable = false)
    private Integer storeId;

    @Column(name = "ORDERS_ID", insertable = false, updatable = false)
    private Long ordersId;

    @Column(name = "TERMCOND_ID")
    private Long termsAndConditionsId;

    @Column(name = "TRADING_ID")
    private Long tradingId;

    @Column(name = "ITEMSPC_ID")
    private Long itemSpecId;

    @Column(name = "CATENTRY_ID")
    private Long catalogEntryId;

    @Column(name = "PARTNUM", length = 64)
    private String partNumber;

    @Column(name = "SHIPMODE_ID")
    private Integer shipModeId;

    @Column(name = "FFMCENTER_ID")
    private Integer fulfillmentCenterId;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Column(name = "ADDRESS_ID")
    private Long shipToAddressId;

    @Column(name = "ALLOCADDRESS_ID")
    private Long allocationAddressId;

    @Column(name = "PRICE", precision = 20, scale = 5)
    private BigDecimal price;

    @Column(name = "LINEITEMTYPE", length = 4)
    private String lineItemType;

    @Column(name = "STATUS", nullable = false, length = 1)
    private String status;

    @Column(name = "OUTPUTQ_ID")
    private Long outputQueueId;

    @Column(name = "INVENTORYSTATUS", nullable = false, length = 4)
    private String inventoryStatus;

    @Column(name = "CURRENCY", length = 10)
    private String currency;

    @Column(name = "QUANTITY", nullable = false)
    private Double quantity;

    @Column(name = "TOTALPRODUCT", precision = 20, scale = 5)
    private BigDecimal totalProduct;

    @Column(name = "TAXAMOUNT", precision = 20, scale = 5)
    private BigDecimal taxAmount;

    @Column(name = "SHIPCHARGE", precision = 20, scale = 5)
    private BigDecimal shipCharge;

    @Column(name = "SHIPTAXAMOUNT", precision = 20, scale = 5)
    private BigDecimal shipTaxAmount;

    @Column(name = "TOTALADJUSTMENT", precision = 20, scale = 5)
    private BigDecimal totalAdjustment;

    @Column(name = "TIMECREATED")
    private LocalDateTime timeCreated;

    @Column(name = "LASTUPDATE")
    private LocalDateTime lastUpdate;

    @Column(name = "COMMENTS", length = 254)
    private String comments;

    @Column(name = "FIELD1")
    private Integer field1;

    @Column(name = "FIELD2", length = 254)
    private String field2;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ORDERS_ID", nullable = false)
    private Order order;

    /** An empty row, filled with the setters (and used by JPA). */
    public OrderItem() {}

    void setOrder(Order order) {
        this.order = order;
        this.ordersId = order.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public Long getOrdersId() {
        return ordersId;
    }

    public Long getCatalogEntryId() {
        return catalogEntryId;
    }

    public void setCatalogEntryId(Long catalogEntryId) {
        this.catalogEntryId = catalogEntryId;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public Integer getShipModeId() {
        return shipModeId;
    }

    public void setShipModeId(Integer shipModeId) {
        this.shipModeId = shipModeId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getShipToAddressId() {
        return shipToAddressId;
    }

    public void setShipToAddressId(Long shipToAddressId) {
        this.shipToAddressId = shipToAddressId;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public void setInventoryStatus(String inventoryStatus) {
        this.inventoryStatus = inventoryStatus;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Double getQuantity() {
        return quantity;
    }

    public void setQuantity(Double quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getTotalProduct() {
        return totalProduct;
    }

    public void setTotalProduct(BigDecimal totalProduct) {
        this.totalProduct = totalProduct;
    }

    public LocalDateTime getTimeCreated() {
        return timeCreated;
    }

    public void setTimeCreated(LocalDateTime timeCreated) {
        this.timeCreated = timeCreated;
    }

    public LocalDateTime getLastUpdate() {
        return lastUpdate;
    }

    public void setLastUpdate(LocalDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public Integer getField1() {
        return field1;
    }

    public void setField1(Integer field1) {
        this.field1 = field1;
    }

    public String getField2() {
        return field2;
    }

    public void setField2(String field2) {
        this.field2 = field2;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
