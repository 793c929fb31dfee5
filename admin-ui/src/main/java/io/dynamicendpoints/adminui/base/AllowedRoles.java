package io.dynamicendpoints.adminui.base;

import io.dynamicendpoints.domain.user.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a view. A view without it is for {@link Role#ADMIN} only, so that a view
 * added without thought is closed rather than open.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {
    Role[] value();
}
