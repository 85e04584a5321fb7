package org.nicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Inline SVG bar charts. */
class SvgBarChartTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneBarPerCategoryAndSeriesPlusOneLegendSwatchPerSeries() throws Exception {
        Document d = parse(SvgBarChart.render("t", "queue", List.of("0", "1", "2"), List.of(
                new SvgBarChart.Series("a", "#000", new double[] {1, 2, 3}),
                new SvgBarChart.Series("b", "#111", new double[] {0, 5, 1}))));
        assertEquals("svg", d.getDocumentElement().getTagName());
        assertEquals(3 * 2 + 2, d.getElementsByTagName("rect").getLength());
    }

    @Test
    void barHeightsAreProportionalToTheValues() throws Exception {
        Document d = parse(SvgBarChart.render("t", "x", List.of("a", "b"), List.of(
                new SvgBarChart.Series("s", "#000", new double[] {2, 4}))));
        NodeList rects = d.getElementsByTagName("rect");
        double h0 = Double.parseDouble(((Element) rects.item(0)).getAttribute("height"));
        double h1 = Double.parseDouble(((Element) rects.item(1)).getAttribute("height"));
        assertEquals(2.0, h1 / h0, 0.02);
    }

    @Test
    void missingValuesDrawNoBar() throws Exception {
        Document d = parse(SvgBarChart.render("t", "x", List.of("a"), List.of(
                new SvgBarChart.Series("s", "#000", new double[] {Double.NaN}))));
        assertEquals("0.0", ((Element) d.getElementsByTagName("rect").item(0)).getAttribute("height"));
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        assertThrows(IllegalArgumentException.class, () -> SvgBarChart.render("t", "x", List.of("a", "b"), List.of(
                new SvgBarChart.Series("s", "#000", new double[] {1}))));
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1.0, SvgBarChart.niceStep(0.7));
        assertEquals(2.0, SvgBarChart.niceStep(1.3));
        assertEquals(500.0, SvgBarChart.niceStep(260));
        assertEquals(0.05, SvgBarChart.niceStep(0.041), 1e-12);
    }
}
