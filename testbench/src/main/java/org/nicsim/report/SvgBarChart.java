package org.nicsim.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A grouped bar chart as inline SVG: one group of bars per category, one bar per series, a value
 * axis with round ticks, a legend. No scripts, no external fonts or styles, so the HTML reports
 * open offline.
 */
public final class SvgBarChart {
    /**
     * One series of values, one per category.
     *
     * @param name   legend text
     * @param color  CSS color of its bars
     * @param values one value per category
     */
    public record Series(String name, String color, double[] values) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(color, "color");
            values = values.clone();
        }
    }

    private static final int HEIGHT = 280;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 52;
    private static final int BOTTOM = 46;

    private SvgBarChart() {
    }

    /**
     * Renders the chart.
     *
     * @param title      text above the chart (also the SVG's accessible title)
     * @param xLabel     what the categories are (e.g. "queue")
     * @param categories category labels, left to right
     * @param series     the series; each has one value per category
     */
    public static String render(String title, String xLabel, List<String> categories, List<Series> series) {
        int n = categories.size();
        for (Series s : series) {
            if (s.values().length != n) {
                throw new IllegalArgumentException("series " + s.name() + ": " + s.values().length + " values for " + n
                        + " categories");
            }
        }
        int groupWidth = Math.max(28, Math.min(90, 12 + 22 * series.size()));
        int width = Math.max(420, LEFT + RIGHT + n * groupWidth);
        int plotW = width - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        double step = niceStep(max <= 0 ? 1 : max / 4);
        double top = Math.max(step, Math.ceil(max / step) * step);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">", width, HEIGHT, width, HEIGHT));
        svg.append("<title>").append(Markup.escape(title)).append("</title>");
        svg.append(text(LEFT, 16, "start", "font-size=\"13\" font-weight=\"bold\"", title));
        // value axis: gridlines and tick labels
        for (double t = 0; t <= top + step / 2; t += step) {
            double y = TOP + plotH - t / top * plotH;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    LEFT, y, width - RIGHT, y));
            svg.append(text(LEFT - 6, y + 4, "end", "", tick(t)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                LEFT, TOP + plotH, width - RIGHT, TOP + plotH));
        double slot = (double) plotW / Math.max(1, n);
        double barW = Math.max(3, (slot - 8) / Math.max(1, series.size()));
        boolean labels = n * series.size() <= 40;
        for (int i = 0; i < n; i++) {
            double x0 = LEFT + i * slot + (slot - barW * series.size()) / 2;
            for (int k = 0; k < series.size(); k++) {
                double v = series.get(k).values()[i];
                double h = Double.isFinite(v) && v > 0 ? v / top * plotH : 0;
                double x = x0 + k * barW;
                double y = TOP + plotH - h;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                + "<title>%s %s: %s</title></rect>", x, y, barW - 1, h, Markup.escape(series.get(k).color()),
                        Markup.escape(series.get(k).name()), Markup.escape(categories.get(i)), format(v)));
                if (labels) {
                    svg.append(text(x + (barW - 1) / 2, y - 3, "middle", "font-size=\"9\" fill=\"#444\"", format(v)));
                }
            }
            svg.append(text(LEFT + i * slot + slot / 2, TOP + plotH + 14, "middle", "", categories.get(i)));
        }
        svg.append(text(LEFT + plotW / 2.0, HEIGHT - 8, "middle", "fill=\"#555\"", xLabel));
        // legend under the title, left to right
        double lx = LEFT;
        for (SvgBarChart.Series se : series) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"24\" width=\"10\" height=\"10\" fill=\"%s\"/>", lx,
                    Markup.escape(se.color())));
            svg.append(text(lx + 13, 33, "start", "", se.name()));
            lx += 26 + 6.5 * se.name().length();
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Integers without decimals, other values with up to three significant decimals. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.3f", v);
    }

    /** Tick labels: no trailing zeros (0.5, not 0.500). */
    static String tick(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String text(double x, double y, String anchor, String extra, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>", x, y, anchor,
                extra.isEmpty() ? "" : " " + extra, Markup.escape(s));
    }
}
