package io.dynamicendpoints.adminui.dashboard;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgLineChartTest {

    private final SvgLineChart chart = new SvgLineChart("rpm", "Requests per minute", "12 requests in the last hour",
            "Time (UTC)", "Requests per minute");

    private static List<SvgLineChart.Point> points(long... values) {
        List<SvgLineChart.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new SvgLineChart.Point("10:" + (10 + i), values[i], "10:" + (10 + i) + " UTC: " + values[i]));
        }
        return points;
    }

    @Test
    void placesTheFirstPointOnTheYAxisAndTheLastAtTheRightEdge() {
        assertThat(SvgLineChart.x(0, 60)).isEqualTo(SvgLineChart.LEFT);
        assertThat(SvgLineChart.x(59, 60)).isEqualTo(SvgLineChart.WIDTH - SvgLineChart.RIGHT);
        assertThat(SvgLineChart.x(1, 3)).isEqualTo(SvgLineChart.LEFT + SvgLineChart.PLOT_WIDTH / 2.0);
    }

    @Test
    void placesZeroOnTheBaselineAndTheScaleTopAtTheTop() {
        assertThat(SvgLineChart.y(0, 8)).isEqualTo(SvgLineChart.TOP + SvgLineChart.PLOT_HEIGHT);
        assertThat(SvgLineChart.y(8, 8)).isEqualTo(SvgLineChart.TOP);
        assertThat(SvgLineChart.y(2, 8)).isEqualTo(SvgLineChart.TOP + SvgLineChart.PLOT_HEIGHT * 0.75);
    }

    @Test
    void roundsTheScaleUpToWholeGridSteps() {
        assertThat(SvgLineChart.scaleTop(0)).isEqualTo(4);
        assertThat(SvgLineChart.scaleTop(4)).isEqualTo(4);
        assertThat(SvgLineChart.scaleTop(5)).isEqualTo(8);
        assertThat(SvgLineChart.scaleTop(9)).isEqualTo(20);
        assertThat(SvgLineChart.scaleTop(100)).isEqualTo(100);
        assertThat(SvgLineChart.scaleTop(101)).isEqualTo(200);
        assertThat(SvgLineChart.scaleTop(7_000)).isEqualTo(8_000);
        for (long peak = 0; peak < 5_000; peak++) {
            long top = SvgLineChart.scaleTop(peak);
            assertThat(top).isGreaterThanOrEqualTo(peak).isLessThanOrEqualTo(Math.max(4, peak * 5 / 2 + 8));
            assertThat(top % SvgLineChart.Y_TICKS).isZero();
        }
    }

    @Test
    void drawsOnePointPerValueAtItsCoordinates() {
        SvgDocument svg = SvgDocument.parse(chart.render(points(0, 4, 2), 10));

        List<Element> circles = svg.withClass("circle", "point");
        assertThat(circles).hasSize(3);
        assertThat(circles.get(1).getAttribute("cx")).isEqualTo(SvgLineChart.number(SvgLineChart.x(1, 3)));
        assertThat(circles.get(1).getAttribute("cy")).isEqualTo(SvgLineChart.number(SvgLineChart.TOP));
        assertThat(circles.get(2).getAttribute("cy")).isEqualTo(SvgLineChart.number(SvgLineChart.y(2, 4)));
        assertThat(circles.get(1).getTextContent()).isEqualTo("10:11 UTC: 4");
        assertThat(svg.withClass("polyline", "line").getFirst().getAttribute("points").split(" ")).hasSize(3);
    }

    @Test
    void labelsTheAxesAndEveryNthMinute() {
        long[] values = new long[60];
        values[30] = 7;
        SvgDocument svg = SvgDocument.parse(chart.render(points(values), 10));

        assertThat(svg.withClass("text", "x-label")).extracting(Element::getTextContent)
                .containsExactly("10:10", "10:20", "10:30", "10:40", "10:50", "10:60", "10:69");
        assertThat(svg.withClass("text", "y-label")).extracting(Element::getTextContent)
                .containsExactly("0", "2", "4", "6", "8");
        assertThat(svg.withClass("text", "axis-title")).extracting(Element::getTextContent)
                .containsExactly("Time (UTC)", "Requests per minute");
    }

    @Test
    void isAnAccessibleImageWithTitleAndDescription() {
        SvgDocument svg = SvgDocument.parse(chart.render(points(1, 2), 10));

        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("id")).isEqualTo("rpm");
        assertThat(svg.root().getAttribute("aria-labelledby")).isEqualTo("rpm-title rpm-desc");
        assertThat(svg.title()).isEqualTo("Requests per minute");
        assertThat(svg.all("desc").getFirst().getTextContent()).isEqualTo("12 requests in the last hour");
    }

    @Test
    void escapesEveryText() {
        SvgLineChart hostile = new SvgLineChart("a\"b", "<b>Orders</b> & more", "it's \"fine\"", "<x>", "<y>");
        List<SvgLineChart.Point> points = List.of(new SvgLineChart.Point("<1>", 1, "</title><script>alert(1)</script>"),
                new SvgLineChart.Point("2", 2, "two"));

        String markup = hostile.render(points, 1);
        SvgDocument svg = SvgDocument.parse(markup);

        assertThat(markup).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(svg.title()).isEqualTo("<b>Orders</b> & more");
        assertThat(svg.root().getAttribute("id")).isEqualTo("a\"b");
        assertThat(svg.withClass("circle", "point").getFirst().getTextContent()).isEqualTo("</title><script>alert(1)</script>");
    }

    @Test
    void writesCoordinatesWithADotWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(SvgLineChart.number(12.25)).isEqualTo("12.3");
            assertThat(SvgLineChart.number(12.0)).isEqualTo("12");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void refusesALineOfOnePoint() {
        assertThatThrownBy(() -> chart.render(points(3), 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
