package org.neighborhoodcapital.reporting.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Renders {@link BarChartSpec}s with JFreeChart into images (headless AWT). */
final class Charts {

    static {
        // No display on a server: JFreeChart draws through AWT's off-screen graphics.
        System.setProperty("java.awt.headless", "true");
    }

    static BufferedImage render(BarChartSpec spec, int width, int height) {
        JFreeChart chart;
        if (spec.errors().isEmpty()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            spec.series().forEach((series, values) -> values.forEach((category, value) -> data.addValue(value, series, category)));
            chart = ChartFactory.createBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data,
                    PlotOrientation.VERTICAL, spec.series().size() > 1, false, false);
        } else {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            spec.series().forEach((series, values) -> {
                Map<String, Double> errors = spec.errors().getOrDefault(series, Map.of());
                values.forEach((category, value) -> data.add(value, errors.getOrDefault(category, 0.0), series, category));
            });
            chart = ChartFactory.createBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data,
                    PlotOrientation.VERTICAL, spec.series().size() > 1, false, false);
            CategoryPlot plot = chart.getCategoryPlot();
            StatisticalBarRenderer renderer = new StatisticalBarRenderer();
            renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
            plot.setRenderer(renderer);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart.createBufferedImage(width, height);
    }

    private Charts() {
    }
}
