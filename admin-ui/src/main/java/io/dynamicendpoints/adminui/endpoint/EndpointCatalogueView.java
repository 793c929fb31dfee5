package io.dynamicendpoints.adminui.endpoint;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.dynamicendpoints.adminui.base.AllowedRoles;
import io.dynamicendpoints.adminui.base.ConsoleRoutes;
import io.dynamicendpoints.adminui.base.CopyButton;
import io.dynamicendpoints.adminui.base.MainLayout;
import io.dynamicendpoints.application.listing.ListEndpoints;
import io.dynamicendpoints.application.listing.ListedEndpoint;
import io.dynamicendpoints.domain.user.Role;
import io.micronaut.context.annotation.Prototype;

/**
 * The published endpoints an integrator may call (the console's side of {@code GET /api/endpoints}):
 * names, URLs and how to call them; never a key or secret.
 */
@Route(value = ConsoleRoutes.CATALOGUE, layout = MainLayout.class)
@PageTitle("Endpoint catalogue · Dynamic Endpoints")
@AllowedRoles({Role.ADMIN, Role.INTEGRATOR})
@Prototype
public final class EndpointCatalogueView extends VerticalLayout {

    final Grid<ListedEndpoint> grid = new Grid<>(ListedEndpoint.class, false);

    public EndpointCatalogueView(ListEndpoints listEndpoints) {
        setId("catalogue-view");
        setSizeFull();
        add(new H2("Endpoint catalogue"),
                new Paragraph("Published endpoints you may call. Ask an admin for the key and secret of an "
                        + "endpoint that needs a signed token."));
        configureGrid();
        grid.setItems(listEndpoints.list());
        add(grid);
    }

    private void configureGrid() {
        grid.setId("endpoint-catalogue");
        grid.setAriaLabel("Published endpoints");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(ListedEndpoint::name).setHeader("Name").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ListedEndpoint::description).setHeader("Description");
        grid.addColumn(ListedEndpoint::returnType).setHeader("Returns").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(endpoint -> EndpointIcons.of(endpoint.addAuthentication(), endpoint.allowCors()))
                .setHeader("Access").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(endpoint -> {
            Span url = new Span(endpoint.url());
            url.addClassName("endpoint-url");
            HorizontalLayout cell = new HorizontalLayout(url, new CopyButton("URL", endpoint.url()));
            cell.setSpacing(false);
            cell.setAlignItems(Alignment.CENTER);
            return cell;
        }).setHeader("URL").setFlexGrow(2);
        grid.setEmptyStateText("No endpoint is published yet.");
    }
}
