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
 * Slows down password guessing: after {@code commerce.login.maxFailuresPerUser} failed logins (default 5) for one
 * user name, or {@code commerce.login.maxFailuresPerAddress} (default 50) from one client address, every further
 * attempt for that key is refused for a while: {@code commerce.login.lockSeconds} (default 30) after the last
 * failure, doubling with each failure beyond the limit, at most 15 minutes. A success clears the user's count.
 * Failures are forgotten 15 minutes after the last one. Memory is bounded: at most {@value #MAX_KEYS} keys are
 * remembered, the least recently failed forgotten first (an attacker spraying names can only make this forget, not
 * grow).
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_KEYS = 10_000;
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS;
        }
    };

    @Inject
    @ConfigProperty(name = "commerce.login.maxFailuresPerUser", defaultValue = "5")
    int maxPerUser;

    @Inject
    @ConfigProperty(name = "commerce.login.maxFailuresPerAddress", defaultValue = "50")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "commerce.login.lockSeconds", defaultValue = "30")
    int lockSeconds;

    Clock clock = Clock.systemUTC();

    /** For CDI. */
    public LoginThrottle() {}

    LoginThrottle(int maxPerUser, int maxPerAddress, int lockSeconds, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.lockSeconds = lockSeconds;
        this.clock = clock;
    }

    /** How long attempts for this user or from this address stay refused; zero when one may try now. */
    public synchronized Duration refusedFor(String user, String address) {
        Instant now = clock.instant();
        Duration byUser = lockRemaining(userKey(user), maxPerUser, now);
        Duration byAddress = lockRemaining(addressKey(address), maxPerAddress, now);
        return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
    }

    public synchronized void failed(String user, String address) {
        Instant now = clock.instant();
        count(userKey(user), now);
        count(addressKey(address), now);
    }

    public synchronized void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private void count(String key, Instant now) {
        Failures before = failures.get(key);
        int count = before == null || expired(before, now) ? 1 : before.count() + 1;
        failures.put(key, new Failures(count, now));
    }

    private Duration lockRemaining(String key, int limit, Instant now) {
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
        return failures.size();
    }

    private static String userKey(String user) {
        // bounded, so that long made-up names cannot make the map large
        String name = user == null ? "" : user;
        return "u:" + (name.length() > 256 ? name.substring(0, 256) : name);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
