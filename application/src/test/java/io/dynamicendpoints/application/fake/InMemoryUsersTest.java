package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.application.port.UsersContract;

/** Keeps the fake honest: it passes the same suite as the JDBC adapter. */
class InMemoryUsersTest extends UsersContract {

    @Override
    protected Users emptyUsers() {
        return new InMemoryUsers();
    }
}
