package org.commerceintegration.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An order (Commerce table {@code ORDERS}, spec 6.3): the columns the order messages read.
 *
 * <p>Its items come with it ({@link #getItems()}), ordered by item id, so that composing an outbound message reads the
 * order in one query rather than one per item.
 */
@Entity
@Table(name = "ORDERS")
public class Order {

    @Id
    @Column(name = "ORDERS_ID", nullable = false)
    private Long id;

    @Column(name = "ORMORDER", length = 30)
    private String merchantOrderNumber;

    @Column(name = "ORGENTITY_ID")
    private Long organizationId;

    @Column(name = "TOTALPRODUCT", precision = 20, scale = 5)
    private BigDecimal totalProduct;

    @Column(name = "TOTALTAX", precision = 20, scale = 5)
    private BigDecimal totalTax;

    @Column(name = "TOTALSHIPPING", precision = 20, scale = 5)
    private BigDecimal totalShipping;

    @Column(name = "TOTALTAXSHIPPING", precision = 20, scale = 5)
    private BigDecimal totalTaxShipping;

    @Column(name = "DESCRIPTION", length = 254)
    private String description;

    @Column(name = "STOREENT_ID", nullable = false)
    private Integer storeId;

    @Column(name = "CURRENCY", length = 10)
    private String currency;

    @Column(name = "LOCKED", length = 1)
    private String locked;

    @Column(name = "TIMEPLACED")
    private LocalDateTime timePlaced;

    @Column(name = "LASTUPDATE")
    private LocalDateTime lastUpdate;

    @Column(name = "SEQUENCE", nullable = false)
    private Double sequence;

    @Column(name = "STATUS", length = 3)
    private String status;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Column(name = "FIELD1")
    private Integer field1;

    @Column(name = "ADDRESS_ID")
    private Long billingAddressId;

    @Column(name = "FIELD2", precision = 20, scale = 5)
    private BigDecimal field2;

    @Column(name = "PROVIDERORDERNUM")
    private Integer providerOrderNumber;

    @Column(name = "SHIPASCOMPLETE", nullable = false, length = 1)
    private String shipAsComplete;

    @Column(name = "FIELD3", length = 254)
    private String field3;

    @Column(name = "TOTALADJUSTMENT", precision = 20, scale = 5)
    private BigDecimal totalAdjustment;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<OrderItem> items = new ArrayList<>();

    /** An empty row, filled with the setters (and used by JPA). */
    public Order() {}

    /** The order's items, by item id. */
    public List<OrderItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    /** Adds an item to this order and points the item at it. */
    public void addItem(OrderItem item) {
        item.setOrder(this);
        items.add(item);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMerchantOrderNumber() {
        return merchantOrderNumber;
    }

    public void setMerchantOrderNumber(String merchantOrderNumber) {
        this.merchantOrderNumber = merchantOrderNumber;
    }

    public BigDecimal getTotalProduct() {
        return totalProduct;
    }

    public void setTotalProduct(BigDecimal totalProduct) {
        this.totalProduct = totalProduct;
    }

    public BigDecimal getTotalTax() {
        return totalTax;
    }

    public void setTotalTax(BigDecimal totalTax) {
        this.totalTax = totalTax;
    }

    public BigDecimal getTotalShipping() {
        return totalShipping;
    }

    public void setTotalShipping(BigDecimal totalShipping) {
        this.totalShipping = totalShipping;
    }

    public BigDecimal getTotalTaxShipping() {
        return totalTaxShipping;
    }

    public void setTotalTaxShipping(BigDecimal totalTaxShipping) {
        this.totalTaxShipping = totalTaxShipping;
    }

    public String getDescription() {
        return description;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDateTime getTimePlaced() {
        return timePlaced;
    }

    public void setTimePlaced(LocalDateTime timePlaced) {
        this.timePlaced = timePlaced;
    }

    public LocalDateTime getLastUpdate() {
        return lastUpdate;
    }

    public void setLastUpdate(LocalDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    public void setSequence(Double sequence) {
        this.sequence = sequence;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Integer getField1() {
        return field1;
    }

    public void setField1(Integer field1) {
        this.field1 = field1;
    }

    public Long getBillingAddressId() {
        return billingAddressId;
    }

    public void setBillingAddressId(Long billingAddressId) {
        this.billingAddressId = billingAddressId;
    }

    public BigDecimal getField2() {
        return field2;
    }

    public void setField2(BigDecimal field2) {
        this.field2 = field2;
    }

    public void setShipAsComplete(String shipAsComplete) {
        this.shipAsComplete = shipAsComplete;
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
