package org.commerceintegration.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing without letting a stranger lock a real user out. Two counts, each with a hard lock:
 *
 * <ul>
 *   <li>per user name <em>and</em> client address: after {@code commerce.login.maxFailuresPerUserAndAddress} failed
 *       logins (default 5) that name is refused from that address;</li>
 *   <li>per client address, whatever the name: after {@code commerce.login.maxFailuresPerAddress} failures (default
 *       50) that address is refused, so that one address cannot spray guesses over many names.</li>
 * </ul>
 *
 * A lock lasts {@code commerce.login.lockSeconds} (default 30) after the last failure, doubling with each failure
 * beyond the limit, at most 15 minutes. There is deliberately no count per user name alone: the shipped names
 * ({@code admin}) are public, and such a lock would let anyone keep the real admin out from another address with
 * one failure per lock period; a delay instead would hold a request thread per attempt and is beaten by sending in
 * parallel. Guessing from many addresses is bounded by the per-address limits and the passwords' strength.
 *
 * <p>A success clears its (user, address) count; the address count is kept, so that an attacker with one valid
 * account cannot reset their address by logging in. Failures are forgotten 15 minutes after the last one. Memory is
 * bounded: at most {@value #MAX_KEYS} pairs and as many addresses are remembered, the least recently failed
 * forgotten first, in two separate maps so that spraying pairs cannot make the address counts forgotten.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_KEYS = 10_000;
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    /** Long made-up names must not make the map large. */
    private static final int MAX_NAME = 256;

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> byUserAndAddress = bounded();
    private final Map<String, Failures> byAddress = bounded();

    @Inject
    @ConfigProperty(name = "commerce.login.maxFailuresPerUserAndAddress", defaultValue = "5")
    int maxPerUserAndAddress;

    @Inject
    @ConfigProperty(name = "commerce.login.maxFailuresPerAddress", defaultValue = "50")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "commerce.login.lockSeconds", defaultValue = "30")
    int lockSeconds;

    Clock clock = Clock.systemUTC();

    /** For CDI. */
    public LoginThrottle() {}

    LoginThrottle(int maxPerUserAndAddress, int maxPerAddress, int lockSeconds, Clock clock) {
        this.maxPerUserAndAddress = maxPerUserAndAddress;
        this.maxPerAddress = maxPerAddress;
        this.lockSeconds = lockSeconds;
        this.clock = clock;
    }

    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }

    /** How long attempts for this user from this address stay refused; zero when one may try now. */
    public synchronized Duration refusedFor(String user, String address) {
        Instant now = clock.instant();
        Duration byPair = lockRemaining(byUserAndAddress, pairKey(user, address), maxPerUserAndAddress, now);
        Duration byAddr = lockRemaining(byAddress, addressKey(address), maxPerAddress, now);
        return byPair.compareTo(byAddr) >= 0 ? byPair : byAddr;
    }

    public synchronized void failed(String user, String address) {
        Instant now = clock.instant();
        count(byUserAndAddress, pairKey(user, address), now);
        count(byAddress, addressKey(address), now);
    }

    public synchronized void succeeded(String user, String address) {
        byUserAndAddress.remove(pairKey(user, address));
    }

    private static void count(Map<String, Failures> failures, String key, Instant now) {
        Failures before = failures.get(key);
        int count = before == null || expired(before, now) ? 1 : before.count() + 1;
        failures.put(key, new Failures(count, now));
    }

    private Duration lockRemaining(Map<String, Failures> failures, String key, int limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || expired(f, now)) {
            failures.remove(key);
            return Duration.ZERO;
        }
        if (f.count() < limit) {
            return Duration.ZERO;
        }
        int beyond = Math.min(f.count() - limit, 20);
        Duration lock = Duration.ofSeconds((long) lockSeconds << beyond);
        if (lock.compareTo(MAX_LOCK) > 0) {
            lock = MAX_LOCK;
        }
        Duration remaining = Duration.between(now, f.last().plus(lock));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private static boolean expired(Failures f, Instant now) {
        return f.last().plus(FORGET_AFTER).isBefore(now);
    }

    synchronized int remembered() {
        return byUserAndAddress.size() + byAddress.size();
    }

    private static String pairKey(String user, String address) {
        String name = user == null ? "" : user;
        // the address first and a separator no address holds, so that no name can forge another pair's key
        return addressKey(address) + " " + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }
}
