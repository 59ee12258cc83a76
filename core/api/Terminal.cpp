#include "api/Terminal.h"

#include "domain/Address.h"
#include "log/Log.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/StoreStats.h"
#include "store/StoreWriter.h"
#include "store/WalletRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace slip::api {
namespace {

constexpr int kMaxLabelLength = 64;

WalletInfo toInfo(const store::WalletRow& r)
{
    return {r.address, r.label, r.enabled, r.mode, r.addedMs};
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<QString> cleanLabel(const QString& label)
{
    const QString l = label.trimmed();
    if (l.size() > kMaxLabelLength)
        return Error{QObject::tr("A label can have at most %1 characters.").arg(kMaxLabelLength)};
    for (QChar c : l) {
        if (c.category() == QChar::Other_Control)
            return Error{QObject::tr("A label cannot contain control characters.")};
    }
    return l;
}

} // namespace

Terminal::Terminal(const Clock& clock, QObject* parent) : QObject(parent), clock_(clock) {}

Terminal::~Terminal()
{
    close();
}

Status Terminal::open(const DataDirectory& dir)
{
    dir_ = dir;
    writer_ = std::make_unique<store::StoreWriter>();
    if (auto s = writer_->open(dir.databasePath()); !s) {
        writer_.reset();
        return s;
    }
    connect(writer_.get(), &store::StoreWriter::committed, this, [this](quint64 id) {
        auto it = pendingCommits_.find(id);
        if (it == pendingCommits_.end())
            return;
        auto fn = std::move(it->second);
        pendingCommits_.erase(it);
        if (fn)
            fn();
    });
    connect(writer_.get(), &store::StoreWriter::failed, this, [this](quint64 id, const QString& error) {
        pendingCommits_.erase(id);
        Q_EMIT operationFailed(tr("Could not save the change: %1").arg(error));
    });
    auto reader = store::Database::openReader(dir.databasePath());
    if (!reader) {
        writer_.reset();
        return Error{reader.error()};
    }
    reader_ = std::move(reader).value();
    wallets_.clear();
    for (const auto& r : store::WalletRepository::list(reader_->sql()))
        wallets_.push_back(toInfo(r));
    log::get("app")->info("opened {} (schema {}, {} followed wallets)",
                          dir.databasePath().toStdString(), writer_->schemaVersion(), wallets_.size());
    return {};
}

void Terminal::close()
{
    if (writer_) {
        writer_->close();
        writer_.reset();
    }
    reader_.reset();
    pendingCommits_.clear();
}

const WalletInfo* Terminal::findWallet(const QString& address) const
{
    for (const auto& w : wallets_) {
        if (w.address == address)
            return &w;
    }
    return nullptr;
}

void Terminal::audit(const QString& action, const QString& detailsJson, store::WriteBatch& ops)
{
    ops.push_back(store::AuditRepository::appendOp(clock_.nowMs(), QStringLiteral("operator"), action, detailsJson));
}

void Terminal::submit(store::WriteBatch ops, std::function<void()> onCommitted)
{
    const quint64 id = writer_->submit(std::move(ops));
    pendingCommits_[id] = std::move(onCommitted);
}

Result<WalletInfo> Terminal::addWallet(const QString& addressText, const QString& label)
{
    if (!writer_)
        return Error{tr("The database is not open.")};
    auto address = Address::parse(addressText.trimmed());
    if (!address)
        return Error{tr("Not a valid wallet address: %1.").arg(address.error())};
    auto cleaned = cleanLabel(label);
    if (!cleaned)
        return Error{cleaned.error()};
    if (findWallet(address->toString()))
        return Error{tr("Wallet %1 is already followed.").arg(address->toString())};
    const qint64 now = clock_.nowMs();
    store::WalletRow row{address->toString(), *cleaned, true, QStringLiteral("paper"), QStringLiteral("{}"), now, now};
    const WalletInfo info = toInfo(row);
    store::WriteBatch ops{store::WalletRepository::insertOp(row)};
    audit(QStringLiteral("wallet.add"), json({{"address", info.address}, {"label", info.label}}), ops);
    submit(std::move(ops), [this, info] {
        if (!findWallet(info.address))
            wallets_.push_back(info);
        Q_EMIT walletsChanged();
    });
    return info;
}

Status Terminal::setWalletLabel(const QString& address, const QString& label)
{
    if (!writer_ || !findWallet(address))
        return Error{tr("Wallet %1 is not followed.").arg(address)};
    auto cleaned = cleanLabel(label);
    if (!cleaned)
        return Error{cleaned.error()};
    store::WriteBatch ops{store::WalletRepository::setLabelOp(address, *cleaned, clock_.nowMs())};
    audit(QStringLiteral("wallet.label"), json({{"address", address}, {"label", *cleaned}}), ops);
    const QString l = *cleaned;
    submit(std::move(ops), [this, address, l] {
        for (auto& w : wallets_) {
            if (w.address == address)
                w.label = l;
        }
        Q_EMIT walletsChanged();
    });
    return {};
}

Status Terminal::setWalletEnabled(const QString& address, bool enabled)
{
    if (!writer_ || !findWallet(address))
        return Error{tr("Wallet %1 is not followed.").arg(address)};
    store::WriteBatch ops{store::WalletRepository::setEnabledOp(address, enabled, clock_.nowMs())};
    audit(enabled ? QStringLiteral("wallet.enable") : QStringLiteral("wallet.disable"),
          json({{"address", address}}), ops);
    submit(std::move(ops), [this, address, enabled] {
        for (auto& w : wallets_) {
            if (w.address == address)
                w.enabled = enabled;
        }
        Q_EMIT walletsChanged();
    });
    return {};
}

Status Terminal::removeWallet(const QString& address)
{
    if (!writer_ || !findWallet(address))
        return Error{tr("Wallet %1 is not followed.").arg(address)};
    store::WriteBatch ops{store::WalletRepository::removeOp(address)};
    audit(QStringLiteral("wallet.remove"), json({{"address", address}}), ops);
    submit(std::move(ops), [this, address] {
        std::erase_if(wallets_, [&](const WalletInfo& w) { return w.address == address; });
        Q_EMIT walletsChanged();
    });
    return {};
}

SystemInfo Terminal::systemInfo()
{
    SystemInfo info;
    info.dataDirectory = dir_.root();
    info.databasePath = dir_.databasePath();
    info.logFilePath = log::logFilePath();
    if (!reader_)
        return info;
    const auto s = store::collectStoreStats(reader_->sql(), dir_.databasePath());
    info.schemaVersion = s.schemaVersion;
    info.databaseBytes = s.fileBytes;
    info.rowCounts = s.rowCounts;
    if (writer_) {
        const auto w = writer_->stats();
        info.batchesCommitted = w.batchesCommitted;
        info.batchesFailed = w.batchesFailed;
        info.writeQueueDepth = w.queueDepth;
        info.lastWriteError = w.lastError;
    }
    return info;
}

bool Terminal::flush(int timeoutMs)
{
    return !writer_ || writer_->flush(timeoutMs);
}

} // namespace slip::api
