#pragma once
// EquityChartView: an equity curve on a UTC time axis with mouse and keyboard zoom and pan
// (wheel or +/- zoom the time axis, drag pans, rubber-band with Shift, double-click or 0 resets).

#include "api/ReadRows.h"

#include <QChartView>

#include <vector>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace slip::ui {

class EquityChartView : public QChartView
{
    Q_OBJECT
public:
    explicit EquityChartView(QWidget* parent = nullptr);

    /// Replaces the curve (equity in micros; converted to double for plotting only) and fits
    /// the axes to [fromMs, toMs] (toMs <= fromMs: to the points).
    void setPoints(const std::vector<api::EquityPoint>& points, qint64 fromMs, qint64 toMs);
    /// Number of points plotted.
    int pointCount() const;
    /// Back to the range set by setPoints.
    void resetZoom();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void zoomBy(qreal factor);
    void panBy(qreal pixels);

    QLineSeries* series_;
    QDateTimeAxis* timeAxis_;
    QValueAxis* valueAxis_;
    QPointF lastDrag_;
    bool dragging_ = false;
};

} // namespace slip::ui
