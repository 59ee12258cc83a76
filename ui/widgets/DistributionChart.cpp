#include "widgets/DistributionChart.h"

#include "widgets/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace slip::ui {

DistributionChart::DistributionChart(const QString& unit, QWidget* parent) : QChartView(parent), unit_(unit)
{
    auto* c = new QChart;
    c->legend()->hide();
    c->setMargins(QMargins(2, 2, 2, 2));
    // One series and two axes for the chart's life; only their contents change.
    series_ = new QBarSeries(c);
    set_ = new QBarSet(unit_, series_);
    series_->append(set_);
    series_->setBarWidth(0.9);
    c->addSeries(series_);
    categories_ = new QBarCategoryAxis(c);
    categories_->setTruncateLabels(false);
    categories_->setGridLineVisible(false);
    values_ = new QValueAxis(c);
    values_->setLabelFormat(QStringLiteral("%d"));
    values_->setTickCount(3);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    categories_->setLabelsFont(small);
    values_->setLabelsFont(small);
    c->addAxis(categories_, Qt::AlignBottom);
    c->addAxis(values_, Qt::AlignLeft);
    series_->attachAxis(categories_);
    series_->attachAxis(values_);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(110);
    connect(set_, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index < 0 || index >= labels_.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 %3").arg(labels_[index], QLocale().toString(qint64(counts_[std::size_t(index)])), unit_),
                           this);
    });
    applyPalette();
    render();
}

void DistributionChart::applyPalette()
{
    const QPalette p = palette();
    applyChartPalette(chart(), p);
    set_->setColor(p.color(QPalette::Highlight));
    set_->setBorderColor(p.color(QPalette::Highlight));
}

std::int64_t DistributionChart::total() const
{
    std::int64_t n = 0;
    for (std::int64_t c : counts_)
        n += c;
    return n;
}

void DistributionChart::setBins(const QStringList& labels, const std::vector<std::int64_t>& counts)
{
    labels_ = labels;
    counts_ = counts;
    counts_.resize(std::size_t(labels_.size()), 0);
    render();
}

void DistributionChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DistributionChart::render()
{
    set_->remove(0, set_->count());
    std::int64_t max = 1;
    QList<qreal> bars;
    for (std::int64_t n : counts_) {
        bars << double(n);
        max = std::max(max, n);
    }
    set_->append(bars);
    categories_->clear();
    categories_->append(labels_);
    // Long labels (reason codes) turn so that none is cut.
    int longest = 0;
    for (const QString& l : labels_)
        longest = std::max(longest, int(l.size()));
    categories_->setLabelsAngle(labels_.size() * longest > 60 ? -45 : 0);
    values_->setRange(0, double(max));
}

} // namespace slip::ui
