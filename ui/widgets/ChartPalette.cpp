#include "widgets/ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace slip::ui {

void applyChartPalette(QChart* chart, const QPalette& p)
{
    chart->setBackgroundBrush(p.base());
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelBrush(p.text());
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsBrush(p.text());
        axis->setTitleBrush(p.text());
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
}

} // namespace slip::ui
