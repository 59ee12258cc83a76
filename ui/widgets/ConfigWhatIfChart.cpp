#include "widgets/ConfigWhatIfChart.h"

#include "widgets/ChartPalette.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace slip::ui {

ConfigWhatIfChart::ConfigWhatIfChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("configWhatIfChart"));
    auto* c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignTop);
    current_ = new QLineSeries(c);
    current_->setName(tr("Current config"));
    candidate_ = new QLineSeries(c);
    candidate_->setName(tr("Candidate config"));
    c->addSeries(current_);
    c->addSeries(candidate_);
    timeAxis_ = new QDateTimeAxis(c);
    timeAxis_->setFormat(QStringLiteral("MM-dd HH:mm"));
    timeAxis_->setTickCount(5);
    valueAxis_ = new QValueAxis(c);
    valueAxis_->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis_->setTickCount(4);
    QFont small = c->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    timeAxis_->setLabelsFont(small);
    valueAxis_->setLabelsFont(small);
    timeAxis_->setTruncateLabels(false);
    valueAxis_->setTruncateLabels(false);
    c->addAxis(timeAxis_, Qt::AlignBottom);
    c->addAxis(valueAxis_, Qt::AlignLeft);
    for (QLineSeries* s : {current_, candidate_}) {
        s->attachAxis(timeAxis_);
        s->attachAxis(valueAxis_);
    }
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    setToolTip(tr("Equity of the global executable scope in USDC (cash plus positions at their marks), time in UTC: "
                  "the stored configuration against the candidate over the test window."));
    applyPalette();
}

void ConfigWhatIfChart::applyPalette()
{
    const QPalette p = palette();
    applyChartPalette(chart(), p);
    QPen cur(p.color(QPalette::Mid));
    cur.setWidthF(2.0);
    current_->setPen(cur);
    QPen cand(p.color(QPalette::Highlight));
    cand.setWidthF(2.0);
    candidate_->setPen(cand);
}

void ConfigWhatIfChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ConfigWhatIfChart::setCurves(const std::vector<api::EquityPoint>& current,
                                  const std::vector<api::EquityPoint>& candidate)
{
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    qint64 from = std::numeric_limits<qint64>::max(), to = std::numeric_limits<qint64>::lowest();
    auto toList = [&](const std::vector<api::EquityPoint>& points) {
        QList<QPointF> xy;
        xy.reserve(qsizetype(points.size()));
        for (const auto& p : points) {
            const double y = double(p.equity) / 1e6;
            xy.append(QPointF(double(p.tMs), y));
            lo = std::min(lo, y);
            hi = std::max(hi, y);
            from = std::min<qint64>(from, p.tMs);
            to = std::max<qint64>(to, p.tMs);
        }
        return xy;
    };
    current_->replace(toList(current));
    candidate_->replace(toList(candidate));
    if (from > to)
        return;
    if (to == from)
        to = from + 1;
    const double pad = std::max(1.0, (hi - lo) * 0.05);
    timeAxis_->setRange(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
    valueAxis_->setRange(lo - pad, hi + pad);
}

void ConfigWhatIfChart::clear()
{
    current_->clear();
    candidate_->clear();
}

int ConfigWhatIfChart::pointCount(int curve) const
{
    return int((curve == 0 ? current_ : candidate_)->count());
}

} // namespace slip::ui
