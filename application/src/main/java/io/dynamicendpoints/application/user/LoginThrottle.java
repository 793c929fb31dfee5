package io.dynamicendpoints.application.user;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing without letting an attacker lock anybody out. Failures are counted per
 * client address and account together, and per client address alone (an address trying many
 * accounts); each count allows some failures, then makes that address wait twice as long after every
 * further one (1 s, 2 s, 4 s ... up to 15 minutes). Attempts made inside the wait are refused without
 * checking the password. Failures for an account from other addresses never slow down this one, so
 * the owner signing in from elsewhere still gets in while an attacker fails; a success clears the
 * account's streak for that address, but not the address's own.
 *
 * <p>An attempt is counted as failed when it is let through, before its password is checked (and
 * taken back when it succeeds): otherwise a burst of parallel guesses sent the moment a wait ends
 * would all pass the check before the first of them failed.
 *
 * <p>The price: an attacker with many addresses gets {@value #FREE_FAILURES_PER_ACCOUNT} guesses per
 * account from each before waiting, and clients behind one NAT or proxy share an allowance. The
 * password rules and bcrypt's cost keep the first small; the second is the cost of no lock-out.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Longer than the longest wait, so an attacker who waits each one out keeps the streak. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Per count; bounded so a flood of made-up names or addresses cannot grow memory without limit. */
    static final int MAX_TRACKED = 10_000;
    /** No account name is longer (User); longer ones share a key rather than each taking memory. */
    private static final int LONGEST_NAME = 64;

    private final FailureStreaks<AddressAndAccount> byAccount;
    private final FailureStreaks<ClientAddress> byAddress;

    public LoginThrottle(Clock clock) {
        this.byAccount = new FailureStreaks<>(FREE_FAILURES_PER_ACCOUNT, MAX_WAIT, FORGET_AFTER, MAX_TRACKED, clock);
        this.byAddress = new FailureStreaks<>(FREE_FAILURES_PER_ADDRESS, MAX_WAIT, FORGET_AFTER, MAX_TRACKED, clock);
    }

    /**
     * Lets an attempt from this address for this name be checked, counting it as failed until
     * {@link #succeeded} says otherwise, and answers zero; or, when the address must wait, counts
     * nothing and answers how long. The same for a name that exists and one that does not.
     */
    public synchronized Duration admit(ClientAddress from, String username) {
        Duration wait = waitBefore(from, username);
        if (wait.isPositive()) {
            return wait;
        }
        byAccount.failed(key(from, username));
        byAddress.failed(from);
        return Duration.ZERO;
    }

    /** The admitted attempt had the right password: the account's streak from there ends. */
    public void succeeded(ClientAddress from, String username) {
        byAccount.forget(key(from, username));
        byAddress.forgive(from);
    }

    /** How long this address must wait before an attempt for this name is checked; zero when it may go now. */
    Duration waitBefore(ClientAddress from, String username) {
        Duration forAccount = byAccount.waitFor(key(from, username));
        Duration forAddress = byAddress.waitFor(from);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    int tracked() {
        return byAccount.size() + byAddress.size();
    }

    /** Names in lower case: 'Admin' and 'admin' are one account (Users), so they share one streak. */
    private static AddressAndAccount key(ClientAddress from, String username) {
        String account = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return new AddressAndAccount(from, account.length() > LONGEST_NAME ? account.substring(0, LONGEST_NAME + 1) : account);
    }

    private record AddressAndAccount(ClientAddress address, String account) {
    }
}
