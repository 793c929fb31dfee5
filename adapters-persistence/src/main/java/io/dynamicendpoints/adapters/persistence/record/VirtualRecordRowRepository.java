package io.dynamicendpoints.adapters.persistence.record;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * The queries {@link JdbcVirtualRecords} needs over the {@code virtual_record} table, and no others.
 * Both reads by entity walk the {@code (entity, id)} index.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VirtualRecordRowRepository extends GenericRepository<VirtualRecordRow, Long> {

    VirtualRecordRow save(VirtualRecordRow row);

    VirtualRecordRow update(VirtualRecordRow row);

    /** Locks the row until the transaction ends, so that concurrent merges into one record queue up. */
    Optional<VirtualRecordRow> findByIdForUpdate(Long id);

    /**
     * One page of an entity's records in id order, after {@code afterId}: seeking by id rather than by
     * offset keeps every page as cheap as the first.
     */
    @Query("SELECT * FROM virtual_record WHERE entity = :entity AND id > :afterId ORDER BY id LIMIT :limit")
    List<VirtualRecordRow> findPage(String entity, long afterId, int limit);

    @Query("SELECT * FROM virtual_record WHERE entity = :entity ORDER BY id DESC LIMIT :limit")
    List<VirtualRecordRow> findNewest(String entity, int limit);
}
