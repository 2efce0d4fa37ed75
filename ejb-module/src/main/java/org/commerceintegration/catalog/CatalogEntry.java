package org.commerceintegration.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A catalog entry (Commerce table {@code CATENTRY}): the part number an order item carries.
 */
@Entity
@Table(name = "CATENTRY")
public class CatalogEntry {

    @Id
    @Column(name = "CATENTRY_ID", nullable = false)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Column(name = "CATENTTYPE_ID", nullable = false, length = 16)
    private String type;

    @Column(name = "PARTNUMBER", nullable = false, length = 64)
    private String partNumber;

    @Column(name = "MFPARTNUMBER", length = 64)
    private String manufacturerPartNumber;

    @Column(name = "MFNAME", length = 64)
    private String manufacturerName;

    @Column(name = "MARKFORDELETE", nullable = false)
    private Integer markForDelete;

    @Column(name = "BUYABLE")
    private Integer buyable;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public CatalogEntry() {}

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
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

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public void setMarkForDelete(Integer markForDelete) {
        this.markForDelete = markForDelete;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
