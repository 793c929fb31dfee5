package io.dynamicendpoints.adapters.persistence.setting;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the {@code platform_setting} table. */
@MappedEntity("platform_setting")
record PlatformSettingRow(@Id String name, String settingValue) {
}
