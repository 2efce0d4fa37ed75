package org.commerceintegration.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A store's display name and addresses in one language (Commerce table {@code STOREENTDS}).
 */
@Entity
@Table(name = "STOREENTDS")
@IdClass(StoreDescriptionKey.class)
public class StoreDescription {

    @Id
    @Column(name = "STOREENT_ID", nullable = false)
    private Integer storeId;

    @Id
    @Column(name = "LANGUAGE_ID", nullable = false)
    private Integer languageId;

    @Column(name = "DISPLAYNAME", length = 512)
    private String displayName;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Column(name = "STADDRESS_ID_LOC")
    private Long locationAddressId;

    @Column(name = "STADDRESS_ID_CONT")
    private Long contactAddressId;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public StoreDescription() {}

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public Integer getLanguageId() {
        return languageId;
    }

    public void setLanguageId(Integer languageId) {
        this.languageId = languageId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getDescription() {
        return description;
    }

    public Long getLocationAddressId() {
        return locationAddressId;
    }

    public Long getContactAddressId() {
        return contactAddressId;
    }

    public void setContactAddressId(Long contactAddressId) {
        this.contactAddressId = contactAddressId;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
