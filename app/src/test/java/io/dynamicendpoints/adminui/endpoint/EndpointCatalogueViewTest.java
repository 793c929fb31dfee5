package io.dynamicendpoints.adminui.endpoint;

import com.vaadin.flow.component.UI;
import io.dynamicendpoints.adminui.base.KaribuConsole;
import io.dynamicendpoints.application.listing.ListedEndpoint;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.user.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** What an integrator sees: published endpoints with their URLs, never a draft or a secret. */
@MicronautTest(transactional = false)
class EndpointCatalogueViewTest {

    @Inject
    ApplicationContext context;
    @Inject
    CreateWorkflow createWorkflow;
    @Inject
    io.dynamicendpoints.application.user.CreateUser createUser;

    @BeforeEach
    void setUp() {
        KaribuConsole.setUp(context);
        String partner = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        createUser.create(partner, "partner-password-1", java.util.List.of("INTEGRATOR"));
        KaribuConsole.signIn(partner, Role.INTEGRATOR);
    }

    @AfterEach
    void tearDown() {
        KaribuConsole.tearDown();
    }

    @Test
    void listsPublishedEndpointsOnlyAndNoSecret() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        WorkflowView published = createWorkflow.create(Map.of("name", "Live " + suffix, "published", true,
                "listener", Map.of("return_type", "data", "add_authentication", true)));
        createWorkflow.create(Map.of("name", "Draft " + suffix, "listener", Map.of("return_type", "data")));

        UI.getCurrent().navigate(EndpointCatalogueView.class);
        EndpointCatalogueView view = _get(EndpointCatalogueView.class);

        assertThat(_findAll(view.grid)).extracting(ListedEndpoint::name)
                .contains("Live " + suffix).doesNotContain("Draft " + suffix);
        assertThat(_findAll(view.grid)).extracting(ListedEndpoint::url).contains(published.url());
        assertThat(get_textRecursively(view))
                .doesNotContain(published.workflow().listener().jwt().endpointSecret().template())
                .doesNotContain(published.workflow().listener().jwt().endpointKey());
    }
}
