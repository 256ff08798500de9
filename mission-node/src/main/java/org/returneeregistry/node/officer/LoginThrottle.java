package org.returneeregistry.node.officer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds password guessing at the node's login: after NODE_LOGIN_FAILURES (default 5) failed logins for one
 * officer name within NODE_LOGIN_WINDOW (15 minutes), that name is locked for NODE_LOGIN_LOCK (5 minutes) — even
 * the right password is refused meanwhile; after four times as many failures from one address, every login from
 * it is. Each failure and each lock is logged (names and addresses only, never a password). A success clears the
 * name's failures. The counts live in memory, at most {@value #TRACKED} keys of each kind (expired ones are
 * dropped first; beyond that a new key is counted under one shared key, so flooding with made-up names locks
 * them together rather than growing the memory).
 */
@ApplicationScoped
public class LoginThrottle {

    static final int TRACKED = 10_000;
    static final String OVERFLOW = "(many)";
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    @ConfigProperty(name = "node.login.failures", defaultValue = "5")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "node.login.window", defaultValue = "PT15M")
    String window;

    @Inject
    @ConfigProperty(name = "node.login.lock", defaultValue = "PT5M")
    String lock;

    Clock clock = Clock.systemUTC();

    int tracked = TRACKED;

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    /** Failures of one key within the window, and the time it is locked until. */
    private static final class Failures {
        Instant first;
        int count;
        Instant lockedUntil = Instant.EPOCH;
    }

    /** True when a login for this name, or from this address, must be refused without checking the password. */
    public boolean locked(String account, String address) {
        Instant now = clock.instant();
        return lockedNow(accounts.get(key(account)), now) || lockedNow(addresses.get(key(address)), now);
    }

    /** Counts a failed login; logs it, and the lock it leads to. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        String a = count(accounts, key(account), now, failuresPerAccount);
        String b = count(addresses, key(address), now, failuresPerAccount * 4);
        LOG.warning(() -> "node login failed for officer name '" + printable(account) + "' from " + printable(address));
        if (a != null) {
            LOG.warning(() -> "node login locked for officer name '" + printable(account) + "' until " + a);
        }
        if (b != null) {
            LOG.warning(() -> "node login locked for every officer from " + printable(address) + " until " + b);
        }
    }

    /** A successful login clears the name's failures. */
    public void succeeded(String account) {
        accounts.remove(key(account));
    }

    private static boolean lockedNow(Failures f, Instant now) {
        if (f == null) {
            return false;
        }
        synchronized (f) {
            return now.isBefore(f.lockedUntil);
        }
    }

    /** Counts one failure under {@code key}; answers the lock's end when this failure locks it, else null. */
    private String count(Map<String, Failures> map, String key, Instant now, int limit) {
        Duration windowLength = Duration.parse(window);
        if (map.size() >= tracked && !map.containsKey(key)) {
            map.values().removeIf(f -> expired(f, now, windowLength));
            if (map.size() >= tracked) {
                key = OVERFLOW;
            }
        }
        Failures f = map.computeIfAbsent(key, k -> new Failures());
        synchronized (f) {
            if (f.first == null || expired(f, now, windowLength)) {
                f.first = now;
                f.count = 0;
            }
            f.count++;
            if (f.count >= Math.max(1, limit) && !now.isBefore(f.lockedUntil)) {
                f.lockedUntil = now.plus(Duration.parse(lock));
                f.first = null;
                f.count = 0;
                return f.lockedUntil.toString();
            }
            return null;
        }
    }

    private static boolean expired(Failures f, Instant now, Duration window) {
        synchronized (f) {
            return (f.first == null || now.isAfter(f.first.plus(window))) && !now.isBefore(f.lockedUntil);
        }
    }

    private static String key(String s) {
        return s == null ? "" : s;
    }

    /** A name as typed, safe for one log line: at most 64 characters, control characters replaced. */
    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
