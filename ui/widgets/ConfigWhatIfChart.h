#pragma once
// ConfigWhatIfChart: the global executable equity of the current and the candidate
// configuration over the Test config window, two curves on one UTC time axis.

#include "api/ReadRows.h"

#include <QChartView>

#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace slip::ui {

class ConfigWhatIfChart : public QChartView
{
    Q_OBJECT
public:
    explicit ConfigWhatIfChart(QWidget* parent = nullptr);

    /// Replaces both curves (equity in micros; doubles for plotting only).
    void setCurves(const std::vector<api::EquityPoint>& current, const std::vector<api::EquityPoint>& candidate);
    /// Removes both curves.
    void clear();
    /// Points plotted of the current (0) or candidate (1) curve.
    int pointCount(int curve) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QLineSeries* current_;
    QLineSeries* candidate_;
    QDateTimeAxis* timeAxis_;
    QValueAxis* valueAxis_;
};

} // namespace slip::ui
