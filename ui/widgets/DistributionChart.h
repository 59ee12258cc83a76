#pragma once
// DistributionChart: a histogram as vertical bars with one labelled category per bin (slippage
// in bps, lags in ms, skip reasons), following the system palette; hovering a bar shows its
// label and count, and the bars' figures are readable back for tests and screen readers.

#include <QChartView>
#include <QStringList>

#include <cstdint>
#include <vector>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace slip::ui {

class DistributionChart : public QChartView
{
    Q_OBJECT
public:
    /// unit names what a bar counts ("trades", "skips") in the hover text.
    explicit DistributionChart(const QString& unit, QWidget* parent = nullptr);

    /// Replaces the bars: one per label with its count.
    void setBins(const QStringList& labels, const std::vector<std::int64_t>& counts);
    const QStringList& labels() const { return labels_; }
    const std::vector<std::int64_t>& counts() const { return counts_; }
    /// Sum of the counts.
    std::int64_t total() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void applyPalette();

    QBarSeries* series_;
    QBarSet* set_;
    QBarCategoryAxis* categories_;
    QValueAxis* values_;
    QString unit_;
    QStringList labels_;
    std::vector<std::int64_t> counts_;
};

} // namespace slip::ui
