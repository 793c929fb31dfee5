package io.dynamicendpoints.adminui.dashboard;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgStackedBarsTest {

    private static final List<SvgStackedBars.Series> SERIES = List.of(
            new SvgStackedBars.Series("2xx", "#009e73"),
            new SvgStackedBars.Series("4xx", "#e69f00"),
            new SvgStackedBars.Series("5xx", "#d55e00"));

    private final SvgStackedBars chart = new SvgStackedBars("status", "Answers by status class",
            "30 requests", "Requests", SERIES);

    @Test
    void splitsEachBarIntoSegmentsScaledToTheLongestBar() {
        SvgDocument svg = SvgDocument.parse(chart.render(List.of(
                new SvgStackedBars.Bar("Orders", List.of(10L, 5L, 5L)),
                new SvgStackedBars.Bar("Invoices", List.of(0L, 0L, 10L))), "none"));

        List<Element> segments = svg.withClass("rect", "segment");
        assertThat(segments).hasSize(4);
        assertThat(segments.get(0).getAttribute("x")).isEqualTo(String.valueOf(SvgStackedBars.LABEL_WIDTH));
        assertThat(segments.get(0).getAttribute("width")).isEqualTo(SvgLineChart.number(SvgStackedBars.BAR_AREA / 2.0));
        assertThat(segments.get(1).getAttribute("x"))
                .isEqualTo(SvgLineChart.number(SvgStackedBars.LABEL_WIDTH + SvgStackedBars.BAR_AREA / 2.0));
        assertThat(segments.get(2).getAttribute("width")).isEqualTo(SvgLineChart.number(SvgStackedBars.BAR_AREA / 4.0));
        assertThat(segments.get(3).getAttribute("fill")).isEqualTo("#d55e00");
        assertThat(segments.get(3).getAttribute("y")).isEqualTo(String.valueOf(
                SvgStackedBars.rowTop(1) + (SvgStackedBars.ROW_HEIGHT - SvgStackedBars.BAR_HEIGHT) / 2));
        assertThat(segments.get(1).getTextContent()).isEqualTo("Orders — 4xx: 5");
        assertThat(svg.withClass("text", "bar-total")).extracting(Element::getTextContent).containsExactly("20", "10");
    }

    @Test
    void hasALegendRowLabelsAndALabelledAxis() {
        SvgDocument svg = SvgDocument.parse(chart.render(List.of(new SvgStackedBars.Bar("Orders", List.of(1L, 2L, 3L))), "none"));

        assertThat(svg.withClass("text", "legend-label")).extracting(Element::getTextContent).containsExactly("2xx", "4xx", "5xx");
        assertThat(svg.withClass("rect", "legend-swatch")).extracting(element -> element.getAttribute("fill"))
                .containsExactly("#009e73", "#e69f00", "#d55e00");
        assertThat(svg.withClass("text", "x-label")).extracting(Element::getTextContent).containsExactly("0", "6");
        assertThat(svg.withClass("text", "axis-title").getFirst().getTextContent()).isEqualTo("Requests");
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 720 " + SvgStackedBars.height(1));
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.title()).isEqualTo("Answers by status class");
    }

    @Test
    void shortensLongLabelsAndKeepsTheWholeOneAsTitle() {
        String name = "A very long endpoint name that goes on and on";
        SvgDocument svg = SvgDocument.parse(chart.render(List.of(new SvgStackedBars.Bar(name, List.of(1L, 0L, 0L))), "none"));

        Element label = svg.withClass("text", "bar-label").getFirst();
        assertThat(label.getTextContent()).startsWith(name).contains(name.substring(0, 25) + "…");
        assertThat(label.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(name);
    }

    @Test
    void escapesLabelsUsersTyped() {
        String markup = chart.render(List.of(new SvgStackedBars.Bar("<img src=x onerror=alert(1)> & \"co\"",
                List.of(1L, 0L, 0L))), "none");

        assertThat(markup).doesNotContain("<img");
        SvgDocument svg = SvgDocument.parse(markup);
        assertThat(svg.withClass("rect", "segment").getFirst().getTextContent())
                .isEqualTo("<img src=x onerror=alert(1)> & \"co\" — 2xx: 1");
    }

    @Test
    void saysSoWhenThereIsNothingToDraw() {
        SvgDocument svg = SvgDocument.parse(chart.render(List.of(), "No requests in this period"));

        assertThat(svg.withClass("rect", "segment")).isEmpty();
        assertThat(svg.withClass("text", "empty-note").getFirst().getTextContent()).isEqualTo("No requests in this period");
    }

    @Test
    void refusesABarWithTheWrongNumberOfValuesAndColoursThatAreNotHex() {
        assertThatThrownBy(() -> chart.render(List.of(new SvgStackedBars.Bar("x", List.of(1L))), "none"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SvgStackedBars.Series("2xx", "red\" onload=\"x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
