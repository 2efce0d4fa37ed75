package org.commerceintegration.outbound.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.commerceintegration.catalog.CatalogEntry;
import org.commerceintegration.catalog.CatalogEntryDescription;
import org.commerceintegration.member.Address;
import org.commerceintegration.member.UserRegistration;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.order.ShipMode;
import org.commerceintegration.store.StoreAddress;
import org.commerceintegration.store.StoreDescription;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads what an order message needs besides the order and its items (which the caller has already fetched together)
 * with a fixed number of queries, however many items the order has: addresses (bill-to, every ship-to and the
 * purchaser's self address in one query), the logon, the store description and contact address, catalog entries,
 * their descriptions and the ship modes (one {@code IN} query each). Id lists longer than {@value #IN_LIMIT} are split,
 * because some databases refuse longer {@code IN} lists; below that (and the legacy format allows at most 999 items)
 * the count is fixed.
 *
 * <p>Descriptions are read in {@code commerce.outbound.languageId} (default -1, English, as Commerce's default
 * language); where that language is missing, the lowest language id present is used rather than nothing.
 */
@ApplicationScoped
public class OrderMessageDataLoader {

    static final int IN_LIMIT = 1000;

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "commerce.outbound.languageId", defaultValue = "-1")
    private int languageId;

    /** @param order an order with its items loaded */
    public OrderMessageData load(Order order) {
        OrderMessageData.Builder data = OrderMessageData.builder(order);
        List<OrderItem> items = order.getItems();
        loadAddresses(order, items, data);
        data.registration(entityManager.find(UserRegistration.class, order.getMemberId()));
        loadStore(order.getStoreId(), data);

        Set<Long> catalogIds = ids(items, OrderItem::getCatalogEntryId);
        inChunks(
                        catalogIds,
                        chunk -> entityManager
                                .createQuery("SELECT c FROM CatalogEntry c WHERE c.id IN :ids", CatalogEntry.class)
                                .setParameter("ids", chunk)
                                .getResultList())
                .forEach(data::catalogEntry);
        List<CatalogEntryDescription> descriptions = inChunks(
                catalogIds,
                chunk -> entityManager
                        .createQuery(
                                "SELECT d FROM CatalogEntryDescription d WHERE d.catalogEntryId IN :ids",
                                CatalogEntryDescription.class)
                        .setParameter("ids", chunk)
                        .getResultList());
        inLanguage(descriptions, CatalogEntryDescription::getCatalogEntryId, CatalogEntryDescription::getLanguageId)
                .forEach(data::description);
        inChunks(
                        ids(items, OrderItem::getShipModeId),
                        chunk -> entityManager
                                .createQuery("SELECT s FROM ShipMode s WHERE s.id IN :ids", ShipMode.class)
                                .setParameter("ids", chunk)
                                .getResultList())
                .forEach(data::shipMode);
        return data.build();
    }

    private void loadAddresses(Order order, List<OrderItem> items, OrderMessageData.Builder data) {
        Set<Long> addressIds = ids(items, OrderItem::getShipToAddressId);
        if (order.getBillingAddressId() != null) {
            addressIds.add(order.getBillingAddressId());
        }
        List<Address> found = addressIds.isEmpty()
                ? entityManager
                        .createQuery(
                                "SELECT a FROM Address a WHERE a.memberId = :member" + " AND a.selfAddress = 1",
                                Address.class)
                        .setParameter("member", order.getMemberId())
                        .getResultList()
                : inChunks(
                        addressIds,
                        chunk -> entityManager
                                .createQuery(
                                        "SELECT a FROM Address a"
                                                + " WHERE a.id IN :ids OR (a.memberId = :member AND a.selfAddress = 1)",
                                        Address.class)
                                .setParameter("ids", chunk)
                                .setParameter("member", order.getMemberId())
                                .getResultList());
        Address purchaser = null;
        for (Address address : found) {
            if (addressIds.contains(address.getId())) {
                data.address(address);
            }
            if (isSelfAddress(address, order.getMemberId()) && prefer(address, purchaser)) {
                purchaser = address;
            }
        }
        data.purchaser(purchaser);
    }

    private static boolean isSelfAddress(Address address, Long memberId) {
        return memberId.equals(address.getMemberId()) && Integer.valueOf(1).equals(address.getSelfAddress());
    }

    /** A permanent ({@code STATUS = 'P'}) self address beats a temporary one; then the newest. */
    private static boolean prefer(Address candidate, Address current) {
        if (current == null) {
            return true;
        }
        boolean candidatePermanent = "P".equals(trim(candidate.getStatus()));
        boolean currentPermanent = "P".equals(trim(current.getStatus()));
        if (candidatePermanent != currentPermanent) {
            return candidatePermanent;
        }
        return candidate.getId() > current.getId();
    }

    private void loadStore(int storeId, OrderMessageData.Builder data) {
        List<StoreDescription> descriptions = entityManager
                .createQuery("SELECT d FROM StoreDescription d WHERE d.storeId = :store", StoreDescription.class)
                .setParameter("store", storeId)
                .getResultList();
        StoreDescription description = inLanguage(descriptions, d -> 0L, StoreDescription::getLanguageId).stream()
                .findFirst()
                .orElse(null);
        StoreAddress contact = null;
        if (description != null) {
            Long addressId = description.getContactAddressId() != null
                    ? description.getContactAddressId()
                    : description.getLocationAddressId();
            contact = addressId == null ? null : entityManager.find(StoreAddress.class, addressId);
        }
        data.store(description, contact);
    }

    /** One row per owner: the configured language, else the lowest language id present. */
    private <T> List<T> inLanguage(List<T> rows, Function<T, Long> owner, ToIntFunction<T> language) {
        Map<Long, T> chosen = new HashMap<>();
        for (T row : rows.stream().sorted(Comparator.comparingInt(language)).toList()) {
            T current = chosen.get(owner.apply(row));
            if (current == null
                    || (language.applyAsInt(row) == languageId && language.applyAsInt(current) != languageId)) {
                chosen.put(owner.apply(row), row);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static <K> Set<K> ids(List<OrderItem> items, Function<OrderItem, K> id) {
        Set<K> ids = new LinkedHashSet<>();
        for (OrderItem item : items) {
            K value = id.apply(item);
            if (value != null) {
                ids.add(value);
            }
        }
        return ids;
    }

    private static <K, R> List<R> inChunks(Collection<K> ids, Function<List<K>, List<R>> query) {
        List<K> all = new ArrayList<>(ids);
        List<R> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIMIT) {
            results.addAll(query.apply(new ArrayList<>(all.subList(from, Math.min(all.size(), from + IN_LIMIT)))));
        }
        return results;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
