#include "docks/AttemptsDock.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/AmountText.h"
#include "models/AttemptsModel.h"
#include "models/ReasonText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slip::ui {
namespace {

QComboBox* combo(QWidget* parent, const char* name, const QString& tip)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    c->setToolTip(tip);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

} // namespace

AttemptsDock::AttemptsDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Copy attempts"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("copyAttemptsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* filters = new QHBoxLayout;
    scopeCombo_ = combo(body, "attemptScopeFilter", tr("Which book's attempts to show."));
    scopeCombo_->addItem(tr("All scopes"), QString());
    scopeCombo_->addItem(tr("Global"), QStringLiteral("EXEC_GLOBAL"));
    scopeCombo_->addItem(tr("Per wallet"), QStringLiteral("EXEC_USER"));
    walletCombo_ = combo(body, "attemptWalletFilter", tr("Only attempts copying this wallet's trades."));
    marketEdit_ = new QLineEdit(body);
    marketEdit_->setObjectName(QStringLiteral("attemptMarketFilter"));
    marketEdit_->setPlaceholderText(tr("Market: asset or condition id"));
    marketEdit_->setToolTip(tr("Paste an asset (token) id, or a market's condition id (0x…) to see every "
                               "outcome of that market. Right-click a row to filter by its market."));
    marketEdit_->setClearButtonEnabled(true);
    decisionCombo_ = combo(body, "attemptDecisionFilter", tr("Copied (EXECUTE) or skipped (SKIP) attempts."));
    decisionCombo_->addItem(tr("Any decision"), QString());
    decisionCombo_->addItem(tr("Executed"), QStringLiteral("EXECUTE"));
    decisionCombo_->addItem(tr("Skipped"), QStringLiteral("SKIP"));
    reasonCombo_ = combo(body, "attemptReasonFilter", tr("Only skips that carry this reason code."));
    reasonCombo_->addItem(tr("Any reason"), QString());
    for (const QString& code : ReasonText::codes()) {
        reasonCombo_->addItem(code, code);
        reasonCombo_->setItemData(reasonCombo_->count() - 1, ReasonText::explain(code), Qt::ToolTipRole);
    }
    windowCombo_ = combo(body, "attemptWindowFilter",
                         tr("Look-back window, ending at the newest stored attempt."));
    for (int p = 0; p < TimeWindow::PresetCount; ++p)
        windowCombo_->addItem(TimeWindow::name(TimeWindow::Preset(p)), p);
    filters->addWidget(scopeCombo_);
    filters->addWidget(walletCombo_);
    filters->addWidget(marketEdit_, 1);
    filters->addWidget(decisionCombo_);
    filters->addWidget(reasonCombo_);
    filters->addWidget(windowCombo_);
    layout->addLayout(filters);

    model_ = new AttemptsModel(terminal_, this);
    table_ = new QTableView(body);
    table_->setObjectName(QStringLiteral("attemptsTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    // Uniform row heights keep scrolling through a long history cheap.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setContextMenuPolicy(Qt::CustomContextMenu);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    // The time column has a fixed format: sized once from the font rather than ResizeToContents,
    // which would measure up to a thousand rows again after every lazily fetched page.
    table_->horizontalHeader()->resizeSection(
        AttemptsModel::TimeColumn,
        table_->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88 88:88:88")) + 16);
    // Small explicit minimums keep the whole window usable on a 768-pixel-high screen.
    table_->setMinimumHeight(60);

    auto* tracePane = new QWidget(body);
    auto* traceLayout = new QVBoxLayout(tracePane);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    traceStatus_ = new QLabel(tr("Select an attempt to see its decision trace."), tracePane);
    traceStatus_->setObjectName(QStringLiteral("attemptTraceStatus"));
    traceStatus_->setWordWrap(true);
    traceTree_ = new QTreeWidget(tracePane);
    traceTree_->setObjectName(QStringLiteral("attemptTraceTree"));
    traceTree_->setHeaderLabels({tr("Stage / figure"), tr("Value")});
    traceTree_->setMinimumHeight(40);
    traceTree_->setToolTip(tr("The attempt's figures and each pipeline stage's inputs, with the check that "
                              "failed (spec §5: A gates, B sizing, C risk, D book, E fill)."));
    traceLayout->addWidget(traceStatus_);
    traceLayout->addWidget(traceTree_, 1);

    auto* split = new QSplitter(Qt::Vertical, body);
    split->addWidget(table_);
    split->addWidget(tracePane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    statusLabel_ = new QLabel(body);
    statusLabel_->setObjectName(QStringLiteral("attemptStatusLabel"));
    layout->addWidget(statusLabel_);
    setWidget(body);
    // Focusing the dock (View menu shortcut, Ctrl+Tab between docks) lands in the attempts table.
    setFocusProxy(table_);

    reloadWallets();
    connect(&terminal_, &api::Terminal::walletsChanged, this, &AttemptsDock::reloadWallets);
    for (QComboBox* c : {scopeCombo_, walletCombo_, decisionCombo_, reasonCombo_, windowCombo_})
        connect(c, &QComboBox::currentIndexChanged, this, &AttemptsDock::applyFilters);
    connect(marketEdit_, &QLineEdit::editingFinished, this, &AttemptsDock::applyFilters);
    connect(marketEdit_, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty())
            applyFilters(); // the clear button
    });
    connect(model_, &AttemptsModel::statusChanged, this, &AttemptsDock::updateStatus);
    connect(model_, &QAbstractItemModel::modelReset, this, &AttemptsDock::showTrace);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AttemptsDock::showTrace);
    connect(table_, &QWidget::customContextMenuRequested, this, &AttemptsDock::showContextMenu);
    updateStatus();
}

