#pragma once
// WalletDetailChart: one or more curves of USDC amounts on a UTC time axis (the Wallet detail
// panel's shadow-vs-executable overlay and tracking gap), following the system palette, with
// keyboard and mouse zoom (wheel or +/− zoom, ←/→ pan, 0, Home or double-click resets).

#include <QChartView>
#include <QColor>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace slip::ui {

class WalletDetailChart : public QChartView
{
    Q_OBJECT
public:
    /// One curve: (time ms, amount in micros) points, oldest first.
    struct Curve
    {
        QString name;
        std::vector<std::pair<std::int64_t, std::int64_t>> points;
    };

    /// A chart with one curve per name (in that order; the first drawn in the highlight colour).
    WalletDetailChart(const QStringList& names, QWidget* parent = nullptr);

    /// Replaces every curve's points (same order as the names) and fits the axes.
    void setCurves(const std::vector<std::vector<std::pair<std::int64_t, std::int64_t>>>& curves);
    /// Appends points to each curve (same order) and widens the axes to them.
    void appendCurves(const std::vector<std::vector<std::pair<std::int64_t, std::int64_t>>>& curves);
    /// Number of points of curve i.
    int pointCount(int curve) const;
    /// y (USDC, as plotted) of point j of curve i.
    double valueAt(int curve, int point) const;
    /// Back to the fitted range.
    void resetZoom();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void fit();

    std::vector<QLineSeries*> series_;
    QDateTimeAxis* timeAxis_;
    QValueAxis* valueAxis_;
};

} // namespace slip::ui
