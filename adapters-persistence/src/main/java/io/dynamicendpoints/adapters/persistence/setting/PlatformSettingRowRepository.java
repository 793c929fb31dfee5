package io.dynamicendpoints.adapters.persistence.setting;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The queries {@link JdbcPlatformSettings} needs over the {@code platform_setting} table, and no others. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlatformSettingRowRepository extends GenericRepository<PlatformSettingRow, String> {

    Optional<String> findSettingValueByName(String name);

    /**
     * Inserts unless the name already has a value; {@code ON CONFLICT DO NOTHING} (which H2
     * understands in PostgreSQL mode) lets the database settle a race without an error.
     *
     * @return 1 when inserted, 0 when another value was there first
     */
    @Query("INSERT INTO platform_setting (name, setting_value) VALUES (:name, :settingValue) ON CONFLICT DO NOTHING")
    int insertUnlessPresent(String name, String settingValue);
}
