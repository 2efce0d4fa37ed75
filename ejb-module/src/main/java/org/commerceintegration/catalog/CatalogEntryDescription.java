package org.commerceintegration.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A catalog entry's name and short description in one language (Commerce table {@code CATENTDESC}).
 */
@Entity
@Table(name = "CATENTDESC")
@IdClass(CatalogEntryDescriptionKey.class)
public class CatalogEntryDescription {

    @Id
    @Column(name = "CATENTRY_ID", nullable = false)
    private Long catalogEntryId;

    @Id
    @Column(name = "LANGUAGE_ID", nullable = false)
    private Integer languageId;

    @Column(name = "NAME", length = 128)
    private String name;

    @Column(name = "SHORTDESCRIPTION", length = 254)
    private String shortDescription;

    @Column(name = "PUBLISHED", nullable = false)
    private Integer published;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public CatalogEntryDescription() {}

    public Long getCatalogEntryId() {
        return catalogEntryId;
    }

    public void setCatalogEntryId(Long catalogEntryId) {
        this.catalogEntryId = catalogEntryId;
    }

    public Integer getLanguageId() {
        return languageId;
    }

    public void setLanguageId(Integer languageId) {
        this.languageId = languageId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public void setShortDescription(String shortDescription) {
        this.shortDescription = shortDescription;
    }

    public void setPublished(Integer published) {
        this.published = published;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
