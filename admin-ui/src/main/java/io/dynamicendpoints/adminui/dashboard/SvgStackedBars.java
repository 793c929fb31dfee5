package io.dynamicendpoints.adminui.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * Draws one horizontal bar per row, split into coloured segments per series (for example status
 * classes per endpoint), with a legend, the row labels on the left, each row's total on the right, a
 * labelled x axis, and a hover title on every segment. Like {@link SvgLineChart} it carries
 * {@code role="img"}, a {@code <title>} and a {@code <desc>}.
 */
public final class SvgStackedBars {

    static final int WIDTH = 720;
    static final int LEGEND_HEIGHT = 28;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 18;
    static final int LABEL_WIDTH = 190;
    static final int TOTAL_WIDTH = 64;
    static final int BAR_AREA = WIDTH - LABEL_WIDTH - TOTAL_WIDTH;
    static final int AXIS_HEIGHT = 40;
    /** Longer row labels are cut, with the whole label in the row's hover title. */
    static final int MAX_LABEL_CHARS = 26;

    /** One series: what the legend calls it and its fill colour ({@code #rrggbb}). */
    public record Series(String name, String colour) {

        public Series {
            Objects.requireNonNull(name, "name");
            if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("A colour is #rrggbb: " + colour);
            }
        }
    }

    /** One bar: its label and one value per series, in series order. */
    public record Bar(String label, List<Long> values) {

        public Bar {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            if (values.stream().anyMatch(value -> value < 0)) {
                throw new IllegalArgumentException("A count is never negative");
            }
        }

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    private final String id;
    private final String title;
    private final String description;
    private final String xAxisTitle;
    private final List<Series> series;

    public SvgStackedBars(String id, String title, String description, String xAxisTitle, List<Series> series) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.xAxisTitle = Objects.requireNonNull(xAxisTitle, "xAxisTitle");
        this.series = List.copyOf(series);
        if (this.series.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one series");
        }
    }

    /** The chart of {@code bars}, top to bottom in the given order; an empty list draws a note saying so. */
    public String render(List<Bar> bars, String emptyNote) {
        for (Bar bar : bars) {
            if (bar.values().size() != series.size()) {
                throw new IllegalArgumentException("Bar “" + bar.label() + "” has " + bar.values().size()
                        + " values for " + series.size() + " series");
            }
        }
        int rows = Math.max(bars.size(), 1);
        int height = height(rows);
        long max = bars.stream().mapToLong(Bar::total).max().orElse(0);
        String escapedId = XmlText.escape(id);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escapedId)
                .append("\" class=\"chart stacked-bars\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(escapedId).append("-title ").append(escapedId).append("-desc\">");
        svg.append("<title id=\"").append(escapedId).append("-title\">").append(XmlText.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escapedId).append("-desc\">").append(XmlText.escape(description)).append("</desc>");
        legend(svg);
        if (bars.isEmpty()) {
            svg.append("<text class=\"empty-note\" x=\"").append(WIDTH / 2).append("\" y=\"").append(rowTop(0) + ROW_HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"13\" fill=\"#555\">")
                    .append(XmlText.escape(emptyNote)).append("</text>");
        }
        for (int row = 0; row < bars.size(); row++) {
            bar(svg, bars.get(row), row, max);
        }
        axis(svg, rows, max);
        return svg.append("</svg>").toString();
    }

    private void legend(StringBuilder svg) {
        int x = LABEL_WIDTH;
        for (Series one : series) {
            svg.append("<rect class=\"legend-swatch\" x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                    .append(one.colour()).append("\"/>");
            svg.append("<text class=\"legend-label\" x=\"").append(x + 16).append("\" y=\"12\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#333\">")
                    .append(XmlText.escape(one.name())).append("</text>");
            x += 24 + 8 * one.name().length();
        }
    }

    private void bar(StringBuilder svg, Bar bar, int row, long max) {
        int top = rowTop(row);
        String middle = SvgLineChart.number(top + ROW_HEIGHT / 2.0);
        svg.append("<g class=\"bar\">");
        svg.append("<text class=\"bar-label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(middle)
                .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#333\"><title>")
                .append(XmlText.escape(bar.label())).append("</title>").append(XmlText.escape(shortened(bar.label())))
                .append("</text>");
        double x = LABEL_WIDTH;
        for (int index = 0; index < series.size(); index++) {
            long value = bar.values().get(index);
            if (value == 0) {
                continue;
            }
            double width = segmentWidth(value, max);
            svg.append("<rect class=\"segment\" x=\"").append(SvgLineChart.number(x)).append("\" y=\"")
                    .append(top + (ROW_HEIGHT - BAR_HEIGHT) / 2).append("\" width=\"").append(SvgLineChart.number(width))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(series.get(index).colour())
                    .append("\"><title>").append(XmlText.escape(bar.label() + " — " + series.get(index).name() + ": " + value))
                    .append("</title></rect>");
            x += width;
        }
        svg.append("<text class=\"bar-total\" x=\"").append(SvgLineChart.number(x + 6)).append("\" y=\"").append(middle)
                .append("\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#333\">").append(bar.total()).append("</text>");
        svg.append("</g>");
    }

    private void axis(StringBuilder svg, int rows, long max) {
        int y = rowTop(rows) + 4;
        svg.append("<line class=\"axis\" x1=\"").append(LABEL_WIDTH).append("\" x2=\"").append(LABEL_WIDTH + BAR_AREA)
                .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"#999\" stroke-width=\"1\"/>");
        svg.append("<text class=\"x-label\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 14)
                .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">0</text>");
        svg.append("<text class=\"x-label\" x=\"").append(LABEL_WIDTH + BAR_AREA).append("\" y=\"").append(y + 14)
                .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">").append(max).append("</text>");
        svg.append("<text class=\"axis-title\" x=\"").append(LABEL_WIDTH + BAR_AREA / 2).append("\" y=\"").append(y + 30)
                .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">").append(XmlText.escape(xAxisTitle)).append("</text>");
    }

    /** The chart's height for {@code rows} bars. */
    static int height(int rows) {
        return LEGEND_HEIGHT + rows * ROW_HEIGHT + AXIS_HEIGHT;
    }

    static int rowTop(int row) {
        return LEGEND_HEIGHT + row * ROW_HEIGHT;
    }

    /** The width of a segment of {@code value} when the longest bar ({@code max}) fills the bar area. */
    static double segmentWidth(long value, long max) {
        return max == 0 ? 0 : (double) BAR_AREA * value / max;
    }

    static String shortened(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }
}