void AttemptsDock::reloadWallets()
{
    const QString current = walletCombo_->currentData().toString();
    applying_ = true;
    walletCombo_->clear();
    walletCombo_->addItem(tr("All wallets"), QString());
    for (const auto& w : terminal_.wallets()) {
        walletCombo_->addItem(w.label.isEmpty() ? w.address : tr("%1 (%2)").arg(w.label, w.address.left(10)),
                              w.address);
        walletCombo_->setItemData(walletCombo_->count() - 1, w.address, Qt::ToolTipRole);
    }
    walletCombo_->setCurrentIndex(std::max(0, walletCombo_->findData(current)));
    applying_ = false;
}

void AttemptsDock::applyFilters()
{
    if (applying_)
        return;
    api::AttemptFilter f;
    f.scope = scopeCombo_->currentData().toString();
    f.wallet = walletCombo_->currentData().toString();
    const QString market = marketEdit_->text().trimmed();
    if (market.startsWith(u"0x", Qt::CaseInsensitive))
        f.condition = market.toLower();
    else
        f.asset = market;
    f.decision = decisionCombo_->currentData().toString();
    f.reason = reasonCombo_->currentData().toString();
    const auto length = TimeWindow::lengthMs(TimeWindow::Preset(windowCombo_->currentData().toInt()));
    if (length)
        f.fromMs = TimeWindow::newestAttemptMs(terminal_.readModels()) - *length;
    const auto& old = model_->filter();
    if (old.scope == f.scope && old.wallet == f.wallet && old.asset == f.asset && old.condition == f.condition &&
        old.decision == f.decision && old.reason == f.reason && old.fromMs == f.fromMs && old.toMs == f.toMs)
        return;
    model_->setFilter(f);
}

void AttemptsDock::showFiltered(const QString& scope, const QString& wallet, const QString& market,
                                const QString& decision, const QString& reason, TimeWindow::Preset window)
{
    // Unknown values fall back to the first entry, which is "any".
    applying_ = true;
    scopeCombo_->setCurrentIndex(std::max(0, scopeCombo_->findData(scope)));
    walletCombo_->setCurrentIndex(std::max(0, walletCombo_->findData(wallet)));
    marketEdit_->setText(market);
    decisionCombo_->setCurrentIndex(std::max(0, decisionCombo_->findData(decision)));
    reasonCombo_->setCurrentIndex(std::max(0, reasonCombo_->findData(reason)));
    windowCombo_->setCurrentIndex(std::max(0, windowCombo_->findData(int(window))));
    applying_ = false;
    applyFilters();
    setVisible(true);
    raise();
}

void AttemptsDock::showReason(const QString& scope, const QString& wallet, const QString& reason,
                              TimeWindow::Preset window)
{
    showFiltered(scope, wallet, {}, QStringLiteral("SKIP"), reason, window);
}

void AttemptsDock::showMarket(const QString& conditionId)
{
    showFiltered({}, {}, conditionId.toLower(), {}, {}, TimeWindow::All);
}

void AttemptsDock::showAttempt(qint64 attemptId)
{
    api::AttemptFilter one;
    one.beforeId = attemptId + 1;
    one.limit = 1;
    auto found = terminal_.readModels().attempts(one);
    if (!found || found->empty() || found->front().id != attemptId)
        return;
    const CopyAttempt& a = found->front().attempt;
    showFiltered(a.scope, a.wallet, a.asset, {}, {}, TimeWindow::All);
    // Newest first: the row is on the first pages unless this wallet traded the asset very often
    // since; a bounded number of pages keeps a stale id from loading everything.
    for (int page = 0; page < 50; ++page) {
        for (int r = 0; r < model_->rowCount(); ++r) {
            if (model_->row(r).id == attemptId) {
                table_->selectRow(r);
                table_->scrollTo(model_->index(r, 0));
                return;
            }
        }
        if (!model_->canFetchMore({}))
            return;
        model_->fetchMore({});
    }
}

void AttemptsDock::updateStatus()
{
    if (!model_->lastError().isEmpty()) {
        statusLabel_->setText(tr("Could not read attempts: %1").arg(model_->lastError()));
        return;
    }
    statusLabel_->setText(tr("Showing %1 of %2 attempts (more load as you scroll).")
                              .arg(QLocale().toString(model_->rowCount()), QLocale().toString(qint64(model_->totalCount()))));
}

