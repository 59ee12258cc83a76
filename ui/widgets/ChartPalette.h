#pragma once
// ChartPalette: Qt Charts drawn in the widget's palette (light or dark, as the system says)
// instead of a fixed chart theme.

class QChart;
class QPalette;

namespace slip::ui {

/// Background, legend and every axis of the chart (labels, titles, axis line, grid) in the
/// palette's colours; the plot area takes the background. Series colours stay the caller's.
void applyChartPalette(QChart* chart, const QPalette& palette);

} // namespace slip::ui
