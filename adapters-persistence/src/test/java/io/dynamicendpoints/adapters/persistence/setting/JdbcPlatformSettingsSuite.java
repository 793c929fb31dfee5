package io.dynamicendpoints.adapters.persistence.setting;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.PlatformSettings;
import io.dynamicendpoints.application.port.PlatformSettingsContract;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** The {@link PlatformSettingsContract} against {@link JdbcPlatformSettings}; subclasses choose the database. */
abstract class JdbcPlatformSettingsSuite extends PlatformSettingsContract {

    @Inject
    PlatformSettings settings;

    /** The database the subclass points the application at. */
    protected abstract TestDatabase database();

    @Override
    protected PlatformSettings emptySettings() {
        database().empty("platform_setting");
        return settings;
    }

    @Test
    void isTheJdbcAdapter() {
        assertThat(settings).isInstanceOf(JdbcPlatformSettings.class);
    }

    @Test
    void aValueStoredByAnotherProcessWins() {
        database().execute(
                "INSERT INTO platform_setting (name, setting_value) VALUES ('api.token-signing-secret', 'theirs')");

        assertThat(settings.getOrCreate("api.token-signing-secret", () -> "ours")).isEqualTo("theirs");
    }
}
