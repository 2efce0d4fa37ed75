package org.commerceintegration.store;

import java.io.Serializable;
import java.util.Objects;

/**
 * Primary key of {@link StoreDescription}: store and language.
 */
public class StoreDescriptionKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer storeId;
    private Integer languageId;

    public StoreDescriptionKey() {}

    public StoreDescriptionKey(Integer storeId, Integer languageId) {
        this.storeId = storeId;
        this.languageId = languageId;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public Integer getLanguageId() {
        return languageId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreDescriptionKey other
                && Objects.equals(storeId, other.storeId)
                && Objects.equals(languageId, other.languageId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storeId, languageId);
    }

    @Override
    public String toString() {
        return "storeId=" + storeId + ", " + "languageId=" + languageId;
    }
}
