package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;

/**
 * Whether an API token still speaks for its account: the account exists and carries the stamp the
 * token was issued with. A deleted account, a password reset or a name taken again by a new account
 * each end the tokens issued before, on every node at once, because the stamp lives in the database.
 */
public final class CheckTokenStamp {

    private final Users users;

    public CheckTokenStamp(Users users) {
        this.users = users;
    }

    public boolean isCurrent(String username, String stamp) {
        if (username == null || stamp == null) {
            return false;
        }
        return users.find(username).map(user -> user.tokenStamp().value().equals(stamp)).orElse(false);
    }
}
