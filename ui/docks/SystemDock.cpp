#include "docks/SystemDock.h"

#include "api/EngineRuntime.h"
#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/AmountText.h"
#include "widgets/Scrolled.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace slip::ui {
namespace {

QLabel* selectableLabel(QWidget* parent, const char* name, const QString& tip = {})
{
    auto* l = new QLabel(QStringLiteral("—"), parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    l->setToolTip(tip);
    return l;
}

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers, const QStringList& tips)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < tips.size() && i < headers.size(); ++i)
        t->horizontalHeaderItem(i)->setToolTip(tips[i]);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setMinimumHeight(60);
    return t;
}

QTableWidgetItem* cell(const QString& text, const QVariant& value = {}, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    if (value.isValid())
        item->setData(Qt::UserRole, value);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SystemDock::SystemDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("System"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("systemDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    auto* form = new QFormLayout;
    engineLabel_ = selectableLabel(body, "systemEngineLabel", tr("Whether the engine is running, paused or stopped, "
                                                                  "and on which profile."));
    streamLabel_ = selectableLabel(body, "systemStreamLabel",
                                   tr("The latest capture time the engine has processed, and how far it is behind "
                                      "the time the health was taken (its lag)."));
    lastEventLabel_ = selectableLabel(body, "systemLastEventLabel",
                                      tr("Detect time of the newest trade of a followed wallet, and how long before "
                                         "the health was taken."));
    backfillLabel_ = selectableLabel(body, "systemBackfillLabel",
                                     tr("When the last backfill of missed trades (data API) finished."));
    queuesLabel_ = selectableLabel(body, "systemQueuesLabel",
                                   tr("Groups waiting for their decision time, attempts waiting for the writer, and "
                                      "batches queued at the database writer. Steady growth means the engine or the "
                                      "disk cannot keep up."));
    captureLabel_ = selectableLabel(body, "systemCaptureLabel",
                                    tr("Bytes the engine has written to this session's capture journal (every feed "
                                       "payload, so a session can be replayed)."));
    dataDirLabel_ = selectableLabel(body, "dataDirLabel");
    dbPathLabel_ = selectableLabel(body, "databasePathLabel");
    logPathLabel_ = selectableLabel(body, "logPathLabel");
    schemaLabel_ = selectableLabel(body, "schemaVersionLabel", tr("Version of the database schema (migrations applied)."));
    sizeLabel_ = selectableLabel(body, "databaseSizeLabel", tr("Size of the database file on disk (without the WAL)."));
    writerLabel_ = selectableLabel(body, "writerLabel",
                                   tr("Batches the single database writer has committed, failed, and still has "
                                      "queued."));
    form->addRow(tr("Engine:"), engineLabel_);
    form->addRow(tr("Stream time:"), streamLabel_);
    form->addRow(tr("Last event:"), lastEventLabel_);
    form->addRow(tr("Last backfill:"), backfillLabel_);
    form->addRow(tr("Queues:"), queuesLabel_);
    form->addRow(tr("Capture size:"), captureLabel_);
    form->addRow(tr("Database size:"), sizeLabel_);
    form->addRow(tr("Writer:"), writerLabel_);
    form->addRow(tr("Schema version:"), schemaLabel_);
    form->addRow(tr("Data directory:"), dataDirLabel_);
    form->addRow(tr("Database:"), dbPathLabel_);
    form->addRow(tr("Log file:"), logPathLabel_);
    layout->addLayout(form);

    tabs_ = new QTabWidget(body);
    tabs_->setObjectName(QStringLiteral("systemTabs"));
    feeds_ = table(body, "feedsTable",
                   {tr("Feed"), tr("Status"), tr("Last message"), tr("Reconnects"), tr("Errors"), tr("429s"),
                    tr("Last error")},
                   {tr("The venue endpoint or stream the engine reads."),
                    tr("Whether the feed is connected (streams) or answering (polled APIs)."),
                    tr("Age of the feed's last payload when the health was taken."),
                    tr("Times the feed reconnected since the engine started."),
                    tr("Failed requests or dropped streams since the engine started."),
                    tr("HTTP 429 (rate limited) answers since the engine started."),
                    tr("The feed's most recent error message.")});
    limiters_ = table(body, "limitersTable", {tr("Bucket"), tr("Headroom"), tr("Capacity"), tr("Window")},
                      {tr("The endpoint family a token bucket limits (a request counts against its family, each "
                          "parent family and the global bucket)."),
                       tr("Requests still allowed in the current window."),
                       tr("Requests allowed per window (the venue's documented limit)."),
                       tr("Length of the rate-limit window.")});
    counts_ = table(body, "rowCountsTable", {tr("Table"), tr("Rows")},
                    {tr("A table of the profile's database."), tr("Rows stored in it.")});
    tabs_->addTab(feeds_, tr("Feeds"));
    tabs_->addTab(limiters_, tr("Rate limits"));
    tabs_->addTab(counts_, tr("Tables"));
    layout->addWidget(tabs_, 1);
    // Scrolls rather than forcing its height on the window: System shares a column with Wallets
    // and the whole window must fit a 768-pixel-high screen.
    auto* scroll = scrolled(body, this);
    scroll->setObjectName(QStringLiteral("systemScroll"));
    setWidget(scroll);
    setFocusProxy(tabs_);

    // Sizes and counts change with every write; a slow refresh while visible is enough and cheap
    // (count(*) over indexed tables), and wallet changes refresh at once. Health arrives pushed.
    timer_ = new QTimer(this);
    timer_->setInterval(5000);
    connect(timer_, &QTimer::timeout, this, &SystemDock::refresh);
    connect(&terminal_, &api::Terminal::walletsChanged, this, &SystemDock::refresh);
    connect(&terminal_, &api::Terminal::healthChanged, this, &SystemDock::showHealth);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            timer_->start();
        else
            timer_->stop();
    });
    if (api::EngineRuntime* engine = terminal_.engine())
        showHealth(engine->health());
    else if (auto h = terminal_.readModels().health())
        showHealth(*h);
    else
        showHealth({});
    refresh();
}

void SystemDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    refresh();
}

void SystemDock::refresh()
{
    const auto info = terminal_.systemInfo();
    const QLocale locale;
    dataDirLabel_->setText(info.dataDirectory);
    dbPathLabel_->setText(info.databasePath);
    logPathLabel_->setText(info.logFilePath.isEmpty() ? tr("(stderr only)") : info.logFilePath);
    schemaLabel_->setText(QString::number(info.schemaVersion));
    sizeLabel_->setText(locale.formattedDataSize(info.databaseBytes));
    writerLabel_->setText(tr("%1 committed, %2 failed, %3 queued")
                              .arg(info.batchesCommitted)
                              .arg(info.batchesFailed)
                              .arg(info.writeQueueDepth) +
                          (info.lastWriteError.isEmpty() ? QString()
                                                         : tr(" — last error: %1").arg(info.lastWriteError)));
    counts_->setRowCount(int(info.rowCounts.size()));
    int row = 0;
    for (const auto& [tableName, rows] : info.rowCounts) {
        counts_->setItem(row, 0, cell(tableName));
        counts_->setItem(row, 1, cell(locale.toString(rows), rows, true));
        ++row;
    }
}

void SystemDock::showHealth(const api::HealthSnapshot& h)
{
    const QLocale locale;
    // Ages are measured against the time the health was taken (stream time), so a replayed or
    // demo session reads the same as a live one.
    auto age = [&h](std::int64_t ms) -> QString {
        if (ms <= 0)
            return tr("never");
        const std::int64_t d = std::max<std::int64_t>(0, h.tMs - ms);
        if (d < 10'000)
            return tr("%1 s ago").arg(QLocale().toString(double(d) / 1000.0, 'f', 1));
        if (d < 3'600'000)
            return tr("%1 min %2 s ago").arg(d / 60'000).arg((d / 1000) % 60);
        return tr("%1 h %2 min ago").arg(d / 3'600'000).arg((d / 60'000) % 60);
    };
    if (!h.running && h.tMs == 0)
        engineLabel_->setText(tr("Not running (no health stored yet)"));
    else if (!h.running)
        engineLabel_->setText(tr("Stopped (last seen %1 UTC)").arg(amount::utcTime(h.tMs)));
    else if (h.killSwitch)
        engineLabel_->setText(tr("Running on %1 — kill switch engaged").arg(h.profile));
    else if (h.paused)
        engineLabel_->setText(tr("Running on %1 — paused").arg(h.profile));
    else
        engineLabel_->setText(tr("Running on %1").arg(h.profile));
    streamLabel_->setText(h.streamMs > 0 ? tr("%1 UTC (lag %2)")
                                               .arg(amount::utcTime(h.streamMs),
                                                    tr("%1 s").arg(locale.toString(
                                                        double(std::max<std::int64_t>(0, h.tMs - h.streamMs)) / 1000.0,
                                                        'f', 1)))
                                         : QStringLiteral("—"));
    lastEventLabel_->setText(h.lastEventMs > 0 ? tr("%1 UTC (%2)").arg(amount::utcTime(h.lastEventMs), age(h.lastEventMs))
                                               : tr("none yet"));
    backfillLabel_->setText(h.backfillMs > 0 ? tr("%1 UTC (%2)").arg(amount::utcTime(h.backfillMs), age(h.backfillMs))
                                             : tr("none yet"));
    queuesLabel_->setText(tr("%1 groups waiting, %2 attempts to store, %3 batches at the writer")
                              .arg(h.pendingGroups)
                              .arg(h.attemptQueueDepth)
                              .arg(h.writeQueueDepth));
    captureLabel_->setText(h.captureBytes > 0 ? locale.formattedDataSize(h.captureBytes) : QStringLiteral("—"));

    feeds_->setRowCount(int(h.feeds.size()));
    int row = 0;
    for (const auto& f : h.feeds) {
        feeds_->setItem(row, 0, cell(f.name));
        auto* status = cell(f.connected ? tr("connected") : tr("disconnected"), f.connected);
        status->setForeground(palette().brush(f.connected ? QPalette::Text : QPalette::PlaceholderText));
        if (!f.connected) {
            QFont bold = status->font();
            bold.setBold(true);
            status->setFont(bold);
        }
        feeds_->setItem(row, 1, status);
        auto* last = cell(age(f.lastMessageMs), qint64(f.lastMessageMs));
        last->setToolTip(f.lastMessageMs > 0 ? tr("%1 UTC").arg(amount::utcTime(f.lastMessageMs)) : QString());
        feeds_->setItem(row, 2, last);
        feeds_->setItem(row, 3, cell(locale.toString(f.reconnects), f.reconnects, true));
        feeds_->setItem(row, 4, cell(locale.toString(f.errors), f.errors, true));
        feeds_->setItem(row, 5, cell(locale.toString(f.rateLimited), f.rateLimited, true));
        auto* error = cell(f.lastError.isEmpty() ? QStringLiteral("—") : f.lastError);
        error->setToolTip(f.lastError);
        feeds_->setItem(row, 6, error);
        ++row;
    }

    if (h.limiters.empty()) {
        limiters_->setRowCount(1);
        limiters_->setSpan(0, 0, 1, limiters_->columnCount());
        limiters_->setItem(0, 0, cell(h.running ? tr("No request has gone out yet.")
                                                : tr("No engine running.")));
    } else {
        limiters_->clearSpans();
        limiters_->setRowCount(int(h.limiters.size()));
        row = 0;
        for (const auto& l : h.limiters) {
            limiters_->setItem(row, 0, cell(l.family));
            const int pct = l.capacity > 0 ? int(qint64(l.available) * 100 / l.capacity) : 0;
            limiters_->setItem(row, 1, cell(tr("%1 (%2%)").arg(locale.toString(l.available)).arg(pct), l.available, true));
            limiters_->setItem(row, 2, cell(locale.toString(l.capacity), l.capacity, true));
            limiters_->setItem(row, 3, cell(tr("%1 s").arg(locale.toString(double(l.windowMs) / 1000.0, 'f', 1)),
                                            qint64(l.windowMs), true));
            ++row;
        }
    }
}

} // namespace slip::ui