void AttemptsDock::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = table_->indexAt(pos);
    if (!index.isValid())
        return;
    const QString wallet = index.data(AttemptsModel::WalletRole).toString();
    const QString asset = index.data(AttemptsModel::AssetRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Only this wallet"), this, [this, wallet] {
        const int i = walletCombo_->findData(wallet);
        if (i >= 0)
            walletCombo_->setCurrentIndex(i);
    });
    menu.addAction(tr("Only this market outcome"), this, [this, asset] {
        marketEdit_->setText(asset);
        applyFilters();
    });
    menu.addAction(tr("Clear filters"), this, [this] {
        applying_ = true;
        for (QComboBox* c : {scopeCombo_, walletCombo_, decisionCombo_, reasonCombo_, windowCombo_})
            c->setCurrentIndex(0);
        marketEdit_->clear();
        applying_ = false;
        applyFilters();
    });
    menu.exec(table_->viewport()->mapToGlobal(pos));
}

void AttemptsDock::addJson(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value)
{
    auto* item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(item, it.key(), it.value());
        item->setExpanded(true);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        bool scalars = true;
        QStringList texts;
        for (const auto& v : a) {
            scalars = scalars && !v.isObject() && !v.isArray();
            texts << (v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        }
        if (scalars) {
            item->setText(1, texts.join(QStringLiteral(", ")));
            QStringList codes;
            for (const QString& t : texts) {
                if (ReasonText::codes().contains(t))
                    codes << t;
            }
            if (!codes.isEmpty())
                item->setToolTip(1, ReasonText::tooltipFor(codes));
            return;
        }
        for (int i = 0; i < a.size(); ++i)
            addJson(item, QString::number(i), a.at(i));
        item->setExpanded(true);
        return;
    }
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isBool())
        text = value.toBool() ? tr("yes") : tr("no");
    else if (value.isNull())
        text = QStringLiteral("—");
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    item->setText(1, text);
    if (ReasonText::codes().contains(text))
        item->setToolTip(1, ReasonText::explain(text));
}

void AttemptsDock::showTrace()
{
    traceTree_->clear();
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (!current.isValid()) {
        traceStatus_->setText(tr("Select an attempt to see its decision trace."));
        return;
    }
    const api::AttemptRow& r = model_->row(current.row());
    const CopyAttempt& a = r.attempt;

    // The attempt's own figures are always known, with or without a stored trace.
    auto* figures = new QTreeWidgetItem(traceTree_, {tr("Attempt #%1").arg(r.id)});
    auto add = [figures](const QString& k, const QString& v) { new QTreeWidgetItem(figures, {k, v}); };
    add(tr("Scope"), a.scope);
    add(tr("Wallet"), a.wallet);
    add(tr("Asset"), a.asset);
    add(tr("Side"), a.side);
    add(tr("Group"), a.groupKey);
    add(tr("First event / flush / decision (UTC)"), tr("%1 / %2 / %3")
                                                          .arg(amount::utcTime(a.t0), amount::utcTime(a.flushMs),
                                                               amount::utcTime(a.decisionMs)));
    add(tr("Their shares, USDC, VWAP"), tr("%1, %2, %3")
                                            .arg(amount::shares(a.theirShares), amount::usdc(a.theirNotional),
                                                 amount::price(a.theirVwap)));
    add(tr("Target shares, USDC"), tr("%1, %2")
                                       .arg(amount::orDash(a.targetShares, amount::shares),
                                            amount::orDash(a.targetNotional, amount::usdc)));
    add(tr("Mid at decision"), amount::orDash(a.mid, amount::price));
    add(tr("Decision"), a.execute ? tr("EXECUTE") : tr("SKIP"));
    if (!a.reasons.isEmpty()) {
        auto* reasons = new QTreeWidgetItem(figures, {tr("Reasons"), a.reasons.join(QStringLiteral(", "))});
        reasons->setToolTip(1, ReasonText::tooltipFor(a.reasons));
        for (const QString& code : a.reasons) {
            auto* item = new QTreeWidgetItem(reasons, {ReasonText::stage(code), code});
            item->setToolTip(1, ReasonText::explain(code));
        }
    }
    if (a.execute)
        add(tr("Filled shares, USDC, VWAP, fee"),
            tr("%1, %2, %3, %4")
                .arg(amount::orDash(a.filledShares, amount::shares), amount::orDash(a.filledNotional, amount::usdc),
                     amount::orDash(a.vwap, amount::price), amount::orDash(a.fee, amount::usdc)));
    add(tr("Mode"), r.mode);
    figures->setExpanded(true);

    auto trace = terminal_.readModels().attemptTrace(r.id);
    if (!trace) {
        traceStatus_->setText(tr("Could not read the trace: %1").arg(trace.error()));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(trace->toUtf8());
    if (!doc.isObject() || doc.object().isEmpty()) {
        traceStatus_->setText(tr("No trace stored for this attempt; its figures are shown below."));
        return;
    }
    traceStatus_->setText(tr("Decision trace of attempt #%1.").arg(r.id));
    auto* root = new QTreeWidgetItem(traceTree_, {tr("Trace")});
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        addJson(root, it.key(), it.value());
    root->setExpanded(true);
    traceTree_->resizeColumnToContents(0);
}

} // namespace slip::ui
