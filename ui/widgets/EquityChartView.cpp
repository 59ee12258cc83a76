#include "widgets/EquityChartView.h"

#include "widgets/ChartPalette.h"

#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>

namespace slip::ui {

EquityChartView::EquityChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("equityChart"));
    auto* c = new QChart;
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    series_ = new QLineSeries(c);
    series_->setName(tr("Equity (USDC)"));
    c->addSeries(series_);
    timeAxis_ = new QDateTimeAxis(c);
    timeAxis_->setFormat(QStringLiteral("MM-dd HH:mm"));
    timeAxis_->setTickCount(5);
    valueAxis_ = new QValueAxis(c);
    // Whole USDC on the axis; the exact figures are in the labels above the chart. No axis titles:
    // the dock is often short and the labels need the room (the tooltip says UTC and USDC).
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
    series_->attachAxis(timeAxis_);
    series_->attachAxis(valueAxis_);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Equity of the global book in USDC (cash plus positions at their marks), time in UTC. Wheel or +/− zoom, drag "
                  "pans, Shift+drag zooms to a range, double-click or 0 resets."));
    applyPalette();
}

void EquityChartView::applyPalette()
{
    // Follow the system palette (light or dark) instead of a fixed chart theme.
    const QPalette p = palette();
    applyChartPalette(chart(), p);
    QPen pen(p.color(QPalette::Highlight));
    pen.setWidthF(2.0);
    series_->setPen(pen);
}

void EquityChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void EquityChartView::setPoints(const std::vector<api::EquityPoint>& points, qint64 fromMs, qint64 toMs)
{
    QList<QPointF> xy;
    xy.reserve(qsizetype(points.size()));
    double lo = 0, hi = 0;
    for (const auto& p : points) {
        const double usdc = double(p.equity) / 1e6; // display only
        xy.append(QPointF(double(p.tMs), usdc));
        lo = xy.size() == 1 ? usdc : std::min(lo, usdc);
        hi = xy.size() == 1 ? usdc : std::max(hi, usdc);
    }
    series_->replace(xy);
    // Without data the axes would show a meaningless 1970 range; the dock says why it is empty.
    timeAxis_->setVisible(!points.empty());
    valueAxis_->setVisible(!points.empty());
    if (!points.empty() && toMs <= fromMs) {
        fromMs = points.front().tMs;
        toMs = points.back().tMs;
    }
    if (toMs <= fromMs)
        toMs = fromMs + 60'000;
    timeAxis_->setRange(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    timeAxis_->setFormat(toMs - fromMs > 3 * 86'400'000LL ? QStringLiteral("MM-dd") : QStringLiteral("MM-dd HH:mm"));
    const double pad = std::max((hi - lo) * 0.05, 1.0);
    valueAxis_->setRange(lo - pad, hi + pad);
    chart()->zoomReset();
}

int EquityChartView::pointCount() const
{
    return int(series_->count());
}

void EquityChartView::resetZoom()
{
    chart()->zoomReset();
}

void EquityChartView::zoomBy(qreal factor)
{
    // Zoom the time axis only, around the centre of the plot.
    QRectF r = chart()->plotArea();
    const qreal centre = r.center().x();
    r.setWidth(r.width() / factor);
    r.moveCenter(QPointF(centre, r.center().y()));
    chart()->zoomIn(r);
}

void EquityChartView::panBy(qreal pixels)
{
    chart()->scroll(pixels, 0);
}

void EquityChartView::wheelEvent(QWheelEvent* event)
{
    zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void EquityChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)) {
        dragging_ = true;
        lastDrag_ = event->position();
        setRubberBand(QChartView::NoRubberBand);
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    setRubberBand(QChartView::HorizontalRubberBand);
    QChartView::mousePressEvent(event);
}

void EquityChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (dragging_) {
        panBy(lastDrag_.x() - event->position().x());
        lastDrag_ = event->position();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void EquityChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (dragging_ && event->button() == Qt::LeftButton) {
        dragging_ = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        // QChartView zooms out on right click; keep that predictable: one step out.
        zoomBy(0.5);
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void EquityChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetZoom();
    event->accept();
}

void EquityChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25); break;
    case Qt::Key_Minus: zoomBy(0.8); break;
    case Qt::Key_Left: panBy(-chart()->plotArea().width() / 10); break;
    case Qt::Key_Right: panBy(chart()->plotArea().width() / 10); break;
    case Qt::Key_0:
    case Qt::Key_Home: resetZoom(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace slip::ui
