#include "docks/SkipReasonsDock.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/ReasonText.h"
#include "models/ScopeChoice.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace slip::ui {

SkipReasonsDock::SkipReasonsDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Skip reasons"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("skipReasonsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    auto* bar = new QHBoxLayout;
    choice_ = new ScopeChoice(terminal_, body, QStringLiteral("skipReasons"), false);
    windowCombo_ = new QComboBox(body);
    windowCombo_->setObjectName(QStringLiteral("skipReasonsWindowCombo"));
    windowCombo_->setToolTip(tr("Look-back window, ending at the newest stored attempt."));
    for (int p = 0; p < TimeWindow::PresetCount; ++p)
        windowCombo_->addItem(TimeWindow::name(TimeWindow::Preset(p)), p);
    bar->addWidget(choice_->scopeCombo());
    bar->addWidget(choice_->walletCombo());
    bar->addWidget(windowCombo_);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundBrush(palette().base());
    chartView_ = new QChartView(chart, body);
    chartView_->setObjectName(QStringLiteral("skipReasonsChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(100);
    chartView_->setToolTip(tr("Skips per reason code. Hover a bar for its meaning; click it to list those attempts."));

    table_ = new QTableWidget(0, 3, body);
    table_->setObjectName(QStringLiteral("skipReasonsTable"));
    table_->setHorizontalHeaderLabels({tr("Reason"), tr("Skips"), tr("Stage")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setToolTip(tr("Double-click a reason to list those attempts in Copy attempts."));

    auto* split = new QSplitter(Qt::Horizontal, body);
    split->addWidget(chartView_);
    split->addWidget(table_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // The table's size hint is wide; give the chart (whose labels need the room) two thirds.
    split->setSizes({2000, 1000});
    layout->addWidget(split, 1);
    status_ = new QLabel(body);
    status_->setObjectName(QStringLiteral("skipReasonsStatus"));
    layout->addWidget(status_);
    setWidget(body);
    // Focusing the dock (View menu shortcut, Ctrl+Tab between docks) lands in the reason table.
    setFocusProxy(table_);

    coalesce_ = new QTimer(this);
    coalesce_->setSingleShot(true);
    coalesce_->setInterval(500);
    connect(coalesce_, &QTimer::timeout, this, &SkipReasonsDock::render);
    connect(choice_, &ScopeChoice::changed, this, &SkipReasonsDock::scheduleReload);
    connect(windowCombo_, &QComboBox::currentIndexChanged, this, &SkipReasonsDock::scheduleReload);
    connect(&terminal_, &api::Terminal::attemptsStored, this, &SkipReasonsDock::addStored);
    connect(table_, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (auto* item = table_->item(row, 0))
            activateReason(item->text());
    });
    status_->setText(tr("Counts load when this panel is shown."));
}

void SkipReasonsDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (stale_)
        reload();
}

void SkipReasonsDock::scheduleReload()
{
    if (isVisible())
        reload();
    else
        stale_ = true;
}

void SkipReasonsDock::reload()
{
    stale_ = false;
    api::AttemptFilter f;
    f.scope = choice_->scope();
    f.wallet = choice_->wallet();
    f.decision = QStringLiteral("SKIP");
    fromMs_.reset();
    const auto length = TimeWindow::lengthMs(TimeWindow::Preset(windowCombo_->currentData().toInt()));
    if (length)
        fromMs_ = TimeWindow::newestAttemptMs(terminal_.readModels()) - *length;
    f.fromMs = fromMs_;
    counts_.clear();
    auto r = terminal_.readModels().reasonCounts(f);
    if (!r) {
        status_->setText(tr("Could not read reason counts: %1").arg(r.error()));
        readError_ = true;
    } else {
        readError_ = false;
        for (const auto& [code, n] : *r)
            counts_[code] = n;
        status_->clear();
    }
    render();
}

void SkipReasonsDock::addStored(const std::vector<api::AttemptRow>& rows)
{
    // Counted from the feed rather than re-queried: the stored rows are exactly what changed.
    if (stale_)
        return; // re-read in full when shown
    bool changed = false;
    for (const auto& r : rows) {
        const auto& a = r.attempt;
        if (a.execute || a.scope != choice_->scope())
            continue;
        if (!choice_->wallet().isEmpty() && a.wallet != choice_->wallet())
            continue;
        if (fromMs_ && a.decisionMs < *fromMs_)
            continue;
        for (const QString& code : a.reasons)
            ++counts_[code];
        changed = true;
    }
    // Throttle rather than debounce: under a steady stream of notifications a restarted timer
    // would never fire.
    if (changed && !coalesce_->isActive())
        coalesce_->start();
}

void SkipReasonsDock::render()
{
    std::vector<std::pair<QString, std::int64_t>> sorted(counts_.begin(), counts_.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });

    table_->setRowCount(int(sorted.size()));
    const QLocale locale;
    std::int64_t total = 0;
    for (int i = 0; i < int(sorted.size()); ++i) {
        const auto& [code, n] = sorted[std::size_t(i)];
        total += n;
        auto* codeItem = new QTableWidgetItem(code);
        codeItem->setToolTip(ReasonText::explain(code));
        auto* countItem = new QTableWidgetItem(locale.toString(qint64(n)));
        countItem->setData(Qt::UserRole, qint64(n));
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* stageItem = new QTableWidgetItem(ReasonText::stage(code));
        stageItem->setToolTip(ReasonText::explain(code));
        table_->setItem(i, 0, codeItem);
        table_->setItem(i, 1, countItem);
        table_->setItem(i, 2, stageItem);
    }
    table_->resizeColumnToContents(0);

    // Rebuilt rather than patched: at most 22 bars.
    QChart* chart = chartView_->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    series_ = new QHorizontalBarSeries(chart);
    auto* set = new QBarSet(tr("Skips"), series_);
    set->setColor(palette().color(QPalette::Highlight));
    shownCodes_.clear();
    // Horizontal bars stack from the bottom: add the least frequent first so the top bar is the
    // most frequent.
    for (auto it = sorted.rbegin(); it != sorted.rend(); ++it) {
        shownCodes_ << it->first;
        set->append(double(it->second));
    }
    series_->append(set);
    chart->addSeries(series_);
    categories_ = new QBarCategoryAxis(chart);
    categories_->append(shownCodes_);
    categories_->setLabelsBrush(palette().text());
    // Up to 22 codes share a short dock: a smaller font keeps every label readable.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    categories_->setLabelsFont(small);
    categories_->setTruncateLabels(false); // a code cut to "…" says nothing
    values_ = new QValueAxis(chart);
    values_->setLabelFormat(QStringLiteral("%d"));
    values_->setLabelsBrush(palette().text());
    values_->setGridLineColor(palette().color(QPalette::Midlight));
    const std::int64_t max = sorted.empty() ? 1 : sorted.front().second;
    values_->setRange(0, double(std::max<std::int64_t>(max, 1)));
    chart->addAxis(categories_, Qt::AlignLeft);
    chart->addAxis(values_, Qt::AlignBottom);
    series_->attachAxis(categories_);
    series_->attachAxis(values_);
    categories_->setVisible(!sorted.empty());
    values_->setVisible(!sorted.empty());
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < shownCodes_.size())
            activateReason(shownCodes_[index]);
    });
    connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
        if (!on || index < 0 || index >= shownCodes_.size()) {
            QToolTip::hideText();
            return;
        }
        const QString& code = shownCodes_[index];
        QToolTip::showText(QCursor::pos(), QStringLiteral("<b>%1</b> — %2<br>%3")
                                               .arg(code, ReasonText::explain(code).toHtmlEscaped(),
                                                    tr("%1 skips; click to list them").arg(qint64(set->at(index)))),
                           chartView_);
    });
    if (!readError_)
        status_->setText(sorted.empty() ? tr("No skips in this scope and window.")
                                        : tr("%1 reason codes over the skips of this scope and window (an attempt can "
                                             "carry several).").arg(locale.toString(qint64(total))));
}

void SkipReasonsDock::activateReason(const QString& code)
{
    Q_EMIT reasonActivated(choice_->scope(), choice_->wallet(), code,
                           TimeWindow::Preset(windowCombo_->currentData().toInt()));
}

} // namespace slip::ui
