package org.commerceintegration.catalog;

import java.io.Serializable;
import java.util.Objects;

/**
 * Primary key of {@link CatalogEntryDescription}: catalog entry and language.
 */
public class CatalogEntryDescriptionKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long catalogEntryId;
    private Integer languageId;

    public CatalogEntryDescriptionKey() {}

    public CatalogEntryDescriptionKey(Long catalogEntryId, Integer languageId) {
        this.catalogEntryId = catalogEntryId;
        this.languageId = languageId;
    }

    public Long getCatalogEntryId() {
        return catalogEntryId;
    }

    public Integer getLanguageId() {
        return languageId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogEntryDescriptionKey other
                && Objects.equals(catalogEntryId, other.catalogEntryId)
                && Objects.equals(languageId, other.languageId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogEntryId, languageId);
    }

    @Override
    public String toString() {
        return "catalogEntryId=" + catalogEntryId + ", " + "languageId=" + languageId;
    }
}
