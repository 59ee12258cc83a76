#pragma once
// WalletDetailDock: everything about one followed wallet — its shadow against our executable
// PnL and the gap between them, copy and fill rates, slippage, detection lag and decision delay
// distributions, its skip reasons, both positions lists and its trade feed with the copy outcome
// of each trade. Loaded once per wallet and window, then fed from the terminal's notifications.

#include "api/AnalyticsRows.h"

#include <QDockWidget>
#include <QSet>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class DistributionChart;
class PositionsModel;
class WalletDetailChart;

class WalletDetailDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit WalletDetailDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// The wallet shown ("" when no wallet is followed).
    QString wallet() const { return wallet_; }
    /// The copy rates shown.
    const api::CopyRates& rates() const { return rates_; }
    /// Slippage (bps) of every executed copy in the window that is shown, in no order.
    const std::vector<std::int64_t>& slippageBps() const { return slippage_; }
    /// Detection lags (ms) of the wallet's events in the window.
    const std::vector<std::int64_t>& detectLagsMs() const { return lags_; }
    /// Decision delays (first detection → decision, ms) of the wallet's attempts in the window.
    const std::vector<std::int64_t>& decisionDelaysMs() const { return delays_; }
    /// Reason code → skips of the wallet in the window.
    const std::map<QString, std::int64_t>& reasonCounts() const { return reasons_; }
    /// The tracking-gap points plotted.
    const std::vector<api::GapPoint>& gapPoints() const { return gap_; }
    PositionsModel* shadowPositions() const { return shadowModel_; }
    PositionsModel* executablePositions() const { return execModel_; }
    /// Re-reads everything for the current wallet and window.
    void reload();

public Q_SLOTS:
    /// Shows the given followed wallet (lowercase or not) and raises the dock.
    void showWallet(const QString& address);

Q_SIGNALS:
    /// The wallet shown changed.
    void walletShown(const QString& address);
    /// The operator activated a trade whose group was decided (Enter or double-click in the
    /// trade feed): show that attempt and its decision trace.
    void attemptActivated(qint64 attemptId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadWallets();
    void addStored(const std::vector<api::AttemptRow>& rows);
    void schedule();
    void flush();
    void addAttempt(const api::AttemptRow& row);
    void readTrades();
    void readNewLags();
    void readGap(bool append);
    void readPositions();
    void renderRates();
    void renderDistributions();

    api::Terminal& terminal_;
    QComboBox* walletCombo_;
    QComboBox* windowCombo_;
    QLabel* ratesLabel_;
    QTabWidget* tabs_;
    WalletDetailChart* equityChart_;
    WalletDetailChart* gapChart_;
    QLabel* gapLabel_;
    DistributionChart* slippageChart_;
    DistributionChart* lagChart_;
    DistributionChart* delayChart_;
    DistributionChart* skipChart_;
    QLabel* slippageLabel_;
    QLabel* lagLabel_;
    QLabel* delayLabel_;
    QLabel* skipLabel_;
    PositionsModel* shadowModel_;
    PositionsModel* execModel_;
    QTableView* shadowTable_;
    QTableView* execTable_;
    QTableWidget* tradesTable_;
    QLabel* status_;
    QTimer* coalesce_;

    QString wallet_;
    std::optional<std::int64_t> fromMs_;
    std::int64_t lastAttemptId_ = 0; // newest attempt counted (ids only grow)
    api::CopyRates rates_;
    std::vector<std::int64_t> slippage_;
    std::vector<std::int64_t> delays_;
    std::map<QString, std::int64_t> reasons_;
    std::vector<std::int64_t> lags_;
    QSet<qint64> lagIds_;
    std::int64_t newestLagMs_ = 0;
    std::vector<api::GapPoint> gap_;
    bool attemptsDirty_ = false;
    bool portfolioDirty_ = false;
    bool stale_ = false; // a notification came while hidden: reload when shown
};

} // namespace slip::ui
