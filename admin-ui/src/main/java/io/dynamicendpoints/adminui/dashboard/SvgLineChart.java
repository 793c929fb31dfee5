package io.dynamicendpoints.adminui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a series of counts as an SVG line chart with a labelled y axis (from zero to a round number
 * at or above the peak), time labels on the x axis, and a hover title on every point. The chart
 * carries {@code role="img"}, a {@code <title>} and a {@code <desc>}, so a screen reader announces
 * what it shows; the caller still offers the numbers as text.
 */
public final class SvgLineChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 44;
    static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    /** Horizontal grid lines above the x axis. */
    static final int Y_TICKS = 4;

    /**
     * One value on the line.
     *
     * @param label what the x axis and the hover title call the point ("10:05")
     * @param hover the hover title ("10:05 UTC: 3 requests")
     */
    public record Point(String label, long value, String hover) {

        public Point {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(hover, "hover");
            if (value < 0) {
                throw new IllegalArgumentException("A count is never negative");
            }
        }
    }

    private final String id;
    private final String title;
    private final String description;
    private final String xAxisTitle;
    private final String yAxisTitle;

    /**
     * @param id          the SVG element's id, also the prefix of its title and description ids
     * @param description a sentence that sums up the data, for screen readers
     */
    public SvgLineChart(String id, String title, String description, String xAxisTitle, String yAxisTitle) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.xAxisTitle = Objects.requireNonNull(xAxisTitle, "xAxisTitle");
        this.yAxisTitle = Objects.requireNonNull(yAxisTitle, "yAxisTitle");
    }

    /** The chart of {@code points}, oldest first, with an x label on every {@code labelEvery}th point and the last. */
    public String render(List<Point> points, int labelEvery) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("A line needs at least two points");
        }
        if (labelEvery < 1) {
            throw new IllegalArgumentException("labelEvery must be positive");
        }
        long top = scaleTop(points.stream().mapToLong(Point::value).max().orElse(0));
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(XmlText.escape(id))
                .append("\" class=\"chart line-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-labelledby=\"").append(XmlText.escape(id)).append("-title ")
                .append(XmlText.escape(id)).append("-desc\">");
        svg.append("<title id=\"").append(XmlText.escape(id)).append("-title\">").append(XmlText.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(XmlText.escape(id)).append("-desc\">").append(XmlText.escape(description)).append("</desc>");

        // Grid lines and y labels: 0 at the bottom, the round top at the top.
        for (int tick = 0; tick <= Y_TICKS; tick++) {
            long value = top * tick / Y_TICKS;
            String y = number(y(value, top));
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_WIDTH)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#d0d4da\" stroke-width=\"1\"/>");
            svg.append("<text class=\"y-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"11\" fill=\"#555\">")
                    .append(value).append("</text>");
        }
        // x labels.
        for (int index = 0; index < points.size(); index++) {
            if (index % labelEvery == 0 || index == points.size() - 1) {
                svg.append("<text class=\"x-label\" x=\"").append(number(x(index, points.size()))).append("\" y=\"")
                        .append(TOP + PLOT_HEIGHT + 16).append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">")
                        .append(XmlText.escape(points.get(index).label())).append("</text>");
            }
        }
        // Axis titles.
        svg.append("<text class=\"axis-title\" x=\"").append(LEFT + PLOT_WIDTH / 2).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">").append(XmlText.escape(xAxisTitle)).append("</text>");
        svg.append("<text class=\"axis-title\" transform=\"translate(14 ").append(TOP + PLOT_HEIGHT / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">")
                .append(XmlText.escape(yAxisTitle)).append("</text>");

        // The area under the line, the line, then a point with a hover title for each value.
        StringBuilder line = new StringBuilder();
        for (int index = 0; index < points.size(); index++) {
            line.append(index == 0 ? "" : " ").append(number(x(index, points.size()))).append(',')
                    .append(number(y(points.get(index).value(), top)));
        }
        String baseline = number(y(0, top));
        svg.append("<polygon class=\"area\" points=\"").append(number(x(0, points.size()))).append(',').append(baseline)
                .append(' ').append(line).append(' ').append(number(x(points.size() - 1, points.size()))).append(',')
                .append(baseline).append("\" fill=\"#1676f3\" fill-opacity=\"0.12\"/>");
        svg.append("<polyline class=\"line\" points=\"").append(line)
                .append("\" fill=\"none\" stroke=\"#1676f3\" stroke-width=\"2\"/>");
        for (int index = 0; index < points.size(); index++) {
            Point point = points.get(index);
            svg.append("<circle class=\"point\" cx=\"").append(number(x(index, points.size()))).append("\" cy=\"")
                    .append(number(y(point.value(), top))).append("\" r=\"").append(point.value() == 0 ? "1.5" : "3")
                    .append("\" fill=\"#1676f3\"><title>").append(XmlText.escape(point.hover())).append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    /** The x coordinate of point {@code index} of {@code count}: the first on the y axis, the last at the right edge. */
    static double x(int index, int count) {
        return LEFT + (double) PLOT_WIDTH * index / (count - 1);
    }

    /** The y coordinate of {@code value} on a scale from 0 (bottom) to {@code top}. */
    static double y(long value, long top) {
        return TOP + PLOT_HEIGHT - (double) PLOT_HEIGHT * value / top;
    }

    /**
     * The top of the y scale: the smallest multiple of {@value #Y_TICKS} round steps (1, 2, 2.5, 5 times
     * a power of ten, whole numbers only) at or above {@code peak}, so every grid line is a whole count.
     */
    static long scaleTop(long peak) {
        long needed = Math.max(1, (peak + Y_TICKS - 1) / Y_TICKS);
        for (long power = 1; ; power *= 10) {
            // 2.5 is a round step only from 25 on: below that it would not be a whole count.
            long[] steps = power == 1 ? new long[]{1, 2, 5} : new long[]{power, 2 * power, 25 * power / 10, 5 * power};
            for (long step : steps) {
                if (step >= needed) {
                    return step * Y_TICKS;
                }
            }
        }
    }

    /** A coordinate with at most one decimal, never in the reader's locale ("12.5", not "12,5"). */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
