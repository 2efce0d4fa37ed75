package org.commerceintegration.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A store entity (Commerce table {@code STOREENT}); {@code STOREENT_ID} 0 is the site.
 */
@Entity
@Table(name = "STOREENT")
public class Store {

    @Id
    @Column(name = "STOREENT_ID", nullable = false)
    private Integer id;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Column(name = "TYPE", nullable = false, length = 1)
    private String type;

    @Column(name = "IDENTIFIER", nullable = false, length = 254)
    private String identifier;

    @Column(name = "SETCCURR", length = 3)
    private String currency;

    @Column(name = "MARKFORDELETE", nullable = false)
    private Integer markForDelete;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public Store() {}

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public void setMarkForDelete(Integer markForDelete) {
        this.markForDelete = markForDelete;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
