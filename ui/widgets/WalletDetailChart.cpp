#include "widgets/WalletDetailChart.h"

#include "widgets/ChartPalette.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <limits>

namespace slip::ui {

WalletDetailChart::WalletDetailChart(const QStringList& names, QWidget* parent) : QChartView(parent)
{
    auto* c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setVisible(names.size() > 1);
    c->legend()->setAlignment(Qt::AlignTop);
    timeAxis_ = new QDateTimeAxis(c);
    timeAxis_->setFormat(QStringLiteral("MM-dd HH:mm"));
    timeAxis_->setTickCount(4);
    timeAxis_->setTruncateLabels(false);
    valueAxis_ = new QValueAxis(c);
    valueAxis_->setLabelFormat(QStringLiteral("%.2f"));
    valueAxis_->setTickCount(4);
    QFont small = c->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    timeAxis_->setLabelsFont(small);
    valueAxis_->setLabelsFont(small);
    c->addAxis(timeAxis_, Qt::AlignBottom);
    c->addAxis(valueAxis_, Qt::AlignLeft);
    for (const QString& name : names) {
        auto* s = new QLineSeries(c);
        s->setName(name);
        c->addSeries(s);
        s->attachAxis(timeAxis_);
        s->attachAxis(valueAxis_);
        series_.push_back(s);
    }
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(120);
    applyPalette();
    fit();
}

void WalletDetailChart::applyPalette()
{
    const QPalette p = palette();
    applyChartPalette(chart(), p);
    // The first curve in the highlight colour, the second in a colour readable on both palettes.
    const QColor colours[] = {p.color(QPalette::Highlight), QColor(0xe0, 0x8a, 0x1e), QColor(0x2e, 0xa0, 0x5a)};
    for (std::size_t i = 0; i < series_.size(); ++i) {
        QPen pen(colours[i % 3]);
        pen.setWidthF(2.0);
        series_[i]->setPen(pen);
    }
}

void WalletDetailChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void WalletDetailChart::setCurves(const std::vector<std::vector<std::pair<std::int64_t, std::int64_t>>>& curves)
{
    for (std::size_t i = 0; i < series_.size(); ++i) {
        QList<QPointF> xy;
        if (i < curves.size()) {
            xy.reserve(qsizetype(curves[i].size()));
            // Micros to USDC for plotting only; the exact figures are in the labels and tables.
            for (const auto& [t, v] : curves[i])
                xy.append(QPointF(double(t), double(v) / 1e6));
        }
        series_[i]->replace(xy);
    }
    fit();
}

void WalletDetailChart::appendCurves(const std::vector<std::vector<std::pair<std::int64_t, std::int64_t>>>& curves)
{
    for (std::size_t i = 0; i < series_.size() && i < curves.size(); ++i)
        for (const auto& [t, v] : curves[i])
            series_[i]->append(double(t), double(v) / 1e6);
    fit();
}

int WalletDetailChart::pointCount(int curve) const
{
    return curve >= 0 && std::size_t(curve) < series_.size() ? int(series_[std::size_t(curve)]->count()) : 0;
}

double WalletDetailChart::valueAt(int curve, int point) const
{
    return series_[std::size_t(curve)]->at(point).y();
}

void WalletDetailChart::fit()
{
    double x0 = std::numeric_limits<double>::max(), x1 = std::numeric_limits<double>::lowest();
    double y0 = 0, y1 = 0; // keep zero in view: PnL curves are read against it
    for (QLineSeries* s : series_) {
        for (const QPointF& p : s->points()) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    }
    if (x0 > x1) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        x0 = double(now - 3'600'000);
        x1 = double(now);
    } else if (x0 == x1) {
        x0 -= 60'000;
        x1 += 60'000;
    }
    if (y0 == y1)
        y1 = y0 + 1;
    const double pad = (y1 - y0) * 0.05;
    // Within a day the date says nothing: hours and minutes leave the labels room.
    timeAxis_->setFormat(x1 - x0 < 86'400'000.0 ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
    timeAxis_->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x0), Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(qint64(x1), Qt::UTC));
    valueAxis_->setRange(y0 - pad, y1 + pad);
}

void WalletDetailChart::resetZoom()
{
    chart()->zoomReset();
    fit();
}

void WalletDetailChart::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        chart()->zoom(1.25);
        return;
    case Qt::Key_Minus:
        chart()->zoom(0.8);
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        return;
    case Qt::Key_Left:
        chart()->scroll(-chart()->plotArea().width() / 10, 0);
        return;
    case Qt::Key_Right:
        chart()->scroll(chart()->plotArea().width() / 10, 0);
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void WalletDetailChart::wheelEvent(QWheelEvent* event)
{
    chart()->zoom(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void WalletDetailChart::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetZoom();
    event->accept();
}

} // namespace slip::ui
