package io.dynamicendpoints.domain.user;

/** What a user may do: {@code ADMIN} everything, {@code INTEGRATOR} only discover published endpoints. */
public enum Role {
    ADMIN,
    INTEGRATOR
}
