package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.PlatformSettings;
import io.dynamicendpoints.application.port.PlatformSettingsContract;

/** Keeps the fake honest: it passes the same suite as the JDBC adapter. */
class InMemoryPlatformSettingsTest extends PlatformSettingsContract {

    @Override
    protected PlatformSettings emptySettings() {
        return new InMemoryPlatformSettings();
    }
}
