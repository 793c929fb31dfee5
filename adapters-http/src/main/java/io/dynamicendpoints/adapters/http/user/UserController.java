package io.dynamicendpoints.adapters.http.user;

import io.dynamicendpoints.application.user.CreateUser;
import io.dynamicendpoints.application.user.DeleteUser;
import io.dynamicendpoints.application.user.ListUsers;
import io.dynamicendpoints.application.user.ResetPassword;
import io.dynamicendpoints.domain.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Creates, lists and deletes accounts and resets their passwords (ADMIN only). */
@Controller("/api/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserController {

    private final ListUsers listUsers;
    private final CreateUser createUser;
    private final DeleteUser deleteUser;
    private final ResetPassword resetPassword;

    UserController(ListUsers listUsers, CreateUser createUser, DeleteUser deleteUser, ResetPassword resetPassword) {
        this.listUsers = listUsers;
        this.createUser = createUser;
        this.deleteUser = deleteUser;
        this.resetPassword = resetPassword;
    }

    @Get
    List<UserResponse> list() {
        return listUsers.list().stream().map(UserResponse::of).toList();
    }

    @Post
    HttpResponse<UserResponse> create(@Body CreateUserRequest request) {
        return HttpResponse.created(UserResponse.of(createUser.create(request.username(), request.password(),
                request.roles())));
    }

    @Delete("/{username}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(String username) {
        deleteUser.delete(username);
    }

    @Put("/{username}/password")
    @Status(HttpStatus.NO_CONTENT)
    void resetPassword(String username, @Body PasswordRequest request) {
        resetPassword.reset(username, request.password());
    }

    @Serdeable
    record PasswordRequest(@Nullable String password) {

        @Override
        public String toString() {
            return "PasswordRequest[password=****]";
        }
    }

    @Serdeable
    record CreateUserRequest(@Nullable String username, @Nullable String password, @Nullable List<String> roles) {

        @Override
        public String toString() {
            return "CreateUserRequest[username=" + username + ", password=****, roles=" + roles + "]";
        }
    }

    @Serdeable
    record UserResponse(String username, List<String> roles) {

        static UserResponse of(User user) {
            return new UserResponse(user.username(), user.roles().stream().map(Enum::name).sorted().toList());
        }
    }
}
