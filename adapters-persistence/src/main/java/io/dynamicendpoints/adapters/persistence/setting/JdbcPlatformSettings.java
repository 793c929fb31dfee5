package io.dynamicendpoints.adapters.persistence.setting;

import io.dynamicendpoints.application.port.PlatformSettings;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link PlatformSettings} in the {@code platform_setting} table of the default datasource (H2 or
 * PostgreSQL). Two processes starting on an empty database may both generate a value: each offers its
 * own, the database keeps the first, and both then read back that one.
 */
@Singleton
public final class JdbcPlatformSettings implements PlatformSettings {

    private final PlatformSettingRowRepository rows;

    JdbcPlatformSettings(PlatformSettingRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public String getOrCreate(String name, Supplier<String> initial) {
        return rows.findSettingValueByName(name).orElseGet(() -> {
            rows.insertUnlessPresent(name, Objects.requireNonNull(initial.get(), "initial value"));
            return rows.findSettingValueByName(name).orElseThrow(() ->
                    new IllegalStateException("Setting '" + name + "' vanished right after it was stored"));
        });
    }
}
